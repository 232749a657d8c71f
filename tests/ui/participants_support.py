"""Helpers of the Participants screen tests: a page on its own database, demo data copied from one prepared file."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database
from workshop_app.settings import Settings
from workshop_app.ui.participants_page import ParticipantsPage

RECORDER = "Ana Costa"
_demo: list[Path] = []


def demo_database(path: Path) -> Database:
    """A database at ``path`` holding the demo (60 participants, seed 0); filled once, then copied."""
    if not _demo:
        folder = Path(tempfile.mkdtemp(prefix="workshop-app-ui-people-"))
        atexit.register(shutil.rmtree, folder, True)
        with Database.open(folder / "demo.sqlite", create=True, laptop_id="laptop-demo") as template:
            fill_demo(template, participants=60, seed=0)
        _demo.append(folder / "demo.sqlite")
    shutil.copyfile(_demo[0], path)
    return Database.open(path, laptop_id="laptop-test")


def make_page(qtbot: Any, db: Database | None, *, user_name: str = RECORDER, show: bool = False) -> ParticipantsPage:
    """A Participants page with its own undo stack and settings, bound to ``db``."""
    stack = QUndoStack()
    page = ParticipantsPage(stack, Settings(user_name=user_name))
    page._test_stack = stack  # keeps the stack alive as long as the page
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.set_database(db)
    if show:
        page.show()
        qtbot.waitExposed(page)
    return page


def stack_of(page: ParticipantsPage) -> QUndoStack:
    """The undo stack the page's commands go on."""
    return page._stack


def row_of_code(page: ParticipantsPage, code: str) -> int:
    """The People list row showing ``code`` (-1 when not listed)."""
    model = page.people.model
    return next((r for r in range(model.rowCount()) if model.summary(r).code == code), -1)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, any script (QTest.keyClicks takes Latin-1 only, and aborts on the rest)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
