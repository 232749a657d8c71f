"""How each survey question becomes columns of the ULG workbook, and how a stored answer becomes cells.

* A choice question shows the chosen label (in the export language) with the code in the column beside it; a
  select_multiple also gets one 0/1 column per choice (blank when the question was not answered); a rank shows
  the labels in the order given.
* Integers, decimals and ranges become numbers, dates become dates, times become times. A value that does not
  read as its type (or an integer with a leading zero such as ``007``, or more than 15 digits, which Excel would
  round) stays text as typed.
* Versions of one questionnaire share one sheet: the newest version's questions in its order, then questions
  only older versions had. A question's type, label and choice list come from the newest version that has it;
  codes only older versions knew keep their old labels.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from workshop_app.core.forms import CONTAINERS, SELECTS, Form, Question, text_in
from workshop_app.core.forms.model import OTHER, specify_other

SKIPPED_TYPES = (*CONTAINERS, "note")
"""Rows that never hold an answer."""
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,14})")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]+)?(?:[eE][-+]?[0-9]{1,3})?")
_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?")


@dataclass
class QuestionPlan:
    """One question's columns and converters; ``repeat`` names the repeat it sits in (``None``: the main sheet)."""

    name: str
    type: str
    label: str
    order: int
    repeat: str | None = None
    choice_codes: list[str] = field(default_factory=list)
    choice_labels: dict[str, str] = field(default_factory=dict)
    flags: bool = True
    """select_multiple only: write the 0/1 columns (turned off when a sheet would pass Excel's column limit)."""

    def headers(self, words: Any) -> list[str]:
        """The column headers of this question on its Responses (or repeat) sheet."""
        if self.type == "select_one":
            return [self.label, words["col_code_of"].format(label=self.label)]
        if self.type in ("select_multiple", "rank"):
            found = [self.label, words["col_codes_of"].format(label=self.label)]
            if self.type == "select_multiple" and self.flags:
                found += [words["col_choice_of"].format(label=self.label, choice=self.choice_labels[code])
                          for code in self.choice_codes]
            return found
        return [self.label]

    @property
    def width(self) -> int:
        """How many columns the question takes."""
        if self.type == "select_one" or self.type == "rank":
            return 2
        if self.type == "select_multiple":
            return 2 + (len(self.choice_codes) if self.flags else 0)
        return 1

    def cells(self) -> Callable[[str | None], list[Any]]:
        """A function from a stored answer (``None``: not answered) to this question's cells."""
        blank = [None] * self.width
        kind = self.type
        if kind == "select_one":
            label = self._label
            return lambda value: blank if value is None else [label(value.strip()), value.strip()]
        if kind in ("select_multiple", "rank"):
            codes, flags = self.choice_codes, kind == "select_multiple" and self.flags

            def choices(value: str | None) -> list[Any]:
                if value is None:
                    return blank
                picked = value.split()
                found = ["; ".join(self._label(code) for code in picked), " ".join(picked)]
                if flags:
                    chosen = set(picked)
                    found += [1 if code in chosen else 0 for code in codes]
                return found

            return choices
        convert = self.value_converter()
        return lambda value: blank if value is None else [convert(value)]

    def answer(self) -> Callable[[str], tuple[str | None, Any]]:
        """A function from a stored answer to its (code, label or value) on the Answers sheet."""
        if self.type in SELECTS:
            label = self._label

            def choice(value: str) -> tuple[str | None, Any]:
                picked = value.split() if self.type != "select_one" else [value.strip()]
                return " ".join(picked), "; ".join(label(code) for code in picked)

            return choice
        convert = self.value_converter()
        return lambda value: (None, convert(value))

    def value_converter(self) -> Callable[[str], Any]:
        """Stored text → the value written (a number, a date, a time, or the text itself)."""
        return CONVERTERS.get(self.type, _text)

    def _label(self, code: str) -> str:
        return self.choice_labels.get(code) or code


@dataclass
class RepeatPlan:
    """A repeat group: its own sheet, one row per instance, linked to the response by id and instance."""

    name: str
    label: str
    parent: str | None
    """The repeat it sits in (nested repeats), if any."""
    questions: list[QuestionPlan] = field(default_factory=list)


@dataclass
class FormPlan:
    """One questionnaire (all its versions in the export) laid out as columns."""

    form_id: str
    title: str
    questions: list[QuestionPlan] = field(default_factory=list)
    """Every question with an answer column, in order; those inside repeats too."""
    repeats: list[RepeatPlan] = field(default_factory=list)

    @property
    def main(self) -> list[QuestionPlan]:
        """Questions of the response's own row (not inside a repeat)."""
        return [q for q in self.questions if q.repeat is None]

    def question(self, name: str) -> QuestionPlan | None:
        """The plan of the question called ``name``."""
        return next((q for q in self.questions if q.name == name), None)


