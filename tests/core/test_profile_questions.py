"""The default self-description questions: what they ask, in which languages, and adding them only once."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import func, select

from workshop_app.core.profile_questions import (
    DEFAULT_PROFILE_QUESTIONS,
    PREFER_NOT_TO_SAY,
    build_profile_questions,
    ensure_default_profile_questions,
)
from workshop_app.db.database import Database
from workshop_app.db.models import ProfileChoice, ProfileQuestion

NAMES = ["age_band", "gender", "migrant_background", "employment", "disability", "caring_duties", "first_language"]


def test_the_defaults_ask_the_usual_questions_with_a_way_out() -> None:
    assert [q.name for q in DEFAULT_PROFILE_QUESTIONS] == NAMES
    by_name = {q.name: q for q in DEFAULT_PROFILE_QUESTIONS}
    assert by_name["age_band"].codes == (
        "under_18", "18_29", "30_44", "45_59", "60_74", "75_plus", PREFER_NOT_TO_SAY)
    assert by_name["gender"].codes == ("woman", "man", "non_binary", "self_described", PREFER_NOT_TO_SAY)
    assert by_name["migrant_background"].codes == ("born_here", "moved_here", "parents_moved", PREFER_NOT_TO_SAY)
    for question in DEFAULT_PROFILE_QUESTIONS:
        assert question.codes[-1] == PREFER_NOT_TO_SAY
        assert len(set(question.codes)) == len(question.codes)
        for labels in (question.labels, *(c.labels for c in question.choices)):
            assert set(labels) == {"en", "pt"} and all(text.strip() for text in labels.values())
        assert question.choices[-1].labels == {"en": "Prefer not to say", "pt": "Prefiro não dizer"}


def test_ensure_adds_them_to_an_empty_database_once(db: Database) -> None:
    with db.transaction() as session:
        first = [(q.id, q.name) for q in ensure_default_profile_questions(session)]
    with db.transaction() as session:
        again = [(q.id, q.name) for q in ensure_default_profile_questions(session)]
        assert session.scalar(select(func.count()).select_from(ProfileQuestion)) == len(NAMES)
        choices = session.scalar(select(func.count()).select_from(ProfileChoice))
    assert first == again and [name for _, name in first] == NAMES
    assert choices == sum(len(q.choices) for q in DEFAULT_PROFILE_QUESTIONS)
    with db.session() as session:
        age = session.scalars(select(ProfileQuestion).where(ProfileQuestion.name == "age_band")).one()
        assert [c.code for c in age.choices] == list(DEFAULT_PROFILE_QUESTIONS[0].codes)
        assert age.labels == {"en": "Age group", "pt": "Faixa etária"}


def test_a_database_with_its_own_questions_keeps_them(db: Database) -> None:
    with db.transaction() as session:
        session.add(ProfileQuestion(name="neighbourhood", labels={"en": "Neighbourhood"}))
    with db.transaction() as session:
        assert [q.name for q in ensure_default_profile_questions(session)] == ["neighbourhood"]


def test_ids_and_times_can_be_made_reproducible() -> None:
    def make_id_from(seed: int) -> Callable[[], str]:
        rng = random.Random(seed)
        return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))

    at = datetime(2026, 8, 1, tzinfo=timezone.utc)
    one = build_profile_questions(make_id=make_id_from(5), at=at)
    two = build_profile_questions(make_id=make_id_from(5), at=at)
    assert [q.id for q in one] == [q.id for q in two]
    assert [c.id for q in one for c in q.choices] == [c.id for q in two for c in q.choices]
    assert all(q.created_at == at and all(c.question_id == q.id for c in q.choices) for q in one)
