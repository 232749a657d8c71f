"""A brainstorm board on a QGraphicsScene: one titled column per cluster, sticky notes stacked in their order.

The scene draws the ``Board`` the service returns and nothing else: items carry only the id of what they show,
and after every change the scene is drawn again from the service. Notes can be dragged (several at once);
on release the scene works out where they landed (which column, which place in it) and asks for that move with
``moves_requested``; the screen turns it into one undoable step. Until the board is drawn again the notes stay
where they were dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from workshop_app.core.activity_rules import Board, ClusterData, IdeaData, Placement

translate = QCoreApplication.translate

COLUMN_W, NOTE_W, PAD, GAP = 250.0, 226.0, 12.0, 18.0
HEADER_H, NOTE_GAP, MIN_NOTE_H, MIN_COLUMN_H = 54.0, 10.0, 70.0, 320.0
NOTE_FONT_PX, HEADER_FONT_PX = 17, 19
DEFAULT_NOTE = "#FFF3A0"
INBOX_FILL = "#EEF2F6"
DEFAULT_CLUSTER = "#D5DEE9"
DRAG_THRESHOLD = 4.0
INK = QColor("#1f2933")
KIND_ROLE, ID_ROLE = 0, 1


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class NoteItem(QGraphicsObject):
    """One sticky note: a rounded, coloured card with its text wrapped inside."""

    def __init__(self, idea: IdeaData, *, editable: bool) -> None:
        super().__init__()
        self.idea_id = idea.id
        self.setData(KIND_ROLE, "note")
        self.setData(ID_ROLE, idea.id)
        self.fill = QColor(idea.colour or DEFAULT_NOTE)
        self.text_item = QGraphicsTextItem(self)
        self.text_item.setFont(_font(NOTE_FONT_PX))
        self.text_item.setDefaultTextColor(INK)
        self.text_item.setTextWidth(NOTE_W - 2 * PAD)
        self.text_item.setPlainText(idea.text)
        self.text_item.setPos(PAD, PAD * 0.6)
        self.text_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.height = max(MIN_NOTE_H, self.text_item.boundingRect().height() + PAD * 1.2)
        self.setToolTip(idea.text)
        if editable:
            self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                          | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def boundingRect(self) -> QRectF:
        """The card with room for its shadow."""
        return QRectF(-2, -2, NOTE_W + 6, self.height + 6)

    def shape(self) -> QPainterPath:
        """The card itself, for clicks and the rubber band."""
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, NOTE_W, self.height), 8, 8)
        return path

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """A soft shadow, the card, and a blue outline when selected."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(0, 0, NOTE_W, self.height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(card.translated(2, 3), 8, 8)
        painter.setBrush(self.fill)
        selected = self.isSelected()
        painter.setPen(QPen(QColor("#2364aa"), 3) if selected else QPen(self.fill.darker(130), 1))
        painter.drawRoundedRect(card, 8, 8)


