"""The property panel of the survey builder: every field of the selected question, each edit an undo command.

Texts (label, hint, messages) are edited in one language at a time, picked at the top; the Translations tab
shows every language side by side. Typing in one field is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.forms import CONTAINERS, METADATA, SELECTS, Question
from workshop_app.ui.builder_commands import (
    EditQuestion,
    RenameQuestion,
    change_type,
    edit_required_message,
    edit_text,
    required_messages,
)
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.builder_types import QUESTION_TYPES, fill_language_combo, name_problem, type_label
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.layouts import follow_font, keep_content_width, keep_lines_high
from workshop_app.ui.question_choices import ChoiceEditor
from workshop_app.ui.question_relevance import ExpressionField, RelevanceDialog
from workshop_app.ui.wrapping_buttons import WrapCheckBox

APPEARANCES = {"text": ["multiline"], "select_one": ["minimal", "likert", "horizontal", "columns"],
               "select_multiple": ["minimal", "horizontal", "columns"], "group": ["field-list"],
               "date": ["month-year", "year", "no-calendar"], "integer": ["thousands-sep"]}


class QuestionEditor(QScrollArea):
    """Edits the selected question of a ``SurveyDocument``."""

    relevance_helper_requested = Signal()

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionEditor")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the scroll area
        self.doc = doc
        self.question: Question | None = None
        self._loading = False
        self._shown_kind = ""
        self._rows: dict[str, QLabel] = {}
        page = self._page = QWidget(self)
        page.setObjectName("editorPage")
        self.heading = QLabel(self.tr("Question"), page)
        self.heading.setObjectName("sectionHeading")
        self.language_combo = QComboBox(page)
        self.language_combo.setAccessibleName(self.tr("Language of the texts edited here"))
        self.language_combo.setToolTip(self.tr("The label, hint and messages below are in this language"))
        self.language_combo.currentIndexChanged.connect(lambda _row: self.load())
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form_layout.setVerticalSpacing(10)
        # A field too wide beside its label goes under it (large text, a narrow editor).
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.name_edit = self._line(self.tr("Name"), self.tr("The short code of the question in exports"))
        self.name_edit.textEdited.connect(self._check_name)
        self.name_edit.editingFinished.connect(self.commit_name)
        self.name_problem = QLabel(page)
        self.name_problem.setObjectName("expressionProblem")
        self.name_problem.setWordWrap(True)
        self.name_problem.hide()
        self._row("name", self.tr("&Name"), self._stack(self.name_edit, self.name_problem))
        self.type_combo = QComboBox(page)
        self.type_combo.setAccessibleName(self.tr("Type"))
        self.type_combo.activated.connect(self._type_picked)
        self._row("type", self.tr("&Type"), self.type_combo)
        self.label_edit = QPlainTextEdit(page)
        self.label_edit.setAccessibleName(self.tr("Label"))
        self.label_edit.setTabChangesFocus(True)
        keep_lines_high(self.label_edit, 2.5)
        self.label_edit.textChanged.connect(lambda: self._edit_text("label", self.label_edit.toPlainText()))
        self._row("label", self.tr("&Label"), self.label_edit)
        self.hint_edit = self._line(self.tr("Hint"), self.tr("Shown under the label, smaller"))
        self.hint_edit.textEdited.connect(lambda text: self._edit_text("hint", text))
        self._row("hint", self.tr("&Hint"), self.hint_edit)
        self.calculation_field = ExpressionField("calculation", self.tr("Calculation"), page)
        self.calculation_field.edited.connect(
            lambda text: self._commit("calculation", text, self.tr("Edit calculation"), True))
        self._row("calculation", self.tr("Calculation"), self.calculation_field)
        self.scale_edits: dict[str, QLineEdit] = {}
        scale = QHBoxLayout()
        for key, text in (("start", self.tr("From")), ("end", self.tr("to")), ("step", self.tr("step"))):
            edit = self._line(self.tr("Scale {part}").format(part=text), "")
            follow_font(edit, lambda e: e.setMaximumWidth(e.fontMetrics().horizontalAdvance("00000") + 24))
            edit.textEdited.connect(lambda value, k=key: self._edit_parameter(k, value))
            self.scale_edits[key] = edit
            scale.addWidget(QLabel(text, page))
            scale.addWidget(edit)
        scale.addStretch(1)
        self._row("scale", self.tr("Scale"), scale)
        self.choice_editor = ChoiceEditor(doc, page)
        self.or_other_box = WrapCheckBox(self.tr("Add an “&Other” choice with a box to say what"), page)
        self.or_other_box.setAccessibleName(self.tr("Or other"))
        self.or_other_box.toggled.connect(
            lambda on: self._commit("or_other", on, self.tr("Change “Other” choice")))
        self._row("choices", self.tr("Choices"), self._stack(self.choice_editor, self.or_other_box))
        self.required_box = WrapCheckBox(self.tr("An answer is &required"), page)
        self.required_box.setAccessibleName(self.tr("Required"))
        self.required_box.toggled.connect(self._required_toggled)
        self.required_message = self._line(self.tr("Message when required"),
                                           self.tr("What to say when it is left empty (optional)"))
        self.required_message.textEdited.connect(lambda text: self._edit_required_message(text))
        self._row("required", "", self._stack(self.required_box, self.required_message))
        self.relevant_field = ExpressionField("relevant", self.tr("Show when (relevance)"), page)
        self.relevant_field.edited.connect(lambda text: self._commit("relevant", text, self.tr("Edit relevance"), True))
        self.relevance_button = QPushButton(self.tr("Show &when…"), page)
        self.relevance_button.setAccessibleName(self.tr("Build the condition for showing this question"))
        self.relevance_button.setToolTip(self.tr("Pick an earlier question and an answer"))
        self.relevance_button.clicked.connect(self.open_relevance_helper)
        relevance_row = QHBoxLayout()
        relevance_row.setSpacing(6)
        relevance_row.addWidget(self.relevant_field, 1)
        relevance_row.addWidget(self.relevance_button, 0, Qt.AlignmentFlag.AlignTop)
        self._row("relevant", self.tr("Show when"), relevance_row)
        self.constraint_field = ExpressionField("constraint", self.tr("Constraint"), page)
        self.constraint_field.edited.connect(
            lambda text: self._commit("constraint", text, self.tr("Edit constraint"), True))
        self.constraint_message = self._line(self.tr("Constraint message"),
                                             self.tr("What to say when the answer is not allowed"))
        self.constraint_message.textEdited.connect(lambda text: self._edit_text("constraint_message", text))
        self._row("constraint", self.tr("Constraint"), self._stack(self.constraint_field, self.constraint_message))
        self.appearance_combo = QComboBox(page)
        self.appearance_combo.setEditable(True)
        self.appearance_combo.setAccessibleName(self.tr("Appearance"))
        self.appearance_combo.lineEdit().setAccessibleName(self.tr("Appearance"))
        self.appearance_combo.lineEdit().textEdited.connect(
            lambda text: self._commit("appearance", text.strip(), self.tr("Edit appearance"), True))
        self.appearance_combo.textActivated.connect(
            lambda text: self._commit("appearance", text.strip(), self.tr("Edit appearance")))
        self._row("appearance", self.tr("&Appearance"), self.appearance_combo)
        self.default_edit = self._line(self.tr("Default answer"), self.tr("An answer given in advance (optional)"))
        self.default_edit.textEdited.connect(
            lambda text: self._commit("default", text.strip(), self.tr("Edit default"), True))
        self._row("default", self.tr("&Default"), self.default_edit)

        texts_in = QLabel(self.tr("Texts in"), page)
        texts_in.setBuddy(self.language_combo)
        header = FlowRow(push_right_from=1).add_widgets(self.heading, texts_in, self.language_combo)
        self.empty_label = QLabel(self.tr("Select a question to edit it, or add one."), page)
        self.empty_label.setObjectName("emptyText")
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(header)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.form_layout)
        layout.addStretch(1)
        self.setWidget(page)
        keep_content_width(self)
        doc.question_changed.connect(self._question_changed)
        doc.form_changed.connect(self._form_changed)
        doc.loaded.connect(self._form_changed)
        self.set_question(None)

    def tab_order(self) -> list[QWidget]:
        """The panel's fields in the order Tab visits them (hidden ones are skipped by Qt)."""
        return [self.language_combo, self.name_edit, self.type_combo, self.label_edit, self.hint_edit,
                self.calculation_field.edit, *self.scale_edits.values(), *self.choice_editor.tab_order(),
                self.or_other_box, self.required_box, self.required_message, self.relevant_field.edit,
                self.relevance_button, self.constraint_field.edit, self.constraint_message, self.appearance_combo,
                self.default_edit]

    # -- building helpers ----------------------------------------------------------------------
    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self._page)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _stack(self, *widgets: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        for widget in widgets:
            column.addWidget(widget)
        return column

    def _row(self, key: str, label: str, field: QWidget | QHBoxLayout | QVBoxLayout) -> None:
        caption = QLabel(label, self._page)
        caption.setObjectName("fieldLabel")
        if not isinstance(field, QWidget):
            # A row is hidden and shown as one widget, so what is hidden inside it (a problem line) stays hidden.
            first = field.itemAt(0).widget() if field.count() else None
            container = QWidget(self._page)
            field.setContentsMargins(0, 0, 0, 0)
            container.setLayout(field)
            buddy = first.findChild(QLineEdit) if isinstance(first, ExpressionField) else first
            field = container
        else:
            buddy = field
        caption.setBuddy(buddy)
        self.form_layout.addRow(caption, field)
        self._rows[key] = caption

    def _show_row(self, key: str, visible: bool) -> None:
        row, _role = self.form_layout.getWidgetPosition(self._rows[key])
        self.form_layout.setRowVisible(row, visible)

    # -- showing a question --------------------------------------------------------------------
    def language(self) -> str | None:
        """The language texts are edited in."""
        data = self.language_combo.currentData()
        return str(data) if data else (self.doc.form.default_language if self.doc.form is not None else None)

    def set_language(self, code: str) -> None:
        """Edit texts in ``code``."""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))

    def set_question(self, question: Question | None) -> None:
        """Edit ``question`` (None: nothing selected)."""
        self.question = question
        self._shown_kind = ""
        self.name_problem.hide()
        self.load()

    def _form_changed(self) -> None:
        fill_language_combo(self.language_combo, self.doc.form)
        if self.question is not None and not self.doc.model.contains(self.question):
            self.question = None
        self.load()

    def _question_changed(self, _question: Question) -> None:
        if self.question is not None:
            self.load()  # not only its own fields: another row's rename changes what expressions here refer to

    def load(self) -> None:
        """Show the fields of the question as they are now, and only the rows its type uses."""
        question, form = self.question, self.doc.form
        self._loading = True
        try:
            shown = question is not None and form is not None
            self.empty_label.setVisible(not shown)
            self.language_combo.setEnabled(shown)
            for key in self._rows:
                self._show_row(key, False)
            if not shown:
                self.heading.setText(self.tr("Question"))
                return
            assert question is not None and form is not None
            kind = question.type
            language = self.language() or form.default_language
            device = kind in METADATA or bool(question.source_type)
            self.heading.setText(type_label(question))
            visible = {"name", "type"}
            if not device and kind != "calculate":
                visible |= {"label", "hint", "relevant"}
            if kind in CONTAINERS:
                visible -= {"hint"}
                visible |= {"appearance"}
            elif not device and kind not in ("note", "calculate"):
                visible |= {"required", "constraint", "appearance", "default"}
            if kind == "calculate":
                visible |= {"calculation", "relevant"}
            if kind == "range":
                visible |= {"scale"}
            if kind in SELECTS:
                visible |= {"choices"}
            for key in visible:
                self._show_row(key, True)
            if self.name_edit.text() != question.name and not self.name_edit.hasFocus():
                self.name_edit.setText(question.name)
            if kind != self._shown_kind:
                self._fill_types(question)
                self.appearance_combo.blockSignals(True)
                self.appearance_combo.clear()
                self.appearance_combo.addItems(["", *APPEARANCES.get(kind, [])])
                self.appearance_combo.blockSignals(False)
                self._shown_kind = kind
            self._set_plain(self.label_edit, question.label.get(language, ""))
            self._set_line(self.hint_edit, question.hint.get(language, ""))
            self.required_box.setChecked(question.required)
            self.required_message.setEnabled(question.required)
            self._set_line(self.required_message, required_messages(question, form.default_language).get(language, ""))
            self.relevant_field.set_text(question.relevant, form)
            self.constraint_field.set_text(question.constraint, form)
            self._set_line(self.constraint_message, question.constraint_message.get(language, ""))
            self.calculation_field.set_text(question.calculation, form)
            for key, edit in self.scale_edits.items():
                self._set_line(edit, question.parameters.get(key, ""))
            self.or_other_box.setChecked(question.or_other)
            self.or_other_box.setVisible(kind in ("select_one", "select_multiple"))
            chosen = question if kind in SELECTS else None
            if self.choice_editor.question is not chosen or (
                    chosen is not None and self.choice_editor.model.list_name != chosen.list_name):
                self.choice_editor.set_question(chosen)
            if self.appearance_combo.currentText() != question.appearance:
                self.appearance_combo.setEditText(question.appearance)
            self._set_line(self.default_edit, question.default)
            self.type_combo.setEnabled(not device)
            self.label_edit.setPlaceholderText(self.tr("The question as participants read it, in {language}").format(
                language=form.language_name(language)))
        finally:
            self._loading = False

    def _fill_types(self, question: Question) -> None:
        kinds = list(CONTAINERS) if question.is_container else list(QUESTION_TYPES)
        if question.type not in kinds:
            kinds.append(question.type)
        self.type_combo.clear()
        for kind in kinds:
            self.type_combo.addItem(type_label(kind), kind)
        self.type_combo.setCurrentIndex(self.type_combo.findData(question.type))

    @staticmethod
    def _set_line(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    @staticmethod
    def _set_plain(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    # -- edits ---------------------------------------------------------------------------------
    def _commit(self, field: str, value: Any, text: str, typing: bool = False) -> None:
        question = self.question
        if self._loading or question is None or getattr(question, field) == value:
            return
        self.doc.push(EditQuestion(self.doc, question, field, value, text, (field,) if typing else None))

    def _edit_text(self, field: str, text: str) -> None:
        language = self.language()
        if not self._loading and self.question is not None and language is not None:
            edit_text(self.doc, self.question, field, language, text)

    def _edit_required_message(self, text: str) -> None:
        language = self.language()
        if not self._loading and self.question is not None and language is not None:
            edit_required_message(self.doc, self.question, language, text)

    def _required_toggled(self, on: bool) -> None:
        self.required_message.setEnabled(on)
        self._commit("required", on, self.tr("Make required") if on else self.tr("Make optional"))

    def _edit_parameter(self, key: str, value: str) -> None:
        question = self.question
        if self._loading or question is None:
            return
        parameters = dict(question.parameters)
        if value.strip():
            parameters[key] = value.strip()
        else:
            parameters.pop(key, None)
        self._commit("parameters", parameters, self.tr("Edit scale"), True)

    def _check_name(self, text: str) -> bool:
        form, question = self.doc.form, self.question
        problem = name_problem(form, question, text.strip()) if form is not None and question is not None else ""
        self.name_problem.setText(problem)
        self.name_problem.setVisible(bool(problem))
        self.name_edit.setAccessibleDescription(problem)
        return not problem

    def commit_name(self) -> bool:
        """Rename the question to what is typed, if it is a good name (references to it follow)."""
        question = self.question
        name = self.name_edit.text().strip()
        if self._loading or question is None or name == question.name:
            return False
        if not self._check_name(name):
            return False
        self.doc.push(RenameQuestion(self.doc, question, name))
        return True

    def _type_picked(self, row: int) -> None:
        kind = self.type_combo.itemData(row)
        if self.question is not None and kind and kind != self.question.type:
            change_type(self.doc, self.question, kind)

    def open_relevance_helper(self) -> bool:
        """The "Show when…" helper; its condition becomes the relevance (one undo step)."""
        question, form = self.question, self.doc.form
        if question is None or form is None:
            return False
        dialog = RelevanceDialog(form, question, self.doc.earlier_questions(question), self)
        self.relevance_dialog = dialog
        accepted = dialog.exec() == RelevanceDialog.DialogCode.Accepted and bool(dialog.condition())
        if accepted:
            self._commit("relevant", dialog.expression(), self.tr("Set relevance"))
        dialog.deleteLater()
        return accepted
