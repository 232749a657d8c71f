"""The main window's offer after a crash: "2 surveys were not finished — Resume…", in the status bar.

Non-blocking on purpose: after a restart in a hall full of people, a dialog in the way is the last thing the
facilitator needs. "Resume…" opens the run view of the workshop, on the survey whose answers are waiting.
This module stays light (the run view is imported on the click), so the main window still opens fast.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

if TYPE_CHECKING:
    from workshop_app.core.response_rules import UnfinishedResponse
    from workshop_app.db.database import Database

RUN_WINDOW_MODULE = "workshop_app.ui.run_window"


class ResumeOffer(QWidget):
    """A sentence and a "Resume…" button, shown while unfinished responses wait; also closes stale run views."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeOffer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.db: Database | None = None
        self.waiting: list[UnfinishedResponse] = []
        self.label = QLabel(self)
        self.label.setObjectName("resumeText")
        self.button = QPushButton(self.tr("Resume…"), self)
        self.button.setObjectName("linkButton")
        self.button.setAccessibleName(self.tr("Resume the unfinished surveys"))
        self.button.setToolTip(self.tr("Open the run view of their workshop"))
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.resume)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss the offer to resume"))
        self.close_button.setToolTip(self.tr("Hide this offer; the unfinished surveys stay saved"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)  # both sides: in Arabic the text is on the right
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.hide()

    def bind(self, db: Database | None) -> None:
        """The main window works on ``db`` now: close run views of another database, offer what waits in this one."""
        module = sys.modules.get(RUN_WINDOW_MODULE)
        if module is not None:
            for window in module.open_run_windows():
                if window.db is not db:
                    window.close()
        self.db = db
        self.check()

    def check(self) -> int:
        """Look for unfinished responses again; returns how many are offered."""
        self.waiting = []
        if self.db is not None:
            from workshop_app.core.services import Services

            self.waiting = [u for u in Services.of(self.db).responses.unfinished() if u.workshop_id]
        count = len(self.waiting)
        if count == 1:
            self.label.setText(self.tr("%n survey was not finished —", "", count))
        elif count > 1:
            self.label.setText(self.tr("%n surveys were not finished —", "", count))
        self.setVisible(count > 0)
        return count

    def resume(self) -> Any:
        """Open the run view of the workshop with the most recently answered unfinished response."""
        if self.db is None or not self.waiting:
            return None
        from workshop_app.ui.run_window import open_run_window

        first = self.waiting[0]
        window = self.window()
        run = open_run_window(window, self.db, getattr(window, "settings", None), str(first.workshop_id),
                              activity_id=self._activity_of(first))
        self.hide()
        return run

    def _activity_of(self, response: UnfinishedResponse) -> str | None:
        if response.activity_id:
            return response.activity_id
        from workshop_app.core.services import Services

        assert self.db is not None and response.workshop_id is not None
        workshop = Services.of(self.db).workshops.get(response.workshop_id)
        return next((a.id for a in workshop.activities if a.kind == "survey" and a.survey_id == response.survey_id),
                    None)
