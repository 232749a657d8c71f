"""Every edit of the survey being built, as a small undoable command on the document's own stack.

The form lives in memory, so a command cannot be refused half-way: ``redo`` and ``undo`` change the form
through ``SurveyDocument`` and ask the builder to show what they touched.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.core.forms import SELECTS, Choice, ChoiceList, Question
from workshop_app.core.forms.graph import EXPRESSION_FIELDS, EXTRA_EXPRESSIONS
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.builder_types import type_label, unique_list_name

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate

# QUndoCommand.id() values: commands with the same id may merge into one undo step.
EDIT_QUESTION_ID = 2001
EDIT_FORM_ID = 2002
EDIT_CHOICES_ID = 2003


class DocumentCommand(QUndoCommand):
    """A command on a ``SurveyDocument``."""

    def __init__(self, doc: SurveyDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc


class AddQuestion(DocumentCommand):
    """Insert a question (a new one, or a duplicate) with, for a new select, its own new choice list."""

    def __init__(self, doc: SurveyDocument, question: Question, parent: Question | None, row: int,
                 choice_list: ChoiceList | None = None, text: str = "") -> None:
        super().__init__(doc, text or translate("builder", "Add question"))
        self.question, self.parent, self.row, self.choice_list = question, parent, row, choice_list

    def redo(self) -> None:
        if self.choice_list is not None:
            self.doc.set_choice_list(self.choice_list.name, self.choice_list)
        self.doc.model.insert_question(self.parent, self.row, self.question)
        self.doc.select_requested.emit(self.question)

    def undo(self) -> None:
        self.doc.model.remove_question(self.question)
        if self.choice_list is not None:
            self.doc.set_choice_list(self.choice_list.name, None)
        siblings = self.doc.model.siblings(self.parent)
        self.doc.select_requested.emit(siblings[min(self.row, len(siblings) - 1)] if siblings else self.parent)


class RemoveQuestion(DocumentCommand):
    """Take a question (with what a group holds) out of the form; undo puts the same object back."""

    def __init__(self, doc: SurveyDocument, question: Question) -> None:
        super().__init__(doc, translate("builder", "Delete question"))
        self.question = question
        self.place: tuple[Question | None, int] = (None, 0)

    def redo(self) -> None:
        self.place = self.doc.model.remove_question(self.question)
        parent, row = self.place
        siblings = self.doc.model.siblings(parent)
        self.doc.select_requested.emit(siblings[min(row, len(siblings) - 1)] if siblings else parent)

    def undo(self) -> None:
        self.doc.model.insert_question(*self.place, self.question)
        self.doc.select_requested.emit(self.question)


class MoveQuestion(DocumentCommand):
    """Move a question to another place (a drag, or Move up/down): one undo step."""

    def __init__(self, doc: SurveyDocument, question: Question, parent: Question | None, row: int) -> None:
        super().__init__(doc, translate("builder", "Move question"))
        self.question, self.parent, self.row = question, parent, row
        self.old: tuple[Question | None, int] = (None, 0)

    def redo(self) -> None:
        self.old = self.doc.model.move_question(self.question, self.parent, self.row)
        self.doc.select_requested.emit(self.question)

    def undo(self) -> None:
        self.doc.model.move_question(self.question, *self.old)
        self.doc.select_requested.emit(self.question)


class EditQuestion(DocumentCommand):
    """Change one field of a question; typing in one field (``merge_key``) merges into one undo step."""

    def __init__(self, doc: SurveyDocument, question: Question, field: str, new: Any, text: str,
                 merge_key: Any = None) -> None:
        super().__init__(doc, text)
        self.question, self.field = question, field
        self.old, self.new = copy.deepcopy(getattr(question, field)), copy.deepcopy(new)
        self.merge_key = merge_key

    def redo(self) -> None:
        self.doc.set_field(self.question, self.field, self.new)
        self.doc.select_requested.emit(self.question)

    def undo(self) -> None:
        self.doc.set_field(self.question, self.field, self.old)
        self.doc.select_requested.emit(self.question)

    def id(self) -> int:
        return EDIT_QUESTION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same field of the same question, typed in the same place."""
        if (not isinstance(other, EditQuestion) or other.question is not self.question or other.field != self.field
                or self.merge_key is None or other.merge_key != self.merge_key):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed back to what it was: nothing to undo
        return True


