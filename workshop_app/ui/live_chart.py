"""The projector's charts: a question's live results, a dot vote's totals, a feedback round's ratings.

A matplotlib ``Figure`` on a ``FigureCanvasQTAgg`` (never pyplot), drawn large for the back of a hall. The
drawing functions take only the projector-safe shapes of ``core.activity_rules``: counts and labels, no people.
matplotlib is imported when the first chart is made.

Every text is drawn through ``charts.shown`` (Arabic joined, right-to-left runs in reading order). With ``rtl``
(the survey shown is in Arabic, Persian, Hebrew...) the chart is mirrored as a reader of those scripts expects:
the labels on the right, the bars growing to the left, a rating scale running from the right.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.ui import charts

if TYPE_CHECKING:
    from workshop_app.core.activity_rules import FeedbackSummary, ResultsData, VoteTotals

translate = QCoreApplication.translate
FONT = 20
MIN_FONT = 10
LABEL_WIDTH = 32
MAX_BARS = 12
MAX_VOTE_BARS = 8


def make_live_canvas(parent: QWidget | None = None) -> Any:
    """A canvas that grows with its place in the layout."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    charts.use_chart_fonts()
    figure = Figure(figsize=(10, 5.6), dpi=100, facecolor="white", layout="constrained")  # the room's size
    canvas = FigureCanvasQTAgg(figure)
    if parent is not None:
        canvas.setParent(parent)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    canvas.setMinimumSize(320, 200)
    return canvas


def _axes(figure: Any, rtl: bool = False) -> Any:
    charts.use_chart_fonts()
    figure.clear()
    axes = figure.add_subplot(111)
    charts.quiet_axes(axes)
    axes.tick_params(labelsize=FONT, colors=charts.INK)
    if rtl:
        axes.spines["left"].set_visible(False)
        axes.spines["right"].set_visible(True)
        axes.spines["right"].set_color(charts.LINE)
        axes.yaxis.tick_right()
    return axes


def fitting_font(figure: Any, rows: int, lines: int) -> float:
    """The largest font (points, at most ``FONT``) at which ``rows`` labels of ``lines`` lines fit the figure."""
    height_px = figure.get_size_inches()[1] * figure.dpi * 0.85
    per_row = height_px / max(1, rows)
    pixels = per_row / (1.15 * max(1, lines) + 0.35)
    return max(MIN_FONT, min(FONT, pixels * 72 / figure.dpi))


def _barh(axes: Any, labels: list[str], values: list[int], colours: list[str] | None = None,
          notes: list[str] | None = None, rtl: bool = False) -> None:
    """Horizontal bars, the first at the top, each with its number (or ``notes``) beside it.

    The text shrinks when many bars share the height, so no label runs into the next.
    """
    positions = list(range(len(values)))
    wrapped = [textwrap.fill(label, LABEL_WIDTH) for label in labels]
    size = fitting_font(axes.figure, len(values), max([w.count("\n") + 1 for w in wrapped] or [1]))
    axes.barh(positions, values, height=0.66, color=colours or charts.BAR, edgecolor="#52606d" if colours else None,
              linewidth=0.8 if colours else 0)
    top = max([*values, 1])
    for y, value in enumerate(values):
        text = notes[y] if notes else str(value)
        axes.annotate(charts.shown(text), (value, y), xytext=(-8 if rtl else 8, 0), textcoords="offset points",
                      va="center", ha="right" if rtl else "left", fontsize=min(FONT, size * 1.3), color=charts.INK,
                      fontweight="bold")
    axes.set_yticks(positions, [charts.shown(label) for label in wrapped])
    axes.tick_params(axis="y", labelsize=size)
    axes.invert_yaxis()
    axes.set_xlim(*((top * 1.3, 0) if rtl else (0, top * 1.3)))
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.tick_params(axis="x", labelsize=max(MIN_FONT, FONT - 6))


def draw_results(figure: Any, results: ResultsData, *, rtl: bool = False) -> None:
    """A question's answers: one bar per choice (or per value range), with its count and share."""
    if not results.counts:
        charts.use_chart_fonts()
        figure.clear()
        figure.text(0.5, 0.5, charts.shown(translate("projector", "{count} people answered").format(
            count=results.respondents)), ha="center", va="center", fontsize=FONT + 16, color=charts.INK,
            fontweight="bold")
        return
    counts = list(results.counts)[:MAX_BARS]
    axes = _axes(figure, rtl)
    notes = [translate("projector", "{count} · {share} %").format(count=c.count, share=round(100 * results.share(c)))
             for c in counts]
    _barh(axes, [c.label for c in counts], [c.count for c in counts], notes=notes, rtl=rtl)
    if results.mean is not None:
        axes.set_xlabel(charts.shown(translate("projector", "average {mean} · median {median}").format(
            mean=f"{results.mean:g}", median=f"{results.median:g}")), fontsize=FONT - 2, color=charts.MUTED)


def draw_votes(figure: Any, totals: VoteTotals, *, rtl: bool = False) -> None:
    """The notes with the most dots (the top eight), most first, each bar in its note's colour."""
    shown = [t for t in totals.totals if t.dots][:MAX_VOTE_BARS] or list(totals.totals)[:MAX_VOTE_BARS]
    axes = _axes(figure, rtl)
    _barh(axes, [t.text for t in shown], [t.dots for t in shown], [t.colour or "#FFF176" for t in shown], rtl=rtl)
    axes.set_xlabel(charts.shown(translate("projector", "dots")), fontsize=FONT - 2, color=charts.MUTED)


def draw_feedback(figure: Any, summary: FeedbackSummary, *, rtl: bool = False) -> None:
    """How many gave each rating, 1 to 5, as upright bars."""
    axes = _axes(figure, rtl)
    ratings = ["1", "2", "3", "4", "5"]
    axes.bar(ratings, list(summary.counts), width=0.62, color=charts.BAR)
    for x, value in enumerate(summary.counts):
        axes.annotate(str(value), (x, value), xytext=(0, 6), textcoords="offset points", ha="center",
                      fontsize=FONT, color=charts.INK, fontweight="bold")
    axes.set_ylim(0, max([*summary.counts, 1]) * 1.25)
    if rtl:
        axes.invert_xaxis()
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.grid(axis="x", visible=False)
    axes.grid(axis="y", color="#eef1f4", linewidth=1)
    axes.set_xlabel(charts.shown(translate("projector", "1 = not useful · 5 = very useful")), fontsize=FONT - 2,
                    color=charts.MUTED)


def describe(data: Any) -> str:
    """A live chart in words, for screen readers (in logical order, as typed)."""
    from workshop_app.core.activity_rules import FeedbackSummary, ResultsData, VoteTotals

    if isinstance(data, ResultsData):
        if not data.counts:
            return translate("projector", "{count} people answered").format(count=data.respondents)
        return "; ".join(translate("projector", "{label}: {count}").format(label=c.label, count=c.count)
                         for c in data.counts[:MAX_BARS])
    if isinstance(data, VoteTotals):
        return "; ".join(translate("projector", "{label}: {count}").format(label=t.text, count=t.dots)
                         for t in data.totals[:MAX_VOTE_BARS])
    if isinstance(data, FeedbackSummary):
        return "; ".join(translate("projector", "{label}: {count}").format(label=rating, count=count)
                         for rating, count in enumerate(data.counts, 1))
    return ""


def figure_texts(figure: Any) -> list[str]:
    """Every text drawn on a figure (tick labels, notes, titles): what a privacy test reads.

    Right-to-left texts come as given to matplotlib (``charts.shown``): as typed, or shaped for an older matplotlib.
    """
    from matplotlib.text import Text

    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]
