"""The brainstorm in the run window: type what the room calls out (Enter adds a note), drag notes into clusters.

Every change is a command on the run window's undo stack. The board is drawn again from the service after
each change, also when a note arrives from the kiosk (never while notes are being dragged).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.activity_rules import PALETTE, Placement
from workshop_app.core.workshop_rules import ActivityData
from workshop_app.errors import UserError
from workshop_app.ui.board_scene import BoardScene
from workshop_app.ui.board_view import BoardView
from workshop_app.ui.brainstorm_commands import (
    AddCluster,
    AddNote,
    DeleteCluster,
    DeleteNotes,
    EditNote,
    MoveCluster,
    MoveNotes,
    RenameCluster,
)
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.run_events import ServiceListener
from workshop_app.ui.undo import CommandContext, execute

if TYPE_CHECKING:
    from workshop_app.core.services import Services

CLUSTER_COLOURS = ("#FFE08A", "#A7E3C4", "#A9CBF5", "#F5B8C9", "#FFCC99", "#D7C4F0")
COLOUR_NAMES = {"yellow": QT_TRANSLATE_NOOP("BrainstormPanel", "Yellow"),
                "pink": QT_TRANSLATE_NOOP("BrainstormPanel", "Pink"),
                "blue": QT_TRANSLATE_NOOP("BrainstormPanel", "Blue"),
                "green": QT_TRANSLATE_NOOP("BrainstormPanel", "Green"),
                "orange": QT_TRANSLATE_NOOP("BrainstormPanel", "Orange"),
                "purple": QT_TRANSLATE_NOOP("BrainstormPanel", "Purple")}


def ask_text(parent: QWidget, title: str, label: str, text: str, *, multiline: bool = False) -> str | None:
    """Ask for a line (or a few lines) of text; None when cancelled. Tests replace this function."""
    if multiline:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    else:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def swatch(colour: str) -> QIcon:
    """A small square of ``colour`` for menus."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class BrainstormPanel(QWidget):
    """Sticky notes and clusters of one brainstorm (or of a dot vote's own notes)."""

    def __init__(self, services: Services, stack: QUndoStack, report: Callable[[str], None],
                 focus: Callable[[str | None, str | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("brainstormPanel")
        self.services = services
        self.stack = stack
        self.ctx = CommandContext(services.brainstorm, report, focus)
        self.activity: ActivityData | None = None

        self.note_input = QLineEdit(self)
        self.note_input.setObjectName("noteInput")
        self.note_input.setPlaceholderText(self.tr("Type an idea from the room and press Enter"))
        self.note_input.setAccessibleName(self.tr("New sticky note"))
        self.note_input.returnPressed.connect(self.add_typed_note)
        self.target_combo = QComboBox(self)
        self.target_combo.setAccessibleName(self.tr("Put new notes into"))
        self.target_combo.setToolTip(self.tr("Where new notes go"))
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setAccessibleName(self.tr("Add the typed note"))
        self.add_button.clicked.connect(self.add_typed_note)
        self.cluster_button = QPushButton(self.tr("Add &cluster…"), self)
        self.cluster_button.setAccessibleName(self.tr("Add a cluster"))
        self.cluster_button.setToolTip(self.tr("A new titled column to group notes in"))
        self.cluster_button.clicked.connect(self.add_cluster)
        self.scene = BoardScene(editable=True, parent=self)
        self.view = BoardView(self.scene, self)
        self.scene.moves_requested.connect(self.move_notes, Qt.ConnectionType.QueuedConnection)
        self.view.note_activated.connect(self.edit_note, Qt.ConnectionType.QueuedConnection)
        self.view.cluster_activated.connect(self.rename_cluster, Qt.ConnectionType.QueuedConnection)
        self.view.note_menu_requested.connect(self._note_menu, Qt.ConnectionType.QueuedConnection)
        self.view.cluster_menu_requested.connect(self._cluster_menu, Qt.ConnectionType.QueuedConnection)
        self.view.delete_requested.connect(self.delete_notes, Qt.ConnectionType.QueuedConnection)
        self.hint = QLabel(self.tr("Drag notes into clusters (Ctrl+click picks several) · double-click or F2 edits · "
                                   "right-click to colour, move or delete · Ctrl+Z undoes"), self)
        self.hint.setObjectName("quietText")
        self.hint.setWordWrap(True)

        into = QLabel(self.tr("into"), self)
        into.setBuddy(self.target_combo)
        # The typing row wraps onto two lines with large text rather than widen the window.
        entry = FlowRow(spacing=8, stretch=0).add_widgets(
            self.note_input, into, self.target_combo, self.add_button, self.cluster_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(entry)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

        self.listener = ServiceListener([services.brainstorm.changed], 150, self)
        self.listener.changed.connect(self.refresh)

    def focus_order(self) -> list[QWidget]:
        """Tab order: the typing box first (the fast path), then its options, then the board."""
        return [self.note_input, self.target_combo, self.add_button, self.cluster_button, self.view]

    def stop(self) -> None:
        """Stop listening to the service (the window closes)."""
        self.listener.stop()

    # -- showing -------------------------------------------------------------------------------
    def set_activity(self, activity: ActivityData) -> None:
        """Show the board of ``activity``."""
        self.activity = activity
        self.scene.clearSelection()
        self.refresh()

    def refresh(self) -> None:
        """Draw the board again from the service (later, if notes are being dragged)."""
        if self.activity is None:
            return
        if self.scene.dragging:
            self.listener.poke()
            return
        self.listener.cancel()
        try:
            board = self.services.brainstorm.board(self.activity.id)
        except UserError as exc:
            self.ctx.report(str(exc))
            return
        self.scene.show_board(board)
        self.view.fit()
        current = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("New ideas"), None)
        for cluster in board.clusters:
            self.target_combo.addItem(swatch(cluster.colour or "#D5DEE9"), cluster.name or self.tr("Unnamed group"),
                                      cluster.id)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(current)))
        self.target_combo.blockSignals(False)

    # -- notes ---------------------------------------------------------------------------------
    def add_typed_note(self) -> str | None:
        """Put what was typed on the board; the box empties and keeps the cursor for the next idea."""
        text = self.note_input.text().strip()
        if self.activity is None or not text:
            return None
        command = AddNote(self.ctx, self.activity.id, text, self.target_combo.currentData())
        if not execute(self.stack, command):
            return None
        self.note_input.clear()
        self.note_input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()
        return command.idea_id

    def edit_note(self, idea_id: str) -> bool:
        """Ask for a note's new text."""
        idea = self._idea(idea_id)
        if idea is None or self.activity is None:
            return False
        text = ask_text(self, self.tr("Edit note"), self.tr("Text of the note:"), idea.text, multiline=True)
        if text is None or text.strip() == idea.text:
            return False
        return self._do(EditNote(self.ctx, self.activity.id, idea_id, text=text.strip()))

    def colour_notes(self, idea_ids: list[str], colour: str) -> bool:
        """Give notes another colour (one undo step for all of them)."""
        if self.activity is None or not idea_ids:
            return False
        self.stack.beginMacro(self.tr("Colour notes"))
        try:
            done = all(execute(self.stack, EditNote(self.ctx, self.activity.id, i, colour=colour)) for i in idea_ids)
        finally:
            self.stack.endMacro()
        self.refresh()
        return done

    def move_notes(self, moves: dict[str, Placement]) -> bool:
        """Do a drop (or a "Move to") as one undoable step."""
        if self.activity is None:
            return False
        board = self.scene.board
        moved = sum(1 for idea in (board.ideas if board else ()) if idea.id in moves
                    and (idea.cluster_id, idea.position) != (moves[idea.id].cluster_id, moves[idea.id].position))
        return self._do(MoveNotes(self.ctx, self.activity.id, moves, max(1, moved)))

    def move_to_cluster(self, idea_ids: list[str], cluster_id: str | None) -> bool:
        """Put notes at the end of a cluster (the keyboard's way to do what a drag does)."""
        board = self.scene.board
        if board is None:
            return False
        others = [i.id for i in board.ideas_in(cluster_id) if i.id not in idea_ids]
        ideas = {i.id: i for i in board.ideas}
        final = [*others, *[i for i in idea_ids if i in ideas]]
        moves = {i: Placement(cluster_id, ideas[i].x, ideas[i].y, n) for n, i in enumerate(final)}
        return self.move_notes(moves)

    def delete_notes(self, idea_ids: list[str]) -> bool:
        """Take notes off the board (undoable)."""
        if self.activity is None or not idea_ids:
            return False
        return self._do(DeleteNotes(self.ctx, self.activity.id, idea_ids))

    # -- clusters ------------------------------------------------------------------------------
    def add_cluster(self) -> str | None:
        """Ask for a name and add a cluster in the next colour."""
        if self.activity is None:
            return None
        count = len(self.scene.board.clusters) if self.scene.board else 0
        name = ask_text(self, self.tr("Add cluster"), self.tr("Name of the cluster:"),
                        self.tr("Cluster {number}").format(number=count + 1))
        if name is None:
            return None
        command = AddCluster(self.ctx, self.activity.id, name.strip(), CLUSTER_COLOURS[count % len(CLUSTER_COLOURS)])
        return command.cluster_id if self._do(command) else None

    def rename_cluster(self, cluster_id: str) -> bool:
        """Ask for a cluster's new name."""
        cluster = next((c for c in self.scene.board.clusters if c.id == cluster_id), None) if self.scene.board \
            else None
        if cluster is None or self.activity is None:
            return False
        name = ask_text(self, self.tr("Rename cluster"), self.tr("Name of the cluster:"), cluster.name)
        if name is None or name.strip() == cluster.name:
            return False
        return self._do(RenameCluster(self.ctx, self.activity.id, cluster_id, name.strip()))

    def _do(self, command: Any) -> bool:
        done = execute(self.stack, command)
        self.refresh()
        return done

    def _idea(self, idea_id: str) -> Any:
        board = self.scene.board
        return next((i for i in board.ideas if i.id == idea_id), None) if board else None

    # -- menus ---------------------------------------------------------------------------------
    def _note_menu(self, idea_id: str, where: QPoint) -> None:
        selected = [item.idea_id for item in self.scene.selected_notes()] or [idea_id]
        board = self.scene.board
        if board is None or self.activity is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit text…"), lambda: self.edit_note(idea_id))
        colours = menu.addMenu(self.tr("&Colour"))
        for name, value in PALETTE.items():
            colours.addAction(swatch(value), self.tr(COLOUR_NAMES.get(name, name)),
                              lambda v=value: self.colour_notes(selected, v))
        move = menu.addMenu(self.tr("&Move to"))
        move.addAction(self.tr("New ideas"), lambda: self.move_to_cluster(selected, None))
        for cluster in board.clusters:
            move.addAction(swatch(cluster.colour or "#D5DEE9"), cluster.name or self.tr("Unnamed group"),
                           lambda c=cluster.id: self.move_to_cluster(selected, c))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete"), lambda: self.delete_notes(selected))
        menu.exec(where)

    def _cluster_menu(self, cluster_id: str, where: QPoint) -> None:
        board = self.scene.board
        if board is None or self.activity is None:
            return
        ids = [c.id for c in board.clusters]
        position = ids.index(cluster_id) if cluster_id in ids else 0
        activity_id = self.activity.id
        menu = QMenu(self)
        menu.addAction(self.tr("&Rename…"), lambda: self.rename_cluster(cluster_id))
        left = menu.addAction(self.tr("Move &left"),
                              lambda: self._do(MoveCluster(self.ctx, activity_id, cluster_id, position - 1)))
        left.setEnabled(position > 0)
        right = menu.addAction(self.tr("Move &right"),
                               lambda: self._do(MoveCluster(self.ctx, activity_id, cluster_id, position + 1)))
        right.setEnabled(position < len(ids) - 1)
        menu.addSeparator()
        menu.addAction(self.tr("&Delete cluster (keep its notes)"),
                       lambda: self._do(DeleteCluster(self.ctx, activity_id, cluster_id)))
        menu.exec(where)
