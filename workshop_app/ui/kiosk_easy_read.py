"""Easy-read mode of the kiosk: the participant's own choice, for themselves only.

A big "Easy read" toggle (with a pictogram) on the welcome screen turns it on. Then the text is about 1.4 times
bigger, controls are taller and further apart, the kiosk's sentences are the easy-read ones of
``kiosk_phrases_easy`` (one short sentence per line), the buttons carry pictograms, and choices get theirs where
``kiosk_pictograms`` finds one. The page turns it off again when its person is done (thank-you, walking away,
the kiosk closing), so the next person starts with the ordinary screen.

How it looks bigger: the kiosk's rules of the application's style sheet (already scaled by the text size the
facilitator chose, and already high-contrast if chosen) are copied onto the page with their sizes multiplied, so
easy read adds to those settings instead of fighting them.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLayout, QPushButton, QSizePolicy, QWidget

from workshop_app.ui.kiosk_common import WIDTH_KEY, text_scale
from workshop_app.ui.kiosk_phrases import phrase
from workshop_app.ui.kiosk_pictograms import gap, pictogram_icon

EASY_SCALE = 1.4
"""Text in easy-read mode, against the ordinary kiosk text."""
SIZE_SCALE, SPACING_SCALE = 1.15, 1.4
"""Controls' minimum sizes and paddings, and the gaps between them."""
ICON_PX = 40
FORWARD = frozenset({"next"})
"""Pictograms that point the way on: drawn after the button's word."""
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIZE = re.compile(r"(font-size|min-height|min-width|padding|spacing)\s*:\s*([^;]+);?")
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(pt|px)")
_COLOUR = re.compile(r"(?:^|[;\s])color\s*:\s*([^;]+?)\s*(?:;|$)")
_SPACING_KEY = "kioskNormalSpacing"
CHECKED_FALLBACK = "background: #dbe8f6; border: 4px solid #174a7c; font-weight: 700;"


def _scaled(value: str, factor: float) -> str:
    return _NUMBER.sub(lambda m: f"{float(m.group(1)) * factor:.4g}{m.group(2)}", value)


def resized_rules(base: str, fragment: str, factors: dict[str, float]) -> str:
    """The rules of style sheet ``base`` whose selectors mention ``fragment``, with only their sizes, each
    multiplied by its factor (``font-size``, ``min-height``, ``min-width``, ``padding``, ``spacing``)."""
    rules = []
    for selectors, body in _RULE.findall(_COMMENT.sub("", base)):
        if fragment not in selectors:
            continue
        declarations = [f"{name}: {_scaled(value.strip(), factors[name])};" for name, value in _SIZE.findall(body)
                        if name in factors]
        if declarations:
            rules.append(f"{selectors.strip()} {{ {' '.join(declarations)} }}")
    return "\n".join(rules)


def easy_style_sheet(base: str, scale: float = EASY_SCALE) -> str:
    """The kiosk's rules of the style sheet ``base`` with only their sizes: text × ``scale``, controls larger."""
    return resized_rules(base, "kiosk", {"font-size": scale, "min-height": SIZE_SCALE, "min-width": SIZE_SCALE,
                                         "padding": SIZE_SCALE, "spacing": SPACING_SCALE})


def checked_rule(base: str) -> str:
    """How a picked big kiosk button looks in ``base`` (the language buttons' rule), for the toggle to look alike."""
    for selectors, body in _RULE.findall(_COMMENT.sub("", base)):
        if "#kioskLanguage:checked" in selectors:
            return body.strip()
    return CHECKED_FALLBACK


def text_colour(widget: QWidget) -> str:
    """The colour ``widget`` writes its text in, once styled (pictograms are drawn in it)."""
    widget.ensurePolished()
    role = QPalette.ColorRole.ButtonText if isinstance(widget, QAbstractButton) else QPalette.ColorRole.WindowText
    return widget.palette().color(role).name()


def checked_colour(button: QAbstractButton) -> str:
    """The text colour the application's style sheet gives ``button`` when checked ("" when the same)."""
    app = QApplication.instance()
    base = _COMMENT.sub("", app.styleSheet() if isinstance(app, QApplication) else "")
    name = button.objectName()
    if not name or not button.isCheckable():
        return ""
    found = ""
    for selectors, body in _RULE.findall(base):
        if f"#{name}:checked" in selectors and "kiosk" in selectors:
            colour = _COLOUR.search(body)
            found = colour.group(1) if colour else found
    return found


