"""Fixtures for the core tests."""

from __future__ import annotations

import pytest

from workshop_app.core.profiles import ProfileService
from workshop_app.db.database import Database


@pytest.fixture
def default_profile_questions(db: Database) -> None:
    """The database holds the default profile questions (age band, gender, ...), as a real one would."""
    ProfileService(db).ensure_defaults()
