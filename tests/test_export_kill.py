"""Killing ``workshop-app export-xlsx`` at any moment never leaves a half-written workbook or touches the database.

The parent runs the command in a child process and kills it with SIGKILL at moments spread over the whole run
(start-up, reading, writing, the final rename, and just after). Afterwards the target is missing (when there
was none), or still the previous complete workbook, or the new complete one (when the kill came after the
rename) — never anything in between; the database file is byte for byte what it was; and the next export
succeeds, whatever the killed one left in the folder. The openpyxl stream files a killed export leaves in the
system's temporary folder (Python cannot remove them after SIGKILL) are counted, not judged.

``RELIABILITY_ROUNDS`` (default 8) sets how many kills.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database

pytestmark = pytest.mark.reliability

ROUNDS = int(os.environ.get("RELIABILITY_ROUNDS", "8"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _complete(path: Path) -> bool:
    """A workbook that is whole: every zip member reads back, and openpyxl finds the designed sheets."""
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None:
            return False
    book = load_workbook(path, read_only=True)
    try:
        return book.sheetnames[0] == "Summary" and "Responses" in " ".join(book.sheetnames)
    finally:
        book.close()


def test_a_killed_export_leaves_no_half_written_file_and_the_database_untouched(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    with Database.open(database, create=True) as db:
        fill_demo(db, participants=60)
    db_digest = _digest(database)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "ulg.xlsx"
    spool = tmp_path / "tmp"  # openpyxl streams each sheet to a file in the system's temporary folder
    spool.mkdir()
    env = {**os.environ, "TMPDIR": str(spool), "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).parents[1]), os.environ.get("PYTHONPATH", "")])}
    argv = [sys.executable, "-m", "workshop_app", "export-xlsx", "--db", str(database), "--out", str(target)]

    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    assert _complete(target)

    rng = random.Random(5)
    delays = [seconds * 1.15 * (n + rng.random()) / ROUNDS for n in range(ROUNDS)]
    rng.shuffle(delays)
    outcomes = {"none": 0, "previous": 0, "new": 0}
    for number, delay in enumerate(delays):
        if number % 2:  # every other round starts without a workbook there
            target.unlink(missing_ok=True)
        previous = _digest(target) if target.exists() else None
        child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()

        if not target.exists():
            assert previous is None, f"round {number}: the previous workbook was removed"
            outcomes["none"] += 1
        elif _digest(target) == previous:
            outcomes["previous"] += 1
        else:
            assert _complete(target), f"round {number}: a half-written workbook at the target"
            outcomes["new"] += 1
        assert _digest(database) == db_digest, f"round {number}: the database changed"
        for left in folder.iterdir():
            # Only the target, or a hidden partial file under a name of its own that no later export reuses.
            assert left == target or (left.name.startswith(".ulg-") and left.suffix == ".xlsx"), left.name

    partials = [p for p in folder.iterdir() if p != target]
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _complete(target) and _digest(database) == db_digest
    print(f"{ROUNDS} kills over a {seconds:.2f} s export: {outcomes}; hidden partial files left beside the "
          f"target: {len(partials)}; openpyxl stream files left in the temporary folder: {len(list(spool.iterdir()))}")
    assert outcomes["none"] + outcomes["previous"] >= 1  # at least one kill came before the rename
