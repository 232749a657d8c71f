"""The right to erasure: everything about a person goes, from the rows and from the bytes of the file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workshop_app.core.erasure import ERASE_ACTION, audit_log, erase_participant
from workshop_app.core.participants import ParticipantService
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Answer,
    AuditEntry,
    Consent,
    Idea,
    Participant,
    PersonalData,
    ProfileAnswer,
    Question,
    Response,
    Survey,
    Tombstone,
    Vote,
)
from workshop_app.errors import UserError

NAME = "Zofia Wiśniewska-Ünal"
CONTACT = "+48 600 123 456"
NOW = datetime.now(timezone.utc)

pytestmark = pytest.mark.usefixtures("default_profile_questions")


def _count(db: Database, model: type, *where: object) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _contributions(db: Database, participant_id: str, voter_id: str) -> dict[str, str]:
    """A response with answers, an idea with a vote from someone else, and a vote of their own."""
    workshop = WorkshopService(db).create("Listening session")
    activity = WorkshopService(db).add_activity(workshop.id, "brainstorm")
    with db.transaction() as session:
        survey = Survey(form_id="feedback", title="Feedback")
        survey.questions = [Question(name="stops_you", type="text"), Question(name="rating", type="integer")]
        session.add(survey)
        session.flush()
        response = Response(survey_id=survey.id, workshop_id=workshop.id, participant_id=participant_id,
                            started_at=NOW)
        response.answers = [Answer(question_id=q.id, value=v, answered_at=NOW)
                            for q, v in zip(survey.questions, ["No course near my home", "4"], strict=True)]
        other = Idea(activity_id=activity.id, text="A bus to the library")
        own = Idea(activity_id=activity.id, participant_id=participant_id, text="Evening classes")
        session.add_all([response, own, other])
        session.flush()
        session.add_all([Vote(idea_id=own.id, participant_id=voter_id, dots=2),
                         Vote(idea_id=other.id, participant_id=participant_id, dots=3)])
    return {"response": response.id, "own_idea": own.id, "other_idea": other.id, "workshop": workshop.id}


def _register(db: Database, workshop_id: str | None = None) -> str:
    people = ParticipantService(db)
    person = people.register(name=NAME, contact=CONTACT, consents=["take_part", "be_contacted", "photos"],
                             recorded_by="Ana", profile={"age_band": "30_44", "gender": "woman",
                                                         "first_language": "Polski"},
                             workshop_id=workshop_id, notes=f"{NAME} prefers the phone. " * 200)
    return person.id


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


@pytest.mark.reliability
def test_erased_name_and_contact_are_nowhere_in_the_file(db: Database, db_path: Path) -> None:
    people = ParticipantService(db)
    for i in range(30):  # neighbours on the same pages
        people.register(name=f"Neighbour {i}", contact=f"+351 91 000 {i:04d}", recorded_by="Ana")
    workshop = WorkshopService(db).create("Listening session").id
    person = _register(db, workshop)
    # Earlier spellings of the name sit in old page copies: those must go as well.
    people.set_personal_data(person, name="Zofia Wisniewska", contact=CONTACT)
    people.set_personal_data(person, name=NAME, contact=CONTACT)
    voter = people.register(recorded_by="").id
    _contributions(db, person, voter)
    with db.engine.connect() as conn:  # make sure the name has reached the main file, not only the log
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    assert all(form in _file_bytes(db_path) for form in _forms(NAME)[:1] + _forms(CONTACT)[:1])

    report = erase_participant(db, person, by="Rui")

    assert report.file_cleared
    secrets = [*_forms(NAME), *_forms(CONTACT), *_forms("Zofia Wisniewska"), *_forms("No course near my home")]
    assert [s for s in secrets if s in _file_bytes(db_path)] == []
    db.close()
    assert [s for s in secrets if s in _file_bytes(db_path)] == []
    reopened = Database.open(db_path)
    try:
        assert len(ParticipantService(reopened).list()) == 31
    finally:
        reopened.close()


def test_erase_removes_everything_and_leaves_tombstones(db: Database) -> None:
    person = _register(db)
    voter = ParticipantService(db).register(recorded_by="").id
    ids = _contributions(db, person, voter)
    report = erase_participant(db, person, by="Rui")
    assert report.answers == "erase" and report.anonymised == {}
    assert report.erased == {
        "participants": 1, "personal_data": 1, "consents": 3, "profile_answers": 3, "check_ins": 0,
        "survey_responses": 1, "survey_answers": 2, "ideas": 1, "votes": 1, "votes_by_others_on_their_ideas": 1,
    }
    assert _count(db, Participant, Participant.id == person) == 0
    for model in (PersonalData, Consent, ProfileAnswer, Response, Answer, Vote):
        assert _count(db, model) == 0
    with db.session() as session:
        assert session.scalars(select(Idea.id)).all() == [ids["other_idea"]]
    tombstoned = {t for (t,) in db.session().execute(select(Tombstone.table_name).distinct())}
    assert {"participants", "personal_data", "consents", "profile_answers", "responses", "answers", "ideas",
            "votes"} <= tombstoned
    with db.session() as session:
        assert session.scalar(select(Tombstone.id).where(Tombstone.row_id == ids["response"])) is not None
    assert "survey answers: 2" in report.sentence and "Backups" in report.sentence


def test_anonymise_keeps_answers_ideas_and_votes_without_the_link(db: Database) -> None:
    person = _register(db)
    voter = ParticipantService(db).register(recorded_by="").id
    ids = _contributions(db, person, voter)
    report = erase_participant(db, person, answers="anonymise", by="Rui")
    assert report.anonymised == {"survey_responses": 1, "ideas": 1, "votes": 1}
    with db.session() as session:
        assert session.get(Response, ids["response"]).participant_id is None
        assert session.get(Idea, ids["own_idea"]).participant_id is None
        assert session.scalar(select(func.count()).select_from(Vote).where(Vote.participant_id.is_(None))) == 1
    assert _count(db, Answer) == 2 and _count(db, Participant) == 1


def test_the_audit_entry_says_when_and_by_whom_but_not_who(db: Database) -> None:
    person = _register(db)
    code = ParticipantService(db).get(person).code
    erase_participant(db, person, answers="anonymise", by="Rui Lopes")
    [entry] = audit_log(db)
    assert (entry.action, entry.by, entry.details["answers"]) == (ERASE_ACTION, "Rui Lopes", "anonymise")
    assert abs((entry.at - datetime.now(timezone.utc)).total_seconds()) < 60
    written = repr(entry.details)
    assert not any(secret in written for secret in (NAME, CONTACT, code, person))


def test_erasing_twice_or_nobody_says_so_and_changes_nothing(db: Database) -> None:
    person = _register(db)
    erase_participant(db, person, by="Rui")
    with pytest.raises(UserError, match="already been erased"):
        erase_participant(db, person, by="Rui")
    with pytest.raises(UserError, match="does not exist"):
        erase_participant(db, "no-such-person", by="Rui")
    assert _count(db, AuditEntry) == 1


@pytest.mark.parametrize(("kwargs", "words"), [({"answers": "keep"}, "erased or kept"), ({"by": " "}, "Say who")])
def test_bad_arguments_erase_nothing(db: Database, kwargs: dict, words: str) -> None:
    person = _register(db)
    with pytest.raises(UserError, match=words):
        erase_participant(db, person, **{"by": "Rui", **kwargs})
    assert _count(db, PersonalData) == 1 and _count(db, AuditEntry) == 0


def test_the_service_announces_an_erasure(db: Database) -> None:
    people = ParticipantService(db)
    person = _register(db)
    seen: list[str] = []
    people.changed.connect(seen.append)
    assert people.erase(person, by="Rui").erased["participants"] == 1
    assert seen == [person] and people.list() == []
