"""The richer inputs of ``question_widgets``: choices, ranking, rating scales, dates and times.

Each is big enough for a finger and works with the keyboard alone (Tab, arrows, Space).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
)

from workshop_app.ui.icons import icon
from workshop_app.ui.question_widgets import QuestionWidget
from workshop_app.ui.wrapping_buttons import WrapCheckBox, WrapRadioButton

MAX_SCALE_BUTTONS = 11
"""A 0–10 scale still fits as a row of buttons; longer ranges get a slider."""
NO_DATE = QDate(1900, 1, 1)
"""Shown as a dash: no date given (the earliest date a person can pick is the day after)."""
NO_TIME = QTime(0, 0)
"""Shown as a dash: no time given; midnight given as an answer is kept one millisecond later."""
_MIDNIGHT = QTime(0, 0, 0, 1)


class SingleChoiceWidget(QuestionWidget):
    """One big radio button per choice."""

    def build(self) -> None:
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        column = QVBoxLayout()
        column.setSpacing(6)
        for code, label in self.texts.choices:
            button = WrapRadioButton(label, self)
            button.setObjectName("choiceButton")
            button.setAccessibleName(label)
            button.setProperty("code", code)
            self.group.addButton(button)
            column.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)
        self.layout_.addLayout(column)

    def buttons(self) -> list[QAbstractButton]:
        """The choice buttons, in order."""
        return self.group.buttons()

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._emit()

    def value(self) -> str:
        checked = self.group.checkedButton()
        return str(checked.property("code")) if checked is not None else ""

    def _show_value(self, value: str) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot have nothing checked
        for button in self.buttons():
            button.setChecked(button.property("code") == value)
        self.group.setExclusive(True)

    def focus_input(self) -> None:
        buttons = self.buttons()
        if buttons:
            (self.group.checkedButton() or buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)


class MultipleChoiceWidget(QuestionWidget):
    """One big check box per choice."""

    def build(self) -> None:
        self.boxes: list[QCheckBox] = []
        column = QVBoxLayout()
        column.setSpacing(6)
        for code, label in self.texts.choices:
            box = WrapCheckBox(label, self)
            box.setObjectName("choiceButton")
            box.setAccessibleName(label)
            box.setProperty("code", code)
            box.toggled.connect(self._emit)
            self.boxes.append(box)
            column.addWidget(box)
        self.layout_.addLayout(column)

    def value(self) -> str:
        return " ".join(str(box.property("code")) for box in self.boxes if box.isChecked())

    def _show_value(self, value: str) -> None:
        picked = set(value.split())
        for box in self.boxes:
            box.setChecked(box.property("code") in picked)

    def focus_input(self) -> None:
        if self.boxes:
            self.boxes[0].setFocus(Qt.FocusReason.OtherFocusReason)


class RankWidget(QuestionWidget):
    """The choices in a list to put in order: drag them, or use the up and down buttons.

    The order counts as an answer once the person has moved something (or after ``set_value``).
    """

    def build(self) -> None:
        self.answered = False
        self.list = QListWidget(self)
        self.list.setObjectName("rankList")
        self.list.setAccessibleName(self.accessible_label)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.model().rowsMoved.connect(self._moved)
        self._fill([code for code, _ in self.texts.choices])
        self.up = QToolButton(self)
        self.down = QToolButton(self)
        for button, name, text, step in ((self.up, "arrow-up", self.tr("Move up"), -1),
                                         (self.down, "arrow-down", self.tr("Move down"), 1)):
            button.setObjectName("rankButton")
            button.setIcon(icon(name))
            button.setIconSize(QSize(24, 24))
            button.setAccessibleName(text)
            button.setToolTip(text)
            button.clicked.connect(lambda _checked=False, s=step: self.move_current(s))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.layout_.addLayout(row)
        self.list.setMinimumHeight(min(6, max(2, len(self.texts.choices))) * 52)

    def _fill(self, codes: list[str]) -> None:
        labels = dict(self.texts.choices)
        self.list.clear()
        for code in codes:
            item = QListWidgetItem(labels.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setSizeHint(QSize(0, 48))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def order(self) -> list[str]:
        """The codes as they stand now."""
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def move_current(self, step: int) -> None:
        """Move the selected choice up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._moved()

    def _moved(self, *_args: Any) -> None:
        self.answered = True
        self._emit()

    def value(self) -> str:
        return " ".join(self.order()) if self.answered else ""

    def _show_value(self, value: str) -> None:
        codes = [code for code, _ in self.texts.choices]
        given = [code for code in value.split() if code in codes]
        self._fill(given + [code for code in codes if code not in given])
        self.answered = bool(given)

    def focus_input(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)


