"""Export for merge, Merge and Check database through the window: file dialogs answered by the test, work off the
GUI thread, the preview before anything is written, and every page showing the merged data afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop_app.core.demo import fill_demo
from workshop_app.core.packing import pack
from workshop_app.core.participants import ParticipantService
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.backup import list_backups
from workshop_app.db.database import Database
from workshop_app.formats.exchange_package import read_manifest
from workshop_app.ui.exchange_panel import ExchangePanel
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.participants_page import ParticipantsPage

WAIT_MS = 20_000


@pytest.fixture(scope="module")
def demo_packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Packages from two facilitators' laptops (demo data, different seeds)."""
    folder = tmp_path_factory.mktemp("packages")
    made = []
    for name, seed in (("ana", 1), ("joao", 2)):
        with Database.open(folder / f"{name}.sqlite", create=True, laptop_id=f"laptop-{name}") as db:
            fill_demo(db, participants=20, seed=seed)
            made.append(pack(db, folder / f"{name}.wspack", made_by=name.capitalize()).path)
    return made


def _answer_open_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))


def _answer_save_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def _wait_done(qtbot: Any, window: MainWindow) -> None:
    task = window.exchange_actions.task
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=WAIT_MS)


def test_the_file_menu_has_the_actions_after_restore(main_window: MainWindow) -> None:
    actions = main_window.file_menu.actions()
    restore = actions.index(main_window.database_actions.restore_action)
    found = [a for a in actions[restore + 1:] if not a.isSeparator()][:3]
    exchange = main_window.exchange_actions
    assert found == [exchange.check_action, exchange.export_action, exchange.merge_action]
    assert all(a.isEnabled() for a in found)
    assert [a.text() for a in found] == ["&Check database…", "E&xport for merge…", "&Merge…"]


def test_export_for_merge_writes_a_package(main_window: MainWindow, qtbot: Any, monkeypatch, tmp_path, dialog_log):
    WorkshopService(main_window.db).create("Listening session", place="Parish hall")
    main_window.settings.user_name = "Ana Costa"
    _answer_save_file(monkeypatch, tmp_path / "for-rui")  # the suffix is added
    with qtbot.waitSignal(main_window.exchange_actions.packed, timeout=WAIT_MS) as signal:
        main_window.exchange_actions.export_action.trigger()
    written = tmp_path / "for-rui.wspack"
    assert signal.args[0].path == written and written.exists()
    manifest = read_manifest(written)
    assert manifest.counts["workshops"] == 1 and manifest.made_by == "Ana Costa"
    assert any("Saved for-rui.wspack" in text for text in dialog_log.texts("information"))


def test_merge_shows_a_preview_then_merges_and_every_page_shows_the_new_data(
        main_window: MainWindow, qtbot: Any, monkeypatch, demo_packages) -> None:
    old_db = main_window.db
    _answer_open_files(monkeypatch, demo_packages)
    actions = main_window.exchange_actions
    actions.merge_action.trigger()
    qtbot.waitUntil(lambda: actions.preview_dialog is not None and actions.preview_dialog.isVisible(), timeout=WAIT_MS)
    dialog = actions.preview_dialog
    assert WorkshopService(main_window.db).list() == [], "the preview wrote nothing"
    assert dialog.kinds_view.model().rowCount() > 5 and dialog.renumbered_view.model().rowCount() == 20
    assert dialog.merge_button is not None and dialog.merge_button.isEnabled()
    with qtbot.waitSignal(actions.merged, timeout=WAIT_MS) as signal:
        dialog.merge_button.click()
    report = signal.args[0]
    assert report.written and report.added["participants"] == 40
    assert main_window.db is not None and main_window.db is not old_db, "reopened: fresh services and caches"
    assert main_window.workshops_view.model.rowCount() == 10
    people = next(p for p in main_window.section_pages if isinstance(p, ParticipantsPage)).people
    assert people.model.rowCount() == 40
    assert actions.result_dialog is not None and actions.result_dialog.windowTitle() == "Packages merged"
    assert actions.result_dialog.merge_button is None
    [backup] = list_backups(main_window.db.path)  # the database as it was, kept before merging
    assert str(backup) in actions.result_dialog.hint.text()
    with Database.open(backup) as before:
        assert WorkshopService(before).list() == []
    actions.result_dialog.close()


