"""Participants: registration at the door, search, edits with undo, and check-in to workshops.

Everyone is known by a pseudonymous code (``P-0042``); a name and contact are optional personal data, kept in
their own table and returned only when a caller asks for them. Rules and shapes live in ``participant_rules``.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workshop_app.core.consent import add_consent, consent_records, consent_states, load_participant, record_of
from workshop_app.core.erasure import ErasureReport, erase_participant
from workshop_app.core.events import Event
from workshop_app.core.participant_rules import (
    MAX_CONTACT,
    MAX_NAME,
    MAX_NOTES,
    CheckIn,
    ConsentRecord,
    ParticipantData,
    ParticipantSummary,
    ProfileValue,
    clean_line,
    clean_text,
    code_number,
    code_sort_key,
    fold,
    format_code,
    validate_code,
    validate_moment,
    validate_purpose,
    validate_recorder,
)
from workshop_app.core.profiles import resolve_answer
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import (
    Attendance,
    Consent,
    Participant,
    PersonalData,
    ProfileAnswer,
    ProfileChoice,
    ProfileQuestion,
    Workshop,
)
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

EDITABLE = ("code", "notes")
# Two registrations racing for the same number (two windows, a kiosk thread): the loser takes the next one.
_CODE_ATTEMPTS = 3


def next_free_code(session: Session, *, taken: Iterable[str] = ()) -> str:
    """The code the next participant gets: one more than the highest issued-style code here or in ``taken``.

    A merge passes the codes it is about to bring in as ``taken`` to renumber clashing participants.
    """
    codes = session.scalars(select(Participant.code).where(func.upper(Participant.code).like("P-%")))
    numbers = [n for n in map(code_number, [*codes, *taken]) if n is not None]
    return format_code(max(numbers, default=0) + 1)


class ParticipantService:
    """Reads and changes participants; each change is one durable transaction, then ``changed`` is emitted.

    ``changed`` carries the id of the participant that changed (or was registered, deleted or erased).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    # -- reading -------------------------------------------------------------------------------
    def get(self, participant_id: str, *, personal: bool = False) -> ParticipantData:
        """One participant; name and contact only when ``personal`` is true."""
        with self.db.session() as session:
            return _data(session, load_participant(session, participant_id), personal=personal)

    def list(self, workshop_id: str | None = None, *, personal: bool = False) -> builtins.list[ParticipantSummary]:
        """Every participant in code order, or only those checked in to ``workshop_id``."""
        with self.db.session() as session:
            return _summaries(session, personal=personal, workshop_id=workshop_id, attendees_only=bool(workshop_id))

    def search(
        self, text: str, *, personal: bool = False, workshop_id: str | None = None
    ) -> builtins.list[ParticipantSummary]:
        """Participants whose code (and, with ``personal``, name or contact) contains every word of ``text``.

        Case and accents are ignored; an exact code comes first. With ``workshop_id`` every match is listed and
        ``checked_in_at`` says who is already checked in there (the door's check-in list).
        """
        # A search box is cut rather than refused: a pasted essay simply finds nothing.
        words = fold(clean_line(str(text or "")[:MAX_NAME], QT_TRANSLATE_NOOP("core", "A search"), MAX_NAME)).split()
        with self.db.session() as session:
            rows = _summaries(session, personal=personal, workshop_id=workshop_id, attendees_only=False)
        found = [r for r in rows if all(w in _haystack(r, personal) for w in words)]
        query = " ".join(words)
        return sorted(found, key=lambda r: (fold(r.code) != query, not fold(r.code).startswith(query)))

    def attendance(self, workshop_id: str) -> builtins.list[CheckIn]:
        """Who checked in to a workshop, in the order they arrived."""
        with self.db.session() as session:
            _workshop(session, workshop_id)
            rows = session.execute(
                select(Attendance.participant_id, Participant.code, Attendance.checked_in_at)
                .join(Participant, Participant.id == Attendance.participant_id)
                .where(Attendance.workshop_id == workshop_id)
                .order_by(Attendance.checked_in_at, Participant.code)
            )
            return [CheckIn(pid, code, workshop_id, at) for pid, code, at in rows]

    # -- registering and editing ---------------------------------------------------------------
    def register(
        self, *, name: str = "", contact: str = "", notes: str = "", consents: Iterable[str] = (),
        recorded_by: str, profile: Mapping[str, str | ProfileValue | None] | None = None,
        workshop_id: str | None = None, given_at: datetime | None = None,
    ) -> ParticipantData:
        """Register someone in one transaction: a new code, optional personal data, consents, profile, check-in.

        ``consents`` are purposes (``take_part``, ``be_contacted``, ``photos``) given at ``given_at`` (default
        now), which is also the check-in time for ``workshop_id``. ``profile`` maps question names to a choice
        code, a label, or own words (see ``profiles.resolve_answer``). Everything is checked before anything is
        written; on any problem nothing is saved. Returns the participant with their personal data.
        """
        name = clean_line(name, QT_TRANSLATE_NOOP("core", "A name"), MAX_NAME)
        contact = clean_line(contact, QT_TRANSLATE_NOOP("core", "A contact"), MAX_CONTACT)
        notes = clean_text(notes, QT_TRANSLATE_NOOP("core", "Notes"), MAX_NOTES)
        purposes = list(dict.fromkeys(validate_purpose(p) for p in consents))
        recorder = (validate_recorder(recorded_by) if purposes
                    else clean_line(recorded_by, QT_TRANSLATE_NOOP("core", "A name"), MAX_NAME))
        given_at = validate_moment(given_at, QT_TRANSLATE_NOOP("core", "The date consent was given"))
        for attempt in range(_CODE_ATTEMPTS):
            try:
                with self.db.transaction() as session:
                    participant = Participant(code=next_free_code(session), notes=notes)
                    session.add(participant)
                    session.flush()
                    if name or contact:
                        session.add(PersonalData(participant_id=participant.id, name=name, contact=contact))
                    for purpose in purposes:
                        add_consent(session, participant, purpose, given_at=given_at, recorded_by=recorder)
                    for question_name, value in (profile or {}).items():
                        _set_answer(session, participant, question_name, value)
                    if workshop_id:
                        _add_check_in(session, participant, workshop_id, given_at)
                    session.flush()
                    data = _data(session, participant, personal=True)
                break
            except IntegrityError as exc:
                if "participants.code" not in str(exc.orig) or attempt == _CODE_ATTEMPTS - 1:
                    raise
        self.changed.emit(data.id)
        return data

    def update(self, participant_id: str, **values: Any) -> ParticipantData:
        """Change the code or the notes (the name and contact: ``set_personal_data``)."""
        unknown = set(values) - set(EDITABLE)
        if unknown:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A participant has no field called {field!r} that can be "
                                                        "changed here."), field=sorted(unknown)[0])
        clean: dict[str, str] = {}
        if "code" in values:
            clean["code"] = validate_code(values["code"])
        if "notes" in values:
            clean["notes"] = clean_text(values["notes"], QT_TRANSLATE_NOOP("core", "Notes"), MAX_NOTES)
        with self.db.transaction() as session:
            participant = load_participant(session, participant_id)
            if "code" in clean:
                _check_code_free(session, clean["code"], participant.id)
            for field_name, value in clean.items():
                setattr(participant, field_name, value)
            session.flush()
            data = _data(session, participant, personal=False)
        self.changed.emit(participant_id)
        return data

    def set_personal_data(self, participant_id: str, *, name: str = "", contact: str = "") -> ParticipantData:
        """Set the name and contact; both empty removes the personal data altogether."""
        name = clean_line(name, QT_TRANSLATE_NOOP("core", "A name"), MAX_NAME)
        contact = clean_line(contact, QT_TRANSLATE_NOOP("core", "A contact"), MAX_CONTACT)
        with self.db.transaction() as session:
            participant = load_participant(session, participant_id)
            if not (name or contact):
                if participant.personal_data is not None:
                    # An explicit delete, not orphaning: the stamping hook only tombstones what it sees deleted.
                    session.delete(participant.personal_data)
            elif participant.personal_data is None:
                participant.personal_data = PersonalData(name=name, contact=contact)
            else:
                participant.personal_data.name, participant.personal_data.contact = name, contact
            session.flush()
            data = _data(session, participant, personal=True)
        self.changed.emit(participant_id)
        return data

    def set_profile_answer(
        self, participant_id: str, question_name: str, value: str | ProfileValue | None
    ) -> ProfileValue | None:
        """Answer (or, with ``None``, clear) one profile question; returns the previous answer, for undo."""
        with self.db.transaction() as session:
            previous = _set_answer(session, load_participant(session, participant_id), question_name, value)
        self.changed.emit(participant_id)
        return previous

    def delete(self, participant_id: str) -> RowSnapshot:
        """Delete a participant registered by mistake, with everything about them; ``restore`` undoes it.

        Their answers stay, no longer linked. To honour a person's request to be forgotten use ``erase``,
        which cannot be undone and is recorded in the audit log.
        """
        with self.db.transaction() as session:
            snapshot = delete_with_snapshot(session, load_participant(session, participant_id))
        self.changed.emit(participant_id)
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> None:
        """Undo ``delete``: the participant comes back with their code, consents, profile, attendance and links."""
        participant_id = snapshot.rows[0][1]["id"]
        code = snapshot.rows[0][1]["code"]
        with self.db.transaction() as session:
            _check_code_free(session, code, participant_id)
            restore_snapshot(session, snapshot)
        self.changed.emit(participant_id)

    def erase(self, participant_id: str, *, answers: str = "erase", by: str) -> ErasureReport:
        """Erase a participant for good (see ``core.erasure.erase_participant``); cannot be undone."""
        report = erase_participant(self.db, participant_id, answers=answers, by=by)
        self.changed.emit(participant_id)
        return report

    # -- check-in ------------------------------------------------------------------------------
    def check_in(self, participant_id: str, workshop_id: str, *, at: datetime | None = None) -> CheckIn:
        """Record that a participant came to a workshop (now, or ``at``)."""
        at = validate_moment(at, QT_TRANSLATE_NOOP("core", "A check-in"))
        with self.db.transaction() as session:
            participant = load_participant(session, participant_id)
            attendance = _add_check_in(session, participant, workshop_id, at)
            session.flush()
            result = CheckIn(participant.id, participant.code, workshop_id, attendance.checked_in_at)
        self.changed.emit(participant_id)
        return result

    def undo_check_in(self, participant_id: str, workshop_id: str) -> None:
        """Take back a check-in (a tap on the wrong line)."""
        with self.db.transaction() as session:
            participant = load_participant(session, participant_id)
            attendance = session.scalars(select(Attendance).where(
                Attendance.participant_id == participant_id, Attendance.workshop_id == workshop_id)).one_or_none()
            if attendance is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{code} is not checked in to that workshop."),
                                code=participant.code)
            session.delete(attendance)
        self.changed.emit(participant_id)


