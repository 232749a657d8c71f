"""Surveys (XLSForm-shaped forms), their questions, choices and translations, and responses."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workshop_app.db.base import Base, Synced


class Survey(Synced, Base):
    """One version of a form; versions of the same form share ``form_id``."""

    __tablename__ = "surveys"
    __table_args__ = (UniqueConstraint("form_id", "version"),)

    form_id: Mapped[str] = mapped_column(String(100))
    """The XLSForm ``form_id``: the same for every version of one questionnaire."""
    version: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(String(300))
    default_language: Mapped[str] = mapped_column(String(16), default="en")
    allow_anonymous: Mapped[bool] = mapped_column(default=True)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    """Other XLSForm ``settings`` sheet values, kept so an export writes them back."""

    questions: Mapped[list[Question]] = relationship(
        back_populates="survey", cascade="all, delete-orphan", order_by="Question.position"
    )
    choice_lists: Mapped[list[ChoiceList]] = relationship(back_populates="survey", cascade="all, delete-orphan")
    responses: Mapped[list[Response]] = relationship(back_populates="survey", cascade="all, delete-orphan")


class ChoiceList(Synced, Base):
    """A named list of choices (XLSForm ``list_name``) that select questions share."""

    __tablename__ = "choice_lists"
    __table_args__ = (UniqueConstraint("survey_id", "name"),)

    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))

    survey: Mapped[Survey] = relationship(back_populates="choice_lists")
    choices: Mapped[list[Choice]] = relationship(
        back_populates="choice_list", cascade="all, delete-orphan", order_by="Choice.position"
    )


class Choice(Synced, Base):
    """One choice of a list: its code (XLSForm ``name``); labels are in ``ChoiceTranslation``."""

    __tablename__ = "choices"
    __table_args__ = (UniqueConstraint("list_id", "name"),)

    list_id: Mapped[str] = mapped_column(ForeignKey("choice_lists.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))

    choice_list: Mapped[ChoiceList] = relationship(back_populates="choices")
    translations: Mapped[list[ChoiceTranslation]] = relationship(
        back_populates="choice", cascade="all, delete-orphan"
    )


class Question(Synced, Base):
    """One row of the form: a question, a note, a calculation, or a group/repeat holding other rows."""

    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("survey_id", "name"),)

    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    """The group or repeat this row sits in, if any."""
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(32))
    list_id: Mapped[str | None] = mapped_column(ForeignKey("choice_lists.id", ondelete="SET NULL"))
    or_other: Mapped[bool] = mapped_column(default=False)
    required: Mapped[bool] = mapped_column(default=False)
    relevant: Mapped[str] = mapped_column(Text, default="")
    constraint: Mapped[str] = mapped_column(Text, default="")
    calculation: Mapped[str] = mapped_column(Text, default="")
    default: Mapped[str] = mapped_column(Text, default="")
    appearance: Mapped[str] = mapped_column(String(200), default="")
    parameters: Mapped[dict] = mapped_column(JSON, default=dict)
    """Type parameters, e.g. ``{"start": 1, "end": 5}`` for a range."""

    survey: Mapped[Survey] = relationship(back_populates="questions")
    translations: Mapped[list[QuestionTranslation]] = relationship(
        back_populates="question", cascade="all, delete-orphan"
    )


class QuestionTranslation(Synced, Base):
    """A question's label, hint and constraint message in one language."""

    __tablename__ = "question_translations"
    __table_args__ = (UniqueConstraint("question_id", "language"),)

    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text, default="")
    hint: Mapped[str] = mapped_column(Text, default="")
    constraint_message: Mapped[str] = mapped_column(Text, default="")

    question: Mapped[Question] = relationship(back_populates="translations")


class ChoiceTranslation(Synced, Base):
    """A choice's label in one language."""

    __tablename__ = "choice_translations"
    __table_args__ = (UniqueConstraint("choice_id", "language"),)

    choice_id: Mapped[str] = mapped_column(ForeignKey("choices.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text, default="")

    choice: Mapped[Choice] = relationship(back_populates="translations")


class Response(Synced, Base):
    """One person's filling of one survey version at one workshop; anonymous when ``participant_id`` is empty."""

    __tablename__ = "responses"

    survey_id: Mapped[str] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshops.id", ondelete="SET NULL"), index=True)
    participant_id: Mapped[str | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    activity_id: Mapped[str | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True
    )
    """The agenda item it was given in (a survey or a feedback round), if any."""
    language: Mapped[str] = mapped_column(String(16), default="en")
    mode: Mapped[str] = mapped_column(String(16), default="kiosk")
    """kiosk (the participant answers) or data_entry (typed in from paper)."""
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]

    survey: Mapped[Survey] = relationship(back_populates="responses")
    answers: Mapped[list[Answer]] = relationship(back_populates="response", cascade="all, delete-orphan")


class Answer(Synced, Base):
    """One answer, saved the moment it is given; ``value`` is XLSForm text (select_multiple: space-separated)."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id", "instance"),)

    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    instance: Mapped[str] = mapped_column(String(64), default="")
    """Which repeat the answer belongs to (e.g. ``"2"``, ``"2.1"`` nested); empty outside repeats."""
    value: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime]

    response: Mapped[Response] = relationship(back_populates="answers")
