"""The People tab: the list, search, personal data kept hidden, edits with undo/redo, consent, delete and erasure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QStackedWidget, QWidget

from workshop_app.core.erasure import audit_log
from workshop_app.core.participant_rules import PHOTOS, TAKE_PART, ProfileValue
from workshop_app.db.database import Database
from workshop_app.settings import load_settings
from workshop_app.ui import dialogs
from workshop_app.ui.erasure_dialog import ErasureDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.participants_model import ParticipantTableModel
from workshop_app.ui.participants_page import ParticipantsPage
from workshop_app.ui.sections import DatabasePage

from .participants_support import RECORDER, demo_database, make_page, row_of_code, stack_of, type_text


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    database = demo_database(tmp_path / "demo.sqlite")
    yield database
    database.close()


@pytest.fixture
def page(qtbot: Any, demo: Database) -> ParticipantsPage:
    return make_page(qtbot, demo)


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    """Replace a line's text as a person does, ending with Return (which commits it)."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def select(page: ParticipantsPage, code: str) -> str:
    row = row_of_code(page, code)
    assert row >= 0, code
    page.people.table.selectRow(row)
    pid = page.people.model.summary(row).id
    assert page.people.detail.current_id == pid
    return pid


def test_the_section_is_a_database_page_in_the_window(main_window: MainWindow) -> None:
    page = main_window.pages.widget(1)
    assert isinstance(page, ParticipantsPage) and isinstance(page, DatabasePage)
    assert page.services is not None, "the window handed it the open database"
    assert page.services.profiles.questions(), "a new database gets the default profile questions"


def test_the_list_shows_codes_and_names_only_when_asked(page: ParticipantsPage, qtbot: Any) -> None:
    people, header = page.people, page.people.table.horizontalHeader()
    assert people.model.rowCount() == 60 and people.count_label.text() == "60 participants listed"
    assert header.isSectionHidden(ParticipantTableModel.NAME)
    assert all(not people.model.summary(r).name for r in range(60)), "names are not even read"
    row = row_of_code(page, "P-0002")
    consent = people.model.index(row, ParticipantTableModel.CONSENT).data()
    assert "✓ Take part" in consent and "✓ Contact" in consent and "✗ Photos" in consent

    page.personal_box.setChecked(True)
    assert not header.isSectionHidden(ParticipantTableModel.NAME)
    assert people.model.index(row, ParticipantTableModel.NAME).data() == "Наталія Мельник"
    select(page, "P-0002")
    assert people.detail.name_edit.text() == "Наталія Мельник" and people.detail.name_edit.isVisibleTo(page)


def test_leaving_the_section_hides_personal_data_again(qtbot: Any, demo: Database) -> None:
    page = make_page(qtbot, demo)
    stack = QStackedWidget()
    qtbot.addWidget(stack)  # closed after the page
    other = QWidget()
    stack.addWidget(page)
    stack.addWidget(other)
    stack.show()
    page.personal_box.setChecked(True)
    stack.setCurrentWidget(other)
    assert not page.personal_box.isChecked()
    assert page.people.table.horizontalHeader().isSectionHidden(ParticipantTableModel.NAME)
    stack.removeWidget(page)  # qtbot holds widgets weakly: the page must outlive the local container
    page.setParent(None)


def test_search_by_code_and_by_name_only_with_personal_data(page: ParticipantsPage, qtbot: Any) -> None:
    people = page.people
    qtbot.keyClicks(people.search, "p-0007")
    assert [people.model.summary(r).code for r in range(people.model.rowCount())] == ["P-0007"]
    assert people.detail.data is not None and people.detail.data.code == "P-0007"
    people.search.clear()
    qtbot.keyClicks(people.search, "melnyk")
    assert people.model.rowCount() == 0, "a name is not searched while personal data is hidden"
    page.personal_box.setChecked(True)
    people.search.clear()
    type_text(people.search, "Мельник")
    assert [people.model.summary(r).code for r in range(people.model.rowCount())] == ["P-0002"]


