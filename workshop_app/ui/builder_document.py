"""The survey being edited, as a document: the ``Form`` in memory, its tree model and its own undo stack.

Every edit is a command on ``stack`` (see ``builder_commands``); the commands change the form only through the
methods here, which tell the views. Saving writes the whole form with ``SurveyService.save_form`` and marks the
stack clean, so ``isClean()`` means "saved".
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.core.forms import ChoiceList, Form, Question
from workshop_app.ui.builder_model import QuestionTreeModel

if TYPE_CHECKING:  # imports SQLAlchemy
    from workshop_app.core.surveys import SurveySummary


class SurveyDocument(QObject):
    """One survey version open in the builder (or none)."""

    loaded = Signal()
    """A survey was opened or closed: everything shown must be rebuilt."""
    question_changed = Signal(object)
    """A field of this ``Question`` changed."""
    form_changed = Signal()
    """Something of the whole form changed: title, languages, default language, choice lists."""
    select_requested = Signal(object)
    """Show this ``Question`` (after an undo or a redo touched it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.model = QuestionTreeModel(self)
        self.form: Form | None = None
        self.summary: SurveySummary | None = None

    @property
    def survey_id(self) -> str | None:
        """The id of the stored version being edited."""
        return self.summary.id if self.summary is not None else None

    def load(self, summary: SurveySummary | None, form: Form | None) -> None:
        """Edit ``form`` (stored as ``summary``); the undo history starts empty and clean."""
        self.stack.clear()
        self.summary = summary
        self.form = form
        self.model.language = form.default_language if form is not None else None
        self.model.set_form(form)
        self.stack.setClean()
        self.loaded.emit()

    def is_modified(self) -> bool:
        """True when there are edits that are not saved."""
        return self.form is not None and not self.stack.isClean()

    def mark_saved(self, summary: SurveySummary) -> None:
        """The form is now stored as ``summary`` (perhaps a new version): the current state is "saved"."""
        self.summary = summary
        self.stack.setClean()

    def snapshot(self) -> Form:
        """A copy of the form that later edits do not change (to save or export it on another thread)."""
        assert self.form is not None
        return copy.deepcopy(self.form)

    def push(self, command: QUndoCommand) -> None:
        """Do ``command`` and make it undoable."""
        self.stack.push(command)

    # -- what the commands call ----------------------------------------------------------------
    def set_field(self, question: Question, field: str, value: Any) -> None:
        """Set one field of a question (dicts and lists are copied, so commands keep their own)."""
        setattr(question, field, copy.deepcopy(value))
        self.model.question_changed(question)
        self.question_changed.emit(question)

    def set_form_field(self, field: str, value: Any) -> None:
        """Set one field of the form (title, languages, default_language, language_names)."""
        assert self.form is not None
        setattr(self.form, field, copy.deepcopy(value))
        if field in ("default_language", "languages"):
            if self.model.language not in self.form.languages:
                self.model.language = self.form.default_language
            self.model.form_texts_changed()
        self.form_changed.emit()

    def set_choice_list(self, name: str, choice_list: ChoiceList | None, position: int = -1) -> tuple[
            ChoiceList | None, int]:
        """Put ``choice_list`` in place of the list called ``name`` (None removes it); returns what was there.

        A new list goes at ``position`` (the end for -1).
        """
        assert self.form is not None
        lists = self.form.choice_lists
        old_position = next((row for row, item in enumerate(lists) if item.name == name), -1)
        old = lists[old_position] if old_position >= 0 else None
        if old_position >= 0:
            del lists[old_position]
        if choice_list is not None:
            where = old_position if old_position >= 0 else (position if position >= 0 else len(lists))
            lists.insert(min(where, len(lists)), copy.deepcopy(choice_list))
        self.form_changed.emit()
        return (copy.deepcopy(old) if old is not None else None), old_position

    def users_of(self, list_name: str) -> list[Question]:
        """The questions that take their choices from ``list_name``."""
        if self.form is None or not list_name:
            return []
        return [q for q in self.form.walk() if q.list_name == list_name]

    def earlier_questions(self, question: Question) -> list[Question]:
        """Rows before ``question`` in form order (what its relevance may sensibly refer to)."""
        if self.form is None:
            return []
        found = []
        for row in self.form.walk():
            if row is question:
                break
            found.append(row)
        return found
