"""What the projector shows: a question's live results, dot vote totals, the board, a feedback round.

Never personal data: no names, no codes, no typed text of a survey answer (it may name someone), and no
result at all before ``MIN_RESPONDENTS`` people answered (or voted), so no single answer can be singled out.
Below that, the ``*_results`` methods return None; ``response_count`` gives the "waiting for answers" number.
"""

from __future__ import annotations

import math
import statistics

from sqlalchemy import func, select
from sqlalchemy.sql import Select

from workshop_app.core.activity_rules import (
    MIN_RESPONDENTS,
    Board,
    Count,
    FeedbackSummary,
    ResultsData,
    VoteTotals,
)
from workshop_app.core.brainstorm import load_board
from workshop_app.core.feedback import FeedbackService
from workshop_app.core.forms import Form, Question, text_in
from workshop_app.core.surveys import SurveyService
from workshop_app.core.voting import has_tally, load_dot_vote, notes_source, vote_totals
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Answer, Response
from workshop_app.db.models import Question as QuestionRow
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

NUMBER_BINS = 6
CHARTED = ("select_one", "select_multiple", "rank", "range", "integer", "decimal")
"""Types whose answers become a chart; the others show only how many answered."""


class LiveResults:
    """Reads results for the projector; cheap enough to call every second or two."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._forms: dict[str, Form] = {}

    def response_count(self, survey_id: str, *, workshop_id: str | None = None,
                       activity_id: str | None = None) -> int:
        """How many people have started answering (for "12 answers so far" and "waiting for 3 answers")."""
        query = select(func.count()).select_from(Response).where(Response.survey_id == survey_id)
        with self.db.session() as session:
            return session.scalar(_scoped(query, workshop_id, activity_id)) or 0

    def question_results(self, survey_id: str, question_name: str, *, workshop_id: str | None = None,
                         activity_id: str | None = None, language: str | None = None) -> ResultsData | None:
        """One question's results, or None while fewer than ``MIN_RESPONDENTS`` people answered it.

        Counts include responses not finished yet: the room sees answers arrive.
        """
        query = (select(Answer.response_id, Answer.value).join(Response, Response.id == Answer.response_id)
                 .join(QuestionRow, QuestionRow.id == Answer.question_id)
                 .where(Response.survey_id == survey_id, QuestionRow.name == question_name, Answer.value != ""))
        with self.db.session() as session:
            rows = session.execute(_scoped(query, workshop_id, activity_id)).all()
        respondents = len({response_id for response_id, _ in rows})
        if respondents < MIN_RESPONDENTS:
            return None
        form = self._form(survey_id)
        question = form.find(question_name)
        if question is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The survey has no question called '{question_name}'."),
                            question_name=question_name)
        language = language or form.default_language
        label = text_in(question.label, language, form.default_language) or question.name
        values = [value for _, value in rows]
        if question.type not in CHARTED:
            return ResultsData(question.name, label, question.type, respondents)
        if question.type in ("integer", "decimal", "range"):
            return _numbers(question, label, respondents, values)
        return ResultsData(question.name, label, question.type, respondents,
                           _choice_counts(form, question, values, language))

    def vote_totals(self, activity_id: str) -> VoteTotals | None:
        """A dot vote's totals, or None while fewer than ``MIN_RESPONDENTS`` people voted (and no tally)."""
        with self.db.session() as session:
            totals = vote_totals(session, activity_id)
            tallied = has_tally(session, notes_source(session, load_dot_vote(session, activity_id)))
        return totals if totals.voters >= MIN_RESPONDENTS or tallied else None

    def board(self, activity_id: str) -> Board:
        """The brainstorm board (or a dot vote's notes) as it stands: notes and clusters, no authors."""
        with self.db.session() as session:
            activity = get_existing(session, Activity, activity_id, "activity")
            source = notes_source(session, activity) if activity.kind == "dot_vote" else activity_id
            return load_board(session, source)

    def feedback(self, activity_id: str) -> FeedbackSummary | None:
        """A feedback round's ratings without the comments, or None below ``MIN_RESPONDENTS``."""
        summary = FeedbackService(self.db).summary(activity_id, with_comments=False)
        return summary if summary.ready else None  # comments never reach the projector: they may name someone

    def _form(self, survey_id: str) -> Form:
        form = self._forms.get(survey_id)
        if form is None:
            # Only asked for once a version has answers; such a version never changes (an edit makes a new
            # version), so the cache stays true.
            form = self._forms[survey_id] = SurveyService(self.db).load_form(survey_id)
        return form


