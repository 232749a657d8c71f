"""The dot vote in the run window: each note with its dots, the facilitator's count of sticky dots, the kiosk.

People vote in the kiosk (each with the activity's dots) or with paper dots on the wall; the facilitator types
or clicks the counted dots per note here. Every count is undoable; consecutive clicks on one note are one step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.workshop_rules import ActivityData
from workshop_app.errors import UserError
from workshop_app.ui.board_scene import DEFAULT_NOTE
from workshop_app.ui.brainstorm_commands import AddNote
from workshop_app.ui.labels import dots_label
from workshop_app.ui.run_events import ServiceListener
from workshop_app.ui.undo import CommandContext, execute
from workshop_app.ui.voting_model import SetTally, VoteRow, VoteTallyModel

if TYPE_CHECKING:
    from workshop_app.core.services import Services


class VotingPanel(QWidget):
    """Dots per note, a hand count with +/−, and the button that opens the kiosk for voting."""

    kiosk_requested = Signal(str)
    """The dot vote's activity id: open the kiosk on it."""

    def __init__(self, services: Services, stack: QUndoStack, report: Callable[[str], None],
                 focus: Callable[[str | None, str | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingPanel")
        self.services = services
        self.stack = stack
        self.ctx = CommandContext(services.voting, report, focus)
        self.notes_ctx = CommandContext(services.brainstorm, report, focus)
        self.activity: ActivityData | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("panelHeading")
        self.summary.setWordWrap(True)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("quietText")
        self.source_label.setWordWrap(True)
        self.kiosk_button = QPushButton(self.tr("Start &kiosk voting"), self)
        self.kiosk_button.setObjectName("primaryButton")
        self.kiosk_button.setAccessibleName(self.tr("Start kiosk voting"))
        self.kiosk_button.setToolTip(self.tr("People place their dots one after another on this laptop"))
        self.kiosk_button.clicked.connect(lambda: self.activity and self.kiosk_requested.emit(self.activity.id))
        self.option_input = QLineEdit(self)
        self.option_input.setPlaceholderText(self.tr("Type an option to vote on and press Enter"))
        self.option_input.setAccessibleName(self.tr("New option to vote on"))
        self.option_input.returnPressed.connect(self.add_option)

        self.model = VoteTallyModel(self.set_count, self)
        self.table = QTableView(self)
        self.table.setObjectName("tallyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dots per note"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VoteTallyModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.minus_button = QPushButton("−", self)
        self.minus_button.setObjectName("tallyButton")
        self.minus_button.setAccessibleName(self.tr("One dot less on the selected note"))
        self.minus_button.setToolTip(self.tr("One dot less (−)"))
        self.minus_button.clicked.connect(lambda: self.step(-1))
        self.plus_button = QPushButton("+", self)
        self.plus_button.setObjectName("tallyButton")
        self.plus_button.setAccessibleName(self.tr("One dot more on the selected note"))
        self.plus_button.setToolTip(self.tr("One dot more (+)"))
        self.plus_button.clicked.connect(lambda: self.step(1))
        for keys, delta in (("+", 1), ("=", 1), ("-", -1)):
            QShortcut(QKeySequence(keys), self.table, lambda d=delta: self.step(d),
                      context=Qt.ShortcutContext.WidgetShortcut)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.kiosk_button)
        counting = QHBoxLayout()
        hint = QLabel(self.tr("Counting paper dots? Select a note and press + or −, or type the number."), self)
        hint.setObjectName("quietText")
        hint.setWordWrap(True)
        counting.addWidget(hint, 1)
        counting.addWidget(self.minus_button)
        counting.addWidget(self.plus_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(self.option_input)
        layout.addWidget(self.table, 1)
        layout.addLayout(counting)

        self.listener = ServiceListener([services.voting.changed, services.brainstorm.changed], 150, self)
        self.listener.changed.connect(self.refresh)

    def focus_order(self) -> list[QWidget]:
        """Tab order: the kiosk button, the option box, the table, then − and +."""
        return [self.kiosk_button, self.option_input, self.table, self.minus_button, self.plus_button]

    def stop(self) -> None:
        """Stop listening to the services."""
        self.listener.stop()

    # -- showing -------------------------------------------------------------------------------
    def set_activity(self, activity: ActivityData) -> None:
        """Show the dot vote ``activity``."""
        self.activity = activity
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(0)

    def refresh(self) -> None:
        """Read the notes, dots and counts again."""
        if self.activity is None:
            return
        self.listener.cancel()
        voting = self.services.voting
        try:
            ideas = voting.ideas(self.activity.id)
            vote_totals = voting.totals(self.activity.id)
            totals = {t.idea_id: t for t in vote_totals.totals}
            voters = vote_totals.voters
            counted = voting.tallies(self.activity.id)
            dots = voting.dots_per_voter(self.activity.id)
            source = voting.source_activity(self.activity.id)
            board = self.services.brainstorm.board(source)
        except UserError as exc:
            self.ctx.report(str(exc))
            return
        # Board order (cluster by cluster, then the ungrouped notes): rows never jump while dots are counted.
        order = [i.id for c in board.clusters for i in board.ideas_in(c.id)] + [i.id for i in board.ideas_in(None)]
        rank = {idea_id: n for n, idea_id in enumerate(order)}
        ideas = sorted(ideas, key=lambda i: rank.get(i.id, len(rank)))
        self.model.set_rows([VoteRow(i.id, i.text, totals[i.id].cluster_name if i.id in totals else "",
                                     i.colour or DEFAULT_NOTE, totals[i.id].dots if i.id in totals else 0,
                                     counted.get(i.id, 0))
                             for i in ideas])
        if voters == 1:
            people = self.tr("%n person voted in the kiosk", "", voters)
        else:
            people = self.tr("%n people voted in the kiosk", "", voters)
        self.summary.setText(self.tr("{dots} · {people}").format(dots=dots_label(dots), people=people))
        own = source == self.activity.id
        self.option_input.setVisible(own)
        if own:
            text = self.tr("People vote on the options typed here.") if ideas else self.tr(
                "No brainstorm comes before this dot vote: type the options to vote on.")
        else:
            text = self.tr("People vote on the notes of the brainstorm before it.")
        self.source_label.setText(text)

    # -- counting ------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        """The note selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).id if rows else None

    def step(self, delta: int) -> bool:
        """One paper dot more (or less) on the selected note."""
        idea_id = self.selected_id()
        if idea_id is None:
            return False
        row = self.model.summary(self.model.row_of(idea_id))
        if row.counted + delta < 0:
            return False
        return self.set_count(idea_id, row.counted + delta)

    def set_count(self, idea_id: str, count: int) -> bool:
        """Record the dots counted on a note (undoable)."""
        if self.activity is None:
            return False
        done = execute(self.stack, SetTally(self.ctx, self.activity.id, idea_id, count))
        self.refresh()
        return done

    def add_option(self) -> bool:
        """Add an option typed for a dot vote that has no brainstorm before it."""
        text = self.option_input.text().strip()
        if self.activity is None or not text:
            return False
        done = execute(self.stack, AddNote(self.notes_ctx, self.activity.id, text))
        if done:
            self.option_input.clear()
        self.refresh()
        return done
