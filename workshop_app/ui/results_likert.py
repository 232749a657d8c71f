"""Diverging stacked bars for Likert scales: the negative side left of zero, the neutral point centred on it.

One bar per group, in a colour-blind-safe palette (ColorBrewer PuOr, mildest next to the centre). Hidden counts
sit together as one hatched segment when they can (their total is known from the shown ones anyway).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.core.results_rules import CategoryCount, QuestionResult
from workshop_app.ui import charts

translate = QCoreApplication.translate
LEGEND_WIDTH = 22
NEGATIVE = ("#f1a340", "#b35806")
POSITIVE = ("#998ec3", "#542788")
NEUTRAL = "#d5dbe1"


def _wrap(text: str, width: int) -> str:
    return textwrap.fill(text, width, break_long_words=False) or text


def _percent_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{round(abs(value))} %")


def likert_colours(scale: Sequence[CategoryCount]) -> list[str]:
    """A colour per scale point: oranges for the negative side, purples for the positive, grey in the middle."""
    negative = [c for c in scale if c.side == "negative"]
    positive = [c for c in scale if c.side == "positive"]
    colours = {}
    for k, count in enumerate(reversed(negative)):  # mildest first, nearest the centre
        colours[count.code] = _blend(*NEGATIVE, k / max(1, len(negative) - 1))
    for k, count in enumerate(positive):
        colours[count.code] = _blend(*POSITIVE, k / max(1, len(positive) - 1))
    return [colours.get(c.code, NEUTRAL) for c in scale]


def _blend(mild: str, strong: str, amount: float) -> str:
    a, b = (tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5)) for colour in (mild, strong))
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def _ink_on(colour: str) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "white" if 0.299 * red + 0.587 * green + 0.114 * blue < 0.55 else charts.INK


def draw_diverging(axes: Any, rows: Sequence[tuple[str, QuestionResult]], legend_from: QuestionResult) -> None:
    """One diverging bar per row: the negative side left of zero, the neutral point centred on it."""
    colours = dict(zip((c.code for c in legend_from.scale), likert_colours(legend_from.scale), strict=True))
    reach_left = reach_right = 0.0
    for y, (_, result) in enumerate(rows):
        if not result.shown:
            axes.annotate(charts.shown(translate("results", "No breakdown for this group")), (0, y), ha="center",
                          va="center", fontsize=charts.FONT_SIZE, color=charts.MUTED)
            continue
        left, right = _diverging_row(axes, y, result, colours)
        reach_left, reach_right = max(reach_left, left), max(reach_right, right)
    # Each side as far as the bars reach (with room for the side's total), at least a quarter of the scale.
    axes.set_xlim(-_limit(reach_left), _limit(reach_right))
    axes.axvline(0, color=charts.MUTED, linewidth=1, zorder=0.9)  # behind the bars: never through a label
    axes.set_yticks(range(len(rows)), [charts.shown(name) for name, _ in rows])
    axes.set_ylim(len(rows) - 0.45, -0.55)
    axes.xaxis.set_major_formatter(_percent_formatter())
    hidden = any(c.hidden for _, result in rows for c in result.scale)
    _scale_legend(axes, legend_from, colours, hidden)


def _limit(reach: float) -> float:
    return min(100.0, max(30.0, math.ceil((reach + 16) / 10) * 10))


def _drawing_order(scale: Sequence[CategoryCount]) -> list[CategoryCount]:
    """The scale from the outer negative end to the outer positive end (as it is listed)."""
    return [c for c in scale if c.side == "negative"] + [c for c in scale if c.side == "neutral"] + [
        c for c in scale if c.side == "positive"]


def _diverging_row(axes: Any, y: int, result: QuestionResult, colours: dict[str, str]) -> tuple[float, float]:
    """Draw one row; returns how far left and right of zero it reaches (in percent).

    Hidden points are drawn as one hatched segment of their total (which a reader can work out anyway from the
    respondents and the shown counts) when they sit next to each other; otherwise they are left out of the bar.
    """
    order = _drawing_order(result.scale)
    widths = [100 * c.share if c.share is not None else 0.0 for c in order]
    hidden = [k for k, c in enumerate(order) if c.hidden]
    # Hidden points "sit together" when only empty points lie between them.
    together = bool(hidden) and not any(widths[k] for k in range(hidden[0], hidden[-1] + 1) if k not in hidden)
    rest = max(0.0, 100.0 - sum(widths))
    if together:
        widths[hidden[0]] = rest
    neutral = sum(w for c, w in zip(order, widths, strict=True) if c.side == "neutral")
    negative = sum(w for c, w in zip(order, widths, strict=True) if c.side == "negative")
    # A hidden run that straddles the centre is split like the neutral point would be: not knowable, so the
    # centre is placed as if the run were evenly spread.
    x = -negative - neutral / 2
    for k, (count, width) in enumerate(zip(order, widths, strict=True)):
        if count.hidden and (not together or k != hidden[0]):
            continue
        if count.hidden:
            labels = " ".join(dict.fromkeys(order[i].display for i in hidden))
            _hidden_segment(axes, y, x, width, labels)
        else:
            _segment(axes, y, x, width, count, colours)
        x += width
    left, right = -negative - neutral / 2, x
    if hidden and not together and rest:
        hidden_text = translate("results", "hidden: {share}").format(share=f"{round(rest)} %")
        axes.annotate(charts.shown(hidden_text), (right, y), xytext=(6, 0), textcoords="offset points", ha="left",
                      va="center", fontsize=charts.FONT_SIZE - 1, color=charts.MUTED)
    for side, edge, align, nudge in (("negative", left, "right", -4), ("positive", right, "left", 4)):
        points = [(c, w) for c, w in zip(order, widths, strict=True) if c.side == side]
        if points and not any(c.hidden for c, _ in points):
            axes.annotate(f"{round(sum(w for _, w in points))} %", (edge, y), xytext=(nudge, 0),
                          textcoords="offset points", ha=align, va="center", fontsize=charts.FONT_SIZE,
                          color=charts.INK, fontweight="bold")
    return -left, right + (12 if hidden and not together and rest else 0)


def _segment(axes: Any, y: int, left: float, width: float, count: CategoryCount, colours: dict[str, str]) -> None:
    if width <= 0:
        return
    colour = colours.get(count.code, NEUTRAL)
    axes.barh(y, width, left=left, height=0.62, color=colour, edgecolor="white", linewidth=1)
    if width >= 7:
        axes.text(left + width / 2, y, charts.shown(count.display_share), ha="center", va="center",
                  fontsize=charts.FONT_SIZE - 1, color=_ink_on(colour))


def _hidden_segment(axes: Any, y: int, left: float, width: float, text: str) -> None:
    if width <= 0:
        return
    axes.barh(y, width, left=left, height=0.62, color=charts.HIDDEN_FILL, edgecolor=charts.HIDDEN_EDGE,
              hatch="///", linewidth=0.8)
    if width >= 3 * len(text) + 2:
        axes.text(left + width / 2, y, charts.shown(text), ha="center", va="center", fontsize=charts.FONT_SIZE - 1,
                  color=charts.INK, fontweight="bold",
                  bbox={"boxstyle": "round,pad=0.15", "facecolor": charts.HIDDEN_FILL, "linewidth": 0})


def legend_columns(scale: Sequence[CategoryCount], width_px: float = 760, extra: int = 0) -> int:
    """How many legend columns fit ``width_px``: all in one row if they fit, else as many as the widest allows."""
    widths = [max(len(line) for line in _wrap(c.label, LEGEND_WIDTH).split("\n")) * 7 + 44 for c in scale]
    widths += [150] * extra  # "Hidden: small counts"
    if sum(widths) <= width_px:
        return max(1, len(widths))
    return max(1, min(len(widths), int(width_px // max(widths, default=100))))


def _scale_legend(axes: Any, result: QuestionResult, colours: dict[str, str], hidden: bool) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=colours.get(c.code, NEUTRAL), label=charts.shown(_wrap(c.label, LEGEND_WIDTH)))
               for c in result.scale]
    if hidden:
        handles.append(Patch(facecolor=charts.HIDDEN_FILL, edgecolor=charts.HIDDEN_EDGE, hatch="///",
                             label=charts.shown(_wrap(translate("results", "Hidden: small counts"), LEGEND_WIDTH))))
    root = axes.get_figure(root=True)
    width_px = root.get_figwidth() * 100  # the estimate counts characters at 100 dpi, whatever the screen's zoom
    axes.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.22),
                ncol=legend_columns(result.scale, width_px, int(hidden)), frameon=False,
                fontsize=charts.FONT_SIZE - 1, handlelength=1.2, columnspacing=1.4)


__all__ = ["draw_diverging", "legend_columns", "likert_colours"]
