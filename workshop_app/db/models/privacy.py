"""Privacy bookkeeping: the audit log of erasures and the diversity targets a database sets for itself."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workshop_app.db.base import Base, Synced


class AuditEntry(Synced, Base):
    """Something done to personal data (an erasure): when, by whom, and counts — never the data itself.

    Synced like every row, so the ULG secretary's merged database shows erasures made on any laptop.
    """

    __tablename__ = "audit_entries"

    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(64))
    """e.g. ``erase_participant``."""
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    """Counts and choices made; never a name, contact or participant code."""


class DiversityTarget(Synced, Base):
    """A minimum share a group should have among those who answer a profile question ("at least 15 % over 60").

    Keyed by the question's name and the choice codes, not by row ids: every laptop makes its own profile
    question rows, but names and codes are the same everywhere, so a target still applies after a merge.
    """

    __tablename__ = "diversity_targets"
    __table_args__ = (UniqueConstraint("question_name", "codes"),)

    question_name: Mapped[str] = mapped_column(String(64))
    codes: Mapped[str] = mapped_column(String(500))
    """The group's choice codes, sorted and separated by spaces (like an XLSForm select_multiple value)."""
    min_share: Mapped[float] = mapped_column(Float)
    """Between 0 and 1."""
    labels: Mapped[dict] = mapped_column(JSON, default=dict)
    """``{language: what to call the group}``, e.g. ``{"en": "People over 60"}``; may be empty."""