# -- helpers -----------------------------------------------------------------------------------------------
def _workshop(session: Session, workshop_id: str) -> Workshop:
    return get_existing(session, Workshop, workshop_id, "workshop")


def _add_check_in(session: Session, participant: Participant, workshop_id: str, at: datetime) -> Attendance:
    _workshop(session, workshop_id)
    exists = session.scalars(select(Attendance.id).where(
        Attendance.participant_id == participant.id, Attendance.workshop_id == workshop_id)).first()
    if exists:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{code} is already checked in to this workshop."),
                        code=participant.code)
    attendance = Attendance(participant_id=participant.id, workshop_id=workshop_id, checked_in_at=at)
    session.add(attendance)
    return attendance


def _check_code_free(session: Session, code: str, participant_id: str) -> None:
    clash = session.scalars(select(Participant.id).where(
        func.lower(Participant.code) == code.lower(), Participant.id != participant_id)).first()
    if clash:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{code} is already the code of another participant."), code=code)


def _set_answer(
    session: Session, participant: Participant, question_name: str, value: str | ProfileValue | None
) -> ProfileValue | None:
    question, choice, text = resolve_answer(session, question_name, value)
    answer = next((a for a in participant.profile_answers if a.question_id == question.id), None)
    previous = None
    if answer is not None and answer.choice_id is not None:
        previous = ProfileValue(session.get(ProfileChoice, answer.choice_id).code, answer.text)
    if choice is None:
        if answer is not None:
            session.delete(answer)  # explicit, so it leaves a tombstone (orphan removal would not)
    elif answer is None:
        participant.profile_answers.append(ProfileAnswer(question_id=question.id, choice_id=choice.id, text=text))
    else:
        answer.choice_id, answer.text = choice.id, text
    return previous


