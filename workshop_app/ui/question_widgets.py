"""What a participant sees and touches for one question: large, touch-friendly inputs in their language.

``build_question_widget(question, source, language)`` gives a ``QuestionWidget`` for any row type. ``source``
is a ``FormState`` (the kiosk and data entry: labels with ``${...}`` filled in, choices after filters, with
"Other" for ``or_other``), a ``Form`` (the builder's preview: the texts as written) or ready ``QuestionTexts``.
``build_view_widget(view)`` does the same for a ``core.question_view.QuestionView``, showing its answer.

Values are XLSForm text, as ``FormState.set_answer`` takes them: ``""`` for no answer; choice codes separated
by spaces for multiple choice and ranking; ``YYYY-MM-DD`` for a date; ``HH:MM`` for a time; the number for a
rating scale; ``OK`` for acknowledge. ``changed`` is emitted when the person changes the answer, never by
``set_value``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from workshop_app.core.forms import Form, FormState, Question, is_required, text_in
from workshop_app.core.forms.model import OTHER
from workshop_app.core.question_view import QuestionView

_NUMBER = {"integer": r"-?\d{0,10}", "decimal": r"-?\d{0,15}([.,]\d{0,10})?"}


@dataclass
class QuestionTexts:
    """Everything a widget shows, already in the participant's language."""

    label: str = ""
    hint: str = ""
    choices: list[tuple[str, str]] = field(default_factory=list)
    """(code, label) of each choice offered, in order."""
    required: bool = False


def question_texts(question: Question, source: FormState | Form, language: str | None = None,
                   instance: tuple[int, ...] = ()) -> QuestionTexts:
    """The label, hint and choices of ``question`` in ``language``, from a running state or from the form."""
    if isinstance(source, FormState):
        language = language or source.language
        choices = source.choices(question.name, instance) if question.type in ("select_one", "select_multiple",
                                                                                "rank") else []
        default = source.logic.form.default_language
        return QuestionTexts(
            source.label(question.name, language, instance), source.hint(question.name, language, instance),
            [(c.name, text_in(c.label, language, default) or c.name) for c in choices],
            is_required(source, question.name, instance))
    form = source
    choices = []
    choice_list = form.choice_list(question.list_name) if question.list_name else None
    if choice_list is not None:
        choices = [(c.name, form.text(c.label, language) or c.name) for c in choice_list.choices]
    if question.or_other and not any(code == "other" for code, _ in choices):
        choices.append(("other", OTHER.get(language or "", OTHER["en"])))
    return QuestionTexts(form.text(question.label, language), form.text(question.hint, language), choices,
                         question.required)


