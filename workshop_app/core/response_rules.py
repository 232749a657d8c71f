"""Responses as plain data: cleaning and checking one answer, the shapes screens get, and the saver contract.

No SQLAlchemy here, so the kiosk and data entry screens can import it at start-up. ``core.responses`` is the
database-backed saver; ``MemorySaver`` (``core.response_memory``) runs a survey with nothing stored (previews
and tests). Both clean and check answers with ``prepare_answer``, so they accept and refuse the same things.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from workshop_app.core.forms import ANSWERABLE, AnswerProblem, FormState, Slot, check_answer, format_instance
from workshop_app.core.forms.logic import Instance
from workshop_app.core.forms.state import MAX_INSTANCES, parse_instance
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text, TranslationContext

errors = TranslationContext("errors")


MODES = ("kiosk", "data_entry")
MAX_ANSWER = 10_000
"""Characters in one answer: a long story fits; a pasted book is refused with a sentence, not cut."""
NUMERIC = ("integer", "decimal", "range")

# Control characters break exports and screens; tab and newline are what people type. Format characters
# (right-to-left marks, the zero-width joiner inside emoji) are kept. Lone surrogates cannot be stored at all.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-", "\uff0d": "-",
                        "\u066b": ",", "\u066c": "", "\uff0c": ",", "\uff0e": "."})
NUMBER_FORMAT_MESSAGE = QT_TRANSLATE_NOOP("errors", "Write the number with one decimal comma or point and no "
                                                  "thousands separator, for example 1234,5.")


class AnswerRejected(UserError):
    """An answer that cannot be kept; ``problem.kind`` lets the screen say it kindly in the person's language."""

    def __init__(self, problem: AnswerProblem) -> None:
        super().__init__(problem.text if isinstance(problem.text, Text) or not problem.from_form
                         else Text("form", problem.text))
        self.problem = problem


class IdentityRefused(UserError):
    """A code typed in the kiosk that cannot start a response; ``kind`` is ``unknown_code``, ``no_consent`` or
    ``already_answered``, so the screen can say it in the person's language."""

    def __init__(self, kind: str, message: str | Text) -> None:
        super().__init__(message)
        self.kind = kind


class IncompleteResponse(UserError):
    """A response that cannot be finished yet: ``missing`` are the relevant required questions left empty."""

    def __init__(self, message: str | Text, missing: list[Slot]) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass(frozen=True)
class ResponseData:
    """One response as the screens see it (no personal data: the participant is known by id and code only)."""

    id: str
    survey_id: str
    workshop_id: str | None
    activity_id: str | None
    participant_id: str | None
    participant_code: str
    language: str
    mode: str
    started_at: datetime
    completed_at: datetime | None
    answer_count: int = 0

    @property
    def anonymous(self) -> bool:
        """True when no participant code is attached."""
        return self.participant_id is None


@dataclass(frozen=True)
class SavedAnswer:
    """An answer that is on disk: the value as stored (cleaned, ``12,5`` → ``12.5``) and when."""

    response_id: str
    question: str
    instance: str
    value: str
    saved_at: datetime


@dataclass(frozen=True)
class UnfinishedResponse:
    """A response nobody finished (a person walked away, the battery died): what "resume?" lists."""

    id: str
    survey_id: str
    survey_title: str
    workshop_id: str | None
    activity_id: str | None
    participant_code: str
    language: str
    mode: str
    started_at: datetime
    last_answer_at: datetime | None
    answer_count: int


class ResponseSaver(Protocol):
    """What the kiosk and the data entry form need to keep answers; ``ResponseService`` is the real one."""

    def start(self, survey_id: str, *, workshop_id: str | None = None, participant_id: str | None = None,
              language: str, mode: str, activity_id: str | None = None) -> ResponseData: ...

    def get(self, response_id: str) -> ResponseData: ...

    def load_state(self, response_id: str) -> FormState: ...

    def save_answer(self, response_id: str, question_name: str, value: str,
                    instance: str | Instance = "") -> SavedAnswer: ...

    def clear_answer(self, response_id: str, question_name: str, instance: str | Instance = "") -> None: ...

    def set_language(self, response_id: str, language: str) -> None: ...

    def complete(self, response_id: str) -> ResponseData: ...

    def identify(self, code: str) -> tuple[str, str]: ...

    def latest_for(self, survey_id: str, participant_id: str, *, workshop_id: str | None = None,
                   activity_id: str | None = None) -> ResponseData | None: ...