class EditForm(DocumentCommand):
    """Change a field of the whole form: title, languages, language names, the default language."""

    def __init__(self, doc: SurveyDocument, field: str, new: Any, text: str, merge: bool = False) -> None:
        super().__init__(doc, text)
        assert doc.form is not None
        self.field, self.old, self.new, self.merge = field, copy.deepcopy(getattr(doc.form, field)), new, merge

    def redo(self) -> None:
        self.doc.set_form_field(self.field, self.new)

    def undo(self) -> None:
        self.doc.set_form_field(self.field, self.old)

    def id(self) -> int:
        return EDIT_FORM_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing a title is one undo step."""
        if not isinstance(other, EditForm) or other.field != self.field or not (self.merge and other.merge):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class EditChoices(DocumentCommand):
    """Replace a choice list (add, rename, relabel, reorder or remove choices; None adds or removes the list)."""

    def __init__(self, doc: SurveyDocument, name: str, old: ChoiceList | None, new: ChoiceList | None, text: str,
                 merge_key: Any = None) -> None:
        super().__init__(doc, text)
        self.name, self.old, self.new = name, copy.deepcopy(old), copy.deepcopy(new)
        self.merge_key = merge_key
        self.position = -1

    def redo(self) -> None:
        _, self.position = self.doc.set_choice_list(self.name, self.new)

    def undo(self) -> None:
        self.doc.set_choice_list(self.name, self.old, self.position)

    def id(self) -> int:
        return EDIT_CHOICES_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one cell of one list is one undo step."""
        if (not isinstance(other, EditChoices) or other.name != self.name or self.merge_key is None
                or other.merge_key != self.merge_key):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class RenameQuestion(DocumentCommand):
    """Rename a question and every ``${old}`` that refers to it (relevance, calculations, labels)."""

    def __init__(self, doc: SurveyDocument, question: Question, new_name: str) -> None:
        super().__init__(doc, translate("builder", "Rename question"))
        assert doc.form is not None
        self.question, self.old_name, self.new_name = question, question.name, new_name
        self.changes: list[tuple[Question, str, Any, Any]] = []
        pattern = re.compile(r"\$\{\s*" + re.escape(question.name) + r"\s*\}")
        replacement = "${" + new_name + "}"
        for row in doc.form.walk():
            for field in (*EXPRESSION_FIELDS, "default"):
                text = getattr(row, field)
                if pattern.search(text):
                    self.changes.append((row, field, text, pattern.sub(replacement, text)))
            for field in ("label", "hint", "constraint_message"):
                texts: dict[str, str] = getattr(row, field)
                if any(pattern.search(t) for t in texts.values()):
                    self.changes.append((row, field, dict(texts), {k: pattern.sub(replacement, t)
                                                                   for k, t in texts.items()}))
            extra = {k: v for k, v in row.extra.items() if k in EXTRA_EXPRESSIONS and isinstance(v, str)}
            if any(pattern.search(v) for v in extra.values()):
                new_extra = dict(row.extra)
                new_extra.update({k: pattern.sub(replacement, v) for k, v in extra.items()})
                self.changes.append((row, "extra", copy.deepcopy(row.extra), new_extra))

    def redo(self) -> None:
        self.doc.set_field(self.question, "name", self.new_name)
        for row, field, _old, new in self.changes:
            self.doc.set_field(row, field, new)
        self.doc.select_requested.emit(self.question)

    def undo(self) -> None:
        for row, field, old, _new in reversed(self.changes):
            self.doc.set_field(row, field, old)
        self.doc.set_field(self.question, "name", self.old_name)
        self.doc.select_requested.emit(self.question)


