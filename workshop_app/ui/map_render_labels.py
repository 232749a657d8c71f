"""Where the name of each stakeholder goes on a printed map: wrapped, elided, and placed clear of the others.

Greedy placement with a grid index: each label tries spots around its marker (right, left, above, below,
the diagonals, then the same further out with a leader line) and takes the first that overlaps nothing
already placed; when every spot is taken it takes the least crowded one. A label never shrinks below the
minimum font size; a long name wraps onto a second line and is then elided to the maximum width instead.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

Box = tuple[float, float, float, float]
"""x0, y0, x1, y1: plain floats, because millions of overlap tests on QRectF would be slow in Python."""


@dataclass
class PlacedLabel:
    """One stakeholder's label: its lines, their widths, where the block sits and how lines are aligned."""

    lines: list[str]
    widths: list[float]
    box: QRectF
    align: Qt.AlignmentFlag
    anchor: QPointF
    """The marker centre; a leader line joins it to the label when the label sits away from the marker."""
    leader: bool
    elided: bool
    clear: bool
    """False when every spot overlapped something and the least crowded one was taken."""


class BoxIndex:
    """Boxes in a uniform grid of cells, so an overlap query only looks at the boxes nearby."""

    def __init__(self, cell: float) -> None:
        self.cell = max(cell, 1e-6)
        self._cells: dict[tuple[int, int], list[Box]] = defaultdict(list)

    def _keys(self, box: Box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield i, j

    def add(self, box: Box) -> None:
        for key in self._keys(box):
            self._cells[key].append(box)

    def overlap(self, box: Box, enough: float = math.inf) -> float:
        """Roughly the area of ``box`` covered by stored boxes: exactly 0 when nothing overlaps.

        A box stored in several cells counts once per shared cell; that only makes crowded spots look more
        crowded, which is what the score is for. Stops adding once the total reaches ``enough``.
        """
        x0, y0, x1, y1 = box
        total = 0.0
        cells = self._cells
        for key in self._keys(box):
            for ox0, oy0, ox1, oy1 in cells.get(key, ()):
                w = (x1 if x1 < ox1 else ox1) - (x0 if x0 > ox0 else ox0)
                if w > 0:
                    h = (y1 if y1 < oy1 else oy1) - (y0 if y0 > oy0 else oy0)
                    if h > 0:
                        total += w * h
                        if total >= enough:
                            return total
        return total


def wrap_name(name: str, metrics: QFontMetricsF, max_width: float, max_lines: int) -> tuple[list[str], bool]:
    """``name`` in at most ``max_lines`` lines no wider than ``max_width``; True when something had to be elided."""
    text = " ".join(name.split()) or "\u2014"
    if metrics.horizontalAdvance(text) <= max_width:
        return [text], False
    lines: list[str] = []
    words = text.split(" ")
    current = ""
    index = 0
    while index < len(words) and len(lines) < max_lines - 1:
        candidate = f"{current} {words[index]}" if current else words[index]
        if metrics.horizontalAdvance(candidate) <= max_width:
            current = candidate
            index += 1
        elif current:
            lines.append(current)
            current = ""
        else:
            break  # one word wider than a whole line: it is elided below, on the last line
    rest = " ".join(([current] if current else []) + words[index:])
    if not rest:
        return lines, False
    elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max_width)
    lines.append(elided)
    return lines, elided != rest


@dataclass(frozen=True)
class LabelSpec:
    """What the placer needs to know about the text and the page, worked out once for all labels."""

    metrics: QFontMetricsF
    max_width: float
    max_lines: int
    gap: float
    """Space between a marker's edge and its label."""
    pad: float
    """Clear space kept around each label (its white halo)."""


# Spots tried next to a marker, best first: (side x, side y, slide) where a side of 0 centres the label on that
# axis and ``slide`` moves a side label up or down (or an upper/lower label left or right) by half its size.
_NEAR = ((1, 0, 0.0), (-1, 0, 0.0), (1, 0, -0.5), (1, 0, 0.5), (-1, 0, -0.5), (-1, 0, 0.5),
         (0, -1, 0.0), (0, 1, 0.0), (0, -1, 0.4), (0, -1, -0.4), (0, 1, 0.4), (0, 1, -0.4),
         (1, -1, 0.0), (-1, -1, 0.0), (1, 1, 0.0), (-1, 1, 0.0))


