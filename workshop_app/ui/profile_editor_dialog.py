"""The profile question editor: add, rename and reorder questions and their answers, labels side by side.

Every change is a command on the window's undo stack (the dialog has its own Undo and Redo buttons, since the
Edit menu is out of reach behind it). A question's name and a choice's code never change once made: exports and
targets know them by it.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, ProfileChoiceData, ProfileQuestionData
from workshop_app.ui import dialogs
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.labels import LANGUAGE_CODES, language_label
from workshop_app.ui.layouts import keep_wrapped_height, scrolling_body
from workshop_app.ui.participant_commands import while_open
from workshop_app.ui.profile_commands import (
    AddChoice,
    AddQuestion,
    DeleteChoice,
    DeleteQuestion,
    MoveChoice,
    MoveQuestion,
    SetChoiceLabels,
    SetQuestionLabels,
)
from workshop_app.ui.profile_editor_model import ChoiceTableModel, QuestionListModel, slug
from workshop_app.ui.undo import CommandContext, execute


class ProfileEditorDialog(QDialog):
    """Edits the database's profile questions through ``ctx.service.profiles``."""

    def __init__(self, stack: QUndoStack, ctx: CommandContext, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._stack, self._page_ctx, self._language = stack, ctx, language
        self._service = ctx.service.profiles
        self._questions: list[ProfileQuestionData] = []
        self._extra_languages: list[str] = []
        self._label_edits: dict[str, QLineEdit] = {}
        self._ctx = while_open(self, self._show_message, self._focus, ctx, service=self._service)
        self.setWindowTitle(self.tr("Profile questions"))
        # A starting size, not a minimum: with large text its layout needs more, and a minimum would squeeze it.
        self.resize(920, 660)
        self.message = InlineMessage(self)
        self.question_model = QuestionListModel(self)
        self.choice_model = ChoiceTableModel(self._rename_choice, self)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.reload)
        self._service.changed.connect(self._schedule_reload)
        self.finished.connect(lambda _r: self._service.changed.disconnect(self._schedule_reload))
        self.reload()
        if self.question_model.rowCount():
            self.question_list.setCurrentIndex(self.question_model.index(0))

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr("The questions people may answer about themselves at registration. Every question "
                               "keeps “Prefer not to say”, so answering stays voluntary."), self)
        intro.setWordWrap(True)
        keep_wrapped_height(intro)
        self.question_list = QListView(self)
        self.question_list.setObjectName("questionList")
        self.question_list.setModel(self.question_model)
        self.question_list.setAccessibleName(self.tr("Profile questions"))
        self.question_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_list.setWordWrap(True)
        self.question_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_list.selectionModel().currentChanged.connect(lambda _c, _p: self._show_question())
        self.new_question_edit = QLineEdit(self)
        self.new_question_edit.setPlaceholderText(self.tr("New question, e.g. Housing situation"))
        self.new_question_edit.setAccessibleName(self.tr("Label of a new question"))
        self.new_question_edit.returnPressed.connect(self.add_question)
        add_question = self._button(self.tr("Add"), self.tr("Add question"), self.add_question)
        self.question_up = self._button("↑", self.tr("Move question up"), lambda: self._move_question(-1))
        self.question_down = self._button("↓", self.tr("Move question down"), lambda: self._move_question(1))
        self.delete_question_button = self._button(self.tr("Delete…"), self.tr("Delete question"),
                                                   self.delete_question)
        self.delete_question_button.setObjectName("dangerButton")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self._heading(self.tr("Questions")))
        left_layout.addWidget(self.question_list, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_question_edit, 1)
        add_row.addWidget(add_question)
        left_layout.addLayout(add_row)
        move_row = QHBoxLayout()
        move_row.addWidget(self.question_up)
        move_row.addWidget(self.question_down)
        move_row.addStretch(1)
        move_row.addWidget(self.delete_question_button)
        left_layout.addLayout(move_row)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("hint")
        self.name_label.setWordWrap(True)
        keep_wrapped_height(self.name_label)
        self.labels_grid = QGridLayout()
        self.labels_grid.setHorizontalSpacing(12)
        self.labels_grid.setColumnStretch(1, 1)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language to add"))
        add_language = self._button(self.tr("Add language"), self.tr("Add a language column"), self.add_language)
        self.choice_table = QTableView(self)
        self.choice_table.setObjectName("choiceTable")
        self.choice_table.setModel(self.choice_model)
        self.choice_table.setAccessibleName(self.tr("Answers, with their label in each language"))
        self.choice_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.choice_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.choice_table.verticalHeader().hide()
        self.choice_table.setWordWrap(False)
        self.choice_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choice_table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choice_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed
                                          | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.new_choice_edit = QLineEdit(self)
        self.new_choice_edit.setPlaceholderText(self.tr("New answer, in {language}").format(
            language=language_label(self._language)))
        self.new_choice_edit.setAccessibleName(self.tr("Label of a new answer"))
        self.new_choice_edit.returnPressed.connect(self.add_choice)
        add_choice = self._button(self.tr("Add answer"), self.tr("Add answer"), self.add_choice)
        self.choice_up = self._button("↑", self.tr("Move answer up"), lambda: self._move_choice(-1))
        self.choice_down = self._button("↓", self.tr("Move answer down"), lambda: self._move_choice(1))
        self.delete_choice_button = self._button(self.tr("Delete answer"), self.tr("Delete answer"),
                                                 self.delete_choice)
        self.delete_choice_button.setObjectName("dangerButton")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self._heading(self.tr("Question")))
        title_row.addWidget(self.name_label, 1)
        right_layout.addLayout(title_row)
        right_layout.addLayout(self.labels_grid)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_combo)
        language_row.addWidget(add_language)
        right_layout.addLayout(language_row)
        right_layout.addWidget(self._heading(self.tr("Answers (double-click a label to change it)")))
        right_layout.addWidget(self.choice_table, 1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.new_choice_edit, 1)
        choice_row.addWidget(add_choice)
        right_layout.addLayout(choice_row)
        choice_buttons = QHBoxLayout()
        choice_buttons.addWidget(self.choice_up)
        choice_buttons.addWidget(self.choice_down)
        choice_buttons.addStretch(1)
        choice_buttons.addWidget(self.delete_choice_button)
        right_layout.addLayout(choice_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        undo = QToolButton(self)
        undo.setDefaultAction(self._stack.createUndoAction(self, self.tr("Undo")))
        undo.defaultAction().setShortcut(QKeySequence.StandardKey.Undo)
        redo = QToolButton(self)
        redo.setDefaultAction(self._stack.createRedoAction(self, self.tr("Redo")))
        redo.defaultAction().setShortcut(QKeySequence.StandardKey.Redo)
        for button in (undo, redo):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(button.defaultAction().iconText() or button.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(undo)
        bottom.addWidget(redo)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        # Everything but Undo, Redo and Close scrolls when large text makes it higher than the screen.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        scroll = scrolling_body(self, body, tall=0.7)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 16, 18, 14)
        outer.addWidget(scroll, 1)
        outer.addLayout(bottom)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionHeading")
        label.setWordWrap(True)
        keep_wrapped_height(label)
        return label

    def _button(self, text: str, accessible: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- showing ---------------------------------------------------------------------------------
    def languages(self) -> list[str]:
        """The label languages shown: the app's first, then every one in use, then those just added here."""
        found = {lang for q in self._questions for labels in (q.labels, *(c.labels for c in q.choices))
                 for lang in labels}
        added = [lang for lang in self._extra_languages if lang not in found and lang != self._language]
        return [self._language, *sorted(found - {self._language}), *added]

    def current_question(self) -> ProfileQuestionData | None:
        """The question selected in the list."""
        index = self.question_list.currentIndex()
        return self.question_model.question(index.row()) if index.isValid() else None

    def current_choice(self) -> ProfileChoiceData | None:
        """The answer selected in the table."""
        rows = self.choice_table.selectionModel().selectedRows()
        return self.choice_model.choice(rows[0].row()) if rows else None

    def _schedule_reload(self, *_args: Any) -> None:
        # Deferred: a cell edit's setData must finish before its model is reset.
        if isValid(self._refresh_timer):
            self._refresh_timer.start(0)

    def reload(self, question_id: str | None = None, choice_id: str | None = None) -> None:
        """Read the questions again, keeping (or moving to) the selected question and answer."""
        current, choice = self.current_question(), self.current_choice()
        question_id = question_id or (current.id if current else None)
        choice_id = choice_id or (choice.id if choice else None)
        self._questions = self._service.questions()
        self.question_model.set_questions(self._questions, self._language)
        row = self.question_model.row_of(question_id)
        if row < 0 and self._questions:
            row = 0
        if row >= 0:
            self.question_list.setCurrentIndex(self.question_model.index(row))
        self._show_question(choice_id)
        self.language_combo.clear()
        for code in LANGUAGE_CODES:
            if code not in self.languages():
                self.language_combo.addItem(language_label(code), code)

    def _show_question(self, choice_id: str | None = None) -> None:
        question = self.current_question()
        languages = self.languages()
        while self.labels_grid.count():
            item = self.labels_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._label_edits.clear()
        for row, language in enumerate(languages):
            label = QLabel(language_label(language), self)
            label.setObjectName("fieldLabel")
            edit = QLineEdit(self)
            edit.setAccessibleName(self.tr("Question label in {language}").format(language=language_label(language)))
            edit.setText(question.labels.get(language, "") if question else "")
            edit.setPlaceholderText(self.tr("(missing)"))
            edit.setEnabled(question is not None)
            edit.editingFinished.connect(lambda lang=language, e=edit: self._rename_question(lang, e))
            label.setBuddy(edit)
            self.labels_grid.addWidget(label, row, 0)
            self.labels_grid.addWidget(edit, row, 1)
            self._label_edits[language] = edit
        # The new fields come where they stand, not at the end of the Tab order.
        chain = [self.delete_question_button, *self._label_edits.values(), self.language_combo]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.name_label.setText(self.tr("known in exports as {name}").format(name=question.name) if question else "")
        self.choice_model.set_choices(question.choices if question else (), languages)
        row = self.choice_model.row_of(choice_id)
        if row >= 0:
            self.choice_table.selectRow(row)
        for widget in (self.question_up, self.question_down, self.delete_question_button, self.new_choice_edit,
                       self.delete_choice_button, self.choice_up, self.choice_down):
            widget.setEnabled(question is not None)

    def _show_message(self, text: str) -> None:
        self.message.show_message(text)

    def _focus(self, question_id: str | None, choice_id: str | None) -> None:
        self.reload(question_id, choice_id)

    def _run(self, command: Any) -> bool:
        ok = execute(self._stack, command)
        if ok:
            self.message.dismiss()
        return ok

    # -- questions -------------------------------------------------------------------------------
    def add_question(self) -> bool:
        """Add a question labelled with what was typed; its stable name is made from the label."""
        text = self.new_question_edit.text().strip()
        if not text:
            self.message.show_message(self.tr("Type the new question first."))
            return False
        name = slug(text, {q.name for q in self._questions}, "question")
        command = AddQuestion(self._ctx, name, {self._language: text})
        if not self._run(command):
            return False
        self.new_question_edit.clear()
        self.reload(command.question_id)
        return True

    def _rename_question(self, language: str, edit: QLineEdit) -> None:
        question = self.current_question()
        if question is None or not edit.isModified():
            return
        edit.setModified(False)
        labels = dict(question.labels)
        text = edit.text().strip()
        if text == labels.get(language, ""):
            return
        if text:
            labels[language] = text
        else:
            labels.pop(language, None)
        if not self._run(SetQuestionLabels(self._ctx, question.id, labels)):
            edit.setText(question.labels.get(language, ""))

    def _move_question(self, step: int) -> None:
        question = self.current_question()
        if question is None:
            return
        row = self.question_model.row_of(question.id)
        if 0 <= row + step < self.question_model.rowCount():
            self._run(MoveQuestion(self._ctx, question.id, row + step))
            self.reload(question.id)

    def delete_question(self) -> bool:
        """Delete the selected question after saying how many answers go with it (undoable)."""
        question = self.current_question()
        if question is None:
            return False
        count = self._service.answer_count(question.id)
        if count == 1:
            detail = self.tr("%n person answered it; that answer goes too.", "", count)
        else:
            detail = self.tr("%n people answered it; their answers go too.", "", count)
        undo = self.tr("You can undo this.")  # outside the f-string, where lupdate finds it
        if not dialogs.confirm(self, self.tr("Delete question"),
                               self.tr("Delete the question “{label}”?").format(label=question.label(self._language)),
                               f"{detail} {undo}", self.tr("Delete")):
            return False
        ok = self._run(DeleteQuestion(self._ctx, question.id))
        self.reload()
        return ok

    # -- answers ---------------------------------------------------------------------------------
    def add_language(self) -> None:
        """Add a column for another language's labels."""
        code = self.language_combo.currentData()
        if code and code not in self._extra_languages:
            self._extra_languages.append(code)
            self.reload()

    def add_choice(self) -> bool:
        """Add an answer labelled with what was typed, just before "Prefer not to say"."""
        question, text = self.current_question(), self.new_choice_edit.text().strip()
        if question is None or not text:
            self.message.show_message(self.tr("Type the new answer first."))
            return False
        code = slug(text, set(question.codes), "answer")
        command = AddChoice(self._ctx, question.id, code, {self._language: text})
        if not self._run(command):
            return False
        self.new_choice_edit.clear()
        self.reload(question.id, command.activity_id)
        return True

    def _rename_choice(self, choice: ProfileChoiceData, labels: dict[str, str]) -> bool:
        question = self.current_question()
        if question is None:
            return False
        ok = self._run(SetChoiceLabels(self._ctx, question.id, choice.id, labels))
        self._schedule_reload()
        return ok

    def _move_choice(self, step: int) -> None:
        question, choice = self.current_question(), self.current_choice()
        if question is None or choice is None:
            return
        row = self.choice_model.row_of(choice.id)
        if 0 <= row + step < self.choice_model.rowCount():
            self._run(MoveChoice(self._ctx, question.id, choice.id, row + step))
            self.reload(question.id, choice.id)

    def delete_choice(self) -> bool:
        """Delete the selected answer ("Prefer not to say" stays; an answer someone gave stays too)."""
        question, choice = self.current_question(), self.current_choice()
        if question is None or choice is None:
            return False
        if choice.code == PREFER_NOT_TO_SAY:
            self.message.show_message(self.tr("Every question keeps “Prefer not to say”, so answering stays "
                                              "voluntary. You can rename it."))
            return False
        ok = self._run(DeleteChoice(self._ctx, question.id, choice.id))
        self.reload(question.id)
        return ok
