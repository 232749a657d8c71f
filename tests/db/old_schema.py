"""Databases at an older schema revision, as an older version of the app left them."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from workshop_app.db.database import _alembic_config, _make_engine


def database_at(path: Path, revision: str) -> None:
    """Create ``path`` and migrate it up to ``revision`` only (the tests then add rows of that time)."""
    engine = _make_engine(path)
    try:
        config = _alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
