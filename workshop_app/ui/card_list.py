"""A list of stored documents (surveys, maps) shown as cards: the title in bold, two lines of details below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workshop_app.ui.appearance import paint_colours

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class CardListModel(QAbstractListModel):
    """One row per summary (anything with ``id`` and ``title``), in the order given; subclasses write ``details``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def details(self, summary: Any) -> str:
        """The two grey lines under the title."""
        raise NotImplementedError

    def title(self, summary: Any) -> str:
        """The bold line."""
        return summary.title

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``; the same documents in the same order only repaint the rows that changed."""
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [n for n, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def summary(self, row: int) -> Any:
        """The document of a row."""
        return self._rows[row]

    def row_of(self, row_id: str | None) -> int:
        """The row of a document, or -1."""
        return next((row for row, s in enumerate(self._rows) if s.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(summary)
        if role == DETAILS_ROLE:
            return self.details(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title}\n{self.details(summary)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.details(summary).replace("\n", ", ")
        if role == ID_ROLE:
            return summary.id
        return None


class CardDelegate(QStyledItemDelegate):
    """The title in bold and the details below it in grey."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + self.PADDING * 2 + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        painter.save()
        colours = paint_colours()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = QColor(colours.selected if selected else colours.surface)
        if not selected and option.state & QStyle.StateFlag.State_MouseOver:
            background = QColor(colours.hover)
        painter.fillRect(option.rect, background)
        if selected:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                             QColor(colours.accent))
        painter.setPen(QColor(colours.line))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        area = option.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)
        title_font = QFont(option.font)
        title_font.setBold(True)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(QColor(colours.selected_text if selected else colours.text))
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(option.font)
        painter.setPen(QColor(colours.selected_text if selected else colours.muted))
        small = QFontMetrics(option.font)
        top = area.top() + metrics.height() + 4
        for line in str(index.data(DETAILS_ROLE) or "").splitlines():
            text = small.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRect(area.left(), top, area.width(), small.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            top += small.height() + 1
        painter.restore()
