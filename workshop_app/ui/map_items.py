"""The items of a stakeholder map: one node per stakeholder and one edge per relationship.

Items own no data. Each holds the id of what it shows and a copy of what it paints (a name, a sector); the
scene sets both from the ``MapData`` after every change and reads ids back to ask for edits. A node tells the
scene when it moves (``ItemSendsGeometryChanges``) so that only the edges touching it are redrawn.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from workshop_app.ui.map_render_legend import arrow_head, strength_pen
from workshop_app.ui.map_style import (
    OUTLINE_COLOUR,
    attitude_label,
    attitude_mark,
    sector_colour,
    sector_label,
    sector_mark_colour,
    sector_shape_path,
)

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData, RelationshipData, StakeholderData

translate = QCoreApplication.translate

NODE_RADIUS = 11.0
LABEL_WIDTH = 136.0
LABEL_FONT_PX = 12
LABEL_LINES = 2
LABEL_GAP = 4.0
LABEL_PAD = 3.0
BOLD_SLACK = 8.0
"""How much wider a selected (bold) name may grow than the measured one."""
MARKER_REACH = NODE_RADIUS * 1.26
"""How far the widest marker (the diamond) reaches from its centre."""
SELECTED = QColor("#2364aa")
INK = QColor("#1f2933")
EDGE_INK = QColor("#55606e")
EDGE_UNIT = 1.6
"""Device pixels per point of the printout's line widths: the screen draws the same pens, a little bolder."""
NODE_Z, SELECTED_EDGE_Z, LABEL_Z, EDGE_Z = 2.0, 2.5, 1.6, 1.0


@cache
def label_font(bold: bool = False) -> QFont:
    """The font of the names beside the nodes (pixel-sized, so it does not change with the screen)."""
    font = QFont()
    font.setPixelSize(LABEL_FONT_PX)
    font.setBold(bold)
    return font


@cache
def mark_font() -> QFont:
    """The font of the attitude mark inside a node."""
    font = QFont()
    font.setPixelSize(12)
    font.setBold(True)
    return font


@cache
def label_metrics() -> QFontMetricsF:
    """Measures of the label font."""
    return QFontMetricsF(label_font())


def node_tooltip(stakeholder: StakeholderData) -> str:
    """Name, organisation, sector and attitude of a stakeholder, for the tooltip of its node."""
    lines = [stakeholder.name, *([stakeholder.organisation] if stakeholder.organisation else [])]
    lines.append(translate("maps", "{sector} · {attitude}").format(
        sector=sector_label(stakeholder.sector), attitude=attitude_label(stakeholder.attitude)))
    return "\n".join(lines)


def edge_tooltip(relationship: RelationshipData, data: MapData) -> str:
    """"Library — works with — Parish council" (an arrow when it has a direction)."""
    names = {s.id: s.name for s in data.stakeholders}
    text = translate("maps", "{source} → {kind} → {target}") if relationship.directed \
        else translate("maps", "{source} — {kind} — {target}")
    return text.format(source=names.get(relationship.from_id, "?"), kind=relationship.kind or "…",
                       target=names.get(relationship.to_id, "?"))


