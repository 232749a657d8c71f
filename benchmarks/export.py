"""ULG workbook benchmark: 10,000 responses × 50 questions (500,000 answers) exported to Excel.

``python -m benchmarks.export [FOLDER] [--rounds N] [--responses N]`` builds the database once (see
``export_data``), then runs, side by side and in turn, N rounds (default 3) of:

(a) our ``export_workbook`` of the whole database;
(b) a bare openpyxl write-only dump of the same cells (the values our export writes, gathered beforehand, with
    no tables, styles, widths or safety checks);
(c) pandas ``DataFrame.to_excel`` of the same sheets (skipped with a note when pandas is missing;
    ``pip install ".[bench]"``).

Each run is a fresh child process (``benchmarks.child``), whose peak memory (``ru_maxrss``) the parent reads.
Gathering the cells for (b) and (c) happens before their clock starts. Targets: faster than pandas, at most 1.5×
the bare dump, and under 500 MB of memory for our export.

In ``python -m benchmarks`` the default run keeps the issue's size for (a) against (b), with 2 rounds, and sets
(a) against (c) on 2,000 responses × 50 questions (pandas needs 2 GB and 80 s at full size); ``--full`` runs all
three at full size, 3 rounds.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import median, print_table
from benchmarks.export_data import QUESTIONS, RESPONSES, build_database
from benchmarks.report import Row, at_most

RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 500
NAMES = {"ours": "(a) export_workbook", "bare": "(b) bare openpyxl write-only dump",
         "pandas": "(c) pandas DataFrame.to_excel"}


# -- the three contenders (each runs in a child process) ------------------------------------------------------
def gather(db_path: Path, out: Path) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The cells our export writes, sheet by sheet, without writing them: the export runs with a book that
    records each table's header and rows instead of streaming them into a file."""
    from workshop_app.core.workbook_data import ExportScope, export_workbook
    from workshop_app.db.database import Database
    from workshop_app.formats import ulg_workbook

    recorded: list[tuple[str, list[str], list[list[Any]]]] = []

    class RecordingSheet:
        """Keeps what a ``TableSheet`` would have written."""

        def __init__(self, title: str, headers: list[str]) -> None:
            self.title, self.rows, self.dropped, self.values = title, 0, 0, []
            recorded.append((title, list(headers), self.values))

        def append(self, values: Any) -> None:
            self.values.append(list(values))
            self.rows += 1

        def close(self) -> int:
            return self.rows

    class RecordingBook(ulg_workbook.UlgWorkbook):
        """A ``UlgWorkbook`` whose tables record their rows and whose ``save`` writes nothing."""

        def table_sheet(self, title: str, headers: Any, **options: Any) -> Any:
            sheet = RecordingSheet(title, headers)
            self.sheets.append(sheet)
            return sheet

        def save(self) -> Path:
            self.discard()
            return self.path

    real = ulg_workbook.UlgWorkbook
    ulg_workbook.UlgWorkbook = RecordingBook  # type: ignore[misc]
    try:
        with Database.open(db_path, laptop_id="bench") as db:
            export_workbook(db, out, ExportScope())
    finally:
        ulg_workbook.UlgWorkbook = real  # type: ignore[misc]
    return recorded


def run_ours(db_path: str, out: str) -> float:
    """(a) Seconds for ``export_workbook`` of the whole database."""
    from workshop_app.core.workbook_data import ExportScope, export_workbook
    from workshop_app.db.database import Database

    with Database.open(db_path, laptop_id="bench") as db:
        start = time.perf_counter()
        export_workbook(db, out, ExportScope())
        return time.perf_counter() - start


def run_bare(db_path: str, out: str) -> float:
    """(b) Seconds for a bare write-only dump of the cells our export writes (gathered before the clock starts)."""
    from openpyxl import Workbook

    sheets = gather(Path(db_path), Path(out))
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    workbook.save(out)
    return time.perf_counter() - start


def run_pandas(db_path: str, out: str) -> float:
    """(c) Seconds for ``DataFrame.to_excel`` of the same sheets (frames built before the clock starts)."""
    import pandas

    sheets = gather(Path(db_path), Path(out))
    frames = [(title, pandas.DataFrame(rows, columns=headers)) for title, headers, rows in sheets]
    start = time.perf_counter()
    with pandas.ExcelWriter(out, engine="openpyxl") as writer:
        for title, frame in frames:
            frame.to_excel(writer, sheet_name=title, index=False)
    return time.perf_counter() - start


def _measure(kind: str, folder: Path, db_path: Path) -> dict[str, float]:
    from benchmarks.child import in_child

    seconds, peak = in_child(f"benchmarks.export:run_{kind}", home=folder / "home", db_path=str(db_path),
                             out=str(folder / f"{kind}.xlsx"))
    return {"seconds": seconds, "peak_mb": peak or 0.0}


