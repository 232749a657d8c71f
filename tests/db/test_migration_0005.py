"""Migration 0005 (reported conflicts) on a database made at 0004: nothing is lost, the new table starts empty,
and merging into the upgraded database lists a conflict once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from tests.db.old_schema import database_at
from workshop_app.core.merge import merge
from workshop_app.core.packing import pack
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models.sync import ReportedConflict

STAMPS = "'2026-08-27 17:00:00.000000', '2026-08-27 17:00:00.000000', 'old-laptop'"


def _database_at_0004(path: Path) -> None:
    database_at(path, "0004")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO workshops (id, title, starts_at, place, theme, facilitator, language, notes, status,"
                 f" kiosk_pin_hash, created_at, updated_at, laptop_id) VALUES ('w', 'Listening session', NULL, 'Hall',"
                 f" '', '', 'en', '', 'planned', '', {STAMPS})")
    conn.commit()
    conn.close()


def test_upgrading_keeps_the_data_and_conflicts_are_remembered(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    _database_at_0004(old)
    with Database.open(old, laptop_id="laptop-old") as db:
        assert WorkshopService(db).get("w").place == "Hall"
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(ReportedConflict)) == 0
        other = tmp_path / "other.sqlite"
        with Database.open(other, create=True, laptop_id="laptop-other") as elsewhere:
            merge(elsewhere, [pack(db, tmp_path / "old.wspack").path])
            WorkshopService(elsewhere).update("w", place="Library")
            WorkshopService(db).update("w", place="Town hall")  # later: kept
            package = pack(elsewhere, tmp_path / "other.wspack").path
        first = merge(db, [package])
        assert [(c.column, c.kept, c.dropped) for c in first.conflicts] == [("place", "“Town hall”", "“Library”")]
        assert merge(db, [package]).conflicts == ()
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(ReportedConflict)) == 1
    conn = sqlite3.connect(old)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
