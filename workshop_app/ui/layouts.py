"""Small layout helpers shared by the screens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

COLUMN_WIDTH = 520
"""A comfortable reading width for a short message in the middle of a page."""


def centred_column(
    page: QWidget, widgets: Sequence[QWidget], *, keep_size: Sequence[QWidget] = (), width: int = COLUMN_WIDTH
) -> QWidget:
    """Lay ``widgets`` out in a column of readable width in the middle of ``page``; returns ``page``.

    Wrapped labels get their height only from a layout that gives them a definite width, so the column has a
    fixed width and the labels fill it (an alignment flag would clip their second line). ``keep_size`` widgets
    (buttons, pictures) keep their own size, centred.
    """
    column = QWidget(page)
    column.setFixedWidth(width)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(12)
    for widget in widgets:
        if widget in keep_size:
            inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            inner.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)
    return page


class _FontFollower(QObject):
    """Runs a sizing function again whenever the widget's font or style changes (the text size is live)."""

    def __init__(self, widget: QWidget, adjust: Callable[[QWidget], Any]) -> None:
        super().__init__(widget)  # the widget is found as the parent: a reference would make a cycle PySide mishandles
        self._adjust = adjust
        widget.installEventFilter(self)
        adjust(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a font or style change, size the widget again."""
        kind = event.type()
        if kind == QEvent.Type.Polish:
            # Filters see Polish before the style sets the widget's font and padding: size it just after.
            QTimer.singleShot(0, self, self._again)
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            self._again()
        return False

    def _again(self) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            self._adjust(widget)


def follow_font(widget: QWidget, adjust: Callable[[QWidget], Any]) -> None:
    """Call ``adjust(widget)`` now and each time its font or style changes (sizes that depend on the text)."""
    _FontFollower(widget, adjust)


def text_lines_height(widget: QWidget, lines: float) -> int:
    """The height ``lines`` lines of ``widget``'s text need, with its frame and padding (a box of a few lines)."""
    margins = widget.contentsMargins()  # a scroll area's frame, border and padding
    document = getattr(widget, "document", None)
    inner = 2 * document().documentMargin() if callable(document) else 0
    return int(widget.fontMetrics().lineSpacing() * lines + inner) + margins.top() + margins.bottom() + 2


def keep_lines_high(widget: QWidget, lines: float) -> None:
    """Give ``widget`` (a text box) the fixed height of ``lines`` lines of its text, at any text size."""
    follow_font(widget, lambda w: w.setFixedHeight(text_lines_height(w, lines)))


def keep_rows_high(table: QTableView, *, lines: float = 1, extra: int = 12) -> None:
    """Make every row of ``table`` as high as ``lines`` lines of its text plus ``extra`` pixels, at any text size."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    follow_font(table, lambda t: t.verticalHeader().setDefaultSectionSize(
        int(t.fontMetrics().lineSpacing() * lines) + extra))


class _ContentWidth(QObject):
    """Keeps a vertically scrolling area at least as wide as its content needs (see ``keep_content_width``)."""

    def __init__(self, scroll: QScrollArea, at_least: int, tall: float = 0) -> None:
        # The scroll area is found as the parent, never held: a helper holding its own parent makes a reference
        # cycle, and PySide's garbage collection of such a cycle deletes the scroll area's content while shown.
        super().__init__(scroll)
        self._at_least = at_least
        self._tall = tall
        scroll.installEventFilter(self)
        if scroll.widget() is not None:
            scroll.widget().installEventFilter(self)
        self.update()

    @property
    def _scroll(self) -> QScrollArea:
        scroll = self.parent()
        assert isinstance(scroll, QScrollArea)
        return scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The content's layout changed (text size, new rows): fit the width again."""
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.Show):
            QTimer.singleShot(0, self, self.update)
        return False

    def update(self) -> None:
        """Make the area as wide as the content's minimum, its frame and a scroll bar."""
        content = self._scroll.widget()
        if content is None:
            return
        needed = max(content.minimumSizeHint().width(), content.minimumWidth())
        needed += self._scroll.verticalScrollBar().sizeHint().width() + 2 * self._scroll.frameWidth()
        needed = max(needed, self._at_least)
        if needed != self._scroll.minimumWidth():
            self._scroll.setMinimumWidth(needed)
        if self._tall:
            # Show all of it while it fits in part of the screen; scroll beyond.
            screen = self._scroll.screen().availableGeometry().height() if self._scroll.screen() else 800
            height = min(content.sizeHint().height(), int(screen * self._tall))
            if height != self._scroll.minimumHeight():
                self._scroll.setMinimumHeight(height)


