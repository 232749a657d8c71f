"""How the app looks for the person using it: text size (100–200 %) and a high-contrast theme, applied live.

The style sheet ``resources/styles/app.qss`` sets its text sizes in points. A text size is applied by scaling the
application font and regenerating the sheet with every ``font-size`` multiplied (never ``QT_SCALE_FACTOR``, which
would also blow up pictures and needs a restart). The high-contrast theme is generated from the same sheet: every
colour is mapped to black, white, yellow or a light tint of its hue, by what it does in its rule (a background, a
text, a border, a selection, a focus ring), so new rules in ``app.qss`` get a high-contrast look without a second
sheet to keep in step. ``resources/styles/high_contrast.qss`` adds what the generated sheet cannot know (focus
rings on widgets the base sheet leaves to the style, scroll bars, tabs).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from workshop_app import paths
from workshop_app.ui.high_contrast import (
    BLACK,
    DISABLED_LINE,
    FOCUS,
    HOVER,
    MUTED,
    TINTS,
    WHITE,
    YELLOW,
    contrast_ratio,
    high_contrast_palette,
    high_contrast_sheet,
    palette_of,
)

__all__ = ["FOCUS", "HIGH_CONTRAST_COLOURS", "LIGHT_COLOURS", "SCALES", "PaintColours", "apply_appearance",
           "clamp_scale", "contrast_ratio", "current_scale", "high_contrast_palette", "is_high_contrast",
           "light_palette", "paint_colours", "scale_sheet", "style_sheet"]

log = logging.getLogger(__name__)

MIN_SCALE = 100
MAX_SCALE = 200
SCALES = (100, 125, 150, 175, 200)
"""The text sizes offered in the View menu, in percent."""

# Stored on the QApplication so that asking twice for the same look costs nothing, and the 100 % font is known.
_STATE = "workshop_app_appearance"
_BASE_POINT_SIZE = "workshop_app_base_point_size"

_FONT_SIZE = re.compile(r"(font-size\s*:\s*)([\d.]+)(pt|px)")
_LIMIT = re.compile(r"((?:max-width|max-height)\s*:\s*)(\d+)px")
_INDICATOR_RULE = re.compile(r"[^{}]*::indicator[^{}]*\{[^{}]*\}")
_INDICATOR_SIZE = re.compile(r"((?:width|height|border-radius)\s*:\s*)(\d+)px")


def apply_appearance(app: QApplication, *, scale: int = 100, high_contrast: bool = False) -> None:
    """Show every open and future window with text at ``scale`` percent and, if asked, in high contrast.

    Cheap and idempotent: the same look asked for again changes nothing. Fonts, palette and style sheet change
    together, so open windows are re-laid out once.
    """
    scale = clamp_scale(scale)
    base = _base_point_size(app)
    sheet = style_sheet(scale, high_contrast)
    state = f"{scale}/{int(high_contrast)}"
    if app.property(_STATE) == state and app.styleSheet() == sheet:
        return
    font = QFont(app.font())
    font.setPointSizeF(base * scale / 100)
    app.setFont(font)
    app.setPalette(high_contrast_palette() if high_contrast else light_palette())
    app.setStyleSheet(sheet)
    app.setProperty(_STATE, state)


def clamp_scale(scale: int) -> int:
    """``scale`` kept between 100 and 200 percent."""
    return max(MIN_SCALE, min(MAX_SCALE, int(scale)))


def current_scale(app: QApplication | None = None) -> int:
    """The text size in force, in percent (100 before any was applied)."""
    app = app or QApplication.instance()
    state = app.property(_STATE) if app is not None else None
    return int(state.split("/")[0]) if isinstance(state, str) else MIN_SCALE


def is_high_contrast(app: QApplication | None = None) -> bool:
    """Whether the high-contrast theme is in force (for widgets that paint their own colours)."""
    app = app or QApplication.instance()
    state = app.property(_STATE) if app is not None else None
    return isinstance(state, str) and state.endswith("/1")


@dataclass(frozen=True)
class PaintColours:
    """Colours for widgets that paint themselves (cards in lists, delegates), in the theme in force."""

    surface: str
    hover: str
    selected: str
    selected_text: str
    accent: str
    line: str
    text: str
    muted: str
    danger: str
    """Text that warns (a problem, a refusal); always with a word or sign beside the colour."""
    current: str
    """The background of the item in progress (the run view's current activity)."""
    missing: str
    """The background of something still to do (a translation not yet written)."""


LIGHT_COLOURS = PaintColours(surface="#ffffff", hover="#f3f6fa", selected="#dbe8f6", selected_text="#12243a",
                             accent="#2364aa", line="#e6ebf0", text="#12243a", muted="#52606d", danger="#b42318",
                             current="#dbe7f5", missing="#fff4e5")
HIGH_CONTRAST_COLOURS = PaintColours(surface=BLACK, hover=HOVER, selected=YELLOW, selected_text=BLACK, accent=FOCUS,
                                     line=DISABLED_LINE, text=WHITE, muted=MUTED, danger=TINTS["red"],
                                     current="#003366", missing="#3d2e00")


def paint_colours() -> PaintColours:
    """The colours a self-painting widget uses now (they change with the high-contrast theme)."""
    return HIGH_CONTRAST_COLOURS if is_high_contrast() else LIGHT_COLOURS


def _base_point_size(app: QApplication) -> float:
    """The application font's size at 100 %, remembered the first time a look is applied."""
    base = app.property(_BASE_POINT_SIZE)
    if not isinstance(base, float) or base <= 0:
        base = app.font().pointSizeF()
        if base <= 0:  # a font sized in pixels
            base = 10.0
        app.setProperty(_BASE_POINT_SIZE, float(base))
    return float(base)


# -- palettes -------------------------------------------------------------------------------------------------
def light_palette() -> QPalette:
    """The normal light palette, matching ``app.qss``, so dialogs and popups fit the rest."""
    return palette_of({
        QPalette.ColorRole.Window: "#f5f7fa",
        QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f8fafc",
        QPalette.ColorRole.Text: "#1f2933",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2933",
        QPalette.ColorRole.Highlight: "#2364aa",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933",
        QPalette.ColorRole.PlaceholderText: "#6b7785",
        QPalette.ColorRole.Link: "#2364aa",
        QPalette.ColorRole.BrightText: "#ffffff",
    }, disabled="#9aa5b1")


# -- style sheets ---------------------------------------------------------------------------------------------
@cache
def style_sheet(scale: int = 100, high_contrast: bool = False) -> str:
    """The app's style sheet with text at ``scale`` percent, in the normal or the high-contrast theme."""
    text = _read("app.qss")
    if not text:
        return ""
    if high_contrast:
        text = high_contrast_sheet(text) + "\n" + _read("high_contrast.qss")
    icons = _folder("icons")
    styles = _folder("styles")
    text = text.replace("@icons/", f"{icons}/").replace("@styles/", f"{styles}/")
    return scale_sheet(text, clamp_scale(scale))


def _read(name: str) -> str:
    try:
        return paths.resource("styles", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        log.warning("The style sheet %s is missing; using the plain style", name, exc_info=True)
        return ""


def _folder(name: str) -> str:
    try:
        return paths.resource(name).as_posix()
    except FileNotFoundError:
        return name


def scale_sheet(text: str, scale: int) -> str:
    """Every ``font-size`` (and every ``max-width``/``max-height`` a text must fit in) multiplied by ``scale`` %."""
    if scale == 100:
        return text
    factor = scale / 100

    def font(match: re.Match[str]) -> str:
        size = float(match.group(2)) * factor
        return f"{match.group(1)}{size:.4g}{match.group(3)}"

    def limit(match: re.Match[str]) -> str:
        pixels = int(match.group(2))
        # Hairlines and thin bars stay thin; a limit sized for text grows with it.
        return f"{match.group(1)}{round(pixels * factor) if pixels >= 8 else pixels}px"

    def indicator(match: re.Match[str]) -> str:
        # Check and option boxes grow with the text they stand beside.
        return _INDICATOR_SIZE.sub(lambda m: f"{m.group(1)}{round(int(m.group(2)) * factor)}px", match.group(0))

    return _INDICATOR_RULE.sub(indicator, _LIMIT.sub(limit, _FONT_SIZE.sub(font, text)))
