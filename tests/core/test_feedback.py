"""Feedback rounds: a built-in quick poll stored like any survey, one per agenda item."""

from __future__ import annotations

import pytest

from tests.core.responses_support import Clock, add_workshop
from workshop_app.core.feedback import FORM_ID, FeedbackService
from workshop_app.core.kiosk import THANKS, KioskSession
from workshop_app.core.response_rules import AnswerRejected
from workshop_app.core.responses import ResponseService
from workshop_app.core.surveys import SurveyService
from workshop_app.db.database import Database
from workshop_app.errors import UserError


def test_the_poll_is_a_survey_made_once_in_english_and_portuguese(db: Database) -> None:
    feedback = FeedbackService(db)
    survey = feedback.survey_id()
    assert FeedbackService(db).survey_id() == survey
    summary = SurveyService(db).get(survey)
    assert (summary.form_id, summary.languages, summary.question_count) == (FORM_ID, ("en", "pt"), 2)
    form = SurveyService(db).load_form(survey)
    assert form.find("rating").label["pt"] == "Quão útil foi esta sessão para si?"


def test_ratings_and_comments_of_one_round_stay_apart_from_another(db: Database) -> None:
    _, (morning, evening) = add_workshop(db, "feedback_round", "feedback_round")
    feedback = FeedbackService(db)
    for rating, comment in ((5, "Great"), (4, ""), ("3", "Too long"), (5, "مفيد جدا")):
        feedback.submit(morning, rating, comment)
    feedback.submit(evening, 1, "Cold room")
    summary = feedback.summary(morning)
    assert (summary.respondents, summary.counts, summary.average) == (4, (0, 0, 1, 1, 2), 4.25)
    assert summary.comments == ("Great", "Too long", "مفيد جدا")
    alone = feedback.summary(evening)  # the facilitator sees it; the projector waits for 3 people
    assert (alone.ready, alone.average, alone.comments) == (False, 1.0, ("Cold room",))
    with pytest.raises(AnswerRejected):
        feedback.submit(morning, 6)
    assert feedback.summary(morning).respondents == 4  # the refused rating left nothing behind
    _, (survey_item,) = add_workshop(db, "survey")
    with pytest.raises(UserError, match="not a feedback round"):
        feedback.submit(survey_item, 3)


def test_the_poll_runs_in_the_kiosk_like_any_survey(db: Database) -> None:
    _, (round_id,) = add_workshop(db, "feedback_round")
    responses = ResponseService(db)
    feedback = FeedbackService(db, responses)
    survey = feedback.survey_id()
    clock = Clock()
    kiosk = KioskSession(responses, responses.logic(survey), survey, activity_id=round_id, clock=clock)
    kiosk.choose_language("pt")
    kiosk.start_anonymous()
    assert kiosk.view().type == "range" and kiosk.view().parameters["end"] == "5"
    clock.advance(1)
    assert kiosk.next("4").moved
    clock.advance(1)
    kiosk.next("Mais pausas")
    assert kiosk.finish().moved and kiosk.screen == THANKS
    assert feedback.summary(round_id).respondents == 1
