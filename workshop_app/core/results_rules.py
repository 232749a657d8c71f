"""The Results screen as plain data, and the rules that decide what may be shown.

No SQLAlchemy here: ``core.results`` reads the database into tallies, ``core.results_tallies`` publishes them.

Decisions, so every screen says the same thing:

* A tally maps "the answers one respondent gave to a question" (one value, or several inside a repeat) to the
  number of respondents who gave exactly that. Every count shown is a number of **people**, never of answers.
* A question (or a group's part of it) with fewer than ``THRESHOLD`` respondents shows no breakdown at all, only
  "fewer than 5 answers". A group whose complement (everyone else matching the filters) is 1–4 people is
  withheld too: comparing it with "everyone" would reveal those few people's answers.
* Every count is published through ``core.suppression.protect`` (1–4 → "<5", with secondary suppression when
  the counts add up to the respondents); shares are given only for shown counts.
* Free text becomes word frequencies: a word counts once per respondent and shows only when at least
  ``THRESHOLD`` respondents used it, the ``TOP_WORDS`` most used. The texts themselves are never returned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from workshop_app.core.results_numbers import scale_steps
from workshop_app.core.suppression import SMALL, THRESHOLD

Tally = Mapping[tuple[str, ...], int]
"""The answers one respondent gave (one value, or several in a repeat) → how many respondents gave exactly that."""

KINDS = ("choices", "likert", "histogram", "words", "count_only")
TOP_WORDS = 20
MAX_SCALE_STEPS = 11
"""A ``range`` with more steps than this (0–100) is a histogram, not a Likert scale."""
AGREEMENT_CODES = frozenset({
    "strongly_disagree", "disagree", "somewhat_disagree", "neutral", "neither", "neither_agree_nor_disagree",
    "somewhat_agree", "agree", "strongly_agree",
})
"""A select_one whose codes all come from this agreement scale is drawn as a Likert scale."""
OFF_SCALE_CODES = frozenset({
    "dont_know", "don_t_know", "dk", "na", "n_a", "not_applicable", "no_opinion", "prefer_not_to_say",
    "refused", "other",
})
"""Answers of a Likert question that are not a point on its scale; drawn apart."""
CHOICE_TYPES = ("select_one", "select_multiple", "rank")
NUMBER_TYPES = ("integer", "decimal")
SKIPPED_TYPES = ("note", "group", "repeat", "calculate", "acknowledge")


# -- what a person picks ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProfileGroup:
    """People whose answer to profile question ``question_name`` is one of ``codes``; ``label`` names them."""

    question_name: str
    codes: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class ResultsFilter:
    """Which responses count: one workshop, started between two local dates (inclusive), one group, finished."""

    workshop_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    group: ProfileGroup | None = None
    completed_only: bool = False


@dataclass(frozen=True)
class ProfileChoiceOption:
    """One answer of a profile question a group can be made of."""

    code: str
    label: str


@dataclass(frozen=True)
class ProfileQuestionOption:
    """A profile question and its answers, to pick a group from."""

    name: str
    label: str
    choices: tuple[ProfileChoiceOption, ...]

    def group(self, codes: Sequence[str], label: str = "") -> ProfileGroup:
        """The group answering any of ``codes``, named "Age group: 60–74 / 75 or over" unless ``label`` is given."""
        chosen = [c for c in self.choices if c.code in codes]
        names = " / ".join(c.label for c in chosen) or " / ".join(codes)
        return ProfileGroup(self.name, tuple(c.code for c in chosen) or tuple(codes),
                            label or f"{self.label}: {names}")


# -- what the screen shows --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ResultsSurvey:
    """A questionnaire with responses: every stored version of one ``form_id`` together."""

    form_id: str
    title: str
    latest_id: str
    versions: tuple[int, ...]
    responses: int

    @property
    def id(self) -> str:
        """What lists know the questionnaire by: its ``form_id``."""
        return self.form_id


@dataclass(frozen=True)
class WorkshopOption:
    """A workshop where a questionnaire was answered."""

    id: str
    title: str
    starts_at: datetime | None
    responses: int


@dataclass(frozen=True)
class CategoryCount:
    """One bar: a choice, a scale step, a range of numbers or a word, as published."""

    code: str
    label: str
    display: str
    """The count as shown: "12", "<5", "≥5" or "–"."""
    count: int | None
    """The exact count when shown, ``None`` when hidden."""
    share: float | None = None
    """Of the respondents, only for a shown count."""
    hidden_because: str | None = None
    side: str = ""
    """On a Likert scale: ``negative``, ``neutral``, ``positive`` or ``off_scale``; empty otherwise."""

    @property
    def hidden(self) -> bool:
        """The exact count is not published."""
        return self.count is None

    @property
    def display_share(self) -> str:
        """"34 %", or empty when the count is hidden."""
        return "" if self.share is None else f"{round(self.share * 100)} %"


@dataclass(frozen=True)
class QuestionResult:
    """One question's published results (for everyone matching the filters, or for one group)."""

    name: str
    label: str
    type: str
    kind: str
    respondents: int
    counts: tuple[CategoryCount, ...] = ()
    withheld: str | None = None
    """``None`` (shown), ``none`` (nobody answered), ``few`` (1–4 answered) or ``complement`` (everyone else is
    1–4 people)."""
    hint: str = ""
    mean: float | None = None
    median: float | None = None
    multiple: bool = False
    """Counts may add up to more than the respondents (select_multiple, answers in a repeat)."""

    @property
    def shown(self) -> bool:
        """A breakdown is published."""
        return self.withheld is None

    @property
    def respondents_display(self) -> str:
        """The number of respondents as published: "<5" for 1–4."""
        return SMALL if 0 < self.respondents < THRESHOLD else str(self.respondents)

    @property
    def scale(self) -> tuple[CategoryCount, ...]:
        """The points of a Likert scale, in order (without "don't know" and the like)."""
        return tuple(c for c in self.counts if c.side and c.side != "off_scale")

    @property
    def off_scale(self) -> tuple[CategoryCount, ...]:
        """Answers of a Likert question that are not a point on its scale."""
        return tuple(c for c in self.counts if c.side == "off_scale")


