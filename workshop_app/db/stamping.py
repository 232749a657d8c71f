"""Session hooks that stamp timestamps and the laptop id, and leave tombstones for deleted rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event
from sqlalchemy.orm import Session, sessionmaker

from workshop_app.db.base import Synced, utcnow
from workshop_app.db.models.sync import Tombstone

LAPTOP_ID = "laptop_id"
# A merge copies rows with the stamps they had on the other laptop; it sets this so they are kept.
KEEP_STAMPS = "keep_stamps"


PENDING_TOMBSTONES = "pending_tombstones"


def install(factory: sessionmaker[Session]) -> None:
    """Attach the stamping hooks to every session ``factory`` makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "persistent_to_deleted", _row_deleted)
    event.listen(factory, "after_flush_postexec", _write_tombstones)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    if session.info.get(KEEP_STAMPS):
        return
    now = utcnow()
    laptop = session.info.get(LAPTOP_ID, "")
    revived: list[str] = []
    for obj in session.new:
        if not isinstance(obj, Synced):
            continue
        obj.created_at = obj.created_at or now
        obj.updated_at = obj.updated_at or now
        obj.laptop_id = obj.laptop_id or laptop
        if obj.id and not isinstance(obj, Tombstone):
            revived.append(obj.id)
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.laptop_id = laptop
    if revived and session.info.get("may_revive", True):
        # An undone deletion brings a row back under its old id: its tombstone must go, or a merge
        # would delete it again.
        session.execute(delete(Tombstone).where(Tombstone.row_id.in_(revived)))


def _row_deleted(session: Session, obj: Any) -> None:
    # Called for every row a flush deleted, including orphans removed from a delete-orphan collection,
    # which before_flush never sees as deleted.
    if isinstance(obj, Synced) and not isinstance(obj, Tombstone) and not session.info.get(KEEP_STAMPS):
        session.info.setdefault(PENDING_TOMBSTONES, []).append((obj.__tablename__, obj.id))


def _write_tombstones(session: Session, flush_context: Any) -> None:
    pending = session.info.pop(PENDING_TOMBSTONES, None)
    if not pending:
        return
    now = utcnow()
    laptop = session.info.get(LAPTOP_ID, "")
    # Objects added here are written by the same flush (SQLAlchemy flushes again while the session is dirty).
    session.add_all(
        Tombstone(table_name=table, row_id=row_id, deleted_at=now, created_at=now, updated_at=now, laptop_id=laptop)
        for table, row_id in pending
    )
