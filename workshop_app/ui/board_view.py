"""The view of a brainstorm board: scaled to the width it has (run window) or to fit all of it (projector).

It turns clicks into requests the brainstorm panel acts on: edit a note (double-click, F2), a note's or a
cluster's menu (right-click, the Menu key), delete the selected notes (Delete).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView

from workshop_app.ui.board_scene import ID_ROLE, KIND_ROLE, BoardScene, ColumnItem, NoteItem

MIN_SCALE, MAX_SCALE = 0.55, 1.0


class BoardView(QGraphicsView):
    """Shows a ``BoardScene``; emits what the person asked for, never changes the board itself."""

    note_activated = Signal(str)
    """Double-click or F2 on a note: edit its text."""
    cluster_activated = Signal(str)
    """Double-click on a cluster's title: rename it."""
    note_menu_requested = Signal(str, QPoint)
    cluster_menu_requested = Signal(str, QPoint)
    delete_requested = Signal(list)

    def __init__(self, scene: BoardScene, parent: Any = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setObjectName("boardView" if scene.editable else "projectorBoard")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop if scene.editable
                          else Qt.AlignmentFlag.AlignCenter)
        if scene.editable:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setAccessibleName(self.tr("Brainstorm board"))
            self.setAccessibleDescription(self.tr("Drag notes between clusters; right-click a note for its menu; "
                                                  "F2 edits the selected note, Delete removes it."))
        else:
            self.setInteractive(False)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setAccessibleName(self.tr("Brainstorm board"))

    # -- scaling -------------------------------------------------------------------------------
    def fit(self) -> None:
        """Run window: as wide as the view allows (within readable limits). Projector: the whole board."""
        rect = self.board_scene.sceneRect()
        if rect.isEmpty() or self.viewport().width() <= 0:
            return
        if self.board_scene.editable:
            scale = max(MIN_SCALE, min(MAX_SCALE, (self.viewport().width() - 4) / rect.width()))
            self.resetTransform()
            self.scale(scale, scale)
        else:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the board fitted."""
        super().resizeEvent(event)
        self.fit()

    # -- requests ------------------------------------------------------------------------------
    def _item_at(self, pos: QPoint) -> QGraphicsItem | None:
        item = self.itemAt(pos)
        while item is not None and not isinstance(item, NoteItem | ColumnItem):
            item = item.parentItem()
        return item

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Edit a note, or rename a cluster from its title."""
        item = self._item_at(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.note_activated.emit(item.idea_id)
            return
        if isinstance(item, ColumnItem) and item.cluster_id is not None:
            local = item.mapFromScene(self.mapToScene(event.position().toPoint()))
            if local.y() <= item.header_h:
                self.cluster_activated.emit(item.cluster_id)
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The menu of the note or cluster under the pointer (or of the selected note, from the keyboard)."""
        if not self.board_scene.editable:
            return
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            selected = self.board_scene.selected_notes()
            if selected:
                centre = self.mapFromScene(selected[0].sceneBoundingRect().center())
                self.note_menu_requested.emit(selected[0].idea_id, self.viewport().mapToGlobal(centre))
            return
        item = self._item_at(event.pos())
        if isinstance(item, NoteItem):
            if not item.isSelected():
                self.board_scene.clearSelection()
                item.setSelected(True)
            self.note_menu_requested.emit(item.idea_id, event.globalPos())
        elif isinstance(item, ColumnItem) and item.data(KIND_ROLE) == "cluster":
            self.cluster_menu_requested.emit(str(item.data(ID_ROLE)), event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F2 edits the selected note; Delete removes the selected notes."""
        selected = [item.idea_id for item in self.board_scene.selected_notes()]
        if self.board_scene.editable and selected:
            if event.key() == Qt.Key.Key_F2:
                self.note_activated.emit(selected[0])
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_requested.emit(selected)
                return
        super().keyPressEvent(event)