def have_pandas() -> bool:
    """Whether pandas (the (c) contender) is installed."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        return False
    return True


def run(folder: Path, responses: int, rounds: int, kinds: list[str]) -> dict[str, dict[str, float]]:
    """Build a database of ``responses`` × 50 questions in ``folder``, run ``rounds`` of the ``kinds`` in turn,
    print the detail table; the median seconds and the largest peak memory of each kind."""
    (folder / "home").mkdir(exist_ok=True)
    db_path = folder / f"bench-{responses}.sqlite"
    start = time.perf_counter()
    build_database(db_path, responses)
    print(f"Built {responses:,} responses × {QUESTIONS} questions ({responses * QUESTIONS:,} answers) "
          f"in {time.perf_counter() - start:.1f} s.")
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for _ in range(rounds):
        for kind in kinds:  # side by side: each round runs every contender once, in turn
            results[kind].append(_measure(kind, folder, db_path))
    size = (folder / "ours.xlsx").stat().st_size / 2**20
    summary = {kind: {"seconds": median([r["seconds"] for r in runs]), "peak_mb": max(r["peak_mb"] for r in runs)}
               for kind, runs in results.items()}
    first = "bare" if "bare" in summary else kinds[-1]
    rows = [["contender", f"median of {rounds} (s)", f"× {NAMES[first][4:]}", "peak memory (MB)"]]
    rows += [[NAMES[kind], f"{s['seconds']:.2f}", f"{s['seconds'] / summary[first]['seconds']:.2f}",
              f"{s['peak_mb']:.0f}"] for kind, s in summary.items()]
    print_table(rows)
    print(f"Workbook: {size:.1f} MB.")
    return summary


def collect(scale: str) -> list[Row]:
    """Measure at ``scale`` (see the module's docstring), print the detail tables, return the summary rows."""
    pandas = have_pandas()
    if not pandas:
        print("pandas is not installed, so (c) is skipped: pip install '.[bench]'.")
    if scale == "quick":
        plans = [(200, 1, ["ours", "bare", "pandas"] if pandas else ["ours", "bare"])]
    elif scale == "full":
        plans = [(RESPONSES, 3, ["ours", "bare", "pandas"] if pandas else ["ours", "bare"])]
    else:
        plans = [(RESPONSES, 2, ["ours", "bare"])] + ([(2_000, 2, ["ours", "pandas"])] if pandas else [])
    rows: list[Row] = []
    for responses, rounds, kinds in plans:
        with tempfile.TemporaryDirectory(prefix="bench-export-") as name:
            summary = run(Path(name), responses, rounds, kinds)
        ours = summary["ours"]
        size = f"{responses:,} resp. x {QUESTIONS} q."
        if "bare" in summary:
            ratio = ours["seconds"] / summary["bare"]["seconds"]
            rows.append(Row(f"ULG workbook export, {size}", ours["seconds"], f"<= {RATIO_TARGET:g}x dump, "
                            f"< {MEMORY_TARGET_MB} MB", bool(at_most(ratio, RATIO_TARGET))
                            and ours["peak_mb"] < MEMORY_TARGET_MB, "bare openpyxl dump",
                            summary["bare"]["seconds"], ours["peak_mb"], group="export"))
        if "pandas" in summary:
            rows.append(Row(f"ULG workbook export, {size}", ours["seconds"], "faster than pandas",
                            ours["seconds"] < summary["pandas"]["seconds"], "pandas to_excel",
                            summary["pandas"]["seconds"], ours["peak_mb"], group="export"))
    if not pandas:
        rows.append(Row("ULG workbook export vs pandas", None, "faster than pandas", None,
                        "pandas not installed (pip install '.[bench]')", group="export"))
    return rows


def main(argv: list[str] | None = None) -> None:
    """Build the database, run the rounds and print the table."""
    args = list(sys.argv[1:] if argv is None else argv)
    options = {"--rounds": 3, "--responses": RESPONSES}
    for option in options:
        if option in args:
            at = args.index(option)
            options[option] = int(args[at + 1])
            del args[at:at + 2]
    kinds = ["ours", "bare", "pandas"] if have_pandas() else ["ours", "bare"]
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=args[0] if args else None) as name:
        summary = run(Path(name), options["--responses"], options["--rounds"], kinds)
    ratio = summary["ours"]["seconds"] / summary["bare"]["seconds"]
    verdict = "met" if ratio <= RATIO_TARGET else "MISSED"
    print(f"Target: at most {RATIO_TARGET}× the bare dump: {ratio:.2f}× — {verdict}.")
    if "pandas" in summary:
        faster = summary["ours"]["seconds"] < summary["pandas"]["seconds"]
        print(f"Target: faster than pandas: {'met' if faster else 'MISSED'}.")
    peak = summary["ours"]["peak_mb"]
    print(f"Target: under {MEMORY_TARGET_MB} MB: {peak:.0f} MB — {'met' if peak < MEMORY_TARGET_MB else 'MISSED'}.")


if __name__ == "__main__":
    main()