class ScaleWidget(QuestionWidget):
    """A rating scale: a row of big numbered buttons, or a slider for a long range."""

    def build(self) -> None:
        parameters = self.question.parameters
        try:
            start, end, step = (float(parameters.get(k, d)) for k, d in (("start", "1"), ("end", "5"), ("step", "1")))
        except ValueError:
            start, end, step = 1.0, 5.0, 1.0
        if not all(map(math.isfinite, (start, end, step))) or step == 0:
            start, end, step = 1.0, 5.0, 1.0
        step = abs(step) if end >= start else -abs(step)
        count = math.floor((end - start) / step + 1e-9) + 1
        self.values = [_number(start + i * step) for i in range(max(0, min(count, 1000)))]
        self.slider: QSlider | None = None
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.setSpacing(8)
        if len(self.values) <= MAX_SCALE_BUTTONS:
            for value in self.values:
                button = QPushButton(value, self)
                button.setObjectName("scaleButton")
                button.setCheckable(True)
                button.setAccessibleName(self.tr("{value} on the scale").format(value=value))
                button.setMinimumSize(QSize(52, 52))
                self.group.addButton(button)
                row.addWidget(button)
            self.group.buttonToggled.connect(self._toggled)
            row.addStretch(1)
        else:
            self.slider = QSlider(Qt.Orientation.Horizontal, self)
            self.slider.setObjectName("scaleSlider")
            self.slider.setAccessibleName(self.accessible_label)
            self.slider.setRange(-1, len(self.values) - 1)  # -1: not answered yet
            self.slider.setValue(-1)
            self.slider.valueChanged.connect(self._emit)
            self.shown_value = QPushButton("–", self)
            self.shown_value.setObjectName("scaleButton")
            self.shown_value.setEnabled(False)
            row.addWidget(self.slider, 1)
            row.addWidget(self.shown_value)
            self.slider.valueChanged.connect(lambda v: self.shown_value.setText(self.values[v] if v >= 0 else "–"))
        self.layout_.addLayout(row)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._emit()

    def value(self) -> str:
        if self.slider is not None:
            return self.values[self.slider.value()] if self.slider.value() >= 0 else ""
        checked = self.group.checkedButton()
        return checked.text() if checked is not None else ""

    def _show_value(self, value: str) -> None:
        wanted = _number(float(value)) if _is_number(value) else ""
        if self.slider is not None:
            self.slider.setValue(self.values.index(wanted) if wanted in self.values else -1)
            return
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(button.text() == wanted)
        self.group.setExclusive(True)

    def focus_input(self) -> None:
        target = self.slider or self.group.checkedButton() or next(iter(self.group.buttons()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class DateWidget(QuestionWidget):
    """A date with a calendar to pick from; a dash until one is given."""

    def build(self) -> None:
        self.edit = QDateEdit(self)
        self.edit.setObjectName("answerDate")
        self.edit.setAccessibleName(self.accessible_label)
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(NO_DATE, QDate(2100, 12, 31))
        self.edit.setSpecialValueText("–")
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumHeight(48)
        self.edit.setMaximumWidth(260)
        self.edit.setDate(NO_DATE)
        self.edit.dateChanged.connect(self._emit)
        # Opened while empty, the calendar shows this month rather than January 1900.
        self._today_page = _TodayPage(self.edit)
        self.edit.calendarWidget().installEventFilter(self._today_page)
        self.layout_.addWidget(self.edit)

    def value(self) -> str:
        date = self.edit.date()
        return "" if date == NO_DATE else date.toString("yyyy-MM-dd")

    def _show_value(self, value: str) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd")
        self.edit.setDate(date if date.isValid() and date > NO_DATE else NO_DATE)

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class _TodayPage(QObject):
    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class TimeWidget(QuestionWidget):
    """A time of day, hours and minutes; a dash until one is given."""

    def build(self) -> None:
        self.edit = QTimeEdit(self)
        self.edit.setObjectName("answerTime")
        self.edit.setAccessibleName(self.accessible_label)
        self.edit.setTimeRange(NO_TIME, QTime(23, 59, 59, 999))
        self.edit.setSpecialValueText("–")
        self.edit.setDisplayFormat("HH:mm")
        self.edit.setMinimumHeight(48)
        self.edit.setMaximumWidth(200)
        self.edit.setTime(NO_TIME)
        self.edit.timeChanged.connect(self._emit)
        self.layout_.addWidget(self.edit)

    def value(self) -> str:
        time = self.edit.time()
        return "" if time == NO_TIME else time.toString("HH:mm")

    def _show_value(self, value: str) -> None:
        time = QTime.fromString(value[:5], "HH:mm")
        if not time.isValid():
            time = NO_TIME
        elif time == NO_TIME:
            time = _MIDNIGHT
        self.edit.setTime(time)

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _number(value: float) -> str:
    """A scale value as the form writes it: ``3``, not ``3.0``; ``2.5`` stays."""
    rounded = round(value, 6)
    return str(int(rounded)) if rounded.is_integer() else str(rounded)
