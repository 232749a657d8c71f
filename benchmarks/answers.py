"""Answer benchmarks: saving one answer durably, and moving to the next question of a 200-question survey.

``python -m benchmarks.answers [FOLDER]`` prints a table. Targets: ``ResponseService.save_answer`` (cleaning,
checking, UPSERT and a durable commit) at most 5× a raw ``sqlite3`` single-row commit with the same pragmas
(WAL, ``synchronous=FULL``) on the same disk in the same run; ``KioskSession.next()`` under 50 ms (median).
FOLDER (default: a temporary folder) is where the database files go: put it on the disk to be measured.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import print_table
from benchmarks.report import Row, at_most, under
from benchmarks.surveys import chained_form
from workshop_app.core.forms import Choice, ChoiceList, Form, Question

SAVES = 500
RATIO_TARGET = 5.0
NEXT_TARGET = 0.050
_RAW_SCHEMA = """
CREATE TABLE answers (id TEXT PRIMARY KEY, response_id TEXT NOT NULL, question_id TEXT NOT NULL,
                      instance TEXT NOT NULL, value TEXT NOT NULL, answered_at TEXT NOT NULL,
                      UNIQUE (response_id, question_id, instance))
"""


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(_RAW_SCHEMA)
    return conn


def _raw_commit(conn: sqlite3.Connection, number: int) -> None:
    conn.execute("BEGIN")
    conn.execute("INSERT INTO answers VALUES (?, ?, ?, '', ?, datetime('now'))",
                 (str(uuid.uuid4()), f"r{number // 8}", f"q{number % 8}", f"answer {number}"))
    conn.execute("COMMIT")


def kiosk_form() -> Form:
    """A typical kiosk survey: text, numbers with a constraint, selects, a scale, skip logic, two languages."""
    yes_no = ChoiceList("yes_no", [Choice("yes", {"en": "Yes", "pt": "Sim"}), Choice("no", {"en": "No", "pt": "Não"})])
    topics = ChoiceList("topics", [Choice(c, {"en": c, "pt": c}) for c in ("jobs", "housing", "care")])
    rows = [Question("name", "text", {"en": "Name", "pt": "Nome"}),
            Question("age", "integer", {"en": "Age", "pt": "Idade"}, required=True, constraint=". >= 0 and . <= 120"),
            Question("height", "decimal", {"en": "Height", "pt": "Altura"}),
            Question("likes", "select_one", {"en": "Like it?", "pt": "Gosta?"}, list_name="yes_no", required=True),
            Question("why", "text", {"en": "Why?", "pt": "Porquê?"}, relevant="${likes} = 'yes'"),
            Question("topics", "select_multiple", {"en": "Topics", "pt": "Temas"}, list_name="topics"),
            Question("score", "range", {"en": "Score", "pt": "Nota"}, parameters={"start": "1", "end": "5"})]
    return Form("bench", "Benchmark survey", rows, [yes_no, topics], ["en", "pt"], "en")


def time_save(folder: Path, saves: int = SAVES, reference: bool = True) -> dict[str, float]:
    """Median seconds of one durable answer: raw sqlite3 (unless not ``reference``) against the app's path,
    interleaved, each timed save a new answer; and of a changed answer."""
    from workshop_app.core.responses import ResponseService
    from workshop_app.core.surveys import SurveyService
    from workshop_app.db.database import Database

    raw = _raw_connection(folder / "raw.sqlite") if reference else None
    db = Database.open(folder / "app.sqlite", create=True, laptop_id="bench")
    try:
        survey = SurveyService(db).import_form(kiosk_form()).id
        service = ResponseService(db)
        # Each timed save is a new answer (an INSERT), as in a kiosk; responses are started outside the timing.
        questions = [("name", "Olá, I would like evening classes 👍"), ("age", "42"), ("height", "1,72"),
                     ("likes", "no"), ("topics", "jobs care"), ("score", "4")]
        responses = [service.start(survey, language="pt", mode="kiosk").id
                     for _ in range(saves // len(questions) + 1)]
        updates = responses[0]
        for n in range(20):  # warm up both paths (caches, the WAL file, compiled statements)
            if raw is not None:
                _raw_commit(raw, 10_000_000 + n)
            service.save_answer(updates, "name", f"warm {n}")
        raw_times, ours, updating = [], [], []
        for n in range(saves):
            if raw is not None:
                start = time.perf_counter()
                _raw_commit(raw, n)
                raw_times.append(time.perf_counter() - start)
            name, value = questions[n % len(questions)]
            start = time.perf_counter()
            service.save_answer(responses[n // len(questions)], name, value)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            service.save_answer(updates, "name", f"changed my mind {n}")
            updating.append(time.perf_counter() - start)
    finally:
        if raw is not None:
            raw.close()
        db.close()
    return {"raw": statistics.median(raw_times) if raw_times else float("nan"), "new": statistics.median(ours),
            "changed": statistics.median(updating)}


def bench_save(folder: Path, saves: int = SAVES) -> list[list[str]]:
    """The detail rows of the durable-save comparison."""
    return _save_rows(time_save(folder, saves))


def _save_rows(result: dict[str, float]) -> list[list[str]]:
    baseline, new, changed = result["raw"], result["new"], result["changed"]
    return [
        ["raw sqlite3 single-row durable commit", _ms(baseline), "", "", ""],
        ["save_answer, a new answer", _ms(new), _ms(baseline), f"{new / baseline:.1f}×",
         _verdict(new / baseline <= RATIO_TARGET, f"≤ {RATIO_TARGET:g}×")],
        ["save_answer, a changed answer", _ms(changed), _ms(baseline), f"{changed / baseline:.1f}×",
         _verdict(changed / baseline <= RATIO_TARGET, f"≤ {RATIO_TARGET:g}×")],
    ]


def time_next(folder: Path, rounds: int = 3) -> dict[str, float]:
    """Median seconds of ``KioskSession.next()`` walking a 200-question survey with chained skip logic, alone and
    with the answer saved on the way."""
    from workshop_app.core.kiosk import QUESTION, KioskSession
    from workshop_app.core.responses import ResponseService
    from workshop_app.core.surveys import SurveyService
    from workshop_app.db.database import Database

    form = chained_form()
    db = Database.open(folder / "next.sqlite", create=True, laptop_id="bench")
    try:
        survey = SurveyService(db).import_form(form).id
        service = ResponseService(db)
        logic = service.logic(survey)
        moving, saving_and_moving = [], []
        for round_number in range(max(rounds, 2)):
            kiosk = KioskSession(service, logic, survey, debounce=0)
            kiosk.start_anonymous()
            while kiosk.screen == QUESTION:
                view = kiosk.view()
                assert view is not None
                value = "yes" if view.type == "select_one" else "5"
                if round_number % 2:  # the text box's value goes with the press: save, then move
                    start = time.perf_counter()
                    kiosk.next(value)
                    saving_and_moving.append(time.perf_counter() - start)
                else:  # the answer was saved on click; the press only moves
                    kiosk.answer(value)
                    start = time.perf_counter()
                    kiosk.next()
                    moving.append(time.perf_counter() - start)
            kiosk.finish()
    finally:
        db.close()
    return {"moved": statistics.median(moving), "saved": statistics.median(saving_and_moving),
            "questions": len(form.questions)}


def bench_next(folder: Path) -> list[list[str]]:
    """The detail rows of the next-question measurement."""
    return _next_rows(time_next(folder))


def _next_rows(result: dict[str, float]) -> list[list[str]]:
    moved, saved = result["moved"], result["saved"]
    return [
        [f"next question, {result['questions']:.0f} questions with skip logic", _ms(moved), "", "",
         _verdict(moved < NEXT_TARGET, "< 50 ms")],
        ["save the answer and go to the next question", _ms(saved), "", "", _verdict(saved < NEXT_TARGET, "< 50 ms")],
    ]


def memory_save(saves: int) -> dict[str, float]:
    """The app's side of the durable-save measurement alone (run in a child process for its peak memory)."""
    with tempfile.TemporaryDirectory() as where:
        return time_save(Path(where), saves, reference=False)


