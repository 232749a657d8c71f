"""The Results screen's filter bar: workshop, dates, finished only, a profile group, and a group to compare with.

Only widgets and the filter they describe; the page asks ``core.results`` for what the filter selects.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.results_rules import ProfileGroup, ProfileQuestionOption, ResultsFilter, WorkshopOption
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.labels import format_datetime

EVERYONE = "everyone"
NO_COMPARISON = "off"
SEVERAL = "several"
"""Item data of the "Several answers…" entry, which opens the group dialog."""


class DateBox(QDateEdit):
    """A date with an "any date" state: its minimum, the day before the first answer (so the calendar opens near
    the answers)."""

    def __init__(self, any_text: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setSpecialValueText(any_text)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumWidth(128)
        self.set_span(None)

    def set_span(self, span: tuple[date, date] | None) -> None:
        """Allow the days from the first to the last answer (or any day), keeping the date if still allowed."""
        current = self.value()
        first, last = span if span else (date.today(), date.today())
        with QSignalBlocker(self):
            self.setMinimumDate(QDate(first.year, first.month, first.day).addDays(-1))
            self.setMaximumDate(QDate(last.year, last.month, last.day).addDays(366))
            self.setDate(self.minimumDate())
            if current is not None and self.minimumDate() < _qdate(current) <= self.maximumDate():
                self.setDate(_qdate(current))

    def value(self) -> date | None:
        """The chosen day, or ``None`` for any date."""
        if self.date() == self.minimumDate():
            return None
        picked = self.date()
        return date(picked.year(), picked.month(), picked.day())

    def clear_value(self) -> None:
        """Back to "any date"."""
        self.setDate(self.minimumDate())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ResultsFilterBar(QWidget):
    """The filters of the Results screen; ``changed`` is emitted whenever one of them changes."""

    changed = Signal()
    several_requested = Signal(object)
    """The "Several answers…" entry was picked in this combo box: the page opens the group dialog."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsFilters")
        self._questions: list[ProfileQuestionOption] = []
        self._custom: list[ProfileGroup] = []
        self._groups: list[ProfileGroup] = []
        self._last_index: dict[QComboBox, int] = {}

        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setAccessibleName(self.tr("Workshop"))
        self.workshop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_combo.setMinimumContentsLength(16)
        self.date_from = DateBox(self.tr("Any date"), self)
        self.date_from.setAccessibleName(self.tr("Answered from"))
        self.date_to = DateBox(self.tr("Any date"), self)
        self.date_to.setAccessibleName(self.tr("Answered until"))
        self.completed_check = QCheckBox(self.tr("&Finished only"), self)
        self.completed_check.setAccessibleName(self.tr("Count finished responses only"))
        self.group_combo = self._group_combo(self.tr("Show results of"))
        self.compare_combo = self._group_combo(self.tr("Compare with"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.reset)

        # Each filter keeps its label beside it; the filters wrap onto more lines when the text is large.
        flow = FlowRow(parent=self, spacing=16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(flow)
        flow.add_widgets(
            self._field((self.tr("&Workshop"), self.workshop_combo)),
            self._field((self.tr("F&rom"), self.date_from), (self.tr("&to"), self.date_to)),
            self._field((self.tr("&Who"), self.group_combo)),
            self._field((self.tr("Co&mpare with"), self.compare_combo)),
            self.completed_check, self.clear_button)

        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.date_from.dateChanged.connect(lambda _d: self._dates_changed(self.date_from))
        self.date_to.dateChanged.connect(lambda _d: self._dates_changed(self.date_to))
        self.completed_check.toggled.connect(lambda _on: self.changed.emit())
        self.set_options([], [], [])

    def _field(self, *pairs: tuple[str, QWidget]) -> QWidget:
        """Labels and their fields, kept together on one line."""
        field = QWidget(self)
        row = QHBoxLayout(field)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for text, widget in pairs:
            row.addWidget(self._label(text, widget))
            row.addWidget(widget)
        return field

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("fieldLabel")
        label.setBuddy(buddy)
        return label

    def _group_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(lambda index, c=combo: self._group_picked(c, index))
        return combo

    def focus_order(self) -> list[QWidget]:
        """The bar's widgets in the order Tab visits them: as they stand, line by line."""
        return [self.workshop_combo, self.date_from, self.date_to, self.group_combo, self.compare_combo,
                self.completed_check, self.clear_button]

    # -- options -------------------------------------------------------------------------------------------
    def set_options(self, workshops: Sequence[WorkshopOption], questions: Sequence[ProfileQuestionOption],
                    suggested: Sequence[ProfileGroup], span: tuple[date, date] | None = None) -> None:
        """Fill the pickers for one questionnaire; choices still available stay chosen (no ``changed``)."""
        workshop = self.workshop_combo.currentData()
        group, other = self.group_combo.currentData(), self.compare_combo.currentData()
        self._questions = list(questions)
        with QSignalBlocker(self.workshop_combo):
            self.workshop_combo.clear()
            self.workshop_combo.addItem(self.tr("All workshops"), None)
            for option in workshops:
                when = format_datetime(option.starts_at)
                text = self.tr("{title} — {when}").format(title=option.title, when=when) if when else option.title
                self.workshop_combo.addItem(text, option.id)
                self.workshop_combo.setItemData(self.workshop_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(workshop)))
        self._groups = [*suggested, *(q.group([c.code]) for q in questions for c in q.choices)]
        self._fill(self.group_combo, group)
        self._fill(self.compare_combo, other)
        self.date_from.set_span(span)
        self.date_to.set_span(span)

    def _fill(self, combo: QComboBox, current: Any) -> None:
        """Everyone (and, to compare with, no comparison), groups made here, suggested groups, each answer."""
        with QSignalBlocker(combo):
            combo.clear()
            if combo is self.compare_combo:
                combo.addItem(self.tr("No comparison"), NO_COMPARISON)
            combo.addItem(self.tr("Everyone"), EVERYONE)
            previous = None
            for group in [*self._custom, *(g for g in self._groups if g not in self._custom)]:
                if previous is not None and group.question_name != previous:
                    combo.insertSeparator(combo.count())
                combo.addItem(group.label, group)
                previous = group.question_name
            combo.insertSeparator(combo.count())
            combo.addItem(self.tr("Several answers…"), SEVERAL)
            index = next((i for i in range(combo.count())
                          if current is not None and combo.itemData(i) == current), 0)
            combo.setCurrentIndex(index)
            self._last_index[combo] = index

    def add_group(self, combo: QComboBox, group: ProfileGroup) -> None:
        """Offer ``group`` (made with "Several answers…") in both pickers, and pick it in ``combo``."""
        if group not in self._custom:
            self._custom.insert(0, group)
        for box in (self.group_combo, self.compare_combo):
            self._fill(box, group if box is combo else box.currentData())
        self.changed.emit()

    def cancel_several(self, combo: QComboBox) -> None:
        """The group dialog was cancelled: back to what was picked before."""
        with QSignalBlocker(combo):
            combo.setCurrentIndex(self._last_index.get(combo, 0))

    def _group_picked(self, combo: QComboBox, index: int) -> None:
        if combo.itemData(index) == SEVERAL:
            self.several_requested.emit(combo)
            return
        self._last_index[combo] = index
        self.changed.emit()

    def _dates_changed(self, edited: DateBox) -> None:
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and start > end:
            # The other date follows, so the range stays a range.
            other = self.date_to if edited is self.date_from else self.date_from
            with QSignalBlocker(other):
                other.setDate(edited.date())
        self.changed.emit()

    # -- reading -------------------------------------------------------------------------------------------
    def results_filter(self) -> ResultsFilter:
        """The filter of the chosen workshop, dates, group and "finished only"."""
        group = self.group_combo.currentData()
        return ResultsFilter(self.workshop_combo.currentData(), self.date_from.value(), self.date_to.value(),
                             group if isinstance(group, ProfileGroup) else None, self.completed_check.isChecked())

    def comparing(self) -> bool:
        """A group to compare with is chosen."""
        return self.compare_combo.currentData() not in (NO_COMPARISON, SEVERAL, None)

    def compare_groups(self) -> tuple[ProfileGroup | None, ProfileGroup | None]:
        """The two groups side by side (``None``: everyone)."""
        first, second = self.group_combo.currentData(), self.compare_combo.currentData()
        return (first if isinstance(first, ProfileGroup) else None,
                second if isinstance(second, ProfileGroup) else None)

    def group_names(self) -> tuple[str, str]:
        """What the two compared groups are called."""
        return self.group_combo.currentText(), self.compare_combo.currentText()

    def questions(self) -> list[ProfileQuestionOption]:
        """The profile questions groups can be made from."""
        return list(self._questions)

    def describe(self) -> str:
        """The filter in a line: "All workshops · any date · Everyone" (the group left out when comparing)."""
        parts = [self.workshop_combo.currentText()]
        start, end = self.date_from.value(), self.date_to.value()
        if start and end:
            parts.append(self.tr("{start} to {end}").format(start=self.date_from.text(), end=self.date_to.text()))
        elif start:
            parts.append(self.tr("from {start}").format(start=self.date_from.text()))
        elif end:
            parts.append(self.tr("until {end}").format(end=self.date_to.text()))
        else:
            parts.append(self.tr("any date"))
        if not self.comparing():
            parts.append(self.group_combo.currentText())
        if self.completed_check.isChecked():
            parts.append(self.tr("finished responses only"))
        return " · ".join(parts)

    def is_filtered(self) -> bool:
        """Some filter narrows the responses down."""
        chosen = self.results_filter()
        return any((chosen.workshop_id, chosen.date_from, chosen.date_to, chosen.group, chosen.completed_only))

    def forget(self) -> None:
        """Another database: no groups made here, nothing picked, no options (no ``changed``)."""
        self._custom = []
        with QSignalBlocker(self.group_combo), QSignalBlocker(self.compare_combo):
            self.group_combo.setCurrentIndex(0)
            self.compare_combo.setCurrentIndex(0)
        with QSignalBlocker(self.workshop_combo), QSignalBlocker(self.completed_check):
            self.workshop_combo.setCurrentIndex(0)
            self.completed_check.setChecked(False)
        self.set_options([], [], [])
        for box in (self.date_from, self.date_to):
            with QSignalBlocker(box):
                box.clear_value()

    def reset(self) -> None:
        """Everyone, every workshop, any date, no comparison."""
        widgets = (self.workshop_combo, self.date_from, self.date_to, self.completed_check, self.group_combo,
                   self.compare_combo)
        blockers = [QSignalBlocker(w) for w in widgets]
        for combo in (self.workshop_combo, self.group_combo, self.compare_combo):
            combo.setCurrentIndex(0)
            self._last_index[combo] = 0
        self.date_from.clear_value()
        self.date_to.clear_value()
        self.completed_check.setChecked(False)
        del blockers
        self.changed.emit()


__all__ = ["EVERYONE", "NO_COMPARISON", "SEVERAL", "DateBox", "ResultsFilterBar"]
