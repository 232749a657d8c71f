"""Small layout helpers shared by the screens, and sizes that follow the text size (which can change live).

Sizes that depend on the text (a box of three lines, rows of a table, a scroll area as wide as its form, a
dialog as wide as a page of text) are made again whenever a widget's font or style changes. One event filter for
the whole application does this for every widget registered here, keyed by the widget and forgotten when it is
destroyed: small helper objects owned by each widget would do the same, but PySide's garbage collector can free
such helpers (and with them the widgets they watch) after Qt has deleted their parent, which crashes the app.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
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


Handler = Callable[[QWidget], Any]

_STYLE = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show})
"""The text size or the theme changed, or the widget is about to be seen: sizes made from the text are redone."""


class _Sizers(QObject):
    """The one event filter that runs the sizing functions registered for each widget."""

    def __init__(self) -> None:
        super().__init__()
        self._handlers: dict[int, list[tuple[frozenset[QEvent.Type], Handler, bool]]] = {}

    def add(self, widget: QWidget, kinds: frozenset[QEvent.Type], handler: Handler, *, later: bool = False) -> None:
        """Run ``handler(widget)`` on each event of ``kinds`` (after the event is handled if ``later``)."""
        key = _key(widget)
        if key not in self._handlers:
            self._handlers[key] = []
            widget.installEventFilter(self)
            widget.destroyed.connect(partial(self._forget, key))
        self._handlers[key].append((kinds, handler, later))

    def _forget(self, key: int, *_args: Any) -> None:
        self._handlers.pop(key, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Run the widget's sizing functions that wait for this kind of event."""
        handlers = self._handlers.get(_key(watched))
        if not handlers or not isinstance(watched, QWidget):
            return False
        kind = event.type()
        for kinds, handler, later in list(handlers):
            if kind in kinds:
                if later or kind == QEvent.Type.Polish:
                    # Filters see Polish before the style sets the widget's font and padding: size it just after.
                    QTimer.singleShot(0, watched, partial(handler, watched))
                else:
                    handler(watched)
        return False


_sizers: list[_Sizers] = []


def _key(obj: QObject) -> int:
    return int(shiboken6.getCppPointer(obj)[0])


def _register(widget: QWidget, kinds: frozenset[QEvent.Type], handler: Handler, *, later: bool = False) -> None:
    if not _sizers:
        sizers = _Sizers()
        app = QApplication.instance()
        if app is not None:
            sizers.setParent(app)  # lives as long as the application; kept here as well
        _sizers.append(sizers)
    _sizers[0].add(widget, kinds, handler, later=later)


def follow_font(widget: QWidget, adjust: Handler) -> None:
    """Call ``adjust(widget)`` now and each time its font or style changes (sizes that depend on the text).

    ``adjust`` gets the widget as its argument: it must not hold the widget (or its window) itself."""
    adjust(widget)
    _register(widget, _STYLE | {QEvent.Type.Polish}, adjust)


def text_lines_height(widget: QWidget, lines: float) -> int:
    """The height ``lines`` lines of ``widget``'s text need, with its frame and padding (a box of a few lines)."""
    margins = widget.contentsMargins()  # a scroll area's frame, border and padding
    document = getattr(widget, "document", None)
    inner = 2 * document().documentMargin() if callable(document) else 0
    return int(widget.fontMetrics().lineSpacing() * lines + inner) + margins.top() + margins.bottom() + 2


def keep_lines_high(widget: QWidget, lines: float) -> None:
    """Give ``widget`` (a text box) the fixed height of ``lines`` lines of its text, at any text size."""
    follow_font(widget, partial(_set_lines_height, lines=lines))


def _set_lines_height(widget: QWidget, *, lines: float) -> None:
    widget.setFixedHeight(text_lines_height(widget, lines))


