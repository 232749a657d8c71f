"""The builder's item models (checked by qtmodeltester) and the commands that change the form through them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.formats.xlsform_files import kobo_household_survey
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.surveys import SurveySummary
from workshop_app.formats.xlsform import read_xlsform
from workshop_app.ui.builder_commands import AddQuestion, EditChoices, EditQuestion, MoveQuestion, RemoveQuestion
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.question_choices import ChoiceTableModel
from workshop_app.ui.survey_languages import add_language, parse_language, remove_language
from workshop_app.ui.survey_list_model import SurveyListModel
from workshop_app.ui.survey_translations import TranslationsModel

from . import survey_support  # noqa: F401  # keeps None and True alive under PySide6 6.12


@pytest.fixture(autouse=True)
def _application(qapp: Any) -> None:
    """Icons and fonts need the application even where no widget is shown."""


def household(tmp_path: Path) -> Form:
    form, _warnings = read_xlsform(kobo_household_survey(tmp_path / "household.xlsx"))
    return form


def document(form: Form) -> SurveyDocument:
    doc = SurveyDocument()
    doc.load(SurveySummary("id-1", form.form_id, 1, form.title, form.default_language, tuple(form.languages),
                           form.question_count, 0), form)
    return doc


def names(doc: SurveyDocument) -> list[str]:
    assert doc.form is not None
    return [q.name for q in doc.form.walk()]


def test_the_tree_model_passes_qtmodeltester_through_edits(qtmodeltester: Any, tmp_path: Path) -> None:
    doc = document(household(tmp_path))
    model = doc.model
    qtmodeltester.check(model)
    assert doc.form is not None
    members = doc.form.find("members")
    household_group = doc.form.find("household")
    assert members is not None and household_group is not None
    index = model.index_of(members)
    assert index.isValid() and model.rowCount(index) == 3 and model.parent(model.index(0, 0, index)) == index
    assert model.data(model.index(0, 0, index)) == "Name"
    assert model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(model.index(0, 0, index)) & Qt.ItemFlag.ItemIsDropEnabled

    doc.push(MoveQuestion(doc, members.children[2], household_group, 0))  # out of the repeat, into a group
    doc.push(AddQuestion(doc, Question("extra", "text", {"en": "Extra"}), members, 1))
    doc.push(RemoveQuestion(doc, doc.form.questions[0]))
    qtmodeltester.check(model)
    for _ in range(3):
        doc.stack.undo()
    qtmodeltester.check(model)
    assert names(doc) == names(document(household(tmp_path)))


def test_moves_keep_identity_and_undo_exactly(tmp_path: Path) -> None:
    doc = document(household(tmp_path))
    assert doc.form is not None
    original = names(doc)
    water = doc.form.find("water_source")
    region = doc.form.find("region")
    assert water is not None and region is not None
    doc.push(MoveQuestion(doc, water, None, 0))
    assert doc.form.questions[0] is water and doc.model.parent_of(water) is None
    doc.push(MoveQuestion(doc, region, None, len(doc.form.questions) - 1))
    assert doc.form.questions[-1] is region
    doc.stack.undo()
    doc.stack.undo()
    assert names(doc) == original and doc.model.parent_of(water) is doc.form.find("household")


def test_a_group_cannot_be_dropped_into_itself_or_onto_a_question(tmp_path: Path) -> None:
    doc = document(household(tmp_path))
    model = doc.model
    assert doc.form is not None
    group = doc.form.find("household")
    assert group is not None
    data = model.mimeData([model.index_of(group)])
    inside = model.index_of(group)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, inside)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(doc.form.find("consent")))
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    moved: list[Any] = []
    model.move_requested.connect(lambda *args: moved.append(args))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(doc.form.find("members"))) is False
    assert moved == [(group, doc.form.find("members"), 3)], "dropped onto a repeat: appended to it"


def test_equal_questions_are_told_apart(tmp_path: Path) -> None:
    form = Form("f", "F", [Question("a", "text", {"en": "A"})], languages=["en"], default_language="en")
    doc = document(form)
    twin = copy.deepcopy(form.questions[0])
    doc.push(AddQuestion(doc, twin, None, 1))
    assert doc.form is not None and doc.form.questions[0] == twin, "equal as data"
    doc.push(RemoveQuestion(doc, twin))
    assert doc.form.questions[0] is not twin and len(doc.form.questions) == 1


def test_edits_merge_only_while_typing_in_one_place() -> None:
    form = Form("f", "F", [Question("a", "text", {"en": "A"})], languages=["en", "pt"], default_language="en")
    doc = document(form)
    question = form.questions[0]
    for text in ("Ag", "Age", "Age?"):
        doc.push(EditQuestion(doc, question, "label", {"en": text}, "Edit label", ("label", "en")))
    doc.push(EditQuestion(doc, question, "label", {"en": "Age?", "pt": "Idade?"}, "Edit label", ("label", "pt")))
    assert doc.stack.count() == 2
    doc.stack.undo()
    assert question.label == {"en": "Age?"}
    doc.push(EditQuestion(doc, question, "label", {"en": "A"}, "Edit label", ("label", "en")))
    assert doc.stack.count() == 0 or doc.stack.isClean(), "typed back to what it was: nothing to undo"


def test_choice_and_translation_models(qtmodeltester: Any, tmp_path: Path) -> None:
    doc = document(household(tmp_path))
    assert doc.form is not None
    choices = ChoiceTableModel(doc)
    choices.set_list("water")
    qtmodeltester.check(choices)
    assert choices.headerData(1, Qt.Orientation.Horizontal) == "English"
    assert choices.data(choices.index(0, 2)) == "Robinet"
    assert not choices.setData(choices.index(0, 2), "Robinet"), "no change, no undo step"
    assert choices.setData(choices.index(0, 2), "Eau du robinet")
    water = doc.form.choice_list("water")
    assert water is not None and water.choices[0].label["fr"] == "Eau du robinet"
    assert choices.setData(choices.index(1, 0), "borehole")
    assert [c.name for c in doc.form.choice_list("water").choices] == ["tap", "borehole"]
    doc.stack.undo()
    doc.stack.undo()
    assert [(c.name, c.label["fr"]) for c in doc.form.choice_list("water").choices] == [("tap", "Robinet"),
                                                                                         ("well", "Puits")]

    translations = TranslationsModel(doc)
    qtmodeltester.check(translations)
    row = next(i for i, e in enumerate(translations.entries) if e.question is doc.form.find("consent"))
    assert translations.data(translations.index(row, 0)) == "consent · label"
    assert translations.setData(translations.index(row, 2), "D'accord pour répondre ?")
    assert doc.form.find("consent").label["fr"] == "D'accord pour répondre ?"

    add_language(doc, "pt", "Portuguese")
    assert doc.form.languages == ["en", "fr", "pt"] and translations.columnCount() == 4
    qtmodeltester.check(translations)
    assert translations.setData(translations.index(row, 3), "Aceita responder?")
    depth = doc.stack.count()
    remove_language(doc, "fr")
    assert doc.stack.count() == depth + 1, "removing a language is one step"
    assert "fr" not in doc.form.languages and all("fr" not in q.label for q in doc.form.walk())
    assert all("fr" not in c.label for cl in doc.form.choice_lists for c in cl.choices)
    doc.stack.undo()
    assert doc.form.find("consent").label["fr"] == "D'accord pour répondre ?"
    assert parse_language("Tetum (tet)") == ("tet", "Tetum") and parse_language("French") == ("fr", "French")
    assert parse_language("not a code (a b)") is None


def test_the_survey_list_model(qtmodeltester: Any) -> None:
    model = SurveyListModel()
    model.set_rows([SurveySummary("a", "f", 2, "Feedback", "en", ("en", "pt"), 14, 1),
                    SurveySummary("b", "g", 1, "Needs", "pt", ("pt",), 1, 0)])
    qtmodeltester.check(model)
    details = model.data(model.index(0), Qt.ItemDataRole.UserRole + 2)
    assert details == "Version 2 · English, Portuguese\n14 questions · 1 response"
    model.set_modified("b")
    assert model.data(model.index(1)) == "• Needs" and model.data(model.index(0)) == "Feedback"


def test_new_choice_list_and_type_change_are_single_steps(tmp_path: Path) -> None:
    form = Form("f", "F", [Question("a", "text", {"en": "A"})], languages=["en"], default_language="en")
    doc = document(form)
    doc.stack.beginMacro("Change type")
    doc.push(EditQuestion(doc, form.questions[0], "type", "select_one", ""))
    doc.push(EditChoices(doc, "a_list", None, ChoiceList("a_list", [Choice("x", {"en": "X"})]), ""))
    doc.push(EditQuestion(doc, form.questions[0], "list_name", "a_list", ""))
    doc.stack.endMacro()
    assert form.choice_list("a_list") is not None and doc.stack.count() == 1
    doc.stack.undo()
    assert form.choice_lists == [] and form.questions[0].type == "text"
