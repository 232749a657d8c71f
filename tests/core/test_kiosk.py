"""The kiosk's logic: one question at a time, required and skip logic, finish, idle, codes, resume."""

from __future__ import annotations

import statistics
import time

import pytest
from sqlalchemy import func, select

from benchmarks.surveys import chained_form
from tests.core.responses_support import Clock, add_person, add_survey, add_workshop, small_form
from workshop_app.core.forms import FormLogic, Slot
from workshop_app.core.kiosk import FINISH, QUESTION, THANKS, WELCOME, KioskSession
from workshop_app.core.question_view import Progress
from workshop_app.core.response_memory import MemorySaver
from workshop_app.core.response_rules import IdentityRefused
from workshop_app.core.responses import ResponseService
from workshop_app.db.database import Database
from workshop_app.db.models import Answer, Response


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _memory_kiosk(clock: Clock, **options: object) -> tuple[KioskSession, MemorySaver]:
    logic = FormLogic(small_form())
    saver = MemorySaver({"small": logic})
    return KioskSession(saver, logic, "small", clock=clock, **options), saver  # type: ignore[arg-type]


def _press(kiosk: KioskSession, clock: Clock, *args: object):
    clock.advance(1)
    return kiosk.next(*args)


def test_a_person_goes_from_welcome_to_thanks_and_the_next_one_starts_clean(clock: Clock) -> None:
    kiosk, saver = _memory_kiosk(clock)
    assert kiosk.screen == WELCOME
    assert kiosk.languages() == [("en", "English"), ("pt", "Português")]
    kiosk.choose_language("pt")
    kiosk.start_anonymous()
    assert (kiosk.screen, kiosk.view().label) == (QUESTION, "Bem-vindo!")
    assert _press(kiosk, clock).moved
    assert kiosk.view().name == "name"
    assert kiosk.progress() == Progress(0, 6, 1)  # "why" does not apply yet
    assert _press(kiosk, clock, "Ana").moved
    refused = _press(kiosk, clock)
    assert (refused.moved, refused.problem.kind) == (False, "required")
    refused = _press(kiosk, clock, "200")
    assert (refused.problem.kind, refused.problem.message) == ("constraint", "An age from 0 to 120.")
    assert _press(kiosk, clock, "70").moved
    assert _press(kiosk, clock).moved  # height is optional
    view = kiosk.view()
    assert (view.name, [(c.code, c.label) for c in view.choices]) == ("likes", [("yes", "Sim"), ("no", "Não")])
    kiosk.answer("yes")
    assert _press(kiosk, clock).moved and kiosk.view().name == "why"  # skip logic shows it now
    clock.advance(1)
    assert kiosk.back().moved and kiosk.view().value == "yes"
    kiosk.answer("no")
    assert _press(kiosk, clock).moved and kiosk.view().name == "topics"  # and hides it again
    assert _press(kiosk, clock).moved and _press(kiosk, clock).moved
    assert kiosk.screen == FINISH
    clock.advance(1)
    assert kiosk.back().moved and kiosk.view().name == "score"
    assert _press(kiosk, clock).moved and kiosk.finish().moved
    assert (kiosk.screen, kiosk.state, kiosk.response_id, kiosk.view()) == (THANKS, None, None, None)
    [response] = saver.responses.values()
    assert response.completed_at is not None and response.language == "pt"
    clock.advance(5)
    assert not kiosk.tick()
    clock.advance(2)
    assert kiosk.tick() and kiosk.screen == WELCOME and kiosk.language == "en"


def test_fifty_fast_presses_skip_nothing_and_save_nothing_twice(db: Database, clock: Clock) -> None:
    service = ResponseService(db)
    survey = add_survey(db)
    kiosk = KioskSession(service, service.logic(survey), survey, clock=clock)
    kiosk.start_anonymous()
    _press(kiosk, clock)
    clock.advance(2)  # the person reads the question, then presses "next" 50 times
    moves = []
    for _ in range(50):  # 50 presses 5 ms apart, each carrying the text box's content
        clock.advance(0.005)
        moves.append(kiosk.next("Ana"))
    assert sum(m.moved for m in moves) == 1 and all(m.ignored for m in moves[1:])
    assert kiosk.view().name == "age"
    kiosk.debounce = 0  # even with no protection against double taps...
    for _ in range(50):
        assert kiosk.next().problem.kind == "required"  # ...a required question is never passed
    assert kiosk.view().name == "age"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 1
        assert session.scalar(select(func.count()).select_from(Response)) == 1


def test_the_response_is_made_with_the_first_answer_only(db: Database, clock: Clock) -> None:
    service = ResponseService(db)
    survey = add_survey(db)
    kiosk = KioskSession(service, service.logic(survey), survey, clock=clock)
    kiosk.start_anonymous()
    _press(kiosk, clock)
    kiosk.reset()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Response)) == 0


def test_idle_returns_to_welcome_keeping_saved_answers_unfinished(db: Database, clock: Clock) -> None:
    service = ResponseService(db)
    survey = add_survey(db)
    kiosk = KioskSession(service, service.logic(survey), survey, clock=clock)
    kiosk.start_anonymous()
    _press(kiosk, clock)
    _press(kiosk, clock, "Ana")
    clock.advance(99)
    assert kiosk.idle_warning_left() is None and not kiosk.tick()
    clock.advance(10)
    assert kiosk.idle_warning_left() == pytest.approx(11)
    kiosk.touch()  # "I'm still here"
    clock.advance(119)
    assert not kiosk.tick()
    clock.advance(1)
    assert kiosk.tick() and kiosk.screen == WELCOME and kiosk.state is None
    [left] = service.unfinished()
    assert left.answer_count == 1
    clock.advance(500)
    assert not kiosk.tick()  # an untouched welcome screen stays as it is


