"""Small standard dialogs in one place, so every screen asks and warns the same way (and tests can stub them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate

DATABASE_SUFFIX = ".sqlite"


def database_filter() -> str:
    """The file-type filter of the open and save dialogs."""
    return translate("dialogs", "Workshop App databases (*.sqlite *.db);;All files (*)")


def confirm(parent: QWidget | None, title: str, text: str, informative: str, accept_text: str) -> bool:
    """Ask before doing something big; ``accept_text`` names the action (e.g. "Delete"). Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(informative)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person that something could not be done, in one sentence."""
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the person that something was done and where to find it."""
    QMessageBox.information(parent, title, text)


def choose_database_to_open(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for an existing database file; None if cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("dialogs", "Open database"), str(start or Path.home()), database_filter()
    )
    return Path(name) if name else None


def choose_new_database(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask where a new database goes; None if cancelled. The ``.sqlite`` suffix is added if missing."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("dialogs", "New database"),
        str(start or Path.home() / f"workshops{DATABASE_SUFFIX}"),
        database_filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is opened, never overwritten
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(DATABASE_SUFFIX)
