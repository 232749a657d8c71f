"""Snapshots of a stakeholder map: reading and writing them inside a session the map service opened.

A snapshot copies every stakeholder's position, name and attitude, so it still tells the truth about the
meeting after stakeholders are moved, renamed or deleted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workshop_app.core.map_rules import SnapshotData, clean_line
from workshop_app.db.base import utcnow
from workshop_app.db.models import MapSnapshot, SnapshotPosition, Stakeholder
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

MAX_SNAPSHOT_NAME = 200


def validate_snapshot(name: str, taken_at: datetime | None) -> tuple[str, datetime]:
    """The cleaned name and moment of a new snapshot (now when ``taken_at`` is None), or ``UserError``."""
    clean = clean_line(name)
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A snapshot needs a name, such as the meeting it records."))
    if len(clean) > MAX_SNAPSHOT_NAME:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A snapshot's name can have at most {maximum} "
                                                    "characters."), maximum=MAX_SNAPSHOT_NAME)
    if taken_at is None:
        taken_at = utcnow()
    elif not isinstance(taken_at, datetime) or taken_at.tzinfo is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A snapshot's date must be a date and time with its time zone."))
    return clean, taken_at


def take(session: Session, map_id: str, name: str, taken_at: datetime) -> SnapshotData:
    """Save where every stakeholder of the map stands now, as one snapshot."""
    snapshot = MapSnapshot(map_id=map_id, name=name, taken_at=taken_at)
    stakeholders = session.scalars(select(Stakeholder).where(Stakeholder.map_id == map_id)).all()
    snapshot.positions = [
        SnapshotPosition(stakeholder_id=s.id, name=s.name, x=s.x, y=s.y, attitude=s.attitude or "")
        for s in stakeholders
    ]
    session.add(snapshot)
    session.flush()
    return to_data(snapshot)


def of_map(session: Session, map_id: str) -> list[SnapshotData]:
    """The map's snapshots, oldest first."""
    rows = session.scalars(
        select(MapSnapshot)
        .where(MapSnapshot.map_id == map_id)
        .options(selectinload(MapSnapshot.positions))
        .order_by(MapSnapshot.taken_at, MapSnapshot.created_at)
    )
    return [to_data(row) for row in rows]


def to_data(snapshot: MapSnapshot) -> SnapshotData:
    """A snapshot row as plain data."""
    positions = snapshot.positions
    return SnapshotData(
        id=snapshot.id, map_id=snapshot.map_id, name=snapshot.name, taken_at=snapshot.taken_at,
        positions={p.stakeholder_id: (p.x, p.y) for p in positions},
        names={p.stakeholder_id: p.name for p in positions},
        attitudes={p.stakeholder_id: p.attitude or "unknown" for p in positions},
    )


def rescale(session: Session, map_id: str, x_factor: float, y_factor: float) -> None:
    """Stretch the saved positions of the map's snapshots when an axis gets a new end, so comparisons stay true."""
    rows = session.scalars(
        select(SnapshotPosition).join(MapSnapshot).where(MapSnapshot.map_id == map_id)
    )
    for position in rows:
        position.x, position.y = position.x * x_factor, position.y * y_factor
