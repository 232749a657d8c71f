"""Nobody leaves the kiosk but the facilitator with the PIN: keys, closing, hiding, other windows, slow guessing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.ui import kiosk_pin_pad
from workshop_app.ui.kiosk_lock import is_blocked
from workshop_app.ui.kiosk_window import CORNER_TAPS, KioskWindow

from .kiosk_support import PIN, Clock, click, clock, kiosks, make_setup, open_kiosk

__all__ = ["clock", "kiosks"]  # the fixtures, imported for pytest

pytestmark = pytest.mark.reliability

ALT, CTRL, SHIFT = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier,
                    Qt.KeyboardModifier.ShiftModifier)



def _kiosk(qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow], kind: str = "survey") -> KioskWindow:
    window = open_kiosk(qtbot, make_setup(db, kind), clock)
    kiosks.append(window)
    return window


def test_esc_alt_f4_and_closing_do_not_leave_the_kiosk(qtbot: Any, db: Database, clock: Clock,
                                                        kiosks: list[KioskWindow]) -> None:
    window = _kiosk(qtbot, db, clock, kiosks)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    target = window.page.welcome.start
    for key, modifiers in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F4, ALT),
                           (Qt.Key.Key_W, CTRL), (Qt.Key.Key_Q, CTRL), (Qt.Key.Key_Tab, ALT),
                           (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Super_L,
                                                                              Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(target, key, modifiers)
    assert window.lock.swallowed == 7
    assert not window.close()  # what Alt+F4 and the window manager's close button do
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible() and window.isFullScreen() and not closed


def test_a_shortcut_that_would_leave_does_not_fire_while_the_kiosk_runs(
        qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow]) -> None:
    window = _kiosk(qtbot, db, clock, kiosks)
    fired: list[str] = []
    for keys in ("Ctrl+W", "Ctrl+Q", "Esc"):  # as a screen's "close" or the main window's "quit" would have
        QShortcut(QKeySequence(keys), window, lambda k=keys: fired.append(k))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key, modifiers in ((Qt.Key.Key_W, CTRL), (Qt.Key.Key_Q, CTRL),
                           (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window.page.welcome.start, key, modifiers)
    assert fired == [] and window.running
    window.shut_down()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.page.welcome.start, Qt.Key.Key_W, CTRL)
    assert fired == ["Ctrl+W"]  # the lock is gone with the kiosk


def test_the_kiosk_takes_the_screen_back_when_hidden_or_minimised(qtbot: Any, db: Database, clock: Clock,
                                                                  kiosks: list[KioskWindow]) -> None:
    window = _kiosk(qtbot, db, clock, kiosks)
    window.hide()
    qtbot.waitUntil(lambda: window.isVisible() and window.reclaims >= 1, timeout=3000)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isFullScreen() and window.reclaims >= 2, timeout=3000)


def test_wrong_pins_slow_down_and_the_right_pin_closes(qtbot: Any, db: Database, clock: Clock,
                                                       kiosks: list[KioskWindow]) -> None:
    window = _kiosk(qtbot, db, clock, kiosks)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(window.page.welcome.start, Qt.Key.Key_L, CTRL | SHIFT)
    pad = window.pin_pad
    assert window.stack.currentWidget() is pad and pad.isVisible()
    for _ in range(3):  # three wrong tries are answered at once
        QTest.keyClicks(pad.field, "1111")
        qtbot.keyClick(pad.field, Qt.Key.Key_Return)
        assert pad.message.text() == "Wrong PIN. Try again." and not pad.waiting
    QTest.keyClicks(pad.field, "9999")
    qtbot.keyClick(pad.field, Qt.Key.Key_Return)
    assert pad.waiting and pad.message.text() == "Wrong PIN. Try again in 2 s."
    assert not pad.field.isEnabled() and not any(key.isEnabled() for key in pad.keys)
    pad.submitted.emit(PIN)  # even the right PIN is not looked at during the wait
    assert window.running and not closed
    clock.advance(2.5)
    window.tick()
    assert not pad.waiting and pad.field.isEnabled()
    for digit in PIN:  # the big keys, by mouse
        click(qtbot, next(key for key in pad.keys if key.text() == digit))
    click(qtbot, next(key for key in pad.keys if key.text() == "OK"))
    assert closed == [True] and not window.isVisible() and not window.lock.installed


def test_the_hidden_corner_opens_the_pin_pad_and_it_closes_itself_unused(qtbot: Any, db: Database, clock: Clock,
                                                                         kiosks: list[KioskWindow]) -> None:
    window = _kiosk(qtbot, db, clock, kiosks)
    corner = window.corner
    assert corner.geometry().topRight().x() == window.width() - 1 and corner.y() == 0
    for _ in range(CORNER_TAPS - 1):
        qtbot.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert window.stack.currentWidget() is window.page
    qtbot.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert window.stack.currentWidget() is window.pin_pad
    clock.advance(31)
    window.tick()
    assert window.stack.currentWidget() is window.page and window.running


def test_a_workshop_without_a_pin_gets_one_before_the_kiosk_starts(qtbot: Any, db: Database, clock: Clock,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    setup = make_setup(db, pin=None)
    window = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=setup.activity_id, clock=clock)
    qtbot.addWidget(window)
    monkeypatch.setattr(kiosk_pin_pad, "ask_new_pin", lambda _parent: None)
    assert not window.start() and not window.isVisible()  # the facilitator cancelled: no kiosk
    monkeypatch.setattr(kiosk_pin_pad, "ask_new_pin", lambda _parent: "1357")
    assert window.start()
    assert Services.of(db).kiosk_pins.has_kiosk_pin(setup.workshop_id)
    assert window.page.session.pin_guard is window.pin_guard
    assert window.unlock("1357") and not window.isVisible()


def test_items_the_kiosk_cannot_run_are_refused_with_a_sentence(db: Database) -> None:
    setup = make_setup(db, "stakeholder_mapping")
    with pytest.raises(UserError, match="stakeholder map"):
        KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=setup.activity_id)
    services = Services.of(db)
    empty = services.workshops.add_activity(setup.workshop_id, "survey")
    with pytest.raises(UserError, match="Choose which survey"):
        KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=empty.id)
    other = make_setup(db, "brainstorm")
    with pytest.raises(UserError, match="another workshop"):
        KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=other.activity_id)


@pytest.mark.parametrize(("key", "modifiers", "blocked"), [
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, True), (Qt.Key.Key_F4, ALT, True),
    (Qt.Key.Key_Tab, ALT, True), (Qt.Key.Key_W, CTRL, True), (Qt.Key.Key_D, Qt.KeyboardModifier.MetaModifier, True),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, False), (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, False),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, False), (Qt.Key.Key_V, CTRL, False),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier, False)])
def test_which_keys_are_swallowed(key: Qt.Key, modifiers: Qt.KeyboardModifier, blocked: bool) -> None:
    assert is_blocked(key, modifiers) is blocked
