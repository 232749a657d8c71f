"""The Results section: surveys with answers on the left; filters, then one card per question on the right.

Results are computed by ``core.results`` (small counts already hidden) and drawn by ``results_chart``. A whole
survey takes milliseconds for the demo and well under a second at 10,000 responses, so it is computed on the GUI
thread; charts are rendered only when their card is first painted. The page follows changes made elsewhere
(kiosk, data entry, merges) through the shared services' events, carried to the GUI thread by a Qt signal.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.ui.card_list import ID_ROLE, CardDelegate, CardListModel
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.layouts import centred_column, keep_content_width
from workshop_app.ui.results_cards import QuestionCard
from workshop_app.ui.results_filters import ResultsFilterBar
from workshop_app.ui.survey_list_model import response_count

if TYPE_CHECKING:
    from workshop_app.core.results import ResultsService
    from workshop_app.core.results_rules import Comparison, ResultsSurvey, SurveyResults
    from workshop_app.db.database import Database

CONTENT_PAGE, NO_DATABASE_PAGE = range(2)
CARDS, EMPTY = range(2)
REFRESH_DELAY_MS = 250
"""Changes arrive in bursts (a merge, a kiosk finishing): one recount after the burst."""


class ResultsSurveyModel(CardListModel):
    """One row per questionnaire with answers (all its versions together)."""

    def details(self, summary: ResultsSurvey) -> str:
        """"71 responses" and "Version 1" or "Versions 1, 2"."""
        if len(summary.versions) == 1:
            versions = self.tr("Version {version}").format(version=summary.versions[0])
        else:
            versions = self.tr("Versions {versions}").format(versions=", ".join(map(str, summary.versions)))
        return f"{response_count(summary.responses)}\n{versions}"


class ResultsPage(QWidget):
    """The section page (a ``DatabasePage``) of survey results."""

    _changed = Signal()
    """A service announced a change (possibly on a worker thread); queued to the GUI thread."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.settings = getattr(parent, "settings", None)
        self.db: Database | None = None
        self.service: ResultsService | None = None
        self.results: SurveyResults | None = None
        self.comparisons: tuple[Comparison, ...] = ()
        self.cards: list[QuestionCard] = []
        self._events: list[Any] = []
        self._dirty = False
        self._folder = Path.home()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._changed.connect(self._data_changed, Qt.ConnectionType.QueuedConnection)

        self.model = ResultsSurveyModel(self)
        self.list = QListView(self)
        self.list.setObjectName("surveyList")
        self.list.setAccessibleName(self.tr("Surveys with answers"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(lambda *_args: self._survey_picked())
        self.filters = ResultsFilterBar(self)
        self.filters.changed.connect(self.refresh_results)
        self.filters.several_requested.connect(self._make_group)
        self.message = InlineMessage(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        self.note = QLabel(self.tr("Counts under 5 show as “<5” and a question with fewer than 5 answers shows no "
                                   "chart, so no one can be singled out; “≥5” is hidden so a small count cannot be "
                                   "worked out. Typed answers are never shown here, only the words many people used."),
                           self)
        self.note.setObjectName("quietText")
        self.note.setWordWrap(True)
        self.empty_title = QLabel(self)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setWordWrap(True)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_layout()
        for first, second in itertools.pairwise([self.list, *self.filters.focus_order()]):
            QWidget.setTabOrder(first, second)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left.setObjectName("listPane")
        left.setMinimumWidth(220)
        heading = QLabel(self.tr("Results"), left)
        heading.setObjectName("pageTitle")
        self.list_hint = QLabel(self.tr("Surveys appear here once someone has answered them."), left)
        self.list_hint.setObjectName("hint")
        self.list_hint.setWordWrap(True)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 16, 12, 16)
        left_layout.setSpacing(10)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_hint)

        self.card_column = QWidget(self)
        self.card_column.setObjectName("chartPage")
        self.card_layout = QVBoxLayout(self.card_column)
        # Cards are added after the scroll area last sized the column: the layout grows the column itself.
        self.card_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.card_layout.setContentsMargins(0, 0, 8, 12)
        self.card_layout.setSpacing(12)
        self.card_layout.addWidget(self.summary)
        self.card_layout.addWidget(self.note)
        self.card_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("chartScroll")
        self.scroll.setAccessibleName(self.tr("Results of the survey"))
        self.scroll.setAccessibleDescription(self.tr("One card per question; scroll with the arrow keys"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.card_column)
        keep_content_width(self.scroll)
        empty = QWidget(self)
        centred_column(empty, [self.empty_title, self.empty_label])
        self.body = QStackedWidget(self)
        self.body.addWidget(self.scroll)
        self.body.addWidget(empty)

        right = QWidget(self)
        right.setObjectName("resultsBody")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 16, 16, 0)
        right_layout.setSpacing(10)
        right_layout.addWidget(self.filters)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.body, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1000])

        no_database = QWidget(self)
        label = QLabel(self.tr("No database is open."), no_database)
        label.setObjectName("emptyText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centred_column(no_database, [label])
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.splitter)
        self._pages.addWidget(no_database)
        self._pages.setCurrentIndex(NO_DATABASE_PAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

    # -- DatabasePage ----------------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """Show ``db``'s results, or nothing."""
        for event in self._events:
            event.disconnect(self._relay)
        self._events = []
        self.db, self.service, self.results, self.comparisons = db, None, None, ()
        self._timer.stop()
        self.filters.forget()
        if db is None:
            self.model.set_rows([])
            self._clear_cards()
            self._pages.setCurrentIndex(NO_DATABASE_PAGE)
            return
        from workshop_app.core.results import ResultsService
        from workshop_app.core.services import Services

        shared = Services.of(db)
        self.service = ResultsService(db)
        self._events = [shared.surveys.changed, shared.responses.changed, shared.participants.changed,
                        shared.consent.changed, shared.profiles.changed, shared.targets.changed,
                        shared.workshops.changed]
        for event in self._events:
            event.connect(self._relay)
        self._pages.setCurrentIndex(CONTENT_PAGE)
        self.refresh()

    def commit_pending(self) -> None:
        """Nothing is typed on this page."""

    def _relay(self, *_args: Any) -> None:
        self._changed.emit()

    def language(self) -> str:
        """The language labels are shown in."""
        return getattr(self.settings, "language", None) or "en"

    # -- keeping current -------------------------------------------------------------------------------------
    def _data_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        """Recount when shown after changes made elsewhere."""
        super().showEvent(event)
        if self._dirty and self.service is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the surveys again and show the chosen one's results."""
        if self.service is None:
            return
        self._dirty = False
        current = self.current_form_id()
        self.model.set_rows(self.service.surveys())
        has_surveys = self.model.rowCount() > 0
        self.list_hint.setVisible(not has_surveys)
        self.filters.setVisible(has_surveys)
        if not has_surveys:
            self._show_empty(self.tr("No answers yet"),
                             self.tr("Results appear here once people answer a survey in the kiosk, or once answers "
                                     "given on paper are typed in."))
            return
        row = max(0, self.model.row_of(current))
        if self.current_form_id() != self.model.summary(row).id:
            # Picking the row shows its results (``_survey_picked``).
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return
        self._load_options()
        self.refresh_results()

    def current_form_id(self) -> str | None:
        """The questionnaire shown (its ``form_id``)."""
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_survey(self, form_id: str) -> None:
        """Show the results of questionnaire ``form_id``."""
        row = self.model.row_of(form_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _survey_picked(self) -> None:
        if self.service is None or self.current_form_id() is None:
            return
        self._load_options()
        self.refresh_results()

    def _load_options(self) -> None:
        form_id = self.current_form_id()
        if self.service is None or form_id is None:
            return
        language = self.language()
        self.filters.set_options(self.service.workshops(form_id), self.service.profile_groups(language),
                                 self.service.suggested_groups(language), self.service.date_span(form_id))

    # -- results ---------------------------------------------------------------------------------------------
    def refresh_results(self) -> None:
        """Compute the chosen survey's results under the filters and show them."""
        form_id = self.current_form_id()
        if self.service is None or form_id is None:
            return
        if not self.isVisible():
            # Counted and drawn when the page is first looked at: a hidden page would draw every chart while the
            # app starts, before the workshops are listed.
            self._dirty = True
            return
        chosen = self.filters.results_filter()
        try:
            if self.filters.comparing():
                group_a, group_b = self.filters.compare_groups()
                self.results = None
                self.comparisons = self.service.compare_survey(form_id, group_a, group_b, chosen, self.language())
            else:
                self.results = self.service.survey_results(form_id, chosen, self.language())
                self.comparisons = ()
        except UserError as error:
            self.message.show_message(str(error))
            return
        if self.results is None:
            self._show_comparisons()
        else:
            self._show_results()

    def _show_comparisons(self) -> None:
        names = self.filters.group_names()
        if not any(c.a.respondents or c.b.respondents for c in self.comparisons):
            self._show_empty(self.tr("No answers from these groups"),
                             self.tr("Neither group answered this survey in the responses the filters select."))
            return
        title = self.model.summary(self.list.currentIndex().row()).title
        self.summary.setText(self.tr("{survey}: “{first}” and “{second}” side by side · {filters}").format(
            survey=title, first=names[0], second=names[1], filters=self.filters.describe()))
        self._fill_cards(len(self.comparisons))
        for card, comparison in zip(self.cards, self.comparisons, strict=True):
            card.show_comparison(comparison, *names)
        self.body.setCurrentIndex(CARDS)

    def _show_results(self) -> None:
        results = self.results
        if results is None:
            return
        if results.responses == 0:
            if self.filters.is_filtered():
                self._show_empty(self.tr("No answers match"),
                                 self.tr("No answers match these filters. Choose another workshop or group, or "
                                         "widen the dates."))
            else:
                self._show_empty(self.tr("No answers yet"), self.tr("This survey has no answers yet."))
            return
        if results.responses_display != str(results.responses):
            self._show_empty(self.tr("Too few answers to show"),
                             self.tr("Fewer than 5 responses match these filters, so no results are shown: with so "
                                     "few, an answer could point to a person."))
            return
        self.summary.setText(self.tr("{survey}: {responses} · {filters}").format(
            survey=results.title, responses=response_count(results.responses), filters=self.filters.describe()))
        self._fill_cards(len(results.questions))
        for card, question in zip(self.cards, results.questions, strict=True):
            card.show_result(question)
        self.body.setCurrentIndex(CARDS)

    def _show_empty(self, title: str, text: str) -> None:
        self.empty_title.setText(title)
        self.empty_label.setText(text)
        self.body.setCurrentIndex(EMPTY)
        self._clear_cards()

    def _fill_cards(self, count: int) -> None:
        while len(self.cards) < count:
            card = QuestionCard(self.card_column)
            card.save_requested.connect(self.save_chart)
            self.card_layout.insertWidget(self.card_layout.count() - 1, card)
            self.cards.append(card)
        while len(self.cards) > count:
            card = self.cards.pop()
            card.hide()
            self.card_layout.removeWidget(card)
            card.deleteLater()

    def _clear_cards(self) -> None:
        self._fill_cards(0)

    # -- groups and saving -----------------------------------------------------------------------------------
    def _make_group(self, combo: QComboBox) -> None:
        from workshop_app.ui.results_group_dialog import GroupDialog

        dialog = GroupDialog(self.filters.questions(), self)
        group = dialog.group() if dialog.exec() else None
        dialog.deleteLater()
        if group is None:
            self.filters.cancel_several(combo)
        else:
            self.filters.add_group(combo, group)

    def save_chart(self, card: QuestionCard) -> Path | None:
        """Ask where, then save ``card``'s chart as PNG or SVG with its title, filters and n."""
        from workshop_app.ui.results_save import choose_chart_target, file_name, save_chart

        title = card.title.text()
        target = choose_chart_target(self, self._folder / file_name(title))
        if target is None:
            return None
        description = self.summary.text()
        try:
            save_chart(target, title=title, description=description, result=card.result,
                       comparison=card.comparison, names=card.names,
                       caption=card.caption.text() if card.caption.isVisibleTo(card) else "")
        except UserError as error:
            self.message.show_message(str(error))
            return None
        self._folder = target.parent
        self.message.show_message(self.tr("Saved the chart as {path}.").format(path=target))
        return target


__all__ = ["ResultsPage", "ResultsSurveyModel"]