def plan_form(forms: list[Form], language: str, words: Any) -> FormPlan:
    """Lay out the versions ``forms`` (newest first) of one questionnaire."""
    newest = forms[0]
    plan = FormPlan(newest.form_id, newest.title)
    by_name: dict[str, QuestionPlan] = {}
    repeats: dict[str, RepeatPlan] = {}
    for form in forms:
        for question, repeat, generated in form_rows(form):
            if question.type == "repeat":
                if question.name not in repeats:
                    label = text_in(question.label, language, form.default_language) or question.name
                    repeats[question.name] = RepeatPlan(question.name, label, repeat)
                continue
            if question.type in SKIPPED_TYPES:
                continue
            found = by_name.get(question.name)
            if found is None:
                label = text_in(question.label, language, form.default_language) or question.name
                base = by_name.get(question.name.removesuffix("_other")) if generated else None
                if base is not None:
                    label = words["col_other_text"].format(label=base.label)
                found = by_name[question.name] = QuestionPlan(question.name, question.type, label, len(by_name),
                                                              repeat)
                plan.questions.append(found)
            if found.type in SELECTS and question.type in SELECTS:
                _add_choices(found, form, question, language, words)
    plan.repeats = list(repeats.values())
    for repeat in plan.repeats:
        repeat.questions = [q for q in plan.questions if q.repeat == repeat.name]
    return plan


def form_rows(form: Form) -> list[tuple[Question, str | None, bool]]:
    """Every row with the repeat it sits in, in form order; an ``or_other`` select is followed by the
    ``<name>_other`` text row the database stores its "other" answer in (marked as generated)."""
    found: list[tuple[Question, str | None, bool]] = []

    def walk(questions: list[Question], repeat: str | None) -> None:
        for question in questions:
            found.append((question, repeat, False))
            if question.or_other:
                found.append((specify_other(question, form.languages), repeat, True))
            if question.children:
                walk(question.children, question.name if question.type == "repeat" else repeat)

    walk(form.questions, None)
    return found


def _add_choices(plan: QuestionPlan, form: Form, question: Question, language: str, words: Any) -> None:
    choice_list = form.choice_list(question.list_name)
    for choice in choice_list.choices if choice_list else []:
        if choice.name not in plan.choice_labels:
            plan.choice_codes.append(choice.name)
            plan.choice_labels[choice.name] = text_in(choice.label, language, form.default_language) or choice.name
    if question.or_other and "other" not in plan.choice_labels:
        plan.choice_codes.append("other")
        plan.choice_labels["other"] = OTHER.get(language) or words["other_choice"]


def limit_columns(plans: list[QuestionPlan], fixed: int, limit: int) -> tuple[int, list[QuestionPlan]]:
    """Turn off 0/1 columns, last question first, until the sheet fits ``limit`` columns; then drop questions.

    Returns how many choices lost their 0/1 column and the questions kept.
    """
    total = fixed + sum(q.width for q in plans)
    dropped = 0
    for question in reversed(plans):
        if total <= limit:
            break
        if question.type == "select_multiple" and question.flags and question.choice_codes:
            total -= len(question.choice_codes)
            dropped += len(question.choice_codes)
            question.flags = False
    kept = list(plans)
    while kept and total > limit:
        total -= kept.pop().width
    return dropped, kept


# -- stored text → values --------------------------------------------------------------------------------
def _text(value: str) -> Any:
    return value


def _integer(value: str) -> Any:
    text = value.strip()
    return int(text) if _INTEGER.fullmatch(text) else value


def _decimal(value: str) -> Any:
    text = value.strip()
    if not _DECIMAL.fullmatch(text):
        return value
    number = float(text)
    return number if math.isfinite(number) else value


def _range(value: str) -> Any:
    number = _decimal(value)
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


def _date(value: str) -> Any:
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return value
    return day if day.year >= 1900 else value  # Excel shows no date before 1900


def _time(value: str) -> Any:
    match = _TIME.match(value.strip())
    if not match:
        return value
    return time(int(match[1]), int(match[2]), int(match[3] or 0))


CONVERTERS: dict[str, Callable[[str], Any]] = {
    "integer": _integer, "decimal": _decimal, "range": _range, "date": _date, "today": _date, "time": _time,
}

__all__ = ["CONVERTERS", "FormPlan", "QuestionPlan", "RepeatPlan", "form_rows", "limit_columns", "plan_form"]
