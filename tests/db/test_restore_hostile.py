"""Restoring from a file that is not a good backup: one sentence, and neither the database nor the file changes.

Restore is the importer of last resort (a USB stick, a file someone sent): it must refuse anything that is not a
whole Workshop App database before it touches the one in use, and make no "before restore" copy for nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.db.corrupt_files import bad_database, demo_database, fingerprint
from workshop_app.cli import main
from workshop_app.db.backup import list_backups, restore_database
from workshop_app.db.database import Database
from workshop_app.db.models import Workshop
from workshop_app.errors import UserError

pytestmark = pytest.mark.reliability


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real backup to spoil: the demo database, closed."""
    return demo_database(tmp_path_factory.mktemp("good") / "good.sqlite", participants=20)


@pytest.fixture
def live(db_path: Path) -> Path:
    """The database in use, with one workshop that must survive every failed restore."""
    with Database.open(db_path, create=True) as db, db.transaction() as session:
        session.add(Workshop(title="Keep me"))
    return db_path


KINDS = {"missing": "no database", "folder": "folder", "empty": "empty", "random": "not an SQLite file",
         "text": "not an SQLite file", "truncated": "damaged", "garbled-start": "damaged", "foreign": "not one made",
         "newer": "newer version", "package": "not an SQLite file"}


def _titles(path: Path) -> list[str]:
    with Database.open(path) as db, db.session() as session:
        return sorted(session.scalars(select(Workshop.title)))


@pytest.mark.parametrize(("kind", "words"), sorted(KINDS.items()))
def test_a_bad_backup_is_refused_and_nothing_changes(kind: str, words: str, good: Path, live: Path,
                                                     tmp_path: Path) -> None:
    source = bad_database(kind, good, tmp_path)
    source_before = fingerprint(source) if source.is_file() else None
    live_before = fingerprint(live)
    with pytest.raises(UserError) as caught:
        restore_database(live, source)
    sentence = str(caught.value)
    assert words in sentence and sentence.endswith(".") and "\n" not in sentence
    assert fingerprint(live) == live_before and _titles(live) == ["Keep me"]
    assert (fingerprint(source) if source.is_file() else None) == source_before
    assert list_backups(live) == []


def test_a_backup_with_a_damaged_page_is_refused(good: Path, live: Path, tmp_path: Path) -> None:
    source = bad_database("flipped-page", good, tmp_path)
    source_before = fingerprint(source)
    with pytest.raises(UserError, match="damaged"):
        restore_database(live, source)
    assert fingerprint(source) == source_before and _titles(live) == ["Keep me"]


def test_the_command_says_it_in_one_line_with_exit_2(good: Path, live: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    source = bad_database("truncated", good, tmp_path)
    code = main(["restore", str(source), "--yes", "--db", str(live)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1 and "damaged" in err
    assert _titles(live) == ["Keep me"]
