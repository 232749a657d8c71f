"""The right to erasure: a participant is removed for good, and the file is made to forget them too.

Everything about the person goes in one transaction through the ORM, so every removed row leaves a tombstone
and a later merge cannot bring them back from another laptop. Their survey answers, ideas and votes are erased
as well (the default) or kept without any link to them. An audit entry records when, by whom and how much —
never who. Afterwards the write-ahead log, which still holds old copies of pages, is emptied into the main file;
``secure_delete`` (set on every connection) has already overwritten the deleted content there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.participant_rules import ANSWER_MODES, validate_recorder
from workshop_app.db.database import Database
from workshop_app.db.models import AuditEntry, Idea, Participant, Response, Tombstone, Vote
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, translate

ERASE_ACTION = "erase_participant"
KIND_WORDS = {
    "participants": QT_TRANSLATE_NOOP("core", "participant"),
    "personal_data": QT_TRANSLATE_NOOP("core", "name and contact"),
    "consents": QT_TRANSLATE_NOOP("core", "consent records"),
    "profile_answers": QT_TRANSLATE_NOOP("core", "profile answers"),
    "check_ins": QT_TRANSLATE_NOOP("core", "check-ins"),
    "survey_responses": QT_TRANSLATE_NOOP("core", "survey responses"),
    "survey_answers": QT_TRANSLATE_NOOP("core", "survey answers"),
    "ideas": QT_TRANSLATE_NOOP("core", "ideas"),
    "votes": QT_TRANSLATE_NOOP("core", "votes"),
    "votes_by_others_on_their_ideas": QT_TRANSLATE_NOOP("core", "others' votes on their ideas"),
}
"""What the erasure report calls each kind of row, before its count ("survey answers: 2"), in English."""


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed and kept; the same counts are in the audit entry."""

    audit_id: str
    answers: str
    """``erase`` or ``anonymise``: what happened to survey answers, ideas and votes."""
    erased: dict[str, int] = field(default_factory=dict)
    anonymised: dict[str, int] = field(default_factory=dict)
    file_cleared: bool = True
    """The write-ahead log was emptied; if not (another program was reading), the next close finishes it."""

    @property
    def sentence(self) -> str:
        """What happened, in words (in the interface language), with the reminder about backups."""
        erased, kept = _counts(self.erased), _counts(self.anonymised)
        if kept:
            return translate("core", "The participant was erased ({erased}). Kept without any link to them: "
                                     "{kept}. Backups made before now still contain them until those backups are "
                                     "deleted.").format(erased=erased, kept=kept)
        return translate("core", "The participant was erased ({erased}). Backups made before now still contain them "
                                 "until those backups are deleted.").format(erased=erased)


def _counts(counts: dict[str, int]) -> str:
    """``survey answers: 2; votes: 3``: each kind of row as a label and its count, so no plural is needed."""
    return "; ".join(translate("core", "{kind}: {count}").format(kind=translate("core", KIND_WORDS[k]), count=n)
                     if k in KIND_WORDS else f"{k}: {n}" for k, n in counts.items() if n)


@dataclass(frozen=True)
class AuditEntryData:
    """One line of the audit log."""

    id: str
    at: datetime
    by: str
    action: str
    details: dict[str, Any]


def erase_participant(db: Database, participant_id: str, *, answers: str = "erase", by: str) -> ErasureReport:
    """Erase a participant: personal data, consents, profile, attendance and the participant row all go.

    ``answers="erase"`` also removes their survey responses (with every answer), ideas and votes;
    ``"anonymise"`` keeps those with no link to the person. This cannot be undone. Raises ``UserError`` when
    the participant is already gone or an argument is wrong; then nothing has changed.
    """
    if answers not in ANSWER_MODES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose whether their answers are erased or kept anonymously."))
    by = validate_recorder(by, "erasure")
    with db.transaction() as session:
        participant = session.get(Participant, participant_id) if participant_id else None
        if participant is None:
            raise UserError(_gone(session, participant_id))
        erased, anonymised = _remove(session, participant, answers)
        entry = AuditEntry(at=datetime.now(timezone.utc), by=by, action=ERASE_ACTION,
                           details={"answers": answers, "erased": erased, "anonymised": anonymised})
        session.add(entry)
        session.flush()
        audit_id = entry.id
    return ErasureReport(audit_id, answers, erased, anonymised, _clear_wal(db))


def audit_log(db: Database) -> list[AuditEntryData]:
    """Every audit entry, newest first."""
    with db.session() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()))
        return [AuditEntryData(r.id, r.at, r.by, r.action, dict(r.details)) for r in rows]


def _gone(session: Session, participant_id: str) -> str:
    tombstone = session.scalars(select(Tombstone.id).where(
        Tombstone.table_name == Participant.__tablename__, Tombstone.row_id == participant_id)).first()
    if tombstone:
        return QT_TRANSLATE_NOOP("errors", "That participant has already been erased or deleted; there is nothing "
                                           "left to erase.")
    return QT_TRANSLATE_NOOP("errors", "That participant does not exist; nothing was erased.")


def _remove(session: Session, participant: Participant, mode: str) -> tuple[dict[str, int], dict[str, int]]:
    erased: Counter[str] = Counter()
    anonymised: Counter[str] = Counter()
    pid = participant.id
    responses = list(session.scalars(select(Response).where(Response.participant_id == pid)))
    ideas = list(session.scalars(select(Idea).where(Idea.participant_id == pid)))
    votes = list(session.scalars(select(Vote).where(Vote.participant_id == pid)))
    if mode == "erase":
        own_ideas = {idea.id for idea in ideas}
        for vote in votes:
            if vote.idea_id not in own_ideas:  # votes on their own ideas go with those ideas below
                session.delete(vote)
        erased["votes"] += len(votes)
        for idea in ideas:
            # Others' dots on an erased idea go with it: a vote for nothing means nothing.
            erased["votes_by_others_on_their_ideas"] += sum(1 for v in idea.votes if v.participant_id != pid)
            session.delete(idea)
        erased["ideas"] = len(ideas)
        for response in responses:
            erased["survey_answers"] += len(response.answers)
            session.delete(response)
        erased["survey_responses"] = len(responses)
    else:
        for row in (*responses, *ideas, *votes):
            row.participant_id = None
        anonymised.update(survey_responses=len(responses), ideas=len(ideas), votes=len(votes))
    erased["personal_data"] = int(participant.personal_data is not None)
    erased["consents"] = len(participant.consents)
    erased["profile_answers"] = len(participant.profile_answers)
    erased["check_ins"] = len(participant.attendances)
    erased["participants"] = 1
    # The ORM cascade (not the database's) removes the rest, so each removed row leaves a tombstone.
    session.delete(participant)
    session.flush()
    order = ("participants", "personal_data", "consents", "profile_answers", "check_ins", "survey_responses",
             "survey_answers", "ideas", "votes", "votes_by_others_on_their_ideas")
    return ({k: erased[k] for k in order if k in erased},
            {k: anonymised[k] for k in order if k in anonymised})


def _clear_wal(db: Database) -> bool:
    """Move the log into the main file and truncate it; ``False`` if a reader kept part of it alive."""
    raw = db.engine.raw_connection()
    try:
        # The driver connection runs in autocommit, so no BEGIN wraps the checkpoint.
        busy, _, _ = raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    return busy == 0


__all__ = ["ERASE_ACTION", "AuditEntryData", "ErasureReport", "audit_log", "erase_participant"]
