"""XLSForm in and out through the Surveys section: off the GUI thread, cancellable, and accepted by pyxform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.formats.xlsform_files import kobo_household_survey, simple_survey
from workshop_app.core.surveys import SurveyService
from workshop_app.formats.xlsform import read_xlsform
from workshop_app.ui.main_window import MainWindow

from . import survey_support as support
from .conftest import DialogLog
from .survey_support import finish, surveys_page


@pytest.fixture
def survey_window(qtbot: Any, existing_db_path: Path) -> Iterator[MainWindow]:
    """The window on an empty database, Surveys shown."""
    window = support.survey_window(qtbot, existing_db_path)
    yield window
    support.close_window(window)


def test_importing_a_kobo_form_through_the_menu(survey_window: MainWindow, tmp_path: Path, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    source = kobo_household_survey(tmp_path / "household.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    survey_window.show_section(0)
    page = surveys_page(survey_window)
    survey_window.show_section(0)

    page.import_action.trigger()  # File › Import XLSForm…
    assert survey_window.pages.currentWidget() is page, "the menu shows the Surveys section"
    task = finish(qtbot, page.import_task)
    assert task.outcome == "succeeded"

    assert page.model.rowCount() == 1
    summary = page.model.summary(0)
    assert summary.question_count == 15 and set(summary.languages) == {"en", "fr"}
    assert page.builder.doc.survey_id == summary.id
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert any("geopoint" in text and "'location'" in text for text in dialog.warning_texts)
    assert any("'photo'" in text for text in dialog.warning_texts)
    dialog.accept()
    form = page.builder.doc.form
    assert form is not None
    members = form.find("members")
    assert members is not None and members.type == "repeat" and members.children
    assert page.builder.doc.model.rowCount(page.builder.doc.model.index_of(members)) == len(members.children)


def test_a_cancelled_import_stores_nothing(survey_window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    page = surveys_page(survey_window)
    task = page.import_xlsform(kobo_household_survey(tmp_path / "household.xlsx"))
    assert task is not None
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # the person presses Cancel in the progress dialog, before the file is read
    finish(qtbot, task)
    assert task.outcome == "cancelled"
    assert survey_window.db is not None and SurveyService(survey_window.db).list() == []
    assert page.model.rowCount() == 0 and page.import_dialog is None


def test_an_xlsform_that_cannot_be_read_says_why_in_one_sentence(survey_window: MainWindow, tmp_path: Path,
                                                                 qtbot: Any, dialog_log: DialogLog) -> None:
    broken = simple_survey(tmp_path / "broken.xlsx", [["type", "name", "label"],
                                                      ["select_one missing", "q1", "Pick one"]])
    page = surveys_page(survey_window)
    task = finish(qtbot, page.import_xlsform(broken))
    assert task.outcome == "failed"
    [warning] = dialog_log.texts("warning")
    assert "broken.xlsx" in warning and "\n" not in warning
    assert page.model.rowCount() == 0


def test_two_questions_added_then_exported_are_accepted_by_pyxform(survey_window: MainWindow, tmp_path: Path,
                                                                   qtbot: Any) -> None:
    from pyxform.xls2xform import convert

    page = surveys_page(survey_window)
    finish(qtbot, page.import_xlsform(kobo_household_survey(tmp_path / "household.xlsx")))
    builder = page.builder
    builder.select_by_name("hh_size")
    rating = builder.add_question("range")
    builder.select_by_name("visit_date")
    comment = builder.add_question("text")
    builder.editor.set_language("fr")
    builder.editor.label_edit.setPlainText("Un commentaire ?")

    out = tmp_path / "out" / "household-v2.xlsx"
    out.parent.mkdir()
    task = finish(qtbot, page.export_xlsform(out))
    assert task.outcome == "succeeded" and out.is_file()
    assert str(out) in page.info.text()
    convert(xlsform=str(out))  # Kobo's own converter: raises if it refuses the file
    form, _warnings = read_xlsform(out)
    assert form.find(rating.name) is not None and form.find(comment.name) is not None
    found = form.find(comment.name)
    assert found is not None and found.label["fr"] == "Un commentaire ?"
    assert form.question_count == 17


def test_a_survey_with_problems_is_not_exported(survey_window: MainWindow, tmp_path: Path, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from .survey_support import new_survey

    page = surveys_page(survey_window)
    new_survey(page, monkeypatch)
    page.builder.select_by_name("language_help")
    page.builder.editor.relevant_field.edit.setText("(")
    page.builder.editor.relevant_field.edit.textEdited.emit("(")
    assert page.export_xlsform(tmp_path / "never.xlsx") is None
    assert "cannot be exported" in page.message.text()
    assert not (tmp_path / "never.xlsx").exists()


def test_every_type_of_the_add_menu_is_accepted_by_pyxform(tmp_path: Path, qapp: Any) -> None:
    from pyxform.xls2xform import convert

    from workshop_app.core.forms import Form, validate_form
    from workshop_app.formats.xlsform import write_xlsform
    from workshop_app.ui.builder_types import ADDABLE, new_question

    form = Form("all_types", "All types", languages=["en", "pt"], default_language="en",
                language_names={"en": "English", "pt": "Portuguese"})
    for kind in ADDABLE:
        question, choice_list = new_question(form, kind)
        form.questions.append(question)
        if choice_list is not None:
            form.choice_lists.append(choice_list)
    assert validate_form(form) == []
    out = write_xlsform(form, tmp_path / "all.xlsx")
    convert(xlsform=str(out))
    assert read_xlsform(out)[0].question_count == len(ADDABLE) - 2
