"""Delete a row with everything that cascades from it, keeping a snapshot that can put it all back.

Undo of a deletion uses this, so a restored workshop comes back with its agenda, attendance and ideas,
and rows that only pointed at it (``ON DELETE SET NULL``) point at it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from workshop_app.db.base import Base, Synced, utcnow


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
    doomed = [o for o in session.deleted if isinstance(o, Synced)]
    order = {table: i for i, table in enumerate(Base.metadata.sorted_tables)}
    doomed.sort(key=lambda o: order[o.__table__])
    doomed_ids = {o.id for o in doomed}
    rows = tuple((type(o), _values(o)) for o in doomed)
    nulled: list[tuple[type[Base], str, str, str]] = []
    for o in doomed:
        for model, attr in _set_null_references(type(o)):
            column = getattr(model, attr)
            for (row_id,) in session.execute(select(model.id).where(column == o.id)):
                if row_id not in doomed_ids:
                    nulled.append((model, row_id, attr, o.id))
    session.flush()
    return RowSnapshot(rows, tuple(nulled))


def restore_snapshot(session: Session, snapshot: RowSnapshot) -> None:
    """Put back what ``delete_with_snapshot`` removed, under the same ids; the restore counts as a new edit."""
    now = utcnow()
    for model, values in snapshot.rows:
        session.add(model(**{**values, "updated_at": now, "laptop_id": ""}))
    session.flush()
    for model, row_id, attr, target in snapshot.nulled:
        session.execute(
            update(model).where(model.id == row_id, getattr(model, attr).is_(None)).values({attr: target})
        )


def _values(obj: Base) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _set_null_references(model: type[Base]) -> list[tuple[type[Base], str]]:
    """(model, attribute) pairs whose foreign key to ``model`` is ``ON DELETE SET NULL``."""
    found = []
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            for column in attr.columns:
                for fk in column.foreign_keys:
                    if fk.column.table is model.__table__ and (fk.ondelete or "").upper() == "SET NULL":
                        found.append((mapper.class_, attr.key))
    return found
