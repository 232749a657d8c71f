"""The run view: timers with an injected clock, the agenda, status, kiosk PIN, check-in, ending the workshop."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from tests.ui import run_support
from tests.ui.run_support import Clock, FakeWindows, make_workshop
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.run_agenda import RunAgendaModel
from workshop_app.ui.run_pin_dialog import KioskPinDialog

# The shared fixtures of the run view's tests.
clock, fake_windows, open_run = run_support.clock, run_support.fake_windows, run_support.open_run


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the gentle signals instead of making a sound."""
    heard: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: heard.append(1)))
    return heard


def test_the_timer_starts_pauses_takes_more_time_and_signals_once_at_the_end(
        qtbot: Any, db: Database, open_run: Any, clock: Clock, beeps: list[int]) -> None:
    workshop, (brainstorm, _vote) = make_workshop(db, "brainstorm", "dot_vote")
    window = open_run(workshop)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    clock_label = window.ui.timer.clock
    assert clock_label.text() == "10:00" and window.workshop.status == "planned"
    assert window.toggle_action.shortcut() == QKeySequence("Space")

    window.ui.agenda.setFocus()
    qtbot.keyClick(window.ui.agenda, Qt.Key.Key_Space)  # Space starts (a planned workshop is now running)
    clock.advance(30)
    window.tick()
    assert clock_label.text() == "09:30" and clock_label.property("state") == "running"
    assert Services.of(db).workshops.get(workshop).status == "running"
    qtbot.keyClick(window.ui.agenda, Qt.Key.Key_Space)  # ... and pauses
    clock.advance(60)
    window.tick()
    assert clock_label.text() == "09:30" and window.ui.timer.start_button.text() == "Resume"

    window.ui.timer.plus_one.click()
    assert clock_label.text() == "10:30"
    window.ui.timer.plus_five.click()
    assert clock_label.text() == "15:30"
    window.toggle_timer()
    clock.advance(15 * 60)
    window.tick()
    assert clock_label.text() == "00:30" and clock_label.property("state") == "warning"
    assert beeps == [] and not window.ui.timer.pulsing
    clock.advance(31)
    window.tick()
    assert clock_label.text() == "-00:01" and clock_label.property("state") == "over"
    assert beeps == [1] and window.ui.timer.pulsing
    assert window.ui.agenda_model.data(window.ui.agenda_model.index(0)).endswith("time is up")
    clock.advance(5)
    window.tick()
    assert beeps == [1]  # once, not on every tick

    window.reset_timer()
    assert clock_label.text() == "10:00" and not window.ui.timer.pulsing
    assert window.session.timer(brainstorm).running is False


def test_clicking_the_agenda_makes_an_activity_current_and_pauses_the_one_before(
        qtbot: Any, db: Database, open_run: Any, clock: Clock) -> None:
    workshop, (brainstorm, vote, feedback) = make_workshop(db, "brainstorm", "dot_vote", "feedback_round")
    window = open_run(workshop)
    window.show()
    qtbot.waitExposed(window)
    assert window.current.id == brainstorm and window.ui.panels.currentWidget() is window.ui.brainstorm
    assert not window.ui.previous_button.isEnabled()
    window.toggle_timer()
    clock.advance(60)

    agenda = window.ui.agenda
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton,
                     pos=agenda.visualRect(window.ui.agenda_model.index(1)).center())
    assert window.current.id == vote and window.ui.panels.currentWidget() is window.ui.voting
    assert not window.session.timer(brainstorm).running
    assert window.ui.agenda_model.data(window.ui.agenda_model.index(1), Qt.ItemDataRole.DisplayRole).startswith("▶")
    assert "paused at 09:00" in window.ui.agenda_model.data(window.ui.agenda_model.index(0))
    assert window.ui.timer.clock.text() == "10:00"

    window.ui.next_button.click()
    assert window.current.id == feedback and not window.ui.next_button.isEnabled()
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.current.id == brainstorm and window.ui.timer.clock.text() == "09:00"


