"""Workshops and their agenda."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop_app.db.base import Base, Synced

if TYPE_CHECKING:
    from workshop_app.db.models.activities import Idea, IdeaCluster
    from workshop_app.db.models.people import Attendance


class Workshop(Synced, Base):
    """One meeting with a group: when, where, who runs it, and its agenda."""

    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime | None]
    place: Mapped[str] = mapped_column(String(300), default="")
    theme: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    """planned, running or done (see ``core.workshops.STATUSES``)."""
    kiosk_pin_hash: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """The kiosk's exit PIN as ``core.pin.hash_pin`` stores it (salted PBKDF2); empty when none is set."""

    activities: Mapped[list[Activity]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", order_by="Activity.position"
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan"
    )


class Activity(Synced, Base):
    """One item of a workshop's agenda, with its planned duration."""

    __tablename__ = "activities"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(32))
    """survey, brainstorm, dot_vote, feedback_round or stakeholder_mapping."""
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_minutes: Mapped[int] = mapped_column(default=10)
    survey_id: Mapped[str | None] = mapped_column(ForeignKey("surveys.id", ondelete="SET NULL"), index=True)
    map_id: Mapped[str | None] = mapped_column(ForeignKey("stakeholder_maps.id", ondelete="SET NULL"), index=True)
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    """Settings of the activity's kind, e.g. ``{"dots": 3}`` for a dot vote."""

    workshop: Mapped[Workshop] = relationship(back_populates="activities")
    clusters: Mapped[list[IdeaCluster]] = relationship(back_populates="activity", cascade="all, delete-orphan")
    ideas: Mapped[list[Idea]] = relationship(back_populates="activity", cascade="all, delete-orphan")
