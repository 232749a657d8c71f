"""Check boxes and option buttons whose text wraps onto more lines instead of being cut off.

Qt's QCheckBox and QRadioButton keep their text on one line, so a long sentence (or large text, or a long
translation) makes them wider than their window. These draw exactly like Qt's while the text fits on one line,
and otherwise draw the indicator (and any style-sheet background and border) as Qt does and the text wrapped
beside it; layouts learn the height the wrapped text needs through ``heightForWidth``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QRadioButton, QSizePolicy, QStyle, QStyleOptionButton

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap \
    | Qt.TextFlag.TextShowMnemonic


class _Wrapping:
    """What the two buttons share; mixed into a QCheckBox or a QRadioButton."""

    _control: QStyle.ControlElement
    _contents: QStyle.SubElement

    def _setup(self: Any) -> None:
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        # Fixed (Qt's default for these) would cap the height at one line.
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _option(self: Any) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _frame_width(self: Any) -> int:
        """Everything but the text, across: indicator, spacing, padding and border."""
        one_line = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        return max(0, super().sizeHint().width() - one_line)  # type: ignore[misc]

    def _text_height(self: Any, width: int) -> int:
        available = max(1, width - self._frame_width())
        return self.fontMetrics().boundingRect(QRect(0, 0, available, 100_000), int(_FLAGS), self.text()).height()

    def _wraps(self: Any) -> bool:
        return self.width() < super().sizeHint().width()  # type: ignore[misc]

    def minimumSizeHint(self: Any) -> QSize:
        """As narrow as the longest word, one line high."""
        hint = super().minimumSizeHint()  # type: ignore[misc]
        words = self.text().replace("&", "").split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        return QSize(min(hint.width(), self._frame_width() + longest), hint.height())

    def hasHeightForWidth(self: Any) -> bool:
        """The height depends on how many lines the text wraps to."""
        return True

    def heightForWidth(self: Any, width: int) -> int:
        """One line's height, plus what the wrapped text needs beyond it."""
        base = super().sizeHint().height()  # type: ignore[misc]
        line = self.fontMetrics().height()
        return base + max(0, self._text_height(width) - line)

    def hitButton(self: Any, pos: QPoint) -> bool:
        """The whole button, wrapped text included, toggles it."""
        return self.rect().contains(pos)

    def paintEvent(self: Any, event: QPaintEvent) -> None:
        """Qt's own drawing while the text fits; otherwise the indicator by Qt and the text wrapped beside it."""
        if not self._wraps():
            super().paintEvent(event)  # type: ignore[misc]
            return
        option = self._option()
        text = option.text
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(self._control, option, painter, self)
        option.text = text
        contents = self.style().subElementRect(self._contents, option, self)
        area = QRect(contents.left(), contents.top(), self.width() - self._frame_width(), contents.height())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(area, int(_FLAGS), text)
        painter.end()


class WrapCheckBox(_Wrapping, QCheckBox):
    """A QCheckBox whose text wraps when it is too narrow for one line."""

    _control = QStyle.ControlElement.CE_CheckBox
    _contents = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent: Any = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrapRadioButton(_Wrapping, QRadioButton):
    """A QRadioButton whose text wraps when it is too narrow for one line."""

    _control = QStyle.ControlElement.CE_RadioButton
    _contents = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent: Any = None) -> None:
        super().__init__(text, parent)
        self._setup()