def test_the_status_follows_the_workshop_and_ending_it_is_undoable(db: Database, open_run: Any,
                                                                   dialog_log: Any) -> None:
    workshop, _ = make_workshop(db, "brainstorm")
    window = open_run(workshop)
    combo = window.ui.status_combo
    combo.setCurrentIndex(combo.findData("running"))
    combo.activated.emit(combo.currentIndex())
    assert Services.of(db).workshops.get(workshop).status == "running"

    window.ui.end_button.click()
    assert Services.of(db).workshops.get(workshop).status == "done"
    assert "merge feature" in window.ui.info.text()
    assert dialog_log.messages == []  # no modal box in the facilitator's way
    window.undo_action.trigger()
    assert Services.of(db).workshops.get(workshop).status == "running"
    assert combo.currentData() == "running"


def test_the_kiosk_needs_a_pin_of_four_to_eight_digits(qtbot: Any, db: Database, open_run: Any,
                                                       fake_windows: FakeWindows,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    workshop, (vote,) = make_workshop(db, "dot_vote")
    window = open_run(workshop)
    pins = Services.of(db).kiosk_pins
    asked: list[KioskPinDialog] = []
    monkeypatch.setattr(KioskPinDialog, "exec", lambda self: asked.append(self) or 0)
    window.ui.voting.kiosk_button.click()
    assert len(asked) == 1 and fake_windows.kiosks == []  # no PIN yet: asked for one, no kiosk

    dialog = KioskPinDialog(pins, workshop)
    qtbot.addWidget(dialog)
    dialog.pin_edit.setText("123")
    dialog.again_edit.setText("123")
    assert not dialog.save() and "4 to 8 digits" in dialog.error_label.text()
    dialog.pin_edit.setText("2468")
    dialog.again_edit.setText("2469")
    assert not dialog.save() and not pins.has_kiosk_pin(workshop)
    dialog.again_edit.setText("2468")
    assert dialog.save() and pins.has_kiosk_pin(workshop)
    assert pins.guard(workshop).attempt("2468").ok

    window.ui.voting.kiosk_button.click()
    assert fake_windows.kiosks == [{"workshop_id": workshop, "activity_id": vote, "resume_response_id": None}]
    assert Services.of(db).workshops.get(workshop).status == "running"


def test_check_in_goes_to_the_participants_section_for_this_workshop(qtbot: Any, main_window: Any) -> None:
    from workshop_app.ui.run_window import open_run_window, open_run_windows

    service = main_window.workshop_service
    first = service.create("Tuesday listening session")
    service.add_activity(first.id, "brainstorm")
    service.create("Another workshop")
    main_window.workshops_view.select_workshop(first.id)
    main_window.workshops_view.editor.run_button.click()
    windows = open_run_windows()
    assert [w.workshop_id for w in windows] == [first.id]
    run = windows[0]
    assert open_run_window(main_window, main_window.db, None, first.id) is run  # one run view per workshop
    run.ui.checkin_button.click()
    page = main_window.pages.currentWidget()
    assert type(page).__name__ == "ParticipantsPage"
    assert page.tabs.currentWidget() is page.checkin and page.checkin.workshop_id() == first.id
    main_window.close()
    assert open_run_windows() == []  # the run view closes with its database


def test_every_interactive_widget_has_an_accessible_name(db: Database, open_run: Any) -> None:
    workshop, _ = make_workshop(db, "survey", "brainstorm", "dot_vote", "feedback_round")
    window = open_run(workshop)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in window.findChildren(QWidget)
               if isinstance(w, kinds) and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
               and not _inside_composite(w)]
    assert unnamed == []


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def test_the_agenda_model_is_a_sound_item_model(qtmodeltester: Any, db: Database) -> None:
    workshop, _ = make_workshop(db, "survey", "brainstorm", "dot_vote")
    data = Services.of(db).workshops.get(workshop)
    model = RunAgendaModel()
    model.set_activities(data.activities, 1)
    model.set_clock(data.activities[0].id, "04:00 left")
    qtmodeltester.check(model)
    assert "04:00 left" in model.data(model.index(0)) and model.data(model.index(1)).startswith("▶ 2. Brainstorm")
