"""A real database with a damaged page in the middle: reported in words, never a crash, the file never touched.

The file's first pages are fine, so it opens (checking every page on every open would cost seconds on a big
file); what matters is what happens next. ``workshop-app check`` must say the file is damaged, and every other
command must either work (when it never reads the damaged page) or say so in one sentence — never an
"unexpected error" with a crash log — and none may change a byte of the file. (Files that are not databases
at all, truncated or garbled at the start are in ``test_database.py``.)
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.db.corrupt_files import demo_database, fingerprint, flip_page, table_page_in_the_middle
from workshop_app.cli import main
from workshop_app.db.database import Database
from workshop_app.db.integrity import check_database

pytestmark = pytest.mark.reliability


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_database(tmp_path_factory.mktemp("real") / "real.sqlite")


@pytest.fixture
def flipped(real: Path, tmp_path: Path) -> Path:
    page, _table = table_page_in_the_middle(real)
    return flip_page(real, tmp_path / "flipped.sqlite", page)


def _crash_logs(home: Path) -> list[Path]:
    return list(home.rglob("crash-*.txt"))




def test_the_check_says_the_file_is_damaged(flipped: Path) -> None:
    before = fingerprint(flipped)
    with Database.open(flipped, laptop_id="laptop-demo") as db:
        report = check_database(db)
    assert not report.ok
    assert report.problems[0].startswith("SQLite found damage in the file")
    assert fingerprint(flipped) == before


def test_the_check_command_reports_it_in_words(flipped: Path, app_home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(flipped)
    code = main(["check", "--db", str(flipped), "--json"])
    out, err = capsys.readouterr()
    assert code == 1, err
    report = json.loads(out)
    assert report["ok"] is False and "damage" in report["problems"][0]
    assert fingerprint(flipped) == before and not _crash_logs(app_home)


@pytest.mark.parametrize("command", [
    ["list", "participants"], ["list", "workshops"], ["list", "surveys"], ["backup", "--out", "{out}.sqlite"],
    pytest.param(["export-xlsx", "--out", "{out}.xlsx"]),
    pytest.param(["pack", "--out", "{out}.wspack"]),
])
def test_other_commands_work_or_say_it_in_one_sentence(flipped: Path, app_home: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    before = fingerprint(flipped)
    out = tmp_path / "result"
    code = main([part.format(out=out) for part in command] + ["--db", str(flipped)])
    _, err = capsys.readouterr()
    assert fingerprint(flipped) == before
    assert "unexpected error" not in err and not _crash_logs(app_home)
    if code != 0:
        assert code == 2 and err.count("\n") == 1 and "damaged" in err
        assert not [p for p in tmp_path.iterdir() if p.name.startswith("result")]


def test_a_junk_wal_file_beside_a_good_database_is_ignored(real: Path, tmp_path: Path) -> None:
    # What a crash in the middle of writing the WAL's first frame can leave: SQLite checks each frame's checksum.
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(real.read_bytes())
    Path(f"{copy}-wal").write_bytes(os.urandom(32 * 1024))
    with Database.open(copy, laptop_id="laptop-demo") as db:
        report = check_database(db)
    assert report.ok, report.problems
    assert report.counts["participants"] == 60
