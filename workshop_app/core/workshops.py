"""Workshops and their agenda: the service the screens and the command line use (rules: ``workshop_rules``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_app.core.events import Event
from workshop_app.core.ordering import move_item, renumber
from workshop_app.core.workshop_rules import (
    ACTIVITY_DEFAULTS,
    ACTIVITY_EDITABLE,
    ACTIVITY_KINDS,
    EDITABLE,
    MAX_DOTS,
    MAX_MINUTES,
    MAX_TITLE,
    STATUSES,
    ActivityData,
    WorkshopData,
    WorkshopSummary,
    activity_defaults,
    validate_activity_fields,
    validate_workshop_fields,
)
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Attendance, Survey, Workshop
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

# The rules live in ``workshop_rules`` (no SQLAlchemy there, for the screens); named here too so
# ``from workshop_app.core.workshops import STATUSES`` keeps working.
__all__ = [
    "ACTIVITY_DEFAULTS",
    "ACTIVITY_EDITABLE",
    "ACTIVITY_KINDS",
    "EDITABLE",
    "MAX_DOTS",
    "MAX_MINUTES",
    "MAX_TITLE",
    "STATUSES",
    "ActivityData",
    "WorkshopData",
    "WorkshopService",
    "WorkshopSummary",
    "activity_defaults",
    "validate_activity_fields",
    "validate_workshop_fields",
]


class WorkshopService:
    """Reads and changes workshops; every change is one durable transaction, then ``changed`` is emitted.

    ``changed`` carries the id of the workshop that changed (or was created or deleted).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    # -- reading -------------------------------------------------------------------------------
    def list(self) -> list[WorkshopSummary]:
        """Every workshop, the most recent first (undated ones last)."""
        minutes = (
            select(Activity.workshop_id, func.count().label("n"), func.sum(Activity.planned_minutes).label("m"))
            .group_by(Activity.workshop_id)
            .subquery()
        )
        people = (
            select(Attendance.workshop_id, func.count().label("p")).group_by(Attendance.workshop_id).subquery()
        )
        query = (
            select(Workshop, minutes.c.n, minutes.c.m, people.c.p)
            .outerjoin(minutes, minutes.c.workshop_id == Workshop.id)
            .outerjoin(people, people.c.workshop_id == Workshop.id)
            .order_by(Workshop.starts_at.is_(None), Workshop.starts_at.desc(), Workshop.title)
        )
        with self.db.session() as session:
            return [
                WorkshopSummary(w.id, w.title, w.starts_at, w.place, w.status, n or 0, m or 0, p or 0)
                for w, n, m, p in session.execute(query)
            ]

    def get(self, workshop_id: str) -> WorkshopData:
        """The workshop with this id, or ``UserError`` if it no longer exists."""
        with self.db.session() as session:
            return _to_data(self._load(session, workshop_id))

    # -- workshops -----------------------------------------------------------------------------
    def create(self, title: str, *, workshop_id: str | None = None, **values: Any) -> WorkshopData:
        """Add a workshop; ``workshop_id`` lets an undone creation come back under the same id."""
        clean = validate_workshop_fields({"title": title, **values})
        with self.db.transaction() as session:
            workshop = Workshop(**clean)
            if workshop_id:
                workshop.id = workshop_id
            session.add(workshop)
            session.flush()
            data = _to_data(workshop)
        self.changed.emit(data.id)
        return data

    def update(self, workshop_id: str, **values: Any) -> WorkshopData:
        """Change some fields of a workshop."""
        clean = validate_workshop_fields(values)
        with self.db.transaction() as session:
            workshop = self._load(session, workshop_id)
            for name, value in clean.items():
                setattr(workshop, name, value)
            session.flush()
            data = _to_data(workshop)
        self.changed.emit(workshop_id)
        return data

    def delete(self, workshop_id: str) -> RowSnapshot:
        """Delete a workshop and everything under it; the snapshot lets ``restore`` undo it."""
        with self.db.transaction() as session:
            snapshot = delete_with_snapshot(session, self._load(session, workshop_id))
        self.changed.emit(workshop_id)
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> None:
        """Undo a deletion."""
        with self.db.transaction() as session:
            restore_snapshot(session, snapshot)
        self.changed.emit(snapshot.rows[0][1]["id"] if snapshot.rows else None)

    # -- agenda --------------------------------------------------------------------------------
    def add_activity(
        self, workshop_id: str, kind: str, *, position: int | None = None, activity_id: str | None = None,
        **values: Any,
    ) -> ActivityData:
        """Add an agenda item at ``position`` (default: the end); unset values take the kind's defaults."""
        clean = validate_activity_fields({"kind": kind, **activity_defaults(kind), **values})
        with self.db.transaction() as session:
            workshop = self._load(session, workshop_id)
            activity = Activity(**clean)
            if activity_id:
                activity.id = activity_id
            items = list(workshop.activities)
            index = len(items) if position is None else max(0, min(position, len(items)))
            _check_survey_link(session, activity.kind, activity.survey_id)
            items.insert(index, activity)
            workshop.activities = items
            renumber(items)
            session.flush()
            data = _activity_data(activity)
        self.changed.emit(workshop_id)
        return data

    def update_activity(self, activity_id: str, **values: Any) -> ActivityData:
        """Change some fields of an agenda item."""
        clean = validate_activity_fields(values)
        with self.db.transaction() as session:
            activity = self._load_activity(session, activity_id)
            _check_survey_link(session, clean.get("kind", activity.kind), clean.get("survey_id", activity.survey_id))
            for name, value in clean.items():
                setattr(activity, name, value)
            session.flush()
            data, workshop_id = _activity_data(activity), activity.workshop_id
        self.changed.emit(workshop_id)
        return data

    def remove_activity(self, activity_id: str) -> tuple[RowSnapshot, int]:
        """Remove an agenda item; returns its snapshot and where it stood, for undo."""
        with self.db.transaction() as session:
            activity = self._load_activity(session, activity_id)
            workshop = activity.workshop
            position = workshop.activities.index(activity)
            snapshot = delete_with_snapshot(session, activity)
            workshop_id = workshop.id
            session.expire(workshop, ["activities"])
            renumber(list(workshop.activities))
        self.changed.emit(workshop_id)
        return snapshot, position

    def restore_activity(self, snapshot: RowSnapshot, position: int) -> None:
        """Undo ``remove_activity``: the item comes back where it was, with its ideas and votes."""
        activity_id = snapshot.rows[0][1]["id"]
        with self.db.transaction() as session:
            restore_snapshot(session, snapshot)
            activity = self._load_activity(session, activity_id)
            self._place(activity, position)
            workshop_id = activity.workshop_id
        self.changed.emit(workshop_id)

    def move_activity(self, activity_id: str, position: int) -> int:
        """Move an agenda item to ``position``; returns where it was, for undo."""
        with self.db.transaction() as session:
            activity = self._load_activity(session, activity_id)
            old = self._place(activity, position)
            workshop_id = activity.workshop_id
        self.changed.emit(workshop_id)
        return old

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _place(activity: Activity, position: int) -> int:
        return move_item(activity.workshop.activities, activity, position)

    @staticmethod
    def _load(session: Session, workshop_id: str) -> Workshop:
        return get_existing(session, Workshop, workshop_id, "workshop")

    @staticmethod
    def _load_activity(session: Session, activity_id: str) -> Activity:
        return get_existing(session, Activity, activity_id, "activity")


def _check_survey_link(session: Session, kind: str, survey_id: str | None) -> None:
    if survey_id is None:
        return
    if kind != "survey":
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only a survey item on the agenda runs a survey."))
    get_existing(session, Survey, survey_id, "survey")


def _activity_data(activity: Activity) -> ActivityData:
    return ActivityData(activity.id, activity.kind, activity.title, activity.planned_minutes, dict(activity.options),
                        activity.survey_id)


def _to_data(workshop: Workshop) -> WorkshopData:
    data = WorkshopData(id=workshop.id, **{name: getattr(workshop, name) for name in EDITABLE})
    return replace(data, activities=tuple(_activity_data(a) for a in workshop.activities))