class NodeItem(QGraphicsItem):
    """A stakeholder: the sector's shape in its colour with the attitude mark inside (the name is a ``LabelItem``)."""

    def __init__(self, stakeholder_id: str) -> None:
        super().__init__()
        self.stakeholder_id = stakeholder_id
        self.name = ""
        self.sector = ""
        self.attitude = ""
        self.label = LabelItem(self)
        self._shape = QPainterPath()
        self._fill = QColor()
        self._mark_ink = QColor(INK)
        self._mark = ""
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(NODE_Z)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def set_look(self, name: str, sector: str, attitude: str, tooltip: str) -> None:
        """Show a stakeholder's name, sector and attitude (the scene calls this only when one of them changed)."""
        if sector != self.sector or self._shape.isEmpty():
            self._shape = sector_shape_path(sector, QPointF(0, 0), NODE_RADIUS)
            self._fill = QColor(sector_colour(sector))
            self._mark_ink = sector_mark_colour(sector)
        self.name, self.sector, self.attitude = name, sector, attitude
        self._mark = attitude_mark(attitude)
        self.setToolTip(tooltip)
        self.update()

    def boundingRect(self) -> QRectF:
        """The shape and its selection ring."""
        reach = NODE_RADIUS + 7
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def shape(self) -> QPainterPath:
        """A disc a little larger than the marker, easy to grab whatever the sector's shape."""
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), NODE_RADIUS + 3, NODE_RADIUS + 3)
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        """Let the scene keep a drag inside the plot (and on the grid); the label and the edges follow."""
        scene = self.scene()
        if scene is not None:
            if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
                return scene.constrain(self, value)
            if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
                self.label.setPos(self.pos())
                scene.node_moved(self)
            elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
                self.label.set_highlight(bool(value))
            elif change == QGraphicsItem.GraphicsItemChange.ItemSceneHasChanged:
                self.label.setPos(self.pos())
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """The shape with its attitude mark, and a ring when selected."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(SELECTED, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), NODE_RADIUS + 4.5, NODE_RADIUS + 4.5)
        painter.setPen(QPen(OUTLINE_COLOUR, 1.3))
        painter.setBrush(self._fill)
        painter.drawPath(self._shape)
        # Inside the marker, as on paper; a triangle's centroid sits low, so its mark does too.
        painter.setFont(mark_font())
        painter.setPen(self._mark_ink)
        drop = 2.5 if self.sector == "knowledge" else 0.0
        painter.drawText(QRectF(-NODE_RADIUS, -NODE_RADIUS + drop, 2 * NODE_RADIUS, 2 * NODE_RADIUS),
                         Qt.AlignmentFlag.AlignCenter, self._mark)


class LabelItem(QGraphicsItem):
    """A stakeholder's name on a soft white ground, placed beside its node where it hides the least.

    Not a child of the node: names lie under every node (a long name never hides somebody's marker) and over
    the lines. It takes no clicks; the node does.
    """

    def __init__(self, node: NodeItem) -> None:
        super().__init__()
        self.node = node
        self.lines: list[str] = []
        self.box = QRectF()
        """Where the text sits, relative to the node's centre."""
        self.align = Qt.AlignmentFlag.AlignHCenter
        self.leader = False
        self.highlight = False
        self.setZValue(LABEL_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_text(self, lines: list[str], box: QRectF, align: Qt.AlignmentFlag, leader: bool) -> None:
        """Show ``lines`` in ``box`` (relative to the node's centre); ``leader`` joins a far label to its node."""
        if (lines, box, align, leader) == (self.lines, self.box, self.align, self.leader):
            return
        self.prepareGeometryChange()
        self.lines, self.box, self.align, self.leader = lines, QRectF(box), align, leader

    def set_highlight(self, on: bool) -> None:
        """Bold and blue while the node is selected."""
        if on != self.highlight:
            self.highlight = on
            self.update()

    def boundingRect(self) -> QRectF:
        """The text with its halo, and the leader line back to the node."""
        rect = self.box.adjusted(-LABEL_PAD - BOLD_SLACK, -LABEL_PAD, LABEL_PAD + BOLD_SLACK, LABEL_PAD)
        return rect.united(QRectF(-1, -1, 2, 2)) if self.leader else rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """Leader, halo, lines."""
        if not self.lines:
            return
        if self.leader:
            painter.setPen(QPen(QColor("#7b8794"), 1))
            corner = QPointF(min(max(0.0, self.box.left()), self.box.right()),
                             min(max(0.0, self.box.top()), self.box.bottom()))
            painter.drawLine(QPointF(0, 0), corner)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 220))
        painter.drawRoundedRect(self.box.adjusted(-LABEL_PAD, -LABEL_PAD / 2, LABEL_PAD, LABEL_PAD / 2), 4, 4)
        painter.setFont(label_font(self.highlight))
        painter.setPen(SELECTED if self.highlight else INK)
        height = label_metrics().lineSpacing()
        flags = self.align | Qt.AlignmentFlag.AlignVCenter
        # A bold line is a little wider than the measured one: let it run over on its free side, never elide it.
        grow_left = 0.0 if self.align == Qt.AlignmentFlag.AlignLeft else BOLD_SLACK
        grow_right = 0.0 if self.align == Qt.AlignmentFlag.AlignRight else BOLD_SLACK
        for row, line in enumerate(self.lines):
            painter.drawText(QRectF(self.box.left() - grow_left, self.box.top() + row * height,
                                    self.box.width() + grow_left + grow_right, height), flags, line)


