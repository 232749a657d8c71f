"""The Check-in tab: registering people at the door with the keyboard only, checking in known people, undo."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.core.participant_rules import BE_CONTACTED, PHOTOS, TAKE_PART, ProfileValue
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.ui.checkin_view import door_order
from workshop_app.ui.participants_page import CHECKIN_TAB, ParticipantsPage

from .participants_support import RECORDER, demo_database, make_page, stack_of, type_text

# The door's budget is ~20 s per person for a practised facilitator; the app's own share must be tiny.
APP_SECONDS_PER_PERSON = 2.0


@pytest.fixture
def door(qtbot: Any, db: Database) -> tuple[ParticipantsPage, str]:
    """An empty database with a running workshop, the page shown on the Check-in tab."""
    service = WorkshopService(db)
    service.create("Older people and online services", status="done")
    workshop = service.create("Skills for the digital economy — listening session", status="running")
    page = make_page(qtbot, db, show=True)
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page, workshop.id


def focused(page: ParticipantsPage) -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None and page.isAncestorOf(widget)
    return widget


def press(qtbot: Any, page: ParticipantsPage, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(page), key)


def test_five_people_registered_at_the_door_with_the_keyboard_only(
    door: tuple[ParticipantsPage, str], qtbot: Any
) -> None:
    page, workshop = door
    form, view, service = page.checkin.form, page.checkin, page.services.participants
    assert view.workshop_id() == workshop, "the running workshop is chosen"
    assert focused(page) is form.name_edit, "the cursor waits in the first field"
    people = [
        # (name typed, contact typed, tick "be contacted", tick photos, untick "take part")
        ("Maria Silva", "912 345 678", True, True, False),
        ("", "", False, True, False),
        ("Fatima Zahra فاطمة الزهراء", "", False, False, False),  # refuses photos
        ("Олена Коваль 🌻", "+380 67 123 4567", True, True, False),
        ("", "", False, False, True),  # no consent to take part
    ]
    codes = []
    for name, contact, contacted, photos, refuses in people:
        start = time.perf_counter()
        type_text(focused(page), name)
        press(qtbot, page, Qt.Key.Key_Tab)
        type_text(focused(page), contact)
        press(qtbot, page, Qt.Key.Key_Tab)  # on "takes part"
        if refuses:
            press(qtbot, page, Qt.Key.Key_Space)
        press(qtbot, page, Qt.Key.Key_Tab)  # on "may be contacted"
        if contacted:
            press(qtbot, page, Qt.Key.Key_Space)
        press(qtbot, page, Qt.Key.Key_Tab)  # on "photos"
        if photos:
            press(qtbot, page, Qt.Key.Key_Space)
        press(qtbot, page, Qt.Key.Key_Return)
        assert time.perf_counter() - start < APP_SECONDS_PER_PERSON
        code = view.banner_code.text()
        codes.append(code)
        assert view.banner.isVisibleTo(page) and view.banner_text.text() == "— write this on the name badge."
        assert form.name_edit.text() == "" and form.consent_boxes[TAKE_PART].isChecked(), "ready for the next"
        assert focused(page) is form.name_edit

    assert codes == ["P-0001", "P-0002", "P-0003", "P-0004", "P-0005"]
    checked_in = service.attendance(workshop)
    assert [c.code for c in checked_in] == codes
    by_code = {s.code: s for s in service.list(personal=True)}
    for code, (name, contact, contacted, photos, refuses) in zip(codes, people, strict=True):
        person = service.get(by_code[code].id, personal=True)
        assert (person.name, person.contact) == (name, contact), "names in any script come back as typed"
        assert person.has_personal_data == bool(name or contact)
        states = person.consents
        assert states[TAKE_PART].active is not refuses
        assert states[BE_CONTACTED].active is contacted and states[PHOTOS].active is photos
        for state in states.values():
            assert state.latest is None or state.latest.recorded_by == RECORDER
    refusal = "P-0005 has not consented to take part, so no answers can be recorded for them."
    assert view.banner_refusal.text() == refusal
    assert view.model.rowCount() == 5 and view.model.summary(0).code == "P-0005", "newest first"


def test_optional_profile_questions_are_collapsed_and_saved_when_given(
    door: tuple[ParticipantsPage, str], qtbot: Any
) -> None:
    page, _workshop = door
    form = page.checkin.form
    assert not form.profile.isVisibleTo(page)
    form.more_button.click()
    assert form.profile.isVisibleTo(page)
    combo = form.profile.combo("age_band")
    combo.setCurrentIndex(combo.findData("60_74"))
    combo.activated.emit(combo.currentIndex())
    page.checkin.register()
    [person] = page.services.participants.list()
    assert page.services.participants.get(person.id).profile == {"age_band": ProfileValue("60_74")}
    assert not form.profile.isVisibleTo(page) and form.profile.values() == {}, "cleared for the next person"


def test_a_10000_character_name_is_refused_with_a_sentence_and_nothing_is_lost(
    door: tuple[ParticipantsPage, str], qtbot: Any
) -> None:
    page, _workshop = door
    form = page.checkin.form
    essay = "Maria " * 1666 + "Silv"
    form.name_edit.setText(essay)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert page.checkin.message.text() == "A name can have at most 300 characters; this one has 10,000."
    assert form.name_edit.text() == essay, "the typed name stays to be shortened"
    assert page.services.participants.list() == [] and stack_of(page).count() == 0


def test_registering_can_be_undone_and_redone_with_the_same_code(door: tuple[ParticipantsPage, str]) -> None:
    page, workshop = door
    page.checkin.register()
    assert page.checkin.banner_code.text() == "P-0001"
    stack_of(page).undo()
    assert page.services.participants.list() == [] and page.checkin.model.rowCount() == 0
    assert not page.checkin.banner.isVisibleTo(page), "no code announced for someone no longer registered"
    stack_of(page).redo()
    assert [c.code for c in page.services.participants.attendance(workshop)] == ["P-0001"]


def test_someone_already_registered_is_checked_in_by_number_and_enter(
    qtbot: Any, tmp_path: Path
) -> None:
    db = demo_database(tmp_path / "demo.sqlite")
    try:
        page = make_page(qtbot, db)
        view = page.checkin
        workshop = view.workshop_id()
        assert workshop is not None and page.services.participants.attendance(workshop) == []
        qtbot.keyClicks(view.search, "7")
        assert view.model.rowCount() >= 1, "matches show while typing"
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert [c.code for c in page.services.participants.attendance(workshop)] == ["P-0007"]
        assert view.banner_code.text() == "P-0007" and view.search.text() == ""
        assert view.model.rowCount() == 1 and view.model.summary(0).checked_in_at is not None

        qtbot.keyClicks(view.search, "p-0007")
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert view.message.text() == "P-0007 is already checked in to this workshop."

        view.search.clear()
        view.table.selectRow(0)
        view.remove_button.click()
        assert page.services.participants.attendance(workshop) == []
        stack_of(page).undo()
        assert [c.code for c in page.services.participants.attendance(workshop)] == ["P-0007"]
        stack_of(page).undo()
        assert page.services.participants.attendance(workshop) == []
        stack_of(page).redo()
        assert [c.code for c in page.services.participants.attendance(workshop)] == ["P-0007"]
    finally:
        db.close()


def test_running_workshops_come_first_then_planned_then_done(door: tuple[ParticipantsPage, str]) -> None:
    page, workshop = door
    combo = page.checkin.workshop_combo
    assert combo.itemData(0) == workshop and "(Running)" in combo.itemText(0)
    assert combo.itemData(combo.count() - 1) is None, "registering without a workshop is possible"
    statuses = [w.status for w in door_order(WorkshopService(page.services.participants.db).list())]
    assert statuses == sorted(statuses, key=["running", "planned", "done"].index)


def test_the_checkin_model_passes_the_model_tester(door: tuple[ParticipantsPage, str], qtmodeltester: Any) -> None:
    page, _workshop = door
    page.checkin.register()
    page.checkin.register()
    qtmodeltester.check(page.checkin.model)


def test_tab_goes_down_the_door_form_then_to_the_list(door: tuple[ParticipantsPage, str], qtbot: Any) -> None:
    page, _workshop = door
    form, view = page.checkin.form, page.checkin
    expected = [form.contact_edit, *form.consent_boxes.values(), form.more_button, form.register_button,
                view.search, view.table]
    for widget in expected:
        press(qtbot, page, Qt.Key.Key_Tab)
        assert focused(page) is widget
