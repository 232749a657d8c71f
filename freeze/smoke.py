"""The smoke run: the BUILT app, with no Python on PATH, does what a facilitator does; and its start-up time.

Every step runs the frozen executable in a scrubbed environment (offscreen Qt, a temporary home, PATH without
Python, no PYTHONPATH/PYTHONHOME) and fails with the child's exit status and stderr.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from freeze.bundle import APP_NAME, CLI_NAME, PACKAGE, ROOT, data_files

SMOKE_ENV = "WORKSHOP_APP_SMOKE"
"""``workshop_app.app.SMOKE_ENV`` (not imported: that would load the whole UI into the build script)."""
SMOKE_LANGUAGE = "pl"
"""The GUI runs in Polish: its marker then proves the translations shipped and loaded."""
PYTHON_NAMES = ("python", "python3", f"python3.{sys.version_info.minor}", "py")
TIMEOUT_S = 180.0


class SmokeFailure(Exception):
    """A step of the smoke run failed; the message says which, with the child's exit status and stderr."""


def executable(dist: Path) -> Path:
    """The frozen executable that runs the command line (on Windows and macOS the console one)."""
    folder = dist / APP_NAME
    if sys.platform == "win32":
        return folder / f"{CLI_NAME}.exe"
    if sys.platform == "darwin":
        return dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / CLI_NAME
    return folder / APP_NAME


def has_python(path: str) -> bool:
    """Whether a Python interpreter can be found on the search path ``path``."""
    return any(shutil.which(name, path=path) for name in PYTHON_NAMES)


