"""A quiet message strip inside a screen: says what went wrong without a dialog in the way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

# Long enough to read a sentence twice; a new message restarts it.
HIDE_AFTER_MS = 8000


class InlineMessage(QWidget):
    """A one-line warning with a close button that hides itself after a while."""

    shown = Signal()
    dismissed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setObjectName("inlineMessageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        close = self.close_button = QToolButton(self)
        close.setObjectName("inlineMessageClose")
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setToolTip(self.tr("Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def text(self) -> str:
        """The sentence shown (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_message(self, text: str) -> None:
        """Show ``text`` for a while."""
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        self._timer.start(HIDE_AFTER_MS)
        self.shown.emit()

    def dismiss(self) -> None:
        """Hide the message now."""
        self._timer.stop()
        if not self.isHidden():
            self.hide()
            self.dismissed.emit()
