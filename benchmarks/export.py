"""ULG workbook benchmark: 10,000 responses × 50 questions (500,000 answers) exported to Excel.

``python -m benchmarks.export [FOLDER] [--rounds N]`` builds the database once (SQLAlchemy Core bulk inserts),
then runs, side by side and in turn, N rounds (default 3) of:

(a) our ``export_workbook`` of the whole database;
(b) a bare openpyxl write-only dump of the same cells (the values our export writes, gathered beforehand, with
    no tables, styles, widths or safety checks);
(c) pandas ``DataFrame.to_excel`` of the same sheets (skipped with a note when pandas is missing;
    ``pip install workshop-app[bench]``).

Each run is a fresh child process, which reports its own time and peak memory (``ru_maxrss``). Gathering the
cells for (b) and (c) happens before their clock starts. Printed: medians, ratios and the targets — faster than
pandas, at most 1.5× the bare dump, and under 500 MB of memory for our export.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from benchmarks.common import child_env, median, print_table, python

RESPONSES = 10_000
QUESTIONS = 50
WORKSHOPS = 40
PARTICIPANTS = 4_000
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 500
KINDS = ("select_one",) * 15 + ("select_multiple",) * 8 + ("integer",) * 8 + ("decimal",) * 5 + \
        ("range",) * 5 + ("date",) * 3 + ("text",) * 6
WORDS = ("the library should open in the evening", "more courses for older people", "não tenho computador",
         "childcare during the sessions", "courses in Ukrainian please", "free wifi in the parish hall",
         "help with the social security website", "short sessions of one hour")


# -- the database --------------------------------------------------------------------------------------------
def bench_form() -> Any:
    """A 50-question survey in English and Portuguese: choices, numbers, dates and free text."""
    from workshop_app.core.forms import Choice, ChoiceList, Form, Question

    lists = [ChoiceList(f"list{k}", [Choice(f"c{k}_{n}", {"en": f"Choice {n} of list {k}",
                                                          "pt": f"Opção {n} da lista {k}"}) for n in range(6)])
             for k in range(4)]
    questions = []
    for index, kind in enumerate(KINDS):
        label = {"en": f"Question {index + 1}: what do you think about topic {index + 1}?",
                 "pt": f"Pergunta {index + 1}: o que pensa do tema {index + 1}?"}
        extra: dict[str, Any] = {}
        if kind in ("select_one", "select_multiple"):
            extra["list_name"] = f"list{index % 4}"
        if kind == "range":
            extra["parameters"] = {"start": "1", "end": "5"}
        questions.append(Question(f"q{index + 1:02d}", kind, label, **extra))
    return Form("bench_export", "Benchmark survey", questions, lists, ["en", "pt"], "en")


def _value(kind: str, rng: random.Random, question: int) -> str:
    if kind == "select_one":
        return f"c{question % 4}_{rng.randrange(6)}"
    if kind == "select_multiple":
        return " ".join(f"c{question % 4}_{n}" for n in sorted(rng.sample(range(6), rng.randint(1, 3))))
    if kind == "integer":
        return str(rng.randint(0, 90))
    if kind == "decimal":
        return f"{rng.uniform(0, 100):.2f}"
    if kind == "range":
        return str(rng.randint(1, 5))
    if kind == "date":
        return (datetime(2026, 1, 1) + timedelta(days=rng.randrange(365))).date().isoformat()
    return rng.choice(WORDS)


def build_database(path: Path) -> None:
    """Write the benchmark database: 40 workshops, 4,000 participants, 10,000 responses, 500,000 answers."""
    from sqlalchemy import insert, select

    from workshop_app.core.surveys import SurveyService
    from workshop_app.db.database import Database
    from workshop_app.db.models import Answer, Participant, Question, Response, Workshop

    rng = random.Random(7)
    db = Database.open(path, create=True, laptop_id="bench")
    try:
        survey_id = SurveyService(db).import_form(bench_form()).id
        now = datetime(2026, 11, 1, tzinfo=timezone.utc)
        stamp = {"created_at": now, "updated_at": now, "laptop_id": "bench"}
        with db.transaction() as session:
            questions = dict(session.execute(select(Question.name, Question.id).where(
                Question.survey_id == survey_id)).all())
            workshops = [{"id": str(uuid.uuid4()), "title": f"Listening session {n + 1}", "place": "Library",
                          "starts_at": now - timedelta(days=3 * n), **stamp} for n in range(WORKSHOPS)]
            session.execute(insert(Workshop), workshops)
            people = [{"id": str(uuid.uuid4()), "code": f"P-{n + 1:04d}", **stamp} for n in range(PARTICIPANTS)]
            session.execute(insert(Participant), people)
            responses, answers = [], []
            for n in range(RESPONSES):
                started = now - timedelta(minutes=n)
                rid = str(uuid.uuid4())
                responses.append({"id": rid, "survey_id": survey_id, "workshop_id": workshops[n % WORKSHOPS]["id"],
                                  "participant_id": people[n % PARTICIPANTS]["id"] if n % 10 else None,
                                  "language": "pt" if n % 3 else "en", "mode": "kiosk", "started_at": started,
                                  "completed_at": started + timedelta(minutes=6), **stamp})
                for index, kind in enumerate(KINDS):
                    answers.append({"id": str(uuid.uuid4()), "response_id": rid,
                                    "question_id": questions[f"q{index + 1:02d}"], "instance": "",
                                    "value": _value(kind, rng, index), "answered_at": started, **stamp})
                if len(answers) >= 50_000 or n == RESPONSES - 1:
                    session.execute(insert(Response), responses)  # before their answers (foreign keys)
                    session.execute(insert(Answer), answers)
                    responses, answers = [], []
    finally:
        db.close()


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


def run_ours(db_path: Path, out: Path) -> float:
    """(a) Seconds for ``export_workbook`` of the whole database."""
    from workshop_app.core.workbook_data import ExportScope, export_workbook
    from workshop_app.db.database import Database

    with Database.open(db_path, laptop_id="bench") as db:
        start = time.perf_counter()
        export_workbook(db, out, ExportScope())
        return time.perf_counter() - start


def run_bare(db_path: Path, out: Path) -> float:
    """(b) Seconds for a bare write-only dump of the cells our export writes (gathered before the clock starts)."""
    from openpyxl import Workbook

    sheets = gather(db_path, out)
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    workbook.save(out)
    return time.perf_counter() - start


def run_pandas(db_path: Path, out: Path) -> float:
    """(c) Seconds for ``DataFrame.to_excel`` of the same sheets (frames built before the clock starts)."""
    import pandas

    frames = [(title, pandas.DataFrame(rows, columns=headers)) for title, headers, rows in gather(db_path, out)]
    start = time.perf_counter()
    with pandas.ExcelWriter(out, engine="openpyxl") as writer:
        for title, frame in frames:
            frame.to_excel(writer, sheet_name=title, index=False)
    return time.perf_counter() - start


RUNNERS = {"ours": run_ours, "bare": run_bare, "pandas": run_pandas}


def child(kind: str, db_path: str, out: str) -> None:
    """Run one contender and print its time and peak memory as JSON."""
    seconds = RUNNERS[kind](Path(db_path), Path(out))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024}))


def _measure(kind: str, folder: Path, db_path: Path) -> dict[str, float]:
    out = folder / f"{kind}.xlsx"
    done = subprocess.run([python(), "-m", "benchmarks.export", "--child", kind, str(db_path), str(out)],
                          capture_output=True, text=True, env=child_env(folder / "home"), check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    """Build the database, run the rounds and print the table."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--child"]:
        child(*args[1:4])
        return
    rounds = 3
    if "--rounds" in args:
        at = args.index("--rounds")
        rounds = int(args[at + 1])
        del args[at:at + 2]
    try:
        import pandas  # noqa: F401
        kinds = ["ours", "bare", "pandas"]
    except ImportError:
        kinds = ["ours", "bare"]
        print("pandas is not installed, so (c) is skipped: pip install 'workshop-app[bench]'.")
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=args[0] if args else None) as name:
        folder = Path(name)
        (folder / "home").mkdir()
        db_path = folder / "bench.sqlite"
        start = time.perf_counter()
        build_database(db_path)
        print(f"Built {RESPONSES:,} responses × {QUESTIONS} questions ({RESPONSES * QUESTIONS:,} answers) "
              f"in {time.perf_counter() - start:.1f} s.")
        results: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for _ in range(rounds):
            for kind in kinds:  # side by side: each round runs every contender once, in turn
                results[kind].append(_measure(kind, folder, db_path))
        size = (folder / "ours.xlsx").stat().st_size / 2**20
    _report(results, rounds, size)