def test_finishing_early_shows_the_first_missing_question(clock: Clock) -> None:
    kiosk, _ = _memory_kiosk(clock)
    kiosk.start_anonymous()
    move = kiosk.finish()
    assert (move.moved, move.problem.kind, kiosk.view().name) == (False, "required", "age")


def test_codes_at_the_kiosk(db: Database, clock: Clock) -> None:
    service = ResponseService(db)
    survey = add_survey(db, small_form(allow_anonymous=False))
    workshop, _ = add_workshop(db)
    kiosk = KioskSession(service, service.logic(survey), survey, workshop_id=workshop, clock=clock)
    with pytest.raises(IdentityRefused) as refused:
        kiosk.start_anonymous()
    assert refused.value.kind == "code_needed"
    with pytest.raises(IdentityRefused) as refused:
        kiosk.start_with_code("P-4242")
    assert refused.value.kind == "unknown_code"
    _, unwilling = add_person(db, consent=False)
    with pytest.raises(IdentityRefused) as refused:
        kiosk.start_with_code(unwilling)
    assert refused.value.kind == "no_consent" and kiosk.screen == WELCOME
    person, code = add_person(db)
    kiosk.choose_language("pt")
    kiosk.start_with_code(code.lower())
    assert kiosk.participant_code == code
    _press(kiosk, clock)
    _press(kiosk, clock, "Ana")
    _press(kiosk, clock, "70")
    kiosk.reset()  # walked away; comes back later, in English this time
    kiosk.start_with_code(code)
    assert kiosk.view().name == "height" and kiosk.view().label == "Height (m)"
    assert service.get(kiosk.response_id).language == "en"
    _press(kiosk, clock)
    _press(kiosk, clock, "no")
    _press(kiosk, clock)
    _press(kiosk, clock)
    assert kiosk.finish().moved
    with pytest.raises(IdentityRefused) as refused:
        kiosk.start_with_code(code)
    assert refused.value.kind == "already_answered"
    assert service.latest_for(survey, person, workshop_id=workshop).answer_count == 3


def test_after_a_crash_the_kiosk_resumes_where_the_person_stopped(db: Database, clock: Clock) -> None:
    survey = add_survey(db)
    before = ResponseService(db)
    kiosk = KioskSession(before, before.logic(survey), survey, clock=clock)
    kiosk.start_anonymous()
    for value in (None, "Ana", "70", "1,8", "yes"):
        _press(kiosk, clock, value)
    after = ResponseService(db)  # the app restarted
    [left] = after.unfinished()
    again = KioskSession(after, after.logic(survey), survey, clock=clock)
    again.resume(left.id)
    assert again.view().name == "why" and again.progress() == Progress(4, 7, 5)
    assert again.view().required


def test_a_repeat_asks_its_questions_as_many_times_as_asked(db: Database, clock: Clock) -> None:
    from workshop_app.core.forms import Form, Question

    form = Form("household", "Household", [
        Question("count", "integer", {"en": "How many people?"}, required=True),
        Question("member", "repeat", {"en": "Person"}, extra={"repeat_count": "${count}"}, children=[
            Question("first_name", "text", {"en": "First name"}, required=True)]),
        Question("done", "note", {"en": "Thanks"})], languages=["en"], default_language="en")
    service = ResponseService(db)
    survey = add_survey(db, form)
    kiosk = KioskSession(service, service.logic(survey), survey, clock=clock)
    kiosk.start_anonymous()
    _press(kiosk, clock, "2")
    seen = []
    while kiosk.view().name == "first_name":
        seen.append((kiosk.view().instance, kiosk.view().repeat_label))
        _press(kiosk, clock, f"person {len(seen)}")
    assert seen == [((1,), "Person"), ((2,), "Person")]
    assert kiosk.view().name == "done"
    assert service.load_state(kiosk.response_id).answer("first_name", (2,)) == "person 2"


def test_next_question_on_a_200_question_survey_is_fast(clock: Clock) -> None:
    logic = FormLogic(chained_form())
    kiosk = KioskSession(MemorySaver({"chain": logic}), logic, "chain", clock=clock, debounce=0)
    kiosk.start_anonymous()
    times = []
    while kiosk.screen == QUESTION:
        value = "yes" if kiosk.view().type == "select_one" else "5"
        start = time.perf_counter()
        assert kiosk.next(value).moved
        times.append(time.perf_counter() - start)
    assert len(times) == 200
    assert statistics.median(times) < 0.05


def test_language_switch_part_way_is_saved(db: Database, clock: Clock) -> None:
    service = ResponseService(db)
    survey = add_survey(db)
    kiosk = KioskSession(service, service.logic(survey), survey, clock=clock)
    kiosk.start_anonymous()
    _press(kiosk, clock)
    _press(kiosk, clock, "Ana")
    kiosk.choose_language("pt")
    assert kiosk.view().label == "A sua idade"
    assert service.get(kiosk.response_id).language == "pt"
    assert Slot("age") == kiosk.current


def test_the_kiosk_and_run_view_logic_loads_without_sqlalchemy() -> None:
    """The screens import these at start-up; SQLAlchemy would slow the window's first paint."""
    import subprocess
    import sys

    modules = ["activity_rules", "data_entry", "kiosk", "pin", "question_view", "response_memory",
               "response_rules", "run_session", "timer"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module('workshop_app.core.' + m)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
