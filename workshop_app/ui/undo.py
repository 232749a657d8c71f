"""The base of every undoable edit: a command calls a core service in ``redo``/``undo``.

A command is first done by ``execute`` outside the undo stack, so a service's validation error reaches the
screen as a sentence and nothing is pushed; only accepted edits become undoable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop_app.errors import UserError

log = logging.getLogger(__name__)


@dataclass
class CommandContext:
    """What commands need from the screen: the service, where to report a problem, what to show after."""

    service: Any
    """The core service the commands call (a WorkshopService, a ParticipantService, ...)."""
    report: Callable[[str], None]
    """Shows a sentence (a validation error) without blocking."""
    focus: Callable[[str | None, str | None], None]
    """Brings a workshop (and optionally one of its activities) into view after an undo or a redo.

    Not called when a command is first done: the screen that did it already shows it, and moving the
    selection then would fight the person's own click.
    """


class ServiceCommand(QUndoCommand):
    """Base of the commands: ``apply`` does the change, ``revert`` takes it back."""

    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.workshop_id: str | None = None
        self.activity_id: str | None = None
        self._skip_next_redo = False

    def apply(self) -> None:
        """Make the change through the service (raises ``UserError`` if the service refuses)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back through the service."""
        raise NotImplementedError

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        """The (workshop, activity) to bring into view after a redo."""
        return self.workshop_id, self.activity_id

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        """The (workshop, activity) to bring into view after an undo."""
        return self.workshop_id, self.activity_id

    def redo(self) -> None:
        """Called by the stack: on push (already done by ``execute``, so skipped) and on every redo."""
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        if self._guarded(self.apply):
            self.ctx.focus(*self.shown_after_redo())

    def undo(self) -> None:
        """Called by the stack on undo."""
        if self._guarded(self.revert):
            self.ctx.focus(*self.shown_after_undo())

    def _guarded(self, step: Callable[[], None]) -> bool:
        # The data may have changed under the command (e.g. another command failed); the stack then drops it
        # instead of leaving an undo step that can never work.
        try:
            step()
        except UserError as exc:
            log.info("Undo step dropped: %s", exc)
            self.setObsolete(True)
            self.ctx.report(str(exc))
            return False
        return True


def execute(stack: QUndoStack, command: ServiceCommand) -> bool:
    """Do ``command`` now; if the service accepted it, push it on ``stack`` and return True.

    A refusal (``UserError``) is reported through the command's context and nothing is pushed.
    """
    try:
        command.apply()
    except UserError as exc:
        command.ctx.report(str(exc))
        return False
    command._skip_next_redo = True
    stack.push(command)
    return True