class EdgeItem(QGraphicsItem):
    """A relationship: a line between two nodes, thicker when stronger, dashed when weak, an arrowhead if directed."""

    def __init__(self, relationship_id: str, from_id: str, to_id: str) -> None:
        super().__init__()
        self.relationship_id = relationship_id
        self.from_id, self.to_id = from_id, to_id
        self.kind = ""
        self.strength = 2
        self.directed = False
        self.k = 1.0
        """How much larger than at 100 % the lines are drawn (the scene's ``item_scale``)."""
        self._ends = (QPointF(), QPointF())
        self._line = QLineF()
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self._pen = QPen()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(EDGE_Z)

    def set_look(self, kind: str, strength: int, directed: bool, tooltip: str) -> None:
        """Show a relationship's kind, strength and direction."""
        self.kind, self.strength, self.directed = kind, strength, directed
        self.setToolTip(tooltip)
        self._restyle()

    def set_scale(self, k: float) -> None:
        """Draw the line ``k`` times as thick as at 100 % (nodes keep their size on screen when zoomed out)."""
        if k != self.k:
            self.k = k
            self._restyle()

    def _restyle(self) -> None:
        # The printout's pens (thicker when stronger, dashed when weak), so the legend reads the same on both.
        self._pen = strength_pen(self.strength, EDGE_UNIT * self.k, EDGE_INK)
        self.set_ends(*self._ends)

    def set_ends(self, start: QPointF, end: QPointF) -> None:
        """Join the centres ``start`` and ``end`` (the line stops at the rim of each node)."""
        self._ends = (QPointF(start), QPointF(end))
        line = QLineF(start, end)
        length = line.length()
        reach = (MARKER_REACH + 1) * self.k
        if length > 2 * reach:
            line = QLineF(line.pointAt(reach / length), line.pointAt(1 - reach / length))
        self._line = line
        self._layout()

    def line(self) -> QLineF:
        """The line as drawn (from the rim of one node to the rim of the other)."""
        return QLineF(self._line)

    def _layout(self) -> None:
        self.prepareGeometryChange()
        self._shape = None
        reach = self._pen.widthF() + 12 * self.k  # the arrowhead and the selection glow
        self._bounds = QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-reach, -reach, reach, reach)
        if self.isSelected():  # the kind is written on a selected line
            self._bounds = self._bounds.united(self.kind_rect())

    def kind_rect(self) -> QRectF:
        """Where the kind is written on a selected line: a tag at its middle."""
        metrics = label_metrics()
        width, height = (metrics.horizontalAdvance(self.kind) + 12) * self.k, (metrics.height() + 4) * self.k
        centre = self._line.center()
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        """Make room for the kind's tag when selected."""
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(SELECTED_EDGE_Z if value else EDGE_Z)  # on top, so its tag can be read
            self._layout()
        return super().itemChange(change, value)

    def boundingRect(self) -> QRectF:
        """The line with room for its arrowhead."""
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band along the line, wide enough to click (worked out once per move: hit tests ask often)."""
        if self._shape is None:
            path = QPainterPath(self._line.p1())
            path.lineTo(self._line.p2())
            stroker = QPainterPathStroker()
            stroker.setWidth(10 * self.k)
            self._shape = stroker.createStroke(path)
        return self._shape

    def arrow_head(self) -> QPolygonF:
        """The triangle at the end of a directed line."""
        return arrow_head(self._line.p1(), self._line.p2(), (9.0 + 2 * self.strength) * self.k)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """The line (blue and with a glow when selected) and its arrowhead."""
        if self._line.isNull():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._pen)
        if option.state & QStyle.StateFlag.State_Selected:
            glow = QPen(QColor(35, 100, 170, 80), pen.widthF() + 9 * self.k)
            glow.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(glow)
            painter.drawLine(self._line)
            pen.setColor(SELECTED)
        painter.setPen(pen)
        painter.drawLine(self._line)
        if self.directed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(pen.color()))
            painter.drawPolygon(self.arrow_head())
        if option.state & QStyle.StateFlag.State_Selected and self.kind:
            tag = self.kind_rect()
            painter.setPen(QPen(SELECTED, self.k))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(tag, 4 * self.k, 4 * self.k)
            painter.save()
            painter.translate(tag.topLeft())
            painter.scale(self.k, self.k)
            painter.setFont(label_font(True))
            painter.drawText(QRectF(0, 0, tag.width() / self.k, tag.height() / self.k), Qt.AlignmentFlag.AlignCenter,
                             self.kind)
            painter.restore()


