"""Short listings of what a database holds, for ``workshop-app list`` and pickers; no personal data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select

from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Attendance,
    Consent,
    Participant,
    Stakeholder,
    StakeholderMap,
    StakeholderRelationship,
    Survey,
)
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

KINDS = ("workshops", "participants", "surveys", "maps")


def list_items(db: Database, kind: str) -> list[dict[str, Any]]:
    """Rows of ``kind`` as plain dicts, each with an ``id`` and what identifies it to a person."""
    if kind == "workshops":
        return [
            {
                "id": w.id,
                "title": w.title,
                "starts_at": w.starts_at.isoformat() if w.starts_at else None,
                "place": w.place,
                "status": w.status,
                "activities": w.activity_count,
                "participants": w.participant_count,
            }
            for w in WorkshopService(db).list()
        ]
    if kind == "surveys":
        from workshop_app.core.surveys import SurveyService

        return [
            {"id": s.id, "title": s.title, "version": s.version, "questions": s.question_count,
             "responses": s.response_count, "languages": " ".join(s.languages)}
            for s in SurveyService(db).list()
        ]
    with db.session() as session:
        if kind == "participants":
            attended = select(func.count()).where(Attendance.participant_id == Participant.id).scalar_subquery()
            consents = (
                select(func.count())
                .where(Consent.participant_id == Participant.id, Consent.withdrawn_at.is_(None))
                .scalar_subquery()
            )
            rows = session.execute(
                select(Participant.id, Participant.code, attended, consents).order_by(Participant.code)
            )
            return [{"id": i, "code": c, "workshops": a, "consents": n} for i, c, a, n in rows]
        if kind == "maps":
            people = select(func.count()).where(Stakeholder.map_id == StakeholderMap.id).scalar_subquery()
            ties = select(func.count()).where(StakeholderRelationship.map_id == StakeholderMap.id).scalar_subquery()
            rows = session.execute(
                select(StakeholderMap.id, StakeholderMap.title, StakeholderMap.kind, people, ties).order_by(
                    StakeholderMap.title
                )
            )
            return [{"id": i, "title": t, "kind": k, "stakeholders": s, "relationships": r} for i, t, k, s, r in rows]
    raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot list {kind!r}; choose one of {kinds}."),
                    kind=kind, kinds=", ".join(KINDS))


def resolve(db: Database, model: type, reference: str, what: str) -> str:
    """The id of the one ``model`` row that ``reference`` names: its id, a unique id prefix, or its exact title."""
    reference = reference.strip()
    if not reference:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Name a {what} by its id or title."), what=what)
    with db.session() as session:
        if session.get(model, reference) is not None:
            return reference
        matches = session.scalars(
            select(model.id).where(or_(model.id.startswith(reference, autoescape=True), model.title == reference))
        ).all()
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise UserError(QT_TRANSLATE_NOOP("errors", "No {what} has the id or title {reference!r}."),
                        what=what, reference=reference)
    raise UserError(QT_TRANSLATE_NOOP("errors", "{n} {what}s match {reference!r}; give more of the id."),
                    n=len(matches), what=what, reference=reference)


def resolve_survey(db: Database, reference: str) -> str:
    """Like ``resolve``, but a title shared by several versions of one form names its newest version."""
    try:
        return resolve(db, Survey, reference, "survey")
    except UserError:
        with db.session() as session:
            rows = session.execute(
                select(Survey.id, Survey.form_id)
                .where(Survey.title == reference.strip())
                .order_by(Survey.version.desc())
            ).all()
        if rows and len({form_id for _, form_id in rows}) == 1:
            return rows[0][0]
        raise
