"""Edits of the profile question list as undoable commands (the context's service is a ``ProfileService``).

After an undo or a redo the context's ``focus`` gets ``(question_id, choice_id)`` so the editor can select them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.ui.undo import CommandContext, ServiceCommand

if TYPE_CHECKING:
    from workshop_app.db.snapshots import RowSnapshot

translate = QCoreApplication.translate


class ProfileCommand(ServiceCommand):
    """A profile-list command; ``workshop_id``/``activity_id`` of the base hold the question and choice ids."""

    def __init__(self, ctx: CommandContext, text: str, question_id: str | None = None,
                 choice_id: str | None = None) -> None:
        super().__init__(ctx, text)
        self.workshop_id, self.activity_id = question_id, choice_id

    @property
    def question_id(self) -> str | None:
        """The question this command changes."""
        return self.workshop_id


class AddQuestion(ProfileCommand):
    """Add a question (with "prefer not to say"); undo deletes it, redo brings the same rows back."""

    def __init__(self, ctx: CommandContext, name: str, labels: Mapping[str, str],
                 choices: Sequence[tuple[str, Mapping[str, str]]] = ()) -> None:
        super().__init__(ctx, translate("profile", "Add profile question"))
        self.name, self.labels, self.choices = name, dict(labels), list(choices)
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.workshop_id = self.ctx.service.add_question(self.name, self.labels, self.choices).id
        else:
            self.ctx.service.restore_question(self._snapshot)

    def revert(self) -> None:
        assert self.question_id is not None
        self._snapshot = self.ctx.service.delete_question(self.question_id)

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        return None, None


class DeleteQuestion(ProfileCommand):
    """Delete a question with its choices and answers; undo brings everything back where it was."""

    def __init__(self, ctx: CommandContext, question_id: str) -> None:
        super().__init__(ctx, translate("profile", "Delete profile question"), question_id)
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        assert self.question_id is not None
        self._snapshot = self.ctx.service.delete_question(self.question_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.ctx.service.restore_question(self._snapshot)

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        return None, None


class MoveQuestion(ProfileCommand):
    """Move a question to another position."""

    def __init__(self, ctx: CommandContext, question_id: str, position: int) -> None:
        super().__init__(ctx, translate("profile", "Move profile question"), question_id)
        self.position = position
        self.old: int | None = None

    def apply(self) -> None:
        self.old = self.ctx.service.move_question(self.question_id, self.position)

    def revert(self) -> None:
        assert self.old is not None
        self.ctx.service.move_question(self.question_id, self.old)


class SetQuestionLabels(ProfileCommand):
    """Rename a question (its labels, in every language)."""

    def __init__(self, ctx: CommandContext, question_id: str, labels: Mapping[str, str]) -> None:
        super().__init__(ctx, translate("profile", "Rename profile question"), question_id)
        self.labels = dict(labels)
        self.old: dict[str, str] | None = None

    def apply(self) -> None:
        self.old = self.ctx.service.set_question_labels(self.question_id, self.labels)

    def revert(self) -> None:
        assert self.old is not None
        self.ctx.service.set_question_labels(self.question_id, self.old)


class AddChoice(ProfileCommand):
    """Add a choice (before "prefer not to say"); undo removes it."""

    def __init__(self, ctx: CommandContext, question_id: str, code: str, labels: Mapping[str, str]) -> None:
        super().__init__(ctx, translate("profile", "Add answer"), question_id)
        self.code, self.labels = code, dict(labels)
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.activity_id = self.ctx.service.add_choice(self.question_id, self.code, self.labels).id
        else:
            self.ctx.service.restore_choice(self._snapshot)

    def revert(self) -> None:
        assert self.activity_id is not None
        self._snapshot = self.ctx.service.delete_choice(self.activity_id)

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        return self.question_id, None


class DeleteChoice(ProfileCommand):
    """Delete a choice nobody gave; undo puts it back where it stood."""

    def __init__(self, ctx: CommandContext, question_id: str, choice_id: str) -> None:
        super().__init__(ctx, translate("profile", "Delete answer"), question_id, choice_id)
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        assert self.activity_id is not None
        self._snapshot = self.ctx.service.delete_choice(self.activity_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.ctx.service.restore_choice(self._snapshot)

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        return self.question_id, None


class MoveChoice(ProfileCommand):
    """Move a choice within its question."""

    def __init__(self, ctx: CommandContext, question_id: str, choice_id: str, position: int) -> None:
        super().__init__(ctx, translate("profile", "Move answer"), question_id, choice_id)
        self.position = position
        self.old: int | None = None

    def apply(self) -> None:
        self.old = self.ctx.service.move_choice(self.activity_id, self.position)

    def revert(self) -> None:
        assert self.old is not None
        self.ctx.service.move_choice(self.activity_id, self.old)


class SetChoiceLabels(ProfileCommand):
    """Rename a choice (its labels, in every language)."""

    def __init__(self, ctx: CommandContext, question_id: str, choice_id: str, labels: Mapping[str, str]) -> None:
        super().__init__(ctx, translate("profile", "Rename answer"), question_id, choice_id)
        self.labels = dict(labels)
        self.old: dict[str, str] | None = None

    def apply(self) -> None:
        self.old = self.ctx.service.set_choice_labels(self.activity_id, self.labels)

    def revert(self) -> None:
        assert self.old is not None
        self.ctx.service.set_choice_labels(self.activity_id, self.old)
