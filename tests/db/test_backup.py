"""Backups are complete single files; restore replaces atomically and keeps what it replaced."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from workshop_app.db.backup import automatic_backup, backup_database, list_backups, restore_database
from workshop_app.db.database import Database
from workshop_app.db.models import Workshop
from workshop_app.errors import DatabaseError, UserError


def _titles(path: Path) -> list[str]:
    with Database.open(path) as db, db.session() as session:
        return sorted(session.scalars(select(Workshop.title)))


def _add(db: Database, *titles: str) -> None:
    with db.transaction() as session:
        session.add_all(Workshop(title=t) for t in titles)


def test_backup_is_a_complete_standalone_copy_taken_while_open(db: Database, tmp_path: Path) -> None:
    _add(db, "One", "Two")
    target = backup_database(db, tmp_path / "copy.sqlite")
    assert not Path(f"{target}-wal").exists()
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert _titles(target) == ["One", "Two"]


def test_backup_refuses_to_overwrite_itself_and_missing_folders(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot overwrite"):
        backup_database(db, db.path)
    with pytest.raises(UserError, match="does not exist"):
        backup_database(db, tmp_path / "no" / "such" / "folder.sqlite")
    assert list(tmp_path.glob("**/.*partial*")) == []


def test_automatic_backups_keep_the_newest_ten(db: Database) -> None:
    made = [automatic_backup(db, keep=10) for _ in range(13)]
    kept = list_backups(db.path)
    assert len(kept) == 10
    assert kept[0] == made[-1] and made[0] not in kept


def test_restore_replaces_and_keeps_the_replaced_data(db_path: Path, tmp_path: Path) -> None:
    with Database.open(db_path, create=True) as db:
        _add(db, "Old one")
        snapshot = backup_database(db, tmp_path / "snapshot.sqlite")
        _add(db, "Added after the snapshot")
    source_before = snapshot.read_bytes()
    kept = restore_database(db_path, snapshot)
    assert _titles(db_path) == ["Old one"]
    assert _titles(kept) == ["Added after the snapshot", "Old one"]
    assert snapshot.read_bytes() == source_before


@pytest.mark.reliability
def test_restore_of_a_bad_file_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    with Database.open(db_path, create=True) as db:
        _add(db, "Keep me")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(10_000))
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        restore_database(db_path, junk)
    assert _titles(db_path) == ["Keep me"]
    assert list_backups(db_path) == []


@pytest.mark.reliability
def test_restore_refuses_while_the_database_is_open_elsewhere(db: Database, tmp_path: Path) -> None:
    copy = backup_database(db, tmp_path / "copy.sqlite")
    with pytest.raises(DatabaseError, match="busy"):
        restore_database(db.path, copy)
