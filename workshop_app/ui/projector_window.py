"""The projector: the workshop's title, the timer, and the current activity's public view, large and plain.

Shows only what ``core.live_results`` gives, which never carries a person: no names, no codes, no typed text of
a survey answer or a comment, and nothing at all before three people answered. Full screen on a second screen
when there is one (Esc leaves full screen, F11 goes back), else an ordinary window. Redraws at most every
half second when answers, notes or dots arrive.

The workshop's language decides the direction: for Arabic, Persian, Hebrew... the layout is mirrored, texts sit on
the right and the charts run from the right (``live_chart``'s ``rtl``), as the kiosk does for its participant.

Its text is sized for the back of a hall (the clock 60 pt, the activity 30 pt) and stays so whatever text size
the facilitator chose for their own screens: twice that no longer fits a slide, and the room does not read the
facilitator's laptop. High contrast, being colours, applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.core.activity_rules import MIN_RESPONDENTS
from workshop_app.core.bidi_text import is_rtl_language
from workshop_app.core.timer import TimerState
from workshop_app.core.workshop_rules import ActivityData
from workshop_app.errors import UserError
from workshop_app.ui import live_chart
from workshop_app.ui.board_scene import BoardScene
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.labels import format_number, kind_label
from workshop_app.ui.run_events import ServiceListener
from workshop_app.ui.timer_widget import TimerClock

if TYPE_CHECKING:
    from workshop_app.db.database import Database

REDRAW_MS = 500
MESSAGE_PAGE, CHART_PAGE, BOARD_PAGE = range(3)


class ProjectorWindow(QWidget):
    """What the room sees; the run window tells it which activity is on and what the timer says."""

    closed = Signal()

    def __init__(self, db: Database, workshop_id: str, parent: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        from workshop_app.core.services import Services

        self.setObjectName("projectorWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.services = Services.of(db)
        self.workshop_id = workshop_id
        self.activity: ActivityData | None = None
        self.question: str | None = None
        workshop = self.services.workshops.get(workshop_id)
        self.language = workshop.language
        self.rtl = is_rtl_language(self.language)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
        self.setWindowTitle(self.tr("Projector — {title}").format(title=workshop.title))
        self._keep_room_sizes()
        self.setAccessibleName(self.tr("Projector"))
        self.setAccessibleDescription(self.tr("What the room sees: the current activity and its anonymous "
                                              "results"))

        self.title_label = QLabel(workshop.title, self)
        self.title_label.setObjectName("projectorTitle")
        self.title_label.setWordWrap(True)
        self.activity_label = QLabel(self)
        self.activity_label.setObjectName("projectorActivity")
        self.activity_label.setWordWrap(True)
        self.clock = TimerClock(self, object_name="projectorClock")
        self.message = QLabel(self)
        self.message.setObjectName("projectorMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.chart_title = QLabel(self)
        self.chart_title.setObjectName("projectorQuestion")
        self.chart_title.setWordWrap(True)
        self.chart_note = QLabel(self)
        self.chart_note.setObjectName("projectorNote")
        self.canvas: Any = None
        self._drawn: tuple[Any, Any] | None = None
        self.chart_page = QWidget(self)
        self._chart_layout = QVBoxLayout(self.chart_page)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self._chart_layout.addWidget(self.chart_title)
        self._chart_layout.addWidget(self.chart_note)
        self.board_scene = BoardScene(editable=False, parent=self)
        self.board_view = BoardView(self.board_scene, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.chart_page)
        self.pages.addWidget(self.board_view)
        self.footer = QLabel(self.tr("Answers are anonymous. Results appear once {count} people have answered.")
                             .format(count=MIN_RESPONDENTS), self)
        self.footer.setObjectName("projectorFooter")
        self.footer.setWordWrap(True)
        for label in (self.title_label, self.activity_label, self.chart_title, self.chart_note, self.footer):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a title with "<" is text, never markup
            if self.rtl:  # every line on the right, also the facilitator's words in a left-to-right language
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                   | Qt.AlignmentFlag.AlignVCenter)

        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.title_label)
        heading.addWidget(self.activity_label)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(heading, 1)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.footer)

        self.listener = ServiceListener([self.services.responses.answered, self.services.responses.changed,
                                         self.services.brainstorm.changed, self.services.voting.changed],
                                        REDRAW_MS, self)
        self.listener.changed.connect(self.refresh)
        self.show_timer(None)
        first = workshop.activities[0] if workshop.activities else None
        self.show_activity(first)

    def _keep_room_sizes(self) -> None:
        """The projector's own text sizes, undoing the app's text size (see the module's notes)."""
        from PySide6.QtWidgets import QApplication

        from workshop_app.ui.charts import text_scale
        from workshop_app.ui.kiosk_easy_read import resized_rules

        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        scale = text_scale()
        self.setStyleSheet(resized_rules(app.styleSheet(), "projector", {"font-size": 1 / scale}))
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() / scale)
        self.setFont(font)

    # -- what the run window tells it ----------------------------------------------------------
    def show_activity(self, activity: ActivityData | None, question: str | None = None) -> None:
        """Show ``activity`` (and for a survey, the results of ``question``)."""
        self.activity = activity
        self.question = question
        if activity is None:
            self.activity_label.setText("")
        else:
            kind = kind_label(activity.kind)
            self.activity_label.setText(self.tr("{kind}: {title}").format(kind=kind, title=activity.title)
                                        if activity.title else kind)
        self.refresh()

    def show_question(self, question: str) -> None:
        """Show the results of another question of the current survey."""
        self.question = question
        self.refresh()

    def show_timer(self, state: TimerState | None) -> None:
        """Mirror the run window's timer."""
        self.clock.show_state(state)
        self.clock.setVisible(state is not None)

    # -- drawing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the current activity's public results again and draw them."""
        self.listener.cancel()
        activity = self.activity
        try:
            if activity is None:
                self._say(self.tr("Welcome"))
            elif activity.kind == "survey":
                self._survey(activity)
            elif activity.kind == "brainstorm":
                self._board(activity)
            elif activity.kind == "dot_vote":
                self._votes(activity)
            elif activity.kind == "feedback_round":
                self._feedback(activity)
            else:
                self._say(activity.title or kind_label(activity.kind))
        except UserError:
            self._say(activity.title if activity is not None else "")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentIndex(MESSAGE_PAGE)

    def _waiting(self, count: int, *, voters: bool = False) -> None:
        if voters:
            text = self.tr("Waiting for at least {minimum} voters ({count} so far)")
        elif count < MIN_RESPONDENTS:
            text = self.tr("Waiting for at least {minimum} answers ({count} so far)")
        else:
            text = self.tr("Waiting for at least {minimum} answers to this question")
        self._say(text.format(minimum=MIN_RESPONDENTS, count=count))

    def _chart(self, title: str, note: str, draw: Any, data: Any) -> None:
        if self.canvas is None:
            self.canvas = live_chart.make_live_canvas(self.chart_page)
            self.canvas.setObjectName("projectorChart")
            self._chart_layout.addWidget(self.canvas, 1)
            self.canvas.installEventFilter(self)
        self.chart_title.setText(title)
        self.chart_note.setText(note)
        self._drawn = (draw, data)
        self.pages.setCurrentIndex(CHART_PAGE)
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.canvas is None or self._drawn is None:
            return
        draw, data = self._drawn
        draw(self.canvas.figure, data, rtl=self.rtl)  # sized to the canvas as it is now: the text fits the bars
        self.canvas.setAccessibleName(self.chart_title.text())
        self.canvas.setAccessibleDescription(live_chart.describe(data))
        self.canvas.draw_idle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resized chart is drawn again, so its text keeps fitting."""
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._draw_chart)
        return super().eventFilter(watched, event)

    def _survey(self, activity: ActivityData) -> None:
        live = self.services.live_results
        if not activity.survey_id:
            self._say(activity.title or kind_label(activity.kind))
            return
        count = live.response_count(activity.survey_id, workshop_id=self.workshop_id)
        question = self.question or self._first_question(activity.survey_id)
        results = live.question_results(activity.survey_id, question, workshop_id=self.workshop_id,
                                        language=self.language) if question else None
        if results is None:
            self._waiting(count)
            return
        note = self.tr("%n answers", "", results.respondents)
        self._chart(results.label, note, live_chart.draw_results, results)

    def _first_question(self, survey_id: str) -> str | None:
        from workshop_app.core.live_results import CHARTED

        form = self.services.surveys.load_form(survey_id)
        return next((q.name for q in form.walk() if q.type in CHARTED), None)

    def _board(self, activity: ActivityData) -> None:
        board = self.services.live_results.board(activity.id)
        if not board.ideas and not board.clusters:
            self._say(self.tr("Ideas will appear here"))
            return
        self.board_scene.show_board(board)
        self.pages.setCurrentIndex(BOARD_PAGE)
        self.board_view.fit()

    def _votes(self, activity: ActivityData) -> None:
        totals = self.services.live_results.vote_totals(activity.id)
        if totals is None:
            self._waiting(self.services.voting.totals(activity.id).voters, voters=True)
            return
        if not totals.totals:
            self._say(self.tr("Nothing to vote on yet"))
            return
        note = self.tr("%n people voted", "", totals.voters) if totals.voters else ""
        if len([t for t in totals.totals if t.dots]) > live_chart.MAX_VOTE_BARS:
            title = self.tr("The {count} ideas with the most dots").format(count=live_chart.MAX_VOTE_BARS)
        else:
            title = self.tr("Dots per idea")
        self._chart(title, note, live_chart.draw_votes, totals)

    def _feedback(self, activity: ActivityData) -> None:
        summary = self.services.live_results.feedback(activity.id)
        if summary is None:
            count = self.services.feedback.summary(activity.id, with_comments=False).respondents
            self._waiting(count)
            return
        note = self.tr("{count} answers · average {average}").format(count=summary.respondents,
                                                                     average=format_number(summary.average, 1))
        self._chart(self.tr("How useful was this session?"), note, live_chart.draw_feedback, summary)

    # -- the screen ----------------------------------------------------------------------------
    def open_on_screen(self, avoid: QScreen | None = None) -> bool:
        """Full screen on a screen other than ``avoid`` if there is one (True), else a window (False)."""
        screens = QGuiApplication.screens()
        others = [screen for screen in screens if screen is not avoid]
        if len(screens) > 1 and others:
            screen = others[0]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
            return True
        self.resize(1100, 680)
        self.show()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc leaves full screen; F11 toggles it."""
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        if event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        """Keep the board fitted."""
        super().resizeEvent(event)
        self.board_view.fit()

    def texts(self) -> list[str]:
        """Every text the projector shows: labels, the board's notes and the chart's words."""
        found = [label.text() for label in self.findChildren(QLabel) if label.text()]
        found += self.board_scene.texts()
        if self.canvas is not None:
            found += live_chart.figure_texts(self.canvas.figure)
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop listening and tell the run window."""
        self.listener.stop()
        self.closed.emit()
        super().closeEvent(event)
