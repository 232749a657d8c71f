"""Where things go on a map, in axis values: quadrants, sector regions, starting spots and who moved.

Pure functions shared by the service, the importer, the canvas and the printing code; no database here.
Quadrants are numbered clockwise from the top right (0 top right, 1 bottom right, 2 bottom left, 3 top left),
the order of ``StakeholderMap.quadrant_names``.
"""

from __future__ import annotations

import math
from typing import Any

from workshop_app.core.map_rules import SECTOR_QUADRANT, SECTORS, Movement, clamp_position

# A stakeholder counts as moved when it went further than this share of an axis: float noise and a slip of the
# mouse (well under a pixel on an A3 print) are not a move, and do not draw an arrow.
MOVE_TOLERANCE = 0.001
# Spread stakeholders keep this share of each region free at its edges, so names do not touch the lines.
MARGIN = 0.1


def quadrant_of(x: float, y: float, x_max: float, y_max: float) -> int:
    """The quadrant (0–3, clockwise from the top right) a position falls in; the middle lines count as high."""
    high_x, high_y = x >= x_max / 2, y >= y_max / 2
    return {(True, True): 0, (True, False): 1, (False, False): 2, (False, True): 3}[(high_x, high_y)]


def quadrant_bounds(index: int, x_max: float, y_max: float) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of quadrant ``index`` in axis values."""
    half_x, half_y = x_max / 2, y_max / 2
    x0 = half_x if index in (0, 1) else 0.0
    y0 = half_y if index in (0, 3) else 0.0
    return x0, y0, x0 + half_x, y0 + half_y


def sector_at(x: float, y: float, x_max: float, y_max: float) -> str:
    """The sector whose region holds a position on an ecosystem map."""
    index = quadrant_of(x, y, x_max, y_max)
    return next(sector for sector, quadrant in SECTOR_QUADRANT.items() if quadrant == index)


def move_into_sector(x: float, y: float, sector: str, x_max: float, y_max: float) -> tuple[float, float]:
    """The same spot inside ``sector``'s region of an ecosystem map (unchanged if it is there already).

    The position within the region is kept, so moving to another sector and back returns to the same place.
    """
    current = quadrant_bounds(quadrant_of(x, y, x_max, y_max), x_max, y_max)
    target = quadrant_bounds(SECTOR_QUADRANT[sector], x_max, y_max)
    new_x, new_y = x - current[0] + target[0], y - current[1] + target[1]
    # A point on the far edge of the whole map would land on the middle line, which belongs to the high side.
    if target[2] < x_max:
        new_x = min(new_x, math.nextafter(target[2], 0.0))
    if target[3] < y_max:
        new_y = min(new_y, math.nextafter(target[3], 0.0))
    return new_x, new_y


def home_position(kind: str, sector: str, x_max: float, y_max: float) -> tuple[float, float]:
    """Where a stakeholder added without a position starts: its sector's region on an ecosystem map, else the
    middle of the map."""
    if kind == "ecosystem" and sector in SECTOR_QUADRANT:
        x0, y0, x1, y1 = quadrant_bounds(SECTOR_QUADRANT[sector], x_max, y_max)
        return (x0 + x1) / 2, (y0 + y1) / 2
    return x_max / 2, y_max / 2


def place_new(kind: str, x_max: float, y_max: float, values: dict[str, Any]) -> dict[str, Any]:
    """The position (and, on an ecosystem map, the sector) of a new stakeholder with the given ``values``.

    Without a position it starts at ``home_position``; outside the axes it is moved onto the edge. On an
    ecosystem map a given sector wins (the spot moves into its region), else the region gives the sector.
    """
    sector = values.get("sector", "civic")
    home = home_position(kind, sector, x_max, y_max)
    x, y = clamp_position(values.get("x", home[0]), values.get("y", home[1]), x_max, y_max)
    if kind != "ecosystem":
        return {"x": x, "y": y}
    if "sector" in values:
        return dict(zip(("x", "y"), move_into_sector(x, y, sector, x_max, y_max), strict=True))
    return {"x": x, "y": y, "sector": sector_at(x, y, x_max, y_max)}


def spread_positions(kind: str, sectors: list[str], x_max: float, y_max: float) -> list[tuple[float, float]]:
    """Grid positions for stakeholders that come without any (an imported list), one per entry of ``sectors``.

    On an ecosystem map each sector gets a grid inside its own region; elsewhere one grid covers the map, so
    nobody sits on top of anybody and the trainer drags them from there.
    """
    if kind != "ecosystem":
        return _grid(len(sectors), (0.0, 0.0, x_max, y_max))
    result: list[tuple[float, float]] = [(0.0, 0.0)] * len(sectors)
    for sector in SECTORS:
        indexes = [i for i, s in enumerate(sectors) if s == sector]
        spots = _grid(len(indexes), quadrant_bounds(SECTOR_QUADRANT[sector], x_max, y_max))
        for index, spot in zip(indexes, spots, strict=True):
            result[index] = spot
    return result


def _grid(count: int, bounds: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """``count`` points filling ``bounds`` row by row from the top left, away from its edges."""
    if count == 0:
        return []
    x0, y0, x1, y1 = bounds
    width, height = (x1 - x0) * (1 - 2 * MARGIN), (y1 - y0) * (1 - 2 * MARGIN)
    left, top = x0 + (x1 - x0) * MARGIN, y1 - (y1 - y0) * MARGIN
    columns = math.ceil(math.sqrt(count * width / height)) if height > 0 else count
    columns = max(1, min(columns, count))
    rows = math.ceil(count / columns)
    points = []
    for i in range(count):
        row, column = divmod(i, columns)
        points.append((left + width * (column + 0.5) / columns, top - height * (row + 0.5) / rows))
    return points


def movements(
    before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]], names: dict[str, str],
    x_max: float, y_max: float,
) -> list[Movement]:
    """Who moved from ``before`` to ``after`` (id → position), who was added and who removed, by name.

    Stakeholders that stayed put (within ``MOVE_TOLERANCE`` of each axis) are left out.
    """
    found = []
    for stakeholder_id in before.keys() | after.keys():
        old, new = before.get(stakeholder_id), after.get(stakeholder_id)
        if old is not None and new is not None and _same_place(old, new, x_max, y_max):
            continue
        found.append(Movement(stakeholder_id, names.get(stakeholder_id, ""), old, new))
    found.sort(key=lambda m: (m.name.casefold(), m.stakeholder_id))
    return found


def _same_place(a: tuple[float, float], b: tuple[float, float], x_max: float, y_max: float) -> bool:
    return abs(a[0] - b[0]) <= MOVE_TOLERANCE * x_max and abs(a[1] - b[1]) <= MOVE_TOLERANCE * y_max
