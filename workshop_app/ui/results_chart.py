"""Drawing the Results screen's charts on a matplotlib ``Figure``: bars, diverging Likert bars, histograms, words.

Only drawing: the numbers come published from ``core.results`` (small counts already "<5"). A hidden count is a
short hatched stub with its text, never a bar of some length. Shares are of each group's respondents. The same
functions draw on the screen and into a saved PNG or SVG. matplotlib is imported by the caller's ``Figure``.
Every text is drawn through ``charts.shown``, so Arabic labels are joined and read right to left.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop_app.core.results_rules import CategoryCount, Comparison, QuestionResult
from workshop_app.core.suppression import THRESHOLD, WITHHELD
from workshop_app.ui import charts
from workshop_app.ui.results_likert import draw_diverging, legend_columns

translate = QCoreApplication.translate
LABEL_WIDTH = 30
ROW_PX = 30
LINE_PX = 14
GROUP_COLOURS = (charts.BAR, "#d9730d")
"""Blue and orange: apart for colour-blind readers, and light and dark in greyscale."""
STUB_SHARE = 0.05
LIKERT_NAME_WIDTH = 22


# -- sizes -------------------------------------------------------------------------------------------------
def wrap(text: str, width: int = LABEL_WIDTH) -> str:
    """``text`` on lines of at most ``width`` characters (a long word keeps its line)."""
    return textwrap.fill(text, width, break_long_words=False) or text


def _lines(labels: Sequence[str], width: int = LABEL_WIDTH) -> int:
    return sum(max(1, wrap(label, width).count("\n") + 1) for label in labels)


def _legend_rows(count: int, columns: int) -> int:
    return max(1, math.ceil(count / columns))


def result_height(result: QuestionResult) -> int:
    """Pixels for the chart of ``result`` (0 when it has none)."""
    if not result.shown or not result.counts:
        return 0
    if result.kind == "likert":
        return 104 + 24 * _legend_rows(len(result.scale) + 1, legend_columns(result.scale))
    if result.kind == "histogram":
        return 230
    labels = [c.label for c in result.counts]
    return 46 + ROW_PX * len(labels) + LINE_PX * (_lines(labels) - len(labels))


def comparison_height(comparison: Comparison) -> int:
    """Pixels for the side-by-side chart of ``comparison`` (0 when neither group shows anything)."""
    shown = comparison.a if comparison.a.shown else comparison.b
    if not (comparison.a.shown or comparison.b.shown) or not shown.counts:
        return 0
    if comparison.kind == "likert":
        return 160 + 24 * _legend_rows(len(shown.scale) + 1, legend_columns(shown.scale))
    if comparison.kind == "histogram":
        return 270
    labels = [label for _, label in comparison.categories]
    return 78 + 2 * ROW_PX * len(labels) * 3 // 4 + LINE_PX * (_lines(labels) - len(labels))


# -- texts -------------------------------------------------------------------------------------------------
def bar_text(count: CategoryCount) -> str:
    """The annotation beside a bar: "34 · 52 %", or "<5", "≥5", "–" when hidden."""
    if count.count is None:
        return count.display
    if count.count and count.share is not None:
        return translate("results", "{count} · {share}").format(count=count.display, share=count.display_share)
    return count.display


def share_text(count: CategoryCount) -> str:
    """The annotation in a comparison, where groups differ in size: "52 % (34)"."""
    if count.count is None:
        return count.display
    if not count.count:
        return "0 %"
    return translate("results", "{share} ({count})").format(share=count.display_share, count=count.display)


def describe_result(result: QuestionResult) -> str:
    """The chart in words, for screen readers."""
    return "; ".join(f"{c.label}: {bar_text(c)}" for c in result.counts)


def describe_comparison(comparison: Comparison, name_a: str, name_b: str) -> str:
    """The side-by-side chart in words, for screen readers."""
    parts = []
    for name, result in ((name_a, comparison.a), (name_b, comparison.b)):
        values = "; ".join(f"{c.label}: {share_text(c)}" for c in result.counts)
        parts.append(f"{name}: {values}" if values else name)
    return "\n".join(parts)


# -- drawing -----------------------------------------------------------------------------------------------
def draw_result(figure: Any, result: QuestionResult) -> None:
    """Draw one question's published result on ``figure`` (cleared first)."""
    charts.use_chart_fonts()
    figure.clear()
    if not result.shown or not result.counts:
        return
    axes = figure.add_subplot(111)
    charts.quiet_axes(axes)
    if result.kind == "likert":
        draw_diverging(axes, [("", result)], legend_from=result)
    elif result.kind == "histogram":
        _histogram(axes, [result], [charts.BAR])
    else:
        _bars(axes, result)