@dataclass(frozen=True)
class SurveyResults:
    """A questionnaire's results under one filter."""

    form_id: str
    title: str
    language: str
    filter: ResultsFilter
    responses: int
    questions: tuple[QuestionResult, ...]

    @property
    def responses_display(self) -> str:
        """The number of responses as published: "<5" for 1–4."""
        return SMALL if 0 < self.responses < THRESHOLD else str(self.responses)

    def question(self, name: str) -> QuestionResult:
        """The result of the question called ``name``."""
        for question in self.questions:
            if question.name == name:
                return question
        raise KeyError(name)


@dataclass(frozen=True)
class Comparison:
    """One question for two groups side by side: the same categories in the same order."""

    name: str
    label: str
    type: str
    kind: str
    group_a: ProfileGroup | None
    group_b: ProfileGroup | None
    """``None`` is everyone matching the filters."""
    a: QuestionResult
    b: QuestionResult

    @property
    def categories(self) -> tuple[tuple[str, str], ...]:
        """(code, label) of each category, the same for both groups."""
        source = self.a.counts or self.b.counts
        return tuple((c.code, c.label) for c in source)


# -- the question as the rules need it ---------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionSpec:
    """A question with its labels already in the reader's language, and how its results are drawn."""

    name: str
    type: str
    kind: str
    label: str
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    """(code, label) in list order; for a range, its steps."""
    in_repeat: bool = False

    @property
    def multiple(self) -> bool:
        """One respondent may be counted in several categories."""
        return self.type == "select_multiple" or self.in_repeat


def kind_of(question_type: str, appearance: str = "", codes: Sequence[str] = (),
            parameters: Mapping[str, str] | None = None) -> str | None:
    """How a question's results are drawn, or ``None`` for rows that are not questions (notes, groups, ...).

    The Likert rule: a ``range`` of at most ``MAX_SCALE_STEPS`` steps, or a ``select_one`` with the appearance
    ``likert`` (XLSForm's way of showing a scale) or whose choice codes all come from the agreement scale
    (strongly_disagree … strongly_agree, "don't know" aside).
    """
    if question_type in SKIPPED_TYPES:
        return None
    if question_type == "range":
        return "likert" if 2 <= len(scale_steps(parameters or {})) <= MAX_SCALE_STEPS else "histogram"
    if question_type == "select_one":
        on_scale = [c for c in codes if c not in OFF_SCALE_CODES]
        if "likert" in appearance.split() or (len(on_scale) >= 3 and set(on_scale) <= AGREEMENT_CODES):
            return "likert"
        return "choices"
    if question_type in CHOICE_TYPES:
        return "choices"
    if question_type in NUMBER_TYPES:
        return "histogram"
    if question_type == "text":
        return "words"
    return "count_only"


def withheld_reason(respondents: int, others: int | None = None) -> str | None:
    """Why a breakdown is not shown (see the module's rules); ``others`` is everyone else matching the filters."""
    if respondents == 0:
        return "none"
    if respondents < THRESHOLD:
        return "few"
    if others is not None and 0 < others < THRESHOLD:
        return "complement"
    return None


__all__ = [
    "KINDS", "TOP_WORDS", "CategoryCount", "Comparison", "ProfileChoiceOption", "ProfileGroup",
    "ProfileQuestionOption", "QuestionResult", "QuestionSpec", "ResultsFilter", "ResultsSurvey", "SurveyResults",
    "Tally", "WorkshopOption", "kind_of", "withheld_reason",
]
