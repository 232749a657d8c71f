"""Matplotlib charts inside the window: a ``Figure`` on a ``FigureCanvasQTAgg``, never pyplot.

matplotlib is imported when the first chart is made, not when this module is, so the window opens fast.

Every text a chart draws goes through ``shown()``. matplotlib 3.11 lays text out with libraqm (HarfBuzz and
FriBiDi): Arabic letters join and right-to-left runs read right to left by themselves, and the text must stay as
typed. Older matplotlib draws characters one by one, so there the labels are shaped and put in screen order first
(``core.bidi_text``). ``use_chart_fonts()`` gives matplotlib a list of fonts to fall back on (DejaVu Sans,
matplotlib's own, has Arabic, Persian and Hebrew; Urdu's ے needs an Arabic font such as Noto Naskh Arabic).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.core.bidi_text import display_text

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
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Nastaliq Urdu",
                 "Vazirmatn", "Noto Sans Hebrew", "Arial", "Tahoma", "Segoe UI")
"""Tried in this order for each character; only the installed ones are given to matplotlib (others warn)."""


@cache
def use_chart_fonts() -> tuple[str, ...]:
    """Make matplotlib draw with the installed ones of ``FONT_FAMILIES``, falling back font by font; once."""
    import matplotlib
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    families = tuple(name for name in FONT_FAMILIES if name in installed) or ("DejaVu Sans",)
    matplotlib.rcParams["font.family"] = list(families)
    return families


@cache
def _charmap() -> frozenset[int]:
    """Every character some chart font can draw."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    codes: set[int] = set()
    for family in use_chart_fonts():
        try:
            path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
            codes.update(FT2Font(path).get_charmap())
        except (ValueError, OSError, RuntimeError):
            continue
    return frozenset(codes)


def has_glyph(char: str) -> bool:
    """Whether a chart font has ``char``."""
    return ord(char) in _charmap()


@cache
def native_text_layout() -> bool:
    """Whether matplotlib shapes and orders right-to-left text itself (3.11 and later, built with libraqm)."""
    try:
        from matplotlib import ft2font
    except ImportError:
        return False
    return bool(getattr(ft2font, "__libraqm_version__", ""))


def shown(text: str) -> str:
    """``text`` as a chart must be given it to read right: unchanged where matplotlib lays text out itself, else
    Arabic letters joined and right-to-left runs in screen order (line by line).

    Wrap the text first, then pass it here; text without right-to-left letters always comes back unchanged.
    """
    if not text or native_text_layout():
        return text
    return display_text(text, has_glyph)


def text_scale() -> float:
    """The text size the facilitator chose (1.0 to 2.0): charts on screen grow with it, saved pictures do not."""
    try:
        from workshop_app.ui.appearance import current_scale
    except ImportError:
        return 1.0
    return current_scale() / 100


def chart_dpi() -> float:
    """Dots per inch for a chart on screen: 100 at 100 % text, so every text and line grows with the text size."""
    return 100 * text_scale()


def scaled_px(pixels: float) -> int:
    """A chart height meant for 100 % text, at the text size in force."""
    return round(pixels * text_scale())


def make_canvas(parent: QWidget | None = None, *, height_px: int = 240) -> FigureCanvasQTAgg:
    """A canvas with an empty figure, as wide as its place in the layout and ``height_px`` (at 100 % text) tall."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    use_chart_fonts()
    figure = Figure(figsize=(6, height_px / 100), dpi=chart_dpi(), facecolor="white", layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    if parent is not None:
        canvas.setParent(parent)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    canvas.setFixedHeight(scaled_px(height_px))
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