def draw_comparison(figure: Any, comparison: Comparison, name_a: str, name_b: str) -> None:
    """Draw two groups' results of one question side by side, with their names and sizes."""
    charts.use_chart_fonts()
    figure.clear()
    results = [comparison.a, comparison.b]
    if not any(r.shown and r.counts for r in results):
        return
    axes = figure.add_subplot(111)
    charts.quiet_axes(axes)
    names = [group_name(name, result) for name, result in zip((name_a, name_b), results, strict=True)]
    if comparison.kind == "likert":
        source = comparison.a if comparison.a.shown else comparison.b
        rows = [group_name(name, result, LIKERT_NAME_WIDTH)
                for name, result in zip((name_a, name_b), results, strict=True)]
        draw_diverging(axes, list(zip(rows, results, strict=True)), legend_from=source)
    elif comparison.kind == "histogram":
        _histogram(axes, results, list(GROUP_COLOURS), names)
    else:
        _grouped_bars(axes, comparison, names)


def group_name(name: str, result: QuestionResult, width: int = 0) -> str:
    """"Under 30 · n = 34", or "60 or over · fewer than 5 answers" when the group shows nothing.

    With a ``width``, the name is wrapped to it and the rest goes on a line of its own.
    """
    if result.withheld == "few":
        text = translate("results", "{group} · fewer than 5 answers")
    elif result.withheld == "complement":
        text = translate("results", "{group} · hidden: everyone else is fewer than 5")
    elif result.withheld == "none":
        text = translate("results", "{group} · no answers")
    else:
        text = translate("results", "{group} · n = {n}")
    if width:
        text = text.replace(" · ", "\n", 1)
        return text.format(group=wrap(name, width), n=result.respondents_display)
    return text.format(group=name, n=result.respondents_display)


def _stub(axes: Any, vertical: bool, position: float, length: float, size: float) -> None:
    style = {"color": charts.HIDDEN_FILL, "edgecolor": charts.HIDDEN_EDGE, "hatch": "///", "linewidth": 0.8}
    if vertical:
        axes.bar(position, length, width=size, **style)
    else:
        axes.barh(position, length, height=size, **style)


def _bars(axes: Any, result: QuestionResult) -> None:
    counts = list(result.counts)
    top = max([c.count or 0 for c in counts] + [THRESHOLD])
    for y, count in enumerate(counts):
        end = 0.0
        if count.count:
            axes.barh(y, count.count, height=0.64, color=charts.BAR, linewidth=0)
            end = count.count
        elif count.count is None and count.display != WITHHELD:
            end = top * STUB_SHARE
            _stub(axes, False, y, end, 0.64)
        axes.annotate(charts.shown(bar_text(count)), (end, y), xytext=(5, 0), textcoords="offset points", va="center",
                      ha="left", fontsize=charts.FONT_SIZE, color=charts.INK,
                      fontweight="bold" if count.hidden else "normal")
    axes.set_yticks(range(len(counts)), [charts.shown(wrap(c.label)) for c in counts])
    axes.set_ylim(len(counts) - 0.5, -0.5)
    axes.set_xlim(0, top * 1.3)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel(charts.shown(translate("results", "people")), color=charts.MUTED, fontsize=charts.FONT_SIZE)


def _grouped_bars(axes: Any, comparison: Comparison, names: Sequence[str]) -> None:
    categories = comparison.categories
    results = (comparison.a, comparison.b)
    top = max([100 * (c.share or 0) for r in results for c in r.counts] + [10])
    both = all(r.shown for r in results)
    height = 0.38 if both else 0.6
    for side, (result, colour) in enumerate(zip(results, GROUP_COLOURS, strict=True)):
        offset = (side - 0.5) * height if both else 0.0
        by_code = {c.code: c for c in result.counts}
        for y, (code, _) in enumerate(categories):
            count = by_code.get(code)
            if count is None:
                continue
            end = 0.0
            if count.share:
                end = 100 * count.share
                axes.barh(y + offset, end, height=height * 0.92, color=colour, linewidth=0)
            elif count.count is None and count.display != WITHHELD:
                end = top * STUB_SHARE
                _stub(axes, False, y + offset, end, height * 0.92)
            axes.annotate(charts.shown(share_text(count)), (end, y + offset), xytext=(4, 0), textcoords="offset points",
                          va="center", ha="left", fontsize=charts.FONT_SIZE - 1, color=charts.INK,
                          fontweight="bold" if count.hidden else "normal")
    axes.set_yticks(range(len(categories)), [charts.shown(wrap(label)) for _, label in categories])
    axes.set_ylim(len(categories) - 0.5, -0.5)
    axes.set_xlim(0, min(100.0, top) * 1.32)
    axes.xaxis.set_major_formatter(_percent_formatter())
    axes.set_xlabel(charts.shown(translate("results", "share of each group's respondents")), color=charts.MUTED,
                    fontsize=charts.FONT_SIZE)
    _group_legend(axes, names, results)


