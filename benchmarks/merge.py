"""Merge benchmark: ten laptops' exchange packages of about 1,000 survey responses each.

``python -m benchmarks.merge [FOLDER]`` prints a table. The packages are made with ``fill_demo`` (seeds 1-10,
1,100 participants each: about 1,000 responses, 8,500 answers, 7,000 profile answers, 2,800 votes per laptop)
and packed with ``pack``; they are built once and kept in FOLDER (default: a temporary folder). Targets:
merging all ten into an empty database under 5 s, merging them again under 2 s (and changing nothing),
medians of several rounds. The reference is the cheapest possible "merge" of the same rows: raw ``sqlite3``
attaching each package's data and ``INSERT OR IGNORE … SELECT``-ing every table (no unpacking, no checks, no
natural keys, no renumbering), printed as a ratio. ``python -m benchmarks`` adds the peak memory of a child process
that merges alone.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from benchmarks.common import median, print_table
from benchmarks.report import Row, under

LAPTOPS = 10
PARTICIPANTS = 1100
ROUNDS = 3
MERGE_TARGET = 5.0
REMERGE_TARGET = 2.0


def build_packages(folder: Path, laptops: int = LAPTOPS, participants: int = PARTICIPANTS) -> list[Path]:
    """One package per laptop (kept between runs: building them takes longer than merging)."""
    from workshop_app.core.demo import fill_demo
    from workshop_app.core.packing import pack
    from workshop_app.db.database import Database

    packages = []
    for number in range(1, laptops + 1):
        package = folder / f"laptop-{number:02d}.wspack"
        if not package.exists():
            source = folder / f"laptop-{number:02d}.sqlite"
            source.unlink(missing_ok=True)
            with Database.open(source, create=True, laptop_id=f"laptop-{number:02d}") as db:
                fill_demo(db, participants=participants, seed=number)
                pack(db, package)
            source.unlink()
        packages.append(package)
    return packages


def _empty_database(folder: Path, name: str) -> Path:
    from workshop_app.db.database import Database

    template = folder / "empty-template.sqlite"
    if not template.exists():
        Database.open(template, create=True).close()
    target = folder / name
    for stale in folder.glob(f"{name}*"):
        stale.unlink()
    shutil.copyfile(template, target)
    return target


def time_merge(folder: Path, packages: list[Path]) -> tuple[float, float, dict[str, int], bool]:
    """Seconds to merge every package into an empty database, and to merge them all again."""
    from workshop_app.core.merge import merge
    from workshop_app.db.database import Database

    with Database.open(_empty_database(folder, "merged.sqlite"), laptop_id="ulg-secretary") as db:
        start = time.perf_counter()
        first = merge(db, packages)
        merged = time.perf_counter() - start
        start = time.perf_counter()
        again = merge(db, packages)
        remerged = time.perf_counter() - start
    return merged, remerged, dict(first.added), again.changes_anything or bool(again.conflicts)


def time_reference(folder: Path, packages: list[Path]) -> float:
    """Seconds for raw sqlite3 to copy the same rows: ATTACH and INSERT OR IGNORE … SELECT, one transaction."""
    from workshop_app.core.merge_rules import TOMBSTONES, merged_tables

    data = []
    for package in packages:
        target = folder / f"{package.stem}.data.sqlite"
        if not target.exists():
            with zipfile.ZipFile(package) as archive, archive.open("data.sqlite") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
        data.append(target)
    tables = [TOMBSTONES, *(table.name for table in merged_tables())]
    conn = sqlite3.connect(_empty_database(folder, "reference.sqlite"), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        start = time.perf_counter()
        for path in data:
            conn.execute("ATTACH DATABASE ? AS package", (str(path),))
            conn.execute("BEGIN")
            for table in tables:
                conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM package.{table}")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE package")
        return time.perf_counter() - start
    finally:
        conn.close()


def memory_merge(folder: str) -> float:
    """Merging every package of ``folder`` into an empty database, alone (in a child process for its peak memory)."""
    from workshop_app.core.merge import merge
    from workshop_app.db.database import Database

    where = Path(folder)
    with Database.open(_empty_database(where, "memory.sqlite"), laptop_id="ulg-secretary") as db:
        start = time.perf_counter()
        merge(db, sorted(where.glob("laptop-*.wspack")))
        return time.perf_counter() - start


def memory_remerge(folder: str) -> float:
    """Merging every package again into a copy of the merged database, alone (for its peak memory)."""
    from workshop_app.core.merge import merge
    from workshop_app.db.database import Database

    where = Path(folder)
    shutil.copyfile(where / "merged.sqlite", where / "remerged.sqlite")
    with Database.open(where / "remerged.sqlite", laptop_id="ulg-secretary") as db:
        start = time.perf_counter()
        merge(db, sorted(where.glob("laptop-*.wspack")))
        return time.perf_counter() - start


def measure(folder: Path, laptops: int = LAPTOPS, participants: int = PARTICIPANTS,
            rounds: int = ROUNDS) -> dict[str, float | bool | dict[str, int]]:
    """Build the packages, time the merges and the reference, print the detail table; return the medians."""
    packages = build_packages(folder, laptops, participants)
    timed = [time_merge(folder, packages) for _ in range(rounds)]
    reference = median([time_reference(folder, packages) for _ in range(rounds)])
    merged, remerged = median([r[0] for r in timed]), median([r[1] for r in timed])
    added = timed[0][2]
    changed_again = any(r[3] for r in timed)
    print(f"Merge: {laptops} packages, {added.get('responses', 0):,} responses, {added.get('answers', 0):,} "
          f"answers, {sum(added.values()):,} rows in all (median of {rounds} rounds)")
    print_table([
        ("case", "seconds", "target", "vs raw sqlite3 copy", "ok"),
        ("merge into an empty database", f"{merged:.2f}", f"< {MERGE_TARGET:.0f}", f"{merged / reference:.1f}x",
         "yes" if merged < MERGE_TARGET else "NO"),
        ("merge the same packages again", f"{remerged:.2f}", f"< {REMERGE_TARGET:.0f}",
         f"{remerged / reference:.1f}x", "yes" if remerged < REMERGE_TARGET and not changed_again else "NO"),
        ("raw sqlite3 ATTACH + INSERT OR IGNORE", f"{reference:.2f}", "", "1.0x", ""),
    ])
    print(f"Merging again changed nothing: {'yes' if not changed_again else 'NO'}.")
    return {"merged": merged, "remerged": remerged, "reference": reference, "changed_again": changed_again,
            "added": added}


def collect(scale: str) -> list[Row]:
    """Measure at ``scale``, print the detail table, return the summary rows."""
    from benchmarks.child import in_child

    laptops, participants, rounds = (2, 40, 1) if scale == "quick" else (LAPTOPS, PARTICIPANTS, ROUNDS)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        result = measure(folder, laptops, participants, rounds)
        _, merge_mb = in_child("benchmarks.merge:memory_merge", folder=str(folder))
        _, remerge_mb = in_child("benchmarks.merge:memory_remerge", folder=str(folder))
    added = result["added"]
    assert isinstance(added, dict)
    size = f"{laptops} packages, {added.get('responses', 0):,} resp."
    reference = "raw sqlite3 ATTACH+INSERT"
    merged, remerged, raw = float(result["merged"]), float(result["remerged"]), float(result["reference"])
    return [
        Row(f"merge {size}", merged, "< 5 s", under(merged, MERGE_TARGET), reference, raw,
            merge_mb, group="merge"),
        Row(f"re-merge the same {laptops} packages", remerged, "< 2 s, no change",
            bool(under(remerged, REMERGE_TARGET)) and not result["changed_again"], reference, raw, remerge_mb,
            group="merge"),
    ]


def main(folder: Path | None = None) -> None:
    """Build the packages, run the rounds, print the table."""
    if folder is None:
        with tempfile.TemporaryDirectory() as temporary:
            main(Path(temporary))
        return
    folder.mkdir(parents=True, exist_ok=True)
    measure(folder)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
