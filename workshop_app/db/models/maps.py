"""Stakeholder maps, stakeholders with dated re-assessments, relationships between them, and snapshots."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop_app.db.base import Base, Synced


class StakeholderMap(Synced, Base):
    """A map of who matters: a power/interest grid, an importance/influence matrix, an ecosystem or blank."""

    __tablename__ = "stakeholder_maps"

    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32), default="power_interest")
    x_title: Mapped[str] = mapped_column(String(200), default="")
    y_title: Mapped[str] = mapped_column(String(200), default="")
    x_max: Mapped[float] = mapped_column(default=10.0)
    y_max: Mapped[float] = mapped_column(default=10.0)
    quadrant_names: Mapped[list] = mapped_column(JSON, default=list)
    """Four names, clockwise from the top right."""
    notes: Mapped[str] = mapped_column(Text, default="")

    stakeholders: Mapped[list[Stakeholder]] = relationship(back_populates="map", cascade="all, delete-orphan")
    relationships: Mapped[list[StakeholderRelationship]] = relationship(
        back_populates="map", cascade="all, delete-orphan"
    )
    snapshots: Mapped[list[MapSnapshot]] = relationship(cascade="all, delete-orphan", order_by="MapSnapshot.taken_at")


class Stakeholder(Synced, Base):
    """An actor on a map; its position is a value on each axis, not pixels."""

    __tablename__ = "stakeholders"

    map_id: Mapped[str] = mapped_column(ForeignKey("stakeholder_maps.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    sector: Mapped[str] = mapped_column(String(16), default="civic")
    """public, private, civic or knowledge."""
    x: Mapped[float] = mapped_column(default=5.0)
    y: Mapped[float] = mapped_column(default=5.0)
    attitude: Mapped[str] = mapped_column(String(32), default="")
    engagement: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    """Personal data: exported only when asked."""

    map: Mapped[StakeholderMap] = relationship(back_populates="stakeholders")
    assessments: Mapped[list[StakeholderAssessment]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", order_by="StakeholderAssessment.assessed_at"
    )


class StakeholderAssessment(Synced, Base):
    """Where a stakeholder stood at a dated re-assessment (e.g. a ULG meeting)."""

    __tablename__ = "stakeholder_assessments"

    stakeholder_id: Mapped[str] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    assessed_at: Mapped[datetime]
    label: Mapped[str] = mapped_column(String(200), default="")
    x: Mapped[float]
    y: Mapped[float]
    attitude: Mapped[str] = mapped_column(String(32), default="")

    stakeholder: Mapped[Stakeholder] = relationship(back_populates="assessments")


class StakeholderRelationship(Synced, Base):
    """A tie between two stakeholders of the same map."""

    __tablename__ = "relationships"

    map_id: Mapped[str] = mapped_column(ForeignKey("stakeholder_maps.id", ondelete="CASCADE"), index=True)
    from_id: Mapped[str] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    to_id: Mapped[str] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(64), default="works with")
    strength: Mapped[int] = mapped_column(default=2)
    """1 (weak) to 3 (strong)."""
    directed: Mapped[bool] = mapped_column(default=False)

    map: Mapped[StakeholderMap] = relationship(back_populates="relationships")


class MapSnapshot(Synced, Base):
    """The state of a whole map saved at a moment (e.g. "ULG meeting 3"), to compare with later."""

    __tablename__ = "map_snapshots"

    map_id: Mapped[str] = mapped_column(ForeignKey("stakeholder_maps.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime]

    positions: Mapped[list[SnapshotPosition]] = relationship(back_populates="snapshot", cascade="all, delete-orphan")


class SnapshotPosition(Synced, Base):
    """Where one stakeholder stood when a snapshot was taken.

    ``stakeholder_id`` deliberately has no foreign key: a stakeholder deleted later must stay in the
    snapshots of the past (a comparison then shows it as removed), so the name is kept here too.
    """

    __tablename__ = "snapshot_positions"

    snapshot_id: Mapped[str] = mapped_column(ForeignKey("map_snapshots.id", ondelete="CASCADE"), index=True)
    stakeholder_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(300), default="")
    x: Mapped[float]
    y: Mapped[float]
    attitude: Mapped[str] = mapped_column(String(32), default="")

    snapshot: Mapped[MapSnapshot] = relationship(back_populates="positions")
