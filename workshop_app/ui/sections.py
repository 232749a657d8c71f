"""The sections of the main window beyond Workshops, and how a page takes part in the open database.

A page that works on the database implements ``DatabasePage``: the main window hands it the open database
(or ``None`` while none is open) and asks it to save what is being typed before the database changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from workshop_app.db.database import Database


@runtime_checkable
class DatabasePage(Protocol):
    """A section page that shows and edits the open database."""

    def set_database(self, db: Database | None) -> None:
        """Show ``db`` (build services lazily here), or nothing when it is ``None``."""

    def commit_pending(self) -> None:
        """Save an edit still being typed, before the database is switched, released or the window closes."""


SECTIONS_WITH_PAGES = ("participants", "surveys", "maps", "results", "export")
"""Sections whose real page exists; the others show what is coming."""


def build_section_page(key: str, undo_stack: QUndoStack, parent: QWidget) -> QWidget | None:
    """The real page of section ``key``, or ``None`` while that section is still to come.

    Pages are imported here, not at the top, so that start-up loads only the sections it shows.
    """
    if key == "participants":
        from workshop_app.ui.participants_page import ParticipantsPage

        return ParticipantsPage(undo_stack, getattr(parent, "settings", None), parent)
    if key == "surveys":
        from workshop_app.ui.surveys_page import SurveysPage

        return SurveysPage(parent)
    if key == "maps":
        from workshop_app.ui.maps_page import MapsPage

        return MapsPage(parent)
    if key == "results":
        from workshop_app.ui.results_page import ResultsPage

        return ResultsPage(parent)
    if key == "export":
        from workshop_app.ui.export_page import ExportPage

        return ExportPage(parent.exchange_actions, parent)
    return None
