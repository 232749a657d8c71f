"""A table model over a list of rows that each have an ``id`` (a workshop summary, a participant summary...)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows in the order ``set_rows`` gave them; subclasses name the columns and say what each cell shows.

    ``set_rows`` removes, updates in place and appends, so selections and the scroll position survive a
    refresh. When ``ORDERED`` is true (no proxy sorts the view) and the rows come in a new order, the model is
    reset instead, because in-place updates cannot move rows.
    """

    HEADERS: tuple[str, ...] = ()
    """Column titles, marked with QT_TRANSLATE_NOOP in ``CONTEXT``."""
    CONTEXT = ""
    ORDERED = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- changing ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``."""
        wanted = {row.id: row for row in rows}
        for index in reversed(range(len(self._rows))):
            if self._rows[index].id not in wanted:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
        kept = [row.id for row in self._rows]
        if self.ORDERED and [row.id for row in rows if row.id in set(kept)] != kept:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        for index, old in enumerate(self._rows):
            new = wanted[old.id]
            if new != old:
                self._rows[index] = new
                self.dataChanged.emit(self.index(index, 0), self.index(index, self.columnCount() - 1))
        known = set(kept)
        added = [row for row in rows if row.id not in known]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------------
    def summary(self, row: int) -> Any:
        """The row object shown in table row ``row``."""
        return self._rows[row]

    def row_of(self, row_id: str | None) -> int:
        """The table row showing ``row_id``, or -1."""
        for index, row in enumerate(self._rows):
            if row.id == row_id:
                return index
        return -1

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows of the table (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Columns of the table."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
