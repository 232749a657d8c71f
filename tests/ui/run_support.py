"""Workshops, surveys and windows for the run view, board, voting, feedback and projector tests."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.core.responses_support import Clock, add_survey
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.db.models import Activity
from workshop_app.ui.run_window import RunWindow


def make_workshop(db: Database, *kinds: str, title: str = "Listening session") -> tuple[str, list[str]]:
    """A workshop with agenda items of ``kinds`` (each with its planned default time); (id, activity ids)."""
    service = Services.of(db).workshops
    workshop = service.create(title)
    return workshop.id, [service.add_activity(workshop.id, kind).id for kind in kinds]


def link_survey(db: Database, activity_id: str, survey_id: str) -> None:
    """Make a survey agenda item run ``survey_id`` (the agenda editor's job; written directly here)."""
    with db.transaction() as session:
        session.get(Activity, activity_id).survey_id = survey_id


def survey_workshop(db: Database) -> tuple[str, str, str]:
    """A workshop whose first item runs the small test survey; (workshop id, activity id, survey id)."""
    survey = add_survey(db)
    workshop, (activity, _brainstorm) = make_workshop(db, "survey", "brainstorm")
    link_survey(db, activity, survey)
    return workshop, activity, survey


def answer(db: Database, survey: str, workshop: str, *, finish: bool = True, participant: str | None = None,
           activity: str | None = None, **answers: str) -> str:
    """One response with ``answers`` through the shared response service; returns its id."""
    responses = Services.of(db).responses
    response = responses.start(survey, workshop_id=workshop, participant_id=participant, language="en",
                               mode="kiosk", activity_id=activity)
    for name, value in answers.items():
        responses.save_answer(response.id, name, value)
    if finish:
        responses.complete(response.id)
    return response.id


@dataclass
class FakeWindows:
    """Stand-ins for the kiosk and the data entry window: they record how they were opened."""

    kiosks: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def fake_windows(monkeypatch: pytest.MonkeyPatch) -> FakeWindows:
    """``KioskWindow`` and ``DataEntryWindow`` replaced by recorders (the real ones are tested by their author)."""
    from PySide6.QtCore import QObject, Signal

    found = FakeWindows()

    class FakeKiosk(QObject):
        closed = Signal()

        def __init__(self, db: Database, settings: Any, *, workshop_id: str, activity_id: str,
                     resume_response_id: str | None = None, parent: Any = None) -> None:
            super().__init__()
            found.kiosks.append({"workshop_id": workshop_id, "activity_id": activity_id,
                                 "resume_response_id": resume_response_id})

        def start(self) -> None:
            pass

    class FakeEntry(QObject):
        def __init__(self, db: Database, settings: Any, *, workshop_id: str, activity_id: str,
                     resume_response_id: str | None = None, parent: Any = None) -> None:
            super().__init__()
            found.entries.append({"workshop_id": workshop_id, "activity_id": activity_id,
                                  "resume_response_id": resume_response_id})

        def show(self) -> None:
            pass

        def isVisible(self) -> bool:
            return True

        def close(self) -> None:
            pass

    for name, attribute, fake in (("kiosk_window", "KioskWindow", FakeKiosk),
                                  ("data_entry_window", "DataEntryWindow", FakeEntry)):
        module = types.ModuleType(f"workshop_app.ui.{name}")
        setattr(module, attribute, fake)
        monkeypatch.setitem(sys.modules, f"workshop_app.ui.{name}", module)
    return found


@pytest.fixture
def clock() -> Clock:
    """A monotonic clock the test moves by hand."""
    return Clock()


@pytest.fixture
def open_run(qtbot: Any, db: Database, clock: Clock) -> Iterator[Any]:
    """Builds run windows on ``db`` with the hand-moved clock; closes them (before the database) after."""
    windows: list[RunWindow] = []

    def make(workshop_id: str, **kwargs: Any) -> RunWindow:
        window = RunWindow(db, None, workshop_id, None, clock=clock, **kwargs)
        window.ticker.stop()  # the test ticks by hand
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()


__all__ = ["Clock", "FakeWindows", "answer", "clock", "fake_windows", "link_survey", "make_workshop", "open_run",
           "survey_workshop"]
