"""The editable list of profile questions, and the rule that a profile answer must come from that list.

Questions are known by their ``name`` and choices by their ``code`` everywhere (exports, targets, merges), so
those stay fixed once made; "renaming" changes the labels people see, in any number of languages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_app.core.events import Event
from workshop_app.core.ordering import move_item, renumber
from workshop_app.core.participant_rules import (
    MAX_OWN_WORDS,
    OWN_WORDS_CODES,
    PREFER_NOT_TO_SAY,
    ProfileChoiceData,
    ProfileQuestionData,
    ProfileValue,
    clean_line,
    fold,
    validate_choice_code,
    validate_labels,
    validate_question_name,
)
from workshop_app.core.profile_questions import DEFAULT_PROFILE_QUESTIONS, ensure_default_profile_questions
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import ProfileAnswer, ProfileChoice, ProfileQuestion
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext

errors = TranslationContext("errors")


PREFER_NOT_TO_SAY_LABELS = dict(DEFAULT_PROFILE_QUESTIONS[0].choices[-1].labels)
# A self-described choice wins over a generic "other" when a typed answer matches no choice.
_OWN_WORDS_ORDER = ("self_described", "other")


def resolve_answer(
    session: Session, question_name: str, value: str | ProfileValue | None
) -> tuple[ProfileQuestion, ProfileChoice | None, str]:
    """The question, the chosen choice and the own words for ``value``; ``UserError`` when it is not in the list.

    ``value`` is a choice code, a choice label in any language, or (for a question with a self-described or
    "other" choice) the person's own words. ``None`` or empty means no answer (choice ``None``).
    """
    question = session.scalars(select(ProfileQuestion).where(ProfileQuestion.name == question_name)).one_or_none()
    if question is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is no profile question called {question_name!r}."),
                        question_name=question_name)
    label = question.labels.get("en") or question.name
    if value is None or value == "" or (isinstance(value, ProfileValue) and not value.code):
        return question, None, ""
    by_code = {choice.code: choice for choice in question.choices}
    if isinstance(value, ProfileValue):
        choice = by_code.get(value.code)
        if choice is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{code!r} is not one of the answers to “{label}”."),
                            code=value.code, label=label)
        text = clean_line(value.text, QT_TRANSLATE_NOOP("core", "A self-described answer"), MAX_OWN_WORDS)
        if text and choice.code not in OWN_WORDS_CODES:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Only a self-described answer to “{label}” can have the "
                                                        "person's own words."), label=label)
        return question, choice, text
    typed = clean_line(value, QT_TRANSLATE_NOOP("core", "A self-described answer"), MAX_OWN_WORDS)
    if typed in by_code:
        return question, by_code[typed], ""
    folded = fold(typed)
    for choice in question.choices:
        if any(fold(text) == folded for text in choice.labels.values()):
            return question, choice, ""
    own = next((by_code[code] for code in _OWN_WORDS_ORDER if code in by_code), None)
    if own is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{typed}” is not one of the answers to “{label}”."),
                        typed=typed, label=label)
    return question, own, typed


def question_data(question: ProfileQuestion) -> ProfileQuestionData:
    """A detached copy of ``question`` with its choices."""
    return ProfileQuestionData(
        question.id, question.name, question.position, dict(question.labels),
        tuple(ProfileChoiceData(c.id, c.code, c.position, dict(c.labels)) for c in question.choices),
    )


class ProfileService:
    """Edits the database's list of profile questions; ``changed`` carries the id of the question that changed."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    # -- reading -------------------------------------------------------------------------------
    def questions(self) -> list[ProfileQuestionData]:
        """Every profile question in order, with choices in order."""
        with self.db.session() as session:
            rows = session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position, ProfileQuestion.name))
            return [question_data(q) for q in rows]

    def languages(self) -> list[str]:
        """Every language some question or choice has a label in."""
        found = {lang for q in self.questions() for labels in (q.labels, *(c.labels for c in q.choices))
                 for lang in labels}
        return sorted(found)

    def answer_count(self, question_id: str) -> int:
        """How many participants answered this question (for a warning before it is deleted)."""
        with self.db.session() as session:
            return session.scalar(
                select(func.count()).select_from(ProfileAnswer).where(ProfileAnswer.question_id == question_id)
            ) or 0

    def ensure_defaults(self) -> list[ProfileQuestionData]:
        """Add the default questions to a database that has none; an edited list is left as it is."""
        with self.db.transaction() as session:
            data = [question_data(q) for q in ensure_default_profile_questions(session)]
        self.changed.emit(None)
        return data

    # -- questions -----------------------------------------------------------------------------
    def add_question(
        self, name: str, labels: Mapping[str, str], choices: Sequence[tuple[str, Mapping[str, str]]] = (),
        *, position: int | None = None,
    ) -> ProfileQuestionData:
        """Add a question with ``(code, labels)`` choices; "prefer not to say" is added last if missing."""
        name = validate_question_name(name)
        clean_labels = validate_labels(dict(labels), QT_TRANSLATE_NOOP("core", "A question"))
        a_choice = QT_TRANSLATE_NOOP("core", "A choice")
        specs = [(validate_choice_code(code), validate_labels(dict(lab), a_choice)) for code, lab in choices]
        codes = [code for code, _ in specs]
        if len(set(codes)) != len(codes):
            raise UserError(QT_TRANSLATE_NOOP("errors", "Each choice of a question needs its own code."))
        if PREFER_NOT_TO_SAY not in codes:
            specs.append((PREFER_NOT_TO_SAY, dict(PREFER_NOT_TO_SAY_LABELS)))
        with self.db.transaction() as session:
            if session.scalars(select(ProfileQuestion.id).where(ProfileQuestion.name == name)).first():
                raise UserError(QT_TRANSLATE_NOOP("errors", "There is already a profile question called {name!r}."),
                                name=name)
            question = ProfileQuestion(name=name, labels=clean_labels)
            question.choices = [ProfileChoice(code=c, labels=lab, position=i) for i, (c, lab) in enumerate(specs)]
            items = self._ordered(session)
            items.insert(len(items) if position is None else max(0, min(position, len(items))), question)
            session.add(question)
            renumber(items)
            session.flush()
            data = question_data(question)
        self.changed.emit(data.id)
        return data

    def set_question_labels(self, question_id: str, labels: Mapping[str, str]) -> dict[str, str]:
        """Replace a question's labels; returns the old ones (for undo)."""
        clean = validate_labels(dict(labels), QT_TRANSLATE_NOOP("core", "A question"))
        with self.db.transaction() as session:
            question = self._question(session, question_id)
            old, question.labels = dict(question.labels), clean
        self.changed.emit(question_id)
        return old

    def move_question(self, question_id: str, position: int) -> int:
        """Move a question to ``position``; returns where it was."""
        with self.db.transaction() as session:
            question = self._question(session, question_id)
            old = move_item(self._ordered(session), question, position)
        self.changed.emit(question_id)
        return old

    def delete_question(self, question_id: str) -> RowSnapshot:
        """Delete a question with its choices and everyone's answers to it; ``restore`` brings all back."""
        with self.db.transaction() as session:
            snapshot = delete_with_snapshot(session, self._question(session, question_id))
            renumber(self._ordered(session))
        self.changed.emit(question_id)
        return snapshot

    def restore_question(self, snapshot: RowSnapshot) -> None:
        """Undo ``delete_question``: the question comes back where it stood, with its choices and answers."""
        values = next(values for model, values in snapshot.rows if model is ProfileQuestion)
        question_id, position = values["id"], values["position"]
        with self.db.transaction() as session:
            restore_snapshot(session, snapshot)
            others = [q for q in self._ordered(session) if q.id != question_id]
            others.insert(min(position, len(others)), self._question(session, question_id))
            renumber(others)
        self.changed.emit(question_id)

    # -- choices -------------------------------------------------------------------------------
    def add_choice(
        self, question_id: str, code: str, labels: Mapping[str, str], *, position: int | None = None
    ) -> ProfileChoiceData:
        """Add a choice; by default just before "prefer not to say"."""
        code = validate_choice_code(code)
        clean = validate_labels(dict(labels), QT_TRANSLATE_NOOP("core", "A choice"))
        with self.db.transaction() as session:
            question = self._question(session, question_id)
            items = list(question.choices)
            if any(c.code == code for c in items):
                raise UserError(QT_TRANSLATE_NOOP("errors", "“{question}” already has a choice {code!r}."),
                                question=question.labels.get("en") or question.name, code=code)
            if position is None:
                codes = [c.code for c in items]
                position = codes.index(PREFER_NOT_TO_SAY) if PREFER_NOT_TO_SAY in codes else len(items)
            choice = ProfileChoice(code=code, labels=clean)
            items.insert(max(0, min(position, len(items))), choice)
            question.choices = items
            renumber(items)
            session.flush()
            data = ProfileChoiceData(choice.id, choice.code, choice.position, dict(choice.labels))
        self.changed.emit(question_id)
        return data

    def set_choice_labels(self, choice_id: str, labels: Mapping[str, str]) -> dict[str, str]:
        """Replace a choice's labels; returns the old ones (for undo)."""
        clean = validate_labels(dict(labels), QT_TRANSLATE_NOOP("core", "A choice"))
        with self.db.transaction() as session:
            choice = self._choice(session, choice_id)
            old, choice.labels = dict(choice.labels), clean
            question_id = choice.question_id
        self.changed.emit(question_id)
        return old

    def move_choice(self, choice_id: str, position: int) -> int:
        """Move a choice within its question; returns where it was."""
        with self.db.transaction() as session:
            choice = self._choice(session, choice_id)
            old = move_item(choice.question.choices, choice, position)
            question_id = choice.question_id
        self.changed.emit(question_id)
        return old

    def delete_choice(self, choice_id: str) -> RowSnapshot:
        """Delete a choice nobody has given; "prefer not to say" always stays."""
        with self.db.transaction() as session:
            choice = self._choice(session, choice_id)
            if choice.code == PREFER_NOT_TO_SAY:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Every question keeps “Prefer not to say”, so answering "
                                                            "stays voluntary."))
            used = session.scalar(
                select(func.count()).select_from(ProfileAnswer).where(ProfileAnswer.choice_id == choice_id)
            )
            if used:
                answer = choice.labels.get("en") or choice.code
                if used == 1:
                    raise UserError(QT_TRANSLATE_NOOP("errors", "1 participant gave the answer “{answer}”, so it "
                                                                "cannot be deleted; change its label instead."),
                                    answer=answer)
                raise UserError(errors.tr("{n} participants gave the answer “{answer}”, so it cannot be deleted; "
                                          "change its label instead.", "", used, answer=answer))
            question = choice.question
            snapshot = delete_with_snapshot(session, choice)
            session.expire(question, ["choices"])
            renumber(list(question.choices))
            question_id = question.id
        self.changed.emit(question_id)
        return snapshot

    def restore_choice(self, snapshot: RowSnapshot) -> None:
        """Undo ``delete_choice``: the choice comes back where it stood."""
        values = snapshot.rows[0][1]
        with self.db.transaction() as session:
            question = self._question(session, values["question_id"])
            restore_snapshot(session, snapshot)
            session.flush()
            session.expire(question, ["choices"])
            others = [c for c in question.choices if c.id != values["id"]]
            others.insert(min(values["position"], len(others)), self._choice(session, values["id"]))
            renumber(others)
        self.changed.emit(values["question_id"])

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _ordered(session: Session) -> list[ProfileQuestion]:
        return list(session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position, ProfileQuestion.name)))

    @staticmethod
    def _question(session: Session, question_id: str) -> ProfileQuestion:
        return get_existing(session, ProfileQuestion, question_id, "profile question")

    @staticmethod
    def _choice(session: Session, choice_id: str) -> ProfileChoice:
        return get_existing(session, ProfileChoice, choice_id, "choice")



__all__ = ["PREFER_NOT_TO_SAY_LABELS", "ProfileService", "question_data", "resolve_answer"]
