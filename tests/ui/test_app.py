"""Starting the app: which database, what happens when it cannot be opened, and a fast import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop_app import app, paths
from workshop_app.settings import Settings
from workshop_app.ui import dialogs, startup
from workshop_app.ui.startup import StartChoice


def test_start_database_prefers_the_named_file_then_the_last_one_then_the_default(tmp_path: Path) -> None:
    settings = Settings(last_database=str(tmp_path / "last.sqlite"))
    assert app.start_database(tmp_path / "named.sqlite", settings) == (tmp_path / "named.sqlite", False)
    assert app.start_database(None, settings) == (tmp_path / "last.sqlite", False)
    assert app.start_database(None, Settings()) == (paths.default_database_path(), True)


def test_first_start_creates_the_default_database(qtbot: Any) -> None:
    window = app.create_main_window(None, Settings())
    try:
        assert window.db is not None and window.db.path == paths.default_database_path()
        assert paths.default_database_path().exists()
    finally:
        window.close()


def test_a_bad_start_file_lets_the_person_create_a_new_one(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\0garbage" * 64)
    shown: list[str] = []
    monkeypatch.setattr(startup, "ask_after_failure", lambda _parent, message: shown.append(message) or StartChoice.NEW)
    monkeypatch.setattr(dialogs, "choose_new_database", lambda *args: tmp_path / "new.sqlite")

    window = app.create_main_window(broken, Settings())
    try:
        assert str(broken) in shown[0]
        assert window.db is not None and window.db.path == tmp_path / "new.sqlite"
    finally:
        window.close()


def test_quitting_at_the_start_problem_dialog_cancels_the_start(qtbot: Any, tmp_path: Path) -> None:
    # The autouse dialog stub closes the box without a choice, which counts as Quit.
    with pytest.raises(app.StartCancelled):
        app.create_main_window(tmp_path / "missing.sqlite", Settings())


def test_importing_the_gui_does_not_import_the_heavy_libraries() -> None:
    code = (
        "import sys, workshop_app.app, workshop_app.ui.main_window;"
        "print(sorted(m for m in ('matplotlib', 'openpyxl', 'pyxform', 'alembic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]"


def test_the_style_sheet_and_icon_ship_with_the_app() -> None:
    sheet = app.style_sheet()
    assert "#navigation::item:selected" in sheet and "@icons/" not in sheet
    assert paths.resource("icons", "app.svg").is_file()
