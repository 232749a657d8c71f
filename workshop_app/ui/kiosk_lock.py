"""The kiosk's lock inside the app: keys that would leave it are swallowed, and it takes the screen back.

What a Qt app can do (and this does): swallow Esc, Alt+F4, Ctrl+W/Q, F11, Alt+Tab and the Windows/Super key
*where Qt receives them*, refuse to close, and notice when another window or app takes the screen and come back.
What it cannot do: block the operating system's own shortcuts (Ctrl+Alt+Del, a window manager's Alt+Tab, a
Super-key overview). A full lock needs the system's kiosk or assigned-access mode (see the README).

The filter is installed on the whole application only while a kiosk runs, and removed after.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_KEY = Qt.Key
_MOD = Qt.KeyboardModifier
ALWAYS_BLOCKED = {
    _KEY.Key_Escape, _KEY.Key_F11, _KEY.Key_Meta, _KEY.Key_Super_L, _KEY.Key_Super_R, _KEY.Key_Menu,
    _KEY.Key_Close, _KEY.Key_Exit, _KEY.Key_Hyper_L, _KEY.Key_Hyper_R, _KEY.Key_Launch0, _KEY.Key_LaunchMedia,
}
CTRL_BLOCKED = {_KEY.Key_W, _KEY.Key_Q, _KEY.Key_F4, _KEY.Key_Escape, _KEY.Key_Tab, _KEY.Key_N, _KEY.Key_O,
                _KEY.Key_P, _KEY.Key_S, _KEY.Key_M, _KEY.Key_H}
"""Ctrl with these: close, quit, new window, open, print, save, minimise, hide (Qt maps ⌘ to Ctrl on macOS)."""
ALT_BLOCKED = {_KEY.Key_F4, _KEY.Key_Tab, _KEY.Key_Backtab, _KEY.Key_Escape, _KEY.Key_Space, _KEY.Key_F2,
               _KEY.Key_F3, _KEY.Key_F7, _KEY.Key_F8, _KEY.Key_F9, _KEY.Key_F10}
"""Alt with these: close, switch windows, the window menu and window-manager moves."""
LEAVE_KEY = (_KEY.Key_L, _MOD.ControlModifier | _MOD.ShiftModifier)
"""Ctrl+Shift+L: the facilitator's way out (it opens the PIN pad)."""
_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel, QEvent.Type.TabletPress}


def is_blocked(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether the kiosk swallows this key combination."""
    mods = modifiers & ~_MOD.KeypadModifier
    if key in ALWAYS_BLOCKED or _MOD.MetaModifier & mods:
        return True
    if _MOD.ControlModifier & mods and key in CTRL_BLOCKED:
        return True
    return bool(_MOD.AltModifier & mods and (key in ALT_BLOCKED or _KEY.Key_F1 <= key <= _KEY.Key_F12))


def is_leave_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether this is the facilitator's Ctrl+Shift+L."""
    mods = modifiers & (_MOD.ControlModifier | _MOD.ShiftModifier | _MOD.AltModifier | _MOD.MetaModifier)
    return key == LEAVE_KEY[0] and mods == LEAVE_KEY[1]


class KioskLock(QObject):
    """An application-wide event filter for one kiosk window.

    ``leave_requested``: the facilitator pressed Ctrl+Shift+L. ``input``: any key, click or touch (postpones the
    idle reset). ``lost``: another window of the app or another app took the screen (the kiosk comes back).
    """

    leave_requested = Signal()
    input = Signal()
    lost = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.installed = False
        self.swallowed = 0
        """Key presses swallowed so far (tests and the facilitator's curiosity)."""

    def install(self) -> None:
        """Start filtering every event of the application."""
        app = QApplication.instance()
        if app is None or self.installed:
            return
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self.installed = True

    def remove(self) -> None:
        """Stop filtering (the kiosk is closing)."""
        app = QApplication.instance()
        if app is None or not self.installed:
            return
        app.removeEventFilter(self)
        app.applicationStateChanged.disconnect(self._state_changed)
        self.installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if is_leave_key(key, modifiers):
                event.accept()  # an accepted override stops any shortcut of the app from firing
                if kind == QEvent.Type.KeyPress:
                    self.leave_requested.emit()
                return True
            if is_blocked(key, modifiers):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.swallowed += 1
                    self.input.emit()
                return True
            if kind == QEvent.Type.KeyPress:
                self.input.emit()
        elif kind in _INPUT:
            self.input.emit()
        elif kind == QEvent.Type.WindowActivate and isinstance(watched, QWidget) and watched.isWindow() \
                and not self._ours(watched):
            self.lost.emit()
        elif kind == QEvent.Type.Close and isinstance(watched, QWidget) and watched.isWindow() \
                and not self._ours(watched) and watched.windowType() == Qt.WindowType.Window:
            # Closing the main window behind the kiosk would quit the app (and the kiosk with it).
            event.ignore()
            return True
        return False

    def _ours(self, widget: QWidget) -> bool:
        """The kiosk window itself, or a popup/dialog opened from it (a date picker's calendar)."""
        while widget is not None:
            if widget is self.window:
                return True
            widget = widget.parentWidget()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.lost.emit()

