"""Diversity targets a database sets for itself: "at least 40 % women", "at least 15 % aged 60 or over"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.events import Event
from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, pick_label, validate_labels
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import DiversityTarget, ProfileQuestion
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TargetData:
    """A target: the group (a question and some of its choice codes) and the least share it should have."""

    id: str
    question_name: str
    codes: tuple[str, ...]
    min_share: float
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        """What to call the group, or ``""`` when no name was given."""
        return pick_label(self.labels, language, "") if self.labels else ""


def load_targets(session: Session) -> list[TargetData]:
    """Every target, by question then group."""
    rows = session.scalars(select(DiversityTarget).order_by(DiversityTarget.question_name, DiversityTarget.codes))
    return [_data(row) for row in rows]


class TargetService:
    """Sets and removes targets; ``changed`` is emitted after each change with the target's id."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    def targets(self) -> list[TargetData]:
        """Every target."""
        with self.db.session() as session:
            return load_targets(session)

    def set_target(
        self, question_name: str, choice_codes: Iterable[str], min_share: float,
        *, labels: Mapping[str, str] | None = None,
    ) -> TargetData:
        """Set (or change) the least share for the group answering any of ``choice_codes`` to ``question_name``.

        ``min_share`` is a fraction: 0.15 for 15 %. ``labels`` name the group per language ("People over 60").
        """
        codes = tuple(sorted(set(choice_codes)))
        if isinstance(min_share, bool) or not isinstance(min_share, int | float) or not 0 < min_share <= 1:
            if isinstance(min_share, int | float) and 1 < min_share <= 100:
                raise UserError(QT_TRANSLATE_NOOP("errors", "A target share is more than 0 % and at most 100 % (write "
                                                            "0.15 for 15 %)."))
            raise UserError(QT_TRANSLATE_NOOP("errors", "A target share is more than 0 % and at most 100 %."))
        clean_labels = validate_labels(dict(labels), QT_TRANSLATE_NOOP("core", "A group")) if labels else {}
        with self.db.transaction() as session:
            question = session.scalars(
                select(ProfileQuestion).where(ProfileQuestion.name == question_name)).one_or_none()
            if question is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "There is no profile question called {question_name!r}."),
                                question_name=question_name)
            known = {c.code for c in question.choices} - {PREFER_NOT_TO_SAY}
            if not codes:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Choose at least one answer that makes up the group."))
            unknown = [c for c in codes if c not in known]
            if unknown:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{answer!r} is not an answer to “{question}” that a target "
                                                            "can be set for."),
                                answer=unknown[0], question=question.labels.get("en") or question.name)
            text = " ".join(codes)
            row = session.scalars(select(DiversityTarget).where(
                DiversityTarget.question_name == question_name, DiversityTarget.codes == text)).one_or_none()
            if row is None:
                row = DiversityTarget(question_name=question_name, codes=text)
                session.add(row)
            row.min_share, row.labels = float(min_share), clean_labels
            session.flush()
            data = _data(row)
        self.changed.emit(data.id)
        return data

    def remove_target(self, target_id: str) -> TargetData:
        """Remove a target; returns it, so an undo can set it again."""
        with self.db.transaction() as session:
            row = get_existing(session, DiversityTarget, target_id, "target")
            data = _data(row)
            session.delete(row)
        self.changed.emit(target_id)
        return data


def _data(row: DiversityTarget) -> TargetData:
    return TargetData(row.id, row.question_name, tuple(row.codes.split()), row.min_share, dict(row.labels))


__all__ = ["TargetData", "TargetService", "load_targets"]
