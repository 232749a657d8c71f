"""The File menu's database actions: new, open, back up and restore, each with its dialogs."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from workshop_app import paths
from workshop_app.errors import UserError
from workshop_app.ui import dialogs
from workshop_app.ui.startup import open_interactively

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class DatabaseActions(QObject):
    """Owns the File menu's database actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = QAction(self.tr("New &database…"), window)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setStatusTip(self.tr("Start an empty database in a file of your choice"))
        self.new_action.triggered.connect(self.new_database)
        self.open_action = QAction(self.tr("&Open database…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Work on another database file"))
        self.open_action.triggered.connect(self.open_database)
        self.backup_action = QAction(self.tr("&Backup…"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.setStatusTip(self.tr("Save a copy of the open database, e.g. on a USB stick"))
        self.backup_action.triggered.connect(self.backup)
        self.restore_action = QAction(self.tr("&Restore…"), window)
        self.restore_action.setStatusTip(self.tr("Replace the open database with a backup"))
        self.restore_action.triggered.connect(self.restore)

    def actions(self) -> list[QAction]:
        """The actions in menu order."""
        return [self.new_action, self.open_action, self.backup_action, self.restore_action]

    def _folder(self) -> Path:
        db = self.window.db
        return db.path.parent if db is not None else Path.home()

    # -- new and open --------------------------------------------------------------------------
    def new_database(self) -> bool:
        """Ask where, then create and open an empty database there (an existing file is opened instead)."""
        path = dialogs.choose_new_database(self.window, self._folder() / "workshops.sqlite")
        if path is None:
            return False
        existed = path.exists()
        if not self.window.switch_database(path, create=True):
            return False
        if existed:
            self.window.statusBar().showMessage(
                self.tr("{name} already existed, so it was opened, not replaced.").format(name=path.name), 8000
            )
        return True

    def open_database(self) -> bool:
        """Ask for a database file and open it; on failure the current one stays open."""
        path = dialogs.choose_database_to_open(self.window, self._folder())
        return path is not None and self.window.switch_database(path)

    # -- backup and restore --------------------------------------------------------------------
    def backup(self) -> Path | None:
        """Save a copy of the open database to a file the person chooses."""
        db = self.window.db
        if db is None:
            return None
        suggested = Path.home() / f"{db.path.stem}-backup-{date.today().isoformat()}.sqlite"
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up database"), str(suggested), dialogs.database_filter()
        )
        if not name:
            return None
        self.window.commit_all_pending()
        try:
            from workshop_app.db.backup import backup_database

            written = backup_database(db, Path(name))
        except (UserError, OSError) as exc:
            dialogs.warn(self.window, self.tr("Backup failed"), str(exc))
            return None
        self.window.statusBar().showMessage(self.tr("Backup saved to {path}.").format(path=written), 10000)
        return written

    def restore(self) -> bool:
        """Replace the open database with a backup, after confirming; the replaced data is kept as a backup."""
        db = self.window.db
        if db is None:
            return False
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), str(paths.backups_dir(db.path)), dialogs.database_filter()
        )
        if not name:
            return False
        source = Path(name)
        question = self.tr("Replace “{name}” with the backup “{source}”?").format(name=db.path.name, source=source.name)
        details = self.tr("The current data is kept as a backup at {folder}.").format(folder=paths.backups_dir(db.path))
        if not dialogs.confirm(self.window, self.tr("Restore backup"), question, details, self.tr("Replace")):
            return False
        path = self.window.release_database()
        assert path is not None
        kept: Path | None = None
        problem = ""
        try:
            from workshop_app.db.backup import restore_database

            kept = restore_database(path, source, laptop_id=self.window.settings.laptop_id)
        except (UserError, OSError) as exc:
            log.warning("Restore failed", exc_info=True)
            problem = str(exc)
        finally:
            # Whatever happened, the window gets its database back (the restored one, or the untouched one).
            reopened = self.reopen(path)
        if not reopened:
            return False
        if problem:
            dialogs.warn(self.window, self.tr("Restore failed"), problem)
            return False
        dialogs.inform(
            self.window,
            self.tr("Backup restored"),
            self.tr("{name} now holds the restored data. The data it had before is kept at {kept}.").format(
                name=path.name, kept=kept
            ),
        )
        return True

    def reopen(self, path: Path) -> bool:
        """Open ``path`` again after its file was replaced; if it cannot be, let the person choose another or quit."""
        db = open_interactively(path, create=False, laptop_id=self.window.settings.laptop_id, parent=self.window)
        if db is None:
            self.window.close()
            return False
        self.window.adopt_database(db)
        return True
