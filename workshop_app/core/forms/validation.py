"""Checks a form before it is saved, exported or run: every problem as one sentence a person can act on."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Protocol

from workshop_app.core.forms.graph import FormIndex
from workshop_app.core.forms.languages import DEFAULT, MAX_CODE
from workshop_app.core.forms.model import Form, Question
from workshop_app.core.forms.types import ALL_TYPES, CONTAINERS, NEEDS_LABEL, SELECTS
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

MAX_NAME = 100  # the database's name columns
MAX_TITLE = 300
# XML names, as pyxform checks them: a letter or underscore first, then letters, digits, '-', '.', '_'.
_NAME = re.compile(r"[^\W\d][\w.-]*(?::[^\W\d][\w.-]*)?")
_YES = ("yes", "true", "true()", "1")


class Report(Protocol):
    """Records a problem: the row, the column, the sentence (marked for translation) and its placeholders."""

    def __call__(self, question: str, field: str, message: str | Text, /, **params: Any) -> None: ...


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with a form: where (a row name, or "" for the whole form), which column, and what."""

    question: str
    field: str
    text: Text
    """What is wrong, translated when it is shown (``message``)."""

    @property
    def message(self) -> str:
        """What is wrong, in the interface language."""
        return str(self.text)

    def __str__(self) -> str:
        return self.message


def validate_form(form: Form) -> list[FormProblem]:
    """Every problem of ``form`` (an empty list when it can be saved, exported and run)."""
    problems: list[FormProblem] = []

    def add(question: str, field: str, message: str | Text, /, **params: Any) -> None:
        text = message if isinstance(message, Text) else Text("errors", message, **params)
        problems.append(FormProblem(question, field, text))

    _check_settings(form, add)
    _check_choice_lists(form, add)
    index = FormIndex(form)
    seen: dict[str, Question] = {}
    for item in index.items:
        if item.generated:
            continue
        question = item.question
        if question.name in seen:
            add(question.name, "name", QT_TRANSLATE_NOOP("errors", "The name '{name}' is used by more than one "
                                                                   "question; every name must be unique."),
                name=question.name)
        seen[question.name] = question
        _check_question(form, question, item.parent is not None and index.items[item.parent].question, add)
    for question in form.walk():
        if question.or_other and f"{question.name}_other" in seen:
            add(question.name, "type", QT_TRANSLATE_NOOP("errors", "'{name}' has 'or other', which needs the name "
                                                                   "'{name}_other' for itself, but a question already "
                                                                   "uses it."), name=question.name)
    for error in index.errors:
        add(error.question, error.field, error.text)
    if index.cycle:
        add(index.cycle[0], "calculation", QT_TRANSLATE_NOOP("errors", "These questions depend on each other in a "
                                                                       "circle: {cycle}."),
            cycle=" → ".join(f"'{n}'" for n in index.cycle))
    return problems


def check_form(form: Form) -> None:
    """Raise ``UserError`` with the first problem of ``form``, if it has any."""
    problems = validate_form(form)
    if problems:
        raise UserError(problems[0].text)


def _check_settings(form: Form, report: Report) -> None:
    if not form.form_id.strip():
        report("", "form_id", QT_TRANSLATE_NOOP("errors", "The form needs an id (form_id)."))
    elif len(form.form_id) > MAX_NAME:
        report("", "form_id", QT_TRANSLATE_NOOP("errors", "The form id can have at most {maximum} characters."),
               maximum=MAX_NAME)
    if not form.title.strip():
        report("", "title", QT_TRANSLATE_NOOP("errors", "The form needs a title."))
    elif len(form.title) > MAX_TITLE:
        report("", "title", QT_TRANSLATE_NOOP("errors", "The form title can have at most {maximum} characters."),
               maximum=MAX_TITLE)
    if not form.languages:
        report("", "languages", QT_TRANSLATE_NOOP("errors", "The form needs at least one language."))
    if len(set(form.languages)) != len(form.languages):
        report("", "languages", QT_TRANSLATE_NOOP("errors", "A language is listed twice."))
    for code in form.languages:
        if not code or len(code) > MAX_CODE or not re.fullmatch(r"[\w-]+", code):
            report("", "languages", QT_TRANSLATE_NOOP("errors", "'{code}' is not a usable language code (letters, "
                                                                "digits, '-' or '_', at most {maximum} characters)."),
                   code=code, maximum=MAX_CODE)
    if form.default_language not in form.languages and form.languages != [] and form.default_language != DEFAULT:
        report("", "default_language", QT_TRANSLATE_NOOP("errors", "The default language '{default_language}' is not "
                                                                   "one of the form's languages."),
               default_language=form.default_language)


