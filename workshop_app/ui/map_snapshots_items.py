"""What a snapshot comparison draws over the map: for each stakeholder who moved, a ghost and an arrow.

The ghost (a dashed ring) marks where the stakeholder stood in the older snapshot; the arrow runs from it to
where it stands now. They sit above the relationships and below the nodes, and take no clicks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workshop_app.ui.map_items import NODE_RADIUS

MOVE_INK = QColor("#8b3fa8")
"""A purple no sector and no relationship uses, so the arrows of a comparison stand out."""
MOVE_Z = 1.8


class MovementArrow(QGraphicsItem):
    """A dashed ring where a stakeholder was, and an arrow to where it is."""

    def __init__(self, stakeholder_id: str, start: QPointF, end: QPointF, k: float = 1.0) -> None:
        super().__init__()
        self.stakeholder_id = stakeholder_id
        self.start, self.end = QPointF(start), QPointF(end)
        self.k = k
        self.setZValue(MOVE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_scale(self, k: float) -> None:
        """Draw ``k`` times as large as at 100 %, like the nodes."""
        self.prepareGeometryChange()
        self.k = k

    def line(self) -> QLineF:
        """From the rim of the ghost to just before the node's rim."""
        line = QLineF(self.start, self.end)
        length = line.length()
        radius = NODE_RADIUS * self.k
        if length <= 2 * radius + 8 * self.k:
            return line
        return QLineF(line.pointAt(radius / length), line.pointAt(1 - (radius + 6 * self.k) / length))

    def boundingRect(self) -> QRectF:
        """The ghost, the line and the arrowhead."""
        reach = (NODE_RADIUS + 4) * self.k
        return QRectF(self.start, self.end).normalized().adjusted(-reach, -reach, reach, reach)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """Ghost, dashed line, filled arrowhead."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = self.k
        ghost = QPen(MOVE_INK, 1.6 * k, Qt.PenStyle.DashLine)
        painter.setPen(ghost)
        faint = QColor(MOVE_INK)
        faint.setAlpha(28)
        painter.setBrush(faint)
        painter.drawEllipse(self.start, NODE_RADIUS * k, NODE_RADIUS * k)
        line = self.line()
        pen = QPen(MOVE_INK, 2.6 * k, Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(line)
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        head = QPainterPath(tip)
        for turn in (math.pi - 0.45, math.pi + 0.45):
            head.lineTo(tip + QPointF(math.cos(angle + turn) * 13 * k, math.sin(angle + turn) * 13 * k))
        head.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MOVE_INK)
        painter.drawPath(head)


class MovementOverlay:
    """The arrows of the comparison shown, kept under the map's content layer."""

    def __init__(self, layer: QGraphicsItem) -> None:
        self.layer = layer
        self.arrows: list[MovementArrow] = []

    def show(self, moves: list[tuple[str, QPointF, QPointF]], k: float) -> int:
        """An arrow for each (stakeholder id, from, to) that really moved; returns how many."""
        self.clear()
        for stakeholder_id, start, end in moves:
            if QLineF(start, end).length() >= 1:
                arrow = MovementArrow(stakeholder_id, start, end, k)
                arrow.setParentItem(self.layer)
                self.arrows.append(arrow)
        return len(self.arrows)

    def set_scale(self, k: float) -> None:
        """Draw the arrows ``k`` times as large as at 100 %."""
        for arrow in self.arrows:
            arrow.set_scale(k)

    def clear(self) -> None:
        """Take the arrows away."""
        for arrow in self.arrows:
            scene = arrow.scene()
            if scene is not None:
                scene.removeItem(arrow)
        self.arrows = []