# -- cleaning --------------------------------------------------------------------------------------------------
def clean_answer_text(value: object) -> str:
    """Any value as answer text: NFC, ``\\r\\n`` → ``\\n``, control characters dropped, trimmed.

    Right-to-left text and emoji are kept as they are. More than ``MAX_ANSWER`` characters is refused.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        raise AnswerRejected(AnswerProblem("type", QT_TRANSLATE_NOOP("errors", "This answer is not text or a "
                                                                         "number.")))
    text = value if isinstance(value, str) else str(value)
    if len(text) > 4 * MAX_ANSWER:
        # Said before any work on it: a pasted book need not be normalised to be refused.
        raise AnswerRejected(_too_long(len(text)))
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))).strip()
    if len(text) > MAX_ANSWER:
        raise AnswerRejected(_too_long(len(text)))
    return text


def _too_long(length: int) -> AnswerProblem:
    return AnswerProblem("too_long", Text("errors", QT_TRANSLATE_NOOP("errors", "An answer can have at most "
                                                                         "{maximum:,} characters; this one has "
                                                                         "{length:,}."),
                                          maximum=MAX_ANSWER, length=length))


def normalise_number(text: str, kind: str) -> str:
    """A number as typed (``12,5``, ``1 234``, ``٣٫٥``, ``−4``) in the form the form logic reads (``12.5``).

    Both a decimal comma and a decimal point are accepted whatever the language, on purpose: a Portuguese
    speaker answering in English still writes ``12,5``. A comma *and* a point together are ambiguous
    (``1.234,5`` or ``1,234.5``?) and refused with a sentence, as are several commas. Whole numbers lose
    leading zeros and a ``+``.
    """
    number = _NUMBER_SPACES.sub("", text.translate(_MINUS))
    number = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in number)
    if number.startswith("+"):
        number = number[1:]
    if "," in number:
        if "." in number or number.count(",") > 1:
            raise AnswerRejected(AnswerProblem("decimal" if kind != "integer" else "integer",
                                               NUMBER_FORMAT_MESSAGE if kind != "integer" else
                                               QT_TRANSLATE_NOOP("errors", "Enter a whole number.")))
        number = number.replace(",", ".")
    if kind == "integer" and re.fullmatch(r"-?\d{1,10}", number):
        number = str(int(number))
    return number


def normalise(question_type: str, text: str) -> str:
    """``text`` in the stored form for a question of ``question_type`` (numbers, space-separated choices)."""
    if not text:
        return text
    if question_type in NUMERIC:
        return normalise_number(text, question_type)
    if question_type in ("select_multiple", "rank"):
        return " ".join(text.split())
    if question_type in ("select_one", "date", "time"):
        return text.strip()
    return text


def prepare_answer(state: FormState, name: str, value: object, instance: Instance = ()) -> str:
    """The value to store for ``name``, cleaned and checked against the question's type and constraint.

    Raises ``AnswerRejected`` (with ``problem.kind`` and a sentence) when it cannot be kept, or when the
    question is not one a person answers here, or does not apply given the earlier answers. An empty result
    means "no answer": the caller clears it, and the required rule is checked on "next" and at the end.
    """
    logic = state.logic
    if name not in logic.by_name:
        raise AnswerRejected(AnswerProblem("unknown", Text("errors", QT_TRANSLATE_NOOP(
            "errors", "The survey has no question called '{name}'."), name=name)))
    row = logic.row(name)
    question = logic.questions[row.index]
    if question.type not in ANSWERABLE or row.kind == "calculated":
        raise AnswerRejected(AnswerProblem("not_answerable", Text("errors", QT_TRANSLATE_NOOP(
            "errors", "'{name}' is not a question to answer."), name=name)))
    _ensure_instance(state, name, instance)
    if not state.is_relevant(name, instance):
        raise AnswerRejected(AnswerProblem("not_relevant", QT_TRANSLATE_NOOP("errors", "This question does not apply "
                                                                                 "given the earlier answers.")))
    text = normalise(question.type, clean_answer_text(value))
    if text:
        problem = check_answer(state, name, text, instance=instance)
        if problem is not None:
            raise AnswerRejected(problem)
    return text


def _ensure_instance(state: FormState, name: str, instance: Instance) -> None:
    """Create the repeat instances an answer in ``instance`` implies (the kiosk made them on its side)."""
    logic = state.logic
    repeats = logic.index.items[logic.row(name).index].repeats
    if len(instance) != len(repeats):
        return  # the state says what is wrong with the instance
    if any(not 1 <= position <= MAX_INSTANCES for position in instance):
        raise AnswerRejected(AnswerProblem("instance", Text("errors", QT_TRANSLATE_NOOP(
            "errors", "A repeat can have at most {maximum} entries."), maximum=MAX_INSTANCES)))
    for level, repeat in enumerate(repeats):
        parent = tuple(instance[:level])
        while state.counts.get((repeat, parent), 0) < instance[level]:
            state.add_instance(logic.rows[repeat].name, parent)


def as_instance(instance: str | Instance) -> tuple[Instance, str]:
    """An instance given either way (``"2.1"`` or ``(2, 1)``) as both the tuple and the stored text."""
    if isinstance(instance, str):
        parsed = parse_instance(instance)
        return parsed, format_instance(parsed)
    parsed = tuple(instance)
    return parsed, format_instance(parsed)


def validate_mode(mode: str) -> str:
    """``mode`` if it is one the app knows, else ``UserError``."""
    if mode not in MODES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A response is given in the kiosk or typed in from paper "
                                                    "({modes})."), modes=", ".join(MODES))
    return mode


def missing_message(labels: list[str]) -> Text:
    """The sentence that says which questions still need an answer."""
    shown = ", ".join(f"“{label}”" for label in labels[:5])
    if len(labels) == 1:
        return Text("errors", QT_TRANSLATE_NOOP("errors", "One question still needs an answer: {shown}."), shown=shown)
    if len(labels) > 5:
        return errors.tr("{n} questions still need an answer: {shown} and {more} more.", "", len(labels),
                         shown=shown, more=len(labels) - 5)
    return errors.tr("{n} questions still need an answer: {shown}.", "", len(labels), shown=shown)
