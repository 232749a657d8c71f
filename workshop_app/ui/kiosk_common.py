"""Pieces every kiosk screen shares: big buttons and headings, a centred column, a message screen, the page base."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

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


def column(page: QWidget, width: int = COLUMN, *, top: int = 1, bottom: int = 2) -> QVBoxLayout:
    """A centred column of readable width in ``page``; returns the column's layout to fill."""
    inner = QWidget(page)
    inner.setObjectName("kioskColumn")
    inner.setMaximumWidth(width)
    inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(22)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 100)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(48, 32, 48, 32)
    outer.addStretch(top)
    outer.addLayout(row)
    outer.addStretch(bottom)
    return layout


def centre(page: QWidget, inner: QWidget, width: int = COLUMN, *, margins: tuple[int, int] = (48, 28)) -> None:
    """Lay ``inner`` out in ``page`` at most ``width`` wide, in the middle, using the page's full height."""
    inner.setMaximumWidth(width)
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
