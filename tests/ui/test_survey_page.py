"""The Surveys section: templates, building, saving (and versions), undo, unsaved changes, the Edit menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QCloseEvent

from workshop_app.core.surveys import SurveyService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.question_relevance import RelevanceDialog

from . import survey_support as support
from .conftest import DialogLog
from .survey_support import answer_unsaved, new_survey, surveys_page


@pytest.fixture
def survey_window(qtbot: Any, existing_db_path: Path) -> Iterator[MainWindow]:
    """The window on an empty database, Surveys shown."""
    window = support.survey_window(qtbot, existing_db_path)
    yield window
    support.close_window(window)


@pytest.fixture
def demo_window(qtbot: Any, existing_db_path: Path) -> Iterator[MainWindow]:
    """The window on the demo database."""
    window = support.demo_window(qtbot, existing_db_path)
    yield window
    support.close_window(window)


def service(window: MainWindow) -> SurveyService:
    assert window.db is not None
    return SurveyService(window.db)


def type_label(page: Any, language: str, text: str) -> None:
    """Type a label in the property panel, in ``language``."""
    editor = page.builder.editor
    editor.set_language(language)
    editor.label_edit.setFocus()
    editor.label_edit.selectAll()
    editor.label_edit.insertPlainText(text)  # as typing does: the text changes, one edit at a time


def test_a_survey_from_a_template_built_on_and_saved(survey_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                     qtbot: Any) -> None:
    page = surveys_page(survey_window)
    survey_id = new_survey(page, monkeypatch, title="Digital skills — listening session")
    builder = page.builder
    assert builder.doc.form is not None and builder.doc.form.title == "Digital skills — listening session"
    assert page.model.rowCount() == 1 and not builder.doc.is_modified()

    builder.select_by_name("followed_language")
    choice = builder.add_question("select_one")
    type_label(page, "en", "Did you come with someone?")
    type_label(page, "pt", "Veio acompanhado/a?")
    text = builder.add_question("text")
    type_label(page, "en", "Who came with you?")
    type_label(page, "pt", "Quem veio consigo?")

    def pick(dialog: RelevanceDialog) -> int:
        dialog.set_source(choice.name)
        dialog.set_operator("=")
        dialog.set_value("option_1")
        return RelevanceDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RelevanceDialog, "exec", pick)
    assert builder.editor.open_relevance_helper()
    assert text.relevant == f"${{{choice.name}}} = 'option_1'"
    assert builder.doc.is_modified() and builder.unsaved_badge.isVisibleTo(builder)
    assert page.model.data(page.model.index(0)).startswith("• "), "the list marks the unsaved survey"

    survey_window.show()
    survey_window.activateWindow()
    qtbot.waitUntil(lambda: survey_window.isActiveWindow())
    builder.title_edit.setFocus()
    qtbot.keyClick(builder.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S anywhere
    assert not builder.doc.is_modified()
    stored = service(survey_window).load_form(survey_id)
    names = [q.name for q in stored.walk()]
    assert names.index(choice.name) == names.index("followed_language") + 1
    assert names.index(text.name) == names.index(choice.name) + 1
    saved_choice, saved_text = stored.find(choice.name), stored.find(text.name)
    assert saved_choice is not None and saved_text is not None
    assert saved_choice.label == {"en": "Did you come with someone?", "pt": "Veio acompanhado/a?"}
    assert saved_text.label == {"en": "Who came with you?", "pt": "Quem veio consigo?"}
    assert saved_text.relevant == f"${{{choice.name}}} = 'option_1'"
    assert stored.choice_list(saved_choice.list_name) is not None
    assert service(survey_window).get(survey_id).version == 1, "no responses: saved in place"


def test_two_surveys_from_one_template_are_separate_surveys(survey_window: MainWindow,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = surveys_page(survey_window)
    first = new_survey(page, monkeypatch, "needs_assessment")
    second = new_survey(page, monkeypatch, "needs_assessment")
    summaries = {s.id: s for s in service(survey_window).list()}
    assert summaries[first].form_id != summaries[second].form_id
    assert summaries[first].version == summaries[second].version == 1


def test_undo_and_redo_of_add_delete_edit_and_drag(survey_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                  qtbot: Any) -> None:
    page = surveys_page(survey_window)
    new_survey(page, monkeypatch)
    builder, doc = page.builder, page.builder.doc
    assert doc.form is not None
    assert survey_window.undo_group.activeStack() is doc.stack, "the Edit menu follows the builder"
    undo, redo = survey_window.undo_action, survey_window.redo_action
    before = [q.name for q in doc.form.walk()]

    builder.select_by_name("welcome")
    added = builder.add_question("integer")
    assert "Add question: Whole number" in undo.text()
    undo.trigger()
    assert [q.name for q in doc.form.walk()] == before
    redo.trigger()
    assert doc.form.questions[1] is added, "redo puts back the very same question"

    builder.select_by_name("felt_heard")
    builder.delete_question()
    assert doc.form.find("felt_heard") is None
    undo.trigger()
    assert doc.form.find("felt_heard") is not None and builder.current_question() is doc.form.find("felt_heard")

    type_label(page, "en", "I was listened to.")
    type_label(page, "en", "I was listened to!")
    depth = doc.stack.count()
    undo.trigger()
    felt_heard = doc.form.find("felt_heard")
    assert felt_heard is not None and felt_heard.label["en"] == "I felt that my opinion was listened to."
    assert doc.stack.count() == depth, "typing in one field is one step"
    redo.trigger()
    assert felt_heard.label["en"] == "I was listened to!"

    # A drag: the view asks the model to drop; the move is one command.
    model = doc.model
    thanks = doc.form.find("thanks")
    assert thanks is not None
    depth = doc.stack.count()
    data: QMimeData = model.mimeData([model.index_of(thanks)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0).parent())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0).parent()) is False
    qtbot.waitUntil(lambda: doc.form.questions[0] is thanks)
    assert doc.stack.count() == depth + 1
    undo.trigger()
    assert doc.form.questions[-1] is thanks and doc.form.questions[0].name == "welcome"

    assert page.save()
    survey_window.show_section(0)
    assert survey_window.undo_group.activeStack() is survey_window.undo_stack, "other sections: the shared stack"


def test_leaving_with_unsaved_changes_asks(survey_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    page = surveys_page(survey_window)
    other = new_survey(page, monkeypatch, "training_evaluation")
    survey_id = new_survey(page, monkeypatch, "needs_assessment")
    page.builder.add_question("note")
    assert page.builder.doc.is_modified()

    asked = answer_unsaved(monkeypatch, "cancel")
    survey_window.show_section(0)
    assert asked == ["Neighbourhood needs assessment"]
    assert survey_window.pages.currentWidget() is page, "Cancel stays"
    assert survey_window.navigation.currentRow() == 2
    page.list.setCurrentIndex(page.model.index(page.model.row_of(other)))
    assert page.builder.doc.survey_id == survey_id, "Cancel keeps the survey open"
    assert page.list.currentIndex().row() == page.model.row_of(survey_id)
    event = QCloseEvent()
    survey_window.closeEvent(event)
    assert not event.isAccepted() and survey_window.db is not None, "Cancel keeps the window open"

    answer_unsaved(monkeypatch, "discard")
    survey_window.show_section(0)
    assert survey_window.pages.currentWidget() is survey_window.workshops_view
    assert not page.builder.doc.is_modified()
    assert service(survey_window).get(survey_id).question_count == 15, "nothing was saved"

    page = surveys_page(survey_window)
    page.builder.add_question("note")
    answer_unsaved(monkeypatch, "save")
    page.list.setCurrentIndex(page.model.index(page.model.row_of(other)))
    assert page.builder.doc.survey_id == other
    assert service(survey_window).get(survey_id).question_count == 16, "Save saved it before switching"


def test_switching_database_with_unsaved_changes_can_be_cancelled(
        survey_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    page = surveys_page(survey_window)
    new_survey(page, monkeypatch)
    page.builder.add_question("note")
    answer_unsaved(monkeypatch, "cancel")
    before = survey_window.db
    assert not survey_window.switch_database(tmp_path / "other.sqlite", create=True)
    assert survey_window.db is before and page.builder.doc.is_modified()


def test_saving_a_survey_with_responses_makes_version_2(demo_window: MainWindow, dialog_log: DialogLog) -> None:
    page = surveys_page(demo_window)
    builder = page.builder
    original = builder.doc.summary
    assert original is not None and original.response_count > 0 and original.version == 1
    assert "saving changes makes version 2" in builder.version_label.text()
    builder.select_by_name("suggestion")
    type_label(page, "en", "What one thing should the city do first?")
    assert page.save()

    versions = service(demo_window).versions(original.form_id)
    assert [v.version for v in versions] == [1, 2]
    assert builder.doc.survey_id == versions[1].id and not builder.doc.is_modified()
    assert versions[0].response_count == original.response_count, "old responses keep their version"
    assert "Saved as version 2" in page.info.text()
    assert page.model.rowCount() == 2 and page.selected_id() == versions[1].id
    old = service(demo_window).load_form(original.id).find("suggestion")
    assert old is not None and old.label["en"] != "What one thing should the city do first?"


def test_an_invalid_survey_is_not_saved_and_the_problem_is_shown(survey_window: MainWindow,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 qtbot: Any) -> None:
    page = surveys_page(survey_window)
    survey_id = new_survey(page, monkeypatch)
    builder = page.builder
    builder.select_by_name("language_help")
    field = builder.editor.relevant_field
    field.edit.clear()
    qtbot.keyClicks(field.edit, "${followed_language} = = 'no'")
    assert field.problem.isVisibleTo(builder)
    assert field.problem_text() == "Position 24: unexpected '='."
    assert "Position 24" in field.problem.text() and ">=</span>" in field.problem.text(), "the '=' is marked"

    assert not page.save()
    assert "position 24" in page.message.text()
    problems = builder.problems.check()
    assert [p.question for p in problems] == ["language_help"]
    builder.select_by_name("welcome")
    builder.problems.list.itemClicked.emit(builder.problems.list.item(0))
    assert builder.current_question() is builder.doc.form.find("language_help")
    stored = service(survey_window).load_form(survey_id).find("language_help")
    assert stored is not None and stored.relevant == "${followed_language} = 'no'"

    qtbot.keyClicks(field.edit, "x")
    field.edit.clear()
    qtbot.keyClicks(field.edit, "${nobody} = 'no'")
    assert field.problem_text() == "Position 1: there is no question named 'nobody'."


def test_renaming_a_question_renames_what_refers_to_it(survey_window: MainWindow,
                                                       monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    page = surveys_page(survey_window)
    new_survey(page, monkeypatch)
    builder = page.builder
    builder.select_by_name("followed_language")
    editor = builder.editor
    editor.name_edit.setText("1 bad name")
    assert not editor.commit_name() and editor.name_problem.isVisibleTo(editor)
    editor.name_edit.setText("welcome")
    assert not editor.commit_name(), "names are unique"
    editor.name_edit.setText("could_follow")
    assert editor.commit_name()
    helper = builder.doc.form.find("language_help")
    assert helper is not None and helper.relevant == "${could_follow} = 'no'"
    page.builder.doc.stack.undo()
    assert helper.relevant == "${followed_language} = 'no'"
    assert builder.doc.form.find("followed_language") is not None


def test_a_duplicated_group_refers_to_its_own_rows(survey_window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    from tests.formats.xlsform_files import kobo_household_survey

    from .survey_support import finish

    page = surveys_page(survey_window)
    finish(qtbot, page.import_xlsform(kobo_household_survey(tmp_path / "household.xlsx")))
    builder = page.builder
    builder.select_by_name("members")
    copied = builder.duplicate_question()
    assert copied is not None and [q.name for q in copied.walk()] == [
        "members_2", "member_name_2", "member_age_2", "member_activities_2"]
    assert copied.children[1].label["en"] == "Age of ${member_name_2}"
    assert copied.children[2].relevant == "${member_age_2} >= 15"
    assert builder.problems.check() == []


def test_deleting_a_survey_can_be_undone(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.ui import dialogs

    page = surveys_page(demo_window)
    survey_id = page.selected_id()
    assert survey_id is not None
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, details, _a: asked.append(details) or True)
    assert page.delete_survey()
    assert "responses are deleted with it" in asked[0]
    assert page.model.rowCount() == 0 and page.builder.doc.form is None
    assert page.undo_banner.isVisibleTo(page)
    assert page.undo_delete()
    assert page.model.rowCount() == 1 and page.builder.doc.survey_id == survey_id
    assert service(demo_window).get(survey_id).response_count > 0