def keep_rows_high(table: QTableView, *, lines: float = 1, extra: int = 12) -> None:
    """Make every row of ``table`` as high as ``lines`` lines of its text plus ``extra`` pixels, at any text size."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    follow_font(table, partial(_set_rows_height, lines=lines, extra=extra))


def _set_rows_height(table: QWidget, *, lines: float, extra: int) -> None:
    if isinstance(table, QTableView):
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().lineSpacing() * lines) + extra)



def keep_column_readable(table: QTableView, column: int, letters: int = 14) -> None:
    """Let ``column`` (the one that stretches) take the room the others leave, but never less than ``letters``
    average letters: with large text in a narrow pane the table then scrolls sideways instead of cutting its main
    column (a workshop's title) down to a few letters."""
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    kinds = frozenset({QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show})
    _register(table, kinds, partial(_readable_column, column=column, letters=letters), later=True)


def _readable_column(table: QWidget, *, column: int, letters: int) -> None:
    if not isinstance(table, QTableView):
        return
    header = table.horizontalHeader()
    wanted = letters * table.fontMetrics().averageCharWidth()
    others = sum(header.sectionSize(i) for i in range(header.count()) if i != column and not header.isSectionHidden(i))
    fits = table.viewport().width() - others >= wanted
    mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
    if header.sectionResizeMode(column) != mode:
        header.setSectionResizeMode(column, mode)
    if not fits and header.sectionSize(column) != wanted:
        header.resizeSection(column, wanted)

# -- scroll areas -------------------------------------------------------------------------------------------------
def keep_content_width(scroll: QScrollArea, at_least: int = 0, *, tall: float = 0) -> QScrollArea:
    """Never let ``scroll`` (which scrolls only up and down) be narrower than its content needs, at any text size,
    nor than ``at_least`` pixels: without this, the right side of a form would be cut off where no scroll bar can
    reach it. With ``tall`` (a share of the screen's height) it is also as high as its content, up to that share:
    a dialog's body then scrolls only when large text makes it higher than the screen. Call after ``setWidget``;
    returns ``scroll``. (It sets the minimum width, and height with ``tall``: set none of your own.)"""
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    fit = partial(_fit_scroll, at_least=at_least, tall=tall)
    kinds = _STYLE | {QEvent.Type.LayoutRequest}
    _register(scroll, kinds, fit, later=True)
    if scroll.widget() is not None:
        # The content's layout changed (new rows, wrapped text): fit its scroll area, found as its grandparent.
        _register(scroll.widget(), kinds, partial(_fit_scroll_of_content, fit=fit), later=True)
    fit(scroll)
    return scroll


def _fit_scroll_of_content(content: QWidget, *, fit: Handler) -> None:
    viewport = content.parentWidget()
    scroll = viewport.parentWidget() if viewport is not None else None
    if isinstance(scroll, QScrollArea):
        fit(scroll)


def _fit_scroll(scroll: QWidget, *, at_least: int, tall: float) -> None:
    """Make the area as wide as the content's minimum, its frame and a scroll bar (and as high, with ``tall``)."""
    content = scroll.widget() if isinstance(scroll, QScrollArea) else None
    if content is None:
        return
    needed = max(content.minimumSizeHint().width(), content.minimumWidth())
    needed += scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth()
    needed = max(needed, at_least)
    if needed != scroll.minimumWidth():
        scroll.setMinimumWidth(needed)
    if tall:
        # Show all of it while it fits in part of the screen; scroll beyond.
        screen = scroll.screen().availableGeometry().height() if scroll.screen() else 800
        height = min(content.sizeHint().height(), int(screen * tall))
        if height != scroll.minimumHeight():
            scroll.setMinimumHeight(height)


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


# -- dialogs and labels -------------------------------------------------------------------------------------------
READING_EMS = 34
"""A comfortable width for a dialog of sentences, in lines of its text's height (about 70 characters)."""


def fit_to_text(window: QWidget, ems: float = READING_EMS) -> None:
    """Keep ``window`` (a dialog of wrapped sentences) readable at any text size: about ``ems`` lines of text wide
    and as high as its sentences need at that width. (Qt sizes a new window by its one-line width, then cuts it to
    two thirds of the screen, so wrapped text would lose its last lines.)"""
    _register(window, _STYLE, partial(_fit_window, ems=ems))


def _fit_window(window: QWidget, *, ems: float) -> None:
    """About ``ems`` lines of text wide (never wider than the screen), and as high as the text then needs."""
    layout = window.layout()
    screen = window.screen().availableGeometry() if window.screen() is not None else QRect(0, 0, 1280, 800)
    width = int(ems * window.fontMetrics().height())
    width = max(width, layout.minimumSize().width() if layout is not None else 0)
    width = min(width, int(screen.width() * 0.95))
    height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() \
        else window.sizeHint().height()
    height = min(max(height, window.minimumSizeHint().height()), int(screen.height() * 0.95))
    window.setMinimumSize(width, height)
    if window.width() < width or window.height() < height:
        window.resize(max(window.width(), width), max(window.height(), height))


_WRAPPED_WIDTH = "workshop_app_wrapped_width"


def keep_wrapped_height(label: QWidget) -> None:
    """Never squeeze ``label`` (word-wrapped) below the height its lines need: a splitter or a stack of panes
    does not ask a label how high it must be at its width, so with large text its last line would be cut off."""
    _register(label, frozenset({QEvent.Type.Resize}), _wrapped_height)
    _register(label, frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange}), partial(_wrapped_height, again=True))


def _wrapped_height(label: QWidget, *, again: bool = False) -> None:
    # Only a new width (or text size) changes the wrapping: reacting to the height this sets would never settle.
    same_width = label.property(_WRAPPED_WIDTH) == label.width() and label.minimumHeight()
    if label.width() <= 0 or (same_width and not again):
        return
    label.setProperty(_WRAPPED_WIDTH, label.width())
    before = label.minimumHeight()
    label.setMinimumHeight(0)  # a label's heightForWidth is never below its minimum height
    needed = label.heightForWidth(label.width())
    label.setMinimumHeight(needed if needed > 0 else before)
