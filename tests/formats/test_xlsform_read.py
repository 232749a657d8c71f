"""Reading XLSForms from the ODK/Kobo world: the spellings real forms use, warnings, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats.xlsform_files import KOBO_QUESTION_COUNT, kobo_household_survey, simple_survey, write_workbook
from workshop_app.core.forms import FormLogic
from workshop_app.errors import UserError
from workshop_app.formats.xlsform import read_xlsform


def test_a_kobo_household_survey(tmp_path: Path) -> None:
    form, warnings = read_xlsform(kobo_household_survey(tmp_path / "household.xlsx"))
    assert (form.form_id, form.title) == ("household_survey", "Household survey")
    assert form.question_count == KOBO_QUESTION_COUNT
    assert form.languages == ["en", "fr"] and form.default_language == "en"
    assert form.language_names == {"en": "English", "fr": "French"}
    assert form.settings == {"version": "2024061201", "instance_name": "concat(${consent}, '-', ${hh_size})"}
    members = form.find("members")
    assert members is not None and members.type == "repeat"
    assert [q.name for q in members.children] == ["member_name", "member_age", "member_activities"]
    assert members.extra == {"repeat_count": "${hh_size}"}
    water = form.find("water_source")
    assert water is not None and water.or_other and water.list_name == "water"
    assert form.find("water_source_other") is None  # pyxform's own "specify other" row is not a question here
    assert [c.name for c in form.choice_list("water").choices] == ["tap", "well"]  # type: ignore[union-attr]
    hh_size = form.find("hh_size")
    assert hh_size is not None and hh_size.required and hh_size.constraint == ". > 0 and . < 30"
    assert hh_size.constraint_message == {"en": "Between 1 and 29.", "fr": "Entre 1 et 29."}
    assert form.find("member_activities").extra == {"Kobo_extra": "kept"}  # type: ignore[union-attr]
    assert form.find("town").extra == {"choice_filter": "region = ${region}"}  # type: ignore[union-attr]
    assert form.choice_list("town").choices[0].extra == {"region": "north"}  # type: ignore[union-attr]
    assert [form.find(n).type for n in ("start", "end", "today")] == ["start", "end", "today"]  # type: ignore[union-attr]
    for name, kind in (("location", "geopoint"), ("photo", "image")):
        question = form.find(name)
        assert question is not None and (question.type, question.source_type) == ("note", kind)
        assert any(f"'{name}'" in w and kind in w and "Row" in w for w in warnings)
    FormLogic(form)  # and it runs


@pytest.mark.parametrize(("headers", "list_header"), [
    (["type", "name", "label:English", "label:Français"], "list_name"),
    (["Type", "Name", "Label::English (en)", "LABEL::French (fr)"], "list name"),
    (["type", "name", "label::en", "label::fr"], "List_Name"),
])
def test_header_spellings(tmp_path: Path, headers: list[str], list_header: str) -> None:
    path = write_workbook(tmp_path / "form.xlsx", {
        "survey": [headers, ["select_one yn", "q", "Yes?", "Oui ?"], [None] * 4, [None] * 4,
                   ["text", "why", "Why?", "Pourquoi ?"]],
        "choices": [[list_header, "name", headers[2], headers[3]], ["yn", "y", "Yes", "Oui"], ["yn", "n", "No", "Non"]],
        "extra sheet": [["anything"], ["at all"]],
    })
    form, _ = read_xlsform(path)
    assert form.languages == ["en", "fr"]
    assert form.find("q").label == {"en": "Yes?", "fr": "Oui ?"}  # type: ignore[union-attr]
    assert form.question_count == 2 and form.form_id == "form"


def test_a_form_without_languages(tmp_path: Path) -> None:
    form, warnings = read_xlsform(simple_survey(tmp_path / "plain.xlsx", [["text", "q", "Question"]]))
    assert form.languages == ["default"] and form.default_language == "default"
    assert form.find("q").label == {"default": "Question"}  # type: ignore[union-attr]
    assert warnings == []


def test_a_csv_form(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text("survey,type,name,label\n,text,q,Question\n,integer,n,Number\n", encoding="utf-8")
    form, _ = read_xlsform(path)
    assert [q.name for q in form.walk()] == ["q", "n"]


@pytest.mark.parametrize("kind", ["geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode",
                                  "datetime", "background-audio"])
def test_unsupported_types_become_notes_with_a_warning(tmp_path: Path, kind: str) -> None:
    form, warnings = read_xlsform(simple_survey(tmp_path / "f.xlsx", [["text", "a", "A"], [kind, "x", "X"]]))
    question = form.find("x")
    assert question is not None and question.type == "note" and question.source_type
    assert any("'x'" in w and "cannot ask offline" in w for w in warnings)


@pytest.mark.parametrize(("rows", "choices", "expected"), [
    ([["select_one colours", "c", "Colour"]], [["yn", "y", "Y"]],
     "(the 'survey' sheet, row 2): List name not in choices sheet: colours"),
    ([["text", "a", "A"], ["text", "a", "B"]], None, "(the 'survey' sheet, row 3)"),
    ([["text", "a", "A"], ["integer", "b", "B"]], None, None),
    ([["begin_group", "g", "G"], ["text", "a", "A"]], None, "Unmatched"),
    ([["wibble", "a", "A"]], None, "row 2"),
])
def test_invalid_forms_give_one_sentence_with_the_place(tmp_path: Path, rows: list[list[str]],
                                                        choices: list[list[str]] | None, expected: str | None) -> None:
    path = simple_survey(tmp_path / "form.xlsx", rows, choices)
    if expected is None:
        read_xlsform(path)
        return
    with pytest.raises(UserError) as caught:
        read_xlsform(path)
    message = str(caught.value)
    assert message.startswith("form.xlsx ") and "\n" not in message and expected in message


def test_expression_errors_name_sheet_row_and_column(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "form.xlsx", {"survey": [
        ["type", "name", "label", "relevant", "constraint"],
        ["integer", "age", "Age", "", ""],
        ["text", "age_check", "Why?", "", "foo(.) > 1"],
    ]})
    with pytest.raises(UserError) as caught:
        read_xlsform(path)
    assert str(caught.value) == ("form.xlsx cannot be imported (the 'survey' sheet, row 3, column 'constraint'): "
                                 "In 'age_check', position 1 of the constraint: unknown function 'foo()'.")


def test_calculation_cycles_are_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "form.xlsx", {"survey": [
        ["type", "name", "label", "calculation"],
        ["calculate", "a", "", "${b} + 1"], ["calculate", "b", "", "${c}"], ["calculate", "c", "", "${a} * 2"],
    ]})
    with pytest.raises(UserError, match="in a circle: 'a' → 'b' → 'c' → 'a'"):
        read_xlsform(path)


def test_missing_references_are_refused(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "form.xlsx", {"survey": [
        ["type", "name", "label", "relevant"], ["text", "a", "A", "${nobody} = 'x'"]]})
    with pytest.raises(UserError, match="nobody"):
        read_xlsform(path)


@pytest.mark.parametrize(("content", "expected"), [
    (None, "does not exist"),
    (b"", "is empty"),
    (b"PK\x03\x04 truncated zip", "not a readable Excel workbook"),
    (bytes(range(256)) * 64, "not a readable Excel workbook"),
])
def test_files_that_are_not_workbooks(tmp_path: Path, content: bytes | None, expected: str) -> None:
    path = tmp_path / "form.xlsx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError, match=expected):
        read_xlsform(path)


def test_a_workbook_without_a_survey_sheet(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "form.xlsx", {"choices": [["list_name", "name", "label"]],
                                                   "settings": [["form_id"], ["x"]]})
    with pytest.raises(UserError, match=r"form\.xlsx is not an XLSForm: it has no sheet named 'survey'"):
        read_xlsform(path)


def test_other_file_types_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    path.write_bytes(b"hello")
    with pytest.raises(UserError, match=r"reads forms saved as \.xlsx"):
        read_xlsform(path)
