"""The ULG workbook panel as Rui uses it: choose the scope and language, export with progress, cancel, warnings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.ui.conftest import DialogLog
from workshop_app.core import workbook_data
from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database
from workshop_app.ui.workbook_panel import WorkbookPanel, suggested_name

TIMEOUT_MS = 20_000


@pytest.fixture
def panel(qtbot: Any, db: Database) -> Iterator[WorkbookPanel]:
    fill_demo(db)
    widget = WorkbookPanel(language="pt")
    qtbot.addWidget(widget)
    widget.set_database(db)
    yield widget
    if widget.task is not None:
        widget.task.wait()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), "Excel workbooks (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_it_offers_the_databases_workshops_and_languages(panel: WorkbookPanel) -> None:
    assert panel.workshop_combo.count() == 5
    assert panel.workshop_combo.itemText(0).startswith("From ideas to actions")  # the newest first
    assert [panel.language_combo.itemData(i) for i in range(panel.language_combo.count())] == ["en", "pt"]
    assert panel.language_combo.currentData() == "pt"
    assert panel.summary.text() == "5 workshops, 57 survey responses and 60 participants will be exported."


def test_the_summary_follows_the_scope(panel: WorkbookPanel) -> None:
    panel.workshop_button.setChecked(True)
    panel.workshop_combo.setCurrentIndex(panel.workshop_combo.count() - 1)  # the oldest workshop
    assert panel.summary.text().startswith("1 workshop, ")
    assert panel.scope().workshop_id == panel.workshop_combo.currentData()
    panel.range_button.setChecked(True)
    panel.date_from.setDate(panel.date_to.date().addDays(1))
    assert "comes after the last day" in panel.summary.text()
    assert not panel.export_button.isEnabled()


def test_ticking_personal_data_shows_the_warning(panel: WorkbookPanel) -> None:
    assert panel.personal_warning.isHidden()
    panel.personal_box.setChecked(True)
    assert not panel.personal_warning.isHidden()
    assert "personal data" in panel.personal_warning.text()
    assert panel.scope().include_personal_data
    panel.personal_box.setChecked(False)
    assert panel.personal_warning.isHidden()


def test_export_with_progress_then_open_the_folder(qtbot: Any, panel: WorkbookPanel, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    asked = save_as(monkeypatch, tmp_path / "rui")  # the suffix is added
    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    progress: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT_MS) as finished:
        panel.export_button.click()
        panel.task.progressed.connect(lambda *r: progress.append(r))
    result = finished.args[0]
    assert asked and str(asked[0][2]).endswith(suggested_name())
    assert result.path == tmp_path / "rui.xlsx" and result.path.exists()
    assert load_workbook(result.path)["Summary"]["A1"].value.startswith("Contains no personal data")
    assert not panel.result_box.isHidden() and str(result.path) in panel.result_label.text()
    assert progress and progress[-1][0] == progress[-1][1]
    panel.open_folder_button.click()
    assert opened and opened[0].toLocalFile() == str(tmp_path)
    assert panel.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot: Any, panel: WorkbookPanel, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ulg.xlsx"
    gate = threading.Event()
    original = workbook_data.idea_rows

    def held(*args: Any) -> Any:  # the export waits here until the person has pressed Cancel
        gate.wait(10)
        return original(*args)

    monkeypatch.setattr(workbook_data, "idea_rows", held)
    cancelled: list[bool] = []
    task = panel.export(target)
    task.cancelled.connect(lambda: cancelled.append(True))
    task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    gate.set()
    assert task.wait(TIMEOUT_MS)
    qtbot.waitUntil(lambda: panel.export_button.isEnabled(), timeout=TIMEOUT_MS)
    assert cancelled == [True] and task.outcome == "cancelled"
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert panel.result_box.isHidden()


def test_a_file_open_elsewhere_is_a_clear_warning(qtbot: Any, panel: WorkbookPanel, tmp_path: Path,
                                                  dialog_log: DialogLog) -> None:
    target = tmp_path / "ulg.xlsx"
    (tmp_path / ".~lock.ulg.xlsx#").write_text("Rui")
    task = panel.export(target)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=TIMEOUT_MS)
    assert task.outcome == "failed"
    [warning] = dialog_log.texts("warning")
    assert "open in another program" in warning
    assert not target.exists()


def test_no_database_no_export(qtbot: Any) -> None:
    widget = WorkbookPanel()
    qtbot.addWidget(widget)
    assert not widget.export_button.isEnabled()
    assert widget.export() is None
    assert widget.summary.text() == "Open a database to export its workbook."
