"""Participants as a Qt table model: one row per ``ParticipantSummary``, used by the People and Check-in lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workshop_app.core.participant_rules import BE_CONTACTED, PHOTOS, TAKE_PART, ParticipantSummary
from workshop_app.ui.appearance import paint_colours
from workshop_app.ui.labels import format_time
from workshop_app.ui.row_table_model import AnyIndex, RowTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The participant id of a row."""
# Short words for the consent column; the tooltip says the same in sentences.
_SHORT = (
    (TAKE_PART, QT_TRANSLATE_NOOP("people", "Take part")),
    (BE_CONTACTED, QT_TRANSLATE_NOOP("people", "Contact")),
    (PHOTOS, QT_TRANSLATE_NOOP("people", "Photos")),
)
_GIVEN = {
    TAKE_PART: QT_TRANSLATE_NOOP("people", "Consents to take part."),
    BE_CONTACTED: QT_TRANSLATE_NOOP("people", "Consents to be contacted."),
    PHOTOS: QT_TRANSLATE_NOOP("people", "Consents to appear in photos."),
}
_NOT_GIVEN = {
    TAKE_PART: QT_TRANSLATE_NOOP("people", "No consent to take part: no answers can be recorded for them."),
    BE_CONTACTED: QT_TRANSLATE_NOOP("people", "No consent to be contacted."),
    PHOTOS: QT_TRANSLATE_NOOP("people", "No consent to appear in photos."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("people", text)


def consent_summary(active: frozenset[str]) -> str:
    """The consent column: each purpose with ✓ (given) or ✗ (not given), readable without colour."""
    return "   ".join(f"{'✓' if purpose in active else '✗'} {_tr(word)}" for purpose, word in _SHORT)


def consent_tooltip(active: frozenset[str]) -> str:
    """One sentence per purpose, saying where the person stands."""
    return "\n".join(_tr(_GIVEN[p] if p in active else _NOT_GIVEN[p]) for p, _ in _SHORT)


def set_up_table(table: QTableView, model: ParticipantTableModel, row_height: int) -> QHeaderView:
    """The look both participant lists share: whole rows, one line each, a code column wide enough for codes."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(60)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(ParticipantTableModel.NAME, QHeaderView.ResizeMode.Stretch)
    # Fixed, not fitted to the rows: a fitted column lags behind rows added one by one at the door.
    header.setSectionResizeMode(ParticipantTableModel.CODE, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(ParticipantTableModel.CODE, table.fontMetrics().horizontalAdvance("P-00000") + 28)
    return header


class ParticipantTableModel(RowTableModel):
    """The rows given to ``set_rows``, in that order; a view hides the columns it does not need."""

    CODE, NAME, WORKSHOPS, CONSENT, CHECKED_IN = range(5)
    CONTEXT = "people"
    ORDERED = True
    HEADERS = (
        QT_TRANSLATE_NOOP("people", "Code"),
        QT_TRANSLATE_NOOP("people", "Name"),
        QT_TRANSLATE_NOOP("people", "Workshops"),
        QT_TRANSLATE_NOOP("people", "Consent"),
        QT_TRANSLATE_NOOP("people", "Checked in"),
    )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What each cell shows and says in its tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CONSENT:
                return consent_tooltip(row.active_consents)
            if column == self.NAME and row.name:
                return "\n".join(part for part in (row.name, row.contact) if part)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CONSENT and not row.takes_part:
            return QBrush(QColor(paint_colours().danger))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.WORKSHOPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ParticipantSummary, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.WORKSHOPS:
            return str(row.workshop_count)
        if column == self.CONSENT:
            return consent_summary(row.active_consents)
        return format_time(row.checked_in_at) if row.checked_in_at else "—"
