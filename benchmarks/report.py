"""The one table ``python -m benchmarks`` ends with: a row per measure, the app beside its reference and target.

Each benchmark's ``collect(scale)`` returns ``Row`` objects; ``final_table`` and ``markdown_table`` lay them out.
Nothing here times anything, so the layout can be tested on made-up numbers (tests/test_benchmarks_smoke.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

SCALES = ("quick", "default", "full")
HEADER = ("measure", "app (median)", "reference (median)", "ratio", "target", "met", "peak MB (app)")


@dataclass(frozen=True)
class Row:
    """One measure: the app's median seconds, its reference's, the target in words and whether it is met.

    ``met`` is None when the measure has no target (shown for scale only); ``peak_mb`` is the peak memory of the
    app's side (see ``memory`` for how it was read).
    """

    measure: str
    app_s: float | None
    target: str = "-"
    met: bool | None = None
    reference: str = ""
    reference_s: float | None = None
    peak_mb: float | None = None
    memory: str = "child"
    group: str = ""

    @property
    def ratio(self) -> float | None:
        """App over reference, when both were measured."""
        if self.app_s is None or not self.reference_s:
            return None
        return self.app_s / self.reference_s


def at_most(ratio: float | None, limit: float) -> bool | None:
    """Whether ``ratio`` is within ``limit`` (None when there is no ratio)."""
    return None if ratio is None else ratio <= limit


def under(seconds: float | None, limit: float) -> bool | None:
    """Whether ``seconds`` stays under ``limit`` (None when nothing was measured)."""
    return None if seconds is None else seconds < limit


def failed(group: str, error: BaseException) -> Row:
    """The row that stands for a benchmark that crashed, so the table still shows every group."""
    return Row(f"{group}: FAILED ({type(error).__name__}: {str(error)[:80]})", None, "-", False, group=group)


def duration(seconds: float | None) -> str:
    """Seconds in the unit that reads best: 0.312 ms, 250 ms, 4.57 s."""
    if seconds is None or math.isnan(seconds):
        return "-"
    if seconds < 0.01:
        return f"{seconds * 1e3:.3f} ms"
    if seconds < 1:
        return f"{seconds * 1e3:.0f} ms"
    return f"{seconds:.2f} s"


def cells(row: Row) -> tuple[str, ...]:
    """The printed cells of ``row``, in ``HEADER`` order."""
    reference = "-"
    if row.reference:
        reference = f"{row.reference}: {duration(row.reference_s)}" if row.reference_s is not None else row.reference
    ratio = row.ratio
    met = "-" if row.met is None else ("yes" if row.met else "NO")
    peak = "-"
    if row.peak_mb is not None:
        peak = f"{row.peak_mb:.0f}" + (f" {_MARKS[row.memory]}" if row.memory in _MARKS else "")
    return (row.measure, duration(row.app_s), reference, "-" if ratio is None else f"{ratio:.2f}x", row.target, met,
            peak)


_MARKS = {"hwm": "(a)", "tracemalloc": "(b)"}
MEMORY_NOTES = {
    "child": "peak MB: the peak resident memory (VmHWM) of a child process that ran only the app's side of that "
             "row, imports included (for the export, the largest of its timed runs). Not ru_maxrss: Linux carries the "
             "parent's size into a child's ru_maxrss (benchmarks/child.py).",
    "hwm": "(a) the app's start-up child process's VmHWM, read from /proc when it printed the marker line (median).",
    "tracemalloc": "(b) Python's own allocations (tracemalloc); no child process was practical.",
}


def notes(rows: Sequence[Row]) -> list[str]:
    """The footnotes the table's rows refer to."""
    used = {row.memory for row in rows if row.peak_mb is not None}
    return [MEMORY_NOTES[kind] for kind in MEMORY_NOTES if kind in used or kind == "child"]


def final_table(rows: Sequence[Row]) -> list[tuple[str, ...]]:
    """Header and one line of cells per row."""
    return [HEADER, *(cells(row) for row in rows)]


def plain_text(rows: Sequence[Row]) -> str:
    """The final table as aligned plain-text columns."""
    table = final_table(rows)
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADER))]
    lines = []
    for index, line in enumerate(table):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(rows: Sequence[Row]) -> str:
    """The final table as a Markdown pipe table (for the README)."""
    def line(values: Sequence[str]) -> str:
        return "| " + " | ".join(value.replace("|", "\\|") for value in values) + " |"

    table = final_table(rows)
    return "\n".join([line(table[0]), "|" + "---|" * len(HEADER), *(line(values) for values in table[1:])])


def verdict(rows: Sequence[Row]) -> str:
    """One sentence: how many targets were met, and which were not."""
    judged = [row for row in rows if row.met is not None]
    missed = [row.measure for row in judged if not row.met]
    text = f"{len(judged) - len(missed)} of {len(judged)} targets met."
    return text + (" Not met: " + "; ".join(missed) + "." if missed else "")


__all__ = ["HEADER", "SCALES", "Row", "at_most", "duration", "failed", "final_table", "markdown_table", "notes",
           "plain_text", "under", "verdict"]
