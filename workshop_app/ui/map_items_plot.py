"""The layers of a map: the plot behind (quadrants, axes), where names go, and the layer holding every item.

The plot is a fixed logical area of ``PLOT_W`` × ``PLOT_H`` scene units whatever the axes' ranges, because
positions are stored as values. Its words keep a readable size when the map is zoomed out, like the nodes:
they are drawn ``k`` times larger than at 100 % (the scene's ``item_scale``). ``ContentLayer`` is the parent of
everything drawn, so a drag on a big map can paint what stays still from an image.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem, QStyleOptionGraphicsItem, QWidget

from workshop_app.ui.map_items import (
    LABEL_GAP,
    LABEL_LINES,
    LABEL_PAD,
    LABEL_WIDTH,
    MARKER_REACH,
    NodeItem,
    label_metrics,
)
from workshop_app.ui.map_render_labels import LabelSpec, place_labels, wrap_name

translate = QCoreApplication.translate

PLOT_W, PLOT_H = 1000.0, 700.0
"""The plot area in scene units, whatever the axes' ranges: positions are stored as values, not pixels."""
QUADRANT_FILLS = ("#e8f0f9", "#eaf5ec", "#f3f4f6", "#fbf2e4")
"""Soft tints, clockwise from the top right (as ``MapData.quadrant_names``)."""
INK = QColor("#1f2933")
AXIS_INK = QColor("#52606d")
QUADRANT_INK = QColor("#6f8196")
PAD = 12.0


def _text(parent: QGraphicsItem, pixels: int, colour: QColor, *, bold: bool = False) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(parent)
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(colour)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


class PlotItem(QGraphicsItem):
    """Quadrants (tinted, named in their outer corners) or a faint grid, and two axes with Low/High and titles."""

    def __init__(self) -> None:
        super().__init__()
        self.fills: list[QColor] = []
        self.k = 1.0
        self.x_title_item = _text(self, 15, INK, bold=True)
        self.y_title_item = _text(self, 15, INK, bold=True)
        self.quadrant_items = [_text(self, 19, QUADRANT_INK, bold=True) for _ in range(4)]
        self.end_items = [_text(self, 12, AXIS_INK) for _ in range(4)]
        """Low and High at the ends of the horizontal axis, then of the vertical one."""
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_axes(self, x_title: str, y_title: str, quadrant_names: list[str], fills: list[QColor]) -> None:
        """Show these axis titles and quadrants (``fills`` clockwise from the top right; none: no quadrants)."""
        self.fills = list(fills)
        self.x_title_item.setText(x_title)
        self.y_title_item.setText(y_title)
        names = [*quadrant_names, "", "", "", ""][:4] if fills else ["", "", "", ""]
        for item, name in zip(self.quadrant_items, names, strict=True):
            item.setText(name)
        # Words, not numbers, as on the printout: "high power" is what a ULG discusses, not "7.5".
        ends = (translate("maps", "Low"), translate("maps", "High")) if x_title or y_title else ("", "")
        for index, item in enumerate(self.end_items):
            item.setText(ends[index % 2])
        self._place_words()
        self.update()

    def set_scale(self, k: float) -> None:
        """Draw the words ``k`` times as large as at 100 % (so they stay readable when zoomed out)."""
        if k != self.k:
            self.k = k
            self._place_words()
            self.update()

    def _place_words(self) -> None:
        k = self.k
        for item in (self.x_title_item, self.y_title_item, *self.quadrant_items, *self.end_items):
            item.setScale(k)

        def size(item: QGraphicsSimpleTextItem) -> tuple[float, float]:
            rect = item.boundingRect()
            return rect.width() * k, rect.height() * k

        _low_w, low_h = size(self.end_items[0])
        high_w, _ = size(self.end_items[1])
        self.end_items[0].setPos(0.0, PLOT_H + 4 * k)
        self.end_items[1].setPos(PLOT_W - high_w, PLOT_H + 4 * k)
        for item, along in ((self.end_items[2], PLOT_H), (self.end_items[3], size(self.end_items[3])[0])):
            item.setRotation(-90)
            item.setPos(-low_h - 4 * k, along)
        width, _height = size(self.x_title_item)
        self.x_title_item.setPos((PLOT_W - width) / 2, PLOT_H + 4 * k + low_h)
        width, height = size(self.y_title_item)
        self.y_title_item.setRotation(-90)
        self.y_title_item.setPos(-low_h - 4 * k - height, (PLOT_H + width) / 2)
        pad = PAD * k
        for index, item in enumerate(self.quadrant_items):
            width, height = size(item)
            right, top = index in (0, 1), index in (0, 3)
            item.setPos(PLOT_W - pad - width if right else pad, pad if top else PLOT_H - pad - height)

    def word_rects(self) -> list[QRectF]:
        """Where the quadrant names are, in scene coordinates (names of stakeholders keep clear of them)."""
        return [item.sceneBoundingRect() for item in self.quadrant_items if item.text()]

    def boundingRect(self) -> QRectF:
        """The plot with its axes' arrowheads."""
        reach = 16 * self.k
        return QRectF(-reach, -reach, PLOT_W + 2 * reach, PLOT_H + 2 * reach)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """The quadrants (or a faint grid), the middle lines, the frame and the two axes."""
        k = self.k
        plot = QRectF(0, 0, PLOT_W, PLOT_H)
        painter.fillRect(plot, QColor("#ffffff"))
        if self.fills:
            half_w, half_h = PLOT_W / 2, PLOT_H / 2
            corners = ((half_w, 0.0), (half_w, half_h), (0.0, half_h), (0.0, 0.0))
            for fill, (x, y) in zip(self.fills, corners, strict=False):
                painter.fillRect(QRectF(x, y, half_w, half_h), fill)
            painter.setPen(QPen(QColor("#b7c3d0"), 1.2 * k, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(half_w, 0), QPointF(half_w, PLOT_H))
            painter.drawLine(QPointF(0, half_h), QPointF(PLOT_W, half_h))
        else:
            painter.setPen(QPen(QColor("#eef1f5"), k))
            for step in range(1, 10):
                painter.drawLine(QPointF(step * PLOT_W / 10, 0), QPointF(step * PLOT_W / 10, PLOT_H))
                painter.drawLine(QPointF(0, step * PLOT_H / 10), QPointF(PLOT_W, step * PLOT_H / 10))
        painter.setPen(QPen(QColor("#d5dce4"), k))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        if not self.end_items[0].text():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(AXIS_INK, 1.6 * k))
        painter.setBrush(AXIS_INK)
        origin = QPointF(0, PLOT_H)
        head, side = 9 * k, 4.5 * k
        for end, wings in ((QPointF(PLOT_W + 12 * k, PLOT_H), ((-head, -side), (-head, side))),
                           (QPointF(0, -12 * k), ((-side, head), (side, head)))):
            painter.drawLine(origin, end)
            painter.drawPolygon(QPolygonF([end, end + QPointF(*wings[0]), end + QPointF(*wings[1])]))


