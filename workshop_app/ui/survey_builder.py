"""The survey builder: the question tree with its toolbar, the property panel, the live preview, translations.

The builder edits a ``SurveyDocument`` (the form in memory with its own undo stack); the Surveys page loads
it and saves it.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.forms import METADATA, Question
from workshop_app.ui.builder_commands import AddQuestion, EditForm, MoveQuestion, RemoveQuestion, refer_to_copies
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.builder_problems import ProblemsPanel
from workshop_app.ui.builder_types import ADDABLE, MENU_BREAKS, new_question, translate, type_icon, unique_name
from workshop_app.ui.builder_views import AdaptiveSplitter, QuestionTree
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.icons import icon
from workshop_app.ui.layouts import follow_font, keep_content_width
from workshop_app.ui.question_editor import QuestionEditor
from workshop_app.ui.question_preview import QuestionPreview
from workshop_app.ui.survey_translations import TranslationsView

QUESTIONS_TAB, TRANSLATIONS_TAB = range(2)


class SurveyBuilder(QWidget):
    """Edits one survey version at a time; every edit goes on ``doc.stack``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyBuilder")
        self.doc = SurveyDocument(self)
        self.doc.select_requested.connect(self.select_question)
        self.doc.stack.cleanChanged.connect(self._update_header)
        self.doc.loaded.connect(self._loaded)
        self.doc.form_changed.connect(self._form_changed)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Survey title"))
        self.title_edit.setPlaceholderText(self.tr("Title of the survey"))
        self.title_edit.textEdited.connect(self._title_edited)
        self.unsaved_badge = QLabel(self.tr("• Unsaved changes"), self)
        self.unsaved_badge.setObjectName("unsavedBadge")
        self.version_label = QLabel(self)
        self.version_label.setObjectName("hint")
        self.version_label.setWordWrap(True)
        self.undo_button = self._tool_button(self.tr("Undo"), QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.doc.stack.undo)
        self.redo_button = self._tool_button(self.tr("Redo"), QKeySequence.StandardKey.Redo)
        self.redo_button.clicked.connect(self.doc.stack.redo)
        self.doc.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.doc.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save survey"))
        self.save_button.setToolTip(self.tr("Save the survey (Ctrl+S)"))

        self.add_button = QToolButton(self)
        self.add_button.setObjectName("primaryButton")
        self.add_button.setText(self.tr("Add &question"))
        self.add_button.setAccessibleName(self.tr("Add question"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self)
        self.add_actions: dict[str, QAction] = {}
        for kind, name in ADDABLE.items():
            action = self.add_menu.addAction(type_icon(kind), translate(name))
            action.triggered.connect(lambda _checked=False, k=kind: self.add_question(k))
            self.add_actions[kind] = action
            if kind in MENU_BREAKS:
                self.add_menu.addSeparator()
        self.add_button.setMenu(self.add_menu)
        self.duplicate_button = self._push_button(self.tr("D&uplicate"), self.tr("Duplicate question"))
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.delete_button = self._push_button(self.tr("Delete"), self.tr("Delete question"))
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.clicked.connect(self.delete_question)
        self.up_button = self._push_button("", self.tr("Move question up (Alt+Up)"))
        self.up_button.setIcon(icon("arrow-up"))
        self.up_button.setObjectName("iconButton")
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button = self._push_button("", self.tr("Move question down (Alt+Down)"))
        self.down_button.setIcon(icon("arrow-down"))
        self.down_button.setObjectName("iconButton")
        self.down_button.clicked.connect(lambda: self.move_question(1))

        self.tree = QuestionTree(self.doc.model, self.delete_question, self)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            move = QAction(self.tree)
            move.setShortcut(QKeySequence(keys))
            move.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            move.triggered.connect(lambda _checked=False, s=step: self.move_question(s))
            self.tree.addAction(move)
        # Queued: the move happens after the view has finished its drop, never in the middle of it.
        self.doc.model.move_requested.connect(self._move_requested, Qt.ConnectionType.QueuedConnection)
        self.doc.model.rowsInserted.connect(lambda parent, *_: self.tree.expand(parent))

        self.problems = ProblemsPanel(self.doc, self)
        self.problems.problem_activated.connect(self.show_problem)
        self.editor = QuestionEditor(self.doc, self)
        self.preview = QuestionPreview(self.doc, self)
        self.translations = TranslationsView(self.doc, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("builderTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Survey builder views"))
        self.tabs.addTab(self._questions_tab(), self.tr("Questions"))
        self.tabs.addTab(self._scrolling(self.translations), self.tr("Translations"))

        # The title takes the width the buttons leave; with large text the buttons go below it.
        header_row = FlowRow(spacing=8, stretch=0).add_widgets(
            self.title_edit, self.unsaved_badge, self.undo_button, self.redo_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        head = QVBoxLayout()
        head.setContentsMargins(16, 14, 16, 0)
        head.setSpacing(4)
        head.addWidget(header_row)
        head.addWidget(self.version_label)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self._loaded()

    def _tool_button(self, text: str, keys: QKeySequence.StandardKey) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.setToolTip(self.tr("{action} ({keys})").format(
            action=text, keys=QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)))
        button.setEnabled(False)
        return button

    def _push_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    def _questions_tab(self) -> QWidget:
        page = QWidget(self)
        # Rows that wrap rather than widen the pane when the text is large.
        tools = FlowRow(spacing=6, push_right_from=1).add_widgets(self.add_button, self.up_button, self.down_button)
        below = FlowRow(spacing=6, push_right_from=1).add_widgets(self.duplicate_button, self.delete_button)
        left = QWidget(page)
        left.setObjectName("listPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 10, 10, 12)
        left_layout.setSpacing(8)
        left_layout.addWidget(tools)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(below)
        left_layout.addWidget(self.problems)
        # Stacked (large text, a narrow window), each pane keeps a useful height and the tab scrolls instead.
        for pane, lines in ((self.tree, 6), (self.editor, 8), (self.preview, 8)):
            follow_font(pane, lambda w, n=lines: w.setMinimumHeight(n * w.fontMetrics().lineSpacing()))
        right = self.right_splitter = AdaptiveSplitter(page)
        right.setObjectName("builderRightSplitter")
        right.setChildrenCollapsible(False)
        right.addWidget(self.editor)
        right.addWidget(self.preview)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        # With large text the question list goes above the editor rather than widen the window.
        self.splitter = AdaptiveSplitter(page, side_by_side_from=0, shares=(39, 40))
        self.splitter.setObjectName("builderSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        return self._scrolling(page)

    def _scrolling(self, page: QWidget) -> QScrollArea:
        """``page`` as a tab that scrolls when large text makes it higher than the screen allows."""
        scroll = QScrollArea(self)
        scroll.setObjectName("builderTabScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(page)
        return keep_content_width(scroll)

    def tab_order(self) -> list[QWidget]:
        """The builder's widgets in the order Tab visits them."""
        return [self.title_edit, self.undo_button, self.redo_button, self.save_button, self.tabs, self.add_button,
                self.up_button, self.down_button, self.tree, self.duplicate_button, self.delete_button,
                self.problems.list, *self.editor.tab_order(), self.preview.language_combo,
                *self.translations.tab_order()]

    # -- the document --------------------------------------------------------------------------
    def _loaded(self) -> None:
        form = self.doc.form
        self.title_edit.setText(form.title if form is not None else "")
        self.setEnabled(form is not None)
        self.tree.expandAll()
        # The first question a participant sees, not the device's start time.
        first = next((q for q in form.questions if q.type not in METADATA), None) if form is not None else None
        self.select_question(first or (form.questions[0] if form is not None and form.questions else None))
        self._update_header()

    def _form_changed(self) -> None:
        form = self.doc.form
        if form is not None and self.title_edit.text() != form.title:
            self.title_edit.setText(form.title)

    def _title_edited(self, text: str) -> None:
        if self.doc.form is not None and text.strip() and text.strip() != self.doc.form.title:
            self.doc.push(EditForm(self.doc, "title", text.strip(), self.tr("Change title"), merge=True))

    def _update_header(self, *_args: Any) -> None:
        summary = self.doc.summary
        self.unsaved_badge.setVisible(self.doc.is_modified())
        self.save_button.setEnabled(self.doc.form is not None)
        if summary is None:
            self.version_label.clear()
        elif summary.response_count:
            self.version_label.setText(self.tr(
                "Version {version} already has responses, so saving changes makes version {next}.").format(
                version=summary.version, next=summary.version + 1))
        else:
            self.version_label.setText(self.tr("Version {version} · no responses yet").format(version=summary.version))

    # -- selection -----------------------------------------------------------------------------
    def current_question(self) -> Question | None:
        """The question selected in the tree."""
        return self.doc.model.question(self.tree.currentIndex())

    def select_question(self, question: Question | None) -> None:
        """Select ``question`` in the tree (opening its groups) and edit it."""
        index = self.doc.model.index_of(question)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            if self.tree.currentIndex() != index:
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)
        else:
            self.tree.selectionModel().clearCurrentIndex()
            self.tree.clearSelection()
        self._show(self.current_question())

    def select_by_name(self, name: str) -> bool:
        """Select the question called ``name``."""
        form = self.doc.form
        question = form.find(name) if form is not None else None
        if question is None:
            return False
        self.select_question(question)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.doc.model.question(current))

    def _show(self, question: Question | None) -> None:
        if self.editor.question is not question:
            self.editor.set_question(question)
            self.preview.set_question(question)
        has = question is not None
        siblings = self.doc.model.siblings(self.doc.model.parent_of(question)) if question is not None else []
        row = next((i for i, q in enumerate(siblings) if q is question), -1)
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(siblings) - 1)

    def show_problem(self, name: str, field: str) -> None:
        """Show the question a problem is about, and the field to fix."""
        self.tabs.setCurrentIndex(QUESTIONS_TAB)
        if not name or not self.select_by_name(name):
            self.title_edit.setFocus()
            return
        fields = {"relevant": self.editor.relevant_field.edit, "constraint": self.editor.constraint_field.edit,
                  "calculation": self.editor.calculation_field.edit, "name": self.editor.name_edit,
                  "label": self.editor.label_edit, "list_name": self.editor.choice_editor.table}
        target = fields.get(field)
        if target is not None and target.isVisibleTo(self):
            self.editor.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- edits ---------------------------------------------------------------------------------
    def add_question(self, kind: str) -> Question | None:
        """Add a question of ``kind`` after the selected one (or inside the selected group) and edit its label."""
        form = self.doc.form
        if form is None:
            return None
        question, choice_list = new_question(form, kind)
        current = self.current_question()
        if current is not None and current.is_container:
            parent, row = current, len(current.children)
        elif current is not None:
            parent = self.doc.model.parent_of(current)
            row = next(i for i, q in enumerate(self.doc.model.siblings(parent)) if q is current) + 1
        else:
            parent, row = None, len(form.questions)
        self.doc.push(AddQuestion(self.doc, question, parent, row, choice_list,
                                  self.tr("Add question: {type}").format(type=translate(ADDABLE[kind]))))
        self.tabs.setCurrentIndex(QUESTIONS_TAB)
        self.editor.label_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.label_edit.selectAll()
        return question

    def duplicate_question(self) -> Question | None:
        """Add a copy of the selected question (with new names) just after it."""
        form, current = self.doc.form, self.current_question()
        if form is None or current is None:
            return None
        copied = copy.deepcopy(current)
        taken: set[str] = set()
        renamed: dict[str, str] = {}
        for row in copied.walk():
            renamed[row.name] = row.name = unique_name(form, row.name, taken)
            taken.add(row.name)
        refer_to_copies(copied, renamed)  # a copied group's rows refer to each other, not to the originals
        parent = self.doc.model.parent_of(current)
        row = next(i for i, q in enumerate(self.doc.model.siblings(parent)) if q is current) + 1
        self.doc.push(AddQuestion(self.doc, copied, parent, row, None, self.tr("Duplicate question")))
        return copied

    def delete_question(self) -> bool:
        """Delete the selected question (a group with what it holds); Edit › Undo brings it back."""
        current = self.current_question()
        if current is None:
            return False
        self.doc.push(RemoveQuestion(self.doc, current))
        return True

    def move_question(self, step: int) -> bool:
        """Move the selected question up (-1) or down (+1) among its siblings."""
        current = self.current_question()
        if current is None:
            return False
        parent = self.doc.model.parent_of(current)
        siblings = self.doc.model.siblings(parent)
        row = next(i for i, q in enumerate(siblings) if q is current) + step
        if not 0 <= row < len(siblings):
            return False
        self.doc.push(MoveQuestion(self.doc, current, parent, row))
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _move_requested(self, question: Question, parent: Question | None, row: int) -> None:
        if self.doc.model.contains(question):
            self.doc.push(MoveQuestion(self.doc, question, parent, row))