def keep_content_width(scroll: QScrollArea, at_least: int = 0, *, tall: float = 0) -> QScrollArea:
    """Never let ``scroll`` (which scrolls only up and down) be narrower than its content needs, at any text size,
    nor than ``at_least`` pixels: without this, the right side of a form would be cut off where no scroll bar can
    reach it. With ``tall`` (a share of the screen's height) it is also as high as its content, up to that share:
    a dialog's body then scrolls only when large text makes it higher than the screen. Call after ``setWidget``;
    returns ``scroll``. (It sets the minimum width, and height with ``tall``: set none of your own.)"""
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    _ContentWidth(scroll, at_least, tall)
    return scroll


READING_EMS = 34
"""A comfortable width for a dialog of sentences, in lines of its text's height (about 70 characters)."""


class _ReadableSize(QObject):
    """Sizes a window of wrapped sentences for its text size each time it is shown or its text size changes."""

    def __init__(self, window: QWidget, ems: float) -> None:
        super().__init__(window)  # found as the parent, not held (see _ContentWidth)
        self._ems = ems
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before the window shows, and when its text size changes: size it again."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        return False

    def fit(self) -> None:
        """About ``ems`` lines of text wide (never wider than the screen), and as high as the text then needs."""
        window = self.parent()
        assert isinstance(window, QWidget)
        layout = window.layout()
        screen = window.screen().availableGeometry() if window.screen() is not None else QRect(0, 0, 1280, 800)
        width = int(self._ems * window.fontMetrics().height())
        width = max(width, layout.minimumSize().width() if layout is not None else 0)
        width = min(width, int(screen.width() * 0.95))
        height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() \
            else window.sizeHint().height()
        height = min(max(height, window.minimumSizeHint().height()), int(screen.height() * 0.95))
        window.setMinimumSize(width, height)
        if window.width() < width or window.height() < height:
            window.resize(max(window.width(), width), max(window.height(), height))


def fit_to_text(window: QWidget, ems: float = READING_EMS) -> None:
    """Keep ``window`` (a dialog of wrapped sentences) readable at any text size: about ``ems`` lines of text wide
    and as high as its sentences need at that width. (Qt sizes a new window by its one-line width, then cuts it to
    two thirds of the screen, so wrapped text would lose its last lines.)"""
    _ReadableSize(window, ems)


class _WrappedHeight(QObject):
    """Keeps a wrapping label's minimum height at what its current width needs (see ``keep_wrapped_height``)."""

    def __init__(self, label: QWidget) -> None:
        super().__init__(label)
        self._width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a new width or text size, ask for the height of the lines the text now wraps to."""
        kind = event.type()
        if not isinstance(watched, QWidget) or watched.width() <= 0:
            return False
        # Only a new width changes the wrapping: reacting to the height this sets would never settle.
        if (kind == QEvent.Type.Resize and watched.width() != self._width) \
                or kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._width = watched.width()
            before = watched.minimumHeight()
            watched.setMinimumHeight(0)  # a label's heightForWidth is never below its minimum height
            needed = watched.heightForWidth(watched.width())
            watched.setMinimumHeight(needed if needed > 0 else before)
        return False


def keep_wrapped_height(label: QWidget) -> None:
    """Never squeeze ``label`` (word-wrapped) below the height its lines need: a splitter or a stack of panes
    does not ask a label how high it must be at its width, so with large text its last line would be cut off."""
    label.installEventFilter(_WrappedHeight(label))


class _ScreenFit(QObject):
    """Shrinks a window that opens larger than its screen (see ``keep_on_screen``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the window is shown: no larger than the screen's free area (never below its minimum)."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.screen() is not None:
            free = watched.screen().availableGeometry()
            size = watched.size().boundedTo(free.size()).expandedTo(watched.minimumSize())
            if size != watched.size():
                watched.resize(size)
        return False


def keep_on_screen(window: QWidget) -> None:
    """Open ``window`` no larger than its screen: large text makes a dialog's natural size taller than a laptop's
    screen, where its buttons would be out of reach."""
    window.installEventFilter(_ScreenFit(window))


def scrolling_body(dialog: QWidget, body: QWidget, *, tall: float = 0.7) -> QScrollArea:
    """``body`` (a dialog's content, without its buttons) in a scroll area that shows all of it while it fits in
    ``tall`` of the screen's height, and scrolls only when large text makes it higher."""
    body.setObjectName("dialogBody")
    scroll = QScrollArea(dialog)
    scroll.setObjectName("dialogScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
    scroll.setWidget(body)
    return keep_content_width(scroll, tall=tall)
