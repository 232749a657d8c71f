"""The choices of a select question: which list it uses, and that list's codes and labels in every language."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.forms import Choice, ChoiceList, Question
from workshop_app.ui.builder_commands import EditChoices, EditQuestion
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.builder_types import unique_list_name
from workshop_app.ui.icons import icon
from workshop_app.ui.tables import ActionTable

Index = QModelIndex | QPersistentModelIndex


class ChoiceTableModel(QAbstractTableModel):
    """The choices of one list: a code column, then one label column per language of the form."""

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.list_name = ""

    def set_list(self, list_name: str) -> None:
        """Show (and edit) the list called ``list_name``."""
        self.beginResetModel()
        self.list_name = list_name
        self.endResetModel()

    def refresh(self) -> None:
        """Show the list as it is now (after an edit, an undo, a new language)."""
        self.beginResetModel()
        self.endResetModel()

    def choice_list(self) -> ChoiceList | None:
        """The list shown, as it is in the form."""
        form = self.doc.form
        return form.choice_list(self.list_name) if form is not None and self.list_name else None

    def languages(self) -> list[str]:
        return list(self.doc.form.languages) if self.doc.form is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        choice_list = self.choice_list()
        return 0 if parent.isValid() or choice_list is None else len(choice_list.choices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.languages())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Code")
        form = self.doc.form
        languages = self.languages()
        if form is None or section - 1 >= len(languages):
            return None
        return form.language_name(languages[section - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        choice_list = self.choice_list()
        if choice_list is None or not index.isValid() or index.row() >= len(choice_list.choices):
            return None
        choice = choice_list.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return choice.name
            languages = self.languages()
            return choice.label.get(languages[index.column() - 1], "") if index.column() - 1 < len(languages) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        old = self.choice_list()
        if role != Qt.ItemDataRole.EditRole or old is None or not index.isValid():
            return False
        new = copy.deepcopy(old)
        choice = new.choices[index.row()]
        text = str(value).strip()
        if index.column() == 0:
            if not text or text == choice.name:
                return False
            choice.name = text
        else:
            language = self.languages()[index.column() - 1]
            if choice.label.get(language, "") == text:
                return False
            if text:
                choice.label[language] = text
            else:
                choice.label.pop(language, None)
        self.doc.push(EditChoices(self.doc, old.name, old, new, self.tr("Edit choice")))
        return True


class ChoiceEditor(QWidget):
    """Pick the list a select question uses, and add, remove, reorder and label its choices."""

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.question: Question | None = None
        self.model = ChoiceTableModel(doc, self)
        self.list_combo = QComboBox(self)
        self.list_combo.setAccessibleName(self.tr("Choice list"))
        self.list_combo.setToolTip(self.tr("Questions can share a list of choices"))
        self.list_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Its items quote a choice: as wide as the editor, not as the longest item (with large text, wider than it).
        self.list_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_combo.setMinimumContentsLength(12)
        self.list_combo.activated.connect(self._pick_list)
        self.new_list_button = QPushButton(self.tr("New list"), self)
        self.new_list_button.setAccessibleName(self.tr("New choice list for this question"))
        self.new_list_button.clicked.connect(self.new_list)
        self.shared_label = QLabel(self)
        self.shared_label.setObjectName("hint")
        self.shared_label.setWordWrap(True)
        self.table = ActionTable(self)
        self.table.setObjectName("choiceTable")
        self.table.setAccessibleName(self.tr("Choices"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.delete_requested.connect(self.remove_choice)
        self.table.selectionModel().currentChanged.connect(lambda *_args: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add choice"), self)
        self.add_button.setAccessibleName(self.tr("Add choice"))
        self.add_button.clicked.connect(self.add_choice)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove choice"))
        self.remove_button.clicked.connect(self.remove_choice)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        for button, name, text, step in ((self.up_button, "arrow-up", self.tr("Move choice up"), -1),
                                         (self.down_button, "arrow-down", self.tr("Move choice down"), 1)):
            button.setObjectName("iconButton")
            button.setIcon(icon(name))
            button.setAccessibleName(text)
            button.setToolTip(text)
            button.clicked.connect(lambda _checked=False, s=step: self.move_choice(s))
        top = QHBoxLayout()
        top.addWidget(self.list_combo, 1)
        top.addWidget(self.new_list_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.shared_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        doc.form_changed.connect(self.refresh)

    def tab_order(self) -> list[QWidget]:
        """The editor's widgets in Tab order."""
        return [self.list_combo, self.new_list_button, self.table, self.add_button, self.up_button,
                self.down_button, self.remove_button]

    def set_question(self, question: Question | None) -> None:
        """Edit the choices of ``question`` (a select)."""
        self.question = question
        self.refresh()

    def refresh(self) -> None:
        """Show the current list and the lists there are to pick from."""
        form = self.doc.form
        question = self.question
        row = self.table.currentIndex().row()
        name = question.list_name if question is not None else ""
        self.model.set_list(name)
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for choice_list in form.choice_lists if form is not None else []:
            first = choice_list.choices[0].label if choice_list.choices else {}
            example = form.text(first) if form is not None and first else ""
            text = self.tr("{list} ({example}, …)").format(list=choice_list.name, example=example) if example \
                else choice_list.name
            self.list_combo.addItem(text, choice_list.name)
        self.list_combo.setCurrentIndex(self.list_combo.findData(name))
        self.list_combo.blockSignals(False)
        others = len(self.doc.users_of(name)) - 1
        self.shared_label.setVisible(others > 0)
        if others == 1:
            self.shared_label.setText(self.tr("One other question uses this list too; changes apply to both."))
        elif others > 1:
            self.shared_label.setText(self.tr("%n other questions use this list too; changes apply to all.", "",
                                              others))
        count = self.model.rowCount()
        if count:
            self.table.selectRow(max(0, min(row, count - 1)))
        # Tall enough for every choice (up to a dozen): the panel scrolls, not a box inside it.
        rows = max(2, min(count, 12))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_list = self.model.choice_list() is not None
        row = self.table.currentIndex().row()
        for button in (self.add_button, self.table):
            button.setEnabled(has_list)
        self.remove_button.setEnabled(has_list and row >= 0)
        self.up_button.setEnabled(has_list and row > 0)
        self.down_button.setEnabled(has_list and 0 <= row < self.model.rowCount() - 1)

    def _pick_list(self, combo_row: int) -> None:
        name = self.list_combo.itemData(combo_row)
        if self.question is not None and name and name != self.question.list_name:
            self.doc.push(EditQuestion(self.doc, self.question, "list_name", name, self.tr("Change choice list")))

    def new_list(self) -> None:
        """Give the question a list of its own, with one choice to start from."""
        form, question = self.doc.form, self.question
        if form is None or question is None:
            return
        name = unique_list_name(form, f"{question.name}_list")
        choice_list = ChoiceList(name, [Choice("option_1", {form.default_language: self.tr("Option 1")})])
        self.doc.stack.beginMacro(self.tr("New choice list"))
        self.doc.push(EditChoices(self.doc, name, None, choice_list, self.tr("New choice list")))
        self.doc.push(EditQuestion(self.doc, question, "list_name", name, self.tr("Change choice list")))
        self.doc.stack.endMacro()

    def _edit(self, change: Any, text: str) -> ChoiceList | None:
        old = self.model.choice_list()
        if old is None:
            return None
        new = copy.deepcopy(old)
        change(new.choices)
        self.doc.push(EditChoices(self.doc, old.name, old, new, text))
        return new

    def add_choice(self) -> None:
        """Add a choice after the selected one and start typing its label."""
        form = self.doc.form
        old = self.model.choice_list()
        if form is None or old is None:
            return
        codes = {c.name for c in old.choices}
        number = len(old.choices) + 1
        while f"option_{number}" in codes:
            number += 1
        row = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() else len(old.choices)
        choice = Choice(f"option_{number}", {form.default_language: self.tr("Option {number}").format(number=number)})
        self._edit(lambda choices: choices.insert(row, choice), self.tr("Add choice"))
        self.table.selectRow(row)
        column = 1 + max(0, form.languages.index(form.default_language)) if form.default_language in form.languages \
            else 1
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.edit(self.model.index(row, column))

    def remove_choice(self) -> None:
        """Remove the selected choice."""
        row = self.table.currentIndex().row()
        choice_list = self.model.choice_list()
        if row < 0 or choice_list is None or row >= len(choice_list.choices):
            return
        self._edit(lambda choices: choices.pop(row), self.tr("Remove choice"))
        self._update_buttons()

    def move_choice(self, step: int) -> None:
        """Move the selected choice up (-1) or down (+1)."""
        row = self.table.currentIndex().row()
        choice_list = self.model.choice_list()
        target = row + step
        if row < 0 or choice_list is None or not 0 <= target < len(choice_list.choices):
            return
        self._edit(lambda choices: choices.insert(target, choices.pop(row)), self.tr("Move choice"))
        self.table.selectRow(target)
        self._update_buttons()
