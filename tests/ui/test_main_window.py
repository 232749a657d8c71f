"""The main window: navigation, menus, switching databases, backups and geometry (accessibility: the walk in
test_accessibility.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from workshop_app import paths
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.settings import load_settings
from workshop_app.ui import dialogs
from workshop_app.ui.coming_view import ComingPage
from workshop_app.ui.main_window import MainWindow

from .conftest import DialogLog, started_window


def answer_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def make_database(path: Path, *titles: str) -> Path:
    with Database.open(path, create=True, laptop_id="other-laptop") as db:
        for title in titles:
            WorkshopService(db).create(title)
    return path


def titles(window: MainWindow) -> list[str]:
    assert window.workshop_service is not None
    return sorted(s.title for s in window.workshop_service.list())


def test_navigation_switches_pages_and_the_other_sections_say_what_is_coming(main_window: MainWindow) -> None:
    labels = [main_window.navigation.item(row).text() for row in range(main_window.navigation.count())]
    assert labels == ["Workshops", "Participants", "Surveys", "Stakeholder maps", "Results", "Export"]
    for row in range(1, main_window.navigation.count()):
        main_window.navigation.setCurrentRow(row)
        page = main_window.pages.currentWidget()
        if page in main_window.section_pages:
            continue  # a section already built: its own tests cover it
        assert isinstance(page, ComingPage) and page.title == labels[row]
        assert not page.findChildren(QAbstractButton), "a coming page has nothing to click"
    main_window.navigation.setCurrentRow(0)
    assert main_window.pages.currentWidget() is main_window.workshops_view


def test_title_and_status_bar_name_the_open_database(main_window: MainWindow, existing_db_path: Path) -> None:
    assert existing_db_path.name in main_window.windowTitle()
    assert existing_db_path.name in main_window.database_label.text()
    assert main_window.database_label.toolTip() == str(existing_db_path)


def test_opening_a_file_that_is_not_a_database_keeps_the_current_one(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialog_log: DialogLog
) -> None:
    main_window.new_workshop()
    before = main_window.db
    junk = tmp_path / "notes.sqlite"
    junk.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")
    answer_open(monkeypatch, junk)

    main_window.database_actions.open_action.trigger()

    [warning] = dialog_log.texts("warning")
    assert str(junk) in warning and "Traceback" not in warning
    assert main_window.db is before and before is not None
    assert titles(main_window) == ["New workshop"], "the previous database still works"
    assert main_window.undo_stack.count() == 1


def test_switching_databases_rebinds_everything(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, existing_db_path: Path
) -> None:
    main_window.new_workshop()
    other = make_database(tmp_path / "rui.sqlite", "Merged session A", "Merged session B")
    answer_open(monkeypatch, other)

    main_window.database_actions.open_action.trigger()

    assert main_window.db is not None and main_window.db.path == other
    assert titles(main_window) == ["Merged session A", "Merged session B"]
    assert main_window.workshops_view.model.rowCount() == 2
    assert main_window.undo_stack.count() == 0, "the undo history of the other file is gone"
    assert "rui.sqlite" in main_window.windowTitle()
    settings = load_settings()
    assert settings.last_database == str(other.resolve())
    assert str(existing_db_path.resolve()) in settings.recent_databases
    Database.open(existing_db_path).close()  # the old file was closed and unlocked


def test_new_database_starts_empty(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    main_window.new_workshop()
    answer_save(monkeypatch, tmp_path / "fresh")
    assert main_window.database_actions.new_database()
    assert main_window.db is not None and main_window.db.path == tmp_path / "fresh.sqlite"
    assert titles(main_window) == []
    assert main_window.workshops_view._pages.currentIndex() == 1


def test_backup_writes_a_copy_that_opens(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    main_window.new_workshop()
    target = tmp_path / "usb" / "copy.sqlite"
    target.parent.mkdir()
    answer_save(monkeypatch, target)
    assert main_window.database_actions.backup() == target
    with Database.open(target) as copy:
        assert [s.title for s in WorkshopService(copy).list()] == ["New workshop"]


def test_restore_replaces_the_data_and_says_where_the_old_data_went(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialog_log: DialogLog
) -> None:
    backup = make_database(tmp_path / "backup.sqlite", "From the backup")
    main_window.new_workshop()
    answer_open(monkeypatch, backup)
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, info, _a: questions.append(f"{text} {info}") or True)

    assert main_window.database_actions.restore()

    assert "backup.sqlite" in questions[0] and "kept as a backup" in questions[0]
    assert titles(main_window) == ["From the backup"]
    [done] = dialog_log.texts("information")
    kept = Path(done.rsplit(" at ", 1)[1].rstrip("."))
    assert kept.exists(), "the replaced data is kept where the message says"
    assert main_window.undo_stack.count() == 0


def test_restore_of_a_bad_file_keeps_the_data_and_the_window_working(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialog_log: DialogLog
) -> None:
    main_window.new_workshop()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    answer_open(monkeypatch, junk)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    assert not main_window.database_actions.restore()
    assert dialog_log.texts("warning")
    assert titles(main_window) == ["New workshop"]


def test_automatic_backup_is_made_and_a_failure_never_raises(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = main_window.make_automatic_backup()
    assert made is not None and made.exists()

    import workshop_app.db.backup as backup

    def broken(*args: Any, **kwargs: Any) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "automatic_backup", broken)
    assert main_window.make_automatic_backup() is None
    assert "could not be made" in main_window.statusBar().currentMessage()


def test_geometry_is_kept_in_the_apps_data_folder(main_window: MainWindow) -> None:
    main_window.resize(1000, 700)
    main_window.save_geometry()
    assert (paths.data_dir() / "window.ini").is_file()


def test_undo_and_redo_actions_use_standard_shortcuts(main_window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert main_window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert main_window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert main_window.new_workshop_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert main_window.database_actions.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_closing_saves_text_still_being_typed_and_releases_the_file(
    qtbot: Any, existing_db_path: Path
) -> None:
    window = started_window(qtbot, existing_db_path)
    workshop_id = window.new_workshop()
    place = window.workshops_view.editor.place_edit
    qtbot.keyClicks(place, "Parish hall")  # no Return, no focus change: not committed yet
    window.close()

    with Database.open(existing_db_path) as db:  # the lock is free again
        assert WorkshopService(db).get(workshop_id).place == "Parish hall"


def test_window_size_comes_back_next_time(qtbot: Any, existing_db_path: Path) -> None:
    first = started_window(qtbot, existing_db_path)
    first.resize(640, 480)  # within the offscreen screen, which restoreGeometry clamps to
    first.close()
    second = started_window(qtbot, existing_db_path)
    try:
        assert (second.width(), second.height()) == (640, 480)
    finally:
        second.close()


def test_about_names_the_version(main_window: MainWindow, dialog_log: DialogLog) -> None:
    import workshop_app

    main_window.about_action.trigger()
    [text] = dialog_log.texts("about")
    assert workshop_app.__version__ in text and "URBACT" in text
