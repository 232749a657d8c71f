"""Bookkeeping for merging: tombstones of deleted rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workshop_app.db.base import Base, Synced


class Tombstone(Synced, Base):
    """A row that was deleted here; a merge must not bring it back from an older copy."""

    __tablename__ = "tombstones"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    deleted_at: Mapped[datetime]
