"""The list of workshops as a Qt table model, and the proxy that sorts it and filters it by a search text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)

from workshop_app.core.workshop_rules import STATUSES, WorkshopSummary
from workshop_app.ui.labels import format_datetime, format_duration, status_label
from workshop_app.ui.row_table_model import AnyIndex, RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The workshop id of a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts naturally (a timestamp for dates, a number for counts)."""


class WorkshopListModel(RowTableModel):
    """One row per workshop, in the order the rows arrived; the proxy does the sorting.

    The proxy sorts, so ``set_rows`` never needs to reset (see ``RowTableModel``).
    """

    TITLE, STARTS_AT, PLACE, STATUS, ACTIVITIES, MINUTES = range(6)
    CONTEXT = "workshops"
    HEADERS = (
        QT_TRANSLATE_NOOP("workshops", "Title"),
        QT_TRANSLATE_NOOP("workshops", "Date and time"),
        QT_TRANSLATE_NOOP("workshops", "Place"),
        QT_TRANSLATE_NOOP("workshops", "Status"),
        QT_TRANSLATE_NOOP("workshops", "Activities"),
        QT_TRANSLATE_NOOP("workshops", "Planned time"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows, sorts by and says in its tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STARTS_AT:
                return format_datetime(row.starts_at, long=True) or None
            if column in (self.TITLE, self.PLACE):
                return self._display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ACTIVITIES, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: WorkshopSummary, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.STARTS_AT:
            return format_datetime(row.starts_at) or QCoreApplication.translate("workshops", "Not set")
        if column == self.PLACE:
            return row.place
        if column == self.STATUS:
            return status_label(row.status)
        if column == self.ACTIVITIES:
            return str(row.activity_count)
        return format_duration(row.planned_minutes)

    def _sort_key(self, row: WorkshopSummary, column: int) -> Any:
        if column == self.TITLE:
            return row.title
        if column == self.STARTS_AT:
            # Undated workshops sort as the oldest, so a newest-first list shows them last.
            return row.starts_at.timestamp() if row.starts_at else float("-1e18")
        if column == self.PLACE:
            return row.place
        if column == self.STATUS:
            return STATUSES.index(row.status) if row.status in STATUSES else len(STATUSES)
        if column == self.ACTIVITIES:
            return row.activity_count
        return row.planned_minutes


class WorkshopFilterProxy(QSortFilterProxyModel):
    """Sorts by the natural values and keeps the workshops whose title or place contains the search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setDynamicSortFilter(True)

    @property
    def search_text(self) -> str:
        """The text being searched for (as typed)."""
        return self._needle

    def set_search_text(self, text: str) -> None:
        """Filter by ``text`` (case-insensitive); an empty text shows everything."""
        self.beginFilterChange()
        self._needle = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Keep a row when the search text is in its title or place."""
        if not self._needle:
            return True
        model = self.sourceModel()
        if not isinstance(model, WorkshopListModel):
            return True
        summary = model.summary(source_row)
        needle = self._needle.casefold()
        return needle in summary.title.casefold() or needle in summary.place.casefold()
