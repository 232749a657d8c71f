"""Starting the app: which database, the window before the database, what happens when it cannot be opened."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop_app import app, paths
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.settings import Settings
from workshop_app.ui import dialogs, startup
from workshop_app.ui.main_window import FIRST_PAINT_WAIT_MS
from workshop_app.ui.startup import StartChoice
from workshop_app.ui.workshops_view import EMPTY_PAGE, OPENING_PAGE

from .conftest import START_TIMEOUT_MS, started_window

ROOT = Path(__file__).resolve().parents[2]


def test_start_database_prefers_the_named_file_then_the_last_one_then_the_default(tmp_path: Path) -> None:
    settings = Settings(last_database=str(tmp_path / "last.sqlite"))
    assert app.start_database(tmp_path / "named.sqlite", settings) == (tmp_path / "named.sqlite", False)
    assert app.start_database(None, settings) == (tmp_path / "last.sqlite", False)
    assert app.start_database(None, Settings()) == (paths.default_database_path(), True)


def test_first_start_creates_the_default_database(qtbot: Any) -> None:
    window = started_window(qtbot, None, Settings())
    try:
        assert window.db is not None and window.db.path == paths.default_database_path()
        assert paths.default_database_path().exists()
    finally:
        window.close()


def test_the_window_is_built_before_the_database_opens_and_says_so(qtbot: Any, existing_db_path: Path) -> None:
    window = app.create_main_window(existing_db_path, Settings())
    try:
        view = window.workshops_view
        assert window.db is None and window.workshop_service is None
        assert view._pages.currentIndex() == OPENING_PAGE, "no empty list or table while the file opens"
        assert view.opening_label.text() == f"Opening {existing_db_path.name}…"
        assert window.database_label.text() == f"Opening {existing_db_path.name}…"
        assert not window.new_workshop_action.isEnabled() and not window.database_actions.backup_action.isEnabled()
        assert window.new_workshop() is None

        with qtbot.waitSignal(window.database_ready, timeout=START_TIMEOUT_MS):
            window.show()  # the first show opens the database, on the next turn of the event loop
        assert window.db is not None and window.db.path == existing_db_path
        assert view._pages.currentIndex() == EMPTY_PAGE
        assert window.new_workshop_action.isEnabled() and window.database_actions.backup_action.isEnabled()
    finally:
        window.close()


def test_closing_before_the_database_opened_never_opens_it(qtbot: Any, existing_db_path: Path) -> None:
    window = app.create_main_window(existing_db_path, Settings())
    window.show()
    window.close()
    qtbot.wait(FIRST_PAINT_WAIT_MS + 100)  # past the moment it would have opened even without a paint
    assert window.db is None
    Database.open(existing_db_path).close()  # not locked


def test_a_bad_start_file_lets_the_person_create_a_new_one(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"\0garbage" * 64)
    shown: list[tuple[Any, str]] = []
    monkeypatch.setattr(startup, "ask_after_failure",
                        lambda parent, message: shown.append((parent, message)) or StartChoice.NEW)
    monkeypatch.setattr(dialogs, "choose_new_database", lambda *args: tmp_path / "new.sqlite")

    window = started_window(qtbot, broken, Settings())
    try:
        [(parent, message)] = shown
        assert parent is window, "the question appears over the window"
        assert str(broken) in message
        assert window.db is not None and window.db.path == tmp_path / "new.sqlite"
    finally:
        window.close()


def test_quitting_at_the_start_problem_dialog_closes_the_window(qtbot: Any, tmp_path: Path) -> None:
    # The autouse dialog stub closes the box without a choice, which counts as Quit.
    window = app.create_main_window(tmp_path / "missing.sqlite", Settings())
    ready: list[bool] = []
    window.database_ready.connect(lambda: ready.append(True))
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=START_TIMEOUT_MS)
    assert window.db is None and not ready
    assert window.workshops_view.opening_label.text() == "No database is open.", "no longer says it is opening"


def test_quitting_at_the_start_ends_the_app_with_status_zero(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from workshop_app.ui import startup;"
        "startup.ask_after_failure = lambda *args: startup.StartChoice.QUIT;"
        "from workshop_app.app import run_gui; sys.exit(run_gui(Path(sys.argv[1])))"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "missing.sqlite")], capture_output=True,
                            text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr


SHOWN_WITHOUT_THE_DATABASE_LAYER = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from workshop_app.app import create_main_window, ensure_application
from workshop_app.settings import load_settings

app = ensure_application()
window = create_main_window(Path(sys.argv[1]), load_settings())
window.show()
heavy = sorted(m for m in ("sqlalchemy", "alembic", "matplotlib", "openpyxl", "pyxform") if m in sys.modules)
loop = QEventLoop()
window.database_ready.connect(loop.quit)
QTimer.singleShot(20_000, loop.quit)
loop.exec()
model = window.workshops_view.model
listed = [model.summary(row).title for row in range(model.rowCount())]
print(json.dumps({"heavy": heavy, "listed": sorted(listed)}))
window.close()
"""


def test_the_window_is_shown_before_the_database_layer_is_imported(db: Database) -> None:
    for title in ("Neighbourhood walk", "Market stall survey"):
        WorkshopService(db).create(title)
    path = db.path
    db.close()
    result = subprocess.run([sys.executable, "-c", SHOWN_WITHOUT_THE_DATABASE_LAYER, str(path)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["heavy"] == [], "importing, building and showing the window needs none of these"
    assert found["listed"] == ["Market stall survey", "Neighbourhood walk"], "then the database opens"


def test_the_style_sheet_and_icon_ship_with_the_app() -> None:
    sheet = app.style_sheet()
    assert "#navigation::item:selected" in sheet and "@icons/" not in sheet
    assert paths.resource("icons", "app.svg").is_file()
