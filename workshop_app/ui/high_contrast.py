"""The high-contrast theme: black, white and yellow, every text at least 7:1 (WCAG AAA), a cyan focus ring.

The theme is generated from the normal style sheet: each colour is mapped by what it does in its rule (a
background, a text, a border, a selection, a focus ring), so a new rule in ``app.qss`` gets a high-contrast look
without a second sheet to keep in step. ``resources/styles/high_contrast.qss`` adds what the generated sheet cannot
know (focus rings on widgets the normal sheet leaves to the style, scroll bars, tabs).
"""

from __future__ import annotations

import colorsys
import re

from PySide6.QtGui import QColor, QPalette

# The high-contrast colours. Black on yellow is 19.6:1, white on black 21:1; every tint below is at least 7:1 on
# black (WCAG AAA for text).
BLACK = "#000000"
WHITE = "#ffffff"
YELLOW = "#ffff00"
FOCUS = "#00ffff"
"""The focus ring: cyan, unlike any other line (white) or fill (yellow), 16:1 on black."""
MUTED = "#c8c8c8"
HOVER = "#333333"
PRESSED = "#4d4d4d"
DISABLED_TEXT = "#a6a6a6"
DISABLED_LINE = "#808080"
GRID = "#8c8c8c"
ALTERNATE = "#141414"
TINTS = {
    "red": "#ff9e9e",
    "amber": "#ffd27f",
    "yellow": YELLOW,
    "green": "#8cff9e",
    "blue": "#9ed2ff",
    "purple": "#e3b3ff",
    "neutral": WHITE,
}
"""The light tint, readable on black, that stands for a colour of each hue."""

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}", re.S)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_WIDTH = re.compile(r"\b1px\b")
_SELECTED = re.compile(r"(?<!!):(selected|checked)\b|\[(voted|pulse)=")


def high_contrast_palette() -> QPalette:
    """White text on black, yellow for what is selected and for links."""
    return palette_of({
        QPalette.ColorRole.Window: BLACK,
        QPalette.ColorRole.WindowText: WHITE,
        QPalette.ColorRole.Base: BLACK,
        QPalette.ColorRole.AlternateBase: ALTERNATE,
        QPalette.ColorRole.Text: WHITE,
        QPalette.ColorRole.Button: BLACK,
        QPalette.ColorRole.ButtonText: WHITE,
        QPalette.ColorRole.Highlight: YELLOW,
        QPalette.ColorRole.HighlightedText: BLACK,
        QPalette.ColorRole.ToolTipBase: BLACK,
        QPalette.ColorRole.ToolTipText: WHITE,
        QPalette.ColorRole.PlaceholderText: "#c8c8c8",
        QPalette.ColorRole.Link: YELLOW,
        QPalette.ColorRole.LinkVisited: YELLOW,
        QPalette.ColorRole.BrightText: YELLOW,
        QPalette.ColorRole.Light: WHITE,
        QPalette.ColorRole.Midlight: "#bfbfbf",
        QPalette.ColorRole.Mid: DISABLED_LINE,
        QPalette.ColorRole.Dark: WHITE,
        QPalette.ColorRole.Shadow: WHITE,
    }, disabled=DISABLED_TEXT)


def palette_of(colours: dict[QPalette.ColorRole, str], *, disabled: str) -> QPalette:
    """A palette of ``colours``, with ``disabled`` for greyed-out text."""
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette



def high_contrast_sheet(text: str) -> str:
    """``text`` (a style sheet) with every colour mapped to the high-contrast theme, rule by rule."""
    text = _COMMENT.sub("", text)
    return "\n".join(_contrast_rule(selector.strip(), body) for selector, body in _RULE.findall(text))


def _contrast_rule(selector: str, body: str) -> str:
    declarations = [d.strip() for d in body.split(";") if d.strip()]
    props = {d.split(":", 1)[0].strip(): d.split(":", 1)[1].strip() for d in declarations if ":" in d}
    role = _role(selector, props)
    background = _first_hex(props.get("background", props.get("background-color", "")))
    accent = _tint(background, strong=True) if background else YELLOW
    if role == "selected" and not background:
        role = "marked"  # a selected tab or item shown by its text and underline only: yellow on black
    out = [f"    {name}: {_contrast_value(name, value, role, accent)};" for name, value in props.items()]
    if role == "selected" and background and "color" not in props:
        out.append(f"    color: {BLACK};")  # text on the new yellow fill, whatever colour it inherits
    return selector + " {\n" + "\n".join(out) + "\n}"


