"""Shared helpers of the Surveys tests: windows on a demo or empty database, and dialogs that answer at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database
from workshop_app.ui import survey_dialogs
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.survey_template_dialog import TemplateDialog
from workshop_app.ui.surveys_page import SurveysPage
from workshop_app.ui.worker import BackgroundTask

from .conftest import started_window

SURVEYS_ROW = 2




def surveys_page(window: MainWindow) -> SurveysPage:
    """The Surveys section of ``window``, shown."""
    window.show_section(SURVEYS_ROW)
    page = window.pages.currentWidget()
    assert isinstance(page, SurveysPage)
    return page


def demo_window(qtbot: Any, db_path: Path) -> MainWindow:
    """The window on a database with the demo (its "ULG workshop feedback" survey has responses)."""
    with Database.open(db_path) as db:
        fill_demo(db, participants=12)
    return started_window(qtbot, db_path)


def survey_window(qtbot: Any, db_path: Path) -> MainWindow:
    """The window on an empty database, Surveys shown."""
    window = started_window(qtbot, db_path)
    surveys_page(window)
    return window


def close_window(window: MainWindow) -> None:
    """Close a test's window; whatever the test left unsaved must not hold it open."""
    surveys_page(window).builder.doc.stack.setClean()
    window.close()
    window.deleteLater()


def answer_unsaved(monkeypatch: pytest.MonkeyPatch, answer: str) -> list[str]:
    """Make the Save / Discard / Cancel question answer ``answer``; returns the titles it was asked about."""
    asked: list[str] = []

    def ask(_parent: Any, title: str, **_kwargs: Any) -> str:
        asked.append(title)
        return answer

    monkeypatch.setattr(survey_dialogs, "ask_unsaved", ask)
    return asked


def accept_template(monkeypatch: pytest.MonkeyPatch, title: str = "") -> None:
    """The template dialog is accepted as soon as it opens (with ``title`` typed, if given)."""

    def exec_(dialog: TemplateDialog) -> int:
        if title:
            dialog.title_edit.setText(title)
        return TemplateDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TemplateDialog, "exec", exec_)


def new_survey(page: SurveysPage, monkeypatch: pytest.MonkeyPatch, key: str = "ulg_workshop_feedback",
               title: str = "") -> str:
    """Create a survey from a template through the page; returns its id."""
    accept_template(monkeypatch, title)
    survey_id = page.new_from_template(key)
    assert survey_id is not None
    return survey_id


def finish(qtbot: Any, task: BackgroundTask | None) -> BackgroundTask:
    """Wait until a background task has succeeded, failed or been cancelled, and its thread has ended."""
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=20_000)
    assert task.wait(20_000)
    qtbot.wait(10)  # let the queued "thread finished" reach the GUI thread
    return task
