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
    env.update(QT_QPA_PLATFORM="offscreen", WORKSHOP_APP_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def time_until_line(argv: Sequence[str], marker: str, env: dict[str, str], timeout: float = 60) -> float:
    """Seconds from starting ``argv`` until it prints a line starting with ``marker``; the child is then ended."""
    return time_until_lines(argv, [marker], env, timeout)[0]


def time_until_lines(
    argv: Sequence[str], markers: Sequence[str], env: dict[str, str], timeout: float = 60
) -> list[float]:
    """Seconds from starting ``argv`` until each of ``markers`` starts a line, in that order; then the child ends.

    All from one run of the child, so the times of one start-up can be compared with each other.
    """
    return run_until_lines(argv, markers, env, timeout)[0]


def run_until_lines(
    argv: Sequence[str], markers: Sequence[str], env: dict[str, str], timeout: float = 60
) -> tuple[list[float], list[float | None]]:
    """Like ``time_until_lines``, and also the child's peak memory in MB (VmHWM) as each marker appeared."""
    start = time.perf_counter()
    times: list[float] = []
    peaks: list[float | None] = []
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(markers[len(times)]):
                times.append(time.perf_counter() - start)
                peaks.append(peak_rss_mb(child.pid))
                if len(times) == len(markers):
                    return times, peaks
        missing = markers[len(times)]
        raise RuntimeError(f"{argv[-1][:40]!r} ended without {missing!r}: {child.stderr.read()[-2000:]}")
    finally:
        child.kill()
        child.communicate(timeout=timeout)


def peak_rss_mb(pid: int) -> float | None:
    """The peak resident memory so far of a running process (VmHWM, Linux), or None where /proc has no such line."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    return None


def median(values: Sequence[float]) -> float:
    """The median of ``values``."""
    return statistics.median(values)


def print_table(rows: Sequence[Sequence[str]]) -> None:
    """Print rows as aligned columns; the first row is the header."""
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def python() -> str:
    """The interpreter running the benchmarks, for their child processes."""
    return sys.executable