def set_pictogram(button: QAbstractButton, name: str | None, size: int = ICON_PX, *, colour: str = "",
                  checked: str = "") -> None:
    """Show pictogram ``name`` on ``button`` in its text colour (None: no pictogram), a little apart from its text.

    ``size`` is for 100 % text; the pictogram grows with the text size the facilitator chose. ``colour`` and
    ``checked`` (when checked) replace the colours the style sheet gives the button's text.
    """
    if not name:
        button.setIcon(QIcon())
        return
    size = round(size * text_scale())
    side = ("left" if button.layoutDirection() == Qt.LayoutDirection.RightToLeft else "right") if button.text() else ""
    button.setIcon(pictogram_icon(name, colour or text_colour(button), size, checked or checked_colour(button),
                                  text_side=side))
    button.setIconSize(QSize(size + (gap(size) if side else 0), size))


class EasyReadToggle(QPushButton):
    """The big "Easy read" button: on and off for this person; a check mark and a strong border show it is on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskEasyRead")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._checked_ink = ""
        self.toggled.connect(self._show_state)

    def show_language(self, language: str) -> None:
        """Name the toggle in ``language`` (its words are the same in both modes, so a person can find it)."""
        app = QApplication.instance()
        base = app.styleSheet() if isinstance(app, QApplication) else ""
        # Bold in both states, so the words do not grow (and get cut) when it is switched on.
        checked = checked_rule(base)
        self.setStyleSheet(f"#kioskWindow QPushButton#kioskEasyRead {{ font-weight: 700; }}\n"
                           f"#kioskWindow QPushButton#kioskEasyRead:checked {{ {checked} }}")
        ink = _COLOUR.search(checked)
        self._checked_ink = ink.group(1) if ink else ""
        self.setText(phrase("easy_read", language))
        self.setAccessibleName(phrase("easy_read", language))
        self.setAccessibleDescription(phrase("easy_read_hint", language))
        self.setToolTip(phrase("easy_read_hint", language))
        self._show_state(self.isChecked())

    def _show_state(self, on: bool) -> None:
        set_pictogram(self, "yes" if on else "easy_read", checked=self._checked_ink)


class EasyRead:
    """Easy-read mode of one kiosk page: bigger text and spacing, pictograms on its buttons."""

    def __init__(self, page: QWidget) -> None:
        self.page = page
        self.on = False
        self.buttons: list[tuple[QAbstractButton, str]] = []
        self._normal_font: QFont | None = None

    def decorate(self, button: QAbstractButton, pictogram: str) -> None:
        """Give ``button`` pictogram ``pictogram`` while easy read is on (``back``/``next`` turn for right to left)."""
        self.buttons.append((button, pictogram))

    def set(self, on: bool) -> bool:
        """Turn easy read on or off; True when that changed something."""
        if on == self.on:
            return False
        self.on = on
        if on:
            app = QApplication.instance()
            self._normal_font = QFont(self.page.font())
            font = QFont(self._normal_font)
            font.setPointSizeF(max(font.pointSizeF(), 9.0) * EASY_SCALE)
            self.page.setFont(font)  # for what the style sheet does not size
            self.page.setStyleSheet(easy_style_sheet(app.styleSheet() if isinstance(app, QApplication) else ""))
        else:
            self.page.setStyleSheet("")
            if self._normal_font is not None:
                self.page.setFont(self._normal_font)
        self.refresh()
        return True

    def refresh(self) -> None:
        """Apply the mode to what the page shows now (call after building new widgets or changing direction)."""
        for layout in self.page.findChildren(QLayout):
            normal = layout.property(_SPACING_KEY)
            if normal is None:
                normal = layout.spacing()
                layout.setProperty(_SPACING_KEY, normal)
            if normal >= 0:
                layout.setSpacing(round(normal * SPACING_SCALE) if self.on else normal)
        for widget in self.page.findChildren(QWidget):
            width = widget.property(WIDTH_KEY)
            if isinstance(width, int):
                widget.setMaximumWidth(round(width * text_scale() * (EASY_SCALE if self.on else 1.0)))
        direction = self.page.layoutDirection()
        rtl = direction == Qt.LayoutDirection.RightToLeft
        mirrored = {"back": "next", "next": "back"} if rtl else {}
        for button, name in self.buttons:
            # A forward arrow follows its word ("Next →", "← التالي"); other pictograms come first.
            forward = self.on and name in FORWARD
            opposite = Qt.LayoutDirection.LeftToRight if rtl else Qt.LayoutDirection.RightToLeft
            button.setLayoutDirection(opposite if forward else direction)
            set_pictogram(button, mirrored.get(name, name) if self.on else None)


__all__ = ["EASY_SCALE", "EasyRead", "EasyReadToggle", "checked_rule", "easy_style_sheet", "resized_rules",
           "set_pictogram"]
