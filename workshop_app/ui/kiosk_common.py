"""Pieces every kiosk screen shares: big buttons and headings, a centred column, a message screen, the page base."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

COLUMN = 980
"""The kiosk's reading width: long enough for a question, short enough to follow a line across."""
THANKS_SECONDS = 5.0
"""How long a thank-you stays before the screen clears for the next person."""
IDLE_SECONDS = 120.0
"""Without a touch for this long, what a person left on the screen is cleared."""


def big_button(text: str, parent: QWidget, *, primary: bool = False, name: str = "") -> QPushButton:
    """A touch-sized button (the kiosk style sheet makes it at least 64 px high)."""
    button = QPushButton(text, parent)
    button.setObjectName(name or ("kioskPrimary" if primary else "kioskSecondary"))
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    button.setAutoDefault(False)
    return button


def label(text: str, parent: QWidget, name: str, *, centred: bool = False) -> QLabel:
    """A wrapped plain-text label styled by ``name`` (``kioskTitle``, ``kioskText``...)."""
    found = QLabel(text, parent)
    found.setObjectName(name)
    found.setWordWrap(True)
    found.setTextFormat(Qt.TextFormat.PlainText)
    if centred:
        found.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return found


def text_scale() -> float:
    """The text size the facilitator chose for the app, as a factor (1.0 to 2.0): kiosk widths grow with it."""
    try:
        from workshop_app.ui.appearance import current_scale
    except ImportError:
        return 1.0
    return current_scale() / 100


def readable_width(widget: QWidget, width: int) -> None:
    """Make ``widget`` at most ``width`` pixels wide at 100 % text, wider with larger text (and in easy read)."""
    widget.setProperty(WIDTH_KEY, width)
    widget.setMaximumWidth(round(width * text_scale()))


WIDTH_KEY = "kioskWidth"
"""The property holding a column's width at 100 % text (``readable_width``; easy read widens from it)."""


def scroll_body(page: QWidget, name: str = "kioskScroll") -> QWidget:
    """A frameless, see-through scroll area filling ``page``; returns the widget inside it to lay out.

    Taller content (large text, easy read, a small screen) scrolls rather than being cut off; shorter content
    fills the height, so stretches centre it as if there were no scrolling.
    """
    scroll = QScrollArea(page)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(scroll)
    body.setObjectName("kioskScrollBody")
    scroll.setWidget(body)
    scroll.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)
    frame = QVBoxLayout(page)
    frame.setContentsMargins(0, 0, 0, 0)
    frame.addWidget(scroll)
    touch_scrolling(scroll)
    return body


def column(page: QWidget, width: int = COLUMN, *, top: int = 1, bottom: int = 2) -> QVBoxLayout:
    """A centred column of readable width in ``page``, scrolling when taller than the screen; returns the column's
    layout to fill."""
    body = scroll_body(page)
    inner = QWidget(body)
    inner.setObjectName("kioskColumn")
    readable_width(inner, width)
    inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(22)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 100)
    row.addStretch(1)
    outer = QVBoxLayout(body)
    outer.setContentsMargins(48, 24, 48, 24)
    outer.addStretch(top)
    outer.addLayout(row)
    outer.addStretch(bottom)
    return layout


def touch_scrolling(scroll: QScrollArea) -> None:
    """Let a finger drag ``scroll``'s content (a touch screen has no wheel; the mouse works as before)."""
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)


def scroll_to(widget: QWidget, margin: int = 24) -> None:
    """Scroll the kiosk column holding ``widget`` so that it is in sight."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, margin, margin)


def centre(page: QWidget, inner: QWidget, width: int = COLUMN, *, margins: tuple[int, int] = (48, 28)) -> None:
    """Lay ``inner`` out in ``page`` at most ``width`` wide, in the middle, using the page's full height."""
    readable_width(inner, width)
    inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    row = QHBoxLayout(page)
    row.setContentsMargins(margins[0], margins[1], margins[0], margins[1])
    row.addStretch(1)
    row.addWidget(inner, 100)
    row.addStretch(1)


def write_in(editor: QPlainTextEdit, direction: Qt.LayoutDirection) -> None:
    """Make a text box write right to left (Arabic) or left to right; Qt's own plain-text box stays left-aligned."""
    option = editor.document().defaultTextOption()
    option.setTextDirection(direction)
    right = direction == Qt.LayoutDirection.RightToLeft
    option.setAlignment(Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    editor.document().setDefaultTextOption(option)


def button_row(*buttons: QPushButton | None) -> QHBoxLayout:
    """Buttons spread out: the first at the start, the last at the end (mirrored for right-to-left)."""
    row = QHBoxLayout()
    row.setSpacing(24)
    shown = [b for b in buttons if b is not None]
    for index, button in enumerate(shown):
        if index == len(shown) - 1 and len(shown) > 1:
            row.addStretch(1)
        row.addWidget(button)
    if len(shown) == 1:
        row.insertStretch(0, 1)
        row.addStretch(1)
    return row


class MessageScreen(QWidget):
    """A big heading, a sentence and optionally one button: thank-you, "are you still there?", empty states."""

    def __init__(self, parent: Any = None, *, name: str = "kioskMessage") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = column(self, 900, top=2, bottom=3)
        self.heading = label("", self, "kioskHeading", centred=True)
        self.big = label("", self, "kioskCountdown", centred=True)
        self.text = label("", self, "kioskText", centred=True)
        self.button = big_button("", self, primary=True)
        layout.addWidget(self.heading)
        layout.addWidget(self.big)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(button_row(self.button))
        self.big.hide()
        self.button.hide()

    def show_texts(self, heading: str, text: str = "", button: str = "", big: str = "") -> None:
        """Set what the screen says (an empty ``button`` hides the button, an empty ``big`` the big number)."""
        self.heading.setText(heading)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.big.setText(big)
        self.big.setVisible(bool(big))
        self.button.setText(button)
        self.button.setVisible(bool(button))


class KioskPage(QWidget):
    """One kind of kiosk activity (survey, idea, dot vote, feedback); the kiosk window drives it.

    ``tick()`` runs once a second (thank-you screens end, idle screens clear); ``touch()`` on any input;
    ``shut_down()`` when the kiosk closes, to clear the screen of the last person.
    """

    def __init__(self, clock: Callable[[], float], parent: Any = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.last_input = clock()

    @property
    def language(self) -> str:
        """The language the screen speaks now."""
        return "en"

    def touch(self) -> None:
        """The person did something: postpone the idle clearing."""
        self.last_input = self.clock()

    def idle_for(self) -> float:
        """Seconds since the last input."""
        return self.clock() - self.last_input

    def tick(self) -> None:
        """Called once a second."""

    def shut_down(self) -> None:
        """The kiosk is closing: leave nothing of the last person on screen."""
