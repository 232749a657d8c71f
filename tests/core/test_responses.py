"""Responses: started with consent, every answer cleaned, checked and saved at once, finished, resumed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.core.responses_support import add_person, add_survey, add_workshop, small_form
from workshop_app.core.consent import ConsentService
from workshop_app.core.response_rules import AnswerRejected, IdentityRefused, IncompleteResponse
from workshop_app.core.responses import ResponseService
from workshop_app.core.surveys import SurveyService
from workshop_app.db.database import Database
from workshop_app.db.models import Answer, Question, Response, Tombstone
from workshop_app.errors import UserError


@pytest.fixture
def service(db: Database) -> ResponseService:
    return ResponseService(db)


@pytest.fixture
def survey(db: Database) -> str:
    return add_survey(db)


def _stored(db: Database, response_id: str) -> dict[str, str]:
    with db.session() as session:
        rows = session.execute(select(Answer.question_id, Answer.value).where(Answer.response_id == response_id))
        names = dict(session.execute(select(Question.id, Question.name)).all())
        return {names[qid]: value for qid, value in rows}


def test_an_answer_is_on_disk_when_save_returns_and_a_second_save_updates_it(
        db: Database, service: ResponseService, survey: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    saved = service.save_answer(response.id, "name", "Ana")
    assert saved.value == "Ana"
    # Read through a separate connection: what another process would see after a crash.
    assert _stored(db, response.id) == {"name": "Ana"}
    service.save_answer(response.id, "name", "Ana Maria")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 1
        row = session.scalars(select(Answer)).one()
        assert (row.value, row.laptop_id) == ("Ana Maria", "laptop-test")
        assert row.created_at <= row.updated_at == row.answered_at


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("height", "12,5", "12.5"), ("height", "1.75", "1.75"), ("height", " 1 234,5 ", "1234.5"),
    ("height", "−3,25", "-3.25"), ("height", "٣٫٥", "3.5"), ("age", "007", "7"), ("age", "+42", "42"),
    ("age", "٤٢", "42"), ("topics", "  care   jobs ", "care jobs"), ("score", "4", "4"),
])
def test_numbers_are_read_the_way_people_write_them(service: ResponseService, survey: str, question: str,
                                                     typed: str, stored: str) -> None:
    response = service.start(survey, language="pt", mode="data_entry")
    assert service.save_answer(response.id, question, typed).value == stored


@pytest.mark.parametrize(("question", "typed", "kind"), [
    ("height", "1.234,5", "decimal"), ("height", "1,2,3", "decimal"), ("height", "twelve", "decimal"),
    ("age", "12,5", "integer"), ("age", "130", "constraint"), ("age", "1e3", "integer"),
    ("likes", "maybe", "choice"), ("topics", "jobs jobs", "choice"), ("score", "6", "range"),
    ("intro", "hello", "not_answerable"), ("why", "because", "not_relevant"), ("nope", "x", "unknown"),
])
def test_bad_answers_are_refused_kindly_and_nothing_is_written(
        db: Database, service: ResponseService, survey: str, question: str, typed: str, kind: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    with pytest.raises(AnswerRejected) as refused:
        service.save_answer(response.id, question, typed)
    assert refused.value.problem.kind == kind
    assert str(refused.value).endswith(".")
    assert _stored(db, response.id) == {}


def test_the_form_s_own_constraint_message_is_used(service: ResponseService, survey: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    with pytest.raises(AnswerRejected, match="An age from 0 to 120"):
        service.save_answer(response.id, "age", "-1")


def test_text_is_cleaned_but_rtl_emoji_and_long_stories_are_kept(
        db: Database, service: ResponseService, survey: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    arabic = "\u202bأريد دورة في البرمجة\u202c 👩🏽‍💻"
    assert service.save_answer(response.id, "name", f"\x00\x07 {arabic}\r\n\tok\x1b ").value == f"{arabic}\n\tok"
    decomposed = "Jose\u0301"  # "José" typed with a combining accent becomes one character
    assert service.save_answer(response.id, "name", decomposed).value == "José"
    story = "Я хочу навчатися. " * 555
    story = story[:10_000]
    assert len(service.save_answer(response.id, "name", story).value) == len(story.strip())
    assert _stored(db, response.id)["name"] == story.strip()
    with pytest.raises(AnswerRejected, match="at most 10,000 characters; this one has 10,001"):
        service.save_answer(response.id, "name", "x" * 10_001)
    with pytest.raises(AnswerRejected):
        service.save_answer(response.id, "name", "x" * 1_000_000)


def test_an_empty_answer_clears_it_and_leaves_a_tombstone(db: Database, service: ResponseService,
                                                          survey: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    service.save_answer(response.id, "name", "Ana")
    service.save_answer(response.id, "name", "   ")
    service.save_answer(response.id, "height", "2")
    service.clear_answer(response.id, "height")
    assert _stored(db, response.id) == {}
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Tombstone).where(Tombstone.table_name == "answers")) == 2
    assert service.load_state(response.id).answer("name") == ""


def test_anonymous_only_where_the_survey_allows_and_consent_is_needed(db: Database, service: ResponseService) -> None:
    closed = add_survey(db, small_form(allow_anonymous=False))
    with pytest.raises(UserError, match="cannot be answered anonymously"):
        service.start(closed, language="en", mode="kiosk")
    willing, code = add_person(db)
    assert service.start(closed, participant_id=willing, language="en", mode="kiosk").participant_code == code
    unwilling, code = add_person(db, consent=False)
    with pytest.raises(IdentityRefused, match=f"{code} has not consented to take part") as refused:
        service.start(closed, participant_id=unwilling, language="en", mode="kiosk")
    assert refused.value.kind == "no_consent"
    with pytest.raises(UserError, match="not available in 'fr'"):
        service.start(closed, participant_id=willing, language="fr", mode="kiosk")
    with pytest.raises(UserError, match="kiosk or typed in from paper"):
        service.start(closed, participant_id=willing, language="en", mode="web")


def test_kiosk_codes_are_found_however_they_are_typed(db: Database, service: ResponseService) -> None:
    person, code = add_person(db)
    number = int(code.split("-")[1])
    for typed in (code, code.lower(), f"p-{number}", str(number), f" {code} "):
        assert service.identify(typed) == (person, code)
    with pytest.raises(IdentityRefused) as refused:
        service.identify("P-9999")
    assert refused.value.kind == "unknown_code"
    _, other = add_person(db, consent=False)
    with pytest.raises(IdentityRefused, match="has not consented"):
        service.identify(other)


def test_finishing_names_the_missing_questions_and_drops_answers_that_no_longer_apply(
        db: Database, service: ResponseService, survey: str) -> None:
    response = service.start(survey, language="pt", mode="kiosk")
    service.save_answer(response.id, "likes", "yes")
    service.save_answer(response.id, "why", "Good people")
    with pytest.raises(IncompleteResponse, match="One question still needs an answer: “A sua idade”") as missing:
        service.complete(response.id)
    assert [slot.name for slot in missing.value.missing] == ["age"]
    service.save_answer(response.id, "age", "70")
    service.save_answer(response.id, "likes", "no")  # "why" no longer applies
    done = service.complete(response.id)
    assert done.completed_at is not None
    assert _stored(db, response.id) == {"age": "70", "likes": "no"}
    assert service.complete(response.id).completed_at == done.completed_at
    with pytest.raises(AnswerRejected, match="needs an answer"):
        service.save_answer(response.id, "age", "")  # a finished response keeps its required answers
    assert service.unfinished() == []


def test_unfinished_responses_are_offered_with_their_answers_after_a_restart(db: Database, survey: str) -> None:
    workshop, _ = add_workshop(db)
    person, code = add_person(db)
    first = ResponseService(db)
    response = first.start(survey, workshop_id=workshop, participant_id=person, language="pt", mode="kiosk")
    first.save_answer(response.id, "age", "67")
    first.save_answer(response.id, "topics", "jobs care")
    empty = first.start(survey, language="en", mode="data_entry")
    later = ResponseService(db)  # a new process: nothing cached
    found = later.unfinished(workshop)
    assert [(u.id, u.participant_code, u.answer_count, u.language) for u in found] == [(response.id, code, 2, "pt")]
    assert {u.id for u in later.unfinished()} == {response.id, empty.id}
    state = later.load_state(response.id)
    assert (state.answer("age"), state.answer("topics"), state.language) == ("67", "jobs care", "pt")
    later.save_answer(response.id, "likes", "no")
    assert later.complete(response.id).answer_count == 3


def test_two_saves_of_one_answer_at_the_same_moment_leave_one_row(db: Database, survey: str) -> None:
    one, two = ResponseService(db), ResponseService(db)  # e.g. two windows on the same response
    response = one.start(survey, language="en", mode="kiosk")
    for value in ("a", "b", "c"):
        one.save_answer(response.id, "name", value)
        two.save_answer(response.id, "name", value + value)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 1
        assert session.scalar(select(Answer.value)) == "cc"


def test_threads_saving_at_once_lose_and_duplicate_nothing(db: Database, service: ResponseService,
                                                           survey: str) -> None:
    import threading

    # Two services: their saves race through SQLite's own lock, not only the service's.
    services = [service, ResponseService(db)]
    responses = [service.start(survey, language="en", mode="kiosk").id for _ in range(4)]
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def answer(response_id: str, worker: int) -> None:
        try:
            barrier.wait()
            for n in range(15):
                services[worker % 2].save_answer(response_id, "name", f"w{worker}-{n}")
                services[worker % 2].save_answer(response_id, "age", str(n))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=answer, args=(responses[i % 4], i)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 8
        assert session.scalar(select(Answer.value).where(Answer.response_id == responses[0],
                                                         Answer.value.like("w%"))).endswith("-14")


def test_discard_removes_a_response_and_undo_brings_it_back(db: Database, service: ResponseService,
                                                            survey: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    service.save_answer(response.id, "name", "Ana")
    snapshot = service.discard(response.id)
    with pytest.raises(UserError, match="no longer exists"):
        service.save_answer(response.id, "name", "Ana")
    service.restore(snapshot)
    assert _stored(db, response.id) == {"name": "Ana"}
    assert service.get(response.id).answer_count == 1


def test_a_survey_edited_before_anyone_answered_runs_its_new_version(db: Database, service: ResponseService,
                                                                     survey: str) -> None:
    service.logic(survey)  # compiled and cached
    form = small_form()
    form.questions[1].label = {"en": "Your nickname", "pt": "Alcunha"}
    SurveyService(db).save_form(survey, form)  # in place: nobody answered yet
    response = service.start(survey, language="en", mode="kiosk")
    assert service.load_state(response.id).label("name") == "Your nickname"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Response)) == 1


def test_switching_language_part_way_is_recorded(service: ResponseService, survey: str) -> None:
    response = service.start(survey, language="en", mode="kiosk")
    service.set_language(response.id, "pt")
    assert service.get(response.id).language == "pt"
    with pytest.raises(UserError):
        service.set_language(response.id, "xx")


def test_consent_withdrawn_stops_new_responses(db: Database, service: ResponseService, survey: str) -> None:
    person, _ = add_person(db)
    ConsentService(db).withdraw(participant_id=person, purpose="take_part", recorded_by="Ana")
    with pytest.raises(IdentityRefused):
        service.start(survey, participant_id=person, language="en", mode="kiosk")
