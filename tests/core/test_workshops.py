"""The workshop service: rules, agenda order, and undo of deletions."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from workshop_app.core.workshops import MAX_MINUTES, WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models import Attendance, Idea, Participant, Response, Survey, Tombstone
from workshop_app.errors import UserError


@pytest.fixture
def service(db: Database) -> WorkshopService:
    return WorkshopService(db)


def test_create_strips_title_and_rejects_bad_values(service: WorkshopService) -> None:
    assert service.create("  Listening session  ").title == "Listening session"
    for bad in ({"title": "   "}, {"title": "x" * 301}, {"title": "A", "status": "cancelled"},
                {"title": "A", "starts_at": datetime(2026, 11, 24, 18, 30)}, {"title": "A", "colour": "red"}):
        with pytest.raises(UserError):
            service.create(**bad)
    assert [w.title for w in service.list()] == ["Listening session"]


def test_unicode_titles_survive(service: WorkshopService) -> None:
    for title in ("Сесія слухання 🎧", "جلسة استماع", "Sessão de escuta — São Vicente"):
        assert service.get(service.create(title).id).title == title


def test_list_orders_by_date_newest_first_undated_last(service: WorkshopService) -> None:
    service.create("Undated")
    service.create("Older", starts_at=datetime(2026, 3, 1, 10, tzinfo=timezone.utc))
    service.create("Newer", starts_at=datetime(2026, 11, 24, 18, 30, tzinfo=timezone.utc))
    assert [w.title for w in service.list()] == ["Newer", "Older", "Undated"]


def test_agenda_defaults_order_and_limits(service: WorkshopService) -> None:
    workshop = service.create("A")
    vote = service.add_activity(workshop.id, "dot_vote")
    assert vote.options == {"dots": 3} and vote.planned_minutes == 10
    survey = service.add_activity(workshop.id, "survey", position=0, planned_minutes=20)
    assert [a.id for a in service.get(workshop.id).activities] == [survey.id, vote.id]
    assert service.get(workshop.id).planned_minutes == 30
    for bad in ({"planned_minutes": 0}, {"planned_minutes": MAX_MINUTES + 1}, {"planned_minutes": "10"},
                {"options": {"dots": 0}}, {"options": {"dots": "three"}}, {"options": []}):
        with pytest.raises(UserError):
            service.update_activity(vote.id, **bad)
    with pytest.raises(UserError):
        service.add_activity(workshop.id, "karaoke")
    assert service.get(workshop.id).activities[1].options == {"dots": 3}


def test_changes_are_announced(service: WorkshopService) -> None:
    seen: list[str] = []
    service.changed.connect(seen.append)
    workshop = service.create("A")
    service.update(workshop.id, place="Library")
    service.add_activity(workshop.id, "brainstorm")
    assert seen == [workshop.id] * 3


def test_undoing_a_delete_brings_back_everything_under_it(service: WorkshopService, db: Database) -> None:
    workshop = service.create("A")
    brainstorm = service.add_activity(workshop.id, "brainstorm")
    with db.transaction() as session:
        person = Participant(code="P-0001")
        survey = Survey(form_id="f", title="S")
        session.add_all([person, survey])
        session.flush()
        session.add(Attendance(workshop_id=workshop.id, participant_id=person.id,
                               checked_in_at=datetime(2026, 11, 24, tzinfo=timezone.utc)))
        session.add(Idea(activity_id=brainstorm.id, text="Courses near home"))
        response = Response(survey_id=survey.id, workshop_id=workshop.id,
                            started_at=datetime(2026, 11, 24, tzinfo=timezone.utc))
        session.add(response)
    snapshot = service.delete(workshop.id)
    with db.session() as session:
        assert session.get(Response, response.id).workshop_id is None  # kept, no longer linked
        assert session.scalar(select(func.count()).select_from(Idea)) == 0
    service.restore(snapshot)
    restored = service.get(workshop.id)
    assert [a.id for a in restored.activities] == [brainstorm.id]
    with db.session() as session:
        assert session.get(Response, response.id).workshop_id == workshop.id
        assert session.scalar(select(func.count()).select_from(Idea)) == 1
        assert session.scalar(select(func.count()).select_from(Attendance)) == 1
        assert session.scalar(select(func.count()).select_from(Tombstone)) == 0
    assert service.list()[0].participant_count == 1


def test_missing_rows_give_a_sentence(service: WorkshopService) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        service.update("nope", title="B")
    with pytest.raises(UserError, match="no longer exists"):
        service.move_activity("nope", 0)


def test_a_survey_item_runs_a_chosen_survey_and_only_survey_items_do(service: WorkshopService, db: Database) -> None:
    from workshop_app.core.services import Services
    from workshop_app.core.survey_templates import create_from_template

    workshop = service.create("A")
    survey_item = service.add_activity(workshop.id, "survey")
    brainstorm = service.add_activity(workshop.id, "brainstorm")
    feedback = create_from_template(Services.of(db).surveys, "ulg_workshop_feedback")
    assert service.update_activity(survey_item.id, survey_id=feedback.id).survey_id == feedback.id
    with pytest.raises(UserError, match="Only a survey item"):
        service.update_activity(brainstorm.id, survey_id=feedback.id)
    with pytest.raises(UserError, match="no longer exists"):
        service.update_activity(survey_item.id, survey_id="gone")
    assert service.get(workshop.id).activities[0].survey_id == feedback.id
    assert service.update_activity(survey_item.id, survey_id=None).survey_id is None


def test_each_survey_made_from_a_template_is_its_own_form(db: Database) -> None:
    from workshop_app.core.services import Services
    from workshop_app.core.survey_templates import TEMPLATE_KEYS, create_from_template

    surveys = Services.of(db).surveys
    first = create_from_template(surveys, "ulg_workshop_feedback", title="Tuesday feedback")
    second = create_from_template(surveys, "ulg_workshop_feedback")
    assert first.form_id != second.form_id and (first.version, second.version) == (1, 1)
    assert first.title == "Tuesday feedback" and first.languages == ("en", "pt")
    assert {create_from_template(surveys, key).question_count > 5 for key in TEMPLATE_KEYS} == {True}