def test_edit_code_and_notes_with_undo_and_redo(page: ParticipantsPage, qtbot: Any) -> None:
    pid = select(page, "P-0003")
    detail, stack, service = page.people.detail, stack_of(page), page.services.participants
    type_into(qtbot, detail.code_edit, "p-300")
    assert service.get(pid).code == "P-0300", "typed codes are written the one way"
    assert detail.code_title.text() == "P-0300"
    detail.notes_edit.setFocus()
    qtbot.keyClicks(detail.notes_edit, "Needs an interpreter (Arabic)")
    detail.commit_pending()
    assert service.get(pid).notes == "Needs an interpreter (Arabic)"

    stack.undo()
    assert service.get(pid).notes == ""
    stack.undo()
    assert service.get(pid).code == "P-0003" and detail.code_edit.text() == "P-0003"
    stack.redo()
    assert service.get(pid).code == "P-0300" and page.people.model.summary(row_of_code(page, "P-0300")).id == pid


def test_a_code_already_taken_is_refused_with_the_services_sentence(page: ParticipantsPage, qtbot: Any) -> None:
    pid = select(page, "P-0003")
    type_into(qtbot, page.people.detail.code_edit, "P-0004")
    assert page.services.participants.get(pid).code == "P-0003"
    assert page.people.detail.message.text() == "P-0004 is already the code of another participant."
    assert page.people.detail.code_edit.text() == "P-0003"


def test_personal_data_edits_undo_and_a_10000_character_name_is_refused_not_lost(
    page: ParticipantsPage, qtbot: Any
) -> None:
    page.personal_box.setChecked(True)
    pid = select(page, "P-0001")
    detail, service = page.people.detail, page.services.participants
    type_into(qtbot, detail.name_edit, "Amal 🌷 أمل")
    type_into(qtbot, detail.contact_edit, "+351 912 000 111")
    data = service.get(pid, personal=True)
    assert (data.name, data.contact) == ("Amal 🌷 أمل", "+351 912 000 111")
    assert page.people.model.index(row_of_code(page, "P-0001"), ParticipantTableModel.NAME).data() == "Amal 🌷 أمل"

    essay = "x" * 10_000
    detail.name_edit.setText(essay)
    detail.name_edit.setModified(True)
    detail.commit_pending()
    assert detail.message.text() == "A name can have at most 300 characters; this one has 10,000."
    assert detail.name_edit.text() == essay, "what was typed stays to be shortened"
    assert service.get(pid, personal=True).name == "Amal 🌷 أمل", "the stored name is untouched"

    stack_of(page).undo()  # name and contact edits of one person merge into one step
    assert not service.get(pid).has_personal_data


def test_profile_answers_change_and_undo(page: ParticipantsPage, qtbot: Any) -> None:
    pid = select(page, "P-0001")
    profile, service = page.people.detail.profile, page.services.participants
    before = service.get(pid).profile.get("employment")
    combo = profile.combo("employment")
    combo.setCurrentIndex(combo.findData("prefer_not_to_say"))
    combo.activated.emit(combo.currentIndex())
    assert service.get(pid).profile["employment"] == ProfileValue("prefer_not_to_say")
    gender = profile.combo("gender")
    gender.setCurrentIndex(gender.findData("self_described"))
    gender.activated.emit(gender.currentIndex())
    own = profile.own_words_edit("gender")
    assert own is not None and own.isVisibleTo(page)
    type_into(qtbot, own, "Agender")
    assert service.get(pid).profile["gender"] == ProfileValue("self_described", "Agender")
    stack_of(page).undo()
    stack_of(page).undo()
    stack_of(page).undo()
    assert service.get(pid).profile.get("employment") == before


def test_consent_withdraw_is_recorded_and_undone(page: ParticipantsPage) -> None:
    pid = select(page, "P-0005")
    detail, consents = page.people.detail, page.services.consents
    assert not detail.refusal.isVisibleTo(page)
    detail.consent.buttons[TAKE_PART].click()
    assert not consents.current(pid)[TAKE_PART].active
    [record] = [r for r in consents.history(pid) if r.purpose == TAKE_PART]
    assert record.withdrawn_at is not None and record.withdrawn_recorded_by == RECORDER, "recorded, not deleted"
    assert detail.refusal.isVisibleTo(page)
    assert detail.refusal.text() == "P-0005 has not consented to take part, so no answers can be recorded for them."
    assert "withdrawn" in detail.consent.history.text()
    assert "✗ Take part" in page.people.model.index(row_of_code(page, "P-0005"), ParticipantTableModel.CONSENT).data()

    stack_of(page).undo()
    assert consents.current(pid)[TAKE_PART].active and not detail.refusal.isVisibleTo(page)
    stack_of(page).redo()
    assert not consents.current(pid)[TAKE_PART].active


