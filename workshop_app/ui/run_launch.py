"""The windows the run view opens: the kiosk, paper data entry and the projector; it keeps them alive and in step.

The kiosk and the data entry window live in their own modules (``kiosk_window``, ``data_entry_window``) and are
imported when first asked for, so the run view opens fast and still works while they are being built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from workshop_app.db.database import Database
    from workshop_app.settings import Settings
    from workshop_app.ui.projector_window import ProjectorWindow

translate = QCoreApplication.translate


class RunLaunchers(QObject):
    """Opens the kiosk, data entry and projector for one workshop; ``closed`` says when one of them went away."""

    closed = Signal()

    def __init__(self, window: QWidget, db: Database, settings: Settings, workshop_id: str,
                 report: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.db, self.settings, self.workshop_id = db, settings, workshop_id
        self.report = report
        self.kiosk: Any = None
        self.data_entry: list[Any] = []
        self.projector: ProjectorWindow | None = None

    # -- kiosk and paper -----------------------------------------------------------------------
    def start_kiosk(self, activity_id: str, resume_response_id: str | None = None) -> Any:
        """Open the kiosk full screen on ``activity_id`` (resuming a response if given); None if it cannot."""
        if self.kiosk is not None:
            self.report(translate("run", "The kiosk is already running. Leave it with the PIN first."))
            return None
        try:
            from workshop_app.ui.kiosk_window import KioskWindow
        except ImportError:
            self.report(translate("run", "The kiosk is not available in this version of the app."))
            return None
        kiosk = KioskWindow(self.db, self.settings, workshop_id=self.workshop_id, activity_id=activity_id,
                            resume_response_id=resume_response_id, parent=self.window)
        kiosk.closed.connect(self._kiosk_closed)
        self.kiosk = kiosk
        kiosk.start()
        return kiosk

    def _kiosk_closed(self) -> None:
        self.kiosk = None
        self.closed.emit()

    def enter_paper(self, activity_id: str, resume_response_id: str | None = None) -> Any:
        """Open the paper data entry window on ``activity_id``; None if it cannot."""
        try:
            from workshop_app.ui.data_entry_window import DataEntryWindow
        except ImportError:
            self.report(translate("run", "Paper data entry is not available in this version of the app."))
            return None
        window = DataEntryWindow(self.db, self.settings, workshop_id=self.workshop_id, activity_id=activity_id,
                                 resume_response_id=resume_response_id, parent=self.window)
        self.data_entry = [w for w in self.data_entry if _alive(w)] + [window]
        window.show()
        return window

    # -- projector -----------------------------------------------------------------------------
    def open_projector(self) -> ProjectorWindow:
        """Show the projector (on the other screen when there is one), or bring it forward if it is open."""
        if self.projector is not None:
            self.projector.raise_()
            return self.projector
        from workshop_app.ui.projector_window import ProjectorWindow

        projector = ProjectorWindow(self.db, self.workshop_id, self.window)
        projector.closed.connect(self._projector_closed)
        self.projector = projector
        projector.open_on_screen(avoid=self.window.screen())
        return projector

    def _projector_closed(self) -> None:
        self.projector = None
        self.closed.emit()

    def close_all(self) -> None:
        """Close the projector and paper entry (the kiosk closes only with its PIN)."""
        if self.projector is not None:
            self.projector.close()
        for window in self.data_entry:
            if _alive(window):
                window.close()
        self.data_entry = []


def _alive(widget: Any) -> bool:
    try:
        widget.isVisible()
    except RuntimeError:  # deleted on the C++ side
        return False
    return True
