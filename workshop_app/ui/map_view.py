"""The view of a stakeholder map: zoom, pan, fit, the keyboard, and the legend laid over the canvas.

Ctrl+wheel zooms under the pointer; the middle button, or Space held with the left button, pans; a drag on an
empty place draws a rubber band that selects. Keys become requests the page acts on (Delete, arrows to nudge,
F2 to edit, Escape), so the view never changes the map itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from workshop_app.ui.map_render_legend import Legend, LegendFonts
from workshop_app.ui.map_scene import SCENE_RECT, MapScene

MIN_ZOOM, MAX_ZOOM = 0.2, 6.0
ZOOM_STEP = 1.2
NUDGE_SMALL, NUDGE_LARGE = 0.1, 0.5
"""How far an arrow key moves the selected stakeholders, in axis units (Shift: the larger step)."""


class MapLegend(QWidget):
    """The printout's legend (sectors, relationships, attitude), in three columns on a white card."""

    MARGIN = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setAccessibleName(self.tr("Legend"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        heading, text, mark = QFont(self.font()), QFont(self.font()), QFont(self.font())
        heading.setPixelSize(12)
        heading.setBold(True)
        text.setPixelSize(12)
        mark.setPixelSize(10)
        mark.setBold(True)
        fonts = LegendFonts(heading, text, QFontMetricsF(heading), QFontMetricsF(text))
        self.legend = Legend(fonts, 1.3, 7.0, mark)
        size = self.legend.size(True)
        self.setFixedSize(QSize(int(size.width()) + 2 * self.MARGIN + 2, int(size.height()) + 2 * self.MARGIN))
        self.setAccessibleDescription(self.tr("Shapes and colours show the sector; thick lines are strong ties, "
                                              "dashed lines weak ones; arrows show a direction."))

    def paintEvent(self, _event: QPaintEvent) -> None:
        """A white card with the legend on it."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#d5dce4"), 1))
        painter.setBrush(QColor(255, 255, 255, 238))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        area = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        self.legend.paint(painter, area, True)
        painter.end()


class MapView(QGraphicsView):
    """Shows a ``MapScene``; emits what the person asked for with the keyboard."""

    delete_requested = Signal()
    nudge_requested = Signal(float, float)
    """(dx, dy) in axis units for the selected stakeholders."""
    edit_requested = Signal()
    """F2 or Enter: edit the selected stakeholder or relationship in the side panel."""
    escape_pressed = Signal()
    zoom_changed = Signal(float)

    def __init__(self, scene: MapScene, parent: Any = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setObjectName("mapView")
        self.setAccessibleName(self.tr("Stakeholder map"))
        self.setAccessibleDescription(self.tr(
            "Double-click an empty place to add a stakeholder; drag stakeholders to move them; in connect mode "
            "drag from one stakeholder to another. Delete removes the selection, the arrow keys nudge it."))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._space = False
        self._pan_from: QPoint | None = None
        self._fitted = True
        # A child of the view, not of the viewport: scrolling moves the viewport's children with the picture.
        self.legend = MapLegend(self)
        self.legend.raise_()
        self.zoom_changed.connect(lambda zoom: scene.set_item_scale(max(1.0, 1.0 / zoom)))

    # -- zoom and fit -------------------------------------------------------------------------------
    def zoom(self) -> float:
        """The current scale (1: one scene unit is one pixel)."""
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom in (``factor`` > 1) or out, keeping ``anchor`` (a viewport point; default: the centre) in place."""
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        if abs(target - self.zoom()) < 1e-6:
            return
        if anchor is not None:
            before = self.mapToScene(anchor)
        else:
            before = self.mapToScene(self.viewport().rect().center())
            anchor = self.viewport().rect().center()
        factor = target / self.zoom()
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.scale(factor, factor)
        after = self.mapToScene(anchor)
        self.translate(after.x() - before.x(), after.y() - before.y())
        self.setTransformationAnchor(old_anchor)
        self._fitted = False
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        """One step closer."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further away."""
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Show the whole map as large as the window allows, above the legend; it stays fitted on resizing."""
        width, height = self.viewport().width() - 8, self.viewport().height() - 8
        if width <= 0 or height <= 0:
            return
        legend = self.legend.height() + 16 if self.legend.isVisibleTo(self) else 0
        scale = max(MIN_ZOOM, min(width / SCENE_RECT.width(), (height - legend) / SCENE_RECT.height(), MAX_ZOOM))
        # The legend gets a strip of its own under the map, so it never hides a stakeholder of a fitted map.
        self.setSceneRect(SCENE_RECT.adjusted(0, 0, 0, legend / scale))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(self.sceneRect().center())
        self._fitted = True
        self.zoom_changed.emit(self.zoom())

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend; a fitted map grows into the room it leaves."""
        self.legend.setVisible(visible)
        if self._fitted:
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep a fitted map fitted, and the legend in the bottom-left corner."""
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
        self.place_legend()

    def place_legend(self) -> None:
        """Put the legend in the bottom-left corner of the visible canvas."""
        area = self.viewport().geometry()
        self.legend.move(area.left() + 12, area.bottom() - self.legend.height() - 12)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel (or a pinch on a touchpad sending Ctrl) zooms under the pointer; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    # -- panning ------------------------------------------------------------------------------------
    def _start_pan(self, at: QPoint) -> None:
        self._pan_from = at
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The middle button, or the left one while Space is held, grabs the canvas to pan it."""
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan while the canvas is grabbed."""
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            self._fitted = False
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Let go of the canvas."""
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton,
                                                             Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- the keyboard ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete, arrows (nudge), F2/Enter (edit), Escape, Ctrl+A, and Space held for panning."""
        key = event.key()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.map_scene.select(self.map_scene.nodes)
            event.accept()
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
        if key in arrows and self.map_scene.selected_stakeholder_ids():
            step = NUDGE_LARGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE_SMALL
            dx, dy = arrows[Qt.Key(key)]
            self.nudge_requested.emit(dx * step, dy * step)
            event.accept()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        """Space let go: back to selecting."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def scene_point(self, point: QPointF) -> QPoint:
        """Where a scene point is in the viewport (for tests and menus)."""
        return self.mapFromScene(point)