def _scoped(query: Select, workshop_id: str | None, activity_id: str | None) -> Select:
    if workshop_id is not None:
        query = query.where(Response.workshop_id == workshop_id)
    if activity_id is not None:
        query = query.where(Response.activity_id == activity_id)
    return query


def _choice_counts(form: Form, question: Question, values: list[str], language: str) -> tuple[Count, ...]:
    """Counts per choice in the list's order; a rank counts each person's first choice."""
    found: dict[str, int] = {}
    for value in values:
        picked = value.split() if question.type in ("select_multiple", "rank") else [value.strip()]
        for code in picked[:1] if question.type == "rank" else dict.fromkeys(picked):
            found[code] = found.get(code, 0) + 1
    choice_list = form.choice_list(question.list_name)
    choices = list(choice_list.choices) if choice_list else []
    counts = [Count(c.name, text_in(c.label, language, form.default_language) or c.name, found.pop(c.name, 0))
              for c in choices]
    # Codes no longer in the list (or "other"), after the listed ones; labelled by their code.
    counts += [Count(code, "Other" if code == "other" else code, n) for code, n in sorted(found.items())]
    return tuple(counts)


def _numbers(question: Question, label: str, respondents: int, values: list[str]) -> ResultsData:
    numbers = []
    for value in values:
        try:
            number = float(value)
        except ValueError:
            continue
        if math.isfinite(number):
            numbers.append(number)
    if not numbers:
        return ResultsData(question.name, label, question.type, respondents)
    mean, median = round(statistics.fmean(numbers), 2), statistics.median(numbers)
    counts = _scale_counts(question, numbers) if question.type == "range" else _bins(numbers)
    return ResultsData(question.name, label, question.type, respondents, counts, mean, median)


def _scale_counts(question: Question, numbers: list[float]) -> tuple[Count, ...]:
    """A Likert/range scale: one count per step, the empty steps too."""
    try:
        start = float(question.parameters.get("start", "0"))
        end = float(question.parameters.get("end", "10"))
        step = abs(float(question.parameters.get("step", "1"))) or 1.0
    except ValueError:
        return _bins(numbers)
    low, high = min(start, end), max(start, end)
    if (high - low) / step > 50:
        return _bins(numbers)
    steps = [low + k * step for k in range(round((high - low) / step) + 1)]
    return tuple(Count(_number_text(s), _number_text(s), sum(1 for n in numbers if math.isclose(n, s)))
                 for s in steps)


def _bins(numbers: list[float]) -> tuple[Count, ...]:
    """Whole numbers with few distinct values one bar each; otherwise up to ``NUMBER_BINS`` equal ranges."""
    distinct_values = sorted(set(numbers))
    if len(distinct_values) <= NUMBER_BINS:
        return tuple(Count(_number_text(v), _number_text(v), numbers.count(v)) for v in distinct_values)
    low, high = distinct_values[0], distinct_values[-1]
    width = (high - low) / NUMBER_BINS
    counts = [0] * NUMBER_BINS
    for n in numbers:
        counts[min(NUMBER_BINS - 1, int((n - low) / width))] += 1
    edges = [low + k * width for k in range(NUMBER_BINS + 1)]
    return tuple(Count(f"{k}", f"{_number_text(edges[k])}–{_number_text(edges[k + 1])}", counts[k])
                 for k in range(NUMBER_BINS))


def _number_text(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:.2f}".rstrip("0").rstrip(".")


__all__ = ["CHARTED", "MIN_RESPONDENTS", "LiveResults"]
