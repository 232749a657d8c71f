"""Realistic demo data: a mid-sized Portuguese city's ULG working on "Skills for the digital economy".

``fill_demo`` writes four listening sessions held in autumn 2026 and a planned co-design workshop, their
participants (with consent, profile answers and attendance), the "ULG workshop feedback" survey with its
responses, brainstorm boards with dot votes, and a power/interest stakeholder map. The same seed always
writes the same rows, ids and timestamps included, so screenshots, exports and tests can rely on them.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.demo import activities, people, responses, stakeholders, survey_form, workshops
from workshop_app.core.demo.context import BASE, Rng
from workshop_app.core.profile_questions import ensure_default_profile_questions
from workshop_app.db.database import Database
from workshop_app.db.models import Participant, Workshop
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

__all__ = ["COUNT_KINDS", "MAX_PARTICIPANTS", "fill_demo"]

MAX_PARTICIPANTS = 5000
COUNT_KINDS = (
    "workshops", "participants", "consents", "surveys", "responses", "answers", "ideas", "votes",
    "stakeholder_maps", "stakeholders", "relationships",
)
# Each part of the demo draws from its own child of the seeded source, in this fixed order: a change in how
# many rows one part draws (say, more participants) leaves the rows of the other parts as they were.
PARTS = ("profile", "map", "survey", "workshops", "people", "responses", "ideas")


def fill_demo(db: Database, *, participants: int = 60, seed: int = 0) -> dict[str, int]:
    """Fill a new or empty database with demo data in one transaction; returns how many rows of each kind.

    Raises ``UserError`` when the database already holds workshops or participants, or when ``participants``
    is not between 1 and ``MAX_PARTICIPANTS``. Nothing is written unless everything is.
    """
    if isinstance(participants, bool) or not isinstance(participants, int) or not 1 <= participants <= MAX_PARTICIPANTS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The demo can have between 1 and {maximum} participants."),
                        maximum=MAX_PARTICIPANTS)
    root = Rng(seed)
    rngs = {part: root.fork() for part in PARTS}
    with db.transaction() as session:
        _refuse_if_not_empty(session)
        return _fill(session, rngs, participants)


def _refuse_if_not_empty(session: Session) -> None:
    for model in (Workshop, Participant):
        if session.scalar(select(model.id).limit(1)) is not None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This database already holds workshops or participants; demo "
                                                        "data only goes into a new or empty database."))


def _fill(session: Session, rngs: dict[str, Rng], participants: int) -> dict[str, int]:
    counts: Counter[str] = Counter()
    # A database that already has (possibly edited) profile questions keeps them; the demo answers those it knows.
    questions = ensure_default_profile_questions(
        session, make_id=rngs["profile"].new_id, at=BASE - timedelta(days=30)
    )
    map_id, map_counts = stakeholders.add_stakeholder_map(session, rngs["map"])
    counts.update(map_counts)
    form, counts["surveys"] = survey_form.add_survey(session, rngs["survey"])
    plans, counts["workshops"] = workshops.add_workshops(session, rngs["workshops"], survey_id=form.survey_id,
                                                         map_id=map_id)
    persons, people_counts = people.add_people(session, rngs["people"], participants, plans, questions)
    counts.update(people_counts)
    counts.update(responses.add_responses(session, rngs["responses"], form, plans, persons))
    counts.update(activities.add_ideas(session, rngs["ideas"], plans, persons))
    return {kind: counts[kind] for kind in COUNT_KINDS}
