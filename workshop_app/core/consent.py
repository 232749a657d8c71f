"""Consent per purpose: give, withdraw (recorded, never deleted), and the rule that answers need consent.

Where a participant stands on a purpose is decided by their latest consent event (a giving or a withdrawal),
so two laptops that recorded consent for the same person still agree after a merge.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.events import Event
from workshop_app.core.participant_rules import (
    PURPOSE_LABELS,
    PURPOSES,
    TAKE_PART,
    ConsentRecord,
    ConsentState,
    format_moment,
    validate_moment,
    validate_purpose,
    validate_recorder,
)
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Consent, Participant
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text


def load_participant(session: Session, participant_id: str) -> Participant:
    """The participant with this id, or ``UserError`` if they no longer exist."""
    return get_existing(session, Participant, participant_id, "participant")


def consent_records(session: Session, participant_id: str) -> list[ConsentRecord]:
    """Every consent recorded for a participant, oldest first."""
    rows = session.scalars(
        select(Consent).where(Consent.participant_id == participant_id).order_by(Consent.given_at, Consent.created_at)
    )
    return [record_of(row) for row in rows]


def consent_states(records: list[ConsentRecord]) -> dict[str, ConsentState]:
    """Each purpose's state, decided by the latest event (giving or withdrawal) among ``records``."""
    latest: dict[str, ConsentRecord] = {}
    for record in records:
        current = latest.get(record.purpose)
        if current is None or _last_event(record) >= _last_event(current):
            latest[record.purpose] = record
    return {purpose: ConsentState(purpose, latest.get(purpose)) for purpose in PURPOSES}


def add_consent(
    session: Session, participant: Participant, purpose: str, *, given_at: datetime | None, recorded_by: str
) -> Consent:
    """Record a new consent in ``session`` after checking the rules; the caller validated ``recorded_by``."""
    validate_purpose(purpose)
    given_at = validate_moment(given_at, QT_TRANSLATE_NOOP("core", "The date consent was given"))
    rows = _rows(session, participant.id, purpose)
    state = consent_states([record_of(r) for r in rows])[purpose]
    if state.active:
        assert state.latest is not None
        if not state.latest.recorded_by:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{code} already consents to {purpose} (recorded {moment} by "
                                                        "someone)."),
                            code=participant.code, purpose=PURPOSE_LABELS[purpose],
                            moment=format_moment(state.latest.given_at))
        raise UserError(QT_TRANSLATE_NOOP("errors", "{code} already consents to {purpose} (recorded {moment} by "
                                                    "{recorder})."),
                        code=participant.code, purpose=PURPOSE_LABELS[purpose],
                        moment=format_moment(state.latest.given_at), recorder=state.latest.recorded_by)
    withdrawals = [r.withdrawn_at for r in rows if r.withdrawn_at is not None]
    if withdrawals and given_at < max(withdrawals):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{code} withdrew consent to {purpose} on {moment}; a new consent "
                                                    "must be dated after that."),
                        code=participant.code, purpose=PURPOSE_LABELS[purpose], moment=format_moment(max(withdrawals)))
    consent = Consent(participant_id=participant.id, purpose=purpose, given_at=given_at, recorded_by=recorded_by)
    session.add(consent)
    return consent


def refusal_to_respond(session_or_db: Session | Database, participant_id: str | None) -> str | None:
    """Why no answers may be recorded for this participant (in the interface language), or ``None`` when they may.

    An anonymous response (``participant_id`` is ``None``) needs no consent record.
    """
    text = refusal_text(session_or_db, participant_id)
    return None if text is None else str(text)


def refusal_text(session_or_db: Session | Database, participant_id: str | None) -> Text | None:
    """``refusal_to_respond`` as a ``Text``, translated when it is shown (for an error that carries it)."""
    if participant_id is None:
        return None
    if isinstance(session_or_db, Database):
        with session_or_db.session() as session:
            return refusal_text(session, participant_id)
    participant = load_participant(session_or_db, participant_id)
    if consent_states(consent_records(session_or_db, participant_id))[TAKE_PART].active:
        return None
    return Text("errors", QT_TRANSLATE_NOOP("errors", "{code} has not consented to take part, so no answers can be "
                                                      "recorded for them."), code=participant.code)


def ensure_can_respond(session_or_db: Session | Database, participant_id: str | None) -> None:
    """Raise ``UserError`` unless answers may be recorded for this participant (active consent to take part).

    Call it before creating a response, an idea or a vote under a participant's code; inside an open session
    it reads through that session, so it sees what the caller has not committed yet.
    """
    reason = refusal_text(session_or_db, participant_id)
    if reason:
        raise UserError(reason)


