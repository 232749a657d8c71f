"""``python -m benchmarks``: every benchmark beside its reference, in one run, and one table at the end.

    python -m benchmarks                   the issue-sized datasets (the export's pandas comparison at 2,000 x 50)
    python -m benchmarks --full            pandas at the export's full size too, 3 export rounds (~5 min more)
    python -m benchmarks --quick           tiny sizes: a smoke test of the runner, not a measurement
    python -m benchmarks --only merge,export --markdown results.md

Each benchmark prints its own detail table as it goes; the final table has one row per measure: the app's
median, the reference's (same run, same machine), the ratio, the target from the issues, whether it is met,
and the peak memory of the app's side. The total wall time comes last.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from benchmarks.report import Row, failed, markdown_table, notes, plain_text, verdict

GROUPS = ("startup", "answers", "surveys", "maps_canvas", "maps_print", "merge", "export")
"""Every benchmark, in the order run; each is ``benchmarks.<name>.collect(scale) -> list[Row]``."""

Collector = Callable[[str], list[Row]]


def collector(name: str) -> Collector:
    """The ``collect`` function of benchmark ``name`` (imported only when it runs: Qt, pandas...)."""
    return importlib.import_module(f"benchmarks.{name}").collect


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: one of --quick/--full, --only, --markdown."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.replace("``", ""),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sizes = parser.add_mutually_exclusive_group()
    sizes.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test (not a measurement)")
    sizes.add_argument("--full", action="store_true", help="the export's pandas comparison at full size too")
    parser.add_argument("--only", metavar="NAME[,NAME]", help=f"run only these: {', '.join(GROUPS)}")
    parser.add_argument("--markdown", type=Path, metavar="PATH", help="also write the final table as Markdown")
    args = parser.parse_args(argv)
    args.scale = "quick" if args.quick else "full" if args.full else "default"
    args.groups = list(GROUPS)
    if args.only:
        args.groups = [name.strip() for name in args.only.split(",") if name.strip()]
        unknown = [name for name in args.groups if name not in GROUPS]
        if unknown or not args.groups:
            parser.error(f"unknown benchmark {', '.join(unknown) or '(none)'}; choose from {', '.join(GROUPS)}")
    return args


def environment() -> str:
    """Where and when: the date, the machine's cores, Python and the platform."""
    return (f"{date.today().isoformat()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}")


def run(groups: Sequence[str], scale: str, collect: Callable[[str], Collector] = collector) -> tuple[list[Row], bool]:
    """Run each of ``groups`` at ``scale``; its rows (a FAILED row for one that crashed) and whether all ran."""
    rows: list[Row] = []
    ok = True
    for index, name in enumerate(groups):
        print(("\n" if index else "") + f"== {name} ==", flush=True)
        started = time.perf_counter()
        try:
            rows += collect(name)(scale)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            rows.append(failed(name, exc))
            ok = False
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
    return rows, ok


def report(rows: Sequence[Row], scale: str, wall_s: float) -> str:
    """The final table with its notes, as printed."""
    lines = [f"Summary ({scale} sizes; medians; {environment()}):", plain_text(rows), "", verdict(rows)]
    lines += notes(rows)
    if scale == "quick":
        lines.append("QUICK MODE: tiny sizes; these figures say the runner works, not how fast the app is.")
    lines.append(f"Total wall time: {wall_s:.0f} s ({wall_s / 60:.1f} min).")
    return "\n".join(lines)


def markdown(rows: Sequence[Row], scale: str, wall_s: float) -> str:
    """The final table as Markdown, with the same notes."""
    lines = [f"Measured {environment()}, `python -m benchmarks`{' --' + scale if scale != 'default' else ''} "
             f"(medians), total wall time {wall_s / 60:.1f} min.", "", markdown_table(rows), "", verdict(rows)]
    lines += ["", *(f"- {note}" for note in notes(rows))]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None, collect: Callable[[str], Collector] = collector) -> int:
    """Run the chosen benchmarks, print the final table and the wall time; 1 when a benchmark crashed."""
    args = parse(argv)
    started = time.perf_counter()
    rows, ok = run(args.groups, args.scale, collect)
    wall = time.perf_counter() - started
    print("\n" + report(rows, args.scale, wall), flush=True)
    if args.markdown:
        args.markdown.write_text(markdown(rows, args.scale, wall), encoding="utf-8")
        print(f"Markdown table written to {args.markdown}.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