def _report(results: dict[str, list[dict[str, float]]], rounds: int, size_mb: float) -> None:
    seconds = {kind: median([r["seconds"] for r in runs]) for kind, runs in results.items()}
    memory = {kind: max(r["peak_mb"] for r in runs) for kind, runs in results.items()}
    names = {"ours": "(a) export_workbook", "bare": "(b) bare openpyxl write-only dump",
             "pandas": "(c) pandas DataFrame.to_excel"}
    rows = [["contender", f"median of {rounds} (s)", "× bare dump", "peak memory (MB)"]]
    rows += [[names[kind], f"{seconds[kind]:.2f}", f"{seconds[kind] / seconds['bare']:.2f}", f"{memory[kind]:.0f}"]
             for kind in results]
    print_table(rows)
    print(f"Workbook: {size_mb:.1f} MB.")
    ratio = seconds["ours"] / seconds["bare"]
    verdict = "met" if ratio <= RATIO_TARGET else "MISSED"
    print(f"Target: at most {RATIO_TARGET}× the bare dump: {ratio:.2f}× — {verdict}.")
    if "pandas" in seconds:
        faster = seconds["ours"] < seconds["pandas"]
        print(f"Target: faster than pandas: {seconds['ours']:.2f} s against {seconds['pandas']:.2f} s — "
              f"{'met' if faster else 'MISSED'}.")
    print(f"Target: under {MEMORY_TARGET_MB} MB: {memory['ours']:.0f} MB — "
          f"{'met' if memory['ours'] < MEMORY_TARGET_MB else 'MISSED'}.")


if __name__ == "__main__":
    main()
