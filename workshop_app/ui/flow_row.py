"""A row of widgets that wraps onto more lines when it is too narrow, instead of widening its window.

Large text, a narrow window or a long translation make a heading and its buttons, or a label and its field, wider
than a laptop screen. In a ``FlowRow`` they stay on one line while they fit and wrap below one another when they
do not; the row tells its layout the height its lines need (``heightForWidth``).

It is a widget that places its children itself, not a QLayout subclass: a layout written in Python holds
QLayoutItems that PySide may invalidate behind its back, and a widget has no such items.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# What makes a child's size change: the row must be measured and placed again.
_RESIZING = (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ShowToParent,
             QEvent.Type.HideToParent, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)


class FlowRow(QWidget):
    """Widgets side by side while they fit, wrapping onto more lines when they do not.

    Widgets after ``push_right_from`` sit at the right end while everything fits on one line (a heading on the
    left, its buttons on the right); a wrapped line starts at the left. The widget at ``stretch`` (a title, a
    combo box) takes the spare width of its line. Each line's widgets are centred vertically, and a wrapping
    label gets the height its width needs.
    """

    def __init__(self, *widgets: QWidget, parent: Any = None, spacing: int = 12, line_spacing: int = 8,
                 push_right_from: int | None = None, stretch: int | None = None) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self._push_right_from = push_right_from
        self._stretch = stretch
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setContentsMargins(0, 0, 0, 0)
        self.add_widgets(*widgets)

    def add_widgets(self, *widgets: QWidget) -> FlowRow:
        """Add ``widgets`` in order (they become children of the row); returns the row."""
        for widget in widgets:
            hidden = widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
            if widget.parentWidget() is not self:
                widget.setParent(self)
            if not hidden:  # as a layout does: shown with the row unless the code hid it
                widget.show()
            widget.installEventFilter(self)
            self._widgets.append(widget)
        self.updateGeometry()
        self._place()
        return self

    def widgets(self) -> list[QWidget]:
        """The row's widgets, in order."""
        return list(self._widgets)

    # -- what the layout around asks --------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(self._hint(w).width() for w in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((self._hint(w).height() for w in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        """One widget per line: as narrow as the widest widget can be."""
        size = QSize(0, 0)
        for widget in self._shown():
            size = size.expandedTo(self._minimum(widget))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def hasHeightForWidth(self) -> bool:
        """Its height depends on how many lines the width allows."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of the lines at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    # -- placing ------------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        """A child's size hint changed (Qt tells the parent, which has no layout): tell the layout around too."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self._place()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Place the widgets for the new width."""
        super().resizeEvent(event)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A widget changed size or was shown or hidden: measure and place again."""
        if event.type() in _RESIZING and watched in self._widgets:
            self.updateGeometry()
            self._place()
        if event.type() == QEvent.Type.DeferredDelete and watched in self._widgets:
            self._widgets.remove(watched)  # type: ignore[arg-type]
        return False

    def _place(self) -> None:
        self._arrange(self.rect(), apply=True)

    def _shown(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]

    @staticmethod
    def _hint(widget: QWidget) -> QSize:
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            # A wrapping label's hint is a "pleasant" width, narrower than its line: a row wants the whole line
            # while it fits, and wraps it only when it must.
            margins = widget.contentsMargins()
            line = widget.fontMetrics().horizontalAdvance(widget.text()) + margins.left() + margins.right() \
                + 2 * widget.margin() + 2
            hint = QSize(max(hint.width(), line), hint.height())
        return hint.expandedTo(widget.minimumSize()).boundedTo(widget.maximumSize())

    @staticmethod
    def _minimum(widget: QWidget) -> QSize:
        hint = widget.minimumSizeHint()
        explicit = widget.minimumSize()
        return QSize(explicit.width() or max(hint.width(), 0), explicit.height() or max(hint.height(), 0))

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[list[Any]]] = [[]]
        used = 0
        for widget in self._shown():
            width = min(max(self._hint(widget).width(), self._minimum(widget).width()), max(area.width(), 1))
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append([widget, width, 0])
        stretching = self._widgets[self._stretch] if self._stretch is not None \
            and self._stretch < len(self._widgets) else None
        for line in lines:
            spare = area.width() - sum(width for _w, width, _h in line) - self._spacing * (len(line) - 1)
            for entry in line:
                widget, width = entry[0], entry[1]
                if widget is stretching and spare > 0:
                    width = min(width + spare, widget.maximumWidth())
                height = widget.heightForWidth(width) if widget.hasHeightForWidth() else self._hint(widget).height()
                entry[1], entry[2] = width, max(height, self._minimum(widget).height())
        y = area.top()
        for number, line in enumerate(lines):
            if not line:
                continue
            line_height = max(height for _w, _width, height in line)
            if apply:
                self._set_line(line, area, y, line_height, push=number == 0 and len(lines) == 1)
            y += line_height + self._line_spacing
        return max(0, y - self._line_spacing - area.top()) + margins.top() + margins.bottom()

    def _set_line(self, line: list[list[Any]], area: QRect, y: int, line_height: int, *, push: bool) -> None:
        spare = max(0, area.width() - sum(width for _w, width, _h in line) - self._spacing * (len(line) - 1))
        x = area.left()
        for widget, width, height in line:
            if push and self._push_right_from is not None and self._widgets.index(widget) == self._push_right_from:
                x += spare
            geometry = QRect(QPoint(x, y + (line_height - height) // 2), QSize(width, height))
            if self.isRightToLeft():
                geometry.moveLeft(area.left() + area.right() - geometry.right())
            widget.setGeometry(geometry)
            x += width + self._spacing
