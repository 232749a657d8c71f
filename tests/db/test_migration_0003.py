"""Migration 0003 on a database that already holds answers, ideas and votes: nothing is lost.

The new foreign key on ``responses`` makes SQLite rebuild that table; with foreign keys on, dropping the old
table would cascade to every answer, so the app migrates with foreign keys off.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.db.old_schema import database_at
from workshop_app.db.database import Database

NOW = "2025-05-06 18:30:00"
STAMPS = f"'{NOW}', '{NOW}', 'old-laptop'"


def _database_at_0002(path: Path) -> None:
    database_at(path, "0002")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    rows = [
        "INSERT INTO workshops (id, title, place, theme, facilitator, language, notes, status, created_at, updated_at,"
        f" laptop_id) VALUES ('w', 'Hall', '', '', '', 'pt', '', 'done', {STAMPS})",
        "INSERT INTO activities (id, workshop_id, position, kind, title, planned_minutes, options, created_at,"
        f" updated_at, laptop_id) VALUES ('a', 'w', 0, 'brainstorm', '', 10, '{{}}', {STAMPS})",
        f"INSERT INTO ideas (id, activity_id, text, colour, x, y, created_at, updated_at, laptop_id) VALUES"
        f" ('i', 'a', 'Bus pass', '', 0, 0, {STAMPS})",
        f"INSERT INTO votes (id, idea_id, dots, created_at, updated_at, laptop_id) VALUES ('v', 'i', 2, {STAMPS})",
        "INSERT INTO surveys (id, form_id, version, title, default_language, allow_anonymous, settings, created_at,"
        f" updated_at, laptop_id) VALUES ('s', 'f', 1, 'Survey', 'en', 1, '{{}}', {STAMPS})",
        "INSERT INTO questions (id, survey_id, position, name, type, or_other, required, relevant, \"constraint\","
        f" calculation, \"default\", appearance, parameters, created_at, updated_at, laptop_id) VALUES"
        f" ('q', 's', 0, 'q', 'text', 0, 0, '', '', '', '', '', '{{}}', {STAMPS})",
        "INSERT INTO responses (id, survey_id, workshop_id, language, mode, started_at, created_at, updated_at,"
        f" laptop_id) VALUES ('r', 's', 'w', 'pt', 'kiosk', '{NOW}', {STAMPS})",
        "INSERT INTO answers (id, response_id, question_id, instance, value, answered_at, created_at, updated_at,"
        f" laptop_id) VALUES ('ans', 'r', 'q', '', 'Olá', '{NOW}', {STAMPS})",
    ]
    for row in rows:
        conn.execute(row)
    conn.commit()
    conn.close()


def test_upgrading_keeps_answers_ideas_and_votes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _database_at_0002(path)
    Database.open(path).close()  # upgrades to the head revision
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT id, value FROM answers").fetchall() == [("ans", "Olá")]
        assert conn.execute("SELECT id, activity_id FROM responses").fetchall() == [("r", None)]
        assert conn.execute("SELECT dots, voter FROM votes").fetchall() == [(2, "")]
        assert conn.execute("SELECT position FROM ideas").fetchall() == [(0,)]
        assert conn.execute("SELECT kiosk_pin_hash FROM workshops").fetchall() == [("",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM sqlite_temp_master").fetchall() == []
    finally:
        conn.close()
