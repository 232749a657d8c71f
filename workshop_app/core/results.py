"""Survey results for the Results screen: per question, for everyone, one group, or two groups side by side.

All versions of a questionnaire (one ``form_id``) count together: questions are matched by name, and labels,
order and choice lists come from the newest version (choices only older versions had come after). Answers are
tallied in the database with one grouped query per survey (and one more only when the form has repeats), so a
whole survey of 10,000 responses is computed in a fraction of a second; ``core.results_tallies`` then decides
what may be published. A person belongs to a profile group while their consent to take part stands (as in the
diversity picture); anonymous responses are never in a group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import distinct, exists, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from workshop_app.core.diversity_targets import load_targets
from workshop_app.core.forms import METADATA, Form, Question, text_in
from workshop_app.core.forms.model import OTHER
from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, TAKE_PART, pick_label
from workshop_app.core.results_numbers import number_text, scale_steps
from workshop_app.core.results_rules import (
    Comparison,
    ProfileChoiceOption,
    ProfileGroup,
    ProfileQuestionOption,
    QuestionSpec,
    ResultsFilter,
    ResultsSurvey,
    SurveyResults,
    WorkshopOption,
    kind_of,
)
from workshop_app.core.results_tallies import compare_results, question_result
from workshop_app.core.surveys import SurveyService
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Answer,
    Consent,
    ProfileAnswer,
    ProfileChoice,
    ProfileQuestion,
    Response,
    Survey,
    Workshop,
)
from workshop_app.db.models import Question as QuestionRow
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

Tallies = dict[str, Counter[tuple[str, ...]]]
"""Question name → its tally (see ``core.results_rules.Tally``)."""

# Groups many people look for that span several answers of the default age question: (codes, labels).
AGE_GROUPS = (
    (("under_18", "18_29"), {"en": "Under 30", "pt": "Menos de 30", "es": "Menos de 30", "fr": "Moins de 30 ans",
                             "it": "Meno di 30 anni", "pl": "Poniżej 30 lat"}),
    (("60_74", "75_plus"), {"en": "60 or over", "pt": "60 ou mais", "es": "60 o más", "fr": "60 ans ou plus",
                            "it": "60 anni o più", "pl": "60 lat i więcej"}),
)


@dataclass(frozen=True)
class _Plan:
    """What a questionnaire's results are made of: its versions, and its questions as the reader sees them."""

    form_id: str
    title: str
    survey_ids: tuple[str, ...]
    specs: tuple[QuestionSpec, ...]