def test_consent_given_is_recorded_with_who_and_undone(page: ParticipantsPage) -> None:
    pid = select(page, "P-0001")
    consents = page.services.consents
    page.people.detail.consent.buttons[PHOTOS].click()
    state = consents.current(pid)[PHOTOS]
    assert state.active and state.latest is not None and state.latest.recorded_by == RECORDER
    assert page.people.detail.consent.buttons[PHOTOS].text() == "Withdraw"
    stack_of(page).undo()
    assert consents.current(pid)[PHOTOS].status == "never"


def test_who_records_is_asked_once_and_saved(qtbot: Any, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: asked.append("x") or ("Rui", True)))
    page = make_page(qtbot, demo, user_name="")
    pid = select(page, "P-0001")
    page.people.detail.consent.buttons[PHOTOS].click()
    page.people.detail.consent.buttons[PHOTOS].click()
    assert len(asked) == 1
    assert [r.recorded_by for r in page.services.consents.history(pid) if r.purpose == PHOTOS] == ["Rui"]
    assert load_settings().user_name == "Rui"


def test_delete_a_registration_made_by_mistake_and_undo(
    page: ParticipantsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    pid = select(page, "P-0010")
    page.people.detail.delete_button.click()
    assert row_of_code(page, "P-0010") < 0 and page.people.model.rowCount() == 59
    stack_of(page).undo()
    assert page.services.participants.get(pid).code == "P-0010"
    assert page.people.detail.current_id == pid, "undo brings the person back into view"


def test_erasure_removes_the_person_for_good_and_clears_undo(
    page: ParticipantsPage, monkeypatch: pytest.MonkeyPatch, demo: Database
) -> None:
    page.personal_box.setChecked(True)
    pid = select(page, "P-0002")
    page.people.detail.consent.buttons[PHOTOS].click()  # something on the undo stack that names them
    assert stack_of(page).count() == 1
    shown: list[ErasureDialog] = []

    def accept(dialog: ErasureDialog) -> int:
        shown.append(dialog)
        assert dialog.answers() == "erase", "erasing their answers is the default"
        assert dialog.cancel_button.isDefault()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ErasureDialog, "exec", accept)
    page.people.detail.erase_button.click()

    assert shown and page.services.participants.search("Мельник", personal=True) == []
    assert row_of_code(page, "P-0002") < 0
    [entry] = audit_log(demo)
    assert entry.action == "erase_participant" and entry.by == RECORDER and entry.details["answers"] == "erase"
    assert stack_of(page).count() == 0 and not stack_of(page).canUndo()
    assert "undo history was cleared" in page.people.notice.text()
    assert page.people.detail.current_id != pid


def test_cancelling_the_erasure_changes_nothing(page: ParticipantsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = select(page, "P-0002")
    monkeypatch.setattr(ErasureDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    page.people.detail.erase_button.click()
    assert page.services.participants.get(pid).code == "P-0002"


def test_keeping_answers_anonymously_is_a_choice_in_the_dialog(
    page: ParticipantsPage, monkeypatch: pytest.MonkeyPatch, demo: Database
) -> None:
    select(page, "P-0004")

    def keep(dialog: ErasureDialog) -> int:
        dialog.keep_radio.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ErasureDialog, "exec", keep)
    page.people.detail.erase_button.click()
    [entry] = audit_log(demo)
    assert entry.details["answers"] == "anonymise"


def test_the_participant_model_passes_the_model_tester(page: ParticipantsPage, qtmodeltester: Any) -> None:
    page.personal_box.setChecked(True)
    qtmodeltester.check(page.people.model)


def test_every_interactive_widget_has_an_accessible_name(page: ParticipantsPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    select(page, "P-0001")
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    nameless = [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(page)
                and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
                and not (isinstance(w, QAbstractButton) and w.text())
                and w.parent() is not None and type(w.parent()).__name__ not in ("QComboBox", "QTabBar")]
    assert nameless == []
