"""Undoable deletes: database-only cascades are followed, and restore re-inserts parents first."""

from __future__ import annotations

from sqlalchemy import func, select

from workshop_app.db.database import Database
from workshop_app.db.models import Participant, ProfileAnswer, ProfileChoice, ProfileQuestion, Tombstone
from workshop_app.db.snapshots import delete_with_snapshot, restore_snapshot


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_rows_linked_only_by_a_cascading_foreign_key_are_snapshotted_and_restored(db: Database) -> None:
    # ProfileQuestion has no ORM relationship to ProfileAnswer: only the database cascades to the answers.
    with db.transaction() as session:
        question = ProfileQuestion(name="age_band", labels={"en": "Age"})
        question.choices = [ProfileChoice(code="60_74"), ProfileChoice(code="prefer_not_to_say")]
        people = [Participant(code=f"P-000{i}") for i in range(1, 4)]
        session.add_all([question, *people])
        session.flush()
        session.add_all(
            ProfileAnswer(participant_id=p.id, question_id=question.id, choice_id=question.choices[0].id)
            for p in people
        )
    with db.transaction() as session:
        snapshot = delete_with_snapshot(session, session.get(ProfileQuestion, question.id))
    assert (_count(db, ProfileAnswer), _count(db, ProfileChoice)) == (0, 0)
    with db.session() as session:
        stoned = set(session.scalars(select(Tombstone.table_name)))
    assert stoned == {"profile_questions", "profile_choices", "profile_answers"}
    with db.transaction() as session:
        restore_snapshot(session, snapshot)
    assert (_count(db, ProfileAnswer), _count(db, ProfileChoice), _count(db, Tombstone)) == (3, 2, 0)
