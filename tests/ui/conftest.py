"""Fixtures of the UI tests: a hidden main window on a temporary database, and dialogs that never block."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop_app.db.database import Database
from workshop_app.settings import Settings, load_settings
from workshop_app.ui.main_window import MainWindow

START_TIMEOUT_MS = 10_000


@dataclass
class DialogLog:
    """What the code under test tried to show; every dialog answers at once."""

    messages: list[tuple[str, str]] = field(default_factory=list)
    """(kind, text) of each message box."""
    boxes: int = 0
    """Custom message boxes run with exec() (they answer as if closed)."""

    def texts(self, kind: str | None = None) -> list[str]:
        """The texts of the message boxes shown (of one kind, e.g. "warning")."""
        return [text for k, text in self.messages if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    """No test ever waits on a dialog: message boxes are recorded, file dialogs are cancelled."""
    log = DialogLog()

    def recorder(kind: str) -> Any:
        def show(_parent: Any, _title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            log.messages.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))

    def exec_box(self: QMessageBox) -> int:
        log.boxes += 1
        log.messages.append(("box", f"{self.text()} {self.informativeText()}"))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    return log


@pytest.fixture
def existing_db_path(db_path: Path) -> Path:
    """A migrated, empty database file that no one holds open."""
    Database.open(db_path, create=True, laptop_id="laptop-test").close()
    return db_path


def started_window(qtbot: Any, db_path: Path | None, settings: Settings | None = None) -> MainWindow:
    """``create_main_window``, hidden, once its start database is open (as after the first show)."""
    from workshop_app.app import create_main_window

    window = create_main_window(db_path, settings if settings is not None else load_settings())
    with qtbot.waitSignal(window.database_ready, timeout=START_TIMEOUT_MS):
        window.schedule_start()
    return window


@pytest.fixture
def main_window(qtbot: Any, existing_db_path: Path) -> Iterator[MainWindow]:
    """The app's window, built hidden on a temporary database, and closed (releasing the database) after."""
    window = started_window(qtbot, existing_db_path)
    yield window
    window.close()
    window.deleteLater()
