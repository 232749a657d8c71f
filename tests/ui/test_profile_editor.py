"""The profile question editor: add, rename side by side per language, reorder, delete, and undo of each."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY
from workshop_app.db.database import Database
from workshop_app.ui import dialogs
from workshop_app.ui.participants_page import ParticipantsPage
from workshop_app.ui.profile_editor_dialog import ProfileEditorDialog
from workshop_app.ui.profile_editor_model import slug

from .participants_support import make_page, stack_of, type_text


@pytest.fixture
def page(qtbot: Any, db: Database) -> ParticipantsPage:
    return make_page(qtbot, db)


@pytest.fixture
def editor(page: ParticipantsPage, qtbot: Any) -> Any:
    ctx = page.context()
    assert ctx is not None
    dialog = ProfileEditorDialog(stack_of(page), ctx, "en", page)
    dialog.show()
    yield dialog
    dialog.reject()


def names(page: ParticipantsPage) -> list[str]:
    return [q.name for q in page.services.profiles.questions()]


def test_a_question_is_added_from_its_label_and_undone(
    page: ParticipantsPage, editor: ProfileEditorDialog, qtbot: Any
) -> None:
    qtbot.keyClicks(editor.new_question_edit, "Housing situation")
    qtbot.keyClick(editor.new_question_edit, Qt.Key.Key_Return)
    question = editor.current_question()
    assert question is not None and question.name == "housing_situation"
    assert question.codes == (PREFER_NOT_TO_SAY,), "every question starts with “Prefer not to say”"
    assert page.checkin.form.profile.combo("housing_situation").count() == 2, "the door form follows"

    type_text(editor.new_choice_edit, "Renting")
    qtbot.keyClick(editor.new_choice_edit, Qt.Key.Key_Return)
    qtbot.wait(1)
    assert page.services.profiles.questions()[-1].codes == ("renting", PREFER_NOT_TO_SAY)

    stack_of(page).undo()
    stack_of(page).undo()
    assert "housing_situation" not in names(page)
    stack_of(page).redo()
    assert "housing_situation" in names(page)


def test_labels_sit_side_by_side_per_language_and_rename_with_undo(
    page: ParticipantsPage, editor: ProfileEditorDialog, qtbot: Any, qtmodeltester: Any
) -> None:
    model = editor.choice_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Code", "English", "Portuguese"]
    qtmodeltester.check(model)
    qtmodeltester.check(editor.question_model)
    index = model.index(0, 2)
    assert index.data() == "Menos de 18"
    assert model.setData(index, "Com menos de 18 anos")
    qtbot.wait(1)
    age = page.services.profiles.questions()[0]
    assert age.choices[0].labels == {"en": "Under 18", "pt": "Com menos de 18 anos"}
    stack_of(page).undo()
    assert page.services.profiles.questions()[0].choices[0].labels["pt"] == "Menos de 18"

    label = editor._label_edits["pt"]
    label.selectAll()
    type_text(label, "Idade")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert page.services.profiles.questions()[0].labels == {"en": "Age group", "pt": "Idade"}


def test_another_language_gets_a_column(editor: ProfileEditorDialog, qtbot: Any) -> None:
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("ar"))
    editor.add_language()
    assert editor.choice_model.headerData(3, Qt.Orientation.Horizontal) == "Arabic"
    index = editor.choice_model.index(0, 3)
    assert index.data() == "(missing)"
    assert editor.choice_model.setData(index, "أقل من 18")
    qtbot.wait(1)
    assert editor.current_question() is not None
    assert editor.current_question().choices[0].labels["ar"] == "أقل من 18"


def test_prefer_not_to_say_cannot_be_deleted(page: ParticipantsPage, editor: ProfileEditorDialog) -> None:
    last = editor.choice_model.rowCount() - 1
    editor.choice_table.selectRow(last)
    assert editor.current_choice() is not None and editor.current_choice().code == PREFER_NOT_TO_SAY
    assert not editor.delete_choice()
    assert "Prefer not to say" in editor.message.text()
    assert PREFER_NOT_TO_SAY in page.services.profiles.questions()[0].codes


def test_an_answer_someone_gave_cannot_be_deleted_but_an_unused_one_can(
    page: ParticipantsPage, editor: ProfileEditorDialog
) -> None:
    page.services.participants.register(profile={"age_band": "under_18"}, recorded_by="Ana")
    editor.choice_table.selectRow(0)
    assert not editor.delete_choice()
    assert "cannot be deleted" in editor.message.text()
    editor.choice_table.selectRow(1)
    assert editor.delete_choice()
    assert "18_29" not in page.services.profiles.questions()[0].codes
    stack_of(page).undo()
    assert page.services.profiles.questions()[0].codes[1] == "18_29"


def test_questions_move_and_delete_with_undo(
    page: ParticipantsPage, editor: ProfileEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = names(page)
    editor.question_list.setCurrentIndex(editor.question_model.index(1))
    editor.question_up.click()
    assert names(page)[:2] == [before[1], before[0]]
    stack_of(page).undo()
    assert names(page) == before

    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    editor.question_list.setCurrentIndex(editor.question_model.index(0))
    assert editor.delete_question()
    assert names(page) == before[1:]
    assert "age_band" not in {q.name for q in editor._questions}
    stack_of(page).undo()
    assert names(page) == before


def test_slug_makes_stable_names() -> None:
    assert slug("Housing situation", set(), "question") == "housing_situation"
    assert slug("Housing situation", {"housing_situation"}, "question") == "housing_situation_2"
    assert slug("Situação de habitação", set(), "question") == "situacao_de_habitacao"
    assert slug("السكن", set(), "question") == "question"
    assert slug("60+", set(), "answer") == "answer_60"
