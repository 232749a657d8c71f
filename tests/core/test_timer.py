"""Countdown timers and the run view's agenda, on a clock the test moves by hand."""

from __future__ import annotations

import pytest

from tests.core.responses_support import Clock
from workshop_app.core.run_session import RunSession
from workshop_app.core.timer import CountdownTimer, format_clock
from workshop_app.core.workshop_rules import ActivityData, WorkshopData
from workshop_app.errors import UserError


def test_start_pause_resume_and_add_minutes() -> None:
    clock = Clock()
    timer = CountdownTimer(600, clock=clock)
    clock.advance(30)
    assert timer.remaining() == 600 and not timer.running  # not started yet
    timer.start()
    clock.advance(100)
    timer.pause()
    clock.advance(1_000)  # paused time does not count
    assert timer.remaining() == 500
    timer.resume()
    timer.start()  # a second start changes nothing
    clock.advance(50)
    assert timer.state().text == "07:30" and timer.state().fraction_left == pytest.approx(0.75)
    timer.add_minutes(2)
    assert timer.remaining() == 570
    timer.add_minutes(-100)  # never below what has passed
    assert timer.remaining() == 0 and timer.finished


def test_the_end_signals_once_and_again_after_more_time() -> None:
    clock = Clock()
    timer = CountdownTimer(60, clock=clock)
    timer.toggle()
    clock.advance(59.5)
    assert not timer.take_signal() and timer.state().text == "00:01"
    clock.advance(0.5)
    assert timer.take_signal() and not timer.take_signal()
    clock.advance(12)
    assert timer.state().text == "-00:12" and timer.state().finished
    timer.add_minutes(1)
    assert not timer.finished and not timer.take_signal()
    clock.advance(48)
    assert timer.take_signal()
    timer.reset(120)
    assert (timer.remaining(), timer.running, timer.take_signal()) == (120, False, False)


@pytest.mark.parametrize(("seconds", "text"), [(0, "00:00"), (59.2, "01:00"), (3_725, "1:02:05"),
                                               (-0.4, "00:00"), (-61, "-01:01")])
def test_clock_text(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


def _workshop() -> WorkshopData:
    return WorkshopData("w", "Listening session", activities=(
        ActivityData("a", "brainstorm", "Ideas", 10), ActivityData("b", "dot_vote", "Vote", 5),
        ActivityData("c", "feedback_round", "How was it?", 3)))


def test_the_run_view_moves_through_the_agenda_with_a_timer_each() -> None:
    clock = Clock()
    run = RunSession(_workshop(), clock=clock)
    assert run.current.id == "a" and run.timer().duration == 600
    run.timer().start()
    clock.advance(60)
    assert run.next_activity().id == "b"
    clock.advance(60)
    assert run.timer("a").remaining() == 540  # paused when the agenda moved on
    run.timer().start()
    clock.advance(300)
    assert run.tick() == ["b"] and run.tick() == []
    assert run.next_activity().id == "c" and run.next_activity() is None
    assert run.previous_activity().id == "b"
    with pytest.raises(UserError):
        run.select("zzz")
    run.update_workshop(WorkshopData("w", "Listening session", activities=_workshop().activities[1:]))
    assert run.current.id == "b" and run.timer().finished
    assert RunSession(WorkshopData("w", "Empty")).current is None
