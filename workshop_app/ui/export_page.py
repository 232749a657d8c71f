"""The Export section: the ULG workbook for Excel, and packages that carry a laptop's work to the ULG secretary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from workshop_app.ui.exchange_panel import ExchangePanel
from workshop_app.ui.layouts import keep_content_width
from workshop_app.ui.workbook_panel import WorkbookPanel

if TYPE_CHECKING:
    from workshop_app.db.database import Database
    from workshop_app.ui.exchange_actions import ExchangeActions

PAGE_WIDTH = 880
"""Sentences and forms read best in a column, not stretched across a wide screen."""


class ExportPage(QScrollArea):
    """Two cards, one above the other: "ULG workbook" and "Packages for merging"."""

    def __init__(self, exchange_actions: ExchangeActions, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPage")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; the page scrolls to show them
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("exportBody")
        title = QLabel(self.tr("Export"), body)
        title.setObjectName("pageTitle")
        self.workbook_panel = WorkbookPanel(parent)
        self.exchange_panel = ExchangePanel(exchange_actions, body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        for panel in (self.workbook_panel, self.exchange_panel):
            card = QFrame(body)
            card.setObjectName("exportCard")
            card.setMaximumWidth(PAGE_WIDTH)
            card_layout = QVBoxLayout(card)
            card_layout.setContentsMargins(20, 16, 20, 16)
            panel.setParent(card)
            panel.layout().setContentsMargins(0, 0, 0, 0)  # the card gives both panels the same margins
            card_layout.addWidget(panel)
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)
        keep_content_width(self)

    def set_database(self, db: Database | None) -> None:
        """Both panels work on the open database."""
        self.workbook_panel.set_database(db)
        self.exchange_panel.set_database(db)

    def commit_pending(self) -> None:
        """Nothing here is typed into the database."""
        self.workbook_panel.commit_pending()
        self.exchange_panel.commit_pending()
