"""Delete a row with everything that cascades from it, keeping a snapshot that can put it all back.

Undo of a deletion uses this, so a restored workshop comes back with its agenda, attendance and ideas,
and rows that only pointed at it (``ON DELETE SET NULL``) point at it again. Cascades that only the
database knows (a foreign key ``ON DELETE CASCADE`` with no ORM relationship) are followed here too, so
every removed row is in the snapshot and leaves a tombstone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from workshop_app.db.base import Base, Synced, utcnow

# SQLite allows a limited number of bound parameters per statement.
CHUNK = 500


@dataclass(frozen=True)
class RowSnapshot:
    """Rows removed by one deletion, parents first, and the references that were set to NULL."""

    rows: tuple[tuple[type[Base], dict[str, Any]], ...]
    nulled: tuple[tuple[type[Base], str, str, str], ...]
    """(model, row id, attribute, the id it pointed at)."""


def delete_with_snapshot(session: Session, obj: Base) -> RowSnapshot:
    """Delete ``obj`` (and its cascade) in ``session`` and return what is needed to restore it."""
    with session.no_autoflush:
        # Nothing may reach the database before the references are read: the database would already
        # have set them to NULL and the snapshot could not put them back.
        return _delete(session, obj)


def _delete(session: Session, obj: Base) -> RowSnapshot:
    session.delete(obj)
    _follow_database_cascades(session)
    doomed = [o for o in session.deleted if isinstance(o, Synced)]
    doomed.sort(key=lambda o: _table_order()[o.__table__.name])
    doomed_ids = {o.id for o in doomed}
    rows = tuple((type(o), _values(o)) for o in doomed)
    nulled: list[tuple[type[Base], str, str, str]] = []
    for target, ids in _ids_by_model(doomed).items():
        for model, attr in _references(target, "SET NULL"):
            column = getattr(model, attr)
            for chunk in _chunks(ids):
                for row_id, points_at in session.execute(select(model.id, column).where(column.in_(chunk))):
                    if row_id not in doomed_ids:
                        nulled.append((model, row_id, attr, points_at))
    session.flush()
    return RowSnapshot(rows, tuple(nulled))


def _follow_database_cascades(session: Session) -> None:
    """Mark for deletion the rows the database itself would cascade to, until nothing new turns up."""
    seen: set[str] = set()
    while True:
        fresh = [o for o in session.deleted if isinstance(o, Synced) and o.id not in seen]
        if not fresh:
            return
        seen.update(o.id for o in fresh)
        for target, ids in _ids_by_model(fresh).items():
            for model, attr in _references(target, "CASCADE"):
                column = getattr(model, attr)
                for chunk in _chunks(ids):
                    for row in session.scalars(select(model).where(column.in_(chunk))):
                        if row not in session.deleted:
                            session.delete(row)


def restore_snapshot(session: Session, snapshot: RowSnapshot) -> None:
    """Put back what ``delete_with_snapshot`` removed, under the same ids; the restore counts as a new edit."""
    now = utcnow()
    by_table: dict[str, list[tuple[type[Base], dict[str, Any]]]] = defaultdict(list)
    for model, values in snapshot.rows:
        by_table[model.__table__.name].append((model, values))
    # Parents before children, table by table: the ORM orders inserts only along relationships it knows,
    # and a bare foreign key would otherwise be checked before its row exists.
    for name in sorted(by_table, key=lambda n: _table_order()[n]):
        rows = _parents_first(by_table[name])
        session.add_all(model(**{**values, "updated_at": now, "laptop_id": ""}) for model, values in rows)
        session.flush()
    for model, row_id, attr, target in snapshot.nulled:
        session.execute(
            update(model).where(model.id == row_id, getattr(model, attr).is_(None)).values({attr: target})
        )


def _parents_first(rows: list[tuple[type[Base], dict[str, Any]]]) -> list[tuple[type[Base], dict[str, Any]]]:
    """Order rows of one table so a row comes after the row it points at through a self-reference
    (a question inside a group); the ORM inserts rows of one table in the order they were added."""
    attrs = _references(rows[0][0], None) if rows else ()
    attrs = tuple(attr for model, attr in attrs if model is rows[0][0])
    if not attrs:
        return rows
    by_id = {values["id"]: values for _, values in rows}

    def depth(values: dict[str, Any]) -> int:
        found, seen = 0, set()
        while found < len(by_id):
            parent = next((values[a] for a in attrs if values.get(a) in by_id and values[a] not in seen), None)
            if parent is None:
                return found
            seen.add(parent)
            values, found = by_id[parent], found + 1
        return found

    return sorted(rows, key=lambda row: depth(row[1]))


def _values(obj: Base) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _ids_by_model(objects: list[Any]) -> dict[type[Base], list[str]]:
    grouped: dict[type[Base], list[str]] = defaultdict(list)
    for o in objects:
        grouped[type(o)].append(o.id)
    return grouped


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


@cache
def _table_order() -> dict[str, int]:
    return {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


@cache
def _references(model: type[Base], ondelete: str | None) -> tuple[tuple[type[Base], str], ...]:
    """(model, attribute) pairs whose foreign key points at ``model``, with the given ``ON DELETE`` action
    (any action when ``ondelete`` is None)."""
    found = []
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            for column in attr.columns:
                for fk in column.foreign_keys:
                    if fk.column.table is not model.__table__:
                        continue
                    if ondelete is None or (fk.ondelete or "").upper() == ondelete:
                        found.append((mapper.class_, attr.key))
    return tuple(found)
