"""The participant kiosk: a full-screen window that runs one agenda item for person after person.

``KioskWindow(db, settings, workshop_id=..., activity_id=...)`` then ``start()``. What it shows depends on the
item: a survey (``kiosk_survey``), "write your idea" for a brainstorm, dots for a dot vote, a quick rating for a
feedback round (``kiosk_activities``, ``kiosk_dot_vote``).

Leaving: participants cannot (see ``kiosk_lock`` for what the app blocks and what only the system can). The
facilitator presses Ctrl+Shift+L, or taps the top-right corner five times quickly, and types the workshop's kiosk
PIN; wrong PINs make the next try wait longer (``core.pin``). A workshop without a PIN gets one before the kiosk
starts: the facilitator is asked to set it (decided so because a kiosk one can leave with a click is no kiosk).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QStackedLayout, QWidget

from workshop_app.core.pin import PinGuard
from workshop_app.core.services import Services
from workshop_app.errors import UserError
from workshop_app.ui import kiosk_pin_pad
from workshop_app.ui.kiosk_common import KioskPage
from workshop_app.ui.kiosk_lock import KioskLock
from workshop_app.ui.kiosk_pin_pad import PinPad

if TYPE_CHECKING:
    from workshop_app.db.database import Database
    from workshop_app.settings import Settings

CORNER = 80
"""The invisible square, top right, that the facilitator taps five times to reach the PIN pad."""
CORNER_TAPS, CORNER_SECONDS = 5, 3.0
PIN_PAD_IDLE = 30.0
"""An open PIN pad nobody touches goes back to the kiosk (a participant may have found it)."""
RECLAIM_MS = 250


class CornerTaps(QWidget):
    """An invisible corner: five taps within three seconds ask for the PIN pad."""

    triggered = Signal()

    def __init__(self, parent: QWidget, clock: Callable[[], float]) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCorner")
        self.setFixedSize(CORNER, CORNER)
        self.clock = clock
        self.taps: list[float] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = self.clock()
        self.taps = [t for t in self.taps if now - t < CORNER_SECONDS] + [now]
        if len(self.taps) >= CORNER_TAPS:
            self.taps = []
            self.triggered.emit()
        event.accept()


class KioskWindow(QWidget):
    """Full screen, frameless, on top; ``closed`` once the facilitator has left it with the PIN.

    Raises ``UserError`` when the agenda item cannot run at the kiosk (gone, another workshop's, no survey
    chosen, a stakeholder map) or ``resume_response_id`` is not an unfinished response of its survey.
    """

    closed = Signal()

    def __init__(self, db: Database, settings: Settings | None, *, workshop_id: str, activity_id: str,
                 resume_response_id: str | None = None, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        flags = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.running = False
        self.unlocked = False
        self.setObjectName("kioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Kiosk"))
        self.setAccessibleName(self.tr("Kiosk"))
        self.services = Services.of(db)
        self.settings = settings
        self.clock = clock
        self.workshop_id = workshop_id
        from workshop_app.core.kiosk_activity import KIOSK_KINDS, kiosk_activity  # SQLAlchemy: not at start-up

        self.activity = kiosk_activity(db, activity_id)
        if self.activity.workshop_id != workshop_id:
            raise UserError(self.tr("That agenda item belongs to another workshop."))
        if self.activity.kind not in KIOSK_KINDS:
            raise UserError(self.tr("A stakeholder map is drawn by the facilitator; it does not run at the kiosk."))
        self.pin_guard: PinGuard | None = self._guard()
        self.page = self._make_page(resume_response_id)
        self.pin_pad = PinPad(self)
        self.pin_pad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.pin_pad)
        self.corner = CornerTaps(self, clock)
        self.corner.triggered.connect(self.request_leave)
        self.pin_pad.submitted.connect(self._try_pin)
        self.pin_pad.cancelled.connect(self._back_to_kiosk)
        self.lock = KioskLock(self)
        self.lock.leave_requested.connect(self.request_leave)
        self.lock.input.connect(self._input)
        self.lock.lost.connect(self._reclaim_soon)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.reclaims = 0
        """How often the kiosk took the screen back (tests; a facilitator wondering what happened)."""
        self._reclaim_pending = False

    def _guard(self) -> PinGuard | None:
        pins = self.services.kiosk_pins
        return pins.guard(self.workshop_id, clock=self.clock) if pins.has_kiosk_pin(self.workshop_id) else None

    def _make_page(self, resume_response_id: str | None) -> KioskPage:
        kind = self.activity.kind
        if kind != "survey" and resume_response_id:
            raise UserError(self.tr("Only a survey can be resumed at the kiosk."))
        if kind == "survey":
            from workshop_app.ui.kiosk_survey import KioskSurveyPage

            return KioskSurveyPage(self.services, self.activity, clock=self.clock, pin_guard=self.pin_guard,
                                   resume_response_id=resume_response_id, parent=self)
        if kind == "dot_vote":
            from workshop_app.ui.kiosk_dot_vote import DotVotePage

            return DotVotePage(self.services, self.activity, clock=self.clock, parent=self)
        from workshop_app.ui.kiosk_activities import FeedbackPage, IdeaPage

        page = IdeaPage if kind == "brainstorm" else FeedbackPage
        return page(self.services, self.activity, clock=self.clock, parent=self)

    # -- starting and leaving ------------------------------------------------------------------------------
    def start(self) -> bool:
        """Lock the kiosk and show it full screen; False when the facilitator declined to set a needed PIN."""
        if self.pin_guard is None:
            pin = kiosk_pin_pad.ask_new_pin(self.parentWidget())
            if pin is None:
                return False
            self.services.kiosk_pins.set_kiosk_pin(self.workshop_id, pin)
            self.pin_guard = self._guard()
            session = getattr(self.page, "session", None)
            if session is not None:
                session.pin_guard = self.pin_guard
        self.running = True
        self.lock.install()
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.timer.start()
        return True

    def request_leave(self) -> None:
        """Show the PIN pad (Ctrl+Shift+L, or five taps in the corner)."""
        if not self.running:
            return
        self.page.touch()
        self.stack.setCurrentWidget(self.pin_pad)
        self.pin_pad.set_wait(self.pin_guard.wait_left() if self.pin_guard is not None else 0.0)
        self.pin_pad.open()

    def unlock(self, pin: str) -> bool:
        """Try ``pin``; the right one closes the kiosk."""
        if self.pin_guard is None:
            return False
        result = self.pin_guard.attempt(pin)
        self.pin_pad.show_result(result)
        if result.ok:
            self.shut_down()
        return result.ok

    def shut_down(self) -> None:
        """Close the kiosk now, clearing the last person's screen (after the PIN, or when the app must close)."""
        if self.unlocked:
            return
        self.page.shut_down()
        self.running = False
        self.unlocked = True
        self.timer.stop()
        self.lock.remove()
        self.close()

    def _try_pin(self, pin: str) -> None:
        self.unlock(pin)

    def _back_to_kiosk(self) -> None:
        self.stack.setCurrentWidget(self.page)
        self.page.touch()

    # -- time and input ------------------------------------------------------------------------------------
    def tick(self) -> None:
        """Once a second: the page's clock (thank-you, idle), and the PIN pad's wait."""
        self.page.tick()
        if self.stack.currentWidget() is self.pin_pad:
            if self.pin_guard is not None and self.pin_pad.waiting:
                self.pin_pad.set_wait(self.pin_guard.wait_left())
            if self.page.idle_for() >= PIN_PAD_IDLE and not self.pin_pad.waiting:
                self._back_to_kiosk()

    def _input(self) -> None:
        if self.running:
            self.page.touch()

    # -- staying on screen ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:
            event.ignore()  # Alt+F4, the window manager's close, a stray close(): only the PIN closes the kiosk
            self._reclaim_soon()
            return
        event.accept()
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self.running:
            return
        state = self.windowState()
        lost_focus = event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow()
        left_full_screen = event.type() == QEvent.Type.WindowStateChange and (
            state & Qt.WindowState.WindowMinimized or not state & Qt.WindowState.WindowFullScreen)
        if lost_focus or left_full_screen:
            self._reclaim_soon()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.running:
            self._reclaim_soon()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.corner.move(self.width() - CORNER, 0)
        self.corner.raise_()

    def _reclaim_soon(self) -> None:
        if self.running and not self._reclaim_pending:
            self._reclaim_pending = True
            QTimer.singleShot(RECLAIM_MS, self._reclaim)

    def _reclaim(self) -> None:
        self._reclaim_pending = False
        if not self.running:
            return
        self.reclaims += 1
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowFullScreen)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()


def open_kiosk(db: Database, settings: Settings | None, *, workshop_id: str, activity_id: str,
               resume_response_id: str | None = None, parent: Any = None) -> KioskWindow | None:
    """Make and start a kiosk; None when the facilitator cancelled setting its PIN. ``UserError`` as the window."""
    window = KioskWindow(db, settings, workshop_id=workshop_id, activity_id=activity_id,
                         resume_response_id=resume_response_id, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if not window.start():
        window.shut_down()
        return None
    return window
