"""The run window's widgets and their layout: header, agenda, timer, messages, and one panel per activity kind."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.workshop_rules import STATUSES, ActivityData, WorkshopData
from workshop_app.ui.brainstorm_panel import BrainstormPanel
from workshop_app.ui.feedback_panel import FeedbackPanel
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.labels import format_datetime, kind_hint, kind_label, status_label
from workshop_app.ui.layouts import keep_content_width
from workshop_app.ui.run_agenda import AgendaDelegate, RunAgendaModel
from workshop_app.ui.run_survey_panel import SurveyPanel
from workshop_app.ui.timer_widget import TimerPanel
from workshop_app.ui.voting_panel import VotingPanel

if TYPE_CHECKING:
    from workshop_app.ui.run_window import RunWindow


def _button(parent: QWidget, text: str, accessible: str, tip: str, name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    if name:
        button.setObjectName(name)
    return button


class RunLayout:
    """Holds the run window's widgets; the window wires them to the session and the services."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the interface language, in this class's translation context (where lupdate files it)."""
        return QCoreApplication.translate("RunLayout", text, disambiguation, n)

    def __init__(self, window: RunWindow) -> None:
        self.title = QLabel(window)
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(window)
        self.subtitle.setObjectName("quietText")
        self.subtitle.setWordWrap(True)
        self.status_combo = QComboBox(window)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setAccessibleName(self.tr("Workshop status"))
        self.checkin_button = _button(window, self.tr("Check-in"), self.tr("Check people in"),
                                      self.tr("Register and check people in at the door (Ctrl+I)"))
        self.pin_button = _button(window, self.tr("Kiosk PIN…"), self.tr("Set the kiosk PIN"),
                                  self.tr("The PIN that lets you leave the kiosk"))
        self.projector_button = _button(window, self.tr("Open projector"), self.tr("Open the projector view"),
                                        self.tr("Timer and results for the room, on the second screen (F5)"))
        self.end_button = _button(window, self.tr("End workshop"), self.tr("End the workshop"),
                                  self.tr("Mark the workshop as done"), "dangerButton")

        self.agenda_model = RunAgendaModel(window)
        self.agenda = QListView(window)
        self.agenda.setObjectName("runAgenda")
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(2)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda.setResizeMode(QListView.ResizeMode.Adjust)
        self.agenda.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.agenda.setItemDelegate(AgendaDelegate(self.agenda))
        self.previous_button = _button(window, self.tr("← Previous"), self.tr("Previous activity"),
                                       self.tr("The activity before (Alt+Left)"))
        self.next_button = _button(window, self.tr("Next →"), self.tr("Next activity"),
                                   self.tr("The next activity (Alt+Right)"), "primaryButton")

        self.timer = TimerPanel(window)
        self.message = InlineMessage(window)
        self.info = InlineMessage(window)
        self.info.setObjectName("infoMessage")
        services, stack = window.services, window.undo_stack
        self.survey = SurveyPanel(services, window.workshop_id, window.report, window)
        self.brainstorm = BrainstormPanel(services, stack, window.report, window._focus, window)
        self.voting = VotingPanel(services, stack, window.report, window._focus, window)
        self.feedback = FeedbackPanel(services, stack, window.report, window._focus, window)
        self.other = QLabel(window)
        self.other.setObjectName("emptyText")
        self.other.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.other.setWordWrap(True)
        self.panels = QStackedWidget(window)
        self.panels.setObjectName("runPanels")
        self._by_kind: dict[str, Any] = {"survey": self.survey, "brainstorm": self.brainstorm,
                                         "dot_vote": self.voting, "feedback_round": self.feedback}
        for panel in (self.other, self.survey, self.brainstorm, self.voting, self.feedback):
            self.panels.addWidget(panel)
        self.shown_activity: ActivityData | None = None
        self._layout(window)

    def _layout(self, window: RunWindow) -> None:
        titles = QWidget(window)
        words = QVBoxLayout(titles)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.subtitle)
        status_field = QWidget(window)
        status_row = QHBoxLayout(status_field)
        status_row.setContentsMargins(0, 0, 0, 0)
        status = QLabel(self.tr("&Status"), window)
        status.setObjectName("fieldLabel")
        status.setBuddy(self.status_combo)
        status_row.addWidget(status)
        status_row.addWidget(self.status_combo)
        # The title takes the room left of the controls; with large text the controls wrap below it.
        header = FlowRow(spacing=10, stretch=0).add_widgets(
            titles, status_field, self.checkin_button, self.pin_button, self.projector_button, self.end_button)

        left = QWidget(window)
        left.setObjectName("runAgendaPane")
        heading = QLabel(self.tr("Agenda"), window)
        heading.setObjectName("sectionHeading")
        steps = FlowRow(spacing=6).add_widgets(self.previous_button, self.next_button)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 10, 16)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(steps)

        right = QWidget(window)
        right.setObjectName("runMain")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 12, 16, 16)
        right_layout.setSpacing(10)
        right_layout.addWidget(self.timer)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.panels, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, window)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        # Large text on a laptop screen: the activity side scrolls rather than squeezing its panels.
        scroll = QScrollArea(window)
        scroll.setObjectName("runMainScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the panel's controls
        scroll.setWidget(right)
        keep_content_width(scroll)
        splitter.addWidget(scroll)
        self.main_scroll = scroll
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1000])
        left.setMinimumWidth(240)
        central = QWidget(window)
        central.setObjectName("runCentral")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 0, 0)
        layout.setSpacing(6)
        header.setContentsMargins(0, 0, 16, 0)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        window.setCentralWidget(central)
        self.agenda.setIconSize(QSize(0, 0))
        chain = [self.status_combo, self.checkin_button, self.pin_button, self.projector_button, self.end_button,
                 self.agenda, self.previous_button, self.next_button, *self.timer.buttons(),
                 *self.survey.focus_order(), *self.brainstorm.focus_order(), *self.voting.focus_order(),
                 *self.feedback.focus_order()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- showing -------------------------------------------------------------------------------
    def show_workshop(self, workshop: WorkshopData, checked_in: int) -> None:
        """The header: title, when and where, status, how many are checked in."""
        self.title.setText(workshop.title)
        parts = [p for p in (format_datetime(workshop.starts_at), workshop.place) if p]
        self.subtitle.setText(" · ".join(parts))
        index = self.status_combo.findData(workshop.status)
        self.status_combo.setCurrentIndex(max(0, index))
        self.checkin_button.setText(self.tr("Check-in ({count})").format(count=checked_in))

    def show_activity(self, activity: ActivityData | None) -> None:
        """Show the panel of ``activity`` (or a sentence for kinds run elsewhere, or an empty agenda)."""
        self.shown_activity = activity
        if activity is None:
            self.timer.show_activity("", "")
            self.other.setText(self.tr("This workshop has no agenda yet. Add activities in Workshops."))
            self.panels.setCurrentWidget(self.other)
            return
        kind = kind_label(activity.kind)
        self.timer.show_activity(kind, activity.title or kind_hint(activity.kind))
        panel = self._by_kind.get(activity.kind)
        if panel is None:
            self.other.setText(self.tr("{hint}\n\nRun it with the timer; the maps are drawn in the "
                                             "Stakeholder maps section.").format(hint=kind_hint(activity.kind)))
            self.panels.setCurrentWidget(self.other)
            return
        panel.set_activity(activity)
        self.panels.setCurrentWidget(panel)

    def current_panel(self) -> Any:
        """The panel shown now (None for the plain sentence)."""
        widget = self.panels.currentWidget()
        return widget if widget is not self.other else None

    def stop(self) -> None:
        """Every panel stops listening to the services."""
        for panel in (self.survey, self.brainstorm, self.voting, self.feedback):
            panel.stop()


def build_run_layout(window: RunWindow) -> RunLayout:
    """Make the widgets of ``window`` and lay them out."""
    return RunLayout(window)
