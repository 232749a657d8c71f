"""Opening a database when a bad file must not end the day: explain, then let the person choose another."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.errors import DatabaseError
from workshop_app.ui import dialogs

if TYPE_CHECKING:  # importing the database layer loads SQLAlchemy; only opening a file needs it
    from workshop_app.db.database import Database

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate


class StartChoice(enum.Enum):
    """What the person chose after a database could not be opened."""

    OPEN = "open"
    NEW = "new"
    QUIT = "quit"


def open_database(path: Path, *, create: bool, laptop_id: str) -> Database:
    """``Database.open``, with operating-system errors (e.g. no permission for the lock file) as one sentence."""
    from workshop_app.db.database import Database

    try:
        return Database.open(path, create=create, laptop_id=laptop_id)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        sentence = translate("startup", "{path} could not be opened: {reason}.")
        raise DatabaseError(sentence.format(path=path, reason=reason)) from None


def ask_after_failure(parent: QWidget | None, message: str) -> StartChoice:
    """Show why the database could not be opened and ask what to do next."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("startup", "Workshop App"))
    box.setText(translate("startup", "The database could not be opened."))
    box.setInformativeText(message)
    open_button = box.addButton(translate("startup", "Open another file…"), QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton(translate("startup", "Create a new database…"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return StartChoice.OPEN
    if clicked is new_button:
        return StartChoice.NEW
    return StartChoice.QUIT


def open_interactively(
    path: Path, *, create: bool, laptop_id: str, parent: QWidget | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> Database | None:
    """Open ``path``; if that fails, keep asking for another file (or a new one) until it works or the person quits.

    ``on_failure`` hears why each attempt failed, before the question (so the window behind it can stop saying
    "Opening…"). Returns None when the person chose Quit.
    """
    while True:
        try:
            return open_database(path, create=create, laptop_id=laptop_id)
        except DatabaseError as exc:
            message = str(exc)
        if on_failure is not None:
            on_failure(message)
        while True:
            choice = ask_after_failure(parent, message)
            if choice is StartChoice.QUIT:
                return None
            if choice is StartChoice.OPEN:
                picked = dialogs.choose_database_to_open(parent, path.parent)
            else:
                picked = dialogs.choose_new_database(parent, path.parent)
            if picked is not None:
                path, create = picked, choice is StartChoice.NEW
                break
