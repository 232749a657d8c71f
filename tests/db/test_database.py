"""Opening databases: good files open and migrate, bad files are refused untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.db.corrupt_files import bad_database
from workshop_app.db.database import Database, known_revisions
from workshop_app.db.models import Activity, Tombstone, Workshop
from workshop_app.db.schema import HEAD_REVISION
from workshop_app.errors import DatabaseBusyError, DatabaseError


def _fingerprint(path: Path) -> tuple[bytes, int] | None:
    return (path.read_bytes(), path.stat().st_mtime_ns) if path.is_file() else None


def test_new_database_is_durable_wal_with_foreign_keys(db: Database) -> None:
    with db.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from workshop_app.db.database import _alembic_config

    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_migrations_build_exactly_the_models(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from workshop_app.db.base import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == [], "a model changed without a migration"


def test_reopening_keeps_data(db_path: Path) -> None:
    with Database.open(db_path, create=True) as db, db.transaction() as session:
        session.add(Workshop(title="Listening session"))
    with Database.open(db_path) as db, db.session() as session:
        assert session.scalars(select(Workshop.title)).all() == ["Listening session"]


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.sqlite"
    with Database.open(path, create=True) as db, db.transaction() as session:
        for i in range(200):
            session.add(Workshop(title=f"Workshop {i}", notes="x" * 500))
    return path


@pytest.mark.reliability
def test_a_checkpoint_cut_short_is_not_mistaken_for_a_truncated_file(tmp_path: Path) -> None:
    # What a kill in the middle of a checkpoint leaves: page 1 already says the file has grown, the rest of the
    # pages are still only in the WAL beside it.
    source = tmp_path / "live.sqlite"
    with Database.open(source, create=True) as db, db.transaction() as session:
        session.add(Workshop(title="Before the checkpoint"))
    killed = tmp_path / "killed.sqlite"
    writer = sqlite3.connect(source)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.executemany("INSERT INTO workshops (id, title, place, theme, facilitator, language, notes, status,"
                       " kiosk_pin_hash, created_at, updated_at, laptop_id)"
                       " VALUES (?, 'In the WAL', '', '', '', 'en', ?, 'planned', '', '2026-11-21 10:00:00',"
                       " '2026-11-21 10:00:00', '')", [(f"w{i}", "x" * 2000) for i in range(200)])
    writer.commit()
    killed.write_bytes(source.read_bytes())
    Path(f"{killed}-wal").write_bytes(Path(f"{source}-wal").read_bytes())
    writer.close()
    header = bytearray(killed.read_bytes()[:100])
    page_size = int.from_bytes(header[16:18], "big")
    promised = killed.stat().st_size // page_size + 60
    data = bytearray(killed.read_bytes())
    data[28:32] = promised.to_bytes(4, "big")
    killed.write_bytes(bytes(data))

    with Database.open(killed) as db, db.session() as session:
        titles = session.scalars(select(Workshop.title)).all()
    assert titles.count("In the WAL") == 200 and "Before the checkpoint" in titles


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("missing", "There is no database"),
        ("folder", "is a folder"),
        ("empty", "is empty"),
        ("random", "not an SQLite file"),
        ("text", "not an SQLite file"),
        ("truncated", "damaged"),
        ("garbled-start", "damaged"),
        ("foreign", "not one made by Workshop App"),
        ("newer", "newer version of Workshop App"),
    ],
)
@pytest.mark.reliability
def test_bad_files_are_refused_with_a_sentence_and_left_untouched(
    kind: str, words: str, tmp_path: Path, good_file: Path
) -> None:
    path = bad_database(kind, good_file, tmp_path)
    before = _fingerprint(path)
    with pytest.raises(DatabaseError) as caught:
        Database.open(path)
    message = str(caught.value)
    assert words in message
    assert message.endswith(".") and "\n" not in message
    assert _fingerprint(path) == before
    assert not Path(f"{path}-wal").exists() or kind == "folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_is_refused(good_file: Path) -> None:
    good_file.chmod(0o444)
    with pytest.raises(DatabaseError, match="read-only"):
        Database.open(good_file)


def test_read_only_file_is_refused_even_as_root(good_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    before = _fingerprint(good_file)
    with pytest.raises(DatabaseError, match="read-only"):
        Database.open(good_file)
    assert _fingerprint(good_file) == before


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from workshop_app.db.database import Database
    db = Database.open(sys.argv[1], create=True)
    print("ready", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.reliability
def test_second_writer_is_told_which_file_is_busy_and_lock_dies_with_holder(db_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseBusyError) as caught:
            Database.open(db_path)
        assert str(db_path) in str(caught.value) and f"process {holder.pid}" in str(caught.value)
    finally:
        holder.kill()  # like a crash: no chance to release anything
        holder.wait()
    Database.open(db_path).close()


def test_two_opens_in_one_process_also_conflict(db: Database) -> None:
    with pytest.raises(DatabaseBusyError):
        Database.open(db.path)


def test_rows_are_stamped_with_laptop_and_times(db: Database) -> None:
    with db.transaction() as session:
        workshop = Workshop(title="A")
        session.add(workshop)
    created, updated = workshop.created_at, workshop.updated_at
    assert workshop.laptop_id == "laptop-test" and created.tzinfo is not None
    with db.transaction() as session:
        session.get(Workshop, workshop.id).title = "B"
    with db.session() as session:
        again = session.get(Workshop, workshop.id)
        assert again.created_at == created and again.updated_at > updated


def test_deleting_leaves_tombstones_for_the_cascade_and_undo_clears_them(db: Database) -> None:
    with db.transaction() as session:
        workshop = Workshop(title="A", activities=[Activity(kind="brainstorm"), Activity(kind="dot_vote")])
        session.add(workshop)
    ids = {workshop.id, *(a.id for a in workshop.activities)}
    with db.transaction() as session:
        session.delete(session.get(Workshop, workshop.id))
    with db.session() as session:
        stones = session.execute(select(Tombstone.table_name, Tombstone.row_id)).all()
    assert {r for _, r in stones} == ids
    assert {t for t, _ in stones} == {"workshops", "activities"}
    with db.transaction() as session:
        session.add(Workshop(id=workshop.id, title="A again"))
    with db.session() as session:
        assert workshop.id not in set(session.scalars(select(Tombstone.row_id)))


def test_old_schema_is_upgraded_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database at an older known revision is migrated; an empty one gets the whole schema."""
    path = tmp_path / "old.sqlite"
    sqlite3.connect(path).close()  # an empty SQLite file: no tables at all yet
    with Database.open(path, create=True) as db, db.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION


def test_removing_an_orphan_from_a_collection_leaves_a_tombstone(db: Database) -> None:
    with db.transaction() as session:
        workshop = Workshop(title="A", activities=[Activity(kind="brainstorm"), Activity(kind="dot_vote")])
        session.add(workshop)
    gone = workshop.activities[0].id
    with db.transaction() as session:
        loaded = session.get(Workshop, workshop.id)
        loaded.activities = loaded.activities[1:]
    with db.session() as session:
        assert session.get(Activity, gone) is None
        assert session.scalars(select(Tombstone.row_id)).all() == [gone]
