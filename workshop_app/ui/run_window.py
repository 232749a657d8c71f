"""The run view: a workshop on the night. The agenda with a timer per activity, and the current activity's panel.

A window of its own, so the facilitator keeps it on the laptop while the projector shows the room another.
Edits made here (notes, clusters, counted dots, feedback, the status) go on this window's own undo stack
(Ctrl+Z / Ctrl+Shift+Z): the main window's history belongs to another window, and undoing there a note moved
here, out of sight, would surprise. Timers live only in this window (a restart begins them afresh); answers,
notes and dots are saved the moment they are given.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMainWindow, QWidget

from workshop_app.core.run_session import RunSession
from workshop_app.core.workshop_rules import STATUSES, ActivityData
from workshop_app.errors import UserError
from workshop_app.settings import Settings, load_settings
from workshop_app.ui.commands import EditWorkshop
from workshop_app.ui.labels import kind_label, status_label
from workshop_app.ui.run_checkin import CheckinListDialog, show_checkin_in_main_window
from workshop_app.ui.run_events import ServiceListener
from workshop_app.ui.run_launch import RunLaunchers
from workshop_app.ui.run_layout import build_run_layout
from workshop_app.ui.undo import CommandContext, execute

if TYPE_CHECKING:
    from workshop_app.db.database import Database

TICK_MS = 250
GEOMETRY_KEY = "run/geometry"
_OPEN: dict[tuple[int, str], RunWindow] = {}


class SetStatus(EditWorkshop):
    """A status change from the run view: each is its own undo step (ending is not merged with starting)."""

    def id(self) -> int:
        """No id: never merged."""
        return -1


class RunWindow(QMainWindow):
    """Runs one workshop: agenda, timers, status, kiosk, projector, and the current activity's panel."""

    def __init__(self, db: Database, settings: Settings | None, workshop_id: str, parent: Any = None, *,
                 activity_id: str | None = None, clock: Callable[[], float] | None = None) -> None:
        super().__init__(parent)
        from workshop_app.core.services import Services

        self.setObjectName("runWindow")
        self.db = db
        self.settings = settings if settings is not None else load_settings()
        self.workshop_id = workshop_id
        self.services = Services.of(db)
        self.workshop = self.services.workshops.get(workshop_id)
        self.session = RunSession(self.workshop, clock=clock or time.monotonic)
        self.undo_stack = QUndoStack(self)
        self.workshop_ctx = CommandContext(self.services.workshops, self.report, self._focus)
        self.launchers = RunLaunchers(self, db, self.settings, workshop_id, self.report)
        self.ui = build_run_layout(self)
        self._build_actions()
        self._connect()
        self.listener = ServiceListener([self.services.workshops.changed, self.services.participants.changed],
                                        300, self)
        self.listener.changed.connect(self.reload_workshop)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.reload_workshop()
        self._restore_geometry()
        start = activity_id or self._activity_to_resume()
        if start is not None and self.ui.agenda_model.row_of(start) >= 0:
            self.select_activity(start)
        else:
            self._show_current()

    # -- building ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(menu: Any, text: str, keys: Any, slot: Callable[[], Any], tip: str = "") -> QAction:
            item = QAction(text, self)
            if keys:
                item.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
            item.setStatusTip(tip)
            item.triggered.connect(lambda _checked=False: slot())
            menu.addAction(item)
            return item

        workshop = self.menuBar().addMenu(self.tr("&Workshop"))
        self.checkin_action = action(workshop, self.tr("&Check-in"), "Ctrl+I", self.open_checkin)
        self.pin_action = action(workshop, self.tr("Kiosk &PIN…"), None, self.set_pin)
        self.projector_action = action(workshop, self.tr("Open p&rojector"), "F5", self.open_projector,
                                       self.tr("Show the timer and results on the second screen"))
        workshop.addSeparator()
        self.end_action = action(workshop, self.tr("&End workshop"), None, self.end_workshop)
        workshop.addSeparator()
        action(workshop, self.tr("&Close run view"), QKeySequence.StandardKey.Close, self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        timer = self.menuBar().addMenu(self.tr("&Timer"))
        self.toggle_action = action(timer, self.tr("&Start or pause"), "Space", self._space)
        action(timer, self.tr("&One more minute"), "Ctrl+M", lambda: self.add_minutes(1))
        action(timer, self.tr("&Five more minutes"), "Ctrl+Shift+M", lambda: self.add_minutes(5))
        action(timer, self.tr("&Reset"), "Ctrl+Shift+R", self.reset_timer)
        go = self.menuBar().addMenu(self.tr("&Go"))
        self.previous_action = action(go, self.tr("&Previous activity"), [QKeySequence("Ctrl+PgUp"),
                                                                          QKeySequence("Alt+Left")],
                                      self.previous_activity)
        self.next_action = action(go, self.tr("&Next activity"), [QKeySequence("Ctrl+PgDown"),
                                                                  QKeySequence("Alt+Right")], self.next_activity)

    def _connect(self) -> None:
        ui = self.ui
        ui.status_combo.activated.connect(lambda _i: self.set_status(ui.status_combo.currentData()))
        ui.checkin_button.clicked.connect(self.open_checkin)
        ui.pin_button.clicked.connect(self.set_pin)
        ui.projector_button.clicked.connect(self.open_projector)
        ui.end_button.clicked.connect(self.end_workshop)
        ui.agenda.clicked.connect(lambda index: self.select_activity(ui.agenda_model.activity(index.row()).id))
        ui.agenda.activated.connect(lambda index: self.select_activity(ui.agenda_model.activity(index.row()).id))
        ui.previous_button.clicked.connect(self.previous_activity)
        ui.next_button.clicked.connect(self.next_activity)
        ui.timer.toggle_requested.connect(self.toggle_timer)
        ui.timer.add_requested.connect(self.add_minutes)
        ui.timer.reset_requested.connect(self.reset_timer)
        ui.survey.kiosk_requested.connect(lambda a, r: self.launchers.start_kiosk(a, r or None) if self._pin_ready()
                                          else None)
        ui.survey.data_entry_requested.connect(lambda a, r: self.launchers.enter_paper(a, r or None))
        ui.survey.question_changed.connect(self._question_changed)
        ui.voting.kiosk_requested.connect(lambda a: self.launchers.start_kiosk(a) if self._pin_ready() else None)
        ui.feedback.kiosk_requested.connect(lambda a, _r: self.launchers.start_kiosk(a) if self._pin_ready()
                                            else None)
        self.launchers.closed.connect(self._refresh_panel)

    # -- reading -------------------------------------------------------------------------------
    def reload_workshop(self) -> None:
        """Read the workshop again (its agenda or status may have been edited in the main window)."""
        try:
            workshop = self.services.workshops.get(self.workshop_id)
        except UserError:
            self.report(self.tr("This workshop no longer exists."))
            return
        self.workshop = workshop
        self.session.update_workshop(workshop)
        self.ui.show_workshop(workshop, len(self.services.participants.attendance(self.workshop_id)))
        self.setWindowTitle(self.tr("Run — {title}").format(title=workshop.title))
        self.ui.agenda_model.set_activities(workshop.activities, self.session.current_index)
        current = self.session.current
        if current is not None and self.ui.shown_activity != current:
            self._show_current()
        self.tick()

    def _activity_to_resume(self) -> str | None:
        unfinished = self.services.responses.unfinished(self.workshop_id)
        for response in unfinished:
            found = next((a for a in self.workshop.activities if a.id == response.activity_id
                          or (a.kind == "survey" and a.survey_id == response.survey_id)), None)
            if found is not None:
                count = len(unfinished)
                text = (self.tr("%n survey was not finished. It is listed below; resume it from there.", "", count)
                        if count == 1 else
                        self.tr("%n surveys were not finished. They are listed below; resume them from there.", "",
                                count))
                self.ui.info.show_message(text)
                return found.id
        return None

    # -- the current activity ------------------------------------------------------------------
    @property
    def current(self) -> ActivityData | None:
        """The activity on now."""
        return self.session.current

    def select_activity(self, activity_id: str) -> None:
        """Make an agenda item the current one (its timer keeps its time; the previous one pauses)."""
        try:
            self.session.select(activity_id)
        except UserError as exc:
            self.report(str(exc))
            return
        self._show_current()

    def next_activity(self) -> None:
        """Go on to the next agenda item."""
        if self.session.next_activity() is not None:
            self._show_current()

    def previous_activity(self) -> None:
        """Go back to the previous agenda item."""
        if self.session.previous_activity() is not None:
            self._show_current()

    def _show_current(self) -> None:
        activity = self.session.current
        self.ui.agenda_model.set_current(self.session.current_index)
        if activity is not None:
            self.ui.agenda.setCurrentIndex(self.ui.agenda_model.index(self.session.current_index))
        self.ui.show_activity(activity)
        self.ui.previous_button.setEnabled(self.session.current_index > 0)
        self.ui.next_button.setEnabled(0 <= self.session.current_index < len(self.session.activities) - 1)
        self.ui.timer.stop_pulse()
        if self.launchers.projector is not None:
            question = self.ui.survey.current_question() if activity and activity.kind == "survey" else None
            self.launchers.projector.show_activity(activity, question)
        self.tick()

    def _refresh_panel(self) -> None:
        panel = self.ui.current_panel()
        if panel is not None:
            panel.refresh()

    def _question_changed(self, name: str) -> None:
        if self.launchers.projector is not None:
            self.launchers.projector.show_question(name)

    # -- timer ---------------------------------------------------------------------------------
    def tick(self) -> None:
        """Redraw the clocks; at the end of an activity's time, one soft beep and a pulse."""
        ended = self.session.tick()
        current = self.session.current
        if ended:
            QApplication.beep()
            if current is not None and current.id in ended:
                self.ui.timer.pulse()
            else:
                titles = [a.title or kind_label(a.kind) for a in self.session.activities if a.id in ended]
                self.statusBar().showMessage(self.tr("Time is up for {title}.").format(title=", ".join(titles)), 8000)
        state = self.session.timer().state() if current is not None else None
        self.ui.timer.show_state(state)
        for activity in self.session.activities:
            timer = self.session.timer(activity.id)
            if timer.finished:
                text = self.tr("time is up")
            elif timer.running:
                text = self.tr("{clock} left").format(clock=timer.state().text)
            elif timer.remaining() < timer.duration:
                text = self.tr("paused at {clock}").format(clock=timer.state().text)
            else:
                text = ""
            self.ui.agenda_model.set_clock(activity.id, text)
        if self.launchers.projector is not None:
            self.launchers.projector.show_timer(state)

    def toggle_timer(self) -> None:
        """Start or pause the current activity's timer (Space)."""
        if self.session.current is None:
            return
        self.ui.timer.stop_pulse()
        timer = self.session.timer()
        timer.toggle()
        if timer.running and self.workshop.status == "planned":
            self.set_status("running")
        self.tick()

    def add_minutes(self, minutes: int) -> None:
        """Give the current activity more time."""
        if self.session.current is not None:
            self.ui.timer.stop_pulse()
            self.session.timer().add_minutes(minutes)
            self.tick()

    def reset_timer(self) -> None:
        """Back to the planned time, stopped."""
        if self.session.current is not None:
            self.ui.timer.stop_pulse()
            self.session.timer().reset(self.session.current.planned_minutes * 60)
            self.tick()

    def _space(self) -> None:
        # Space still presses the button or opens the list that has the keyboard focus.
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.window() is self:
            focus.animateClick()
        elif isinstance(focus, QComboBox) and focus.window() is self:
            focus.showPopup()
        else:
            self.toggle_timer()

    # -- the workshop --------------------------------------------------------------------------
    def set_status(self, status: str) -> bool:
        """Planned, running or done (undoable)."""
        if status not in STATUSES or status == self.workshop.status:
            return False
        text = self.tr("Mark as {status}").format(status=status_label(status))
        done = execute(self.undo_stack, SetStatus(self.workshop_ctx, self.workshop_id, "status",
                                                     self.workshop.status, status, text))
        self.reload_workshop()
        return done

    def end_workshop(self) -> None:
        """Mark the workshop done and stop the clock; packing for the secretary comes with merging."""
        if self.session.current is not None:
            self.session.timer().pause()
        self.set_status("done")
        self.ui.info.show_message(self.tr(
            "The workshop is marked as done and everything is saved in this database. Packing it for the ULG "
            "secretary comes with the merge feature; until then, bring this laptop or a backup of the database."))

    def set_pin(self) -> bool:
        """Set or change the kiosk PIN."""
        from workshop_app.ui.run_pin_dialog import KioskPinDialog

        dialog = KioskPinDialog(self.services.kiosk_pins, self.workshop_id, self)
        result = dialog.exec()
        if result == 1:
            self.statusBar().showMessage(self.tr("The kiosk PIN is set."), 5000)
        elif result == 2:
            self.statusBar().showMessage(self.tr("The kiosk PIN is removed."), 5000)
        return self.services.kiosk_pins.has_kiosk_pin(self.workshop_id)

    def _pin_ready(self) -> bool:
        if self.services.kiosk_pins.has_kiosk_pin(self.workshop_id):
            if self.workshop.status == "planned":
                self.set_status("running")
            return True
        self.report(self.tr("Set a kiosk PIN first: it lets you, and only you, leave the kiosk."))
        return self.set_pin()

    def open_checkin(self) -> None:
        """Participants › Check-in in the main window for this workshop, or a list of who is checked in."""
        if not show_checkin_in_main_window(self.parentWidget(), self.workshop_id):
            CheckinListDialog(self.services.participants, self.workshop_id, self).exec()

    def open_projector(self) -> Any:
        """Show the projector window, in step with this one."""
        projector = self.launchers.open_projector()
        activity = self.session.current
        question = self.ui.survey.current_question() if activity and activity.kind == "survey" else None
        projector.show_activity(activity, question)
        self.tick()
        return projector

    # -- messages, undo focus, closing ---------------------------------------------------------
    def report(self, text: str) -> None:
        """Say something went wrong, without a dialog."""
        self.ui.message.show_message(text)

    def _focus(self, _workshop_id: str | None, activity_id: str | None) -> None:
        if activity_id is not None and self.session.current is not None and activity_id != self.session.current.id:
            self.select_activity(activity_id)
        self.reload_workshop()
        self._refresh_panel()

    def _restore_geometry(self) -> None:
        from workshop_app.ui.window_state import window_settings

        geometry = window_settings().value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry))):
            self.resize(1360, 840)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the clock and the listeners, close the projector, remember the geometry."""
        from workshop_app.ui.window_state import window_settings

        store = window_settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.sync()
        self.ticker.stop()
        self.listener.stop()
        self.ui.stop()
        self.launchers.close_all()
        _OPEN.pop((id(self.db), self.workshop_id), None)
        super().closeEvent(event)


def open_run_window(parent: QWidget | None, db: Database, settings: Settings | None, workshop_id: str, *,
                    activity_id: str | None = None) -> RunWindow:
    """Show the run window of a workshop (the open one, brought forward, if there is one)."""
    window = _OPEN.get((id(db), workshop_id))
    if window is None:
        window = RunWindow(db, settings, workshop_id, parent, activity_id=activity_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _OPEN[(id(db), workshop_id)] = window
        window.show()
    elif activity_id is not None:
        window.select_activity(activity_id)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return window


def open_run_windows() -> list[RunWindow]:
    """The run windows open now."""
    return list(_OPEN.values())


