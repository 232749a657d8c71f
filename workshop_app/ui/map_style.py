"""How a stakeholder map looks, in one place: sector colours and shapes, attitude marks, font sizes.

The interactive canvas and the printout both draw from here, so a sector looks the same on screen and on
paper. Colour is never the only signal: every sector also has its own shape, and the four fills are far
apart in lightness (colours safe for colour-blind readers), so they stay distinct when printed in black and
white.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

__all__ = [
    "ATTITUDES",
    "ATTITUDE_LABELS",
    "FONT_PT",
    "SECTOR_LABELS",
    "SECTOR_ORDER",
    "attitude_label",
    "attitude_mark",
    "sector_colour",
    "sector_label",
    "sector_mark_colour",
    "sector_shape_path",
]

SECTOR_ORDER: tuple[str, ...] = ("public", "private", "civic", "knowledge")
"""The sectors in the order the legend lists them (the same as ``core.map_rules.SECTORS``)."""

# Luma of these fills (Rec. 709, 0–255): 58, 112, 219, 164 — four clearly different greys on a black-and-white
# print. Okabe-Ito colours, but a darker blue (Paul Tol's) so that public and private do not print alike.
_COLOURS = {
    "public": "#004488",  # dark blue
    "private": "#D55E00",  # vermillion
    "civic": "#F0E442",  # yellow
    "knowledge": "#56B4E9",  # sky blue
}
_UNKNOWN_COLOUR = "#999999"
OUTLINE_COLOUR = QColor("#1A1A1A")
"""Every marker gets this dark outline: the yellow fill would vanish on white paper without it."""

_SHAPES = {"public": "square", "private": "diamond", "civic": "circle", "knowledge": "triangle"}

# QT_TRANSLATE_NOOP marks the words for lupdate; they are translated when shown, in the language of the day.
SECTOR_LABELS: dict[str, str] = {
    "public": QT_TRANSLATE_NOOP("map_style", "Public sector"),
    "private": QT_TRANSLATE_NOOP("map_style", "Private sector"),
    "civic": QT_TRANSLATE_NOOP("map_style", "Civil society"),
    "knowledge": QT_TRANSLATE_NOOP("map_style", "Knowledge & research"),
}
"""Untranslated sector names; show them through ``sector_label``, which translates."""

ATTITUDES: tuple[str, ...] = ("supportive", "neutral", "opposed", "unknown")
_MARKS = {"supportive": "+", "neutral": "=", "opposed": "\u2212", "unknown": "?"}
ATTITUDE_LABELS: dict[str, str] = {
    "supportive": QT_TRANSLATE_NOOP("map_style", "Supportive"),
    "neutral": QT_TRANSLATE_NOOP("map_style", "Neutral"),
    "opposed": QT_TRANSLATE_NOOP("map_style", "Opposed"),
    "unknown": QT_TRANSLATE_NOOP("map_style", "Attitude unknown"),
}

FONT_PT: dict[str, float] = {
    "title": 18.0,
    "subtitle": 9.5,
    "axis": 11.0,
    "quadrant": 13.0,
    "label": 8.5,
    "legend_heading": 9.5,
    "legend": 8.5,
    "mark": 7.5,
    "min": 7.0,
}
"""Font sizes in points on an A4 page; the printout scales them with the page and never goes below ``min``."""


def _translate(text: str) -> str:
    return QCoreApplication.translate("map_style", text)


def sector_colour(sector: str) -> QColor:
    """The fill colour of a sector (a neutral grey for a sector this version does not know)."""
    return QColor(_COLOURS.get(sector, _UNKNOWN_COLOUR))


def sector_mark_colour(sector: str) -> QColor:
    """Black or white, whichever reads better on the sector's fill (for the attitude mark inside a marker)."""
    return QColor("#000000") if QColor(_COLOURS.get(sector, _UNKNOWN_COLOUR)).lightnessF() > 0.55 else QColor("#FFFFFF")


def sector_label(sector: str) -> str:
    """The translated name of a sector, e.g. "Civil society"; an unknown code shows as itself."""
    return _translate(SECTOR_LABELS[sector]) if sector in SECTOR_LABELS else sector


def attitude_mark(attitude: str) -> str:
    """One character that shows an attitude next to or inside a marker: + = − or ? (blank counts as unknown)."""
    return _MARKS.get(attitude or "unknown", "?")


def attitude_label(attitude: str) -> str:
    """The translated name of an attitude, e.g. "Supportive"."""
    key = attitude or "unknown"
    return _translate(ATTITUDE_LABELS[key]) if key in ATTITUDE_LABELS else attitude


def sector_shape_path(sector: str, centre: QPointF, radius: float) -> QPainterPath:
    """The marker outline of a sector around ``centre``: circle, square, triangle or diamond.

    ``radius`` is that of the circle; the other shapes are sized to about the same area, so no sector looks
    more important than another. An unknown sector gets a circle.
    """
    shape = _SHAPES.get(sector, "circle")
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if shape == "square":
        half = radius * math.sqrt(math.pi) / 2  # same area as the circle
        path.addRect(x - half, y - half, 2 * half, 2 * half)
    elif shape == "diamond":
        half = radius * math.sqrt(math.pi / 2)  # a square of the circle's area, turned 45°
        path.addPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half),
                                   QPointF(x - half, y), QPointF(x, y - half)]))
    elif shape == "triangle":
        # Equilateral, centred on its centroid; circumradius chosen for the circle's area.
        r = radius * math.sqrt(4 * math.pi / (3 * math.sqrt(3)))
        points = [QPointF(x + r * math.cos(a), y - r * math.sin(a)) for a in (math.pi / 2, 7 * math.pi / 6,
                                                                             11 * math.pi / 6)]
        path.addPolygon(QPolygonF([*points, points[0]]))
    else:
        path.addEllipse(centre, radius, radius)
    return path
