"""The questions of a form as a tree (groups and repeats hold their rows), for the builder's QTreeView.

The model shows the ``Form`` the builder edits and changes it only through ``insert_question``,
``remove_question``, ``move_question`` and ``question_changed``, which the undo commands call. A drag asks
for a move through ``move_requested`` instead of moving anything itself, so the move is one undo command.

Rows are found by identity, never by ``==``: two questions can be equal as data (a duplicate before renaming).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from workshop_app.core.forms import Form, Question
from workshop_app.ui.appearance import paint_colours
from workshop_app.ui.builder_types import question_icon, type_label

MIME_TYPE = "application/x-workshop-app-question"
Index = QModelIndex | QPersistentModelIndex
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``Question`` of a row."""


def position_in(siblings: list[Question], question: Question) -> int:
    """The position of ``question`` (this very object) in ``siblings``, or -1."""
    return next((row for row, item in enumerate(siblings) if item is question), -1)


class QuestionTreeModel(QAbstractItemModel):
    """Columns: the question (label with its type icon), its name, its type."""

    QUESTION, NAME, TYPE = range(3)
    move_requested = Signal(object, object, int)
    """(question, new parent or None for the top level, row among the new siblings once it has left its place)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._form: Form | None = None
        self._parents: dict[int, Question | None] = {}
        self._known: dict[int, Question] = {}  # every question ever shown: keeps ids unique while an index lives
        self._problems: dict[str, str] = {}
        self.language: str | None = None

    # -- the form ------------------------------------------------------------------------------
    @property
    def form(self) -> Form | None:
        """The form shown (and edited in place)."""
        return self._form

    def set_form(self, form: Form | None) -> None:
        """Show another form (or none)."""
        self.beginResetModel()
        self._form = form
        self._parents = {}
        self._known = {}  # the undo history of the last form is gone too, so nothing refers to its rows now
        self._problems = {}
        if form is not None:
            self._register(form.questions, None)
        self.endResetModel()

    def _register(self, questions: list[Question], parent: Question | None) -> None:
        for question in questions:
            self._parents[id(question)] = parent
            self._known[id(question)] = question
            self._register(question.children, question)

    def _forget(self, question: Question) -> None:
        for row in question.walk():
            self._parents.pop(id(row), None)

    def set_problems(self, problems: dict[str, str]) -> None:
        """Mark rows that have a problem (name → first problem), shown in red with the sentence as tooltip."""
        if problems == self._problems:
            return
        self._problems = dict(problems)
        self._refresh_all(QModelIndex())

    def _refresh_all(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, self.TYPE, parent))
            for row in range(rows):
                self._refresh_all(self.index(row, 0, parent))

    # -- finding rows --------------------------------------------------------------------------
    def siblings(self, parent: Question | None) -> list[Question]:
        """The rows directly under ``parent`` (the form's top level for None)."""
        if parent is not None:
            return parent.children
        return self._form.questions if self._form is not None else []

    def parent_of(self, question: Question) -> Question | None:
        """The group or repeat holding ``question``, or None at the top level."""
        return self._parents.get(id(question))

    def contains(self, question: Question) -> bool:
        """True while ``question`` is part of the form."""
        return id(question) in self._parents

    def question(self, index: Index) -> Question | None:
        """The question of a row, or None for the invisible root."""
        if not index.isValid():
            return None
        return self._known.get(index.internalId())

    def index_of(self, question: Question | None, column: int = 0) -> QModelIndex:
        """The index of ``question`` (invalid for None or a question not in the form)."""
        if question is None or not self.contains(question):
            return QModelIndex()
        row = position_in(self.siblings(self.parent_of(question)), question)
        return self.createIndex(row, column, id(question))

    # -- QAbstractItemModel --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self.siblings(self.question(parent))
        return self.createIndex(row, column, id(siblings[row]))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        question = self.question(index)
        if question is None:
            return QModelIndex()
        return self.index_of(self.parent_of(question))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._form is None or parent.column() > 0:
            return 0
        return len(self.siblings(self.question(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Question"), self.tr("Name"), self.tr("Type"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        question = self.question(index)
        if question is None or self._form is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.QUESTION:
                return self._form.text(question.label, self.language) or question.name
            return question.name if column == self.NAME else type_label(question)
        if role == Qt.ItemDataRole.DecorationRole and column == self.QUESTION:
            return question_icon(question)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problems.get(question.name)
            return problem or self.tr("{type} · {name}").format(type=type_label(question), name=question.name)
        if role == Qt.ItemDataRole.ForegroundRole and question.name in self._problems:
            return QColor(paint_colours().danger)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and question.name in self._problems:
            return self._problems[question.name]
        if role == QUESTION_ROLE:
            return question
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        question = self.question(index)
        if question is not None and question.is_container:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- changes (called by the undo commands) --------------------------------------------------
    def insert_question(self, parent: Question | None, row: int, question: Question) -> None:
        """Put ``question`` (with what it holds) at ``row`` under ``parent``."""
        siblings = self.siblings(parent)
        row = max(0, min(row, len(siblings)))
        self.beginInsertRows(self.index_of(parent), row, row)
        siblings.insert(row, question)
        self._register([question], parent)
        self.endInsertRows()

    def remove_question(self, question: Question) -> tuple[Question | None, int]:
        """Take ``question`` out of the form; returns where it was (parent, row)."""
        parent = self.parent_of(question)
        siblings = self.siblings(parent)
        row = position_in(siblings, question)
        self.beginRemoveRows(self.index_of(parent), row, row)
        del siblings[row]
        self._forget(question)
        self.endRemoveRows()
        return parent, row

    def move_question(self, question: Question, parent: Question | None, row: int) -> tuple[Question | None, int]:
        """Move ``question`` to ``row`` under ``parent`` (counted once it has left); returns where it was."""
        old_parent = self.parent_of(question)
        old_siblings = self.siblings(old_parent)
        old_row = position_in(old_siblings, question)
        new_siblings = self.siblings(parent)
        row = max(0, min(row, len(new_siblings) - (1 if new_siblings is old_siblings else 0)))
        if new_siblings is old_siblings and row == old_row:
            return old_parent, old_row
        # Qt counts the destination before the row leaves: one more when it moves down among its siblings.
        destination = row + 1 if new_siblings is old_siblings and row > old_row else row
        ok = self.beginMoveRows(self.index_of(old_parent), old_row, old_row, self.index_of(parent), destination)
        assert ok, "the builder only asks for moves Qt allows"
        del old_siblings[old_row]
        new_siblings.insert(row, question)
        self._parents[id(question)] = parent
        self.endMoveRows()
        return old_parent, old_row

    def question_changed(self, question: Question) -> None:
        """Redraw the row of ``question`` after one of its fields changed."""
        first, last = self.index_of(question, self.QUESTION), self.index_of(question, self.TYPE)
        if first.isValid():
            self.dataChanged.emit(first, last)

    def form_texts_changed(self) -> None:
        """Redraw every row (the default or the display language changed)."""
        self._refresh_all(QModelIndex())

    # -- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        keys = list(dict.fromkeys(str(index.internalId()) for index in indexes if index.isValid()))
        data.setData(MIME_TYPE, QByteArray(",".join(keys).encode()))
        return data

    def _dragged(self, data: QMimeData) -> Question | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        keys = bytes(data.data(MIME_TYPE).data()).decode().split(",")
        if len(keys) != 1 or not keys[0].isdigit():
            return None
        question = self._known.get(int(keys[0]))
        return question if question is not None and self.contains(question) else None

    def _target(self, data: QMimeData, row: int, parent: Index) -> tuple[Question, Question | None, int] | None:
        question = self._dragged(data)
        if question is None:
            return None
        new_parent = self.question(parent)
        if new_parent is not None and not new_parent.is_container:
            return None
        ancestor = new_parent
        while ancestor is not None:  # a group cannot go inside itself
            if ancestor is question:
                return None
            ancestor = self.parent_of(ancestor)
        siblings = self.siblings(new_parent)
        row = len(siblings) if row < 0 else row
        old_row = position_in(siblings, question)
        if old_row >= 0 and old_row < row:
            row -= 1
        if old_row == row:
            return None
        return question, new_parent, row

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and self._target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Ask for the move (one undo command) and report no drop, so the view removes nothing itself."""
        target = self._target(data, row, parent) if action == Qt.DropAction.MoveAction else None
        if target is not None:
            self.move_requested.emit(*target)
        return False
