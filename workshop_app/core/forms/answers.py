"""Whether one answer may be kept: its type, the required rule and the form's constraint."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from workshop_app.core.expressions import to_bool
from workshop_app.core.forms.logic import Context
from workshop_app.core.forms.model import Question, text_in
from workshop_app.core.forms.state import FormState, Slot
from workshop_app.core.forms.types import ANSWERABLE
from workshop_app.texts import QT_TRANSLATE_NOOP, Text, translate

INT_LIMIT = 2**31 - 1  # ODK stores integers in 32 bits
_INTEGER = re.compile(r"-?\d{1,10}")
_DECIMAL = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?")

DEFAULT_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("errors", "This question needs an answer."),
    "constraint": QT_TRANSLATE_NOOP("errors", "This answer is not allowed here."),
    "integer": QT_TRANSLATE_NOOP("errors", "Enter a whole number."),
    "decimal": QT_TRANSLATE_NOOP("errors", "Enter a number."),
    "date": QT_TRANSLATE_NOOP("errors", "Enter a date as year-month-day."),
    "time": QT_TRANSLATE_NOOP("errors", "Enter a time as hours:minutes."),
    "choice": QT_TRANSLATE_NOOP("errors", "Choose among the answers offered."),
    "range": QT_TRANSLATE_NOOP("errors", "Choose a value on the scale."),
}
"""What to say when the form has no message of its own; the UI may translate these by ``kind``."""


@dataclass(frozen=True)
class AnswerProblem:
    """Why an answer cannot be kept: ``kind`` (a key of ``DEFAULT_MESSAGES``) and the sentence to show."""

    kind: str
    text: str | Text
    """The sentence: the form's own, or the app's in English (translated by ``message``)."""
    from_form: bool = False
    """True when the message is the form's own (``constraint_message``/``required_message``)."""

    @property
    def message(self) -> str:
        """The sentence to show: the form's own as written, the app's in the interface language."""
        if isinstance(self.text, Text):
            return str(self.text)
        return self.text if self.from_form else translate("errors", self.text)


def is_required(state: FormState, name: str, instance: tuple[int, ...] = ()) -> bool:
    """Whether the row needs an answer now (``required``, or a ``required`` formula that is true)."""
    row = state.logic.row(name)
    question = state.logic.questions[row.index]
    if question.type not in ANSWERABLE:
        return False
    if question.required:
        return True
    return row.required_if is not None and to_bool(row.required_if(Context(state, row.index, tuple(instance))))


def check_answer(state: FormState, name: str, value: str, language: str | None = None,
                 instance: tuple[int, ...] = ()) -> AnswerProblem | None:
    """The problem with answering ``value`` to ``name`` (in ``instance``), or None when it may be kept.

    Messages come in ``language`` when the form has them (falling back to its default language).
    """
    row = state.logic.row(name)
    question = state.logic.questions[row.index]
    instance = tuple(instance)
    language = language or state.language
    if question.type not in ANSWERABLE or row.kind == "calculated":
        return None
    if value == "":
        if is_required(state, name, instance):
            own = question.extra.get("required_message")
            text = text_in(own, language, state.logic.form.default_language) if isinstance(own, dict) else own or ""
            return AnswerProblem("required", text or DEFAULT_MESSAGES["required"], bool(text))
        return None
    kind = type_problem(question, value, [c.name for c in state.choices(name, instance)])
    if kind:
        return AnswerProblem(kind, DEFAULT_MESSAGES[kind])
    if row.constraint is not None and not to_bool(row.constraint(Context(state, row.index, instance, value))):
        text = text_in(question.constraint_message, language, state.logic.form.default_language)
        return AnswerProblem("constraint", text or DEFAULT_MESSAGES["constraint"], bool(text))
    return None


def missing_required(state: FormState) -> list[Slot]:
    """Relevant rows that need an answer and have none: what stops a response from being finished."""
    return [slot for slot in state.slots() if state.value(*slot) == "" and is_required(state, *slot)]


def type_problem(question: Question, value: str, choices: list[str]) -> str | None:
    """The ``kind`` of problem when ``value`` does not fit the question's type, else None."""
    kind = question.type
    if kind == "integer":
        return None if _INTEGER.fullmatch(value) and abs(int(value)) <= INT_LIMIT else "integer"
    if kind == "decimal":
        return None if _DECIMAL.fullmatch(value) else "decimal"
    if kind == "date":
        return None if _valid_date(value) else "date"
    if kind == "time":
        return None if _TIME.fullmatch(value) else "time"
    if kind == "select_one":
        return None if value in choices else "choice"
    if kind in ("select_multiple", "rank"):
        picked = value.split()
        return None if picked and len(set(picked)) == len(picked) and set(picked) <= set(choices) else "choice"
    if kind == "range":
        return _range_problem(question, value)
    return None


def _valid_date(value: str) -> bool:
    match = _DATE.fullmatch(value)
    if match is None:
        return False
    try:
        date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return False
    return True


def _range_problem(question: Question, value: str) -> str | None:
    if not _DECIMAL.fullmatch(value):
        return "range"
    try:
        start = float(question.parameters.get("start", "0"))
        end = float(question.parameters.get("end", "10"))
        step = float(question.parameters.get("step", "1"))
    except ValueError:
        return "range"
    number = float(value)
    if not min(start, end) <= number <= max(start, end):
        return "range"
    steps = (number - start) / step if step else 0
    return None if math.isclose(steps, round(steps), abs_tol=1e-9) else "range"