class ResultsService:
    """Reads results; nothing here writes."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- what can be picked ----------------------------------------------------------------------------------
    def surveys(self) -> list[ResultsSurvey]:
        """Questionnaires with at least one response, by title; each combines all its versions."""
        with self.db.session() as session:
            counts = dict(session.execute(select(Response.survey_id, func.count()).group_by(Response.survey_id))
                          .all())
            rows = session.execute(select(Survey.id, Survey.form_id, Survey.version, Survey.title)
                                   .order_by(Survey.form_id, Survey.version)).all()
        forms: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
        for survey_id, form_id, version, title in rows:
            forms[form_id].append((survey_id, version, title))
        found = []
        for form_id, versions in forms.items():
            responses = sum(counts.get(survey_id, 0) for survey_id, _, _ in versions)
            if responses:
                latest_id, _, title = versions[-1]
                found.append(ResultsSurvey(form_id, title, latest_id,
                                           tuple(v for s, v, _ in versions if counts.get(s)), responses))
        return sorted(found, key=lambda s: (s.title.casefold(), s.form_id))

    def workshops(self, form_id: str) -> list[WorkshopOption]:
        """The workshops where a questionnaire was answered, newest first, with their number of responses."""
        query = (select(Workshop.id, Workshop.title, Workshop.starts_at, func.count(Response.id))
                 .join(Response, Response.workshop_id == Workshop.id).join(Survey, Survey.id == Response.survey_id)
                 .where(Survey.form_id == form_id).group_by(Workshop.id, Workshop.title, Workshop.starts_at))
        with self.db.session() as session:
            rows = [WorkshopOption(*row) for row in session.execute(query)]
        oldest = datetime.min.replace(tzinfo=timezone.utc)
        return sorted(rows, key=lambda w: (w.starts_at or oldest, w.title), reverse=True)

    def date_span(self, form_id: str) -> tuple[date, date] | None:
        """The first and last local day a questionnaire was answered on, or ``None`` before any answer."""
        query = (select(func.min(Response.started_at), func.max(Response.started_at))
                 .join(Survey, Survey.id == Response.survey_id).where(Survey.form_id == form_id))
        with self.db.session() as session:
            first, last = session.execute(query).one()
        if first is None or last is None:
            return None
        return _local_day(first), _local_day(last)

    def profile_groups(self, language: str = "en") -> list[ProfileQuestionOption]:
        """The profile questions and their answers ("prefer not to say" aside), to make groups from."""
        with self.db.session() as session:
            questions = session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position,
                                                                         ProfileQuestion.name)).all()
            return [ProfileQuestionOption(q.name, pick_label(q.labels, language, q.name), tuple(
                ProfileChoiceOption(c.code, pick_label(c.labels, language, c.code))
                for c in q.choices if c.code != PREFER_NOT_TO_SAY)) for q in questions]

    def suggested_groups(self, language: str = "en") -> list[ProfileGroup]:
        """Groups spanning several answers: the diversity targets' groups, then "under 30" and "60 or over"."""
        options = {q.name: q for q in self.profile_groups(language)}
        with self.db.session() as session:
            targets = load_targets(session)
        found: dict[tuple[str, tuple[str, ...]], ProfileGroup] = {}
        for target in targets:
            option = options.get(target.question_name)
            if option is not None and len(target.codes) > 1:
                name = target.label(language)
                group = option.group(target.codes, f"{option.label}: {name}" if name else "")
                found.setdefault((group.question_name, tuple(sorted(group.codes))), group)
        age = options.get("age_band")
        known = {c.code for c in age.choices} if age else set()
        for codes, labels in AGE_GROUPS:
            if age is not None and set(codes) <= known:
                group = age.group(codes, f"{age.label}: {pick_label(labels, language, '')}")
                found.setdefault((group.question_name, tuple(sorted(group.codes))), group)
        return list(found.values())

    # -- results ---------------------------------------------------------------------------------------------
    def survey_results(self, form_id: str, filter: ResultsFilter | None = None,
                       language: str = "en") -> SurveyResults:
        """Every question's results for the responses ``filter`` selects, labels in ``language``."""
        filter = filter or ResultsFilter()
        plan = self._plan(form_id, language)
        everyone = replace(filter, group=None)
        with self.db.session() as session:
            reader = _Reader(session, plan)
            tallies = reader.tallies(filter)
            # Everyone else matching the filters, to withhold a group whose complement is 1–4 people.
            base = reader.respondents(everyone) if filter.group is not None else None
            responses = reader.responses(filter)
        results = []
        for spec in plan.specs:
            tally = tallies.get(spec.name, Counter())
            others = None if base is None else base[spec.name] - sum(tally.values())
            results.append(question_result(spec, tally, others=others))
        return SurveyResults(form_id, plan.title, language, filter, responses, tuple(results))

    def compare(self, form_id: str, question_name: str, group_a: ProfileGroup | None, group_b: ProfileGroup | None,
                filter: ResultsFilter | None = None, language: str = "en") -> Comparison:
        """One question for two groups side by side (``None``: everyone); ``filter.group`` is not used."""
        plan = self._plan(form_id, language)
        specs = tuple(spec for spec in plan.specs if spec.name == question_name)
        if not specs:
            raise UserError(QT_TRANSLATE_NOOP("errors", "“{title}” has no question called '{question_name}' with "
                                                        "results."), title=plan.title, question_name=question_name)
        return self._compare(replace(plan, specs=specs), group_a, group_b, filter or ResultsFilter())[0]

    def compare_survey(self, form_id: str, group_a: ProfileGroup | None, group_b: ProfileGroup | None,
                       filter: ResultsFilter | None = None,
                       language: str = "en") -> tuple[Comparison, ...]:
        """Every question for two groups side by side, in form order."""
        return self._compare(self._plan(form_id, language), group_a, group_b, filter or ResultsFilter())

    def _compare(self, plan: _Plan, group_a: ProfileGroup | None, group_b: ProfileGroup | None,
                 filter: ResultsFilter) -> tuple[Comparison, ...]:
        everyone = replace(filter, group=None)
        with self.db.session() as session:
            reader = _Reader(session, plan)
            tallies_a = reader.tallies(replace(filter, group=group_a))
            tallies_b = reader.tallies(replace(filter, group=group_b))
            base = None
            if group_a is not None and group_b is not None:
                base = reader.respondents(everyone)
        comparisons = []
        for spec in plan.specs:
            tally_a, tally_b = tallies_a.get(spec.name, Counter()), tallies_b.get(spec.name, Counter())
            # Everyone matching the filters: counted apart, or one of the two sides.
            total = base[spec.name] if base is not None else sum((tally_a if group_a is None else tally_b).values())
            others_a = None if group_a is None else total - sum(tally_a.values())
            others_b = None if group_b is None else total - sum(tally_b.values())
            a, b = compare_results(spec, tally_a, tally_b, others_a=others_a, others_b=others_b)
            comparisons.append(Comparison(spec.name, spec.label, spec.type, spec.kind, group_a, group_b, a, b))
        return tuple(comparisons)

    # -- the questionnaire -----------------------------------------------------------------------------------
    def _plan(self, form_id: str, language: str) -> _Plan:
        with self.db.session() as session:
            versions = session.execute(select(Survey.id, Survey.version).where(Survey.form_id == form_id)
                                       .order_by(Survey.version.desc())).all()
            answered = set(session.scalars(select(Response.survey_id).where(
                Response.survey_id.in_([v for v, _ in versions])).distinct()))
        if not versions:
            raise UserError(QT_TRANSLATE_NOOP("errors", "There is no survey '{form_id}'."), form_id=form_id)
        # The newest version gives the labels and order; older ones matter only for what was answered there.
        wanted = [survey_id for k, (survey_id, _) in enumerate(versions) if k == 0 or survey_id in answered]
        loader = SurveyService(self.db)
        forms = [loader.load_form(survey_id) for survey_id in wanted]
        specs: dict[str, QuestionSpec] = {}
        for form in forms:
            for question, in_repeat in _questions(form.questions):
                spec = _spec(form, question, in_repeat, language)
                if spec is None:
                    continue
                if question.name not in specs:
                    specs[question.name] = spec
                else:
                    specs[question.name] = _add_choices(specs[question.name], spec)
        survey_ids = tuple(survey_id for survey_id, _ in versions if survey_id in answered)
        return _Plan(form_id, forms[0].title, survey_ids, tuple(specs.values()))


