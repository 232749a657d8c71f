"""The people sheets of the ULG workbook: Participation (codes, profile answers, attendance) and Diversity.

Participants appear by their pseudonymous code; names, contacts and notes only with personal data. Profile
answers show as labels in the export language with the code beside them, and only while the person's consent to
take part stands (as in the diversity picture). Erased participants never appear.

The Diversity sheet is the app's own diversity picture (``core.diversity``), small counts already shown as
``<5`` exactly as the screen shows them; for a date range it counts the people checked in to the workshops in
range.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select

from workshop_app.core.consent import consent_states, record_of
from workshop_app.core.diversity import DiversityPicture, diversity_picture, picture_of_people
from workshop_app.core.participant_rules import TAKE_PART, ConsentRecord, code_sort_key, pick_label
from workshop_app.core.workbook_scope import (
    ResolvedScope,
    attendees,
    local,
    participants_in_scope,
    response_filter,
)
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Attendance,
    Consent,
    Participant,
    PersonalData,
    ProfileAnswer,
    ProfileChoice,
    ProfileQuestion,
    Response,
    Workshop,
)

MAX_WORKSHOP_COLUMNS = 100
"""Attendance columns (one per workshop) on the Participation sheet, at most."""

Rows = list[list[Any]]


def participation(db: Database, resolved: ResolvedScope, words: Any) -> tuple[list[str], Rows, list[str]]:
    """Headers, rows (by code) and warnings of the Participation sheet."""
    language = resolved.scope.language
    personal = resolved.scope.include_personal_data
    warnings: list[str] = []
    with db.session() as session:
        people = participants_in_scope(session, resolved)
        questions = list(session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position,
                                                                          ProfileQuestion.name)))
        choices = {c.id: c for c in session.scalars(select(ProfileChoice))}
        participants = [(pid, code, notes) for pid, code, notes in session.execute(
            select(Participant.id, Participant.code, Participant.notes)) if pid in people]
        participants.sort(key=lambda item: code_sort_key(item[1]))
        details = {pid: (name, contact) for pid, name, contact in session.execute(
            select(PersonalData.participant_id, PersonalData.name, PersonalData.contact))} if personal else {}
        records: dict[str, list[ConsentRecord]] = defaultdict(list)
        for row in session.scalars(select(Consent).where(Consent.purpose == TAKE_PART)):
            if row.participant_id in people:
                records[row.participant_id].append(record_of(row))
        answers: dict[tuple[str, str], tuple[str | None, str]] = {
            (pid, qid): (choice_id, text) for pid, qid, choice_id, text in session.execute(
                select(ProfileAnswer.participant_id, ProfileAnswer.question_id, ProfileAnswer.choice_id,
                       ProfileAnswer.text)) if pid in people}
        workshop_ids = list(resolved.workshop_ids)
        if len(workshop_ids) > MAX_WORKSHOP_COLUMNS:
            warnings.append(words["warn_workshop_columns"].format(limit=MAX_WORKSHOP_COLUMNS))
        shown = workshop_ids[:MAX_WORKSHOP_COLUMNS]
        titles = {wid: (title, local(starts)) for wid, title, starts in session.execute(
            select(Workshop.id, Workshop.title, Workshop.starts_at).where(Workshop.id.in_(shown)))}
        attended: dict[str, set[str]] = defaultdict(set)
        in_scope = set(workshop_ids)
        for wid, pid in session.execute(select(Attendance.workshop_id, Attendance.participant_id)):
            if wid in in_scope and pid in people:
                attended[pid].add(wid)
        query = select(Response.participant_id).where(Response.participant_id.is_not(None))
        condition = response_filter(resolved)
        responses = Counter(session.scalars(query.where(condition) if condition is not None else query))
    headers = [words["col_participant"]]
    headers += [words["col_name"], words["col_contact"], words["col_notes"]] if personal else []
    headers.append(words["col_consent"])
    for question in questions:
        label = pick_label(question.labels, language, question.name)
        headers += [label, words["col_code_of"].format(label=label)]
    headers += [words["col_responses"], words["col_attended"]]
    headers += [_workshop_header(*titles[wid]) for wid in shown]
    rows: Rows = []
    for pid, code, notes in participants:
        status = consent_states(records.get(pid, []))[TAKE_PART].status
        row: list[Any] = [code]
        if personal:
            name, contact = details.get(pid, ("", ""))
            row += [name, contact, notes]
        row.append(words[f"consent_{status}"])
        for question in questions:
            choice_id, text = answers.get((pid, question.id), (None, ""))
            choice = choices.get(choice_id) if choice_id and status == "given" else None
            if choice is None:
                row += [None, None]
            else:
                row += [text or pick_label(choice.labels, language, choice.code), choice.code]
        visits = attended.get(pid, set())
        row += [responses.get(pid, 0), len(visits)]
        row += [1 if wid in visits else None for wid in shown]
        rows.append(row)
    return headers, rows, warnings


def _workshop_header(title: str, starts: Any) -> str:
    return f"{starts:%Y-%m-%d} {title}" if starts else title


def picture_of(db: Database, resolved: ResolvedScope) -> DiversityPicture:
    """The diversity picture of the people in scope, the same numbers as the app's "Who took part" screen."""
    language = resolved.scope.language
    if resolved.everything:
        return diversity_picture(db, None, language)
    if resolved.scope.workshop_id is not None:
        return diversity_picture(db, resolved.scope.workshop_id, language)
    with db.session() as session:
        return picture_of_people(session, attendees(session, resolved), language)


def diversity_rows(picture: DiversityPicture, words: Any) -> tuple[list[str], Rows]:
    """Per profile question: each answer's count (or "<5") and share, then how many gave no answer."""
    headers = [words[k] for k in ("col_question", "col_question_label", "col_answer", "col_code", "col_count",
                                  "col_share")]
    rows: Rows = []
    for question in picture.questions:
        for choice in question.choices:
            count: Any = choice.count if choice.count is not None else choice.display
            rows.append([question.name, question.label, choice.label, choice.code, count, choice.share])
        rows.append([question.name, question.label, words["no_answer"], None, question.not_answered, None])
    return headers, rows


__all__ = ["MAX_WORKSHOP_COLUMNS", "diversity_rows", "participation", "picture_of"]
