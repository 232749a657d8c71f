"""Participants, their personal data (kept apart), consent, profile answers and attendance."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop_app.db.base import Base, Synced

if TYPE_CHECKING:
    from workshop_app.db.models.workshops import Workshop


class Participant(Synced, Base):
    """A person who takes part, known everywhere by a pseudonymous code such as ``P-0042``."""

    __tablename__ = "participants"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    personal_data: Mapped[PersonalData | None] = relationship(
        back_populates="participant", cascade="all, delete-orphan", uselist=False
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="participant", cascade="all, delete-orphan")
    profile_answers: Mapped[list[ProfileAnswer]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )


class PersonalData(Synced, Base):
    """Name and contact of a participant: personal data, stored apart and exported only when asked."""

    __tablename__ = "personal_data"

    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(String(300), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")

    participant: Mapped[Participant] = relationship(back_populates="personal_data")


class Consent(Synced, Base):
    """Consent for one purpose: given when and recorded by whom; a withdrawal is recorded, never deleted."""

    __tablename__ = "consents"

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    """take_part, be_contacted or photos."""
    given_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_at: Mapped[datetime | None]
    withdrawn_recorded_by: Mapped[str] = mapped_column(String(200), default="")

    participant: Mapped[Participant] = relationship(back_populates="consents")


class ProfileQuestion(Synced, Base):
    """A voluntary self-description question (age band, gender, ...), editable per database."""

    __tablename__ = "profile_questions"

    name: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    labels: Mapped[dict] = mapped_column(JSON, default=dict)
    """``{language: label}``."""

    choices: Mapped[list[ProfileChoice]] = relationship(
        back_populates="question", cascade="all, delete-orphan", order_by="ProfileChoice.position"
    )


class ProfileChoice(Synced, Base):
    """One possible answer to a profile question; every question has a ``prefer_not_to_say`` choice."""

    __tablename__ = "profile_choices"
    __table_args__ = (UniqueConstraint("question_id", "code"),)

    question_id: Mapped[str] = mapped_column(ForeignKey("profile_questions.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(default=0)
    labels: Mapped[dict] = mapped_column(JSON, default=dict)

    question: Mapped[ProfileQuestion] = relationship(back_populates="choices")


class ProfileAnswer(Synced, Base):
    """A participant's answer to one profile question: a choice, or their own words."""

    __tablename__ = "profile_answers"
    __table_args__ = (UniqueConstraint("participant_id", "question_id"),)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("profile_questions.id", ondelete="CASCADE"), index=True)
    choice_id: Mapped[str | None] = mapped_column(ForeignKey("profile_choices.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, default="")

    participant: Mapped[Participant] = relationship(back_populates="profile_answers")


class Attendance(Synced, Base):
    """A participant came to a workshop."""

    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("workshop_id", "participant_id"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    checked_in_at: Mapped[datetime]

    workshop: Mapped[Workshop] = relationship(back_populates="attendances")
    participant: Mapped[Participant] = relationship(back_populates="attendances")