def _data(session: Session, participant: Participant, *, personal: bool) -> ParticipantData:
    session.flush()
    session.expire(participant, ["personal_data"])  # an explicit delete does not clear the loaded reference
    personal_data = participant.personal_data
    profile = session.execute(
        select(ProfileQuestion.name, ProfileChoice.code, ProfileAnswer.text)
        .join(ProfileQuestion, ProfileQuestion.id == ProfileAnswer.question_id)
        .join(ProfileChoice, ProfileChoice.id == ProfileAnswer.choice_id)
        .where(ProfileAnswer.participant_id == participant.id)
    )
    workshops = session.scalars(
        select(Attendance.workshop_id).where(Attendance.participant_id == participant.id)
        .order_by(Attendance.checked_in_at)
    )
    return ParticipantData(
        id=participant.id,
        code=participant.code,
        notes=participant.notes,
        created_at=participant.created_at,
        has_personal_data=personal_data is not None,
        name=personal_data.name if personal and personal_data else "",
        contact=personal_data.contact if personal and personal_data else "",
        consents=consent_states(consent_records(session, participant.id)),
        profile={name: ProfileValue(code, text) for name, code, text in profile},
        workshop_ids=tuple(workshops),
    )


def _summaries(
    session: Session, *, personal: bool, workshop_id: str | None, attendees_only: bool
) -> list[ParticipantSummary]:
    if workshop_id:
        _workshop(session, workshop_id)
    checked_in: dict[str, datetime] = {}
    if workshop_id:
        rows = session.execute(select(Attendance.participant_id, Attendance.checked_in_at)
                               .where(Attendance.workshop_id == workshop_id))
        checked_in = {pid: at for pid, at in rows}
    visits = {pid: n for pid, n in session.execute(
        select(Attendance.participant_id, func.count()).group_by(Attendance.participant_id))}
    records: dict[str, list[ConsentRecord]] = defaultdict(list)
    for row in session.scalars(select(Consent)):
        records[row.participant_id].append(record_of(row))
    # Without ``personal`` the name and contact are not even read from the file.
    hidden = PersonalData.id
    columns = (Participant.id, Participant.code, PersonalData.id,
               PersonalData.name if personal else hidden, PersonalData.contact if personal else hidden)
    query = select(*columns).outerjoin(PersonalData, PersonalData.participant_id == Participant.id)
    summaries = []
    for pid, code, pd_id, name, contact in session.execute(query):
        if attendees_only and pid not in checked_in:
            continue
        active = frozenset(p for p, s in consent_states(records.get(pid, [])).items() if s.active)
        summaries.append(ParticipantSummary(
            pid, code, pd_id is not None, active, visits.get(pid, 0),
            name=(name or "") if personal else "", contact=(contact or "") if personal else "",
            checked_in_at=checked_in.get(pid),
        ))
    return sorted(summaries, key=lambda s: code_sort_key(s.code))


def _haystack(summary: ParticipantSummary, personal: bool) -> str:
    parts = [summary.code]
    if personal:
        # Phone numbers are typed with and without spaces; match both.
        parts += [summary.name, summary.contact, summary.contact.replace(" ", "")]
    return fold(" ".join(parts))


__all__ = ["EDITABLE", "ParticipantService", "next_free_code"]
