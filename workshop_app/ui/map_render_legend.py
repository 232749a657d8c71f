"""The legend of a printed stakeholder map: sectors (shape and colour), relationship strength and direction, attitude.

Measured first (``Legend.size``) so the page layout can make room for it, then painted into the room it got.
On a wide page it is one column beside the map; on a tall page three columns under it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from workshop_app.ui.map_style import (
    ATTITUDES,
    OUTLINE_COLOUR,
    SECTOR_ORDER,
    attitude_label,
    attitude_mark,
    sector_colour,
    sector_label,
    sector_shape_path,
)

translate = QCoreApplication.translate

LINE_COLOUR = QColor("#404040")


def strength_label(strength: int) -> str:
    """The word for a relationship strength of 1, 2 or 3."""
    words = {1: translate("map_render", "Weak tie"), 2: translate("map_render", "Tie"),
             3: translate("map_render", "Strong tie")}
    return words.get(strength, str(strength))


def strength_pen(strength: int, unit: float, colour: QColor = LINE_COLOUR) -> QPen:
    """The pen of a relationship line: thicker when stronger, dashed when weak (so it still reads in grey)."""
    width = {1: 0.6, 2: 1.2, 3: 2.4}.get(strength, 1.2) * unit
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if strength <= 1:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def arrow_head(start: QPointF, tip: QPointF, length: float) -> QPolygonF:
    """A filled arrowhead pointing along ``start`` → ``tip`` with its point at ``tip``."""
    dx, dy = tip.x() - start.x(), tip.y() - start.y()
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    back = QPointF(tip.x() - ux * length, tip.y() - uy * length)
    half = length * 0.45
    return QPolygonF([tip, QPointF(back.x() - uy * half, back.y() + ux * half),
                      QPointF(back.x() + uy * half, back.y() - ux * half)])


@dataclass
class LegendFonts:
    """The two fonts of the legend and their metrics on the paint device."""

    heading: QFont
    text: QFont
    heading_metrics: QFontMetricsF
    text_metrics: QFontMetricsF


Section = tuple[str, list[tuple[str, Callable[[QPainter, QRectF], None]]]]


class Legend:
    """The legend's sections, measured for one paint device and unit (device units per point)."""

    def __init__(self, fonts: LegendFonts, unit: float, marker_radius: float, mark_font: QFont) -> None:
        self.fonts = fonts
        self.unit = unit
        self.radius = marker_radius
        self.mark_font = mark_font
        self.sample_width = max(marker_radius * 2.6, 22 * unit)
        self.row_height = max(fonts.text_metrics.lineSpacing() * 1.25, marker_radius * 2.4)
        self.sections: list[Section] = [
            (translate("map_render", "Sectors"),
             [(sector_label(s), self._marker_sample(s)) for s in SECTOR_ORDER]),
            (translate("map_render", "Relationships"),
             [(strength_label(n), self._line_sample(n, False)) for n in (1, 2, 3)]
             + [(translate("map_render", "One-way (from → to)"), self._line_sample(2, True))]),
            (translate("map_render", "Attitude"),
             [(attitude_label(a), self._mark_sample(a)) for a in ATTITUDES]),
        ]

    def _marker_sample(self, sector: str) -> Callable[[QPainter, QRectF], None]:
        def paint(painter: QPainter, cell: QRectF) -> None:
            painter.setPen(QPen(OUTLINE_COLOUR, 0.8 * self.unit))
            painter.setBrush(sector_colour(sector))
            painter.drawPath(sector_shape_path(sector, cell.center(), self.radius))

        return paint

    def _line_sample(self, strength: int, directed: bool) -> Callable[[QPainter, QRectF], None]:
        def paint(painter: QPainter, cell: QRectF) -> None:
            y = cell.center().y()
            line = QLineF(cell.left() + self.unit, y, cell.right() - self.unit, y)
            painter.setPen(strength_pen(strength, self.unit))
            painter.drawLine(line)
            if directed:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(LINE_COLOUR)
                painter.drawPolygon(arrow_head(line.p1(), line.p2(), 5.5 * self.unit))

        return paint

    def _mark_sample(self, attitude: str) -> Callable[[QPainter, QRectF], None]:
        def paint(painter: QPainter, cell: QRectF) -> None:
            centre = cell.center()
            painter.setPen(QPen(OUTLINE_COLOUR, 0.8 * self.unit))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(centre, self.radius, self.radius)
            painter.setFont(self.mark_font)
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(centre.x() - self.radius, centre.y() - self.radius, 2 * self.radius,
                                    2 * self.radius), Qt.AlignmentFlag.AlignCenter, attitude_mark(attitude))

        return paint

    def _section_size(self, section: Section) -> QSizeF:
        heading, rows = section
        fm = self.fonts.text_metrics
        width = max([self.fonts.heading_metrics.horizontalAdvance(heading)]
                    + [self.sample_width + 6 * self.unit + fm.horizontalAdvance(text) for text, _ in rows])
        height = self.fonts.heading_metrics.lineSpacing() * 1.3 + self.row_height * len(rows)
        return QSizeF(width, height)

    def size(self, columns: bool) -> QSizeF:
        """Natural size: stacked in one column, or side by side in three columns (``columns``)."""
        sizes = [self._section_size(s) for s in self.sections]
        gap = 10 * self.unit
        if columns:
            return QSizeF(sum(s.width() for s in sizes) + gap * (len(sizes) - 1), max(s.height() for s in sizes))
        return QSizeF(max(s.width() for s in sizes), sum(s.height() for s in sizes) + gap * (len(sizes) - 1))

    def paint(self, painter: QPainter, area: QRectF, columns: bool) -> list[float]:
        """Draw the legend into ``area``, eliding texts that do not fit; returns the font sizes used (points)."""
        sizes = [self._section_size(s) for s in self.sections]
        gap = 10 * self.unit
        if columns:  # share the width out in proportion to what each section would like
            total = sum(s.width() for s in sizes) or 1.0
            free = area.width() - gap * (len(sizes) - 1)
            widths = [free * s.width() / total for s in sizes]
        else:
            widths = [area.width()] * len(sizes)
        x, y = area.left(), area.top()
        for (heading, rows), size, width in zip(self.sections, sizes, widths, strict=True):
            self._paint_section(painter, QPointF(x, y), width, heading, rows)
            if columns:
                x += width + gap
            else:
                y += size.height() + gap
        return [self.fonts.heading.pointSizeF(), self.fonts.text.pointSizeF(), self.mark_font.pointSizeF()]

    def _paint_section(self, painter: QPainter, origin: QPointF, width: float, heading: str,
                       rows: list[tuple[str, Callable[[QPainter, QRectF], None]]]) -> None:
        hm, fm = self.fonts.heading_metrics, self.fonts.text_metrics
        painter.setFont(self.fonts.heading)
        painter.setPen(QColor("#000000"))
        painter.drawText(QPointF(origin.x(), origin.y() + hm.ascent()),
                         hm.elidedText(heading, Qt.TextElideMode.ElideRight, width))
        y = origin.y() + hm.lineSpacing() * 1.3
        text_x = origin.x() + self.sample_width + 6 * self.unit
        for text, paint_sample in rows:
            paint_sample(painter, QRectF(origin.x(), y, self.sample_width, self.row_height))
            painter.setFont(self.fonts.text)
            painter.setPen(QColor("#000000"))
            baseline = y + (self.row_height + fm.ascent() - fm.descent()) / 2
            painter.drawText(QPointF(text_x, baseline),
                             fm.elidedText(text, Qt.TextElideMode.ElideRight, origin.x() + width - text_x))
            y += self.row_height
