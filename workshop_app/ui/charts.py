"""Matplotlib charts inside the window: a ``Figure`` on a ``FigureCanvasQTAgg``, never pyplot.

matplotlib is imported when the first chart is made, not when this module is, so the window opens fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

# A calm palette that stays apart in greyscale: a dark blue, a mid grey-blue and a light grey.
INK = "#1f2933"
MUTED = "#52606d"
LINE = "#d5dce4"
BAR = "#2f6db0"
BAR_QUIET = "#a9b4c0"
HIDDEN_FILL = "#eef2f6"
HIDDEN_EDGE = "#52606d"
FONT_SIZE = 10


def make_canvas(parent: QWidget | None = None, *, height_px: int = 240) -> FigureCanvasQTAgg:
    """A canvas with an empty figure, as wide as its place in the layout and ``height_px`` tall."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, height_px / 100), dpi=100, facecolor="white", layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    if parent is not None:
        canvas.setParent(parent)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    canvas.setFixedHeight(height_px)
    canvas.setMinimumWidth(320)
    return canvas


def figure_of(canvas: Any) -> Figure:
    """The figure drawn on ``canvas``."""
    return canvas.figure


def quiet_axes(axes: Any) -> None:
    """Axes without the box: a light baseline, muted ticks, the app's text colour."""
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(LINE)
    axes.tick_params(colors=MUTED, labelsize=FONT_SIZE, length=0)
    axes.tick_params(axis="y", labelcolor=INK)
    axes.set_axisbelow(True)
    axes.grid(axis="x", color="#eef1f4", linewidth=1)
