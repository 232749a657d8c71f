"""The table view the screens use: Delete removes the selected row, and an empty table says what to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView


class ActionTable(QTableView):
    """A QTableView with ``delete_requested`` for the Delete key and an optional hint when it has no rows.

    Item views consume the Delete key before shortcuts see it, so it is handled here rather than by a QShortcut.
    """

    delete_requested = Signal()

    def __init__(self, parent: Any = None, empty_hint: str = "") -> None:
        super().__init__(parent)
        self.empty_hint = empty_hint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete asks to remove the selected row (unless a cell is being edited)."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Delete) and not editing:
            event.accept()
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the rows, or the hint when there are none."""
        super().paintEvent(event)
        model = self.model()
        if not self.empty_hint or model is None or model.rowCount() > 0 or not self.isEnabled():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(16, 16, -16, -16),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.empty_hint,
        )
        painter.end()
