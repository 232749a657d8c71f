"""For the Export page: pack this laptop's data for the ULG secretary, or merge packages from other laptops.

Both use the File menu's exchange actions, so the menu and the page behave the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from workshop_app.ui.labels import format_date

if TYPE_CHECKING:
    from workshop_app.db.database import Database
    from workshop_app.ui.exchange_actions import ExchangeActions


class ExchangePanel(QFrame):
    """Two short sections, each a sentence and a button: "Pack for the ULG secretary" and "Merge packages"."""

    def __init__(self, actions: ExchangeActions, parent: Any = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.db: Database | None = actions.window.db
        self.setObjectName("exchangePanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("packScope")
        self.scope_combo.setAccessibleName(self.tr("What to pack"))
        self.scope_combo.setMinimumContentsLength(28)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_button = QPushButton(self.tr("&Pack…"), self)
        self.pack_button.setObjectName("primaryButton")
        self.pack_button.setAccessibleName(self.tr("Pack"))
        self.pack_button.setToolTip(self.tr("Choose where to save the package, e.g. on a USB stick"))
        self.pack_button.clicked.connect(self.pack)
        self.merge_button = QPushButton(self.tr("&Merge packages…"), self)
        self.merge_button.setAccessibleName(self.tr("Merge packages"))
        self.merge_button.setToolTip(self.tr("Choose one or more .wspack files; you see a preview first"))
        self.merge_button.clicked.connect(lambda: self.actions.merge_packages())

        pack_row = QHBoxLayout()
        pack_row.setSpacing(8)
        pack_row.addWidget(self.scope_combo, 1)
        pack_row.addWidget(self.pack_button)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_button)
        merge_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._section(layout, self.tr("Pack for the ULG secretary"), self.tr(
            "Save everything this laptop holds, or one workshop, in one file (.wspack). Take it to the ULG "
            "secretary on a USB stick; nothing is removed from this laptop."), pack_row)
        layout.addSpacing(14)
        self._section(layout, self.tr("Merge packages"), self.tr(
            "Bring in the packages other facilitators made. You see what will be added, updated and in conflict "
            "before anything is written. Nothing is doubled, a package merged before adds nothing, and a "
            "participant erased on any laptop does not come back."), merge_row)
        layout.addStretch(1)
        actions.window.database_ready.connect(lambda: self.set_database(actions.window.db))
        actions.packed.connect(lambda _result: self.refresh())
        actions.merged.connect(lambda _report: self.refresh())
        self.refresh()

    def _section(self, layout: QVBoxLayout, title: str, text: str, row: QHBoxLayout) -> None:
        heading = QLabel(title, self)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        sentence = QLabel(text, self)
        sentence.setObjectName("quietText")
        sentence.setWordWrap(True)
        sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(sentence)
        layout.addLayout(row)

    # -- the open database ---------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """Offer ``db``'s workshops (nothing while it is ``None``)."""
        self.db = db
        self.refresh()

    def commit_pending(self) -> None:
        """Nothing is typed here."""

    def refresh(self) -> None:
        """List the open database's workshops again, keeping the choice."""
        db = self.db
        chosen = self.scope_combo.currentData()
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Everything on this laptop"), None)
        if db is not None:
            from workshop_app.core.services import Services

            for workshop in Services.of(db).workshops.list():
                when = format_date(workshop.starts_at) if workshop.starts_at else self.tr("no date")
                self.scope_combo.addItem(self.tr("Only “{title}” ({when})").format(title=workshop.title, when=when),
                                         workshop.id)
        index = self.scope_combo.findData(chosen)
        self.scope_combo.setCurrentIndex(max(index, 0))
        enabled = db is not None
        for widget in (self.scope_combo, self.pack_button, self.merge_button):
            widget.setEnabled(enabled)

    def showEvent(self, event: QShowEvent) -> None:
        """Workshops may have been added since the page was last shown."""
        super().showEvent(event)
        self.refresh()

    def pack(self) -> None:
        """Pack what the scope says, through the File menu's action."""
        self.actions.export_for_merge(self.scope_combo.currentData())


__all__ = ["ExchangePanel"]