def _candidate(centre: QPointF, reach: float, w: float, h: float, spot: tuple[int, int, float],
               bounds: Box) -> tuple[QRectF, Qt.AlignmentFlag]:
    dx, dy, slide = spot
    cx, cy = centre.x(), centre.y()
    r = reach * (0.75 if dx and dy else 1.0)
    if dx > 0:
        x, align = cx + r, Qt.AlignmentFlag.AlignLeft
    elif dx < 0:
        x, align = cx - r - w, Qt.AlignmentFlag.AlignRight
    else:
        x, align = cx - w / 2 + slide * w, Qt.AlignmentFlag.AlignHCenter
    if dy < 0:
        y = cy - r - h
    elif dy > 0:
        y = cy + r
    else:
        y = cy - h / 2 + slide * h
    # Kept inside the plot: a name running off the grid over the axis words would be worse than a near miss.
    x = min(max(x, bounds[0]), bounds[2] - w)
    y = min(max(y, bounds[1]), bounds[3] - h)
    return QRectF(x, y, w, h), align


def place_labels(names: list[str], centres: list[QPointF], radius: float, bounds: QRectF,
                 obstacles: list[QRectF], spec: LabelSpec) -> list[PlacedLabel]:
    """A label for each of ``names`` at the matching marker centre, inside ``bounds``, avoiding ``obstacles``."""
    metrics = spec.metrics
    line_height = metrics.lineSpacing()
    index = BoxIndex(max(line_height * 3, radius * 4))
    for rect in obstacles:
        index.add((rect.left(), rect.top(), rect.right(), rect.bottom()))
    for centre in centres:  # markers are obstacles too: a label must not hide anybody's marker
        index.add((centre.x() - radius, centre.y() - radius, centre.x() + radius, centre.y() + radius))
    placed: list[PlacedLabel | None] = [None] * len(names)
    pad = spec.pad
    limits = (bounds.left() + pad, bounds.top() + pad, bounds.right() - pad, bounds.bottom() - pad)
    for number in _crowded_first(centres, spec.max_width):
        centre = centres[number]
        layouts = _layouts(names[number], spec)
        best: tuple[float, QRectF, Qt.AlignmentFlag, bool, int] | None = None
        far = radius + spec.gap + line_height * 1.6
        # Near the marker in any shape of the text before any spot further out with a leader line.
        tries = [(ring, reach, choice) for ring, reach in ((0, radius + spec.gap), (1, far))
                 for choice in range(len(layouts))]
        for ring, reach, choice in tries:
            lines, widths, _ = layouts[choice]
            w, h = max(widths), line_height * len(lines)
            for spot in _NEAR:
                rect, align = _candidate(centre, reach, w, h, spot, limits)
                box = (rect.left() - pad, rect.top() - pad, rect.right() + pad, rect.bottom() + pad)
                penalty = ring * 0.5
                score = index.overlap(box, best[0] - penalty if best else math.inf) + penalty
                if best is None or score < best[0]:
                    best = (score, rect, align, ring > 0, choice)
                if score <= ring * 0.5:
                    break
            if best is not None and best[0] <= ring * 0.5:
                break
        assert best is not None
        score, rect, align, leader, choice = best
        lines, widths, elided = layouts[choice]
        index.add((rect.left() - pad, rect.top() - pad, rect.right() + pad, rect.bottom() + pad))
        placed[number] = PlacedLabel(lines, widths, rect, align, centre, leader, elided, clear=score <= 0.5)
    return [label for label in placed if label is not None]


def _layouts(name: str, spec: LabelSpec) -> list[tuple[list[str], list[float], bool]]:
    """The ways to set a name: as wide as allowed, and (if it has several words) in two balanced lines."""
    metrics = spec.metrics
    lines, elided = wrap_name(name, metrics, spec.max_width, spec.max_lines)
    layouts = [(lines, [metrics.horizontalAdvance(line) for line in lines], elided)]
    if len(lines) == 1 and spec.max_lines > 1 and " " in lines[0]:
        words = lines[0].split(" ")
        # The narrowest two-line split: a name near the edge or between neighbours often fits that way.
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        first, second = min(splits, key=lambda pair: max(metrics.horizontalAdvance(t) for t in pair))
        layouts.append(([first, second], [metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)],
                        elided))
    return layouts


def _crowded_first(centres: list[QPointF], reach: float) -> list[int]:
    """Marker numbers, those with the most neighbours first: they have the fewest free spots, so they choose first."""
    cells: dict[tuple[int, int], int] = defaultdict(int)
    keys = [(math.floor(c.x() / reach), math.floor(c.y() / reach)) for c in centres]
    for key in keys:
        cells[key] += 1
    crowd = [sum(cells.get((i + di, j + dj), 0) for di in (-1, 0, 1) for dj in (-1, 0, 1)) for i, j in keys]
    return sorted(range(len(centres)), key=lambda n: -crowd[n])
