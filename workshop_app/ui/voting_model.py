"""A dot vote's notes as a table (dots so far, dots counted in the room) and the undoable hand count."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QUndoCommand

from workshop_app.core.activity_rules import MAX_TALLY
from workshop_app.ui.row_table_model import AnyIndex, RowTableModel
from workshop_app.ui.undo import CommandContext, ServiceCommand

translate = QCoreApplication.translate
SET_TALLY_ID = 2001


@dataclass(frozen=True)
class VoteRow:
    """One note of the vote: its text and group, all its dots, and the dots counted by hand."""

    id: str
    text: str
    cluster: str
    colour: str
    dots: int
    counted: int


class VoteTallyModel(RowTableModel):
    """Rows in board order (they do not jump while counting); "Counted in the room" is editable."""

    NOTE, CLUSTER, DOTS, COUNTED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("VoteTallyModel", "Note"),
        QT_TRANSLATE_NOOP("VoteTallyModel", "Cluster"),
        QT_TRANSLATE_NOOP("VoteTallyModel", "Dots in all"),
        QT_TRANSLATE_NOOP("VoteTallyModel", "Counted in the room"),
    )
    CONTEXT = "VoteTallyModel"
    ORDERED = True

    def __init__(self, on_count: Callable[[str, int], bool] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._on_count = on_count

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cells; the note's colour as a small swatch."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: VoteRow = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = (row.text, row.cluster, row.dots, row.counted)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return row.text
        if role == Qt.ItemDataRole.DecorationRole and column == self.NOTE and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DOTS, self.COUNTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Only the hand count can be typed in."""
        base = super().flags(index)
        if index.isValid() and index.column() == self.COUNTED and self._on_count is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A typed hand count goes to the service (through an undoable command)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.COUNTED:
            return False
        if self._on_count is None:
            return False
        try:
            count = int(value)
        except (TypeError, ValueError):
            return False
        return self._on_count(self._rows[index.row()].id, max(0, min(MAX_TALLY, count)))


class SetTally(ServiceCommand):
    """Record the dots counted on a note in the room; clicks on the same note merge into one undo step."""

    def __init__(self, ctx: CommandContext, activity_id: str, idea_id: str, count: int) -> None:
        super().__init__(ctx, translate("voting", "Count dots"))
        self.activity_id, self.idea_id, self.count = activity_id, idea_id, count
        self.old: int | None = None

    def apply(self) -> None:
        previous = self.ctx.service.set_tally(self.activity_id, self.idea_id, self.count)
        if self.old is None:
            self.old = previous

    def revert(self) -> None:
        self.ctx.service.set_tally(self.activity_id, self.idea_id, self.old or 0)

    def id(self) -> int:
        """Counts share one id so the stack offers them to ``mergeWith``."""
        return SET_TALLY_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following count of the same note."""
        if not isinstance(other, SetTally) or (other.activity_id, other.idea_id) != (self.activity_id, self.idea_id):
            return False
        self.count = other.count
        self.setObsolete(self.count == self.old)
        return True
