"""Survey benchmarks: importing a 500-question XLSForm, and relevance after one answer on a 200-question survey.

``python -m benchmarks.surveys`` prints a table. Targets: an import under 2 s; all relevance of a
200-question survey brought up to date after one change in under 5 ms (median).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import print_table
from benchmarks.report import Row, under
from workshop_app.core.forms import Choice, ChoiceList, Form, FormLogic, Question

IMPORT_QUESTIONS = 500
LOGIC_QUESTIONS = 200
IMPORT_TARGET = 2.0
LOGIC_TARGET = 0.005


def write_big_xlsform(path: Path, questions: int = IMPORT_QUESTIONS) -> Path:
    """A realistic large form: groups of 20, selects, integers with constraints, skip logic, two languages."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    survey = workbook.create_sheet("survey")
    survey.append(["type", "name", "label::English (en)", "label::Português (pt)", "hint::English (en)",
                   "hint::Português (pt)", "relevant", "required", "constraint", "constraint_message::English (en)"])
    kinds = ["select_one yes_no", "integer", "text", "select_multiple topics"]
    for number in range(questions):
        if number % 20 == 0:
            if number:
                survey.append(["end_group"])
            survey.append(["begin_group", f"section_{number // 20}", f"Section {number // 20}",
                           f"Secção {number // 20}"])
        kind = kinds[number % 4]
        relevant = f"${{q{number - 1}}} != ''" if number % 4 else ""
        survey.append([kind, f"q{number}", f"Question {number}?", f"Pergunta {number}?", "A hint", "Uma dica",
                       relevant, "yes" if number % 3 == 0 else "", ". >= 0" if kind == "integer" else "",
                       "Not negative" if kind == "integer" else ""])
    survey.append(["end_group"])
    choices = workbook.create_sheet("choices")
    choices.append(["list_name", "name", "label::English (en)", "label::Português (pt)"])
    choices.append(["yes_no", "yes", "Yes", "Sim"])
    choices.append(["yes_no", "no", "No", "Não"])
    for number in range(8):
        choices.append(["topics", f"t{number}", f"Topic {number}", f"Tema {number}"])
    settings = workbook.create_sheet("settings")
    settings.append(["form_title", "form_id", "default_language"])
    settings.append(["Big survey", "big_survey", "English (en)"])
    workbook.save(path)
    return path


def chained_form(questions: int = LOGIC_QUESTIONS) -> Form:
    """200 questions with chained skip logic: each block of ten hangs off the block before it."""
    yes_no = ChoiceList("yes_no", [Choice("yes", {"en": "Yes"}), Choice("no", {"en": "No"})])
    rows = []
    for number in range(questions):
        kind = "select_one" if number % 2 == 0 else "integer"
        if number == 0:
            relevant = ""
        elif number % 10 == 0:
            relevant = f"${{q{number - 10}}} = 'yes'"
        elif kind == "integer":
            relevant = f"${{q{number - 1}}} = 'yes' or ${{q0}} = 'no'"
        else:
            relevant = f"${{q{number - 1}}} > 2 and selected(${{q{number - (number % 10)}}}, 'yes')"
        rows.append(Question(f"q{number}", kind, {"en": f"Question {number}"}, list_name="yes_no"
                             if kind == "select_one" else "", relevant=relevant))
    return Form("chain", "Chained survey", rows, [yes_no], ["en"], "en")


def _median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_import(folder: Path, questions: int = IMPORT_QUESTIONS, repeats: int = 3,
                reference: bool = True) -> dict[str, float]:
    """Median seconds to read a ``questions``-question XLSForm (ours, and pyxform's reader unless not ``reference``)
    and to import it into a new database."""
    from pyxform.xls2json import parse_file_to_json

    from workshop_app.core.surveys import import_xlsform
    from workshop_app.db.database import Database
    from workshop_app.formats.xlsform import read_xlsform

    path = write_big_xlsform(folder / "big.xlsx", questions)
    read_xlsform(path)  # first use loads pyxform's grammar; measure the steady state, and the first run apart
    baseline = _median_time(lambda: parse_file_to_json(str(path), warnings=[]), 5) if reference else float("nan")
    ours = _median_time(lambda: read_xlsform(path), 5) if reference else float("nan")
    databases = iter(range(100))

    def into_database() -> None:
        with Database.open(folder / f"bench{next(databases)}.sqlite", create=True, laptop_id="bench") as db:
            result = import_xlsform(db, path)
            assert result["question_count"] == questions

    return {"read": ours, "pyxform": baseline, "import": _median_time(into_database, repeats)}


def bench_import(folder: Path) -> list[list[str]]:
    """The detail rows of the XLSForm import measurement."""
    return _import_rows(time_import(folder), IMPORT_QUESTIONS)


