"""Bookkeeping for merging: tombstones of deleted rows, and the conflicts a merge has already reported."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workshop_app.db.base import Base, Synced, new_id


class Tombstone(Synced, Base):
    """A row that was deleted here; a merge must not bring it back from an older copy."""

    __tablename__ = "tombstones"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    deleted_at: Mapped[datetime]


class ReportedConflict(Base):
    """A version of a row that a merge dropped and listed as a conflict; merging it again lists nothing new.

    Local bookkeeping of this database only: not stamped, never packed and never merged. A version is named by
    the laptop that wrote it and its ``updated_at`` exactly as stored.
    """

    __tablename__ = "reported_conflicts"
    # Named by hand: the conventional name would pass PostgreSQL's 63-character limit.
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "dropped_laptop_id", "dropped_stamp",
                         name="uq_reported_conflicts_version"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    dropped_laptop_id: Mapped[str] = mapped_column(String(36))
    dropped_stamp: Mapped[str] = mapped_column(String(40))
    reported_at: Mapped[datetime]