def _group_legend(axes: Any, names: Sequence[str], results: Sequence[QuestionResult]) -> None:
    from matplotlib.patches import Patch

    handles = []
    for name, result, colour in zip(names, results, GROUP_COLOURS, strict=True):
        if result.shown:
            handles.append(Patch(facecolor=colour, label=charts.shown(name)))
        else:
            handles.append(Patch(facecolor=charts.HIDDEN_FILL, edgecolor=charts.HIDDEN_EDGE, hatch="///",
                                 label=charts.shown(name)))
    root = axes.get_figure(root=True)
    # Side by side when both names fit on the chart's width, else one above the other.
    columns = 2 if sum(len(name) for name in names) * 7.5 + 120 < root.get_figwidth() * 100 * 0.95 else 1
    # Above the whole chart, from its left edge (the bars start further right, after the labels).
    axes.figure.legend(handles=handles, loc="outside upper left", ncol=columns, frameon=False,
                       fontsize=charts.FONT_SIZE, handlelength=1.2, columnspacing=1.6)


def _histogram(axes: Any, results: Sequence[QuestionResult], colours: Sequence[str],
               names: Sequence[str] = ()) -> None:
    source = next(r for r in results if r.shown and r.counts)
    labels = [c.label for c in source.counts]
    compare = len(results) > 1
    width = 0.8 / len(results)
    value = (lambda c: 100 * (c.share or 0)) if compare else (lambda c: c.count or 0)
    top = max([value(c) for r in results for c in r.counts] + [10 if compare else THRESHOLD])
    for side, (result, colour) in enumerate(zip(results, colours, strict=True)):
        offset = (side - (len(results) - 1) / 2) * width
        for x, count in enumerate(result.counts):
            end = value(count)
            if end:
                axes.bar(x + offset, end, width=width * 0.92, color=colour, linewidth=0)
            elif count.count is None and count.display != WITHHELD:
                end = top * STUB_SHARE
                _stub(axes, True, x + offset, end, width * 0.92)
            text = (share_text(count) if count.hidden else count.display_share) if compare else count.display
            if compare and count.count == 0:
                continue  # "0 %" under every empty pair of bars is noise; the gap says it
            axes.annotate(charts.shown(text), (x + offset, end), xytext=(0, 3), textcoords="offset points", ha="center",
                          va="bottom", fontsize=charts.FONT_SIZE - (2 if compare else 1), color=charts.INK,
                          fontweight="bold" if count.hidden else "normal")
    axes.set_xticks(range(len(labels)), [charts.shown(label) for label in labels])
    if len(labels) > 8 and max(len(label) for label in labels) > 3:
        axes.tick_params(axis="x", labelrotation=30)
    axes.set_ylim(0, top * 1.22)
    axes.grid(axis="x", visible=False)
    axes.grid(axis="y", color="#eef1f4", linewidth=1)
    axes.tick_params(axis="x", labelcolor=charts.INK)
    if compare:
        axes.yaxis.set_major_formatter(_percent_formatter())
        axes.set_ylabel(charts.shown(translate("results", "share of each group")), color=charts.MUTED,
                        fontsize=charts.FONT_SIZE)
        _group_legend(axes, names, results)
    else:
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylabel(charts.shown(translate("results", "people")), color=charts.MUTED, fontsize=charts.FONT_SIZE)


def _percent_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{round(value)} %")


__all__ = [
    "bar_text", "comparison_height", "describe_comparison", "describe_result", "draw_comparison", "draw_result",
    "group_name", "result_height", "share_text", "wrap",
]
