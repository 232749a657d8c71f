"""Registering participants at the door, codes, personal data kept apart, search, edits and undo."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from workshop_app.core.participant_rules import MAX_NAME, MAX_NOTES, ProfileValue, code_number, format_code
from workshop_app.core.participants import ParticipantService, next_free_code
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Attendance,
    Consent,
    Participant,
    PersonalData,
    ProfileAnswer,
    Response,
    Survey,
    Tombstone,
)
from workshop_app.errors import UserError

ANA = "Ana Costa"

pytestmark = pytest.mark.usefixtures("default_profile_questions")


@pytest.fixture
def service(db: Database) -> ParticipantService:
    return ParticipantService(db)


@pytest.fixture
def workshop_id(db: Database) -> str:
    return WorkshopService(db).create("Listening session", status="running").id


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_codes_are_issued_in_order_and_in_one_format() -> None:
    assert [format_code(n) for n in (1, 42, 9999, 10000)] == ["P-0001", "P-0042", "P-9999", "P-10000"]
    assert code_number("P-0042") == 42 and code_number(" p-7 ") == 7
    assert code_number("ANA-1") is None and code_number("P-") is None and code_number("P-99999999") is None


def test_register_at_the_door_issues_the_next_code_quickly(service: ParticipantService, workshop_id: str) -> None:
    start = time.perf_counter()
    people = [service.register(consents=["take_part"], recorded_by=ANA, workshop_id=workshop_id) for _ in range(14)]
    assert time.perf_counter() - start < 2  # the app's part of the 20 seconds at the door
    assert [p.code for p in people] == [format_code(n) for n in range(1, 15)]
    assert all(p.takes_part and p.workshop_ids == (workshop_id,) and not p.has_personal_data for p in people)
    assert [c.code for c in service.attendance(workshop_id)] == [p.code for p in people]


def test_register_stores_everything_in_one_go(service: ParticipantService, db: Database, workshop_id: str) -> None:
    person = service.register(
        name="  Maria   da Silva ", contact="+351 912 345 678", consents=["take_part", "be_contacted", "take_part"],
        recorded_by=ANA, profile={"age_band": "60_74", "gender": "Mulher", "employment": None},
        workshop_id=workshop_id,
    )
    assert (person.name, person.contact) == ("Maria da Silva", "+351 912 345 678")
    assert {p for p, s in person.consents.items() if s.active} == {"take_part", "be_contacted"}
    assert person.consents["photos"].status == "never"
    assert person.consents["take_part"].latest.recorded_by == ANA
    assert person.profile == {"age_band": ProfileValue("60_74"), "gender": ProfileValue("woman")}
    # Personal data is apart: the participant row itself holds only the code.
    with db.session() as session:
        assert session.scalar(select(PersonalData.name)) == "Maria da Silva"
    assert service.get(person.id).name == "" and service.get(person.id).has_personal_data
    assert service.get(person.id, personal=True).contact == "+351 912 345 678"


@pytest.mark.parametrize("bad", [
    {"consents": ["take_part"], "recorded_by": ""},
    {"consents": ["newsletter"], "recorded_by": ANA},
    {"profile": {"age_band": "42"}, "recorded_by": ANA},
    {"profile": {"shoe_size": "42"}, "recorded_by": ANA},
    {"workshop_id": "gone", "recorded_by": ANA},
    {"name": "x" * (MAX_NAME + 1), "recorded_by": ANA},
    {"consents": ["take_part"], "given_at": datetime.now(timezone.utc) + timedelta(days=1), "recorded_by": ANA},
])
def test_a_bad_registration_saves_nothing_and_says_why(service: ParticipantService, db: Database, bad: dict) -> None:
    with pytest.raises(UserError) as error:
        service.register(**{"name": "Someone", **bad})
    assert str(error.value).endswith(".") and "Traceback" not in str(error.value)
    assert [_count(db, m) for m in (Participant, PersonalData, Consent, ProfileAnswer, Attendance)] == [0] * 5
    assert service.register(recorded_by=ANA).code == "P-0001"  # no number was used up


def test_next_code_follows_the_highest_and_what_a_merge_brings(service: ParticipantService, db: Database) -> None:
    first = service.register(recorded_by="")
    service.update(first.id, code="p-41")
    hand = service.register(recorded_by="")
    service.update(hand.id, code="ANA-7")  # a code typed by hand does not disturb the numbering
    assert service.get(first.id).code == "P-0041"
    assert service.register(recorded_by="").code == "P-0042"
    with db.session() as session:
        assert next_free_code(session) == "P-0043"
        assert next_free_code(session, taken=["P-0050", "LISBON-3"]) == "P-0051"


def test_manual_codes_must_be_present_and_unique(service: ParticipantService) -> None:
    one, two = service.register(recorded_by=""), service.register(recorded_by="")
    for bad, words in (("", "needs a code"), ("   ", "needs a code"), ("P 12", "spaces"), ("x" * 40, "at most"),
                       ("p-0002", "already the code"), ("P-2", "already the code")):
        with pytest.raises(UserError, match=words):
            service.update(one.id, code=bad)
    service.update(two.id, code="ROOM-B")
    with pytest.raises(UserError, match="already the code"):
        service.update(one.id, code="room-b")
    with pytest.raises(UserError, match="no field"):
        service.update(one.id, name="Maria")
    assert service.get(one.id).code == "P-0001"


@pytest.mark.parametrize("name", [
    "Zofia Wiśniewska-Ünal", "Олена Коваленко", "فاطمة الزهراء", "שרה כהן", "Mei 🌸 Lin", "👩🏽‍🔧",
    "\u202bنور\u202c", "Ngũgĩ wa Thiong'o",
])
def test_unicode_names_round_trip(service: ParticipantService, name: str) -> None:
    person = service.register(name=name, contact=name, recorded_by="")
    assert service.get(person.id, personal=True).name == name
    assert [p.id for p in service.search(name[:3], personal=True)] == [person.id]


def test_long_text_is_kept_whole_or_refused_with_a_sentence(service: ParticipantService) -> None:
    notes = ("Пише українською, читає португальською. " * 300)[:MAX_NOTES - 4] + "🙂 ok"
    assert len(notes) == MAX_NOTES
    person = service.register(notes=notes, recorded_by="")
    assert service.get(person.id).notes == notes
    with pytest.raises(UserError, match="at most 10,000 characters; this one has 10,001"):
        service.update(person.id, notes=notes + "!")
    with pytest.raises(UserError, match="at most 300 characters; this one has 10,000"):
        service.set_personal_data(person.id, name="ن" * 10_000)
    assert service.get(person.id).notes == notes and not service.get(person.id).has_personal_data


def test_control_characters_are_dropped_but_direction_marks_kept(service: ParticipantService) -> None:
    person = service.register(name="Ana\x00 \tMaria\n", contact="\u200fسارة\u200f", recorded_by="")
    data = service.get(person.id, personal=True)
    assert (data.name, data.contact) == ("Ana Maria", "\u200fسارة\u200f")


def test_search_by_code_and_only_asked_for_by_name(service: ParticipantService) -> None:
    ana = service.register(name="Zofia Wiśniewska", contact="+48 600 123 456", recorded_by="")
    others = [service.register(recorded_by="") for _ in range(11)]
    assert [p.code for p in service.search("p-0001")] == ["P-0001"]
    assert [p.code for p in service.search("P-001")] == ["P-0010", "P-0011", "P-0012"]
    assert [p.code for p in service.search("0012")] == ["P-0012"]
    assert service.search("wisniewska") == []  # no personal data unless asked
    found = service.search("WIŚNIEWSKA zofia", personal=True)
    assert [p.id for p in found] == [ana.id] and found[0].name == "Zofia Wiśniewska"
    assert [p.id for p in service.search("600123456", personal=True)] == [ana.id]
    assert {p.id for p in service.search("", personal=True)} == {ana.id, *(o.id for o in others)}
    assert all(p.name == "" for p in service.list())
    assert service.search("z" * 10_000, personal=True) == []  # a pasted essay finds nothing, and says nothing


def test_check_in_list_for_a_running_workshop(service: ParticipantService, workshop_id: str) -> None:
    early = service.register(recorded_by="", workshop_id=workshop_id)
    late = service.register(recorded_by="")
    row = {p.id: p for p in service.search("", workshop_id=workshop_id)}
    assert row[early.id].checked_in_at is not None and row[late.id].checked_in_at is None
    service.check_in(late.id, workshop_id)
    with pytest.raises(UserError, match="already checked in"):
        service.check_in(late.id, workshop_id)
    assert [p.id for p in service.list(workshop_id)] == [early.id, late.id]
    service.undo_check_in(late.id, workshop_id)
    assert [p.id for p in service.list(workshop_id)] == [early.id]
    with pytest.raises(UserError, match="not checked in"):
        service.undo_check_in(late.id, workshop_id)
    assert service.list()[1].workshop_count == 0 and service.list()[0].workshop_count == 1


def test_profile_answers_can_be_changed_cleared_and_undone(service: ParticipantService) -> None:
    person = service.register(recorded_by="", profile={"gender": "non_binary"})
    assert service.set_profile_answer(person.id, "gender", "agender") == ProfileValue("non_binary")
    assert service.get(person.id).profile["gender"] == ProfileValue("self_described", "agender")
    previous = service.set_profile_answer(person.id, "gender", None)
    assert "gender" not in service.get(person.id).profile
    service.set_profile_answer(person.id, "gender", previous)
    assert service.get(person.id).profile["gender"] == ProfileValue("self_described", "agender")


def test_personal_data_can_be_removed(service: ParticipantService, db: Database) -> None:
    person = service.register(name="Maria", recorded_by="")
    service.set_personal_data(person.id, name="Maria", contact="maria@example.org")
    assert service.set_personal_data(person.id).has_personal_data is False
    assert _count(db, PersonalData) == 0 and _count(db, Tombstone) == 1


def test_delete_is_undone_with_everything_and_links(service: ParticipantService, db: Database,
                                                    workshop_id: str) -> None:
    person = service.register(name="Maria", consents=["take_part"], recorded_by=ANA, workshop_id=workshop_id,
                              profile={"age_band": "30_44"})
    with db.transaction() as session:
        survey = Survey(form_id="f", title="Feedback")
        session.add(survey)
        session.flush()
        response = Response(survey_id=survey.id, participant_id=person.id, started_at=datetime.now(timezone.utc))
        session.add(response)
    snapshot = service.delete(person.id)
    assert service.list() == [] and _count(db, Consent) == 0
    service.restore(snapshot)
    again = service.get(person.id, personal=True)
    assert (again.code, again.name, again.takes_part, again.workshop_ids) == ("P-0001", "Maria", True, (workshop_id,))
    with db.session() as session:
        assert session.get(Response, response.id).participant_id == person.id
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0


def test_undoing_a_delete_refuses_when_the_code_was_reused(service: ParticipantService) -> None:
    person = service.register(recorded_by="")
    snapshot = service.delete(person.id)
    service.register(recorded_by="")  # takes P-0001 again
    with pytest.raises(UserError, match="already the code"):
        service.restore(snapshot)


def test_changes_are_announced_and_missing_people_explained(service: ParticipantService) -> None:
    seen: list[str] = []
    service.changed.connect(seen.append)
    person = service.register(recorded_by="")
    service.update(person.id, notes="Needs large print")
    assert seen == [person.id, person.id]
    for call in (lambda: service.get("nope"), lambda: service.update("nope", notes=""),
                 lambda: service.check_in(person.id, "nope"), lambda: service.set_profile_answer("nope", "x", None)):
        with pytest.raises(UserError, match="no longer exists"):
            call()
