"""A workshop's agenda as a Qt table model: kind, title, planned minutes and the kind's own setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workshop_app.core.workshop_rules import ActivityData
from workshop_app.ui.labels import dots_label, format_duration, kind_hint, kind_label

AnyIndex = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[str, str, Any], bool]
"""(activity id, field, new value) -> whether the change was accepted."""

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaModel(QAbstractTableModel):
    """The activities of one workshop; edits in place are handed to ``on_edit``, which makes them undoable."""

    KIND, TITLE, MINUTES, DETAILS = range(4)
    _HEADERS = (
        QT_TRANSLATE_NOOP("agenda", "Activity"),
        QT_TRANSLATE_NOOP("agenda", "Title"),
        QT_TRANSLATE_NOOP("agenda", "Time"),
        QT_TRANSLATE_NOOP("agenda", "Details"),
    )

    def __init__(self, on_edit: EditHandler | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[ActivityData, ...] = ()
        self._workshop_id: str | None = None
        self._on_edit = on_edit
        self._survey_labels: dict[str, str] = {}
        self._survey_choices: list[tuple[str, str]] = []

    def set_activities(self, workshop_id: str | None, items: tuple[ActivityData, ...]) -> None:
        """Show ``items``; a change of values only repaints, a change of order or rows resets the model."""
        same_rows = workshop_id == self._workshop_id and [a.id for a in items] == [a.id for a in self._items]
        if same_rows:
            old, self._items = self._items, items
            for row, (before, after) in enumerate(zip(old, items, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._workshop_id, self._items = workshop_id, items
        self.endResetModel()

    def set_surveys(self, labels: dict[str, str], choices: list[tuple[str, str]]) -> None:
        """How to name each stored survey, and what a survey item may be set to: (value, label) pairs."""
        self._survey_labels, self._survey_choices = labels, choices
        if self._items:
            self.dataChanged.emit(self.index(0, self.DETAILS), self.index(len(self._items) - 1, self.DETAILS))

    def survey_choices(self) -> list[tuple[str, str]]:
        """What a survey item's Details cell offers: (survey id or ``template:<key>``, label)."""
        return self._survey_choices

    def is_survey_row(self, row: int) -> bool:
        """Whether ``row`` is a survey item (its Details cell picks the survey)."""
        return 0 <= row < len(self._items) and self._items[row].kind == "survey"

    def has_any_details(self) -> bool:
        """Whether any item has a setting to show (so the Details column is worth its width)."""
        return any(self._has_details(row) for row in range(len(self._items)))

    def activity(self, row: int) -> ActivityData:
        """The activity in ``row``."""
        return self._items[row]

    def row_of(self, activity_id: str) -> int:
        """The row of an activity, or -1."""
        return next((row for row, item in enumerate(self._items) if item.id == activity_id), -1)

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows of the table (a table has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Columns of the table."""
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles; rows are numbered from 1."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            known = 0 <= section < len(self._HEADERS)
            return QCoreApplication.translate("agenda", self._HEADERS[section]) if known else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Title and time are editable in place; details only where the kind has a setting (dots)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        column = index.column()
        if column in (self.TITLE, self.MINUTES) or (column == self.DETAILS and self._has_details(index.row())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows and edits."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                return kind_label(item.kind)
            if column == self.TITLE:
                return item.title
            if column == self.MINUTES:
                return format_duration(item.planned_minutes)
            if item.kind == "survey":
                return self._survey_labels.get(item.survey_id or "", "") or QCoreApplication.translate(
                    "agenda", "Choose a survey…")
            return dots_label(int(item.options["dots"])) if self._has_details(index.row()) else ""
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TITLE:
                return item.title
            if column == self.MINUTES:
                return item.planned_minutes
            if column == self.DETAILS and item.kind == "survey":
                return item.survey_id or ""
            if column == self.DETAILS and self._has_details(index.row()):
                return int(item.options["dots"])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.KIND:
            return kind_hint(item.kind) or None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.DETAILS):
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand an edit in place to ``on_edit``; the model itself changes only when the service says so."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        item, column = self._items[index.row()], index.column()
        if column == self.TITLE:
            return self._on_edit(item.id, "title", str(value))
        if column == self.MINUTES:
            return self._on_edit(item.id, "planned_minutes", int(value))
        if column == self.DETAILS and item.kind == "survey":
            return self._on_edit(item.id, "survey_id", str(value) or None)
        if column == self.DETAILS and self._has_details(index.row()):
            return self._on_edit(item.id, "options", {**item.options, "dots": int(value)})
        return False

    def _has_details(self, row: int) -> bool:
        # A survey item picks its survey; a dot vote sets its dots. An item without a setting (e.g. an imported
        # dot vote with no dots) shows nothing rather than guess.
        item = self._items[row]
        return item.kind == "survey" or (item.kind == "dot_vote" and isinstance(item.options.get("dots"), int))
