"""The layering rules: core, db and formats never import Qt, even indirectly."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import workshop_app

PACKAGE = Path(workshop_app.__file__).parent
QT_FREE = ("core", "db", "formats")
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _modules(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_qt_free_layers_do_not_mention_qt() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [f"{path}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_qt_free_layers_loads_no_qt() -> None:
    modules = [m for layer in QT_FREE for m in _modules(layer)]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ui_and_app_hold_no_sql() -> None:
    """Screens go through core services; SQLAlchemy query building stays out of ui/."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(("sqlalchemy", "sqlite3")):
                offenders.append(f"{path}: {node.module}")
            if isinstance(node, ast.Import) and any(a.name.startswith(("sqlalchemy", "sqlite3")) for a in node.names):
                offenders.append(str(path))
    assert offenders == []
