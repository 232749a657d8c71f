"""Build Workshop App for a USB stick: a self-contained folder made by PyInstaller, then the platform's archive.

    pip install ".[installer]"
    python build_installer.py              # dist/WorkshopApp/ and dist/WorkshopApp-<version>-<os>-<cpu>.tar.gz|zip|…
    python build_installer.py --smoke      # the same, then run the BUILT app with no Python on PATH, and time it
    python build_installer.py --smoke --no-build   # smoke-test and time the app already in dist/

Linux gives a .tar.gz with install.sh; Windows an Inno Setup installer if ``iscc`` is on PATH, else a .zip; macOS
an .app in a .dmg (``hdiutil``), else a .zip. Only the Linux output is checked on the build machine.
What goes into the bundle is decided in ``freeze/bundle.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from freeze import bundle, package, smoke
from freeze.icons import render_icons

ROOT = bundle.ROOT
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SPEC = ROOT / "freeze" / "workshop_app.spec"
SIZE_TARGET_MB = 250
PYINSTALLER_MISSING = 'PyInstaller is not installed here; run pip install ".[installer]" and try again.'
EXIT_FAILED, EXIT_USAGE = 1, 2
MB = 1024 * 1024


class BuildFailure(Exception):
    """The build could not finish; the message says why."""


def pyinstaller_problem() -> str | None:
    """The sentence to print when PyInstaller cannot be used, or None when it can."""
    return None if importlib.util.find_spec("PyInstaller") is not None else PYINSTALLER_MISSING


def build(version: str) -> dict[str, Path]:
    """Run PyInstaller on the spec (icons drawn first); returns the icons written."""
    icons = render_icons(ROOT / "resources" / "icons" / "app.svg", BUILD / "icons")
    print(f"Building Workshop App {version} with PyInstaller (a minute or a few)…", flush=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)]
    done = subprocess.run(command, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise BuildFailure(f"PyInstaller failed (exit status {done.returncode}); its messages are above.")
    saved = package.strip_debug_info(DIST / bundle.APP_NAME)
    if saved:
        print(f"Removed {saved / MB:.1f} MB of debugging information from the libraries.")
    return icons


def check_bundle(folder: Path, outside: dict[str, str]) -> list[str]:
    """Problems that make the built folder unusable: a file missing, a Qt library needed but left out
    (``outside``: the libraries the bundle takes from the system, from ``package.linux_outside_libraries``)."""
    problems = smoke.missing_files(folder / "_internal")
    problems += [f"{name} is needed but not bundled" for name, where in outside.items()
                 if where == "not found" and bundle.qt_library_module(name)]
    return problems


def system_libraries_report(outside: dict[str, str]) -> list[str]:
    """Lines naming the libraries the Linux bundle takes from the system, with their Debian packages."""
    packages = package.debian_packages(outside)
    return [f"  {name}: {packages.get(name, where)}" for name, where in outside.items()]


def report(version: str, folder: Path, archive: Path | None, lines: list[str]) -> None:
    """Print what was built and what was measured."""
    size = bundle.folder_size(folder) / MB
    target = "within" if size <= SIZE_TARGET_MB else "OVER"
    print(f"\nWorkshop App {version} for {sys.platform}-{platform.machine()}")
    print(f"  bundle:  {folder.relative_to(ROOT)}  {size:.1f} MB unpacked ({target} the {SIZE_TARGET_MB} MB target)")
    if archive is not None:
        print(f"  archive: {archive.relative_to(ROOT)}  {archive.stat().st_size / MB:.1f} MB")
    for line in lines:
        print(line)


def main(argv: list[str] | None = None) -> int:
    """Build, package, and on request smoke-test and time the frozen app; returns the exit status."""
    parser = argparse.ArgumentParser(description="Build Workshop App with PyInstaller for this platform.")
    parser.add_argument("--smoke", action="store_true",
                        help="run the built app (no Python on PATH): demo, export, window in Polish; time start-up")
    parser.add_argument("--no-build", action="store_true", help="use the app already in dist/ (with --smoke)")
    parser.add_argument("--runs", type=int, default=5, help="start-ups timed for the median (default: 5)")
    args = parser.parse_args(argv)
    version = bundle.app_version()
    folder = DIST / bundle.APP_NAME
    archive = None
    lines: list[str] = []
    if not args.no_build:
        problem = pyinstaller_problem()
        if problem:
            print(problem, file=sys.stderr)
            return EXIT_USAGE
        started = time.perf_counter()
        try:
            icons = build(version)
            linux = sys.platform.startswith("linux")
            outside = package.linux_outside_libraries(folder) if linux else {}
            problems = check_bundle(folder, outside)
            if problems:
                raise BuildFailure("The bundle is incomplete:\n  " + "\n  ".join(problems))
            archive = package.package(DIST, version, icons)
        except (BuildFailure, subprocess.CalledProcessError) as failure:
            print(failure, file=sys.stderr)
            return EXIT_FAILED
        lines.append(f"  built in {time.perf_counter() - started:.0f} s")
        if linux:
            lines += ["  libraries taken from the system (Debian package):", *system_libraries_report(outside)]
    elif not smoke.executable(DIST).is_file():
        print(f"No built app in {DIST}; run without --no-build first.", file=sys.stderr)
        return EXIT_USAGE
    if args.smoke:
        with tempfile.TemporaryDirectory(prefix="workshop-smoke-") as tmp:
            try:
                passed = smoke.smoke(DIST, Path(tmp))
                times = smoke.startup_times(DIST, Path(tmp), runs=args.runs)
            except smoke.SmokeFailure as failure:
                print(f"Smoke run FAILED: {failure}", file=sys.stderr)
                return EXIT_FAILED
        lines += ["Smoke run passed:", *(f"  - {line}" for line in passed)]
        lines.append(f"Start-up, median of {args.runs} (process start -> shown window -> workshops listed):")
        for name, label in (("frozen", "frozen app"), ("source", "python -m workshop_app")):
            lines.append(f"  {label:<24} {times[f'{name}_shown_s']:.2f} s -> {times[f'{name}_ready_s']:.2f} s")
    report(version, folder, archive, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