class ConsentService:
    """Gives and withdraws consent; each change is one transaction, then ``changed`` carries the participant id."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    def current(self, participant_id: str) -> dict[str, ConsentState]:
        """Every purpose's state for this participant."""
        with self.db.session() as session:
            load_participant(session, participant_id)
            return consent_states(consent_records(session, participant_id))

    def history(self, participant_id: str) -> list[ConsentRecord]:
        """Every consent record of this participant, withdrawn ones included, oldest first."""
        with self.db.session() as session:
            load_participant(session, participant_id)
            return consent_records(session, participant_id)

    def give(self, participant_id: str, purpose: str, *, given_at: datetime | None = None,
             recorded_by: str) -> ConsentRecord:
        """Record consent for ``purpose`` (now, or at ``given_at``); after a withdrawal this is a new record."""
        recorder = validate_recorder(recorded_by)
        with self.db.transaction() as session:
            participant = load_participant(session, participant_id)
            consent = add_consent(session, participant, purpose, given_at=given_at, recorded_by=recorder)
            session.flush()
            record = record_of(consent)
        self.changed.emit(participant_id)
        return record

    def withdraw(
        self, consent_id: str | None = None, *, participant_id: str | None = None, purpose: str | None = None,
        recorded_by: str, at: datetime | None = None,
    ) -> list[ConsentRecord]:
        """Record a withdrawal, of one consent record or of a participant's active consent for a purpose.

        The records stay, marked withdrawn. Withdrawing what is not active is refused with a sentence.
        """
        recorder = validate_recorder(recorded_by, "withdrawal")
        at = validate_moment(at, QT_TRANSLATE_NOOP("core", "The date of a withdrawal"))
        with self.db.transaction() as session:
            rows, participant = self._withdrawable(session, consent_id, participant_id, purpose)
            for row in rows:
                if at < row.given_at:
                    raise UserError(QT_TRANSLATE_NOOP("errors", "A withdrawal cannot come before the consent it "
                                                                "withdraws ({moment})."),
                                    moment=format_moment(row.given_at))
                row.withdrawn_at = at
                row.withdrawn_recorded_by = recorder
            session.flush()
            records = [record_of(row) for row in rows]
        self.changed.emit(participant.id)
        return records

    def undo_give(self, consent_id: str) -> None:
        """Undo a ``give`` made by mistake a moment ago: the record goes (leaving a tombstone for merges)."""
        with self.db.transaction() as session:
            consent = self._load(session, consent_id)
            if consent.withdrawn_at is not None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "That consent has been withdrawn since; its record is "
                                                            "kept."))
            participant_id = consent.participant_id
            session.delete(consent)
        self.changed.emit(participant_id)

    def undo_withdraw(self, consent_id: str) -> ConsentRecord:
        """Undo a ``withdraw`` clicked by mistake a moment ago; only for the undo stack, never as "consent again".

        Refused once consent for the purpose has been given again: then the withdrawal is part of the history.
        """
        with self.db.transaction() as session:
            consent = self._load(session, consent_id)
            if consent.withdrawn_at is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "That consent is not withdrawn."))
            newer = [r for r in _rows(session, consent.participant_id, consent.purpose)
                     if r.id != consent.id and r.given_at >= consent.withdrawn_at]
            if newer:
                raise UserError(QT_TRANSLATE_NOOP("errors", "Consent was given again after this withdrawal, so the "
                                                            "withdrawal stays on record."))
            consent.withdrawn_at = None
            consent.withdrawn_recorded_by = ""
            session.flush()
            record, participant_id = record_of(consent), consent.participant_id
        self.changed.emit(participant_id)
        return record

    def _withdrawable(
        self, session: Session, consent_id: str | None, participant_id: str | None, purpose: str | None
    ) -> tuple[list[Consent], Participant]:
        if consent_id is not None:
            consent = self._load(session, consent_id)
            participant = load_participant(session, consent.participant_id)
            if consent.withdrawn_at is not None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{code}'s consent to {purpose} was already withdrawn on "
                                                            "{moment}; a withdrawn consent cannot be used again. "
                                                            "Record a new consent instead."),
                                code=participant.code, purpose=PURPOSE_LABELS.get(consent.purpose, consent.purpose),
                                moment=format_moment(consent.withdrawn_at))
            return [consent], participant
        if participant_id is None or purpose is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Say which consent to withdraw."))
        validate_purpose(purpose)
        participant = load_participant(session, participant_id)
        rows = [r for r in _rows(session, participant_id, purpose) if r.withdrawn_at is None]
        if not rows:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{code} has no consent to {purpose} to withdraw."),
                            code=participant.code, purpose=PURPOSE_LABELS[purpose])
        return rows, participant

    @staticmethod
    def _load(session: Session, consent_id: str) -> Consent:
        return get_existing(session, Consent, consent_id, "consent record")


def _rows(session: Session, participant_id: str, purpose: str) -> list[Consent]:
    return list(session.scalars(
        select(Consent).where(Consent.participant_id == participant_id, Consent.purpose == purpose)
    ))


def _last_event(record: ConsentRecord) -> datetime:
    return record.withdrawn_at or record.given_at


def record_of(row: Consent) -> ConsentRecord:
    """A detached copy of a consent row."""
    return ConsentRecord(row.id, row.purpose, row.given_at, row.recorded_by, row.withdrawn_at,
                         row.withdrawn_recorded_by)


__all__ = [
    "ConsentService", "add_consent", "consent_records", "consent_states", "ensure_can_respond", "load_participant",
    "record_of", "refusal_text", "refusal_to_respond",
]
