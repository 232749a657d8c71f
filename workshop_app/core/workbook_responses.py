"""The survey sheets of the ULG workbook: Responses (one row per response), repeats, and Answers (long format).

One Responses sheet per questionnaire, all its versions together with a Version column: a secretary filters and
charts one questionnaire's columns, which would be mostly empty if unrelated surveys shared a sheet. A repeat
group gets its own sheet, one row per instance, linked by Response ID and Repeat instance (nested repeats also
name the instance they sit in). The Answers sheet lists every answer of every response on its own row.

Responses are read in order of when they started, a few hundred at a time with their answers, and each is
written to every sheet before the next is read, so memory stays flat whatever the number of answers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_app.core.forms import Form
from workshop_app.core.surveys import SurveyService
from workshop_app.core.workbook_columns import FormPlan, QuestionPlan, RepeatPlan, limit_columns, plan_form
from workshop_app.core.workbook_scope import ResolvedScope, erased_participants, local, response_filter
from workshop_app.db.database import Database
from workshop_app.db.models import Answer, Participant, Question, Response, Survey, Workshop
from workshop_app.formats.xlsx_safe import MAX_COLUMNS, too_long

CHUNK = 400
"""Responses read (with their answers) at a time."""
FIXED = ("col_response_id", "col_survey", "col_version", "col_workshop", "col_workshop_date", "col_participant",
         "col_language", "col_mode", "col_started", "col_completed")
ANSWER_COLUMNS = ("col_response_id", "col_survey", "col_version", "col_question", "col_question_label",
                  "col_instance", "col_code", "col_answer", "col_cut")


@dataclass
class SurveyPart:
    """One questionnaire in the export: its versions (newest first), layout and sheets."""

    plan: FormPlan
    survey_ids: list[str]
    versions: dict[str, tuple[int, str]]
    """Survey id → (version, title)."""
    main: list[QuestionPlan] = field(default_factory=list)
    sheet: Any = None
    repeat_sheets: dict[str, Any] = field(default_factory=dict)


@dataclass
class ResponseTotals:
    """What the survey sheets hold, for the Summary."""

    responses: int = 0
    completed: int = 0
    answers: int = 0
    per_workshop: Counter[str] = field(default_factory=Counter)


class ResponseSheets:
    """Lays out the survey sheets of an export (``create``), then fills them from the database (``fill``)."""

    def __init__(self, db: Database, resolved: ResolvedScope, words: Any) -> None:
        self.db, self.resolved, self.words = db, resolved, words
        self.language = resolved.scope.language
        self.parts: list[SurveyPart] = []
        self.answers_sheet: Any = None
        self.empty: Any = None
        """The Responses sheet of an export without responses (fixed columns only)."""
        self.warnings: list[str] = []
        self.codebook_forms: list[list[tuple[int, Form]]] = []
        """Each questionnaire's ``(version, form)`` pairs, newest first, for the Codebook."""
        with db.session() as session:
            self.response_count = self._plan(session)

    def _plan(self, session: Session) -> int:
        condition = response_filter(self.resolved)
        counted = select(Response.survey_id).distinct()
        if condition is not None:
            counted = counted.where(condition)
        used = set(session.scalars(counted))
        query = select(Survey.id, Survey.form_id, Survey.version, Survey.title).order_by(Survey.version.desc())
        versions: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
        for survey_id, form_id, version, title in session.execute(query):
            if survey_id in used or self.resolved.everything:
                versions[form_id].append((survey_id, version, title))
        service = SurveyService(self.db)
        for form_id in sorted(versions, key=lambda f: (versions[f][0][2].casefold(), f)):
            rows = versions[form_id]
            forms = [service.load_form(survey_id) for survey_id, _, _ in rows]
            self.codebook_forms.append([(version, form) for (_, version, _), form in zip(rows, forms, strict=True)])
            if not any(survey_id in used for survey_id, _, _ in rows):
                continue  # a survey nobody answered has no Responses sheet, only its Codebook lines
            plan = plan_form(forms, self.language, self.words)
            part = SurveyPart(plan, [s for s, _, _ in rows if s in used], {s: (v, t) for s, v, t in rows})
            dropped, part.main = limit_columns(plan.main, len(FIXED), MAX_COLUMNS)
            if dropped or len(part.main) < len(plan.main):
                self.warnings.append(self.words["warn_columns"].format(sheet=plan.title, count=dropped))
            self.parts.append(part)
        total = select(func.count()).select_from(Response)
        return session.scalar(total.where(condition) if condition is not None else total) or 0

    def create(self, book: Any) -> None:
        """Add the sheets, in order: each questionnaire's Responses and repeat sheets, then Answers."""
        words = self.words
        fixed = [words[key] for key in FIXED]
        if not self.parts:
            self.empty = book.table_sheet(words["sheet_responses"], fixed, table="Responses", freeze="B2")
        for part in self.parts:
            title = (words["sheet_responses"] if len(self.parts) == 1
                     else words["sheet_responses_of"].format(title=part.plan.title))
            headers = fixed + [h for q in part.main for h in q.headers(words)]
            part.sheet = book.table_sheet(title, headers, table="Responses", freeze="B2")
            for repeat in part.plan.repeats:
                part.repeat_sheets[repeat.name] = book.table_sheet(
                    words["sheet_repeat"].format(name=repeat.name), _repeat_headers(repeat, words),
                    table=f"Repeat_{repeat.name}", freeze="C2")
        self.answers_sheet = book.table_sheet(words["sheet_answers"], [words[k] for k in ANSWER_COLUMNS],
                                              table="Answers", freeze="B2")

    def fill(self, step: Callable[[int], None]) -> ResponseTotals:
        """Write every response in scope; ``step(n)`` after each batch of ``n`` (it may raise to cancel)."""
        totals = ResponseTotals()
        with self.db.session() as session:
            codes = _participant_codes(session)
            workshops = {wid: (title, local(starts)) for wid, title, starts in session.execute(
                select(Workshop.id, Workshop.title, Workshop.starts_at))}
            for part in self.parts:
                self._fill_part(session, part, codes, workshops, totals, step)
        return totals

    def _fill_part(self, session: Session, part: SurveyPart, codes: dict[str, str],
                   workshops: dict[str, tuple[str, Any]], totals: ResponseTotals, step: Callable[[int], None]) -> None:
        plan, words = part.plan, self.words
        names = {qid: name for qid, name in session.execute(
            select(Question.id, Question.name).where(Question.survey_id.in_(part.survey_ids)))}
        by_name = {q.name: q for q in plan.questions}
        main_cells = [(q.name, q.cells()) for q in part.main]
        repeat_cells = {r.name: [(q.name, q.cells()) for q in r.questions] for r in plan.repeats}
        parents = {r.name: r.parent for r in plan.repeats}
        answer_of = {q.name: (q, q.answer()) for q in plan.questions}
        modes = {"kiosk": words["mode_kiosk"], "data_entry": words["mode_data_entry"]}
        query = (select(Response.id, Response.survey_id, Response.workshop_id, Response.participant_id,
                        Response.language, Response.mode, Response.started_at, Response.completed_at)
                 .where(Response.survey_id.in_(part.survey_ids)).order_by(Response.started_at, Response.id))
        condition = response_filter(self.resolved)
        if condition is not None:
            query = query.where(condition)
        responses = session.execute(query).all()
        answers_sheet = self.answers_sheet
        for batch in _batches(responses, CHUNK):
            stored: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
            for rid, qid, instance, value in session.execute(
                    select(Answer.response_id, Answer.question_id, Answer.instance, Answer.value)
                    .where(Answer.response_id.in_([r[0] for r in batch]))):
                name = names.get(qid)
                if value and name in by_name:
                    stored[rid].append((name, instance, value))
            for rid, survey_id, workshop_id, participant_id, language, mode, started, completed in batch:
                version, title = part.versions[survey_id]
                workshop_title, workshop_start = workshops.get(workshop_id, (None, None))
                main: dict[str, str] = {}
                repeats: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
                found = stored.pop(rid, [])
                # The response's own answers first, then each repeat instance's, in form order within each.
                found.sort(key=lambda item: (_instance_key(item[1]), by_name[item[0]].order))
                for name, instance, value in found:
                    question, convert = answer_of[name]
                    if question.repeat is None:
                        main[name] = value
                    else:
                        repeats[(question.repeat, instance)][name] = value
                    code, shown = convert(value)
                    answers_sheet.append((rid, title, version, name, question.label, instance or None, code, shown,
                                          1 if value.__class__ is str and too_long(value) else None))
                row = [rid, title, version, workshop_title, workshop_start.date() if workshop_start else None,
                       codes.get(participant_id) if participant_id else None, language, modes.get(mode, mode),
                       local(started), local(completed)]
                for name, cells in main_cells:
                    row.extend(cells(main.get(name)))
                part.sheet.append(row)
                for (repeat, instance), values in sorted(repeats.items(), key=lambda i: _instance_key(i[0][1])):
                    sheet = part.repeat_sheets.get(repeat)
                    if sheet is None:
                        continue
                    repeat_row: list[Any] = [rid, instance or None]
                    if parents[repeat] is not None:
                        repeat_row.append(instance.rpartition(".")[0] or None)
                    for name, cells in repeat_cells[repeat]:
                        repeat_row.extend(cells(values.get(name)))
                    sheet.append(repeat_row)
                totals.responses += 1
                totals.completed += completed is not None
                totals.answers += len(found)
                if workshop_id is not None:
                    totals.per_workshop[workshop_id] += 1
            step(len(batch))

    def dropped_rows(self) -> list[tuple[str, int]]:
        """Sheets that reached Excel's row limit, with how many rows were left out."""
        sheets = [p.sheet for p in self.parts] + [s for p in self.parts for s in p.repeat_sheets.values()]
        sheets.append(self.answers_sheet)
        return [(s.title, s.dropped) for s in sheets if s is not None and s.dropped]


def _repeat_headers(repeat: RepeatPlan, words: Any) -> list[str]:
    headers = [words["col_response_id"], words["col_instance"]]
    if repeat.parent is not None:
        headers.append(words["col_parent_instance"])
    return headers + [h for q in repeat.questions for h in q.headers(words)]


def _participant_codes(session: Session) -> dict[str, str]:
    erased = erased_participants(session)
    return {pid: code for pid, code in session.execute(select(Participant.id, Participant.code)) if pid not in erased}


def _instance_key(instance: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in instance.split(".")) if instance else ()
    except ValueError:
        return (1 << 30,)


def _batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


__all__ = ["ANSWER_COLUMNS", "FIXED", "ResponseSheets", "ResponseTotals", "SurveyPart"]
