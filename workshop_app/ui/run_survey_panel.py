"""A survey in the run window: how many answered, the kiosk and paper entry, and the answers left unfinished.

The unfinished list is the crash-resume offer: a response whose person walked away, or whose laptop died,
keeps every answer that was saved and can be taken up again in the kiosk or typed on from paper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.response_rules import UnfinishedResponse
from workshop_app.core.workshop_rules import ActivityData
from workshop_app.errors import UserError
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.labels import format_datetime
from workshop_app.ui.layouts import keep_rows_high
from workshop_app.ui.row_table_model import AnyIndex, RowTableModel
from workshop_app.ui.run_events import ServiceListener

if TYPE_CHECKING:
    from workshop_app.core.services import Services

CHARTED_TYPES = ("select_one", "select_multiple", "rank", "range", "integer", "decimal")
"""As ``core.live_results.CHARTED`` (not imported: it loads SQLAlchemy)."""
SHOWN_TYPES = (*CHARTED_TYPES, "text", "date")
MAX_ROWS_SHOWN = 8


class UnfinishedModel(RowTableModel):
    """Responses nobody finished: who (code or anonymous), when, how many answers, kiosk or paper."""

    WHO, STARTED, LAST, ANSWERS, MODE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("UnfinishedModel", "Who"),
        QT_TRANSLATE_NOOP("UnfinishedModel", "Started"),
        QT_TRANSLATE_NOOP("UnfinishedModel", "Last answer"),
        QT_TRANSLATE_NOOP("UnfinishedModel", "Answers"),
        QT_TRANSLATE_NOOP("UnfinishedModel", "Where"),
    )
    CONTEXT = "UnfinishedModel"
    ORDERED = True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: UnfinishedResponse = self._rows[index.row()]
        column = index.column()
        if column == self.WHO:
            return row.participant_code or self.tr("Anonymous")
        if column == self.STARTED:
            return format_datetime(row.started_at)
        if column == self.LAST:
            return format_datetime(row.last_answer_at) if row.last_answer_at else self.tr("no answer yet")
        if column == self.ANSWERS:
            return row.answer_count
        return self.tr("Kiosk") if row.mode == "kiosk" else self.tr("Paper")


class SurveyPanel(QWidget):
    """Counts, kiosk and paper entry for one survey activity, and its unfinished responses to resume."""

    kiosk_requested = Signal(str, str)
    """(activity id, response id to resume or "")."""
    data_entry_requested = Signal(str, str)
    question_changed = Signal(str)
    """The question whose results the projector shows."""

    def __init__(self, services: Services, workshop_id: str, report: Callable[[str], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyPanel")
        self.services = services
        self.workshop_id = workshop_id
        self.report = report
        self.activity: ActivityData | None = None
        self._types: dict[str, str] = {}

        self.heading = QLabel(self)
        self.heading.setObjectName("panelHeading")
        self.heading.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("countsText")
        self.counts.setWordWrap(True)
        self.kiosk_button = QPushButton(self.tr("Start &kiosk"), self)
        self.kiosk_button.setObjectName("primaryButton")
        self.kiosk_button.setAccessibleName(self.tr("Start the kiosk"))
        self.kiosk_button.setToolTip(self.tr("People answer on this laptop, one after another, in a locked screen"))
        self.kiosk_button.clicked.connect(lambda: self._ask(self.kiosk_requested, ""))
        self.paper_button = QPushButton(self.tr("Enter &paper answers"), self)
        self.paper_button.setAccessibleName(self.tr("Enter paper answers"))
        self.paper_button.setToolTip(self.tr("Type in questionnaires filled in on paper"))
        self.paper_button.clicked.connect(lambda: self._ask(self.data_entry_requested, ""))
        self.question_combo = QComboBox(self)
        self.question_combo.setAccessibleName(self.tr("Question shown on the projector"))
        self.question_combo.setMinimumContentsLength(16)
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_combo.currentIndexChanged.connect(self._question_picked)

        self.unfinished_heading = QLabel(self)
        self.unfinished_heading.setObjectName("sectionHeading")
        self.unfinished_text = QLabel(self.tr("Every answer given so far is saved. Pick one and resume it where "
                                              "the person stopped."), self)
        self.unfinished_text.setObjectName("quietText")
        self.unfinished_text.setWordWrap(True)
        self.model = UnfinishedModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("unfinishedTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Unfinished responses"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        keep_rows_high(self.table, extra=20)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(lambda _i: self.resume(kiosk=self._selected_mode() == "kiosk"))
        self.resume_kiosk = QPushButton(self.tr("&Resume in kiosk"), self)
        self.resume_kiosk.setAccessibleName(self.tr("Resume the selected response in the kiosk"))
        self.resume_kiosk.clicked.connect(lambda: self.resume(kiosk=True))
        self.resume_paper = QPushButton(self.tr("Resume as paper &entry"), self)
        self.resume_paper.setAccessibleName(self.tr("Resume the selected response as paper entry"))
        self.resume_paper.clicked.connect(lambda: self.resume(kiosk=False))

        buttons = FlowRow(spacing=8).add_widgets(self.kiosk_button, self.paper_button)
        projector = QHBoxLayout()
        projector.addWidget(QLabel(self.tr("On the projector:"), self))
        projector.addWidget(self.question_combo, 1)
        resume = FlowRow(spacing=8, push_right_from=0).add_widgets(self.resume_kiosk, self.resume_paper)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(buttons)
        layout.addLayout(projector)
        layout.addSpacing(8)
        # The unfinished responses take the room below when there are some; else the panel ends at the picker.
        self.unfinished_box = QWidget(self)
        box = QVBoxLayout(self.unfinished_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(self.unfinished_heading)
        box.addWidget(self.unfinished_text)
        box.addWidget(self.table)
        box.addWidget(resume)
        layout.addWidget(self.unfinished_box)
        layout.addStretch(1)

        self.listener = ServiceListener([services.responses.changed, services.responses.answered], 300, self)
        self.listener.changed.connect(self.refresh)

    def focus_order(self) -> list[QWidget]:
        """Tab order, top to bottom."""
        return [self.kiosk_button, self.paper_button, self.question_combo, self.table, self.resume_kiosk,
                self.resume_paper]

    def stop(self) -> None:
        """Stop listening to the services."""
        self.listener.stop()

    # -- showing -------------------------------------------------------------------------------
    def set_activity(self, activity: ActivityData) -> None:
        """Show the survey activity ``activity``: its survey, its questions, its counts."""
        self.activity = activity
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        title = ""
        self._types: dict[str, str] = {}
        if activity.survey_id:
            try:
                form = self.services.surveys.load_form(activity.survey_id)
                title = form.title
                language = self.services.workshops.get(self.workshop_id).language
                for question in form.walk():
                    if question.type in SHOWN_TYPES:
                        label = form.text(question.label, language) or question.name
                        self.question_combo.addItem(label, question.name)
                        self._types[question.name] = question.type
            except UserError as exc:
                self.report(str(exc))
        self.question_combo.blockSignals(False)
        first = next((i for i in range(self.question_combo.count()) if self._charted(i)), 0)
        self.question_combo.setCurrentIndex(first if self.question_combo.count() else -1)
        self.heading.setText(title or self.tr("No survey is chosen for this activity yet."))
        for widget in (self.kiosk_button, self.paper_button, self.question_combo):
            widget.setEnabled(bool(activity.survey_id))
        self.refresh()

    def _charted(self, index: int) -> bool:
        return self._types.get(self.question_combo.itemData(index), "") in CHARTED_TYPES

    def current_question(self) -> str | None:
        """The question shown on the projector."""
        return self.question_combo.currentData()

    def refresh(self) -> None:
        """Count again and list the unfinished responses."""
        self.listener.cancel()
        activity = self.activity
        if activity is None:
            return
        unfinished = [u for u in self.services.responses.unfinished(self.workshop_id)
                      if activity.survey_id and u.survey_id == activity.survey_id]
        started = self.services.live_results.response_count(activity.survey_id, workshop_id=self.workshop_id) \
            if activity.survey_id else 0
        finished = max(0, started - len(unfinished))
        self.counts.setText(self.tr("{started} started · {finished} finished · {open} not finished").format(
            started=started, finished=finished, open=len(unfinished)))
        selected = self._selected_id()
        self.model.set_rows(unfinished)
        row = self.model.row_of(selected)
        if row < 0 and unfinished:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.unfinished_heading.setText(self.tr("Not finished ({count})").format(count=len(unfinished)))
        self.unfinished_box.setVisible(bool(unfinished))
        # As tall as its rows (up to a screenful), with the Resume buttons right under them.
        header = self.table.horizontalHeader().sizeHint().height()
        rows = self.table.verticalHeader().defaultSectionSize() * min(len(unfinished), MAX_ROWS_SHOWN)
        self.table.setFixedHeight(header + rows + 2 * self.table.frameWidth() + 2)

    def select_response(self, response_id: str) -> None:
        """Select an unfinished response in the list (as when the app offered to resume it)."""
        row = self.model.row_of(response_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- acting --------------------------------------------------------------------------------
    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).id if rows else None

    def _selected_mode(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).mode if rows else "kiosk"

    def resume(self, *, kiosk: bool) -> bool:
        """Take up the selected unfinished response in the kiosk or as paper entry."""
        response_id = self._selected_id()
        if response_id is None:
            return False
        self._ask(self.kiosk_requested if kiosk else self.data_entry_requested, response_id)
        return True

    def _ask(self, signal: Any, response_id: str) -> None:
        if self.activity is not None:
            signal.emit(self.activity.id, response_id)

    def _question_picked(self, _index: int) -> None:
        name = self.current_question()
        if name:
            self.question_changed.emit(name)
