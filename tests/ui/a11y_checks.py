"""What the accessibility walk checks on one open window: names a screen reader can say, and text that fits.

``unnamed`` lists focusable widgets that a screen reader could only call "button" or "edit";
``clipped`` lists texts that need more room than they have (at whatever text size is in force), and
``too_big`` says when the window itself needs more than the screen it must fit on. Each returns readable lines
("QPushButton 'saveButton' “Save”: needs 120×30 px, has 80×30"), so a failing test says what to fix.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStatusBar,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

TOLERANCE = 2
"""Pixels a text may lack before it counts as clipped (rounding in the style's size hints)."""
TOOL_BUTTON_MARGIN = 3
ELIDES = "elides"
"""A widget with this property set to True shortens its text on purpose (with “…” and a tooltip)."""


def describe(widget: QWidget) -> str:
    """Class, object name and text of ``widget``, for a failure message."""
    text = ""
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    text = " ".join(text.split())
    if len(text) > 50:
        text = text[:49] + "…"
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__} {parent.objectName()!r}" if parent is not None else ""
    return f"{type(widget).__name__} {widget.objectName()!r} “{text}”{where}"


def widgets_of(window: QWidget) -> list[QWidget]:
    """``window`` and every widget in it that is on screen."""
    return [w for w in [window, *window.findChildren(QWidget)] if w.isVisible()]


# -- names ------------------------------------------------------------------------------------------------------
def is_internal(widget: QWidget) -> bool:
    """Qt's own parts of composite widgets (a combo's popup, a spin box's line edit, a calendar, a scroll area's
    viewport, whose focus goes to the scroll area): Qt names them, or they are part of a named widget."""
    if _is_viewport(widget):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_") or type(widget).__name__ in ("QCalendarWidget",)


def takes_focus(widget: QWidget) -> bool:
    """Reached with Tab (enabled or not: a greyed control is still read out)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _speakable(text: str) -> bool:
    # "+", "×" or "…" alone says nothing to someone who cannot see the button.
    return any(ch.isalnum() for ch in text.replace("&", ""))


def spoken_name(widget: QWidget, buddies: dict[int, str] | None = None) -> str:
    """What a screen reader says for ``widget``: its accessible name, a button's own text, or its label's."""
    if _speakable(widget.accessibleName()):
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and _speakable(widget.text()):
        return widget.text().replace("&", "")
    if buddies is None:
        buddies = buddy_names(widget.window())
    return buddies.get(id(widget), "")


def buddy_names(window: QWidget) -> dict[int, str]:
    """The text of each label that names another widget (``QLabel.setBuddy``), by that widget."""
    found: dict[int, str] = {}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _speakable(label.text()):
            found[id(buddy)] = label.text().replace("&", "")
    return found


def unnamed(window: QWidget) -> list[str]:
    """Every focusable widget on screen that has no name a screen reader could say."""
    buddies = buddy_names(window)
    return [describe(w) for w in widgets_of(window)
            if takes_focus(w) and not is_internal(w) and not spoken_name(w, buddies)]


# -- clipping ---------------------------------------------------------------------------------------------------
def clipped(window: QWidget) -> list[str]:
    """Every text on screen that needs more room than it has, and every field too low for its font."""
    found: list[str] = []
    for widget in widgets_of(window):
        if widget.property(ELIDES) or _elides_above(widget) or widget.width() <= 0:
            continue
        problem = _problem(widget)
        if problem is None:
            problem = _cut_by_parent(widget, window)
        if problem:
            found.append(f"{describe(widget)}: {problem}")
    return found


def _elides_above(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.property(ELIDES):
            return True
        parent = parent.parentWidget()
    return False


def _problem(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        return _label_problem(widget)
    if isinstance(widget, QAbstractButton):
        return _button_problem(widget)
    if isinstance(widget, QComboBox | QLineEdit | QAbstractSpinBox) and not is_internal(widget):
        return _field_problem(widget)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        return _rows_problem(widget)
    return None


def _label_problem(label: QLabel) -> str | None:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return f"wrapped text needs {needed} px of height at {label.width()} px wide, has {label.height()}"
        return None
    return _short(label.sizeHint(), label.size())


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    has = button.size()
    if button.hasHeightForWidth():  # a button whose text wraps: narrow down to its longest word, taller
        return _short(QSize(button.minimumSizeHint().width(), button.heightForWidth(has.width())), has)
    if isinstance(button, QToolButton):
        has += QSize(0, TOOL_BUTTON_MARGIN)  # a tool button's hint holds a few pixels of air beyond its minimum
    return _short(button.sizeHint(), has)


def _field_problem(field: QWidget) -> str | None:
    """A field whose text area (inside its frame and padding) is lower than a line of its text."""
    needed = field.fontMetrics().height()
    room = _text_room(field)
    if room + TOLERANCE < needed:
        return f"{field.height()} px high, its text needs {needed} px and has {room} inside the frame"
    return None


def _text_room(field: QWidget) -> int:
    style = field.style()
    if isinstance(field, QLineEdit):
        frame = QStyleOptionFrame()
        field.initStyleOption(frame)
        return style.subElementRect(QStyle.SubElement.SE_LineEditContents, frame, field).height()
    if isinstance(field, QComboBox):
        if field.lineEdit() is not None:
            return field.lineEdit().height()
        combo = QStyleOptionComboBox()
        field.initStyleOption(combo)
        return style.subControlRect(QStyle.ComplexControl.CC_ComboBox, combo, QStyle.SubControl.SC_ComboBoxEditField,
                                    field).height()
    inner = field.findChild(QLineEdit)
    return inner.height() if inner is not None else field.height()


def _rows_problem(view: QAbstractItemView) -> str | None:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    needed = view.fontMetrics().height()
    for row in range(min(model.rowCount(), 5)):
        index = model.index(row, 0, QModelIndex())
        height = view.visualRect(index).height()
        if 0 < height + TOLERANCE < needed:
            return f"row {row} is {height} px high, lower than its text ({needed} px)"
    return None


def _short(needed: QSize, has: QSize) -> str | None:
    if needed.width() > has.width() + TOLERANCE or needed.height() > has.height() + TOLERANCE:
        return f"needs {needed.width()}×{needed.height()} px, has {has.width()}×{has.height()}"
    return None


def _cut_by_parent(widget: QWidget, window: QWidget) -> str | None:
    """A text widget that reaches outside its parents' area (and so is cut off), unless it is in a scroll area."""
    if not isinstance(widget, QLabel | QAbstractButton) or not widget.text().strip():
        return None
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    visible = QRect(rect)
    scrolls_x = scrolls_y = False  # once inside a scroll area, what is out of sight can be scrolled to
    parent = widget.parentWidget()
    while parent is not None:
        area = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if _is_viewport(parent):
            scroll = parent.parentWidget()
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            scrolls_x |= scroll.horizontalScrollBarPolicy() != off
            scrolls_y |= scroll.verticalScrollBarPolicy() != off
        if scrolls_x:
            area.setLeft(min(area.left(), visible.left()))
            area.setRight(max(area.right(), visible.right()))
        if scrolls_y:
            area.setTop(min(area.top(), visible.top()))
            area.setBottom(max(area.bottom(), visible.bottom()))
        visible = visible.intersected(area)
        if parent is window:
            break
        parent = parent.parentWidget()
    if visible.width() + TOLERANCE < rect.width() or visible.height() + TOLERANCE < rect.height():
        return f"only {visible.width()}×{visible.height()} px of its {rect.width()}×{rect.height()} can be seen"
    return None


