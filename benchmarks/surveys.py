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


def bench_import(folder: Path) -> list[list[str]]:
    from pyxform.xls2json import parse_file_to_json

    from workshop_app.core.surveys import import_xlsform
    from workshop_app.db.database import Database
    from workshop_app.formats.xlsform import read_xlsform

    path = write_big_xlsform(folder / "big.xlsx")
    read_xlsform(path)  # first use loads pyxform's grammar; measure the steady state, and the first run apart
    baseline = _median_time(lambda: parse_file_to_json(str(path), warnings=[]), 5)
    ours = _median_time(lambda: read_xlsform(path), 5)
    databases = iter(range(100))

    def into_database() -> None:
        with Database.open(folder / f"bench{next(databases)}.sqlite", create=True, laptop_id="bench") as db:
            result = import_xlsform(db, path)
            assert result["question_count"] == IMPORT_QUESTIONS

    stored = _median_time(into_database, 3)
    return [
        [f"read {IMPORT_QUESTIONS}-question XLSForm", f"{ours:.3f} s", f"{baseline:.3f} s (parse_file_to_json)",
         f"{ours / baseline:.1f}×", _verdict(ours, IMPORT_TARGET)],
        [f"import {IMPORT_QUESTIONS}-question XLSForm into a database", f"{stored:.3f} s", "", "",
         _verdict(stored, IMPORT_TARGET)],
    ]


def bench_relevance() -> list[list[str]]:
    logic = FormLogic(chained_form())
    rows = []
    for label, names in (("a typical answer", [f"q{n}" for n in range(1, LOGIC_QUESTIONS, 2)]),
                         ("the head of the chain (every row flips)", ["q0"])):
        state = logic.new_state({f"q{n}": "yes" if n % 2 == 0 else "5" for n in range(LOGIC_QUESTIONS)})
        values = {name: ["", "yes", "no"] if int(name[1:]) % 2 == 0 else ["", "1", "7"] for name in names}
        chooser = random.Random(1)
        incremental, naive = [], []
        for _ in range(2_000):
            # A question on screen (relevant), and a real change: answering a hidden question or giving the same
            # answer again would cost nothing and flatter the median.
            name = chooser.choice([n for n in names if state.is_relevant(n)])
            value = chooser.choice([v for v in values[name] if v != state.answer(name)])
            start = time.perf_counter()
            state.set_answer(name, value)
            incremental.append(time.perf_counter() - start)
            start = time.perf_counter()
            state.raw[(logic.by_name[name], ())] = value
            state.evaluate_all()
            naive.append(time.perf_counter() - start)
        ours, baseline = statistics.median(incremental), statistics.median(naive)
        rows.append([f"relevance after {label}, {LOGIC_QUESTIONS} questions", f"{ours * 1e3:.3f} ms",
                     f"{baseline * 1e3:.3f} ms (re-evaluate all)", f"{ours / baseline:.2f}×",
                     _verdict(ours, LOGIC_TARGET)])
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
