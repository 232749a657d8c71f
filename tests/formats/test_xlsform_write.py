"""Writing XLSForms: pyxform (so Kobo and ODK) accepts them, and reading them back gives the same form."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from tests.formats.xlsform_files import kobo_household_survey, sample_form, simple_survey, write_workbook
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.errors import UserError
from workshop_app.formats.xlsform import read_xlsform, write_xlsform


def _round_trip(source: Path, tmp_path: Path) -> Path:
    form, _ = read_xlsform(source)
    out = write_xlsform(form, tmp_path / "out.xlsx")
    convert(xlsform=str(out))  # pyxform's own converter accepts what we wrote
    again, _ = read_xlsform(out)
    assert again == form
    return out


def test_kobo_form_round_trip(tmp_path: Path) -> None:
    out = _round_trip(kobo_household_survey(tmp_path / "household.xlsx"), tmp_path)
    workbook = load_workbook(out, read_only=True)
    assert workbook.sheetnames == ["survey", "choices", "settings"]
    header = next(workbook["survey"].iter_rows(values_only=True))
    assert header[:4] == ("type", "name", "label::English (en)", "label::French (fr)")
    types = [row[0] for row in workbook["survey"].iter_rows(min_row=2, values_only=True)]
    assert "select_one water or_other" in types and "geopoint" in types and "image" in types
    assert "begin_repeat" in types and "end_repeat" in types
    settings = list(workbook["settings"].iter_rows(values_only=True))
    assert dict(zip(settings[0], settings[1], strict=True))["default_language"] == "English (en)"


def test_form_built_in_code_round_trip(tmp_path: Path) -> None:
    form = sample_form()
    form.allow_anonymous = True  # the app's own setting, not part of an XLSForm
    out = write_xlsform(form, tmp_path / "sample.xlsx")
    convert(xlsform=str(out))
    assert read_xlsform(out)[0] == form


@pytest.mark.parametrize("headers", [
    ["type", "name", "label", "hint"],
    ["type", "name", "label", "label::Français (fr)", "required_message", "media::image"],
    ["type", "name", "label:English", "label:Kriolu", "guidance_hint:English", "body:rows"],
    ["type", "name", "label::English", "label::Kriolu", "guidance_hint::English", "body::rows"],
])
def test_odd_language_columns_round_trip(tmp_path: Path, headers: list[str]) -> None:
    values = {"type": "text", "name": "q"}
    row = [values.get(h, f"{h} text") for h in headers]
    path = write_workbook(tmp_path / "in.xlsx", {"survey": [headers, row, ["integer", "n", *row[2:]]]})
    _round_trip(path, tmp_path)


def test_settings_and_extra_columns_survive(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "in.xlsx", {
        "survey": [["type", "name", "label", "read_only", "trigger", "my_column", "bind::odk:length"],
                   ["integer", "n", "N", "", "", "x", ""], ["text", "t", "T", "yes", "${n}", "", "0 10"]],
        "settings": [["form_title", "form_id", "version", "style", "allow_choice_duplicates"],
                     ["Title", "the_id", "3", "pages", "yes"]]})
    form = read_xlsform(path)[0]
    assert form.settings == {"version": "3", "style": "pages", "allow_choice_duplicates": "yes"}
    assert form.find("t").extra == {"read_only": "yes", "trigger": "${n}", "bind::odk:length": "0 10"}  # type: ignore[union-attr]
    _round_trip(path, tmp_path)


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    form = sample_form()
    form.questions[0].label["en"] = "=== Part 1 ==="
    out = write_xlsform(form, tmp_path / "f.xlsx")
    assert read_xlsform(out)[0].questions[0].label["en"] == "=== Part 1 ==="


def test_invalid_forms_are_not_written(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    form = sample_form()
    form.questions.append(Question("bad", "text", {"en": "Bad"}, relevant="foo()"))
    with pytest.raises(UserError, match="unknown function 'foo\\(\\)'"):
        write_xlsform(form, tmp_path / "f.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = simple_survey(tmp_path / "form.xlsx", [["text", "q", "Q"]])
    before = target.read_bytes()

    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    with pytest.raises(UserError, match="could not be written: No space left on device"):
        write_xlsform(sample_form(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["form.xlsx"]


# -- any valid form survives export → pyxform → import ------------------------------------------------------
_WORDS = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Po", "Sm"), blacklist_characters="$"),
                 min_size=1, max_size=10)
_LABEL = st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)
_LANGUAGES = {"en": "English", "pt": "Português", "ar": "العربية", "uk": "Українська"}


@st.composite
def _forms(draw: st.DrawFn) -> Form:
    codes = draw(st.lists(st.sampled_from(sorted(_LANGUAGES)), min_size=1, max_size=3, unique=True))
    texts = st.fixed_dictionaries({code: _LABEL for code in codes})
    choices = [Choice(f"c{i}", draw(texts)) for i in range(draw(st.integers(1, 4)))]
    questions: list[Question] = []
    names: list[str] = []
    for index in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["text", "integer", "decimal", "select_one", "select_multiple", "rank", "range",
                                     "date", "time", "note", "acknowledge", "calculate"]))
        name = f"q{index}"
        question = Question(name, kind, {} if kind == "calculate" else draw(texts))
        if kind in ("select_one", "select_multiple", "rank"):
            question.list_name = "things"
            question.or_other = kind != "rank" and draw(st.booleans())
        if kind == "calculate":
            question.calculation = f"${{{names[-1]}}}" if names else "1 + 1"
        elif kind == "range":
            question.parameters = {"start": "0", "end": str(draw(st.integers(1, 9))), "step": "1"}
        elif names and draw(st.booleans()):
            question.relevant = f"${{{draw(st.sampled_from(names))}}} != ''"
        question.hint = draw(st.one_of(st.just({}), texts)) if kind != "calculate" else {}
        question.required = kind not in ("note", "calculate") and draw(st.booleans())
        names.append(name)
        questions.append(question)
    if draw(st.booleans()):
        questions = [Question("block", draw(st.sampled_from(["group", "repeat"])), draw(texts), children=questions)]
    return Form("prop_form", draw(_LABEL), questions, [ChoiceList("things", choices)], codes, codes[0],
                {code: _LANGUAGES[code] for code in codes})


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "40")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(_forms())
def test_any_valid_form_round_trips_through_pyxform(tmp_path: Path, form: Form) -> None:
    out = write_xlsform(form, tmp_path / "prop.xlsx")
    convert(xlsform=str(out))
    assert read_xlsform(out)[0] == form
