"""The People tab: every participant with a search box, and the panel to edit the one selected."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.ui import dialogs
from workshop_app.ui.erasure_dialog import ErasureDialog
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.participant_commands import DeleteParticipant, reporting_to
from workshop_app.ui.participant_detail import ParticipantDetail
from workshop_app.ui.participants_model import ID_ROLE, ParticipantTableModel, set_up_table
from workshop_app.ui.tables import ActionTable
from workshop_app.ui.undo import CommandContext, execute


class PeopleTab(QWidget):
    """Lists, finds and edits participants; delete (undoable) and erase (final) start here too."""

    def __init__(self, stack: QUndoStack, context: Callable[[], CommandContext | None],
                 recorder: Callable[[], str | None], parent: Any = None) -> None:
        super().__init__(parent)
        context = reporting_to(context, lambda text: self.detail.show_message(text))
        self._stack, self._context, self._recorder = stack, context, recorder
        self._personal = False
        self.model = ParticipantTableModel(self)
        self.detail = ParticipantDetail(stack, context, recorder, self)
        self.detail.delete_requested.connect(self.delete_current)
        self.detail.erase_requested.connect(self.erase_current)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("quietText")
        self.notice = InlineMessage(self)
        self.notice.setObjectName("infoMessage")

        table = self.table = ActionTable(self)
        table.setObjectName("participantTable")
        table.setAccessibleName(self.tr("Participants"))
        table.delete_requested.connect(self.delete_current)
        header = set_up_table(table, self.model, 38)
        header.setSectionHidden(ParticipantTableModel.CHECKED_IN, True)
        table.selectionModel().selectionChanged.connect(self._on_selection)

        left = QWidget(self)
        left.setObjectName("listPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 12, 16)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(table, 1)
        left_layout.addWidget(self.count_label)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("participantSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 480])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.set_personal_visible(False)

    def focus_order(self) -> list[QWidget]:
        """The tab's widgets in the order Tab visits them."""
        return [self.search, self.table, *self.detail.focus_order()]

    # -- showing ---------------------------------------------------------------------------------
    def set_personal_visible(self, visible: bool) -> None:
        """Show names in the list and the panel, or codes only."""
        self._personal = visible
        self.search.setPlaceholderText(self.tr("Search by code, name or phone") if visible
                                       else self.tr("Search by code"))
        header = self.table.horizontalHeader()
        header.setSectionHidden(ParticipantTableModel.NAME, not visible)
        # Without the name column, the consent column takes the rest of the width instead.
        header.setStretchLastSection(not visible)
        self.detail.set_personal_visible(visible)
        self.refresh()

    def clear(self) -> None:
        """Show nothing (no database), without saving anything."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.notice.dismiss()
        self.model.set_rows([])
        self.detail.clear()
        self._update_count()

    def refresh(self) -> None:
        """Read the list again, keeping the selection when the person is still listed."""
        ctx = self._context()
        if ctx is None:
            return
        text = self.search.text()
        service = ctx.service.participants
        rows = service.search(text, personal=self._personal) if text.strip() else service.list(
            personal=self._personal)
        current = self.detail.current_id
        selected = self.table.selectionModel().selectedRows()
        old_row = selected[0].row() if selected else 0
        self.model.set_rows(rows)
        self.table.empty_hint = self.tr("No one matches. Clear the search, or register them on the Check-in tab.") \
            if text.strip() else self.tr("No participants yet. Register people at the door on the Check-in tab.")
        self._update_count()
        row = self.model.row_of(current)
        if row >= 0:
            self.table.selectRow(row)
            self.detail.reload()
        elif self.model.rowCount():
            # The person is gone or filtered out: the first match (or the neighbour) takes their place.
            row = 0 if text.strip() else min(old_row, self.model.rowCount() - 1)
            self.table.selectRow(row)
            self.detail.set_participant(self.model.summary(row).id)
        else:
            self.detail.reload()  # shows nothing if they were deleted, erased or their registration undone

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count == 1:
            text = self.tr("%n participant listed", "", count)
        else:
            text = self.tr("%n participants listed", "", count)
        self.count_label.setText(text)

    def select_participant(self, participant_id: str | None) -> bool:
        """Select a participant (clearing a search that hides them) and show them in the panel."""
        if participant_id is None:
            return False
        if self.model.row_of(participant_id) < 0 and self.search.text():
            self.search.clear()
        row = self.model.row_of(participant_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.detail.set_participant(participant_id)
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.detail.set_participant(rows[0].data(ID_ROLE))

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- deleting and erasing --------------------------------------------------------------------
    def delete_current(self) -> bool:
        """Delete a registration made by mistake (undoable), after saying how it differs from erasing."""
        ctx, data = self._context(), self.detail.data
        if ctx is None or data is None:
            return False
        if not dialogs.confirm(
            self, self.tr("Delete registration"),
            self.tr("Delete the registration of {code}?").format(code=data.code),
            self.tr("Use this for a registration made by mistake; you can undo it with Edit › Undo. Their survey "
                    "answers stay, without their code. When someone asks to be forgotten, use “Erase this "
                    "person…” instead."),
            self.tr("Delete"),
        ):
            return False
        return execute(self._stack, DeleteParticipant(ctx, data.id))

    def erase_current(self) -> bool:
        """Erase the selected person for good, after the erasure dialog; clears the undo history."""
        ctx, data = self._context(), self.detail.data
        if ctx is None or data is None:
            return False
        dialog = ErasureDialog(data.code, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        who = self._recorder()
        if who is None:
            return False
        try:
            report = ctx.service.participants.erase(data.id, answers=dialog.answers(), by=who)
        except UserError as exc:
            self.detail.show_message(str(exc))
            return False
        # Undoing an earlier delete or registration could bring the person back: the history goes.
        self._stack.clear()
        self.detail.clear()
        self.refresh()
        self.notice.show_message(self.tr("{code}: {report} The undo history was cleared, so they "
                                         "cannot be brought back.").format(code=data.code, report=report.sentence))
        return True