def _import_rows(result: dict[str, float], questions: int) -> list[list[str]]:
    ours, baseline, stored = result["read"], result["pyxform"], result["import"]
    return [
        [f"read {questions}-question XLSForm", f"{ours:.3f} s", f"{baseline:.3f} s (parse_file_to_json)",
         f"{ours / baseline:.1f}×", _verdict(ours, IMPORT_TARGET)],
        [f"import {questions}-question XLSForm into a database", f"{stored:.3f} s", "", "",
         _verdict(stored, IMPORT_TARGET)],
    ]


def time_relevance(questions: int = LOGIC_QUESTIONS, changes: int = 2_000,
                   reference: bool = True) -> dict[str, list[float]]:
    """Median seconds to bring all relevance up to date after one answer changes: for a typical answer and for the
    head of the chain; each with re-evaluating everything (unless not ``reference``) beside it."""
    logic = FormLogic(chained_form(questions))
    result: dict[str, list[float]] = {}
    for label, names in (("typical", [f"q{n}" for n in range(1, questions, 2)]), ("head", ["q0"])):
        state = logic.new_state({f"q{n}": "yes" if n % 2 == 0 else "5" for n in range(questions)})
        values = {name: ["", "yes", "no"] if int(name[1:]) % 2 == 0 else ["", "1", "7"] for name in names}
        chooser = random.Random(1)
        incremental, naive = [], []
        for _ in range(changes):
            # A question on screen (relevant), and a real change: answering a hidden question or giving the same
            # answer again would cost nothing and flatter the median.
            name = chooser.choice([n for n in names if state.is_relevant(n)])
            value = chooser.choice([v for v in values[name] if v != state.answer(name)])
            start = time.perf_counter()
            state.set_answer(name, value)
            incremental.append(time.perf_counter() - start)
            if reference:
                start = time.perf_counter()
                state.raw[(logic.by_name[name], ())] = value
                state.evaluate_all()
                naive.append(time.perf_counter() - start)
        result[label] = [statistics.median(incremental), statistics.median(naive) if naive else float("nan")]
    return result


def bench_relevance() -> list[list[str]]:
    """The detail rows of the relevance measurement."""
    return _relevance_rows(time_relevance(), LOGIC_QUESTIONS)


def _relevance_rows(result: dict[str, list[float]], questions: int) -> list[list[str]]:
    rows = []
    for key, label in (("typical", "a typical answer"), ("head", "the head of the chain (every row flips)")):
        ours, baseline = result[key]
        rows.append([f"relevance after {label}, {questions} questions", f"{ours * 1e3:.3f} ms",
                     f"{baseline * 1e3:.3f} ms (re-evaluate all)", f"{ours / baseline:.2f}×",
                     _verdict(ours, LOGIC_TARGET)])
    return rows


def memory_import(questions: int) -> dict[str, float]:
    """The app's import alone, once (run in a child process for its peak memory)."""
    with tempfile.TemporaryDirectory() as folder:
        return time_import(Path(folder), questions, repeats=1, reference=False)


def memory_relevance(questions: int, changes: int) -> dict[str, list[float]]:
    """The app's relevance updates alone (run in a child process for its peak memory)."""
    return time_relevance(questions, changes, reference=False)


def collect(scale: str) -> list[Row]:
    """Measure at ``scale``, print the detail table, return the summary rows."""
    from benchmarks.child import in_child

    quick = scale == "quick"
    questions, logic_questions, changes = (50, 40, 100) if quick else (IMPORT_QUESTIONS, LOGIC_QUESTIONS, 2_000)
    with tempfile.TemporaryDirectory() as folder:
        imported = time_import(Path(folder), questions, repeats=1 if quick else 3)
    relevance = time_relevance(logic_questions, changes)
    print_table([["measurement", "ours", "baseline", "ratio", "target"], *_import_rows(imported, questions),
                 *_relevance_rows(relevance, logic_questions)])
    _, import_mb = in_child("benchmarks.surveys:memory_import", questions=questions)
    _, logic_mb = in_child("benchmarks.surveys:memory_relevance", questions=logic_questions, changes=changes)
    rows = [Row(f"XLSForm import, {questions} questions", imported["import"], "< 2 s",
                under(imported["import"], IMPORT_TARGET), "pyxform reader (parse only)", imported["pyxform"],
                import_mb, group="surveys")]
    for key, label in (("typical", "one answer"), ("head", "the chain's head")):
        ours, naive = relevance[key]
        rows.append(Row(f"relevance after {label} ({logic_questions} q.)", ours, "< 5 ms",
                        under(ours, LOGIC_TARGET), "re-evaluate all", naive, logic_mb,
                        group="surveys"))
    return rows


def _verdict(seconds: float, target: float) -> str:
    unit = f"{target:g} s" if target >= 1 else f"{target * 1e3:g} ms"
    return f"{'ok' if seconds < target else 'SLOW'} (< {unit})"


def main() -> None:
    """Run the survey benchmarks and print their table."""
    with tempfile.TemporaryDirectory() as folder:
        rows = bench_import(Path(folder))
    rows += bench_relevance()
    print_table([["measurement", "ours", "baseline", "ratio", "target"], *rows])


if __name__ == "__main__":
    main()