def change_type(doc: SurveyDocument, question: Question, kind: str) -> None:
    """Change a question's type (one undo step), with what the new type needs and without what it cannot have.

    A select gets a choice list of its own if it has none; a rating scale gets 1 to 5; a calculation a formula.
    """
    form = doc.form
    assert form is not None
    old = question.type
    doc.stack.beginMacro(translate("builder", "Change type to {type}").format(type=type_label(kind)))
    doc.push(EditQuestion(doc, question, "type", kind, ""))
    if kind in SELECTS and not question.list_name:
        name = unique_list_name(form, f"{question.name}_list")
        language = form.default_language
        choices = ChoiceList(name, [Choice("option_1", {language: translate("builder", "Option 1")}),
                                    Choice("option_2", {language: translate("builder", "Option 2")})])
        doc.push(EditChoices(doc, name, None, choices, ""))
        doc.push(EditQuestion(doc, question, "list_name", name, ""))
    if kind not in SELECTS and question.list_name:
        doc.push(EditQuestion(doc, question, "list_name", "", ""))
    if kind not in ("select_one", "select_multiple") and question.or_other:
        doc.push(EditQuestion(doc, question, "or_other", False, ""))
    if kind == "range" and not question.parameters:
        doc.push(EditQuestion(doc, question, "parameters", {"start": "1", "end": "5", "step": "1"}, ""))
    elif old == "range":
        doc.push(EditQuestion(doc, question, "parameters", {}, ""))
    if kind == "calculate" and not question.calculation:
        doc.push(EditQuestion(doc, question, "calculation", "1", ""))
    elif old == "calculate":
        doc.push(EditQuestion(doc, question, "calculation", "", ""))
    doc.stack.endMacro()


def edit_text(doc: SurveyDocument, question: Question, field: str, language: str, text: str) -> None:
    """Set a translatable text (label, hint, constraint message) in one language; typing merges into one step."""
    texts = dict(getattr(question, field))
    if text.strip():
        texts[language] = text
    else:
        texts.pop(language, None)
    if texts != getattr(question, field):
        words = {"label": translate("builder", "Edit label"), "hint": translate("builder", "Edit hint"),
                 "constraint_message": translate("builder", "Edit constraint message")}
        doc.push(EditQuestion(doc, question, field, texts, words[field], (field, language)))


def required_messages(question: Question, default_language: str) -> dict[str, str]:
    """The "required" message by language (XLSForm ``required_message``, kept with the other columns)."""
    message = question.extra.get("required_message")
    if isinstance(message, dict):
        return dict(message)
    return {default_language: message} if message and default_language else {}


def edit_required_message(doc: SurveyDocument, question: Question, language: str, text: str) -> None:
    """Set the message shown when a required question is left empty, in one language."""
    assert doc.form is not None
    extra = copy.deepcopy(question.extra)
    messages = required_messages(question, doc.form.default_language)
    if text.strip():
        messages[language] = text
    else:
        messages.pop(language, None)
    if messages:
        extra["required_message"] = messages
    else:
        extra.pop("required_message", None)
    if extra != question.extra:
        doc.push(EditQuestion(doc, question, "extra", extra, translate("builder", "Edit required message"),
                              ("required_message", language)))


def refer_to_copies(copied: Question, renamed: dict[str, str]) -> None:
    """In a just-made copy (not yet in the form), make ``${old}`` refer to the copy's own renamed rows."""
    renamed = {old: new for old, new in renamed.items() if old != new}
    if not renamed:
        return
    pattern = re.compile(r"\$\{\s*(" + "|".join(map(re.escape, renamed)) + r")\s*\}")

    def replace(text: str) -> str:
        return pattern.sub(lambda match: "${" + renamed[match.group(1)] + "}", text)

    for row in copied.walk():
        for field in (*EXPRESSION_FIELDS, "default"):
            setattr(row, field, replace(getattr(row, field)))
        for field in ("label", "hint", "constraint_message"):
            setattr(row, field, {code: replace(text) for code, text in getattr(row, field).items()})
        row.extra = {key: replace(value) if key in EXTRA_EXPRESSIONS and isinstance(value, str) else value
                     for key, value in row.extra.items()}
