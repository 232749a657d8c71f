"""Stakeholder maps: the service the canvas, the printing code and the command line use (rules: ``map_rules``).

Every change is one durable transaction, then ``changed`` is emitted with the id of the map that changed.
Edits return what undo needs: the old values (``move_stakeholders``) or a ``RowSnapshot`` (deletions).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, SAWarning
from sqlalchemy.orm import Session

from workshop_app.core import map_snapshots
from workshop_app.core.events import Event
from workshop_app.core.map_layout import move_into_sector, movements, place_new, sector_at
from workshop_app.core.map_rules import (
    MapData,
    MapSummary,
    Movement,
    RelationshipData,
    SnapshotData,
    StakeholderData,
    clamp_position,
    map_template,
    same_tie,
    validate_map_fields,
    validate_relationship_fields,
    validate_stakeholder_fields,
)
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import MapSnapshot, Stakeholder, StakeholderMap, StakeholderRelationship
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


class MapService:
    """Reads and changes stakeholder maps; ``changed`` carries the id of the map that changed."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    # -- maps ----------------------------------------------------------------------------------
    def list(self) -> list[MapSummary]:
        """Every map by title, with its counts and the last time it or anything on it changed."""
        people = (
            select(Stakeholder.map_id, func.count().label("n"), func.max(Stakeholder.updated_at).label("at"))
            .group_by(Stakeholder.map_id).subquery()
        )
        ties = (
            select(StakeholderRelationship.map_id, func.count().label("n"),
                   func.max(StakeholderRelationship.updated_at).label("at"))
            .group_by(StakeholderRelationship.map_id).subquery()
        )
        query = (
            select(StakeholderMap, people.c.n, people.c.at, ties.c.n, ties.c.at)
            .outerjoin(people, people.c.map_id == StakeholderMap.id)
            .outerjoin(ties, ties.c.map_id == StakeholderMap.id)
        )
        with self.db.session() as session:
            summaries = [
                MapSummary(m.id, m.title, m.kind, n or 0, t or 0,
                           max(stamp for stamp in (m.updated_at, people_at, ties_at) if stamp is not None))
                for m, n, people_at, t, ties_at in session.execute(query)
            ]
        return sorted(summaries, key=lambda s: (s.title.casefold(), s.id))

    def get(self, map_id: str) -> MapData:
        """The map with its stakeholders and relationships, or ``UserError`` if it no longer exists."""
        with self.db.session() as session:
            return _to_data(session, self._load(session, map_id))

    def create(self, title: str, kind: str = "power_interest", *, map_id: str | None = None, **fields: Any) -> MapData:
        """Add a map from the template of ``kind``; ``fields`` override the template (axis titles, quadrants)."""
        clean = validate_map_fields({**map_template(kind), "title": title, "kind": kind, **fields})
        with self.db.transaction() as session:
            row = StakeholderMap(**clean)
            if map_id:
                row.id = map_id
            session.add(row)
            session.flush()
            data = _to_data(session, row)
        self.changed.emit(data.id)
        return data

    def update(self, map_id: str, **fields: Any) -> MapData:
        """Change the title, axis titles, quadrant names, notes or axis ends of a map.

        A new axis end stretches every position (and the map's snapshots) with it, so the picture stays the
        same and setting the old end back undoes it. A new kind keeps positions and titles as they are.
        """
        clean = validate_map_fields(fields)
        with self.db.transaction() as session:
            row = self._load(session, map_id)
            x_factor = clean.get("x_max", row.x_max) / row.x_max
            y_factor = clean.get("y_max", row.y_max) / row.y_max
            if (x_factor, y_factor) != (1.0, 1.0):
                for stakeholder in self._stakeholders(session, map_id):
                    stakeholder.x, stakeholder.y = stakeholder.x * x_factor, stakeholder.y * y_factor
                map_snapshots.rescale(session, map_id, x_factor, y_factor)
            for name, value in clean.items():
                setattr(row, name, value)
            session.flush()
            data = _to_data(session, row)
        self.changed.emit(map_id)
        return data

    def delete(self, map_id: str) -> RowSnapshot:
        """Delete a map with everything on it and its snapshots; ``restore`` undoes it."""
        with self.db.transaction() as session, _cascading_ties():
            snapshot = delete_with_snapshot(session, self._load(session, map_id))
        self.changed.emit(map_id)
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> None:
        """Undo any deletion of this service (a map, stakeholders, a relationship, a snapshot)."""
        try:
            with self.db.transaction() as session:
                restore_snapshot(session, snapshot)
        except IntegrityError:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This cannot be undone: the map or stakeholders it belonged "
                                                        "to are gone.")) from None
        for map_id in _map_ids(snapshot):
            self.changed.emit(map_id)

    # -- stakeholders --------------------------------------------------------------------------
    def add_stakeholder(self, map_id: str, name: str, *, stakeholder_id: str | None = None,
                        **fields: Any) -> StakeholderData:
        """Add a stakeholder; without a position it starts in the middle (on an ecosystem map: in its sector)."""
        clean = validate_stakeholder_fields({"name": name, **fields})
        with self.db.transaction() as session:
            stakeholder_map = self._load(session, map_id)
            clean.update(place_new(stakeholder_map.kind, stakeholder_map.x_max, stakeholder_map.y_max, clean))
            row = Stakeholder(map_id=map_id, **{"sector": "civic", "attitude": "unknown", **clean})
            if stakeholder_id:
                row.id = stakeholder_id
            session.add(row)
            session.flush()
            data = _stakeholder_data(row)
        self.changed.emit(map_id)
        return data

    def update_stakeholder(self, stakeholder_id: str, **fields: Any) -> StakeholderData:
        """Change some fields of a stakeholder and return it as it is now (keep the old one for undo).

        A position outside the axes is moved onto the edge. On an ecosystem map the region is the sector: a
        new sector moves the stakeholder into its region, and a new position changes the sector.
        """
        clean = validate_stakeholder_fields(fields)
        with self.db.transaction() as session:
            row = get_existing(session, Stakeholder, stakeholder_id, "stakeholder")
            stakeholder_map = row.map
            x, y = clamp_position(clean.get("x", row.x), clean.get("y", row.y), stakeholder_map.x_max,
                                  stakeholder_map.y_max)
            if stakeholder_map.kind == "ecosystem":
                if clean.get("sector", row.sector) != row.sector:
                    x, y = move_into_sector(x, y, clean["sector"], stakeholder_map.x_max, stakeholder_map.y_max)
                elif "x" in clean or "y" in clean:
                    clean["sector"] = sector_at(x, y, stakeholder_map.x_max, stakeholder_map.y_max)
            clean["x"], clean["y"] = x, y
            for name, value in clean.items():
                setattr(row, name, value)
            session.flush()
            data, map_id = _stakeholder_data(row), row.map_id
        self.changed.emit(map_id)
        return data

    def move_stakeholders(self, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        """Move several stakeholders at once (one drag, one transaction); returns their old positions for undo.

        Positions outside the axes are moved onto the edge; on an ecosystem map the sector follows the region.
        """
        if not positions:
            return {}
        old: dict[str, tuple[float, float]] = {}
        with self.db.transaction() as session:
            rows = {s.id: s for s in session.scalars(select(Stakeholder).where(Stakeholder.id.in_(list(positions))))}
            if len(rows) != len(positions):
                raise UserError(QT_TRANSLATE_NOOP("errors", "That stakeholder no longer exists."))
            for stakeholder_id, (x, y) in positions.items():
                row = rows[stakeholder_id]
                stakeholder_map = row.map
                old[stakeholder_id] = (row.x, row.y)
                row.x, row.y = clamp_position(x, y, stakeholder_map.x_max, stakeholder_map.y_max)
                if stakeholder_map.kind == "ecosystem":
                    row.sector = sector_at(row.x, row.y, stakeholder_map.x_max, stakeholder_map.y_max)
            map_ids = sorted({row.map_id for row in rows.values()})
        for map_id in map_ids:
            self.changed.emit(map_id)
        return old

    def delete_stakeholders(self, ids: list[str]) -> RowSnapshot:
        """Delete stakeholders with their relationships, in one transaction; ``restore`` brings all back."""
        rows: list[tuple[type, dict[str, Any]]] = []
        nulled: list[Any] = []
        with self.db.transaction() as session, _cascading_ties():
            for stakeholder_id in dict.fromkeys(ids):
                part = delete_with_snapshot(session, get_existing(session, Stakeholder, stakeholder_id, "stakeholder"))
                rows += part.rows
                nulled += part.nulled
        snapshot = RowSnapshot(tuple(rows), tuple(nulled))
        for map_id in _map_ids(snapshot):
            self.changed.emit(map_id)
        return snapshot

    # -- relationships -------------------------------------------------------------------------
    def add_relationship(self, map_id: str, from_id: str, to_id: str, *, relationship_id: str | None = None,
                         kind: str = "works with", strength: int = 2, directed: bool = False) -> RelationshipData:
        """Join two stakeholders of the map; a self-loop, a stakeholder elsewhere or gone, or a repeat is refused."""
        clean = validate_relationship_fields(
            {"from_id": from_id, "to_id": to_id, "kind": kind, "strength": strength, "directed": directed}
        )
        with self.db.transaction() as session:
            self._load(session, map_id)
            _check_tie(session, map_id, clean, None)
            row = StakeholderRelationship(map_id=map_id, **clean)
            if relationship_id:
                row.id = relationship_id
            session.add(row)
            session.flush()
            data = _relationship_data(row)
        self.changed.emit(map_id)
        return data

    def update_relationship(self, relationship_id: str, **fields: Any) -> RelationshipData:
        """Change the kind, strength, direction or ends of a relationship; returns it as it is now."""
        clean = validate_relationship_fields(fields)
        with self.db.transaction() as session:
            row = get_existing(session, StakeholderRelationship, relationship_id, "relationship")
            merged = {name: clean.get(name, getattr(row, name)) for name in ("from_id", "to_id", "kind", "directed")}
            if merged["from_id"] == merged["to_id"]:
                raise UserError(QT_TRANSLATE_NOOP("errors", "A stakeholder cannot have a relationship with itself."))
            _check_tie(session, row.map_id, merged, row.id)
            for name, value in clean.items():
                setattr(row, name, value)
            session.flush()
            data, map_id = _relationship_data(row), row.map_id
        self.changed.emit(map_id)
        return data

    def delete_relationship(self, relationship_id: str) -> RowSnapshot:
        """Delete one relationship; ``restore`` undoes it."""
        with self.db.transaction() as session:
            row = get_existing(session, StakeholderRelationship, relationship_id, "relationship")
            map_id = row.map_id
            snapshot = delete_with_snapshot(session, row)
        self.changed.emit(map_id)
        return snapshot

    # -- snapshots -----------------------------------------------------------------------------
    def take_snapshot(self, map_id: str, name: str, taken_at: datetime | None = None) -> SnapshotData:
        """Save where everybody stands now (e.g. "ULG meeting 3"), dated ``taken_at`` (default: now)."""
        clean_name, when = map_snapshots.validate_snapshot(name, taken_at)
        with self.db.transaction() as session:
            self._load(session, map_id)
            data = map_snapshots.take(session, map_id, clean_name, when)
        self.changed.emit(map_id)
        return data

    def snapshots(self, map_id: str) -> list[SnapshotData]:
        """The map's snapshots, oldest first."""
        with self.db.session() as session:
            self._load(session, map_id)
            return map_snapshots.of_map(session, map_id)

    def delete_snapshot(self, snapshot_id: str) -> RowSnapshot:
        """Delete a snapshot; ``restore`` undoes it."""
        with self.db.transaction() as session:
            row = get_existing(session, MapSnapshot, snapshot_id, "snapshot")
            map_id = row.map_id
            snapshot = delete_with_snapshot(session, row)
        self.changed.emit(map_id)
        return snapshot

    def compare(self, map_id: str, before_snapshot_id: str, after_snapshot_id: str | None = None) -> list[Movement]:
        """Who moved between two snapshots (``None`` for the second: the map as it is now), plus who was added
        and who removed; stakeholders that stayed put are left out. Sorted by name."""
        with self.db.session() as session:
            stakeholder_map = self._load(session, map_id)
            before = self._snapshot(session, map_id, before_snapshot_id)
            names = dict(before.names)
            if after_snapshot_id is None:
                current = self._stakeholders(session, map_id)
                after = {s.id: (s.x, s.y) for s in current}
                names.update({s.id: s.name for s in current})
            else:
                later = self._snapshot(session, map_id, after_snapshot_id)
                after = later.positions
                names.update(later.names)
            return movements(before.positions, after, names, stakeholder_map.x_max, stakeholder_map.y_max)

    # -- import --------------------------------------------------------------------------------
    def import_rows(self, map_id: str, stakeholders: list[dict[str, Any]],
                    relationships: list[dict[str, Any]]) -> dict[str, Any]:
        """Add many stakeholders and relationships in ONE transaction (the Excel exchange uses this).

        ``stakeholders`` hold stakeholder fields (without ``x``/``y`` they are spread on a grid);
        ``relationships`` hold ``from``/``to`` names (of these or of stakeholders already on the map) and
        relationship fields. Ties that cannot be made are skipped with a warning; a bad stakeholder refuses
        the whole import, so nothing is ever half-imported.
        """
        from workshop_app.core.map_import import add_rows

        with self.db.transaction() as session:
            result = add_rows(session, self._load(session, map_id), stakeholders, relationships)
        self.changed.emit(map_id)
        return result

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _load(session: Session, map_id: str) -> StakeholderMap:
        return get_existing(session, StakeholderMap, map_id, "map")

    @staticmethod
    def _stakeholders(session: Session, map_id: str) -> list[Stakeholder]:
        query = select(Stakeholder).where(Stakeholder.map_id == map_id)
        return list(session.scalars(query.order_by(Stakeholder.created_at, Stakeholder.id)))

    @staticmethod
    def _snapshot(session: Session, map_id: str, snapshot_id: str) -> SnapshotData:
        row = get_existing(session, MapSnapshot, snapshot_id, "snapshot")
        if row.map_id != map_id:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Those two snapshots are of different maps; compare "
                                                        "snapshots of one map."))
        return map_snapshots.to_data(row)


