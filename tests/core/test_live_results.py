"""The projector: results only from 3 people on, and never anything personal."""

from __future__ import annotations

from tests.core.responses_support import add_person, add_survey, add_workshop
from workshop_app.core.activity_rules import new_voter_token
from workshop_app.core.brainstorm import BrainstormService
from workshop_app.core.feedback import FeedbackService
from workshop_app.core.live_results import LiveResults
from workshop_app.core.participants import ParticipantService
from workshop_app.core.responses import ResponseService
from workshop_app.core.voting import VotingService
from workshop_app.db.database import Database


def _answer(service: ResponseService, survey: str, workshop: str | None, **answers: str) -> None:
    response = service.start(survey, workshop_id=workshop, language="en", mode="kiosk")
    for name, value in answers.items():
        service.save_answer(response.id, name, value)


def test_nothing_shows_before_three_people_answered(db: Database) -> None:
    survey = add_survey(db)
    workshop, _ = add_workshop(db)
    service, live = ResponseService(db), LiveResults(db)
    _answer(service, survey, workshop, likes="yes", topics="jobs care")
    _answer(service, survey, workshop, likes="no", topics="jobs")
    _answer(service, survey, None, likes="no")  # another workshop's answer does not count here
    assert live.question_results(survey, "likes", workshop_id=workshop) is None
    assert live.response_count(survey, workshop_id=workshop) == 2
    _answer(service, survey, workshop, likes="no", topics="housing jobs")
    likes = live.question_results(survey, "likes", workshop_id=workshop, language="pt")
    assert (likes.label, likes.respondents) == ("Gosta de cá estar?", 3)
    assert [(c.code, c.label, c.count) for c in likes.counts] == [("yes", "Sim", 1), ("no", "Não", 2)]
    topics = live.question_results(survey, "topics", workshop_id=workshop)
    assert [(c.code, c.count) for c in topics.counts] == [("jobs", 3), ("housing", 1), ("care", 1)]
    assert topics.share(topics.counts[0]) == 1.0
    assert live.question_results(survey, "likes").respondents == 4


def test_numbers_show_as_a_scale_or_bins_and_text_only_as_a_count(db: Database) -> None:
    survey = add_survey(db)
    service, live = ResponseService(db), LiveResults(db)
    for score, age, name in (("5", "70", "Ana Silva"), ("4", "19", "Rui"), ("5", "35", "Mariana"),
                             ("1", "62", "Olena"), ("5", "44", "Karim"), ("3", "27", "Jo"), ("2", "51", "Li")):
        _answer(service, survey, None, score=score, age=age, name=name)
    score = live.question_results(survey, "score")
    assert [(c.code, c.count) for c in score.counts] == [("1", 1), ("2", 1), ("3", 1), ("4", 1), ("5", 3)]
    assert (score.mean, score.median) == (3.57, 4)
    age = live.question_results(survey, "age")
    assert len(age.counts) == 6 and sum(c.count for c in age.counts) == 7 and age.median == 44
    name = live.question_results(survey, "name")
    assert (name.respondents, name.counts, name.mean) == (7, (), None)
    assert "Ana" not in repr(name)
    assert live.question_results(survey, "nope") is None  # no answers to a question the survey lacks


def test_vote_totals_and_the_board_never_carry_a_person(db: Database) -> None:
    _, (brainstorm, dot_vote, feedback_round) = add_workshop(db, "brainstorm", "dot_vote", "feedback_round")
    board = BrainstormService(db)
    people = [add_person(db) for _ in range(3)]
    ParticipantService(db).set_personal_data(people[0][0], name="Ana Silva", contact="912 345 678")
    ideas = [board.add_idea(brainstorm, text, participant_id=people[0][0]).id for text in ("Bus", "Care")]
    votes, live = VotingService(db), LiveResults(db)
    for person, _ in people[:2]:
        votes.cast(dot_vote, ideas[1], participant_id=person)
    assert live.vote_totals(dot_vote) is None
    votes.cast(dot_vote, ideas[0], voter=new_voter_token())
    totals = live.vote_totals(dot_vote)
    assert (totals.voters, [(t.text, t.dots) for t in totals.totals]) == (3, [("Care", 2), ("Bus", 1)])
    shown = repr(totals) + repr(live.board(dot_vote)) + repr(live.board(brainstorm))
    for personal in ("Ana", "912 345 678", *(code for _, code in people), *(pid for pid, _ in people)):
        assert personal not in shown
    assert [i.text for i in live.board(dot_vote).ideas] == ["Bus", "Care"]
    feedback = FeedbackService(db)
    feedback.submit(feedback_round, 5, "Ana was great")
    feedback.submit(feedback_round, 4)
    assert live.feedback(feedback_round) is None
    feedback.submit(feedback_round, 3)
    shown = live.feedback(feedback_round)
    assert (shown.average, shown.comments) == (4.0, ())


def test_a_facilitator_tally_shows_at_once(db: Database) -> None:
    _, (brainstorm, dot_vote) = add_workshop(db, "brainstorm", "dot_vote")
    idea = BrainstormService(db).add_idea(brainstorm, "Bus")
    VotingService(db).set_tally(dot_vote, idea.id, 12)
    assert LiveResults(db).vote_totals(dot_vote).totals[0].dots == 12
