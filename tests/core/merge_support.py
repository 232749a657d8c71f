"""Laptops for merge tests: databases with their own laptop id, packages, and content compared without ids."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from workshop_app.core.merge_rules import merged_tables
from workshop_app.core.packing import pack
from workshop_app.db.base import Base
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Answer,
    Attendance,
    Consent,
    Idea,
    Participant,
    ProfileAnswer,
    ProfileChoice,
    ProfileQuestion,
    Question,
    Response,
    Survey,
    Vote,
    Workshop,
)


def laptop(folder: Path, name: str, template: Path | None = None) -> Database:
    """A database of its own for laptop ``name`` (a copy of ``template`` when given)."""
    path = folder / f"{name}.sqlite"
    if template is not None:
        shutil.copyfile(template, path)
    return Database.open(path, create=True, laptop_id=f"laptop-{name}")


def package_of(db: Database, folder: Path, name: str, **options: Any) -> Path:
    """Pack ``db`` into ``folder/name.wspack``."""
    return pack(db, folder / f"{name}.wspack", **options).path


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (ids and stamps too), sorted, so two states of one database compare whole."""
    with db.engine.connect() as conn:
        return {table.name: sorted(tuple(map(repr, row)) for row in conn.execute(table.select()))
                for table in Base.metadata.sorted_tables}


def totals(db: Database) -> dict[str, int]:
    """How many rows each merged table holds."""
    with db.engine.connect() as conn:
        return {table.name: len(conn.execute(select(table.raw.c.id)).all()) for table in merged_tables()}


def content(db: Database) -> dict[str, Counter[tuple[Any, ...]]]:
    """What a person would call the data — codes, titles, values, counts — without ids or change times."""
    p = aliased(Participant)
    with db.session() as s:
        def bag(query: Any) -> Counter[tuple[Any, ...]]:
            return Counter(tuple(row) for row in s.execute(query))

        return {
            "participants": bag(select(Participant.code, Participant.notes, Participant.created_at)),
            "workshops": bag(select(Workshop.title, Workshop.starts_at, Workshop.place, Workshop.status)),
            "surveys": bag(select(Survey.form_id, Survey.version, Survey.title)),
            "responses": bag(select(p.code, Survey.form_id, Survey.version, Workshop.title, Response.started_at,
                                    Response.completed_at, Response.language)
                             .join(Survey, Survey.id == Response.survey_id)
                             .outerjoin(p, p.id == Response.participant_id)
                             .outerjoin(Workshop, Workshop.id == Response.workshop_id)),
            "answers": bag(select(p.code, Response.started_at, Question.name, Answer.instance, Answer.value)
                           .join(Response, Response.id == Answer.response_id)
                           .join(Question, Question.id == Answer.question_id)
                           .outerjoin(p, p.id == Response.participant_id)),
            "profile": bag(select(Participant.code, ProfileQuestion.name, ProfileChoice.code, ProfileAnswer.text)
                           .join(Participant, Participant.id == ProfileAnswer.participant_id)
                           .join(ProfileQuestion, ProfileQuestion.id == ProfileAnswer.question_id)
                           .outerjoin(ProfileChoice, ProfileChoice.id == ProfileAnswer.choice_id)),
            "consents": bag(select(Participant.code, Consent.purpose, Consent.given_at, Consent.withdrawn_at)
                            .join(Participant, Participant.id == Consent.participant_id)),
            "attendance": bag(select(Participant.code, Workshop.title, Attendance.checked_in_at)
                              .join(Participant, Participant.id == Attendance.participant_id)
                              .join(Workshop, Workshop.id == Attendance.workshop_id)),
            "votes": bag(select(Idea.text, p.code, Vote.dots, Vote.voter).join(Idea, Idea.id == Vote.idea_id)
                         .outerjoin(p, p.id == Vote.participant_id)),
            "profile_questions": bag(select(ProfileQuestion.name, ProfileQuestion.position)),
        }
