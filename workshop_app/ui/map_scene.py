"""A stakeholder map on a QGraphicsScene: it draws the ``MapData`` it is given and asks for every change.

The scene never changes the map itself. It shows what the service returned (``show_map``), updating the items
it already has rather than building them again, and turns the mouse into requests: ``moves_requested`` once a
drag of one or many nodes ends (the page makes that one undo step), ``connect_requested`` after a drag from one
node to another in connect mode, ``add_requested`` on a double-click in an empty place. Positions are values on
the axes (e.g. interest 0–10); the plot is a fixed logical area of ``PLOT_W`` × ``PLOT_H`` scene units.

Dragging one node of a large map must stay smooth, so an adjacency index names the edges that touch each
node and only those are moved; on a big map the rest is painted from an image during the drag (``ContentLayer``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from workshop_app.core.map_rules import SECTOR_QUADRANT
from workshop_app.ui.map_items import EdgeItem, LabelItem, NodeItem, edge_tooltip, node_tooltip
from workshop_app.ui.map_items_plot import PLOT_H, PLOT_W, QUADRANT_FILLS, ContentLayer, PlotItem, place_names
from workshop_app.ui.map_snapshots_items import MovementArrow, MovementOverlay
from workshop_app.ui.map_style import sector_colour

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData, Movement, RelationshipData, StakeholderData

SCENE_RECT = QRectF(-90, -40, PLOT_W + 130, PLOT_H + 110)
"""The plot with room for the axis titles, and for names under the nodes at the edges."""
SNAP_STEPS = 20
"""Snap to grid: each axis in twenty steps (0.5 on a 0–10 axis)."""
LABEL_PLACEMENT_LIMIT = 250
"""Above this many stakeholders names stay below their node: placing them costs more than it helps."""
DRAG_THRESHOLD = 0.5
FAST_DRAG_ITEMS = 600
"""From this many nodes and lines on, a drag paints the still part of the map from an image (``ContentLayer``)."""


class MapScene(QGraphicsScene):
    """Draws one stakeholder map and reports what the mouse asked for."""

    moves_requested = Signal(object)
    """dict[stakeholder id, (x, y)]: where the dragged nodes were dropped, as axis values (one undo step)."""
    connect_requested = Signal(str, str)
    """(from id, to id): a line was drawn from one node to another in connect mode."""
    add_requested = Signal(float, float)
    """(x, y) axis values: a double-click on an empty place."""
    stakeholder_activated = Signal(str)
    """A double-click on a node: edit its name."""
    relationship_activated = Signal(str)
    """A double-click on a line: edit the relationship."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSceneRect(SCENE_RECT)
        self.setBackgroundBrush(QColor("#f7f9fb"))
        # Everything hangs under one layer, so a BSP tree cannot narrow down painting; keeping it up to date
        # for long lines costs most of a drag step (prepareGeometryChange of a line spanning the map).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.data: MapData | None = None
        self.layer = ContentLayer()
        self.addItem(self.layer)
        self.plot = PlotItem()
        self.plot.setParentItem(self.layer)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self._adjacent: dict[str, set[str]] = {}
        self._shown: dict[str, StakeholderData] = {}
        self._shown_edges: dict[str, RelationshipData] = {}
        self._axes: tuple[Any, ...] = ()
        self.snap_to_grid = False
        self.connect_mode = False
        self._pressed: dict[str, QPointF] = {}
        self._dragging = False
        self._bulk = False
        self._relabel = False
        self._renamed: set[str] = set()
        self._link: QGraphicsLineItem | None = None
        self._link_from: str | None = None
        self.overlay = MovementOverlay(self.layer)
        self.item_scale = 1.0
        """How much larger than at 100 % nodes, names and lines are drawn: zoomed out, they keep their size."""

    # -- values and scene coordinates -------------------------------------------------------------
    def _range(self) -> tuple[float, float]:
        if self.data is None:
            return 10.0, 10.0
        return max(self.data.x_max, 1e-9), max(self.data.y_max, 1e-9)

    def to_scene(self, x: float, y: float) -> QPointF:
        """Where the axis values (``x``, ``y``) are drawn (``y`` grows upwards, as on paper)."""
        x_max, y_max = self._range()
        return QPointF(x / x_max * PLOT_W, PLOT_H - y / y_max * PLOT_H)

    def to_values(self, point: QPointF) -> tuple[float, float]:
        """The axis values at ``point``, kept inside the axes and rounded to what a person can tell apart."""
        x_max, y_max = self._range()
        x = min(max(point.x() / PLOT_W, 0.0), 1.0) * x_max
        y = min(max((PLOT_H - point.y()) / PLOT_H, 0.0), 1.0) * y_max
        return round(x, 2), round(y, 2)

    def snapped(self, point: QPointF) -> QPointF:
        """``point`` moved to the nearest grid crossing."""
        step_x, step_y = PLOT_W / SNAP_STEPS, PLOT_H / SNAP_STEPS
        return QPointF(round(point.x() / step_x) * step_x, round(point.y() / step_y) * step_y)

    def constrain(self, _node: NodeItem, point: QPointF) -> QPointF:
        """Where a node may go: inside the plot, and on the grid while dragged with snapping on."""
        if self._dragging and self.snap_to_grid:
            point = self.snapped(point)
        return QPointF(min(max(point.x(), 0.0), PLOT_W), min(max(point.y(), 0.0), PLOT_H))

    # -- drawing the map ----------------------------------------------------------------------------
    def show_map(self, data: MapData | None) -> None:
        """Draw ``data``: items already shown are updated in place; nothing is rebuilt that need not be."""
        if data is None or self.data is None or data.id != self.data.id:
            self._clear_items()
        self.data = data
        if data is None:
            self.plot.set_axes("", "", [], [])
            self._axes = ()
            return
        axes = (data.kind, data.x_title, data.y_title, data.x_max, data.y_max, tuple(data.quadrant_names))
        if axes != self._axes:
            self._axes = axes
            self._relabel = True
            self.plot.set_axes(data.x_title, data.y_title, list(data.quadrant_names), self._fills(data))
        self._bulk = True
        try:
            moved = self._sync_nodes(data)
            moved |= self._sync_edges(data)
        finally:
            self._bulk = False
        for edge_id in moved:
            self._place_edge(self.edges[edge_id])
        if self._relabel:
            self._relabel = False
            self.place_labels()

    def _fills(self, data: MapData) -> list[QColor]:
        if not data.quadrant_names:
            return []
        if data.kind == "ecosystem":
            fills = [QColor()] * 4
            for sector, quadrant in SECTOR_QUADRANT.items():
                fills[quadrant] = QColor(sector_colour(sector))
                fills[quadrant].setAlpha(38)
            return fills
        return [QColor(fill) for fill in QUADRANT_FILLS]

    def _clear_items(self) -> None:
        self.layer.thaw()
        self.clear_movements()
        self._cancel_link()
        for item in [*self.edges.values(), *self.nodes.values(), *(n.label for n in self.nodes.values())]:
            self.removeItem(item)
        self.nodes, self.edges, self._adjacent, self._shown, self._shown_edges = {}, {}, {}, {}, {}
        self._pressed, self._dragging = {}, False

    def _sync_nodes(self, data: MapData) -> set[str]:
        """Add, update and remove nodes; returns the edges whose ends moved."""
        wanted = {s.id: s for s in data.stakeholders}
        for gone in set(self.nodes) - set(wanted):
            node = self.nodes.pop(gone)
            self.removeItem(node.label)
            self.removeItem(node)
            self._shown.pop(gone, None)
            self._relabel = True
        moved: set[str] = set()
        for stakeholder_id, stakeholder in wanted.items():
            node = self.nodes.get(stakeholder_id)
            if node is None:
                node = self.nodes[stakeholder_id] = NodeItem(stakeholder_id)
                node.setScale(self.item_scale)
                node.label.setScale(self.item_scale)
                node.setParentItem(self.layer)
                node.label.setParentItem(self.layer)
            before = self._shown.get(stakeholder_id)
            if before is None or (before.name, before.organisation, before.sector, before.attitude) != (
                    stakeholder.name, stakeholder.organisation, stakeholder.sector, stakeholder.attitude):
                node.set_look(stakeholder.name, stakeholder.sector, stakeholder.attitude,
                              node_tooltip(stakeholder))
                self._relabel = True
                if before is not None and before.name != stakeholder.name:
                    self._renamed.add(stakeholder_id)  # the tooltips of its lines name it
            self._shown[stakeholder_id] = stakeholder
            target = self.to_scene(stakeholder.x, stakeholder.y)
            if node.pos() != target:
                node.setPos(target)
                moved |= self._adjacent.get(stakeholder_id, set())
                self._relabel = True
        return moved

    def _sync_edges(self, data: MapData) -> set[str]:
        """Add, update and remove edges; returns the edges to place again."""
        wanted = {r.id: r for r in data.relationships if r.from_id in self.nodes and r.to_id in self.nodes}
        for gone in set(self.edges) - set(wanted):
            edge = self.edges.pop(gone)
            self._unlink(edge)
            self.removeItem(edge)
            self._shown_edges.pop(gone, None)
        placed: set[str] = set()
        for relationship_id, relationship in wanted.items():
            edge = self.edges.get(relationship_id)
            if edge is not None and (edge.from_id, edge.to_id) != (relationship.from_id, relationship.to_id):
                self._unlink(edge)
                edge.from_id, edge.to_id = relationship.from_id, relationship.to_id
                self._link_edge(edge)
                placed.add(relationship_id)
            if edge is None:
                edge = self.edges[relationship_id] = EdgeItem(relationship_id, relationship.from_id,
                                                              relationship.to_id)
                edge.k = self.item_scale
                self._link_edge(edge)
                edge.setParentItem(self.layer)
                placed.add(relationship_id)
            if self._shown_edges.get(relationship_id) != relationship or {relationship.from_id,
                                                                           relationship.to_id} & self._renamed:
                edge.set_look(relationship.kind, relationship.strength, relationship.directed,
                              edge_tooltip(relationship, data))
                self._shown_edges[relationship_id] = relationship
        self._renamed.clear()
        return placed

    def _link_edge(self, edge: EdgeItem) -> None:
        for end in (edge.from_id, edge.to_id):
            self._adjacent.setdefault(end, set()).add(edge.relationship_id)

    def _unlink(self, edge: EdgeItem) -> None:
        for end in (edge.from_id, edge.to_id):
            self._adjacent.get(end, set()).discard(edge.relationship_id)

    def _place_edge(self, edge: EdgeItem) -> None:
        start, end = self.nodes.get(edge.from_id), self.nodes.get(edge.to_id)
        if start is not None and end is not None:
            edge.set_ends(start.pos(), end.pos())

    def set_item_scale(self, k: float) -> None:
        """Draw nodes, names and lines ``k`` times as large as at 100 % (the view keeps them readable)."""
        k = round(k, 3)
        if k == self.item_scale:
            return
        self.item_scale = k
        self.plot.set_scale(k)
        for node in self.nodes.values():
            node.setScale(k)
            node.label.setScale(k)
        for edge in self.edges.values():
            edge.set_scale(k)
        self.overlay.set_scale(k)
        self.place_labels()

    def node_moved(self, node: NodeItem) -> None:
        """A node moved (dragged, or placed from the model): only the edges touching it follow."""
        if self._bulk:
            return
        for edge_id in self._adjacent.get(node.stakeholder_id, ()):
            self._place_edge(self.edges[edge_id])

    def place_labels(self) -> None:
        """Put each name beside its node where it hides the fewest names and nodes (as the printout does)."""
        if self.data is not None:
            place_names([self.nodes[s.id] for s in self.data.stakeholders if s.id in self.nodes],
                        self.plot.word_rects(), self.item_scale, simple=len(self.nodes) > LABEL_PLACEMENT_LIMIT)

    # -- what is selected ---------------------------------------------------------------------------
    def selected_stakeholder_ids(self) -> list[str]:
        """The selected stakeholders, left to right."""
        found = [item for item in self.selectedItems() if isinstance(item, NodeItem)]
        return [n.stakeholder_id for n in sorted(found, key=lambda n: (n.pos().x(), n.pos().y()))]

    def selected_relationship_ids(self) -> list[str]:
        """The selected relationships."""
        return [item.relationship_id for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def select(self, stakeholder_ids: Iterable[str] = (), relationship_ids: Iterable[str] = ()) -> None:
        """Select exactly these stakeholders and relationships."""
        self.clearSelection()
        for stakeholder_id in stakeholder_ids:
            if stakeholder_id in self.nodes:
                self.nodes[stakeholder_id].setSelected(True)
        for relationship_id in relationship_ids:
            if relationship_id in self.edges:
                self.edges[relationship_id].setSelected(True)

    def hit(self, point: QPointF) -> NodeItem | EdgeItem | None:
        """The node (or the name of one) under ``point``, else the line under it."""
        edge = None
        for item in self.items(point):
            if isinstance(item, NodeItem):
                return item
            if isinstance(item, LabelItem):
                return item.node
            if edge is None and isinstance(item, EdgeItem):
                edge = item
        return edge

    # -- the mouse ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Start a connecting line (connect mode) or remember where the nodes about to be dragged were."""
        hit = self.hit(event.scenePos())
        left = event.button() == Qt.MouseButton.LeftButton
        if left and self.connect_mode and isinstance(hit, NodeItem):
            self._link_from = hit.stakeholder_id
            self._link = QGraphicsLineItem(QLineF(hit.pos(), event.scenePos()))
            pen = QPen(QColor("#2364aa"), 2 * self.item_scale, Qt.PenStyle.DashLine)
            self._link.setPen(pen)
            self._link.setZValue(5)
            self.addItem(self._link)
            event.accept()
            return
        super().mousePressEvent(event)
        if left and isinstance(hit, NodeItem) and hit.isSelected():
            self._pressed = {n.stakeholder_id: n.pos() for n in self.selectedItems() if isinstance(n, NodeItem)}
            self._dragging = True

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Stretch the connecting line, or let Qt move the held nodes."""
        if self._link is not None:
            self._link.setLine(QLineF(self._link.line().p1(), event.scenePos()))
            event.accept()
            return
        if self._pressed and not self.layer.frozen and len(self.nodes) + len(self.edges) >= FAST_DRAG_ITEMS:
            self.freeze_for_drag(list(self._pressed))
        super().mouseMoveEvent(event)

    def freeze_for_drag(self, stakeholder_ids: list[str]) -> None:
        """Until ``thaw``, paint only these stakeholders, their names and lines over an image of the rest."""
        moving: list[QGraphicsItem] = []
        for stakeholder_id in stakeholder_ids:
            node = self.nodes[stakeholder_id]
            moving += [node, node.label, *(self.edges[e] for e in self._adjacent.get(stakeholder_id, ()))]
        views = self.views()
        if views:
            view = views[0]
            area = view.mapToScene(view.viewport().rect()).boundingRect()
            scale = view.transform().m11() * view.devicePixelRatioF()
        else:
            area, scale = self.sceneRect(), 1.0
        self.layer.freeze(list(dict.fromkeys(moving)), area.intersected(self.sceneRect()), scale)

    def thaw(self) -> None:
        """Paint every item again."""
        self.layer.thaw()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The background; during a drag on a big map, the image of everything that stays still."""
        super().drawBackground(painter, rect)
        self.layer.draw_image(painter, rect)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """A drop: ask for the move of every dragged node at once; or finish a connecting line."""
        if self._link is not None:
            source = self._link_from
            self._cancel_link()
            target = self.hit(event.scenePos())
            if source is not None and isinstance(target, NodeItem) and target.stakeholder_id != source:
                self.connect_requested.emit(source, target.stakeholder_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.layer.thaw()
        pressed, self._pressed, self._dragging = self._pressed, {}, False
        moved = {stakeholder_id: self.to_values(self.nodes[stakeholder_id].pos())
                 for stakeholder_id, start in pressed.items()
                 if stakeholder_id in self.nodes
                 and (self.nodes[stakeholder_id].pos() - start).manhattanLength() > DRAG_THRESHOLD}
        if moved:
            self.moves_requested.emit(moved)

    def _cancel_link(self) -> None:
        if self._link is not None:
            self.removeItem(self._link)
        self._link, self._link_from = None, None

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Edit what was double-clicked, or add a stakeholder in an empty place."""
        hit = self.hit(event.scenePos())
        if isinstance(hit, NodeItem):
            self.stakeholder_activated.emit(hit.stakeholder_id)
        elif isinstance(hit, EdgeItem):
            self.relationship_activated.emit(hit.relationship_id)
        elif event.button() == Qt.MouseButton.LeftButton and self.data is not None:
            self.add_requested.emit(*self.to_values(event.scenePos()))
        event.accept()

    @property
    def dragging(self) -> bool:
        """Whether nodes are held by the mouse (the map must not be redrawn under them)."""
        return self._dragging

    # -- comparing snapshots ------------------------------------------------------------------------
    def show_movements(self, movements: Iterable[Movement]) -> int:
        """Draw an arrow from where each moved stakeholder stood to where it stands now; returns how many."""
        return self.overlay.show([(m.stakeholder_id, self.to_scene(*m.before), self.to_scene(*m.after))
                                  for m in movements if m.before is not None and m.after is not None],
                                 self.item_scale)

    def clear_movements(self) -> None:
        """Take the comparison arrows away."""
        self.overlay.clear()

    @property
    def movements(self) -> list[MovementArrow]:
        """The arrows of the comparison shown."""
        return self.overlay.arrows
