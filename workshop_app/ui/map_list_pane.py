"""The left side of the Maps section: the maps, New map, Excel in and out, Delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from workshop_app.ui.map_list_model import MapDelegate, MapListModel

UNDO_DELETE_MS = 20_000
"""How long "… was deleted. Undo" stays."""


class MapList(QListView):
    """The list of maps; Delete asks to delete the selected one (item views eat the key before shortcuts)."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            event.accept()
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class MapListPane(QWidget):
    """Widgets only: the page connects the buttons and owns what they do."""

    def __init__(self, model: MapListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPane")
        heading = QLabel(self.tr("Stakeholder maps"), self)
        heading.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("&New map…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New map from a template"))
        self.list = MapList(self)
        self.list.setObjectName("mapList")
        self.list.setAccessibleName(self.tr("Stakeholder maps"))
        self.list.setModel(model)
        self.list.setItemDelegate(MapDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.empty_label = QLabel(self.tr("No maps yet. Start one with New map, or import a list of stakeholders "
                                          "from Excel."), self)
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import from Excel…"), self)
        self.import_button.setAccessibleName(self.tr("Import stakeholders from Excel"))
        self.import_button.setToolTip(self.tr("A workbook with an Elements sheet (stakeholders) and a Connections "
                                              "sheet (who works with whom)"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setAccessibleName(self.tr("Export stakeholders to Excel"))
        self.export_button.setToolTip(self.tr("Save the map's stakeholders and relationships as an Excel workbook"))
        self.delete_button = QPushButton(self.tr("Delete map…"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete map"))
        self.undo_banner = QWidget(self)
        self.undo_banner.setObjectName("undoBanner")
        self.undo_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.undo_text = QLabel(self.undo_banner)
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_banner)
        self.undo_button.setAccessibleName(self.tr("Undo deleting the map"))
        banner = QHBoxLayout(self.undo_banner)
        banner.setContentsMargins(10, 6, 6, 6)
        banner.addWidget(self.undo_text, 1)
        banner.addWidget(self.undo_button)
        self.undo_banner.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_banner.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 12, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.import_button)
        layout.addWidget(self.export_button)
        layout.addWidget(self.delete_button)
        model.modelReset.connect(lambda: self.empty_label.setVisible(model.rowCount() == 0))
        model.rowsInserted.connect(lambda *_args: self.empty_label.setVisible(model.rowCount() == 0))
        model.rowsRemoved.connect(lambda *_args: self.empty_label.setVisible(model.rowCount() == 0))

    def tab_order(self) -> list[QWidget]:
        """The pane's widgets in Tab order."""
        return [self.new_button, self.list, self.undo_button, self.import_button, self.export_button,
                self.delete_button]

    def offer_undo(self, text: str) -> None:
        """Say what was deleted, with an Undo button, for a while."""
        self.undo_text.setText(text)
        self.undo_banner.show()
        self._undo_timer.start(UNDO_DELETE_MS)

    def hide_undo(self) -> None:
        """Nothing to undo any more."""
        self._undo_timer.stop()
        self.undo_banner.hide()
