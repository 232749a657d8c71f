"""Consent per purpose: recorded with who and when, withdrawn without deleting, and needed before any answer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from workshop_app.core.consent import ConsentService, ensure_can_respond, refusal_to_respond
from workshop_app.core.participants import ParticipantService
from workshop_app.db.database import Database
from workshop_app.db.models import Consent, Response, Survey
from workshop_app.errors import UserError

ANA, RUI = "Ana Costa", "Rui Lopes"
NOW = datetime.now(timezone.utc)

pytestmark = pytest.mark.usefixtures("default_profile_questions")


@pytest.fixture
def consent(db: Database) -> ConsentService:
    return ConsentService(db)


@pytest.fixture
def person(db: Database) -> str:
    return ParticipantService(db).register(recorded_by="").id


def test_consent_is_recorded_per_purpose_with_who_and_when(consent: ConsentService, person: str) -> None:
    when = NOW - timedelta(hours=1)
    record = consent.give(person, "photos", given_at=when, recorded_by=ANA)
    assert (record.purpose, record.given_at, record.recorded_by, record.active) == ("photos", when, ANA, True)
    states = consent.current(person)
    assert {p: s.status for p, s in states.items()} == {"take_part": "never", "be_contacted": "never",
                                                       "photos": "given"}


def test_withdrawal_is_recorded_not_deleted_and_giving_again_is_a_new_record(
    consent: ConsentService, person: str, db: Database
) -> None:
    first = consent.give(person, "photos", given_at=NOW - timedelta(days=3), recorded_by=ANA)
    [withdrawn] = consent.withdraw(participant_id=person, purpose="photos", recorded_by=RUI)
    assert withdrawn.id == first.id and withdrawn.withdrawn_recorded_by == RUI and not withdrawn.active
    assert consent.current(person)["photos"].status == "withdrawn"
    again = consent.give(person, "photos", recorded_by=ANA)
    assert again.id != first.id
    history = consent.history(person)
    assert [(r.id, r.active) for r in history] == [(first.id, False), (again.id, True)]
    assert consent.current(person)["photos"].latest == again
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Consent)) == 2


def test_a_withdrawn_consent_cannot_be_used_again(consent: ConsentService, person: str) -> None:
    record = consent.give(person, "take_part", given_at=NOW - timedelta(days=1), recorded_by=ANA)
    consent.withdraw(record.id, recorded_by=ANA)
    with pytest.raises(UserError, match=r"already withdrawn .* cannot be used again"):
        consent.withdraw(record.id, recorded_by=ANA)
    with pytest.raises(UserError, match="has no consent to take part to withdraw"):
        consent.withdraw(participant_id=person, purpose="take_part", recorded_by=ANA)
    with pytest.raises(UserError, match="has not consented to take part"):
        ensure_can_respond(consent.db, person)
    with pytest.raises(UserError, match="withdrawn since"):
        consent.undo_give(record.id)


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"purpose": "newsletter"}, "is not one of these"),
    ({"given_at": NOW + timedelta(days=2)}, "cannot be in the future"),
    ({"given_at": datetime(2026, 11, 24, 18, 30)}, "time zone"),
    ({"recorded_by": "   "}, "Say who is recording"),
    ({"recorded_by": "x" * 201}, "at most 200"),
])
def test_bad_consent_is_refused_with_a_sentence(consent: ConsentService, person: str, kwargs: dict,
                                                words: str) -> None:
    arguments = {"purpose": "take_part", "recorded_by": ANA, **kwargs}
    with pytest.raises(UserError, match=words):
        consent.give(person, arguments.pop("purpose"), **arguments)
    assert consent.history(person) == []


def test_a_few_minutes_of_clock_drift_is_not_the_future(consent: ConsentService, person: str) -> None:
    assert consent.give(person, "take_part", given_at=NOW + timedelta(minutes=2), recorded_by=ANA).active


def test_consent_cannot_be_given_twice_or_backdated_before_a_withdrawal(consent: ConsentService,
                                                                         person: str) -> None:
    consent.give(person, "take_part", given_at=NOW - timedelta(days=5), recorded_by=ANA)
    with pytest.raises(UserError, match="already consents to take part"):
        consent.give(person, "take_part", recorded_by=ANA)
    consent.withdraw(participant_id=person, purpose="take_part", at=NOW - timedelta(days=2), recorded_by=ANA)
    with pytest.raises(UserError, match="must be dated after that"):
        consent.give(person, "take_part", given_at=NOW - timedelta(days=3), recorded_by=ANA)
    record = consent.give(person, "photos", given_at=NOW - timedelta(days=1), recorded_by=ANA)
    with pytest.raises(UserError, match="cannot come before"):
        consent.withdraw(record.id, at=NOW - timedelta(days=2), recorded_by=ANA)
    assert consent.current(person)["photos"].active


def test_no_answers_without_consent_to_take_part(consent: ConsentService, person: str, db: Database) -> None:
    assert refusal_to_respond(db, person) == (
        "P-0001 has not consented to take part, so no answers can be recorded for them.")
    consent.give(person, "photos", recorded_by=ANA)
    with pytest.raises(UserError, match="P-0001 has not consented to take part"):
        ensure_can_respond(db, person)
    consent.give(person, "take_part", recorded_by=ANA)
    ensure_can_respond(db, person)
    ensure_can_respond(db, None)  # an anonymous response needs no consent record
    with pytest.raises(UserError, match="no longer exists"):
        ensure_can_respond(db, "nobody")


def test_the_check_works_inside_a_caller_s_transaction(db: Database) -> None:
    """The kiosk checks and creates the response in one transaction, seeing its own uncommitted consent."""
    people = ParticipantService(db)
    person = people.register(recorded_by="")
    with db.transaction() as session:
        survey = Survey(form_id="f", title="Feedback")
        session.add(survey)
        with pytest.raises(UserError):
            ensure_can_respond(session, person.id)
        session.add(Consent(participant_id=person.id, purpose="take_part", given_at=NOW, recorded_by=ANA))
        session.flush()
        ensure_can_respond(session, person.id)
        session.add(Response(survey_id=survey.id, participant_id=person.id, started_at=NOW))


def test_the_latest_event_decides_after_a_merge(db: Database, consent: ConsentService, person: str) -> None:
    """Two laptops recorded take_part; one later recorded a withdrawal: the withdrawal stands."""
    with db.transaction() as session:
        session.add_all([
            Consent(participant_id=person, purpose="take_part", given_at=NOW - timedelta(days=9), recorded_by=ANA,
                    withdrawn_at=NOW - timedelta(days=1), withdrawn_recorded_by=ANA),
            Consent(participant_id=person, purpose="take_part", given_at=NOW - timedelta(days=5), recorded_by=RUI),
        ])
    assert consent.current(person)["take_part"].status == "withdrawn"
    assert refusal_to_respond(db, person) is not None


def test_undo_give_and_undo_withdraw_for_a_mistaken_click(consent: ConsentService, person: str) -> None:
    record = consent.give(person, "be_contacted", recorded_by=ANA)
    consent.undo_give(record.id)
    assert consent.history(person) == []
    record = consent.give(person, "be_contacted", given_at=NOW - timedelta(hours=1), recorded_by=ANA)
    consent.withdraw(record.id, recorded_by=ANA)
    assert consent.undo_withdraw(record.id).active
    consent.withdraw(record.id, recorded_by=ANA)
    consent.give(person, "be_contacted", recorded_by=ANA)
    with pytest.raises(UserError, match="stays on record"):
        consent.undo_withdraw(record.id)
    with pytest.raises(UserError, match="not withdrawn"):
        consent.undo_withdraw(consent.current(person)["be_contacted"].latest.id)


def test_changes_are_announced(consent: ConsentService, person: str) -> None:
    seen: list[str] = []
    consent.changed.connect(seen.append)
    record = consent.give(person, "take_part", recorded_by=ANA)
    consent.withdraw(record.id, recorded_by=ANA)
    assert seen == [person, person]