def _questions(rows: Sequence[Question], in_repeat: bool = False) -> Iterator[tuple[Question, bool]]:
    for row in rows:
        if row.is_container:
            yield from _questions(row.children, in_repeat or row.type == "repeat")
        else:
            yield row, in_repeat


def _spec(form: Form, question: Question, in_repeat: bool, language: str) -> QuestionSpec | None:
    if question.type in METADATA or question.source_type:
        return None
    choice_list = form.choice_list(question.list_name) if question.list_name else None
    choices = [(c.name, text_in(c.label, language, form.default_language) or c.name)
               for c in (choice_list.choices if choice_list else [])]
    if question.or_other and not any(code == "other" for code, _ in choices):
        choices.append(("other", OTHER.get(language, OTHER["en"])))
    kind = kind_of(question.type, question.appearance, [code for code, _ in choices], question.parameters)
    if kind is None:
        return None
    if question.type == "range":
        choices = [(number_text(s), number_text(s)) for s in scale_steps(question.parameters)]
    label = text_in(question.label, language, form.default_language) or question.name
    hint = text_in(question.hint, language, form.default_language)
    return QuestionSpec(question.name, question.type, kind, label, hint, tuple(choices), in_repeat)


def _add_choices(newer: QuestionSpec, older: QuestionSpec) -> QuestionSpec:
    """Choices only an older version had, after the newest version's list."""
    known = {code for code, _ in newer.choices}
    extra = tuple((code, label) for code, label in older.choices if code not in known)
    return replace(newer, choices=newer.choices + extra, in_repeat=newer.in_repeat or older.in_repeat)


# -- queries -------------------------------------------------------------------------------------------------
def _conditions(plan: _Plan, filter: ResultsFilter) -> list[ColumnElement[bool]]:
    """Which responses count."""
    conditions: list[ColumnElement[bool]] = [Response.survey_id.in_(plan.survey_ids)]
    if filter.workshop_id is not None:
        conditions.append(Response.workshop_id == filter.workshop_id)
    if filter.date_from is not None:
        conditions.append(Response.started_at >= _local_midnight(filter.date_from))
    if filter.date_to is not None:
        conditions.append(Response.started_at < _local_midnight(filter.date_to + timedelta(days=1)))
    if filter.completed_only:
        conditions.append(Response.completed_at.is_not(None))
    if filter.group is not None:
        conditions.append(Response.participant_id.in_(_members(filter.group)))
    return conditions


