"""Feedback rounds: a quick poll (a rating from 1 to 5 and one comment), kept as an ordinary survey.

The poll is a small built-in survey (``form_id`` ``quick_feedback``, English and Portuguese) made on first use
in each database, so results, exports and merges treat its answers like any other survey's. Each feedback
round's responses point at its agenda item (``Response.activity_id``), so two rounds in one workshop stay apart.
"""

from __future__ import annotations

import statistics

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workshop_app.core.activity_rules import FeedbackSummary
from workshop_app.core.forms import Form, Question
from workshop_app.core.response_rules import ResponseData
from workshop_app.core.responses import ResponseService
from workshop_app.core.surveys import SurveyService
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Answer, Response, Survey, Workshop
from workshop_app.db.models import Question as QuestionRow
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

FORM_ID = "quick_feedback"
RATING, COMMENT = "rating", "comment"


def feedback_form() -> Form:
    """The quick poll: a required rating 1–5 and an optional comment."""
    rating = Question(RATING, "range", {"en": "How useful was this session for you?",
                                        "pt": "Quão útil foi esta sessão para si?"},
                      hint={"en": "1 = not useful, 5 = very useful", "pt": "1 = nada útil, 5 = muito útil"},
                      required=True, appearance="rating", parameters={"start": "1", "end": "5", "step": "1"})
    comment = Question(COMMENT, "text", {"en": "One thing to keep, or one thing to change?",
                                         "pt": "Uma coisa a manter, ou uma coisa a mudar?"})
    return Form(FORM_ID, "Quick feedback", [rating, comment], [], ["en", "pt"], "en",
                {"en": "English", "pt": "Português"}, allow_anonymous=True)


class FeedbackService:
    """Runs feedback rounds through ``ResponseService`` (pass the app's one, so its caches are shared)."""

    def __init__(self, db: Database, responses: ResponseService | None = None) -> None:
        self.db = db
        self.responses = responses or ResponseService(db)

    def survey_id(self) -> str:
        """The built-in poll's survey id, made in this database on first use."""
        with self.db.session() as session:
            found = session.scalars(select(Survey.id).where(Survey.form_id == FORM_ID)
                                    .order_by(Survey.version.desc()).limit(1)).first()
        if found:
            return found
        try:
            return SurveyService(self.db).import_form(feedback_form()).id
        except IntegrityError:  # made at the same moment by another window: use that one
            return self.survey_id()

    def start(self, activity_id: str, *, participant_id: str | None = None, language: str | None = None,
              mode: str = "kiosk") -> ResponseData:
        """Begin one person's feedback (in the kiosk: answer ``rating`` and ``comment`` like any survey)."""
        workshop_id, language = self._round(activity_id, language)
        return self.responses.start(self.survey_id(), workshop_id=workshop_id, activity_id=activity_id,
                                    participant_id=participant_id, language=language, mode=mode)

    def submit(self, activity_id: str, rating: int | str, comment: str = "", *, participant_id: str | None = None,
               language: str | None = None, mode: str = "data_entry") -> ResponseData:
        """Record one person's feedback at once (the facilitator typing in a show of hands or a card)."""
        response = self.start(activity_id, participant_id=participant_id, language=language, mode=mode)
        try:
            self.responses.save_answer(response.id, RATING, str(rating))
            if comment:
                self.responses.save_answer(response.id, COMMENT, comment)
            return self.responses.complete(response.id)
        except UserError:
            self.responses.discard(response.id)  # a refused rating leaves no half response behind
            raise

    def summary(self, activity_id: str, *, with_comments: bool = True) -> FeedbackSummary:
        """Ratings of one feedback round (finished or not) and its comments, for the facilitator's screen.

        ``ready`` says whether enough people answered for the projector (``LiveResults.feedback``).
        """
        survey_id = self.survey_id()
        with self.db.session() as session:
            self._round_in(session, activity_id)
            rows = session.execute(
                select(QuestionRow.name, Answer.value).join(Answer, Answer.question_id == QuestionRow.id)
                .join(Response, Response.id == Answer.response_id)
                .where(Response.activity_id == activity_id, Response.survey_id == survey_id)
                .order_by(Answer.answered_at)).all()
        ratings = [int(float(value)) for name, value in rows if name == RATING and _is_rating(value)]
        counts = (ratings.count(1), ratings.count(2), ratings.count(3), ratings.count(4), ratings.count(5))
        comments = tuple(value for name, value in rows if name == COMMENT and value) if with_comments else ()
        average = round(statistics.fmean(ratings), 2) if ratings else None
        return FeedbackSummary(activity_id, len(ratings), counts, average, comments)

    def _round(self, activity_id: str, language: str | None) -> tuple[str, str]:
        with self.db.session() as session:
            activity = self._round_in(session, activity_id)
            workshop = get_existing(session, Workshop, activity.workshop_id, "workshop")
            wanted = language or workshop.language
        return activity.workshop_id, wanted if wanted in feedback_form().languages else "en"

    @staticmethod
    def _round_in(session: Session, activity_id: str) -> Activity:
        activity = get_existing(session, Activity, activity_id, "activity")
        if activity.kind != "feedback_round":
            raise UserError(QT_TRANSLATE_NOOP("errors", "That activity is not a feedback round."))
        return activity


def _is_rating(value: str) -> bool:
    try:
        return float(value) in (1, 2, 3, 4, 5)
    except ValueError:
        return False