class ColumnItem(QGraphicsObject):
    """A cluster (or the "new ideas" inbox): a tinted column with a coloured, titled header."""

    def __init__(self, cluster: ClusterData | None, count: int, *, hint: str) -> None:
        super().__init__()
        self.cluster_id = cluster.id if cluster else None
        self.setData(KIND_ROLE, "cluster" if cluster else "inbox")
        self.setData(ID_ROLE, self.cluster_id)
        self.height = MIN_COLUMN_H
        self.header_h = HEADER_H
        base = QColor(cluster.colour or DEFAULT_CLUSTER) if cluster else QColor(INBOX_FILL)
        self.header_fill = base
        self.body_fill = QColor(base)
        self.body_fill.setAlpha(70 if cluster else 255)
        if cluster is None:
            title = translate("board", "New ideas")
        else:
            title = cluster.name or translate("board", "Unnamed group")
        self.title = QGraphicsTextItem(self)
        self.title.setFont(_font(HEADER_FONT_PX, bold=True))
        self.title.setDefaultTextColor(INK)
        self.title.setTextWidth(COLUMN_W - 2 * PAD - 34)
        self.title.setPlainText(title)
        self.title.setPos(PAD - 4, 6)
        self.title.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.count = QGraphicsTextItem(str(count), self)
        self.count.setFont(_font(HEADER_FONT_PX - 3, bold=True))
        self.count.setDefaultTextColor(QColor("#52606d"))
        self.count.setPos(COLUMN_W - PAD - self.count.boundingRect().width(), 9)
        self.count.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(title)
        self.hint: QGraphicsTextItem | None = None
        if hint:
            self.hint = QGraphicsTextItem(hint, self)
            self.hint.setFont(_font(NOTE_FONT_PX - 2))
            self.hint.setDefaultTextColor(QColor("#7b8794"))
            self.hint.setTextWidth(NOTE_W - 2 * PAD)
            self.hint.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)

    def title_height(self) -> float:
        """The height the title needs (a long name wraps onto a second line)."""
        return self.title.boundingRect().height() + 12

    def set_geometry(self, height: float, header_h: float) -> None:
        """Size the column; every column of a board gets the same header height, so the notes line up."""
        self.prepareGeometryChange()
        self.height, self.header_h = height, header_h
        if self.hint is not None:
            self.hint.setPos(PAD + 6, header_h + 18)

    def boundingRect(self) -> QRectF:
        """The whole column."""
        return QRectF(0, 0, COLUMN_W, self.height)

    def header_rect(self) -> QRectF:
        """The titled top of the column."""
        return QRectF(0, 0, COLUMN_W, self.header_h)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """The tinted body, then the coloured header."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = QRectF(0, 0, COLUMN_W, self.height)
        painter.setBrush(self.body_fill)
        pen = QPen(self.header_fill.darker(125), 1)
        if self.cluster_id is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(body, 10, 10)
        outline = QPainterPath()
        outline.addRoundedRect(body.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        painter.save()
        painter.setClipPath(outline)  # the header follows the column's rounded top corners
        painter.fillRect(self.header_rect(), QBrush(self.header_fill))
        painter.restore()


@dataclass
class _Column:
    cluster_id: str | None
    x: float
    notes: list[str]


class BoardScene(QGraphicsScene):
    """Draws a board; in the run window notes are selectable and draggable, on the projector they are not."""

    moves_requested = Signal(object)
    """dict[idea id, Placement]: the notes of the column dropped into, in their new order (one undo step)."""

    def __init__(self, *, editable: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.board: Board | None = None
        self._columns: list[_Column] = []
        self._notes: dict[str, NoteItem] = {}
        self._home: dict[str, QPointF] = {}
        self._pressed: dict[str, QPointF] = {}
        self.setBackgroundBrush(QColor("#ffffff" if editable else "#f7f9fb"))

    # -- drawing -------------------------------------------------------------------------------
    def show_board(self, board: Board | None) -> None:
        """Draw ``board`` from scratch (None: an empty scene)."""
        selected = {i.idea_id for i in self.selected_notes()}
        self.clear()
        self._columns, self._notes, self._home, self._pressed = [], {}, {}, {}
        self.board = board
        if board is None:
            return
        columns: list[tuple[ClusterData | None, list[IdeaData]]] = []
        inbox = board.ideas_in(None)
        # New notes land in the inbox first; the projector shows it only while it holds notes.
        if self.editable or inbox or not board.clusters:
            columns.append((None, inbox))
        columns += [(cluster, board.ideas_in(cluster.id)) for cluster in board.clusters]
        items = [[NoteItem(idea, editable=self.editable) for idea in ideas] for _, ideas in columns]
        heads = [ColumnItem(cluster, len(ideas), hint=self._hint(cluster, ideas)) for cluster, ideas in columns]
        header_h = max([HEADER_H, *(head.title_height() for head in heads)])
        heights = [header_h + PAD + sum(n.height + NOTE_GAP for n in notes) + PAD for notes in items]
        height = max([MIN_COLUMN_H if self.editable else header_h + 120, *heights])
        for index, ((cluster, ideas), notes, column) in enumerate(zip(columns, items, heads, strict=True)):
            x = index * (COLUMN_W + GAP)
            column.set_geometry(height, header_h)
            column.setPos(x, 0)
            self.addItem(column)
            y = header_h + PAD
            for note in notes:
                note.setPos(x + (COLUMN_W - NOTE_W) / 2, y)
                self.addItem(note)
                self._notes[note.idea_id] = note
                self._home[note.idea_id] = note.pos()
                note.setSelected(note.idea_id in selected)
                y += note.height + NOTE_GAP
            self._columns.append(_Column(cluster.id if cluster else None, x, [i.id for i in ideas]))
        self.setSceneRect(self.itemsBoundingRect().adjusted(-PAD, -PAD, PAD, PAD))

    def _hint(self, cluster: ClusterData | None, ideas: list[IdeaData]) -> str:
        if not self.editable or ideas:
            return ""
        if cluster is None:
            return translate("board", "Type an idea above and press Enter.")
        return translate("board", "Drag notes here.")

    def note_item(self, idea_id: str) -> NoteItem | None:
        """The item showing a note."""
        return self._notes.get(idea_id)

    def column_at(self, cluster_id: str | None) -> ColumnItem | None:
        """The column showing a cluster (None: the inbox)."""
        for item in self.items():
            if isinstance(item, ColumnItem) and item.cluster_id == cluster_id:
                return item
        return None

    def selected_notes(self) -> list[NoteItem]:
        """The selected notes, in board order."""
        order = {idea_id: n for n, idea_id in enumerate(i for c in self._columns for i in c.notes)}
        found = [item for item in self.selectedItems() if isinstance(item, NoteItem)]
        return sorted(found, key=lambda item: order.get(item.idea_id, 0))

    def texts(self) -> list[str]:
        """Every text drawn on the board (what the projector test reads)."""
        return [item.toPlainText() for item in self.items() if isinstance(item, QGraphicsTextItem)]

    def restore_positions(self) -> None:
        """Put dragged notes back where the board says they are."""
        for idea_id, item in self._notes.items():
            item.setPos(self._home[idea_id])
            item.setZValue(0)

    # -- dragging --------------------------------------------------------------------------------
    @property
    def dragging(self) -> bool:
        """Whether notes are held by the mouse (the board must not be redrawn under it)."""
        return bool(self._pressed)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Remember where the notes about to be dragged started."""
        super().mousePressEvent(event)
        if self.editable and event.button() == Qt.MouseButton.LeftButton:
            under = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
            while under is not None and not isinstance(under, NoteItem):
                under = under.parentItem()
            if isinstance(under, NoteItem):
                self._pressed = {item.idea_id: item.pos() for item in self.selected_notes()}
                for item in self.selected_notes():
                    item.setZValue(10)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A drop: ask for the move, or put the notes back if they were hardly moved."""
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, {}
        if not pressed:
            return
        moved = any((self._notes[i].pos() - start).manhattanLength() > DRAG_THRESHOLD
                    for i, start in pressed.items() if i in self._notes)
        moves = self.drop_moves(list(pressed), event.scenePos()) if moved else None
        if not moves:
            self.restore_positions()
            return
        self.moves_requested.emit(moves)

    def drop_moves(self, dragged: list[str], point: QPointF) -> dict[str, Placement] | None:
        """The placements that put ``dragged`` into the column under ``point``, at the height of ``point``.

        Every note of that column is named with its new order, so the service puts them exactly so; None when
        nothing would change.
        """
        if not self._columns or self.board is None:
            return None
        target = min(self._columns, key=lambda c: abs(point.x() - (c.x + COLUMN_W / 2)))
        ideas = {idea.id: idea for idea in self.board.ideas}
        column_of = {i: c for c in self._columns for i in c.notes}
        order = {i: (self._columns.index(column_of[i]), column_of[i].notes.index(i)) for i in dragged if i in column_of}
        moving = sorted((i for i in dragged if i in ideas), key=lambda i: order.get(i, (0, 0)))
        others = [i for i in target.notes if i not in moving]
        index = sum(1 for i in others if self._notes[i].sceneBoundingRect().center().y() < point.y())
        final = [*others[:index], *moving, *others[index:]]
        if final == target.notes and all(ideas[i].cluster_id == target.cluster_id for i in moving):
            return None
        moves = {}
        for position, idea_id in enumerate(final):
            idea = ideas[idea_id]
            x, y = (self._notes[idea_id].pos().x(), self._notes[idea_id].pos().y()) if idea_id in moving \
                else (idea.x, idea.y)
            moves[idea_id] = Placement(target.cluster_id, round(x, 1), round(y, 1), position)
        return moves
