"""Paint a stakeholder map onto any QPainter: a PDF or SVG page, an image, a printer or the print preview.

``paint_map`` lays the map out for the size of its target: title and date on top, the grid with its axis and
quadrant names, relationships under the markers, a label by every marker, and the legend beside the map on
a wide page or under it on a tall one. Sizes are worked out in points and turned into device units with the
device's resolution, so the printout reads the same on every device; no text is ever smaller than
``min_font_pt`` (long names are wrapped and elided instead).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from workshop_app.core.map_rules import SECTOR_QUADRANT
from workshop_app.ui.map_render_labels import LabelSpec, PlacedLabel, place_labels
from workshop_app.ui.map_render_legend import LINE_COLOUR, Legend, LegendFonts, arrow_head, strength_pen
from workshop_app.ui.map_style import (
    FONT_PT,
    OUTLINE_COLOUR,
    attitude_mark,
    sector_colour,
    sector_mark_colour,
    sector_shape_path,
)

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData

translate = QCoreApplication.translate

# The printable area of A4 landscape with 10 mm margins, in points: the page the base font sizes are made for.
_A4_LONG, _A4_SHORT = 785.0, 538.0
_KINDS = {
    "power_interest": QT_TRANSLATE_NOOP("map_render", "Power / interest grid"),
    "importance_influence": QT_TRANSLATE_NOOP("map_render", "Importance / influence matrix"),
    "ecosystem": QT_TRANSLATE_NOOP("map_render", "Ecosystem map"),
    "blank": QT_TRANSLATE_NOOP("map_render", "Stakeholder map"),
}
_QUADRANT_TINTS = (QColor("#ECECEC"), QColor("#F7F7F7"))
_TEXT = QColor("#111111")
_MUTED = QColor("#555555")


@dataclass
class RenderReport:
    """What ``paint_map`` drew, so callers and tests can check readability without reading the page back."""

    fonts_pt: list[float] = field(default_factory=list)
    """Point size of every font used."""
    label_font_pt: float = 0.0
    labels: int = 0
    elided_labels: int = 0
    crowded_labels: int = 0
    """Labels that overlap another label or marker because no free spot was left near their marker."""

    @property
    def smallest_font_pt(self) -> float:
        """The smallest text on the page, in points."""
        return min(self.fonts_pt, default=0.0)


def kind_label(kind: str) -> str:
    """The name of a map kind, e.g. "Power / interest grid"."""
    return translate("map_render", _KINDS.get(kind, _KINDS["blank"]))


def paint_map(painter: QPainter, data: MapData, target: QRectF, *, date_text: str,
              min_font_pt: float = 7.0) -> RenderReport:
    """Draw ``data`` into ``target`` (the painter's coordinates) scaled to fit; returns what was drawn."""
    painter.save()
    try:
        return _MapPainter(painter, data, target, date_text, min_font_pt).paint()
    finally:
        painter.restore()


class _MapPainter:
    """One painting of one map: the layout numbers it works out and the drawing steps that use them."""

    def __init__(self, painter: QPainter, data: MapData, target: QRectF, date_text: str, min_font_pt: float) -> None:
        self.p = painter
        self.data = data
        self.target = QRectF(target)
        self.date_text = date_text
        self.min_pt = min_font_pt
        device = painter.device()
        self.device = device
        # Fonts are sized in points with the device's resolution, so geometry uses the same unit.
        self.u = (device.logicalDpiY() if device is not None else 72) / 72.0
        long_side = max(target.width(), target.height()) / self.u
        short_side = min(target.width(), target.height()) / self.u
        self.k = max(0.2, min(long_side / _A4_LONG, short_side / _A4_SHORT))
        self.report = RenderReport()

    # -- fonts -------------------------------------------------------------------------------------
    def font(self, role: str, *, bold: bool = False, factor: float = 1.0) -> tuple[QFont, QFontMetricsF]:
        size = max(self.min_pt, FONT_PT[role] * self.k * factor)
        font = QFont()
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        if hasattr(font, "setFeature"):  # Qt 6.7+: no "ﬁ" ligatures, so searching the PDF for "office" finds it
            font.setFeature(QFont.Tag("liga"), 0)
        self.report.fonts_pt.append(size)
        return font, QFontMetricsF(font, self.device)

    def text(self, font: QFont, colour: QColor, at: QPointF, text: str) -> None:
        self.p.setFont(font)
        self.p.setPen(colour)
        self.p.drawText(at, text)

    # -- the page ------------------------------------------------------------------------------------
    def paint(self) -> RenderReport:
        p, u, k = self.p, self.u, self.k
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        area = QRectF(self.target)
        area.setTop(self.paint_header(area) + 8 * u * k)
        notes = " ".join(self.data.notes.split())
        if notes:
            font, fm = self.font("legend")
            line = fm.elidedText(notes, Qt.TextElideMode.ElideRight, area.width())
            self.text(font, _MUTED, QPointF(area.left(), area.bottom() - fm.descent()), line)
            area.setBottom(area.bottom() - fm.lineSpacing() - 6 * u * k)
        self.radius = max(4.6, min(5.5, 5.5 * math.sqrt(40 / max(1, len(self.data.stakeholders))))) * u * k
        self.radius = max(self.radius, 4.6 * u)  # room for a minimum-size attitude mark inside
        legend = self.make_legend()
        columns = area.width() < area.height() * 1.15  # tall page: legend under the map in three columns
        want = legend.size(columns)
        if columns:
            legend_rect = QRectF(area.left(), area.bottom() - want.height(), area.width(), want.height())
            area.setBottom(legend_rect.top() - 10 * u * k)
        else:
            width = min(want.width(), area.width() * 0.3)
            legend_rect = QRectF(area.right() - width, area.top(), width, want.height())
            area.setRight(legend_rect.left() - 14 * u * k)
        self.report.fonts_pt += legend.paint(p, legend_rect, columns)
        plot = self.paint_axes(area)
        self.paint_plot(plot)
        return self.report

    def paint_header(self, area: QRectF) -> float:
        """Title, date and a line saying what the map is; returns where the header ends."""
        title_font, tm = self.font("title", bold=True)
        sub_font, sm = self.font("subtitle")
        date_width = sm.horizontalAdvance(self.date_text) + 12 * self.u
        title = " ".join(self.data.title.split()) or translate("map_render", "Stakeholder map")
        baseline = area.top() + tm.ascent()
        self.text(title_font, _TEXT, QPointF(area.left(), baseline),
                  tm.elidedText(title, Qt.TextElideMode.ElideRight, area.width() - date_width))
        self.text(sub_font, _MUTED, QPointF(area.right() - sm.horizontalAdvance(self.date_text), baseline),
                  self.date_text)
        count = len(self.data.stakeholders)
        ties = len(self.data.relationships)
        people = (translate("map_render", "1 stakeholder") if count == 1
                  else translate("map_render", "{count} stakeholders").format(count=count))
        links = (translate("map_render", "1 relationship") if ties == 1
                 else translate("map_render", "{count} relationships").format(count=ties))
        line = translate("map_render", "{kind} · {stakeholders} · {relationships}").format(
            kind=kind_label(self.data.kind), stakeholders=people, relationships=links)
        sub_baseline = area.top() + tm.lineSpacing() + sm.ascent()
        self.text(sub_font, _MUTED, QPointF(area.left(), sub_baseline),
                  sm.elidedText(line, Qt.TextElideMode.ElideRight, area.width()))
        return sub_baseline + sm.descent()

    def make_legend(self) -> Legend:
        heading, hm = self.font("legend_heading", bold=True)
        text, fm = self.font("legend")
        self.mark_font, self.mark_metrics = self.font("mark", factor=self.radius / (5.5 * self.u * self.k))
        return Legend(LegendFonts(heading, text, hm, fm), self.u * self.k, 5.5 * self.u * self.k, self.mark_font)

    # -- axes and quadrants ------------------------------------------------------------------------
    def paint_axes(self, area: QRectF) -> QRectF:
        """Axis titles and low/high words around the plot (for the axes that have a title); returns the plot."""
        p, u, k = self.p, self.u, self.k
        axis_font, am = self.font("axis", bold=True)
        end_font, em = self.font("legend")
        x_title, y_title = " ".join(self.data.x_title.split()), " ".join(self.data.y_title.split())
        self.axes = bool(x_title or y_title)
        left = am.lineSpacing() + em.lineSpacing() + 6 * u * k if y_title else 0.0
        bottom = am.lineSpacing() + em.lineSpacing() + 6 * u * k if x_title else 0.0
        top = 6 * u * k if self.axes else 0.0  # room for the arrowhead of the y axis
        right = 6 * u * k if self.axes else 0.0
        plot = QRectF(area.left() + left, area.top() + top, area.width() - left - right,
                      area.height() - bottom - top)
        low, high = translate("map_render", "Low"), translate("map_render", "High")
        if x_title:  # words under the line, the title under the words
            y = plot.bottom() + 3 * u * k + em.ascent()
            self.text(end_font, _MUTED, QPointF(plot.left(), y), low)
            self.text(end_font, _MUTED, QPointF(plot.right() - em.horizontalAdvance(high), y), high)
            title = am.elidedText(x_title, Qt.TextElideMode.ElideRight, plot.width() * 0.7)
            self.text(axis_font, _TEXT, QPointF(plot.center().x() - am.horizontalAdvance(title) / 2,
                                                y + em.descent() + am.ascent()), title)
        if y_title:  # the same, turned a quarter to the left
            p.save()
            p.translate(plot.left() - 3 * u * k - em.descent(), plot.bottom())
            p.rotate(-90)
            self.text(end_font, _MUTED, QPointF(0, 0), low)
            self.text(end_font, _MUTED, QPointF(plot.height() - em.horizontalAdvance(high), 0), high)
            title = am.elidedText(y_title, Qt.TextElideMode.ElideRight, plot.height() * 0.7)
            self.text(axis_font, _TEXT, QPointF(plot.height() / 2 - am.horizontalAdvance(title) / 2,
                                                -em.ascent() - am.descent()), title)
            p.restore()
        return plot

    def paint_quadrants(self, plot: QRectF) -> list[QRectF]:
        """Tinted quadrants with their names in the outer corners; returns the names' rectangles."""
        p, u, k = self.p, self.u, self.k
        names = [*self.data.quadrant_names, "", "", "", ""][:4]
        if self.data.kind == "blank" and not any(n.strip() for n in names):
            return []
        centre = plot.center()
        # clockwise from the top right, as the names are stored
        quads = [QRectF(QPointF(centre.x(), plot.top()), QPointF(plot.right(), centre.y())),
                 QRectF(centre, plot.bottomRight()),
                 QRectF(QPointF(plot.left(), centre.y()), QPointF(centre.x(), plot.bottom())),
                 QRectF(plot.topLeft(), centre)]
        p.setPen(Qt.PenStyle.NoPen)
        for index, quad in enumerate(quads):
            p.setBrush(self.quadrant_tint(index))
            p.drawRect(quad)
        font, fm = self.font("quadrant", bold=True)
        pad = 5 * u * k
        taken = []
        for index, (name, quad) in enumerate(zip(names, quads, strict=True)):
            text = fm.elidedText(" ".join(name.split()), Qt.TextElideMode.ElideRight, quad.width() - 2 * pad)
            if not text:
                continue
            width = fm.horizontalAdvance(text)
            x = quad.right() - pad - width if index in (0, 1) else quad.left() + pad
            y = quad.top() + pad if index in (0, 3) else quad.bottom() - pad - fm.height()
            self.text(font, _MUTED, QPointF(x, y + fm.ascent()), text)
            taken.append(QRectF(x, y, width, fm.height()))
        return taken

    def quadrant_tint(self, index: int) -> QColor:
        """A checkerboard of light greys; on an ecosystem map, a pale tint of the sector each region holds."""
        if self.data.kind == "ecosystem":
            sector = next((s for s, q in SECTOR_QUADRANT.items() if q == index), "")
            c = sector_colour(sector)
            return QColor.fromRgbF(*(0.84 + 0.16 * v for v in (c.redF(), c.greenF(), c.blueF())))
        return _QUADRANT_TINTS[index % 2]

    # -- the plot ------------------------------------------------------------------------------------
    def positions(self, plot: QRectF) -> list[QPointF]:
        """Marker centres on the page; markers that share a spot are spread on a small spiral so all show."""
        inset = self.radius * 1.7
        inner = plot.adjusted(inset, inset, -inset, -inset)
        x_max, y_max = self.data.x_max or 10.0, self.data.y_max or 10.0
        centres: list[QPointF] = []
        seen: dict[tuple[float, float], int] = {}
        for s in self.data.stakeholders:
            fx = min(1.0, max(0.0, s.x / x_max))
            fy = min(1.0, max(0.0, s.y / y_max))
            point = QPointF(inner.left() + fx * inner.width(), inner.bottom() - fy * inner.height())
            key = (round(point.x() / self.radius), round(point.y() / self.radius))
            n = seen[key] = seen.get(key, -1) + 1
            if n:  # a sunflower spiral: even spacing however many share the spot
                reach = self.radius * 1.6 * math.sqrt(n)
                point = QPointF(point.x() + reach * math.cos(n * 2.39996), point.y() + reach * math.sin(n * 2.39996))
            centres.append(point)
        return centres

    def paint_plot(self, plot: QRectF) -> None:
        p, u, k = self.p, self.u, self.k
        taken = self.paint_quadrants(plot)
        p.setPen(QPen(QColor("#9A9A9A"), 0.6 * u * k, Qt.PenStyle.DashLine))
        centre = plot.center()
        if taken or self.data.kind != "blank":
            p.drawLine(QLineF(centre.x(), plot.top(), centre.x(), plot.bottom()))
            p.drawLine(QLineF(plot.left(), centre.y(), plot.right(), centre.y()))
        self.paint_frame(plot)
        centres = self.positions(plot)
        self.paint_relationships(centres)
        labels = self.place(plot, centres, taken)
        self.paint_halos(labels)
        self.paint_markers(centres)
        self.paint_labels(labels)

    def paint_frame(self, plot: QRectF) -> None:
        p, u, k = self.p, self.u, self.k
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#8A8A8A"), 0.5 * u * k))
        p.drawRect(plot)
        if not self.axes:
            return
        p.setPen(QPen(_TEXT, 1.1 * u * k))
        tip_x, tip_y = QPointF(plot.right() + 4 * u * k, plot.bottom()), QPointF(plot.left(), plot.top() - 4 * u * k)
        p.drawLine(QLineF(plot.bottomLeft(), tip_x))
        p.drawLine(QLineF(plot.bottomLeft(), tip_y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_TEXT)
        p.drawPolygon(arrow_head(plot.bottomLeft(), tip_x, 6 * u * k))
        p.drawPolygon(arrow_head(plot.bottomLeft(), tip_y, 6 * u * k))

    def paint_relationships(self, centres: list[QPointF]) -> None:
        """Lines by strength, batched into one call per pen because a big map has thousands of them."""
        p, u, k = self.p, self.u, self.k
        index = {s.id: i for i, s in enumerate(self.data.stakeholders)}
        lines: dict[int, list[QLineF]] = {1: [], 2: [], 3: []}
        heads = QPainterPath()
        heads.setFillRule(Qt.FillRule.WindingFill)
        end_gap = self.radius * 1.5 + 1.0 * u * k
        for r in self.data.relationships:
            a, b = index.get(r.from_id), index.get(r.to_id)
            if a is None or b is None or a == b:
                continue
            start, end = centres[a], centres[b]
            strength = min(3, max(1, int(r.strength)))
            if r.directed:
                length = math.hypot(end.x() - start.x(), end.y() - start.y())
                if length <= end_gap * 1.5:
                    continue
                end = start + (end - start) * ((length - end_gap) / length)
                heads.addPolygon(arrow_head(start, end, (5.5 + strength) * u * k))
                heads.closeSubpath()
            lines[strength].append(QLineF(start, end))
        # Thousands of dark lines would hide the grid: a paler grey instead. Opaque on purpose: Qt's PDF writer
        # turns every dash of a see-through pen into an outline of its own, ten times the file and the time.
        colour = QColor(LINE_COLOUR) if len(self.data.relationships) <= 300 else QColor("#8C8C8C")
        for strength, batch in lines.items():
            if batch:
                p.setPen(strength_pen(strength, u * k, colour))
                p.drawLines(batch)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPath(heads)

    def place(self, plot: QRectF, centres: list[QPointF], taken: list[QRectF]) -> list[PlacedLabel]:
        n = len(self.data.stakeholders)
        # Fewer points per label on a crowded map, but never below the minimum: names are elided instead.
        font, fm = self.font("label", factor=min(1.0, math.sqrt(60 / max(n, 1))))
        self.label_font, self.label_metrics = font, fm
        em = font.pointSizeF() * self.u
        cell = math.sqrt(plot.width() * plot.height() / max(n, 1))
        spec = LabelSpec(fm, max_width=min(18 * em, max(7 * em, 1.8 * cell)), max_lines=2 if n <= 200 else 1,
                         gap=1.5 * self.u * self.k, pad=1.2 * self.u * self.k)
        labels = place_labels([s.name for s in self.data.stakeholders], centres, self.radius * 1.2, plot, taken, spec)
        self.report.label_font_pt = font.pointSizeF()
        self.report.labels = len(labels)
        self.report.elided_labels = sum(label.elided for label in labels)
        self.report.crowded_labels = sum(not label.clear for label in labels)
        return labels

    def paint_halos(self, labels: list[PlacedLabel]) -> None:
        """White behind each label and its leader line, so names stay readable over relationship lines."""
        p, pad = self.p, 1.2 * self.u * self.k
        halos = QPainterPath()
        halos.setFillRule(Qt.FillRule.WindingFill)
        leaders = []
        for label in labels:
            halos.addRect(label.box.adjusted(-pad, -pad * 0.5, pad, pad * 0.5))
            if label.leader:
                leaders.append(QLineF(label.anchor, _nearest_point(label.box, label.anchor)))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawPath(halos)
        if leaders:
            p.setPen(QPen(_TEXT, 0.6 * self.u * self.k))
            p.drawLines(leaders)

    def paint_markers(self, centres: list[QPointF]) -> None:
        p, fm = self.p, self.mark_metrics
        p.setPen(QPen(OUTLINE_COLOUR, 0.8 * self.u * self.k))
        widths: dict[str, float] = {}  # measured once per mark, not once per stakeholder
        rise = (fm.ascent() - fm.descent()) / 2
        for s, centre in zip(self.data.stakeholders, centres, strict=True):
            p.setPen(QPen(OUTLINE_COLOUR, 0.8 * self.u * self.k))
            p.setBrush(sector_colour(s.sector))
            p.drawPath(sector_shape_path(s.sector, centre, self.radius))
            mark = attitude_mark(s.attitude)
            width = widths.get(mark)
            if width is None:
                width = widths[mark] = fm.horizontalAdvance(mark)
            # A triangle's middle sits low: nudge the mark down so it stays inside.
            drop = self.radius * 0.12 if s.sector == "knowledge" else 0.0
            self.text(self.mark_font, sector_mark_colour(s.sector),
                      QPointF(centre.x() - width / 2, centre.y() + rise + drop), mark)

    def paint_labels(self, labels: list[PlacedLabel]) -> None:
        p, fm = self.p, self.label_metrics
        p.setFont(self.label_font)
        p.setPen(_TEXT)
        ascent, spacing = fm.ascent(), fm.lineSpacing()
        for label in labels:
            box = label.box
            for row, (line, width) in enumerate(zip(label.lines, label.widths, strict=True)):
                if label.align == Qt.AlignmentFlag.AlignRight:
                    x = box.right() - width
                elif label.align == Qt.AlignmentFlag.AlignHCenter:
                    x = box.center().x() - width / 2
                else:
                    x = box.left()
                p.drawText(QPointF(x, box.top() + row * spacing + ascent), line)


def _nearest_point(box: QRectF, point: QPointF) -> QPointF:
    return QPointF(min(max(point.x(), box.left()), box.right()), min(max(point.y(), box.top()), box.bottom()))
