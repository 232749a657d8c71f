"""Expressions in the builder: a field that checks what is typed as it is typed, and the "Show when…" helper.

The helper builds a relevance condition from an earlier question, an operator and a value, e.g.
``${took_course} = 'no'`` or ``selected(${barriers}, 'other')``, so facilitators need not learn the syntax.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.expressions import ExpressionError, parse_expression
from workshop_app.core.forms import ANSWERABLE, Form, Question
from workshop_app.ui.layouts import fit_to_text

translate = QCoreApplication.translate

# (operator key, words) per kind of question; the key decides the expression ``build_condition`` writes.
_IS = ("=", QT_TRANSLATE_NOOP("relevance", "is"))
_IS_NOT = ("!=", QT_TRANSLATE_NOOP("relevance", "is not"))
# The words are marked for lupdate here and translated when shown (``operators``).
_OPERATORS: dict[str, list[tuple[str, str]]] = {
    "select_one": [_IS, _IS_NOT],
    "select_multiple": [("selected", QT_TRANSLATE_NOOP("relevance", "includes")),
                        ("not_selected", QT_TRANSLATE_NOOP("relevance", "does not include"))],
    "number": [_IS, _IS_NOT, (">", QT_TRANSLATE_NOOP("relevance", "is more than")),
               (">=", QT_TRANSLATE_NOOP("relevance", "is at least")),
               ("<", QT_TRANSLATE_NOOP("relevance", "is less than")),
               ("<=", QT_TRANSLATE_NOOP("relevance", "is at most"))],
    "text": [_IS, _IS_NOT],
    "date": [_IS, (">", QT_TRANSLATE_NOOP("relevance", "is after")),
             ("<", QT_TRANSLATE_NOOP("relevance", "is before"))],
}
_ANSWERED = [("answered", QT_TRANSLATE_NOOP("relevance", "is answered")),
             ("not_answered", QT_TRANSLATE_NOOP("relevance", "is not answered"))]
_NUMERIC = ("integer", "decimal", "range")


def _kind(question: Question) -> str:
    if question.type in ("select_one", "select_multiple"):
        return question.type
    if question.type in _NUMERIC:
        return "number"
    if question.type in ("date", "time"):
        return "date"
    return "text" if question.type == "text" else "other"


def operators(question: Question) -> list[tuple[str, str]]:
    """The operators that make sense for ``question``: (key, words in the interface language)."""
    return [(key, translate("relevance", words)) for key, words in [*_OPERATORS.get(_kind(question), []),
                                                                     *_ANSWERED]]


def quoted(value: str) -> str:
    """``value`` as an expression's text literal (XPath has no escapes: the other quote is used)."""
    return f'"{value}"' if "'" in value else f"'{value}'"


def build_condition(question: Question, operator: str, value: str = "") -> str:
    """The expression "``question`` ``operator`` ``value``", e.g. ``${took_course} = 'no'``."""
    ref = "${" + question.name + "}"
    if operator == "answered":
        return f"{ref} != ''"
    if operator == "not_answered":
        return f"{ref} = ''"
    if operator == "selected":
        return f"selected({ref}, {quoted(value)})"
    if operator == "not_selected":
        return f"not(selected({ref}, {quoted(value)}))"
    literal = value.strip() if question.type in _NUMERIC else quoted(value)
    if question.type == "date":
        literal = f"date({quoted(value)})"
    return f"{ref} {operator} {literal}"


def combine(existing: str, condition: str, how: str) -> str:
    """``condition`` alone ("replace"), or joined to ``existing`` with "and"/"or"."""
    existing = existing.strip()
    if how == "replace" or not existing:
        return condition
    if " or " in existing.lower() and how == "and":
        existing = f"({existing})"
    return f"{existing} {how} {condition}"


def expression_problem(form: Form | None, text: str, field: str = "") -> tuple[int, str] | None:
    """(position from 1, sentence) of the first problem of ``text``, or None when it reads well."""
    if not text.strip():
        return None
    try:
        expression = parse_expression(text, "", field)
    except ExpressionError as exc:
        return exc.position, exc.message
    names = {q.name for q in form.walk()} if form is not None else set()
    for name, position in expression.references:
        if name not in names:
            return position, translate("relevance", "there is no question named '{name}'").format(name=name)
    return None


