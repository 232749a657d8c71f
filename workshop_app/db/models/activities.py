"""Live activities: sticky-note ideas, their clusters, and dot votes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop_app.db.base import Base, Synced

if TYPE_CHECKING:
    from workshop_app.db.models.workshops import Activity


class IdeaCluster(Synced, Base):
    """A named group of sticky notes on a brainstorm board."""

    __tablename__ = "idea_clusters"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    colour: Mapped[str] = mapped_column(String(16), default="")
    position: Mapped[int] = mapped_column(default=0)

    activity: Mapped[Activity] = relationship(back_populates="clusters")


class Idea(Synced, Base):
    """A sticky note: one idea from the room, optionally in a cluster."""

    __tablename__ = "ideas"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(ForeignKey("idea_clusters.id", ondelete="SET NULL"), index=True)
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(16), default="")
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    position: Mapped[int] = mapped_column(default=0, server_default="0")
    """Order among the notes of its cluster (or of the unclustered notes)."""

    activity: Mapped[Activity] = relationship(back_populates="ideas")
    votes: Mapped[list[Vote]] = relationship(back_populates="idea", cascade="all, delete-orphan")


class Vote(Synced, Base):
    """Dots one voter put on one idea in a dot vote; anonymous when ``participant_id`` is empty."""

    __tablename__ = "votes"

    idea_id: Mapped[str] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    dots: Mapped[int] = mapped_column(default=1)
    voter: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """Who cast the dots when no participant code is given: a kiosk voter's random token, or ``"tally"`` for
    dots the facilitator counted in the room; empty for a participant's own dots."""

    idea: Mapped[Idea] = relationship(back_populates="votes")
