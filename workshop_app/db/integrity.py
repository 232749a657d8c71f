"""``check``: SQLite's integrity check, foreign keys and the app's own consistency rules, in words."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from workshop_app.db.database import Database
from workshop_app.db.models import (
    Answer,
    Consent,
    Idea,
    Participant,
    Question,
    Response,
    Stakeholder,
    StakeholderMap,
    StakeholderRelationship,
    Survey,
    Vote,
    Workshop,
)
from workshop_app.texts import TranslationContext, translate

core = TranslationContext("core")


COUNTED = {
    "workshops": Workshop,
    "participants": Participant,
    "consents": Consent,
    "surveys": Survey,
    "responses": Response,
    "answers": Answer,
    "ideas": Idea,
    "votes": Vote,
    "stakeholder_maps": StakeholderMap,
    "stakeholders": Stakeholder,
    "relationships": StakeholderRelationship,
}


@dataclass
class CheckReport:
    """The result of ``check_database``: ``ok`` when ``problems`` is empty."""

    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"ok": self.ok, "counts": self.counts, "problems": self.problems}


def count_rows(session: Session) -> dict[str, int]:
    """How many of each kind of thing the database holds."""
    return {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED.items()}


def check_database(db: Database) -> CheckReport:
    """Run every check; nothing is changed. The problems are sentences in the interface language."""
    with db.session() as session:
        report = CheckReport({})
        try:
            rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
        except DBAPIError as exc:  # some damage stops the check itself ("database disk image is malformed")
            rows = [str(getattr(exc, "orig", exc))]
        if rows != ["ok"]:
            # SQLite's own words, in English: what a database expert reading this needs.
            shown = "; ".join(rows[:5])
            if len(rows) > 5:
                report.problems.append(str(core.tr("SQLite found damage in the file: {shown} (and {n} more).", "",
                                                   len(rows) - 5, shown=shown)))
            else:
                report.problems.append(translate("core", "SQLite found damage in the file: {shown}.").format(
                    shown=shown))
        try:
            report.counts = count_rows(session)
            report.problems += _foreign_key_problems(session)
            report.problems += _consistency_problems(session)
        except DBAPIError:
            if report.ok:
                raise  # not damage SQLite has found: a real error
            # The damage stops the other checks too; the report keeps what SQLite said.
    return report


def _foreign_key_problems(session: Session) -> list[str]:
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in session.execute(text("PRAGMA foreign_key_check")):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    return [
        str(core.tr("{n} row(s) of {table} point at {parent} that no longer exist.", "", n, table=table,
                    parent=parent))
        for (table, parent), n in sorted(broken.items())
    ]


def _consistency_problems(session: Session) -> list[str]:
    problems = []
    duplicates = session.execute(
        select(Participant.code, func.count()).group_by(func.lower(Participant.code)).having(func.count() > 1)
    ).all()
    for code, n in duplicates:
        problems.append(str(core.tr("The participant code {code} is used {n} times.", "", n, code=code)))
    mismatched = session.scalar(
        select(func.count())
        .select_from(Answer)
        .join(Response, Answer.response_id == Response.id)
        .join(Question, Answer.question_id == Question.id)
        .where(Question.survey_id != Response.survey_id)
    )
    if mismatched:
        problems.append(str(core.tr("{n} answer(s) belong to a question of another survey than their response.", "",
                                    mismatched)))
    source, target = aliased(Stakeholder), aliased(Stakeholder)
    crossing = session.scalar(
        select(func.count())
        .select_from(StakeholderRelationship)
        .join(source, StakeholderRelationship.from_id == source.id)
        .join(target, StakeholderRelationship.to_id == target.id)
        .where((source.map_id != StakeholderRelationship.map_id) | (target.map_id != StakeholderRelationship.map_id))
    )
    if crossing:
        problems.append(str(core.tr("{n} relationship(s) join stakeholders of different maps.", "", crossing)))
    empty = session.scalar(select(func.count()).select_from(Participant).where(func.trim(Participant.code) == ""))
    if empty:
        problems.append(str(core.tr("{n} participant(s) have no code.", "", empty)))
    return problems


__all__ = ["COUNTED", "CheckReport", "check_database", "count_rows"]
