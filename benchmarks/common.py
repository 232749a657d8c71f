"""Helpers shared by the benchmarks: timing child processes, medians and a plain table."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child_env(home: Path) -> dict[str, str]:
    """Environment for a measured child: offscreen Qt, its own app home, the checkout importable."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WORKSHOP_APP_HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def time_until_line(argv: Sequence[str], marker: str, env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from starting ``argv`` until it prints a line starting with ``marker``; the child is then ended."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(marker):
                return time.perf_counter() - start
        raise RuntimeError(f"{argv[-1][:40]!r} ended without {marker!r}: {child.stderr.read()[-2000:]}")
    finally:
        child.kill()
        child.communicate(timeout=timeout)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def print_table(rows: Sequence[Sequence[str]]) -> None:
    """Print rows as aligned columns; the first row is the header."""
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def python() -> str:
    return sys.executable