def _check_tie(session: Session, map_id: str, tie: dict[str, Any], own_id: str | None) -> None:
    """Refuse a tie to a stakeholder that is gone or on another map, and a tie the map already has."""
    ends = [get_existing(session, Stakeholder, tie[name], "stakeholder") for name in ("from_id", "to_id")]
    if any(end.map_id != map_id for end in ends):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A relationship joins two stakeholders of the same map."))
    ids = [end.id for end in ends]
    query = select(StakeholderRelationship).where(
        StakeholderRelationship.from_id.in_(ids), StakeholderRelationship.to_id.in_(ids)
    )
    wanted = (tie["from_id"], tie["to_id"], tie["kind"], tie["directed"])
    for other in session.scalars(query):
        if other.id != own_id and same_tie((other.from_id, other.to_id, other.kind, other.directed), wanted):
            raise UserError(QT_TRANSLATE_NOOP("errors", "{first!r} and {second!r} already have a {kind!r} "
                                                        "relationship."),
                            first=ends[0].name, second=ends[1].name, kind=other.kind)


@contextmanager
def _cascading_ties() -> Iterator[None]:
    """Silence SQLAlchemy's note that relationships were already gone when it deleted them.

    The ORM has no link from a stakeholder to its relationships, so it may delete the stakeholder first and the
    database's ON DELETE CASCADE removes the relationships; every one is still in the snapshot and tombstoned.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"DELETE statement on table 'relationships' expected", SAWarning)
        yield


def _map_ids(snapshot: RowSnapshot) -> list[str]:
    """The maps a deletion touched, for ``changed``."""
    found: dict[str, None] = {}
    for model, values in snapshot.rows:
        map_id = values["id"] if model is StakeholderMap else values.get("map_id")
        if map_id:
            found[map_id] = None
    return list(found)


def _stakeholder_data(row: Stakeholder) -> StakeholderData:
    return StakeholderData(row.id, row.name, row.organisation, row.sector, row.x, row.y, row.attitude or "unknown",
                           row.engagement, row.notes, row.contact)


def _relationship_data(row: StakeholderRelationship) -> RelationshipData:
    return RelationshipData(row.id, row.from_id, row.to_id, row.kind, row.strength, row.directed)


def _to_data(session: Session, row: StakeholderMap) -> MapData:
    stakeholders = MapService._stakeholders(session, row.id)
    ties = session.scalars(
        select(StakeholderRelationship).where(StakeholderRelationship.map_id == row.id)
        .order_by(StakeholderRelationship.created_at, StakeholderRelationship.id)
    )
    return MapData(
        id=row.id, title=row.title, kind=row.kind, x_title=row.x_title, y_title=row.y_title, x_max=row.x_max,
        y_max=row.y_max, quadrant_names=tuple(row.quadrant_names or ()), notes=row.notes,
        stakeholders=tuple(_stakeholder_data(s) for s in stakeholders),
        relationships=tuple(_relationship_data(r) for r in ties),
    )

