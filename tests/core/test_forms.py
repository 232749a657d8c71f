"""The form model and its validation: what makes a form unusable, said in one sentence each."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.core.forms import (
    Choice,
    ChoiceList,
    Form,
    FormLogic,
    Question,
    check_form,
    split_language,
    text_in,
    validate_form,
)
from workshop_app.core.forms.languages import LanguageRegistry, language_column
from workshop_app.errors import UserError


def _form(*questions: Question, lists: tuple[ChoiceList, ...] = ()) -> Form:
    return Form("f", "A form", list(questions), list(lists), ["en", "pt"], "en", {"en": "English", "pt": "Português"})


def _q(name: str, kind: str = "text", **values: object) -> Question:
    values.setdefault("label", {"en": name.title()})
    return Question(name, kind, **values)  # type: ignore[arg-type]


YES_NO = ChoiceList("yes_no", [Choice("yes", {"en": "Yes", "pt": "Sim"}), Choice("no", {"en": "No", "pt": "Não"})])


def _messages(form: Form) -> list[str]:
    return [problem.message for problem in validate_form(form)]


def test_a_sound_form_has_no_problems() -> None:
    form = _form(
        _q("consent", "select_one", list_name="yes_no", required=True),
        _q("household", "group", children=[
            _q("size", "integer", relevant="${consent} = 'yes'", constraint=". > 0"),
            _q("members", "repeat", children=[_q("member_name"), _q("member_age", "integer")]),
        ]),
        Question("adults", "calculate", calculation="count(${members})"),
        _q("thanks", "note"),
        lists=(YES_NO,),
    )
    assert validate_form(form) == []
    check_form(form)
    assert form.question_count == 6
    assert [q.name for q in form.walk()] == ["consent", "household", "size", "members", "member_name", "member_age",
                                            "adults", "thanks"]
    assert form.find("member_age") is not None and form.find("nobody") is None


@pytest.mark.parametrize(("form", "expected"), [
    (_form(_q("a"), _q("a")), "The name 'a' is used by more than one question"),
    (_form(_q("g", "group", children=[_q("a")]), _q("a")), "The name 'a' is used by more than one question"),
    (_form(_q("2fast")), "'2fast' is not a usable question name"),
    (_form(_q("has space")), "'has space' is not a usable question name"),
    (_form(_q("a", "geopoint")), "'a' has the type 'geopoint', which the app does not know"),
    (_form(_q("a", "select_one", list_name="colours")), "uses the choice list 'colours', which does not exist"),
    (_form(_q("a", "select_one")), "'a' needs a choice list"),
    (_form(_q("a", "text", list_name="yes_no"), lists=(YES_NO,)), "cannot have a choice list"),
    (_form(_q("a", "integer", or_other=True)), "Only select questions can have 'or other'"),
    (_form(_q("a", "select_one", list_name="yes_no", or_other=True), _q("a_other"), lists=(YES_NO,)),
     "needs the name 'a_other'"),
    (_form(_q("a", relevant="${b} = 1")), "In 'a', position 1 of the relevant: there is no question named 'b'"),
    (_form(_q("a", constraint="foo(.)")), "In 'a', position 1 of the constraint: unknown function 'foo()'"),
    (_form(_q("a", label={"en": "Hello ${nobody}"})), "there is no question named 'nobody'"),
    (_form(Question("a", "calculate", calculation="${b} + 1"), Question("b", "calculate", calculation="${a}")),
     "These questions depend on each other in a circle: 'a' → 'b' → 'a'"),
    (_form(_q("a", relevant="${a} = 'x'")), "depend on each other in a circle: 'a' → 'a'"),
    (_form(_q("g", "group", relevant="${x} = 1", children=[_q("x", "integer")])), "in a circle"),
    (_form(Question("c", "calculate")), "The calculation 'c' needs a formula"),
    (_form(Question("a", "text")), "'a' needs a label or a hint"),
    (_form(_q("a", label={"de": "Hallo"})), "has a text in 'de', which is not one of the form's languages"),
    (_form(_q("r", "range", parameters={"start": "1", "end": "five"})), "The end of the range 'r' must be a number"),
    (_form(_q("r", "range", parameters={"step": "0"})), "The step of the range 'r' cannot be 0"),
    (_form(_q("a", "note", children=[_q("b")])), "so it cannot hold other questions"),
    (_form(_q("a", "select_multiple", list_name="l"), lists=(ChoiceList("l", [Choice("a b", {"en": "A"})]),)),
     "cannot contain spaces"),
    (_form(lists=(ChoiceList("l", [Choice("x", {"en": "X"}), Choice("x", {"en": "Y"})]),)),
     "The list 'l' has the choice 'x' twice"),
])
def test_problems_are_found(form: Form, expected: str) -> None:
    messages = _messages(form)
    assert any(expected in message for message in messages), messages
    with pytest.raises(UserError):
        check_form(form)


def test_settings_problems() -> None:
    form = _form(_q("a"))
    form.form_id, form.title = "", " "
    assert _messages(form)[:2] == ["The form needs an id (form_id).", "The form needs a title."]
    form = _form(_q("a"))
    form.default_language = "fr"
    assert "The default language 'fr' is not one of the form's languages." in _messages(form)


def test_unsupported_types_kept_as_notes_need_no_label() -> None:
    form = _form(Question("where", "note", source_type="geopoint"))
    assert validate_form(form) == []


def test_text_falls_back_to_the_default_language() -> None:
    assert text_in({"en": "Hello", "pt": "Olá"}, "pt") == "Olá"
    assert text_in({"en": "Hello"}, "pt", "en") == "Hello"
    assert text_in({"default": "Hi"}, "pt", "en") == "Hi"
    assert text_in({"fr": "Salut"}, "pt", "en") == "Salut"
    assert text_in({}, "pt") == ""


@pytest.mark.parametrize(("column", "code", "name"), [
    ("English (en)", "en", "English"),
    ("Português (pt)", "pt", "Português"),
    ("French", "fr", "French"),
    ("fr", "fr", "French"),
    ("Français", "fr", "Français"),
    ("Kriolu", "kriolu", "Kriolu"),
    ("Portuguese (pt-BR)", "pt-BR", "Portuguese"),
    ("default", "default", ""),
])
def test_languages_from_column_headers(column: str, code: str, name: str) -> None:
    assert split_language(column) == (code, name)
    # what the writer puts back reads as the same language
    assert split_language(language_column(code, name) or "default") == (code, name)


def test_two_headers_for_one_code_get_two_codes() -> None:
    registry = LanguageRegistry()
    assert registry.code("English (en)") == "en"
    assert registry.code("English") == "english"
    assert registry.code("English (en)") == "en"


# -- random forms: validation and compilation never crash ------------------------------------------------
NAMES = [f"q{i}" for i in range(8)]
_EXPRESSIONS = st.sampled_from(["", "${q0} = 'x'", "${q1} > 2", "${q2} + ${q3}", "selected(${q4}, 'a')",
                                "${q5} != ''", "${q6}", "${q7} * 2", "${nope} = 1", "((", "foo()", ". > 1"])


@st.composite
def _random_form(draw: st.DrawFn) -> Form:
    questions = []
    for name in NAMES:
        kind = draw(st.sampled_from(["text", "integer", "calculate", "note", "select_one", "group"]))
        questions.append(Question(name, kind, {"en": name}, list_name="l" if kind == "select_one" else "",
                                  relevant=draw(_EXPRESSIONS), constraint=draw(_EXPRESSIONS),
                                  calculation=draw(_EXPRESSIONS) or ("1" if kind == "calculate" else "")))
    return Form("f", "F", questions, [ChoiceList("l", [Choice("a", {"en": "A"})])], ["en"], "en")


@settings(max_examples=200, deadline=None)
@given(_random_form())
def test_random_forms_validate_and_compile_or_fail_clearly(form: Form) -> None:
    problems = validate_form(form)
    if problems:
        with pytest.raises(UserError):
            FormLogic(form)
        return
    state = FormLogic(form).new_state()
    for name in NAMES:
        if form.find(name).type in ("text", "integer", "select_one"):  # type: ignore[union-attr]
            state.set_answer(name, "3")
    assert isinstance(state.slots(), list)