def place_names(nodes: list[NodeItem], words: list[QRectF], k: float, *, simple: bool = False) -> None:
    """Put each node's name where it hides the fewest names, nodes and quadrant names (``words``).

    The printout's placer does the work, in the units names are drawn in (the scene divided by ``k``, their
    scale). ``simple`` (a very big map): every name on one line under its node, which costs nothing.
    """
    metrics = label_metrics()
    if simple:
        height = metrics.lineSpacing()
        for node in nodes:
            lines, _elided = wrap_name(node.name, metrics, LABEL_WIDTH, 1)
            width = metrics.horizontalAdvance(lines[0])
            node.label.set_text(lines, QRectF(-width / 2, MARKER_REACH + LABEL_GAP, width, height),
                                Qt.AlignmentFlag.AlignHCenter, False)
        return
    spec = LabelSpec(metrics, LABEL_WIDTH, LABEL_LINES, LABEL_GAP, LABEL_PAD)
    obstacles = [QRectF(r.topLeft() / k, r.size() / k) for r in words]
    bounds = QRectF(-8 / k, -8 / k, (PLOT_W + 16) / k, (PLOT_H + 16) / k)
    centres = [n.pos() / k for n in nodes]
    placed = place_labels([n.name for n in nodes], centres, MARKER_REACH, bounds, obstacles, spec)
    for node, centre, label in zip(nodes, centres, placed, strict=True):
        node.label.set_text(label.lines, label.box.translated(-centre), label.align, label.leader)


class ContentLayer(QGraphicsItem):
    """The parent of every node, name and line: one switch that takes them all out of painting during a drag.

    A drag on a big map would repaint most of the canvas at every step, because long lines touch it all. So at
    the first step the layer draws what stays still once into an image (``freeze``), turns itself transparent,
    and only the dragged items (which ignore the layer's opacity) are painted over that image until the drop.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.image: QImage | None = None
        self.image_rect = QRectF()
        self._moving: list[QGraphicsItem] = []

    def boundingRect(self) -> QRectF:
        """Nothing of its own."""
        return QRectF()

    def paint(self, _painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        """Nothing of its own."""

    @property
    def frozen(self) -> bool:
        """Whether the still part of the map is shown as an image."""
        return self.image is not None

    def freeze(self, moving: list[QGraphicsItem], area: QRectF, scale: float) -> None:
        """Draw everything but ``moving`` in ``area`` (scene units, ``scale`` pixels each) into an image."""
        scene = self.scene()
        if scene is None or self.frozen or area.isEmpty():
            return
        for item in moving:  # hiding them would drop the selection and the mouse grab; transparency does not
            item.setOpacity(0.0)
        size = area.size() * scale
        image = QImage(max(1, int(size.width())), max(1, int(size.height())), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(scene.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(image.rect()), area)
        painter.end()
        for item in moving:
            item.setOpacity(1.0)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, True)
        self.image, self.image_rect, self._moving = image, QRectF(area), list(moving)
        self.setOpacity(0.0)

    def thaw(self) -> None:
        """Paint every item again (after the drop)."""
        if not self.frozen:
            return
        for item in self._moving:
            if item.scene() is not None:
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity, False)
        self.image, self._moving = None, []
        self.setOpacity(1.0)

    def draw_image(self, painter: QPainter, exposed: QRectF) -> None:
        """Paint the frozen part of the map that falls in ``exposed`` (the scene's background while frozen)."""
        if self.image is None:
            return
        part = exposed.intersected(self.image_rect)
        if part.isEmpty():
            return
        scale = self.image.width() / self.image_rect.width()
        source = QRectF((part.left() - self.image_rect.left()) * scale, (part.top() - self.image_rect.top()) * scale,
                        part.width() * scale, part.height() * scale)
        painter.drawImage(part, self.image, source)
