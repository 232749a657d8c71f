"""Two views of the survey builder: the question tree (drag to reorder, Delete to delete) and an adaptive splitter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTreeView

from workshop_app.ui.builder_model import QuestionTreeModel

SIDE_BY_SIDE_WIDTH = 820
"""From this width on, the preview stands beside the property panel rather than below it."""


class QuestionTree(QTreeView):
    """The questions of the form, groups and repeats open; a drop asks the model for one move command.

    Delete asks to delete the selected question (item views eat the key before shortcuts see it).
    """

    def __init__(self, model: QuestionTreeModel, on_delete: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._on_delete = on_delete
        self.setObjectName("questionTree")
        self.setAccessibleName(self.tr("Questions"))
        self.setModel(model)
        self.setIconSize(QSize(20, 20))
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QuestionTreeModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QuestionTreeModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(QuestionTreeModel.NAME, 105)
        header.setSectionHidden(QuestionTreeModel.TYPE, True)  # the icon says it; the property panel names it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.state() != QAbstractItemView.State.EditingState:
            event.accept()
            self._on_delete()
            return
        super().keyPressEvent(event)


class AdaptiveSplitter(QSplitter):
    """Two panes side by side when there is room for both, one above the other otherwise.

    "Room" is at least ``side_by_side_from`` pixels and what both panes need at the text size in force; the
    splitter asks its window for no more width than the wider pane needs, so large text never makes the window
    wider than the screen: the panes go one above the other instead. ``shares`` are the first pane's percent of
    the space side by side and stacked.
    """

    def __init__(self, parent: Any = None, *, side_by_side_from: int = SIDE_BY_SIDE_WIDTH,
                 shares: tuple[int, int] = (55, 64)) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._sized = False
        self._from = side_by_side_from
        self._shares = shares

    def _minimums(self) -> list[QSize]:
        return [QSize(w.minimumWidth() or w.minimumSizeHint().width(),
                      w.minimumHeight() or w.minimumSizeHint().height())
                for w in (self.widget(i) for i in range(self.count())) if not w.isHidden()]

    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider pane; as low as the higher pane side by side, as both panes stacked."""
        minimums = self._minimums()
        if not minimums:
            return super().minimumSizeHint()
        heights = [m.height() for m in minimums]
        stacked = self.orientation() == Qt.Orientation.Vertical
        height = sum(heights) + self.handleWidth() * (len(heights) - 1) if stacked else max(heights)
        return QSize(max(m.width() for m in minimums), height)

    def side_by_side_width(self) -> int:
        """The width from which the panes go side by side."""
        minimums = self._minimums()
        needed = sum(m.width() for m in minimums) + self.handleWidth() * max(0, len(minimums) - 1)
        return max(self._from, needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= self.side_by_side_width()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        total = self.width() if wide else self.height()
        if wanted != self.orientation() or (not self._sized and total > 300):
            self._sized = total > 300  # the first real size, not the one of a page not yet laid out
            self.setOrientation(wanted)
            first = total * self._shares[0 if wide else 1] // 100
            self.setSizes([first, total - first])
            self.updateGeometry()  # stacked, the panes need more height: a scroll area around can make room