def problem_html(text: str, position: int, message: str) -> str:
    """The sentence and the expression with the character at ``position`` marked, as rich text."""
    at = max(0, min(position - 1, len(text)))
    marked = (html.escape(text[:at]) + '<span style="background:#fbd5d0;color:#8a1c12;font-weight:600">'
              + (html.escape(text[at]) if at < len(text) else "&nbsp;") + "</span>" + html.escape(text[at + 1:]))
    sentence = translate("relevance", "Position {position}: {message}.").format(position=position,
                                                                                 message=message.rstrip("."))
    return f"{html.escape(sentence)}<br><code>{marked}</code>"


class ExpressionField(QWidget):
    """A one-line expression editor that shows a problem, with its position, while the person types."""

    edited = Signal(str)
    """The text, each time the person changes it."""

    def __init__(self, field: str, accessible_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.field = field
        self.form: Form | None = None
        self._problem_text = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("expressionEdit")
        self.edit.setAccessibleName(accessible_name)
        self.edit.textEdited.connect(self._edited)
        self.problem = QLabel(self)
        self.problem.setObjectName("expressionProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)

    def set_text(self, text: str, form: Form | None) -> None:
        """Show ``text`` (keeping the cursor if it is already there) and check it against ``form``."""
        self.form = form
        if self.edit.text() != text:
            self.edit.setText(text)
        self.check()

    def text(self) -> str:
        """The expression typed."""
        return self.edit.text().strip()

    def check(self) -> tuple[int, str] | None:
        """Check the text now; the problem is shown under the field."""
        found = expression_problem(self.form, self.edit.text(), self.field)
        self.problem.setVisible(found is not None)
        self.problem.setText(problem_html(self.edit.text(), *found) if found is not None else "")
        self._problem_text = "" if found is None else translate("relevance", "Position {position}: {message}.").format(
            position=found[0], message=found[1].rstrip("."))
        self.edit.setAccessibleDescription(self._problem_text)
        if bool(self.edit.property("invalid")) != (found is not None):
            self.edit.setProperty("invalid", found is not None)
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
        return found

    def problem_text(self) -> str:
        """The problem shown, as plain text ("" when there is none)."""
        return self._problem_text

    def _edited(self, text: str) -> None:
        self.check()
        self.edited.emit(text.strip())


class RelevanceDialog(QDialog):
    """Show when…: pick an earlier question, how its answer must be, and (for "and"/"or") how to combine."""

    def __init__(self, form: Form, question: Question, earlier: list[Question], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("relevanceDialog")
        self.setWindowTitle(self.tr("Show this question when…"))
        self.form = form
        self.question = question
        self.candidates = [q for q in earlier if q.type in ANSWERABLE or q.type == "calculate"]
        intro = QLabel(self.tr("Ask “{question}” only when an earlier answer is as follows.").format(
            question=form.text(question.label) or question.name), self)
        intro.setWordWrap(True)
        self.source_combo = QComboBox(self)
        self.source_combo.setAccessibleName(self.tr("Earlier question"))
        for candidate in self.candidates:
            label = form.text(candidate.label) or candidate.name
            self.source_combo.addItem(self.tr("{label} ({name})").format(label=label[:70], name=candidate.name),
                                      candidate.name)
        self.operator_combo = QComboBox(self)
        self.operator_combo.setAccessibleName(self.tr("Condition"))
        self.value_stack = QStackedWidget(self)
        self.value_choice = QComboBox(self)
        self.value_choice.setAccessibleName(self.tr("Answer"))
        self.value_text = QLineEdit(self)
        self.value_text.setAccessibleName(self.tr("Answer"))
        self.value_text.setPlaceholderText(self.tr("The answer to compare with"))
        self.value_stack.addWidget(self.value_choice)
        self.value_stack.addWidget(self.value_text)
        self.value_stack.addWidget(QWidget(self))
        self.combine_group = QButtonGroup(self)
        combine_row = QHBoxLayout()
        self.combine_buttons: dict[str, QRadioButton] = {}
        for key, text in (("replace", self.tr("Replace the condition")), ("and", self.tr("And (both)")),
                          ("or", self.tr("Or (either)"))):
            button = QRadioButton(text, self)
            button.setAccessibleName(text)
            self.combine_group.addButton(button)
            self.combine_buttons[key] = button
            combine_row.addWidget(button)
        self.combine_buttons["replace"].setChecked(True)
        self.combine_label = QLabel(self.tr("The question already has a condition: {condition}").format(
            condition=question.relevant.strip()), self)
        self.combine_label.setWordWrap(True)
        self.combine_label.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (*self.combine_buttons.values(), self.combine_label):
            widget.setVisible(bool(question.relevant.strip()))
        self.result = QLabel(self)
        self.result.setObjectName("expressionPreview")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setWordWrap(True)
        form_layout = QFormLayout()
        form_layout.addRow(self.tr("&Question"), self.source_combo)
        form_layout.addRow(self.tr("&Condition"), self.operator_combo)
        form_layout.addRow(self.tr("&Answer"), self.value_stack)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this condition"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form_layout)
        layout.addWidget(self.combine_label)
        layout.addLayout(combine_row)
        layout.addWidget(QLabel(self.tr("The condition, as XLSForm writes it:"), self))
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.operator_combo.currentIndexChanged.connect(self._operator_changed)
        self.value_choice.currentIndexChanged.connect(self._update)
        self.value_text.textChanged.connect(self._update)
        self.combine_group.buttonToggled.connect(self._update)
        fit_to_text(self)
        self._source_changed()

    def source(self) -> Question | None:
        """The earlier question picked."""
        row = self.source_combo.currentIndex()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def set_source(self, name: str) -> None:
        """Pick the earlier question called ``name``."""
        self.source_combo.setCurrentIndex(self.source_combo.findData(name))

    def set_operator(self, key: str) -> None:
        """Pick an operator by key ("=", "selected", "answered", ...)."""
        self.operator_combo.setCurrentIndex(self.operator_combo.findData(key))

    def set_value(self, value: str) -> None:
        """Pick a choice by code, or type a value."""
        row = self.value_choice.findData(value)
        if row >= 0:
            self.value_choice.setCurrentIndex(row)
        self.value_text.setText(value)

    def set_combination(self, how: str) -> None:
        """"replace", "and" or "or"."""
        self.combine_buttons[how].setChecked(True)

    def _source_changed(self) -> None:
        source = self.source()
        self.operator_combo.blockSignals(True)
        self.operator_combo.clear()
        for key, words in operators(source) if source is not None else []:
            self.operator_combo.addItem(words, key)
        self.operator_combo.blockSignals(False)
        self.value_choice.blockSignals(True)
        self.value_choice.clear()
        choice_list = self.form.choice_list(source.list_name) if source is not None and source.list_name else None
        for choice in choice_list.choices if choice_list is not None else []:
            self.value_choice.addItem(self.form.text(choice.label) or choice.name, choice.name)
        if source is not None and source.or_other:
            self.value_choice.addItem(self.tr("Other"), "other")
        self.value_choice.blockSignals(False)
        self._operator_changed()

    def _operator_changed(self) -> None:
        source = self.source()
        operator = self.operator_combo.currentData()
        if source is None or operator in ("answered", "not_answered"):
            self.value_stack.setCurrentIndex(2)
        else:
            self.value_stack.setCurrentIndex(0 if source.type in ("select_one", "select_multiple") else 1)
        self._update()

    def value(self) -> str:
        """The value the condition compares with."""
        index = self.value_stack.currentIndex()
        if index == 0:
            return str(self.value_choice.currentData() or "")
        return self.value_text.text().strip() if index == 1 else ""

    def condition(self) -> str:
        """The condition built from the three choices alone."""
        source, operator = self.source(), self.operator_combo.currentData()
        if source is None or not operator:
            return ""
        return build_condition(source, operator, self.value())

    def expression(self) -> str:
        """The whole relevance: the new condition, combined with what was there as asked."""
        how = next((key for key, button in self.combine_buttons.items() if button.isChecked()), "replace")
        return combine(self.question.relevant, self.condition(), how)

    def _update(self, *_args: Any) -> None:
        condition = self.condition()
        needs_value = self.value_stack.currentIndex() in (0, 1)
        ready = bool(condition) and (not needs_value or bool(self.value()))
        self.ok_button.setEnabled(ready)
        self.result.setText(self.expression() if ready else self.tr("Pick a question and an answer."))
