"""One line of the paper data-entry form: the question, a compact keyboard input, and what went wrong beside it.

Choices are typed as their number on the paper ("2") or their code; several as "1 3" or "1,3". Numbers take
"12,5" as well as "12.5". Whatever the facilitator types is checked by the same rules as the kiosk (the core).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.forms import Slot
from workshop_app.core.question_view import QuestionView
from workshop_app.ui.layouts import keep_lines_high

CHOICES = ("select_one", "select_multiple", "rank")
LABEL_WIDTH, INPUT_WIDTH = 400, 300


def parse_choices(text: str, choices: list[tuple[str, str]], *, multiple: bool) -> str:
    """What was typed for a choice question as codes: a code, a choice's number, or its label; unknown text is
    passed on as typed so the core's check names the problem."""
    codes = [code for code, _ in choices]
    by_fold = {code.casefold(): code for code in codes} | {text.casefold(): code for code, text in choices}
    tokens = text.replace(",", " ").replace(";", " ").split() if multiple else [text.strip()]
    found = []
    for token in tokens:
        if token in codes:
            found.append(token)
        elif token.casefold() in by_fold:
            found.append(by_fold[token.casefold()])
        elif token.isdecimal() and 1 <= int(token) <= len(codes):
            found.append(codes[int(token) - 1])
        elif token:
            found.append(token)
    return " ".join(found)


def shown_choices(value: str, choices: list[tuple[str, str]]) -> str:
    """Stored codes as the numbers the facilitator types ("yes" → "1")."""
    codes = [code for code, _ in choices]
    return " ".join(str(codes.index(code) + 1) if code in codes else code for code in value.split())


class _PlainBox(QPlainTextEdit):
    """A multi-line answer; Tab moves on and leaving the box counts as "done typing"."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class EntryRow(QWidget):
    """One question of the paper. ``committed`` when the facilitator leaves the field (Tab, Enter, a click)."""

    committed = Signal(object)
    advance = Signal(object)
    """Enter in the field: save it and go to the next question that applies."""

    def __init__(self, number: int, view: QuestionView, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.slot = Slot(view.name, tuple(view.instance))
        self.kind = view.type
        self.choices = [(c.code, c.label) for c in view.choices]
        self.saved = view.value
        self.applies = True
        self.number = QLabel(f"{number}.", self)
        self.number.setObjectName("entryNumber")
        self.label = QLabel(self)
        self.label.setObjectName("entryLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setFixedWidth(LABEL_WIDTH)
        self.legend = QLabel(self)
        self.legend.setObjectName("entryLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(self)
        self.problem.setObjectName("entryProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self.input: QLineEdit | QPlainTextEdit | QCheckBox
        if self.kind == "acknowledge":
            self.input = QCheckBox(self)
            self.input.toggled.connect(lambda _on: self.committed.emit(self))
        elif self.kind == "text" and "multiline" in view.appearance.split():
            box = _PlainBox(self)
            box.setTabChangesFocus(True)
            keep_lines_high(box, 3)
            box.left.connect(lambda: self.committed.emit(self))
            self.input = box
        else:
            line = QLineEdit(self)
            line.editingFinished.connect(lambda: self.committed.emit(self))
            line.returnPressed.connect(lambda: self.advance.emit(self))
            line.setPlaceholderText(_placeholder(view))
            self.input = line
        self.input.setObjectName("entryInput")
        self.input.setFixedWidth(INPUT_WIDTH)
        self.input.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        notes = QVBoxLayout()
        notes.setContentsMargins(0, 4, 0, 0)
        notes.setSpacing(2)
        notes.addWidget(self.legend)
        notes.addWidget(self.problem)
        notes.addStretch(1)
        grid.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.label, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.input, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(notes, 0, 3)
        grid.setColumnMinimumWidth(0, 34)
        grid.setColumnStretch(3, 1)
        self.show_view(view)
        self.show_value(view.value)

    def show_view(self, view: QuestionView) -> None:
        """The question's texts now (labels may quote earlier answers)."""
        required = " *" if view.required else ""
        self.label.setText(f"{view.label or view.name}{required}")
        self.input.setAccessibleName(view.label or view.name)
        self.choices = [(c.code, c.label) for c in view.choices]
        if self.kind in CHOICES:
            self._legend = "   ".join(f"{i} {text}" for i, (_code, text) in enumerate(self.choices, 1))
        else:
            self._legend = view.hint
        self._show_legend()

    def _show_legend(self) -> None:
        # A skipped question says so in words: the grey alone would not tell everyone.
        text = self._legend if self.applies else self.tr("Does not apply to this paper (skipped)")
        self.legend.setText(text)
        self.legend.setVisible(bool(text))

    def show_value(self, value: str) -> None:
        """Show a stored answer (as choice numbers for choices)."""
        self.saved = value
        if isinstance(self.input, QCheckBox):
            self.input.blockSignals(True)
            self.input.setChecked(bool(value))
            self.input.blockSignals(False)
        elif isinstance(self.input, QPlainTextEdit):
            self.input.setPlainText(value)
        else:
            self.input.setText(shown_choices(value, self.choices) if self.kind in CHOICES else value)

    def typed(self) -> str:
        """What the field holds, as the value to save (choice numbers turned into codes)."""
        if isinstance(self.input, QCheckBox):
            return "OK" if self.input.isChecked() else ""
        text = self.input.toPlainText() if isinstance(self.input, QPlainTextEdit) else self.input.text()
        if self.kind in CHOICES:
            return parse_choices(text, self.choices, multiple=self.kind != "select_one")
        return text.strip()

    def changed(self) -> bool:
        """Whether the field differs from what is saved (or still shows a problem)."""
        return self.typed() != self.saved or self.has_problem()

    def has_problem(self) -> bool:
        """Whether a problem is shown beside the field."""
        return not self.problem.isHidden()

    def show_problem(self, text: str) -> None:
        """Say what is wrong beside the field (empty: nothing)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.setProperty("problem", bool(text))
        repolish(self)

    def set_applies(self, applies: bool) -> None:
        """Greyed out and skipped by Tab when skip logic says the question does not apply to this paper."""
        self.applies = applies
        self.setEnabled(applies)
        self.setProperty("applies", applies)
        repolish(self)
        self._show_legend()
        if not applies:
            self.show_problem("")

    def focus(self) -> None:
        """Put the keyboard in the field, its text selected for overtyping."""
        self.input.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(self.input, QLineEdit):
            self.input.selectAll()


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property changed, to the widget and what it holds."""
    for each in (widget, *widget.findChildren(QWidget)):
        each.style().unpolish(each)
        each.style().polish(each)


def _placeholder(view: QuestionView) -> str:
    if view.type == "date":
        return "YYYY-MM-DD"
    if view.type == "time":
        return "HH:MM"
    if view.type == "range":
        return f"{view.parameters.get('start', '1')}–{view.parameters.get('end', '5')}"
    if view.type == "select_multiple":
        return "1 3"
    if view.type == "rank":
        return "2 1 3"
    return ""
