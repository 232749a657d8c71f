"""The models of the profile question editor: the questions as a list, one question's choices as a table.

The choice table has a column per language, so labels sit side by side; editing a cell asks ``on_edit`` (which
runs an undoable command) and keeps the old text when it is refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, ProfileChoiceData, ProfileQuestionData
from workshop_app.ui.appearance import paint_colours
from workshop_app.ui.labels import language_label

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def slug(text: str, taken: set[str], fallback: str) -> str:
    """A stable name from a label: "Housing situation" → ``housing_situation``, unique among ``taken``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:40]
    if not base or not base[0].isalpha():
        base = f"{fallback}_{base}".strip("_") if base else fallback
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    return name


class QuestionListModel(QAbstractListModel):
    """The profile questions in order, shown by their label in the app's language."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProfileQuestionData] = []
        self.language = "en"

    def set_questions(self, questions: list[ProfileQuestionData], language: str) -> None:
        """Show ``questions`` (a reset: the editor reselects by id)."""
        self.beginResetModel()
        self._rows, self.language = list(questions), language
        self.endResetModel()

    def question(self, row: int) -> ProfileQuestionData:
        """The question in ``row``."""
        return self._rows[row]

    def row_of(self, question_id: str | None) -> int:
        """The row of a question, or -1."""
        return next((i for i, q in enumerate(self._rows) if q.id == question_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per question."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The label, the stable name as tooltip, the id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        question = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return question.label(self.language)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Known in exports as {name}").format(name=question.name)
        if role == ID_ROLE:
            return question.id
        return None


class ChoiceTableModel(QAbstractTableModel):
    """One question's choices: the code, then the label in each language (editable)."""

    def __init__(self, on_edit: Callable[[ProfileChoiceData, dict[str, str]], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._rows: list[ProfileChoiceData] = []
        self.languages: list[str] = ["en"]

    def set_choices(self, choices: tuple[ProfileChoiceData, ...], languages: list[str]) -> None:
        """Show ``choices`` with a label column per language."""
        self.beginResetModel()
        self._rows, self.languages = list(choices), list(languages)
        self.endResetModel()

    def choice(self, row: int) -> ProfileChoiceData:
        """The choice in ``row``."""
        return self._rows[row]

    def row_of(self, choice_id: str | None) -> int:
        """The row of a choice, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.id == choice_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per choice."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The code and one column per language."""
        return 0 if parent.isValid() else 1 + len(self.languages)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """"Code", then each language's name."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Code")
        if 1 <= section <= len(self.languages):
            return language_label(self.languages[section - 1])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Labels are editable; the code never changes (exports and targets know the choice by it)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The code or the label; a missing label shows the fallback greyed."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice, column = self._rows[index.row()], index.column()
        if not 0 <= column <= len(self.languages):
            return None
        language = self.languages[column - 1] if column else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return choice.code
            text = choice.labels.get(language, "")
            return text if text or role == Qt.ItemDataRole.EditRole else self.tr("(missing)")
        if role == Qt.ItemDataRole.ForegroundRole and (column == 0 or not choice.labels.get(language)):
            return QBrush(QColor(paint_colours().muted))
        if role == Qt.ItemDataRole.ToolTipRole and choice.code == PREFER_NOT_TO_SAY and column == 0:
            return self.tr("Every question keeps “Prefer not to say”; it can be renamed, not deleted.")
        if role == ID_ROLE:
            return choice.id
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a choice in one language through ``on_edit``."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0 \
                or not 0 <= index.row() < len(self._rows) or index.column() > len(self.languages):
            return False
        choice = self._rows[index.row()]
        language = self.languages[index.column() - 1]
        labels = dict(choice.labels)
        text = str(value or "").strip()
        if text == labels.get(language, ""):
            return False
        if text:
            labels[language] = text
        else:
            labels.pop(language, None)
        return self._on_edit(choice, labels)
