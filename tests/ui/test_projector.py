"""The projector: nothing before three answers, live results after, the board and the votes, never a person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.core.responses_support import add_person
from tests.ui import run_support
from tests.ui.run_support import answer, make_workshop, survey_workshop
from workshop_app.core.activity_rules import new_voter_token
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.projector_window import BOARD_PAGE, CHART_PAGE, MESSAGE_PAGE, ProjectorWindow

open_run, clock = run_support.open_run, run_support.clock


def _projector(qtbot: Any, db: Database, workshop: str) -> ProjectorWindow:
    projector = ProjectorWindow(db, workshop)
    qtbot.addWidget(projector)
    projector.resize(1200, 700)
    return projector


def _people(db: Database, count: int) -> list[tuple[str, str]]:
    """Participants with names and phone numbers: none of it may reach the projector."""
    people = []
    for number in range(count):
        person, code = add_person(db)
        Services.of(db).participants.set_personal_data(person, name=f"Ana Silva {number}", contact=f"91234567{number}")
        people.append((person, code))
    return people


def _assert_nothing_personal(projector: ProjectorWindow, people: list[tuple[str, str]]) -> None:
    shown = " ".join(projector.texts())
    for person, code in people:
        assert code not in shown and person not in shown
    assert "Ana Silva" not in shown and "91234567" not in shown


def test_results_wait_for_three_people_and_then_show_without_a_name(qtbot: Any, db: Database) -> None:
    workshop, activity, survey = survey_workshop(db)
    people = _people(db, 3)
    answer(db, survey, workshop, participant=people[0][0], name="Ana", age="40", likes="yes",
           why="Ana Silva 0 helped")
    answer(db, survey, workshop, participant=people[1][0], name="Rui 912345671", age="33", likes="no")
    projector = _projector(qtbot, db, workshop)
    projector.show_activity(Services.of(db).workshops.get(workshop).activities[0], "likes")
    assert projector.pages.currentIndex() == MESSAGE_PAGE
    assert projector.message.text() == "Waiting for at least 3 answers (2 so far)"
    _assert_nothing_personal(projector, people)

    answer(db, survey, workshop, participant=people[2][0], finish=False, name="Olena", age="70", likes="no")
    qtbot.waitUntil(lambda: projector.pages.currentIndex() == CHART_PAGE, timeout=3000)  # live, throttled
    assert projector.chart_title.text() == "Do you like it here?" and projector.chart_note.text() == "3 answers"
    shown = projector.texts()
    assert "Yes" in shown and "No" in shown and "2 · 67 %" in shown
    _assert_nothing_personal(projector, people)

    projector.show_question("name")  # typed text: only how many answered, never what they typed
    assert "3 people answered" in projector.texts() and "Ana" not in " ".join(projector.texts())
    assert activity


def test_the_board_and_the_vote_totals_show_ideas_but_no_authors(qtbot: Any, db: Database) -> None:
    workshop, (brainstorm, vote, feedback) = make_workshop(db, "brainstorm", "dot_vote", "feedback_round")
    services = Services.of(db)
    people = _people(db, 3)
    ideas = [services.brainstorm.add_idea(brainstorm, text, participant_id=people[0][0]).id
             for text in ("Night bus", "Free Wi-Fi")]
    group = services.brainstorm.add_cluster(brainstorm, "Getting there").id
    services.brainstorm.move_idea(ideas[0], cluster_id=group)
    projector = _projector(qtbot, db, workshop)
    agenda = services.workshops.get(workshop).activities
    assert projector.pages.currentIndex() == BOARD_PAGE
    assert {"Night bus", "Free Wi-Fi", "Getting there"} <= set(projector.board_scene.texts())
    assert not projector.board_view.isInteractive()
    _assert_nothing_personal(projector, people)

    projector.show_activity(agenda[1])
    for person, _code in people[:2]:
        services.voting.cast(vote, ideas[1], participant_id=person)
    projector.refresh()
    assert projector.message.text() == "Waiting for at least 3 voters (2 so far)"
    services.voting.cast(vote, ideas[0], voter=new_voter_token())
    projector.refresh()
    assert projector.pages.currentIndex() == CHART_PAGE and "Free Wi-Fi" in projector.texts()
    _assert_nothing_personal(projector, people)

    projector.show_activity(agenda[2])
    for rating in (5, 4):
        services.feedback.submit(feedback, rating, "Ana Silva 1 was great")
    projector.refresh()
    assert projector.message.text() == "Waiting for at least 3 answers (2 so far)"
    services.feedback.submit(feedback, 3, "Call me on 912345671")
    projector.refresh()
    assert projector.pages.currentIndex() == CHART_PAGE and projector.chart_note.text() == "3 answers · average 4.0"
    _assert_nothing_personal(projector, people)


def test_the_projector_mirrors_the_run_views_timer_and_activity(qtbot: Any, db: Database, open_run: Any,
                                                                clock: Any) -> None:
    workshop, (brainstorm, vote) = make_workshop(db, "brainstorm", "dot_vote")
    window = open_run(workshop)
    window.show()
    projector = window.open_projector()
    assert not projector.isFullScreen()  # one screen here: an ordinary window
    window.toggle_timer()
    clock.advance(75)
    window.tick()
    assert projector.clock.text() == window.ui.timer.clock.text() == "08:45"
    window.next_activity()
    assert projector.activity.id == vote and projector.clock.text() == "10:00"
    assert "Dot vote" in projector.activity_label.text()
    assert window.open_projector() is projector  # not a second one

    projector.showFullScreen()
    qtbot.waitUntil(projector.isFullScreen, timeout=2000)
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isFullScreen(), timeout=2000)
    projector.close()
    assert window.launchers.projector is None
    assert brainstorm
