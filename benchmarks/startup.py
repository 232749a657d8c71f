"""Start-up: process start to a shown main window on the demo database, against a bare PySide6 window.

Target (issue 2): at most 3x the bare window. Both run in child processes, alternately, in the same run,
offscreen; "shown" is the first turn of the event loop after ``show()``. The same app run also gives the time
until the database is open and its workshops are listed (``MainWindow.database_ready``): informative, no target.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import textwrap
from pathlib import Path

from benchmarks.common import child_env, median, print_table, python, run_until_lines, time_until_line
from benchmarks.report import Row, at_most

TARGET_RATIO = 3.0

BARE = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, lambda: print("shown", flush=True))
    app.exec()
    """
)

APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from workshop_app.app import create_main_window, ensure_application
    from workshop_app.settings import load_settings
    app = ensure_application()
    window = create_main_window(Path(sys.argv[1]), load_settings())

    def listed():
        if window.workshops_view.model.rowCount() == 0:
            app.exit(1)  # the benchmark then reports the missing marker instead of timing an empty list
        print("listed", flush=True)

    window.database_ready.connect(listed)
    window.show()
    QTimer.singleShot(0, lambda: print("shown", flush=True))
    app.exec()
    """
)
MARKERS = ("shown", "listed")


def measure(runs: int = 9) -> dict[str, float]:
    """Median seconds to a shown window (bare and app) and to the app's listed workshops, ratios to bare, and the
    app's median peak memory (VmHWM) at each marker."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = child_env(home)
        db = Path(tmp) / "demo.sqlite"
        subprocess.run([python(), "-m", "workshop_app", "demo", "--db", str(db)], env=env, check=True,
                       capture_output=True)
        # One unmeasured run each warms the file cache, as a second start on a laptop would be.
        time_until_line([python(), "-c", BARE], "shown", env)
        run_until_lines([python(), "-c", APP, str(db)], MARKERS, env)
        bare, app, listed, shown_mb, listed_mb = [], [], [], [], []
        for _ in range(runs):
            bare.append(time_until_line([python(), "-c", BARE], "shown", env))
            (shown_s, listed_s), (shown_peak, listed_peak) = run_until_lines([python(), "-c", APP, str(db)], MARKERS,
                                                                             env)
            app.append(shown_s)
            listed.append(listed_s)
            shown_mb.append(shown_peak or 0.0)
            listed_mb.append(listed_peak or 0.0)
    result = {"bare_s": median(bare), "app_s": median(app), "listed_s": median(listed),
              "shown_mb": median(shown_mb) or None, "listed_mb": median(listed_mb) or None}
    result["ratio"] = result["app_s"] / result["bare_s"]
    result["listed_ratio"] = result["listed_s"] / result["bare_s"]
    return result


def collect(scale: str) -> list[Row]:
    """Measure (fewer runs when ``scale`` is "quick"), print the detail table, return the summary rows."""
    result = measure(2 if scale == "quick" else 9)
    _print(result)
    bare = "bare PySide6 window"
    return [
        Row("start-up to a shown window (demo db)", result["app_s"], f"<= {TARGET_RATIO:g}x bare",
            at_most(result["ratio"], TARGET_RATIO), bare, result["bare_s"], result["shown_mb"], "hwm", "startup"),
        Row("start-up to workshops listed (demo db)", result["listed_s"], "-", None, bare,
            result["bare_s"], result["listed_mb"], "hwm", "startup"),
    ]


def _print(result: dict[str, float]) -> None:
    reference = f"{result['bare_s'] * 1000:.0f} ms bare QMainWindow"
    print_table([
        ["benchmark", "reference (median)", "app (median)", "ratio", "target", "met"],
        ["start-up to shown window", reference, f"{result['app_s'] * 1000:.0f} ms", f"{result['ratio']:.2f}x",
         f"<= {TARGET_RATIO:.0f}x", "yes" if result["ratio"] <= TARGET_RATIO else "NO"],
        ["start-up to workshops listed", reference, f"{result['listed_s'] * 1000:.0f} ms",
         f"{result['listed_ratio']:.2f}x", "-", "-"],
    ])


def main() -> None:
    """Run the start-up benchmark alone and print its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    _print(measure(parser.parse_args().runs))


if __name__ == "__main__":
    main()
