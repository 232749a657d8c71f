"""The left side of a document section (surveys, maps): the list, New, import, export, Delete with Undo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

UNDO_DELETE_MS = 20_000
"""How long "… was deleted. Undo" stays."""


@dataclass(frozen=True)
class PaneTexts:
    """The words of one pane, already translated by the section that owns it."""

    heading: str
    new: str
    new_name: str
    list_object_name: str
    import_: str
    import_name: str
    import_tip: str
    export: str
    export_name: str
    export_tip: str
    delete: str
    delete_name: str
    undo_name: str
    empty: str = ""
    """Shown below the list while it is empty (nothing when empty)."""


class DeletableList(QListView):
    """A list whose Delete key asks to delete the selected item (item views eat the key before shortcuts)."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            event.accept()
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class ListPane(QWidget):
    """Widgets only: the page connects the buttons and owns what they do."""

    def __init__(self, model: QAbstractItemModel, delegate: QAbstractItemDelegate, texts: PaneTexts,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPane")
        heading = QLabel(texts.heading, self)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)  # "Stakeholder maps" in large text would otherwise widen the pane
        self.new_button = self._button(texts.new, texts.new_name)
        self.new_button.setObjectName("primaryButton")
        self.list = DeletableList(self)
        self.list.setObjectName(texts.list_object_name)
        self.list.setAccessibleName(texts.heading)
        self.list.setModel(model)
        delegate.setParent(self.list)
        self.list.setItemDelegate(delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.empty_label = QLabel(texts.empty, self)
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.import_button = self._button(texts.import_, texts.import_name, texts.import_tip)
        self.export_button = self._button(texts.export, texts.export_name, texts.export_tip)
        self.delete_button = self._button(texts.delete, texts.delete_name)
        self.delete_button.setObjectName("dangerButton")
        self.undo_banner = QWidget(self)
        self.undo_banner.setObjectName("undoBanner")
        self.undo_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.undo_text = QLabel(self.undo_banner)
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_banner)
        self.undo_button.setAccessibleName(texts.undo_name)
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
        for widget in (heading, self.new_button):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        for widget in (self.empty_label, self.undo_banner, self.import_button, self.export_button,
                       self.delete_button):
            layout.addWidget(widget)
        if texts.empty:
            update = lambda *_args: self.empty_label.setVisible(model.rowCount() == 0)  # noqa: E731
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(update)
        else:
            self.empty_label.hide()

    def _button(self, text: str, name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        if tip:
            button.setToolTip(tip)
        return button

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
