"""The per-database service container hands every screen the same instances."""

from __future__ import annotations

from workshop_app.core.services import Services
from workshop_app.db.database import Database


def test_each_service_is_made_once_and_shared(db: Database) -> None:
    services = Services(db)
    for name in ("workshops", "participants", "consent", "profiles", "surveys", "responses", "brainstorm",
                 "voting", "feedback", "live_results", "kiosk_pins", "targets"):
        first = getattr(services, name)
        assert getattr(services, name) is first
        assert first.db is db
    assert services.feedback.responses is services.responses


def test_screens_asking_for_the_same_database_share_one_container(db: Database) -> None:
    assert Services.of(db) is Services.of(db)
    assert Services.of(db).responses is Services.of(db).responses