def _role(selector: str, props: dict[str, str]) -> str:
    """What a rule's colours do: 'selected', 'fill' (a progress chunk), 'handle', 'disabled', 'hover',
    'pressed', 'inverse' (light text on a strong colour: a primary button), 'focus' or 'plain'."""
    lowered = selector.lower()
    background = _first_hex(props.get("background", props.get("background-color", "")))
    if "::chunk" in lowered:
        return "fill"
    if "::handle" in lowered:
        return "handle"
    if ":disabled" in lowered:
        return "disabled"
    if _SELECTED.search(lowered):
        return "selected"
    if ":pressed" in lowered:
        return "pressed"
    if ":hover" in lowered:
        return "hover"
    if ":focus" in lowered:
        return "focus"
    if background is not None and _lightness(background) < 0.5:
        return "inverse"
    return "plain"


def _contrast_value(name: str, value: str, role: str, accent: str) -> str:
    name = name.lower()  # only for matching: a qproperty- name keeps its case in the sheet
    if name.startswith("image") and ("chevron-down.svg" in value or "arrow-" in value):
        return value.replace("@icons/", "@styles/high_contrast/")
    if not _HEX.search(value):
        return value
    if name in ("background", "background-color"):
        colour = _background(value, role, accent)
    elif name == "alternate-background-color":
        colour = ALTERNATE
    elif name == "selection-background-color":
        colour = YELLOW
    elif name == "selection-color":
        colour = BLACK
    elif name == "gridline-color":
        colour = GRID
    elif name == "color":
        colour = _text(value, role, accent)
    elif name.startswith("border"):
        colour = _line(value, role, accent)
        value = _WIDTH.sub("2px", value)
        if role == "focus":
            value = re.sub(r"\b[12]px\b", "3px", value)
    else:
        colour = WHITE
    return _HEX.sub(colour, value)


def _background(value: str, role: str, accent: str) -> str:
    if role == "selected":
        return YELLOW
    if role == "fill":
        return accent
    if role == "handle":
        return WHITE
    if role == "hover":
        return HOVER
    if role == "pressed":
        return PRESSED
    return BLACK


def _text(value: str, role: str, accent: str) -> str:
    colour = _first_hex(value) or WHITE
    if role == "selected":
        return BLACK
    if role == "marked":
        return YELLOW
    if role == "disabled":
        return DISABLED_TEXT
    if role == "inverse":
        return accent
    family = _family(colour)
    if family == "neutral" and _lightness(colour) > 0.45:
        return MUTED  # hints and quiet text stay a step quieter than the rest, still 12:1
    return TINTS[family]


def _line(value: str, role: str, accent: str) -> str:
    colour = _first_hex(value) or WHITE
    if role == "focus":
        return FOCUS
    if role == "disabled":
        return DISABLED_LINE
    if role == "inverse":
        return accent
    if role in ("selected", "marked"):
        return _tint(colour, strong=True)
    return _tint(colour)


def _tint(colour: str, *, strong: bool = False) -> str:
    """The high-contrast stand-in for ``colour``: white for greys, a light tint of its hue for the rest.

    ``strong`` (a filled, emphasised background such as a primary button) turns the app's blue accent into yellow.
    """
    family = _family(colour)
    if strong and family in ("blue", "neutral"):
        return YELLOW
    return TINTS[family]


def _family(colour: str) -> str:
    qcolour = QColor(colour)
    hue, lightness, saturation = colorsys.rgb_to_hls(qcolour.redF(), qcolour.greenF(), qcolour.blueF())
    if saturation < 0.3 or lightness > 0.93:
        return "neutral"
    degrees = hue * 360
    if degrees < 18 or degrees >= 340:
        return "red"
    if degrees < 50:
        return "amber"
    if degrees < 70:
        return "yellow"
    if degrees < 170:
        return "green"
    if degrees < 260:
        return "blue"
    return "purple"


def _first_hex(value: str) -> str | None:
    match = _HEX.search(value)
    return match.group(0) if match else None


def _lightness(colour: str) -> float:
    qcolour = QColor(colour)
    return colorsys.rgb_to_hls(qcolour.redF(), qcolour.greenF(), qcolour.blueF())[1]


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        q = QColor(colour)

        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