class QuestionWidget(QWidget):
    """One question as a participant sees it: the label, the hint, and the input (if it takes an answer)."""

    changed = Signal(str)
    """The new value, each time the person changes the answer."""

    def __init__(self, question: Question, texts: QuestionTexts, language: str | None = None, parent: Any = None,
                 *, show_texts: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("questionWidget")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.question = question
        self.texts = texts
        self.language = language
        self._loading = False
        if language:
            self.setLayoutDirection(QLocale(language).textDirection())
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.label = QLabel(self._label_text(), self)
        self.label.setObjectName("questionLabel")
        self.hint = QLabel(texts.hint, self)
        self.hint.setObjectName("questionHint")
        for label in (self.label, self.hint):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.layout_.addWidget(label)
        self.label.setVisible(show_texts and bool(self._label_text()))
        self.hint.setVisible(show_texts and bool(texts.hint))
        self.build()

    def _label_text(self) -> str:
        label = self.texts.label or ""
        return f"{label} *" if label and self.texts.required else label

    @property
    def accessible_label(self) -> str:
        """What a screen reader says for the input: the question itself."""
        return self.texts.label or self.question.name

    def build(self) -> None:
        """Add the input under the texts (nothing for a note)."""

    def value(self) -> str:
        """The answer as XLSForm text; ``""`` when not answered."""
        return ""

    def set_value(self, value: str) -> None:
        """Show ``value`` (e.g. an answer given before); does not emit ``changed``."""
        self._loading = True
        try:
            self._show_value(value or "")
        finally:
            self._loading = False

    def _show_value(self, value: str) -> None:
        """Subclasses show ``value`` here."""

    def focus_input(self) -> None:
        """Put the keyboard focus in the input."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _emit(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit(self.value())


class NoteWidget(QuestionWidget):
    """A note: text only, no answer."""


class InfoWidget(QuestionWidget):
    """A row participants never see (calculation, device value) or a group: says so, in the builder's preview."""

    def build(self) -> None:
        self.info = QLabel(self)
        self.info.setObjectName("questionInfo")
        self.info.setWordWrap(True)
        kind = self.question.type
        if kind == "calculate":
            text = self.tr("Participants do not see calculations; the app works out the value.")
        elif self.question.is_container:
            count = len(self.question.children)
            # Separate strings per English form, so English reads right without a translation file.
            if kind == "group":
                text = (self.tr("This group holds one question.") if count == 1
                        else self.tr("This group holds %n questions, shown one after another.", "", count))
            else:
                text = (self.tr("Participants answer this repeat's question once per entry and can add entries.")
                        if count == 1 else self.tr("Participants answer the %n questions of this repeat once per "
                                                   "entry and can add entries.", "", count))
        else:
            text = self.tr("The device fills this in; participants do not see it.")
        self.info.setText(text)
        self.layout_.addWidget(self.info)


class TextWidget(QuestionWidget):
    """Free text: one line, or a larger box with the ``multiline`` appearance."""

    def build(self) -> None:
        self.multiline = "multiline" in self.question.appearance.split()
        self.edit: QLineEdit | QPlainTextEdit
        if self.multiline:
            self.edit = QPlainTextEdit(self)
            self.edit.setMinimumHeight(110)
            self.edit.setTabChangesFocus(True)
            self.edit.textChanged.connect(self._emit)
        else:
            self.edit = QLineEdit(self)
            self.edit.textEdited.connect(self._emit)
        self.edit.setObjectName("answerField")
        self.edit.setAccessibleName(self.accessible_label)
        self.layout_.addWidget(self.edit)

    def value(self) -> str:
        text = self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        return text.strip()

    def _show_value(self, value: str) -> None:
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.setPlainText(value)
        else:
            self.edit.setText(value)

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class NumberWidget(QuestionWidget):
    """A whole number or a decimal, typed; a comma counts as the decimal point."""

    def build(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setObjectName("answerField")
        self.edit.setAccessibleName(self.accessible_label)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(_NUMBER[self.question.type]), self.edit))
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.edit.setMaximumWidth(260)
        self.edit.textEdited.connect(self._emit)
        self.layout_.addWidget(self.edit)

    def value(self) -> str:
        text = self.edit.text().strip().replace(",", ".")
        return "" if text in ("", "-", ".", "-.") else text

    def _show_value(self, value: str) -> None:
        self.edit.setText(value)

    def focus_input(self) -> None:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


class AcknowledgeWidget(QuestionWidget):
    """One big box to tick: the answer is ``OK``."""

    def build(self) -> None:
        self.box = QCheckBox(self.tr("OK"), self)
        self.box.setObjectName("choiceButton")
        self.box.setAccessibleName(self.accessible_label)
        self.box.toggled.connect(self._emit)
        self.layout_.addWidget(self.box)

    def value(self) -> str:
        return "OK" if self.box.isChecked() else ""

    def _show_value(self, value: str) -> None:
        self.box.setChecked(bool(value))

    def focus_input(self) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)


def build_question_widget(question: Question, source: FormState | Form | QuestionTexts, language: str | None = None,
                          *, instance: tuple[int, ...] = (), parent: Any = None,
                          show_texts: bool = True) -> QuestionWidget:
    """The participant's widget for ``question`` in ``language`` (see the module's docstring for ``source``)."""
    from workshop_app.ui import question_inputs

    texts = source if isinstance(source, QuestionTexts) else question_texts(question, source, language, instance)
    kinds: dict[str, type[QuestionWidget]] = {
        "text": TextWidget, "integer": NumberWidget, "decimal": NumberWidget, "acknowledge": AcknowledgeWidget,
        "note": NoteWidget, "select_one": question_inputs.SingleChoiceWidget,
        "select_multiple": question_inputs.MultipleChoiceWidget, "rank": question_inputs.RankWidget,
        "range": question_inputs.ScaleWidget, "date": question_inputs.DateWidget, "time": question_inputs.TimeWidget,
    }
    kind = NoteWidget if question.source_type else kinds.get(question.type, InfoWidget)
    return kind(question, texts, language, parent, show_texts=show_texts)


def build_view_widget(view: QuestionView, language: str | None = None, *, parent: Any = None,
                      show_texts: bool = True) -> QuestionWidget:
    """The participant's widget for a ``QuestionView`` (what the kiosk and data entry get from the core),
    already showing the answer given so far."""
    question = Question(view.name, view.type, appearance=view.appearance, parameters=dict(view.parameters))
    texts = QuestionTexts(view.label, view.hint, [(c.code, c.label) for c in view.choices], view.required)
    widget = build_question_widget(question, texts, language, parent=parent, show_texts=show_texts)
    widget.set_value(view.value)
    return widget