def _is_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def too_big(window: QWidget, screen: QSize) -> list[str]:
    """The window, if it cannot be made as small as ``screen`` (its layout's minimum is larger)."""
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    if window.width() > screen.width() + TOLERANCE or window.height() > screen.height() + TOLERANCE \
            or needed.width() > screen.width() or needed.height() > screen.height():
        return [f"{type(window).__name__} {window.objectName()!r} needs at least {needed.width()}×{needed.height()} "
                f"px (is {window.width()}×{window.height()}), more than the {screen.width()}×{screen.height()} screen"]
    return []


def report(title: str, problems: Iterable[str]) -> str:
    """One failure message: the title and each problem on its own line."""
    lines = list(problems)
    return f"{title} ({len(lines)}):\n  " + "\n  ".join(lines)


# -- tab order --------------------------------------------------------------------------------------------------
def tab_sequence(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order (as QWidget.nextInFocusChain gives them)."""
    found: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if widget is window or widget is None:
            break
        if widget.isVisible() and widget.isEnabled() and takes_focus(widget) and not is_internal(widget) \
                and widget.window() is window and widget not in found:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def backward_tabs(window: QWidget) -> list[str]:
    """Each Tab that goes back up the same column (against reading order), as "from → to".

    Widgets scrolled out of sight are left out (where they stand on screen is not where they are read), and so is
    the one Tab that wraps from the end of the window back to its top."""
    found = []
    sequence = [w for w in tab_sequence(window) if not w.visibleRegion().isEmpty()]
    if not sequence:
        return found

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    places = [place(w) for w in sequence]
    line = window.fontMetrics().height()
    for before, after in itertools.pairwise(sequence):
        a, b = place(before), place(after)
        same_column = b.left() < a.right() and a.left() < b.right()
        # The end of a column (or of the window, from its status bar) back to the top of that column.
        column_top = min(p.top() for p in places if p.left() < b.right() and b.left() < p.right())
        wraps = b.top() <= column_top + line or _in_status_bar(before)
        if same_column and b.bottom() < a.top() - TOLERANCE and not wraps:
            found.append(f"{describe(before)} → {describe(after)}")
    return found


def _in_status_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStatusBar):
            return True
        parent = parent.parentWidget()
    return False


def undescribed(window: QWidget) -> list[str]:
    """Focusable buttons that show no words (an arrow, a "×") and say nothing more than their name: a tooltip or an
    accessible description tells what they do (screen readers read the tooltip as the description)."""
    return [describe(w) for w in widgets_of(window)
            if isinstance(w, QAbstractButton) and takes_focus(w) and not is_internal(w)
            and not _speakable(w.text()) and not (w.accessibleDescription() or w.toolTip())]
