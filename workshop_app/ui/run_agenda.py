"""The agenda beside the run view: each activity with its planned time and its timer, the current one marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from workshop_app.core.workshop_rules import ActivityData
from workshop_app.ui.appearance import paint_colours
from workshop_app.ui.labels import format_duration, kind_label

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_PADDING = QSize(10, 8)
"""The agenda's ``::item`` padding in the style sheet (horizontal, vertical)."""


class RunAgendaModel(QAbstractListModel):
    """One row per agenda item: "2. Brainstorm — title" over "10 min · 04:12 left"; the current one in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._activities: tuple[ActivityData, ...] = ()
        self._current = -1
        self._clocks: dict[str, str] = {}

    # -- changing ------------------------------------------------------------------------------
    def set_activities(self, activities: tuple[ActivityData, ...], current: int) -> None:
        """Show another agenda (or the same one edited)."""
        if [a.id for a in activities] != [a.id for a in self._activities]:
            self.beginResetModel()
            self._activities, self._current = tuple(activities), current
            self._clocks = {k: v for k, v in self._clocks.items() if k in {a.id for a in activities}}
            self.endResetModel()
            return
        self._activities = tuple(activities)
        self._current = current
        if self._activities:
            self.dataChanged.emit(self.index(0), self.index(len(self._activities) - 1))

    def set_current(self, row: int) -> None:
        """Mark another row as the one on now."""
        old, self._current = self._current, row
        for changed in {old, row}:
            if 0 <= changed < len(self._activities):
                self.dataChanged.emit(self.index(changed), self.index(changed))

    def set_clock(self, activity_id: str, text: str) -> None:
        """What an item's timer says ("04:12 left", "time is up"), shown under it."""
        if self._clocks.get(activity_id) == text:
            return
        self._clocks[activity_id] = text
        row = self.row_of(activity_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    # -- reading -------------------------------------------------------------------------------
    def row_of(self, activity_id: str | None) -> int:
        """The row of an activity, or -1."""
        return next((i for i, a in enumerate(self._activities) if a.id == activity_id), -1)

    def activity(self, row: int) -> ActivityData:
        """The activity in ``row``."""
        return self._activities[row]

    @property
    def current_row(self) -> int:
        """The row marked as on now."""
        return self._current

    # -- QAbstractListModel --------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Agenda items (a list has no children)."""
        return 0 if parent.isValid() else len(self._activities)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tooltip, id and the current item's bold font and background."""
        if not index.isValid() or not 0 <= index.row() < len(self._activities):
            return None
        row = index.row()
        activity = self._activities[row]
        current = row == self._current
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, activity, current)
        if role == Qt.ItemDataRole.ToolTipRole:
            return activity.title or kind_label(activity.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, activity, current).replace("\n", ", ")
            return self.tr("{item} (on now)").format(item=text) if current else text
        if role == ID_ROLE:
            return activity.id
        if role == CURRENT_ROLE:
            return current
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return QColor(paint_colours().current)
        return None

    def _text(self, row: int, activity: ActivityData, current: bool) -> str:
        # The ▶ marks the current item for people who cannot tell the highlight's colour.
        marker = "▶ " if current else ""
        kind = kind_label(activity.kind)
        first = self.tr("{marker}{number}. {kind}").format(marker=marker, number=row + 1, kind=kind)
        if activity.title:
            first = self.tr("{line} — {title}").format(line=first, title=activity.title)
        second = format_duration(activity.planned_minutes)
        clock = self._clocks.get(activity.id)
        if clock:
            second = self.tr("{planned} · {clock}").format(planned=second, clock=clock)
        return f"{first}\n{second}"


class AgendaDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's width (the style sheet's padding included)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Wrap at the width the text really gets, so no line is cut off."""
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        width = max(80, self.view.viewport().width() - 2 * self.view.spacing() - 2 * ITEM_PADDING.width() - 12)
        bounds = QFontMetrics(styled.font).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                                        styled.text)
        return QSize(width, bounds.height() + 2 * ITEM_PADDING.height() + 4)