def test_cancelling_the_preview_writes_nothing(main_window: MainWindow, qtbot: Any, monkeypatch, demo_packages):
    _answer_open_files(monkeypatch, demo_packages[:1])
    actions = main_window.exchange_actions
    actions.merge_action.trigger()
    qtbot.waitUntil(lambda: actions.preview_dialog is not None and actions.preview_dialog.isVisible(), timeout=WAIT_MS)
    actions.preview_dialog.reject()
    qtbot.wait(50)
    assert ParticipantService(main_window.db).list() == [] and actions.result_dialog is None


def test_cancelling_the_merge_itself_writes_nothing(main_window: MainWindow, qtbot: Any, monkeypatch,
                                                     demo_packages) -> None:
    _answer_open_files(monkeypatch, demo_packages)
    actions = main_window.exchange_actions
    actions.merge_action.trigger()
    qtbot.waitUntil(lambda: actions.preview_dialog is not None and actions.preview_dialog.isVisible(), timeout=WAIT_MS)
    actions.preview_dialog.merge_button.click()
    task = actions.task
    task.cancel()  # the person pressed Cancel in the progress dialog
    assert task.wait(WAIT_MS)
    qtbot.wait(50)
    assert task.outcome == "cancelled" and actions.result_dialog is None
    assert ParticipantService(main_window.db).list() == [] and WorkshopService(main_window.db).list() == []


def test_a_bad_package_is_refused_in_one_sentence(main_window: MainWindow, qtbot: Any, monkeypatch, tmp_path,
                                                   dialog_log) -> None:
    junk = tmp_path / "holiday-photos.wspack"
    junk.write_bytes(b"\x89PNG not a package")
    _answer_open_files(monkeypatch, [junk])
    main_window.exchange_actions.merge_action.trigger()
    _wait_done(qtbot, main_window)
    qtbot.waitUntil(lambda: bool(dialog_log.texts("warning")), timeout=WAIT_MS)
    assert dialog_log.texts("warning") == ["holiday-photos.wspack is not a Workshop App exchange package."]
    assert main_window.exchange_actions.preview_dialog is None


def test_check_database_says_what_it_found(main_window: MainWindow, qtbot: Any) -> None:
    actions = main_window.exchange_actions
    actions.check_action.trigger()
    qtbot.waitUntil(lambda: getattr(actions, "check_box", None) is not None, timeout=WAIT_MS)
    box: QMessageBox = actions.check_box
    assert box.text() == f"No problems found in {main_window.db.path.name}."
    assert box.informativeText().startswith("It holds: Workshops: 0, Participants: 0")
    box.close()


def test_the_panel_packs_one_workshop(main_window: MainWindow, qtbot: Any, monkeypatch, tmp_path) -> None:
    service = WorkshopService(main_window.db)
    service.create("Monday listening session")
    chosen = service.create("Tuesday co-design")
    panel = ExchangePanel(main_window.exchange_actions)
    qtbot.addWidget(panel)
    panel.refresh()
    items = [panel.scope_combo.itemText(i) for i in range(panel.scope_combo.count())]
    assert items[0] == "Everything on this laptop" and len(items) == 3
    assert items[2].startswith("Only “Tuesday co-design” (")
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData(chosen.id))
    _answer_save_file(monkeypatch, tmp_path / "tuesday.wspack")
    with qtbot.waitSignal(main_window.exchange_actions.packed, timeout=WAIT_MS):
        panel.pack_button.click()
    manifest = read_manifest(tmp_path / "tuesday.wspack")
    assert manifest.scope == {"kind": "workshop", "workshop_id": chosen.id, "title": "Tuesday co-design"}
    assert manifest.counts["workshops"] == 1


def test_the_panel_reads_well_on_a_real_database(main_window: MainWindow, qtbot: Any) -> None:
    from workshop_app.app import style_sheet

    fill_demo(main_window.db, participants=30, seed=3)
    panel = ExchangePanel(main_window.exchange_actions)
    panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    panel.setStyleSheet(style_sheet() + "#exchangePanel { background: #f5f7fa; }")  # the page's look
    panel.setContentsMargins(20, 16, 20, 16)  # the page's margins
    qtbot.addWidget(panel)
    panel.resize(640, 330)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.scope_combo.count() == 6  # everything, and each of the five demo workshops
    shots = Path(__file__).resolve().parents[2] / "shots"
    shots.mkdir(exist_ok=True)
    panel.grab().save(str(shots / "merge_panel.png"))
    panel.scope_combo.showPopup()
    qtbot.wait(50)
    panel.scope_combo.hidePopup()