def memory_next() -> dict[str, float]:
    """The next-question walk alone (run in a child process for its peak memory)."""
    with tempfile.TemporaryDirectory() as where:
        return time_next(Path(where), rounds=2)


def collect(scale: str) -> list[Row]:
    """Measure at ``scale``, print the detail table, return the summary rows."""
    from benchmarks.child import in_child

    saves = 40 if scale == "quick" else SAVES
    with tempfile.TemporaryDirectory() as where:
        saved = time_save(Path(where), saves)
        moved = time_next(Path(where), 2 if scale == "quick" else 3)
    print_table([["measurement", "ours", "baseline", "ratio", "target"], *_save_rows(saved), *_next_rows(moved)])
    _, save_mb = in_child("benchmarks.answers:memory_save", saves=saves)
    _, next_mb = in_child("benchmarks.answers:memory_next")
    raw = "raw sqlite3 durable commit"
    questions = f"{moved['questions']:.0f} q. with skip logic"
    return [
        Row(f"durable answer save (median of {saves})", saved["new"], f"<= {RATIO_TARGET:g}x raw",
            at_most(saved["new"] / saved["raw"], RATIO_TARGET), raw, saved["raw"], save_mb, group="answers"),
        Row(f"next question ({questions})", moved["moved"], "< 50 ms", under(moved["moved"], NEXT_TARGET),
            peak_mb=next_mb, group="answers"),
        Row(f"save + next question ({questions})", moved["saved"], "< 50 ms",
            under(moved["saved"], NEXT_TARGET), peak_mb=next_mb, group="answers"),
    ]


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms"


def _verdict(ok: bool, target: str) -> str:
    return f"{'ok' if ok else 'SLOW'} ({target})"


def main(folder: str | None = None) -> None:
    """Run the answer benchmarks and print their table."""
    with tempfile.TemporaryDirectory(dir=folder) as where:
        rows = bench_save(Path(where)) + bench_next(Path(where))
    print_table([["measurement", "ours", "baseline", "ratio", "target"], *rows])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