def _check_choice_lists(form: Form, report: Report) -> None:
    allow_duplicates = form.settings.get("allow_choice_duplicates", "").strip().lower() in _YES
    names: set[str] = set()
    for choice_list in form.choice_lists:
        if not choice_list.name or not _NAME.fullmatch(choice_list.name) or len(choice_list.name) > MAX_NAME:
            report("", "list_name", QT_TRANSLATE_NOOP("errors", "'{choice_list}' is not a usable list name."),
                   choice_list=choice_list.name)
        if choice_list.name in names:
            report("", "list_name", QT_TRANSLATE_NOOP("errors", "There are two choice lists called '{choice_list}'."),
                   choice_list=choice_list.name)
        names.add(choice_list.name)
        codes: set[str] = set()
        for choice in choice_list.choices:
            if not choice.name.strip() or len(choice.name) > MAX_NAME:
                report("", "choices", QT_TRANSLATE_NOOP("errors", "A choice of the list '{choice_list}' has no "
                                                                  "usable name."), choice_list=choice_list.name)
            elif choice.name in codes and not allow_duplicates:
                report("", "choices", QT_TRANSLATE_NOOP("errors", "The list '{choice_list}' has the choice "
                                                                  "'{choice}' twice."),
                       choice_list=choice_list.name, choice=choice.name)
            codes.add(choice.name)
        _check_languages(form, "", [c.label for c in choice_list.choices], report)


def _check_question(form: Form, question: Question, parent: Question | bool, report: Report) -> None:
    name = question.name
    if not _NAME.fullmatch(name) or len(name) > MAX_NAME:
        report(name, "name", QT_TRANSLATE_NOOP("errors", "'{name}' is not a usable question name: start with a "
                                                         "letter or '_', then letters, digits, '_', '-' or '.', at "
                                                         "most {maximum} characters."), name=name, maximum=MAX_NAME)
    if question.type not in ALL_TYPES:
        report(name, "type", QT_TRANSLATE_NOOP("errors", "'{name}' has the type '{type}', which the app does not "
                                                         "know."), name=name, type=question.type)
        return
    if question.children and question.type not in CONTAINERS:
        report(name, "type", QT_TRANSLATE_NOOP("errors", "'{name}' is a {type}, so it cannot hold other questions."),
               name=name, type=question.type)
    if question.type in SELECTS:
        choice_list = form.choice_list(question.list_name)
        if not question.list_name:
            report(name, "list_name", QT_TRANSLATE_NOOP("errors", "'{name}' needs a choice list."), name=name)
        elif choice_list is None:
            report(name, "list_name", QT_TRANSLATE_NOOP("errors", "'{name}' uses the choice list '{list_name}', "
                                                                  "which does not exist."),
                   name=name, list_name=question.list_name)
        elif not choice_list.choices:
            report(name, "list_name", QT_TRANSLATE_NOOP("errors", "The choice list '{list_name}' of '{name}' has no "
                                                                  "choices."), list_name=question.list_name, name=name)
        elif question.type == "select_multiple" and any(" " in c.name for c in choice_list.choices):
            report(name, "list_name", QT_TRANSLATE_NOOP("errors", "The choice codes of '{list_name}' cannot contain "
                                                                  "spaces, because '{name}' allows several answers."),
                   list_name=question.list_name, name=name)
    elif question.list_name:
        report(name, "list_name", QT_TRANSLATE_NOOP("errors", "'{name}' is a {type}, so it cannot have a choice list."),
               name=name, type=question.type)
    if question.or_other and question.type not in ("select_one", "select_multiple"):
        report(name, "or_other", QT_TRANSLATE_NOOP("errors", "Only select questions can have 'or other'; '{name}' is "
                                                             "a {type}."), name=name, type=question.type)
    if question.or_other and question.extra.get("choice_filter"):
        report(name, "or_other", QT_TRANSLATE_NOOP("errors", "'{name}' cannot have both 'or other' and a choice "
                                                             "filter."), name=name)
    if question.type == "range":
        _check_range(question, report)
    if question.type == "calculate" and not question.calculation.strip():
        report(name, "calculation", QT_TRANSLATE_NOOP("errors", "The calculation '{name}' needs a formula."), name=name)
    if (question.type in NEEDS_LABEL and not question.source_type and not any(question.label.values())
            and not any(question.hint.values())):
        report(name, "label", QT_TRANSLATE_NOOP("errors", "'{name}' needs a label or a hint."), name=name)
    _check_languages(form, name, [question.label, question.hint, question.constraint_message], report)


def _check_range(question: Question, report: Report) -> None:
    values: dict[str, float] = {}
    for key, fallback in (("start", "0"), ("end", "10"), ("step", "1")):
        try:
            values[key] = float(question.parameters.get(key, fallback))
        except ValueError:
            values[key] = math.nan
        if not math.isfinite(values[key]):
            report(question.name, "parameters", QT_TRANSLATE_NOOP("errors", "The {key} of the range '{question}' "
                                                                            "must be a number."),
                   key=key, question=question.name)
            return
    if values["step"] == 0:
        report(question.name, "parameters", QT_TRANSLATE_NOOP("errors", "The step of the range '{question}' cannot "
                                                                        "be 0."), question=question.name)


def _check_languages(form: Form, name: str, texts: list[dict[str, str]], report: Report) -> None:
    known = set(form.languages) | {DEFAULT}
    for translations in texts:
        for code in translations:
            if code not in known:
                if name:
                    report(name, "languages", QT_TRANSLATE_NOOP("errors", "'{name}' has a text in '{code}', which is "
                                                                          "not one of the form's languages."),
                           name=name, code=code)
                else:
                    report(name, "languages", QT_TRANSLATE_NOOP("errors", "A choice has a text in '{code}', which is "
                                                                          "not one of the form's languages."),
                           code=code)
                return