def scrubbed_env(tmp: Path) -> dict[str, str]:
    """The frozen app's environment: offscreen Qt, a temporary home and app home, and a PATH with no Python."""
    for name in ("bin", "home", "runtime"):
        (tmp / name).mkdir(mode=0o700, exist_ok=True)
    env = {
        "PATH": str(tmp / "bin"),  # an empty folder: the app must start nothing from PATH
        "HOME": str(tmp / "home"),
        "USERPROFILE": str(tmp / "home"),
        "WORKSHOP_APP_HOME": str(tmp / "app-home"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "TMPDIR": str(tmp),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    if sys.platform == "win32":  # Windows cannot start a process without these
        env.update({key: os.environ[key] for key in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if key in os.environ})
    if has_python(env["PATH"]) or {"PYTHONPATH", "PYTHONHOME"} & env.keys():
        raise SmokeFailure(f"The scrubbed environment still finds Python: PATH={env['PATH']}")
    return env


def missing_files(internal: Path, root: Path = ROOT) -> list[str]:
    """Files the frozen app needs that are not in its ``_internal`` folder: resources, migrations, Qt plugins."""
    wanted = [Path(folder) / Path(source).name for source, folder in data_files(root)]
    missing = [str(path) for path in wanted if not (internal / path).is_file()]
    for pattern in ("platforms/*offscreen*", "imageformats/*svg*", "iconengines/*svg*"):
        if not any(internal.glob(f"PySide6/**/plugins/{pattern}")):
            missing.append(f"Qt plugin {pattern}")
    if not any(internal.glob(f"PySide6/**/translations/qtbase_{SMOKE_LANGUAGE}.qm")):
        missing.append(f"Qt translation qtbase_{SMOKE_LANGUAGE}.qm")
    return missing


def run(argv: Sequence[str | Path], env: dict[str, str], step: str) -> str:
    """Run one command of the frozen app; its stdout, or SmokeFailure with its stderr."""
    try:
        done = subprocess.run(list(argv), env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{step}: no answer after {TIMEOUT_S:.0f} s\n{exc.stderr or ''}") from exc
    if done.returncode != 0:
        raise SmokeFailure(f"{step}: exit status {done.returncode}\n{done.stderr}")
    return done.stdout


def start_window(argv: Sequence[str | Path], env: dict[str, str]) -> tuple[float, float, list[str]]:
    """Open the window in smoke mode: seconds from process start to a shown window and to the listed database,
    and the marker lines (``shown <language>``, ``ready <workshops>``, ``chart``)."""
    env = {**env, SMOKE_ENV: "1"}
    start = time.perf_counter()
    child = subprocess.Popen(list(argv), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killer = threading.Timer(TIMEOUT_S, child.kill)
    killer.start()
    shown = ready = float("nan")
    lines: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("shown"):
                shown = time.perf_counter() - start
            elif line.startswith("ready"):
                ready = time.perf_counter() - start
        _, stderr = child.communicate()
    finally:
        killer.cancel()
    if child.returncode != 0 or shown != shown or ready != ready or lines[-1:] != ["chart"]:  # NaN: never came
        raise SmokeFailure(f"window: exit status {child.returncode}, printed {lines}\n{stderr}")
    return shown, ready, lines


def smoke(dist: Path, tmp: Path) -> list[str]:
    """Run every step against the frozen app in ``dist``; returns one line per step passed."""
    exe = executable(dist)
    internal = dist / APP_NAME / "_internal"
    if not exe.is_file():
        raise SmokeFailure(f"No built app at {exe}; run `python build_installer.py` first")
    missing = missing_files(internal)
    if missing:
        raise SmokeFailure("Missing from the bundle: " + ", ".join(missing))
    env = scrubbed_env(tmp)
    db, workbook = tmp / "smoke.sqlite", tmp / "smoke.xlsx"
    passed = [f"bundle holds every resource, migration and Qt plugin needed; PATH {env['PATH']} has no Python"]
    passed.append("version: " + run([exe, "--version"], env, "--version").strip())
    run([exe, "demo", "--db", db, "--participants", "30"], env, "demo (a new database)")
    check = json.loads(run([exe, "check", "--db", db, "--json"], env, "check"))
    if not check.get("ok") or not check["counts"]["responses"]:
        raise SmokeFailure(f"check: {check}")
    passed.append(f"demo into a new database, migrated and checked: {check['counts']['responses']} responses")
    run([exe, "export-xlsx", "--db", db, "--out", workbook], env, "export-xlsx")
    passed.append(f"export-xlsx: sheets {_sheets(workbook)}")
    template = internal / PACKAGE / "resources" / "templates" / "ulg_workshop_feedback.xlsx"
    survey = json.loads(run([exe, "import-xlsform", template, "--db", db, "--json"], env, "import-xlsform"))
    run([exe, "export-xlsform", survey["id"], "--db", db, "--out", tmp / "form.xlsx"], env, "export-xlsform")
    passed.append(f"import-xlsform of a shipped template ({survey['question_count']} questions) and back")
    maps = json.loads(run([exe, "list", "maps", "--db", db, "--json"], env, "list maps"))
    for suffix in (".pdf", ".png"):
        run([exe, "render-map", maps[0]["id"], "--db", db, "--out", tmp / f"map{suffix}"], env, f"render {suffix}")
    passed.append("render-map to PDF and PNG")
    _set_language(Path(env["WORKSHOP_APP_HOME"]), SMOKE_LANGUAGE)
    _, _, lines = start_window([exe], env)  # no --db: the app creates its own default database
    if lines != [f"shown {SMOKE_LANGUAGE}", "ready 0", "chart"]:
        raise SmokeFailure(f"window on a new default database: printed {lines}, wanted shown {SMOKE_LANGUAGE}")
    _, _, lines = start_window([exe, "--db", db], env)
    if "ready 0" in lines:
        raise SmokeFailure(f"window on the demo database lists no workshops: {lines}")
    fonts = list((Path(env["WORKSHOP_APP_HOME"]) / "data" / "matplotlib").glob("fontlist*.json"))
    if not fonts:
        raise SmokeFailure("matplotlib's font list was not kept in the app's data folder")
    passed.append(f"window shown in Polish on a new default database and on the demo ({lines[1]}), a chart drawn "
                  f"(font list kept in {fonts[0].parent.name}/), then quit")
    return passed


def _set_language(app_home: Path, language: str) -> None:
    path = app_home / "config" / "settings.json"  # as workshop_app.settings keeps it; the laptop id is kept
    settings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({**settings, "language": language}), encoding="utf-8")


def _sheets(workbook: Path) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True)
    try:
        names = book.sheetnames
    finally:
        book.close()
    if not names or names[0] != "Summary":
        raise SmokeFailure(f"export-xlsx: the workbook's first sheet is not Summary: {names}")
    return names


def startup_times(dist: Path, tmp: Path, runs: int = 5) -> dict[str, float]:
    """Median seconds to a shown window (and to the listed database): the frozen app, and ``python -m`` from source.

    Both on the smoke run's demo database and settings (Polish), after one unmeasured start each to warm the cache.
    """
    env = scrubbed_env(tmp)
    db = tmp / "smoke.sqlite"
    source_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSHOP_APP_HOME": env["WORKSHOP_APP_HOME"],
                  "PYTHONPATH": str(ROOT)}
    commands = {"frozen": ([executable(dist), "--db", db], env),
                "source": ([sys.executable, "-m", PACKAGE, "--db", db], source_env)}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for argv, child_env in commands.values():
        start_window(argv, child_env)
    for _ in range(runs):
        for name, (argv, child_env) in commands.items():  # alternately, so both see the same machine load
            times[name].append(start_window(argv, child_env)[:2])
    result = {}
    for name, pairs in times.items():
        result[f"{name}_shown_s"] = statistics.median(shown for shown, _ in pairs)
        result[f"{name}_ready_s"] = statistics.median(ready for _, ready in pairs)
    return result