def _local_day(moment: datetime) -> date:
    # min() and max() keep the column's type: aware UTC times (naive would be UTC too, as stored).
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def _local_midnight(day: date) -> datetime:
    # Dates are the laptop's calendar days; astimezone() on a naive time reads it as local time.
    return datetime.combine(day, time()).astimezone(timezone.utc)


def _members(group: ProfileGroup) -> Any:
    """The participants in ``group`` whose consent to take part stands (the latest consent event is a giving)."""
    later = aliased(Consent)
    consenting = select(Consent.participant_id).where(
        Consent.purpose == TAKE_PART, Consent.withdrawn_at.is_(None),
        ~exists().where(later.participant_id == Consent.participant_id, later.purpose == TAKE_PART,
                        later.withdrawn_at > Consent.given_at))
    return (select(ProfileAnswer.participant_id)
            .join(ProfileQuestion, ProfileQuestion.id == ProfileAnswer.question_id)
            .join(ProfileChoice, ProfileChoice.id == ProfileAnswer.choice_id)
            .where(ProfileQuestion.name == group.question_name, ProfileChoice.code.in_(group.codes),
                   ProfileAnswer.participant_id.in_(consenting)))


class _Reader:
    """The grouped queries of one questionnaire: one per tally, whatever the number of responses."""

    def __init__(self, session: Session, plan: _Plan) -> None:
        self.session = session
        self.plan = plan
        names = {spec.name for spec in plan.specs}
        self.repeated = {spec.name for spec in plan.specs if spec.in_repeat}
        self.ids = {qid: name for qid, name in session.execute(
            select(QuestionRow.id, QuestionRow.name).where(QuestionRow.survey_id.in_(plan.survey_ids)))
            if name in names}
        # A few questions of many (a one-question comparison) are found through the index on the question;
        # for a whole survey, SQLite walks each response's answers in order, 1.5× faster than hopping by question.
        self.narrow = len(names) <= 3

    def _answers(self, filter: ResultsFilter, *columns: Any) -> Any:
        query = (select(Answer.question_id, *columns).join(Response, Response.id == Answer.response_id)
                 .where(Answer.value != "", *_conditions(self.plan, filter)))
        return query.where(Answer.question_id.in_(list(self.ids))) if self.narrow else query

    def responses(self, filter: ResultsFilter) -> int:
        """How many responses the filter selects."""
        query = select(func.count()).select_from(Response).where(*_conditions(self.plan, filter))
        return self.session.scalar(query) or 0

    def tallies(self, filter: ResultsFilter) -> Tallies:
        """Every question's tally: answers outside repeats counted in the database, those inside per person."""
        result: Tallies = defaultdict(Counter)
        if not self.ids:
            return result
        query = (self._answers(filter, Answer.value, func.count()).where(Answer.instance == "")
                 .group_by(Answer.question_id, Answer.value))
        for question_id, value, count in self.session.execute(query):
            name = self.ids.get(question_id)
            if name is not None:
                result[name][(value,)] += count
        if self.repeated:
            # Each respondent's answers to a question in a repeat together, so they count once.
            per_person: dict[tuple[str, str], list[str]] = defaultdict(list)
            query = self._answers(filter, Answer.response_id, Answer.value).where(Answer.instance != "")
            for question_id, response_id, value in self.session.execute(query):
                name = self.ids.get(question_id)
                if name in self.repeated:
                    per_person[(name, response_id)].append(value)
            for (name, _), values in per_person.items():
                result[name][tuple(sorted(values))] += 1
        return result

    def respondents(self, filter: ResultsFilter) -> Counter[str]:
        """How many respondents answered each question (without the breakdown)."""
        result: Counter[str] = Counter()
        if not self.ids:
            return result
        query = self._answers(filter, func.count()).where(Answer.instance == "").group_by(Answer.question_id)
        if self.repeated:
            query = query.union_all(self._answers(filter, func.count(distinct(Answer.response_id)))
                                    .where(Answer.instance != "").group_by(Answer.question_id))
        for question_id, count in self.session.execute(query):
            name = self.ids.get(question_id)
            if name is not None:
                result[name] += count
        return result


__all__ = ["AGE_GROUPS", "ResultsService"]
