"""Killing a process in the middle of a merge leaves the database as it was before, or as it is after.

A merge is one transaction (``workshop_app.core.merge``): there is no partial state to accept. A child opens the
secretary's database (which holds its own laptop's demo data, so codes clash and get renumbered) and merges three
laptops' packages; the parent kills it with SIGKILL at moments spread over the whole merge, and then finds that
the file opens, SQLite's ``integrity_check`` is ok, and the data is exactly what it was before the merge, or the
same content as an uninterrupted merge gives. Merging again after the kill gives that same content.

``RELIABILITY_ROUNDS`` (default 8) sets how many kills.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from tests.core.merge_support import content, dump, laptop, package_of, totals
from workshop_app.core.demo import fill_demo
from workshop_app.core.merge import merge
from workshop_app.db.database import Database

pytestmark = pytest.mark.reliability

ROUNDS = int(os.environ.get("RELIABILITY_ROUNDS", "8"))
PEOPLE = 120
MERGER = textwrap.dedent(
    """
    import sys
    from workshop_app.core.merge import merge
    from workshop_app.db.database import Database

    db = Database.open(sys.argv[1], laptop_id="laptop-ulg")
    print("merging", flush=True)
    merge(db, sys.argv[2:])
    print("merged", flush=True)
    db.close()
    """
)


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> dict[str, Any]:
    """Three laptops' packages, the secretary's database before the merge, and what an uninterrupted merge gives."""
    folder = tmp_path_factory.mktemp("merge-kill")
    packages = []
    for seed in (1, 2, 3):
        with laptop(folder, f"l{seed}", migrated_template) as db:
            fill_demo(db, participants=PEOPLE, seed=seed)
            packages.append(package_of(db, folder, f"l{seed}"))
    with laptop(folder, "ulg", migrated_template) as db:
        fill_demo(db, participants=PEOPLE // 2, seed=9)
        before = dump(db)
    base = folder / "ulg.sqlite"
    shutil.copyfile(base, folder / "reference.sqlite")
    with Database.open(folder / "reference.sqlite", laptop_id="laptop-ulg") as db:
        report = merge(db, packages)
        after = (content(db), totals(db))
    assert report.renumbered and report.added
    return {"folder": folder, "base": base, "packages": packages, "before": before, "after": after}


def _start(path: Path, packages: list[Path]) -> subprocess.Popen[str]:
    """A child merging ``packages`` into ``path``, once it has said "merging"."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]),
                                                        os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", MERGER, str(path), *map(str, packages)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "merging", child.stderr.read() if child.stderr else ""
    return child


def test_a_killed_merge_leaves_the_data_before_or_after_and_merging_again_finishes_it(setting: dict[str, Any],
                                                                                       tmp_path: Path) -> None:
    shutil.copyfile(setting["base"], tmp_path / "calibration.sqlite")
    child = _start(tmp_path / "calibration.sqlite", setting["packages"])
    started = time.perf_counter()
    assert child.stdout is not None and child.stdout.readline().strip() == "merged"
    seconds = time.perf_counter() - started  # a child's merge: colder than the one in this process
    child.communicate()
    rng = random.Random(11)
    # Kills spread evenly over the merge and a little past it (the commit is at the very end), in random order.
    delays = [seconds * 1.2 * (n + rng.random()) / ROUNDS for n in range(ROUNDS)]
    rng.shuffle(delays)
    outcomes = {"before": 0, "after": 0}
    for number, delay in enumerate(delays):
        path = tmp_path / f"round-{number}.sqlite"
        shutil.copyfile(setting["base"], path)
        child = _start(path, setting["packages"])
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate()

        assert _integrity(path) == "ok"
        with Database.open(path, laptop_id="laptop-ulg") as db:
            if dump(db) == setting["before"]:
                outcomes["before"] += 1
            else:
                assert (content(db), totals(db)) == setting["after"], f"round {number}: neither before nor after"
                outcomes["after"] += 1
            merge(db, setting["packages"])  # the secretary simply merges the same packages again
            assert (content(db), totals(db)) == setting["after"]
        assert _integrity(path) == "ok"
    print(f"{ROUNDS} kills over a {seconds:.2f} s merge: {outcomes}")
    assert outcomes["before"] >= 1  # at least one kill landed inside the transaction
