"""The Check-in tab: the workshop at the door, the registration form, the new code shown big, and who is in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.participant_rules import ParticipantSummary, ProfileQuestionData, fold, validate_code
from workshop_app.core.workshop_rules import WorkshopSummary
from workshop_app.errors import UserError
from workshop_app.ui.checkin_form import CheckinForm
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.labels import format_datetime, status_label
from workshop_app.ui.layouts import keep_content_width
from workshop_app.ui.participant_commands import (
    CheckInParticipant,
    RegisterParticipant,
    RemoveCheckIn,
    reporting_to,
)
from workshop_app.ui.participants_model import ID_ROLE, ParticipantTableModel, set_up_table
from workshop_app.ui.tables import ActionTable
from workshop_app.ui.undo import CommandContext, execute

_STATUS_ORDER = {"running": 0, "planned": 1, "done": 2}
# With the profile questions open on a small laptop screen the tab scrolls; the list keeps a few rows in view.
TABLE_MIN_HEIGHT = 150


def door_order(workshops: list[WorkshopSummary]) -> list[WorkshopSummary]:
    """Running workshops first, then planned ones, then those done; newest first within each."""
    return sorted(workshops, key=lambda w: _STATUS_ORDER.get(w.status, 3))


class CheckinView(QWidget):
    """Registers new people and checks in known ones to the chosen workshop; every step can be undone."""

    def __init__(self, stack: QUndoStack, context: Callable[[], CommandContext | None],
                 recorder: Callable[..., str | None], parent: Any = None) -> None:
        super().__init__(parent)
        context = reporting_to(context, lambda text: self.message.show_message(text))
        self._stack, self._context, self._recorder = stack, context, recorder
        self._personal = False
        self._last_id: str | None = None

        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setObjectName("workshopPicker")
        self.workshop_combo.setAccessibleName(self.tr("Workshop people are checked in to"))
        self.workshop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_combo.setMinimumContentsLength(20)
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.recorder_button = QPushButton(self)
        self.recorder_button.setObjectName("linkButton")
        self.recorder_button.setAccessibleName(self.tr("Change who is recording"))
        self.recorder_button.clicked.connect(self._change_recorder)

        self.form = CheckinForm(self)
        self.form.submitted.connect(self.register)
        self.message = InlineMessage(self)
        self.banner = QFrame(self)
        self.banner.setObjectName("codeBanner")
        self.banner_code = QLabel(self.banner)
        self.banner_code.setObjectName("bannerCode")
        self.banner_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setWordWrap(True)
        self.banner_refusal = QLabel(self.banner)
        self.banner_refusal.setObjectName("refusalNote")
        self.banner_refusal.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(18, 10, 18, 10)
        banner_layout.setSpacing(16)
        banner_layout.addWidget(self.banner_code)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.banner_text)
        texts.addWidget(self.banner_refusal)
        banner_layout.addLayout(texts, 1)
        self.banner.hide()

        self.list_heading = QLabel(self)
        self.list_heading.setObjectName("sectionHeading")
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Check in someone already registered"))
        self.search.setPlaceholderText(self.tr("Already registered? Type their code (or just the number) and press "
                                               "Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh_list())
        self.search.returnPressed.connect(self.check_in_typed)
        self.model = ParticipantTableModel(self)
        self.table = ActionTable(self)
        self.table.setObjectName("checkinTable")
        self.table.setAccessibleName(self.tr("Checked-in participants"))
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.delete_requested.connect(self.remove_check_in)
        header = set_up_table(self.table, self.model, 34)
        header.setSectionHidden(ParticipantTableModel.WORKSHOPS, True)
        header.setStretchLastSection(True)
        # At the door the time of arrival matters more than the consent detail: it comes right after the code.
        header.moveSection(header.visualIndex(ParticipantTableModel.CHECKED_IN), 1)
        self.remove_button = QPushButton(self.tr("Remove check-in"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected check-in"))
        self.remove_button.setToolTip(self.tr("Checked in by mistake? Take it back (you can undo this)"))
        self.remove_button.clicked.connect(self.remove_check_in)
        self._build_layout()
        self.set_personal_visible(False)
        self._show_recorder("")

    def _build_layout(self) -> None:
        label = QLabel(self.tr("Checking in to"), self)
        label.setObjectName("fieldLabel")
        label.setBuddy(self.workshop_combo)
        # The rows wrap rather than widen the page when the text is large.
        top = FlowRow(spacing=12, stretch=1).add_widgets(label, self.workshop_combo, self.recorder_button)
        # Under the list it acts on, so Tab reaches it after the list, as it is read.
        below = FlowRow(push_right_from=0).add_widgets(self.remove_button)
        inner = QWidget(self)
        inner.setObjectName("checkinPage")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(top)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.banner)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(below)
        scroll = QScrollArea(self)
        scroll.setObjectName("checkinScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inner)
        keep_content_width(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def focus_order(self) -> list[QWidget]:
        """As the tab is read: the workshop picker, the door form, then the list."""
        return [self.workshop_combo, self.recorder_button, *self.form.focus_order(), self.message.close_button,
                self.search, self.table, self.remove_button]

    # -- state -----------------------------------------------------------------------------------
    def workshop_id(self) -> str | None:
        """The workshop people are being checked in to (``None``: register only)."""
        return self.workshop_combo.currentData()

    def set_workshops(self, workshops: list[WorkshopSummary]) -> None:
        """Fill the workshop picker (running ones first), keeping the current choice when it is still there."""
        current = self.workshop_id()
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        for workshop in door_order(workshops):
            when = format_datetime(workshop.starts_at)
            text = self.tr("{title} — {when} ({status})").format(
                title=workshop.title, when=when or self.tr("no date"), status=status_label(workshop.status))
            self.workshop_combo.addItem(text, workshop.id)
            self.workshop_combo.setItemData(self.workshop_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.workshop_combo.addItem(self.tr("No workshop — register only"), None)
        index = self.workshop_combo.findData(current) if current else -1
        self.workshop_combo.setCurrentIndex(max(0, index))
        self.workshop_combo.blockSignals(False)
        self.refresh_list()

    def set_questions(self, questions: list[ProfileQuestionData], language: str) -> None:
        """The optional profile questions of the form."""
        self.form.set_questions(questions, language)

    def set_personal_visible(self, visible: bool) -> None:
        """Names in the list and in the search, or codes only."""
        self._personal = visible
        self.table.horizontalHeader().setSectionHidden(ParticipantTableModel.NAME, not visible)
        self.refresh_list()

    def _show_recorder(self, name: str) -> None:
        text = self.tr("Recording as {name}").format(name=name) if name else self.tr("Who is recording? Set it")
        self.recorder_button.setText(text)
        self.recorder_button.setToolTip(self.tr("Consent is recorded in this name; click to change it"))

    def show_recorder(self, name: str) -> None:
        """Say in whose name consent is recorded."""
        self._show_recorder(name)

    def _change_recorder(self) -> None:
        name = self._recorder(ask_again=True)
        if name:
            self._show_recorder(name)

    def clear(self) -> None:
        """Show nothing (no database)."""
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        self.workshop_combo.blockSignals(False)
        self.model.set_rows([])
        self.banner.hide()
        self.message.dismiss()
        self.form.reset()
        self._last_id = None

    # -- the list --------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """Who is checked in (newest first), or, while searching, everyone who matches."""
        ctx = self._context()
        if ctx is None:
            return
        service, workshop, text = ctx.service.participants, self.workshop_id(), self.search.text().strip()
        rows: list[ParticipantSummary]
        if text:
            rows = service.search(text, personal=self._personal, workshop_id=workshop)
            self.list_heading.setText(self.tr("Matching participants"))
        elif workshop:
            rows = sorted(service.list(workshop, personal=self._personal),
                          key=lambda r: r.checked_in_at.timestamp() if r.checked_in_at else 0.0, reverse=True)
            self.list_heading.setText(self.tr("Checked in: %n", "", len(rows)))
        else:
            rows = []
            if self.workshop_combo.count() > 1:
                self.list_heading.setText(self.tr("Choose a workshop to see who is checked in"))
            else:
                self.list_heading.setText(self.tr("No workshops yet: people are registered without a check-in"))
        self.model.set_rows(rows)
        self.table.empty_hint = self.tr("No one yet. Register the first person above.") if not text else \
            self.tr("No one matches. Register them above as someone new.")
        self.table.horizontalHeader().setSectionHidden(ParticipantTableModel.CHECKED_IN, workshop is None)
        self.remove_button.setEnabled(workshop is not None)
        if self._last_id is not None and self.banner.isVisible() and ctx is not None:
            try:
                service.get(self._last_id)
            except UserError:  # the registration was undone
                self.banner.hide()
                self._last_id = None

    # -- actions ---------------------------------------------------------------------------------
    def register(self) -> str | None:
        """Register the person in the form (and check them in); show their code big; clear the form."""
        ctx = self._context()
        if ctx is None:
            return None
        values = self.form.values()
        who = self._recorder() if values["consents"] else ""
        if who is None:
            self.message.show_message(self.tr("Consent must say who recorded it: enter your name to register."))
            return None
        if who:
            self._show_recorder(who)
        values.update(recorded_by=who, workshop_id=self.workshop_id())
        command = RegisterParticipant(ctx, values)
        if not execute(self._stack, command) or command.data is None:
            return None  # the message says why; what was typed stays in the form
        self.message.dismiss()
        self._announce(command.data.code, command.data.id, registered=True)
        self.form.reset()
        return command.data.id

    def check_in_typed(self) -> str | None:
        """Check in the person whose code was typed (or the only match); Enter in the search box does this."""
        ctx, workshop = self._context(), self.workshop_id()
        text = self.search.text().strip()
        if ctx is None or not text:
            return None
        if workshop is None:
            self.message.show_message(self.tr("Choose the workshop to check people in to."))
            return None
        wanted = fold(_as_code(text))
        matches = [self.model.summary(r) for r in range(self.model.rowCount())]
        exact = [m for m in matches if fold(m.code) == wanted]
        chosen = exact[0] if exact else (matches[0] if len(matches) == 1 else None)
        if chosen is None:
            self.message.show_message(self.tr("No single participant has the code “{text}”. Type the whole code, "
                                              "or double-click them in the list.").format(text=text))
            return None
        return self._check_in(chosen)

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.search.text().strip() and index.isValid():
            self._check_in(self.model.summary(index.row()))

    def _check_in(self, person: ParticipantSummary) -> str | None:
        ctx, workshop = self._context(), self.workshop_id()
        if ctx is None or workshop is None:
            return None
        if not execute(self._stack, CheckInParticipant(ctx, person.id, workshop)):
            return None
        self.message.dismiss()
        self.search.clear()
        self._announce(person.code, person.id, registered=False)
        return person.id

    def remove_check_in(self) -> bool:
        """Take back the selected check-in (undoable)."""
        ctx, workshop = self._context(), self.workshop_id()
        rows = self.table.selectionModel().selectedRows()
        if ctx is None or workshop is None or not rows:
            return False
        person = self.model.summary(rows[0].row())
        if person.checked_in_at is None:
            self.message.show_message(self.tr("{code} is not checked in to this workshop.").format(code=person.code))
            return False
        return execute(self._stack, RemoveCheckIn(ctx, rows[0].data(ID_ROLE), workshop, person.checked_in_at))

    def _announce(self, code: str, participant_id: str, *, registered: bool) -> None:
        from workshop_app.core.consent import refusal_to_respond

        ctx = self._context()
        self._last_id = participant_id
        self.banner_code.setText(code)
        if registered:
            self.banner_text.setText(self.tr("— write this on the name badge."))
        else:
            self.banner_text.setText(self.tr("— checked in. Welcome back!"))
        refusal = refusal_to_respond(ctx.service.participants.db, participant_id) if ctx else None
        self.banner_refusal.setVisible(bool(refusal))
        self.banner_refusal.setText(refusal or "")
        self.banner.setAccessibleName(f"{code} {self.banner_text.text()} {refusal or ''}".strip())
        self.banner.show()


def _as_code(text: str) -> str:
    """What the door types, as a code: "15" or "p-15" become "P-0015"; anything else stays as typed."""
    candidate = f"P-{text}" if text.isdigit() else text
    try:
        return validate_code(candidate)
    except UserError:
        return text
