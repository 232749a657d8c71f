"""Every edit of a workshop as a small undoable command; ``redo``/``undo`` each call the service once.

A command is first done by ``execute`` outside the undo stack, so the service's validation error reaches the
screen as a sentence and nothing is pushed; only accepted edits become undoable.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.ui.undo import CommandContext, ServiceCommand

if TYPE_CHECKING:  # both import SQLAlchemy, which the window must not wait for
    from workshop_app.db.snapshots import RowSnapshot

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

# QUndoCommand.id() values: commands with the same id may merge into one undo step.
EDIT_WORKSHOP_ID = 1001
EDIT_ACTIVITY_ID = 1002


# -- workshops ---------------------------------------------------------------------------------
class CreateWorkshop(ServiceCommand):
    """Create a workshop; undo deletes it, redo brings back the very same row."""

    def __init__(self, ctx: CommandContext, title: str, values: dict[str, Any]) -> None:
        super().__init__(ctx, translate("commands", "New workshop"))
        self.title = title
        self.values = values
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.workshop_id = self.ctx.service.create(self.title, **self.values).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.workshop_id is not None
        self._snapshot = self.ctx.service.delete(self.workshop_id)

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        """Nothing to show: the workshop is gone again."""
        return None, None


class DeleteWorkshop(ServiceCommand):
    """Delete a workshop with its agenda; undo restores all of it under the same ids."""

    def __init__(self, ctx: CommandContext, workshop_id: str) -> None:
        super().__init__(ctx, translate("commands", "Delete workshop"))
        self.workshop_id = workshop_id
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.ctx.service.delete(self.workshop_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.ctx.service.restore(self._snapshot)

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        """Nothing to show: the workshop is gone again."""
        return None, None


class EditWorkshop(ServiceCommand):
    """Change one field of a workshop; consecutive changes of the same field merge into one undo step."""

    def __init__(self, ctx: CommandContext, workshop_id: str, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(ctx, text)
        self.workshop_id, self.field, self.old, self.new = workshop_id, field, old, new

    def apply(self) -> None:
        self.ctx.service.update(self.workshop_id, **{self.field: self.new})

    def revert(self) -> None:
        self.ctx.service.update(self.workshop_id, **{self.field: self.old})

    def id(self) -> int:
        """Edits share one id so the stack offers them to ``mergeWith``."""
        return EDIT_WORKSHOP_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same field of the same workshop."""
        if not isinstance(other, EditWorkshop) or (other.workshop_id, other.field) != (self.workshop_id, self.field):
            return False
        self.new = other.new
        # Typing a title and then typing the old one back leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True


# -- agenda ------------------------------------------------------------------------------------
class AddActivity(ServiceCommand):
    """Add an agenda item; undo removes it, redo puts the same item back."""

    def __init__(self, ctx: CommandContext, workshop_id: str, kind: str, values: dict[str, Any], text: str) -> None:
        super().__init__(ctx, text)
        self.workshop_id, self.kind, self.values = workshop_id, kind, values
        self._removed: tuple[RowSnapshot, int] | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.activity_id = self.ctx.service.add_activity(self.workshop_id, self.kind, **self.values).id
        else:
            self.ctx.service.restore_activity(*self._removed)

    def revert(self) -> None:
        assert self.activity_id is not None
        self._removed = self.ctx.service.remove_activity(self.activity_id)

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        """The workshop, whose agenda no longer has the item."""
        return self.workshop_id, None


class RemoveActivity(ServiceCommand):
    """Remove an agenda item; undo puts it back where it was, with its ideas and votes."""

    def __init__(self, ctx: CommandContext, workshop_id: str, activity_id: str) -> None:
        super().__init__(ctx, translate("commands", "Remove activity"))
        self.workshop_id, self.activity_id = workshop_id, activity_id
        self._removed: tuple[RowSnapshot, int] | None = None

    def apply(self) -> None:
        self._removed = self.ctx.service.remove_activity(self.activity_id)

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        """The workshop, whose agenda no longer has the item."""
        return self.workshop_id, None

    def revert(self) -> None:
        assert self._removed is not None
        self.ctx.service.restore_activity(*self._removed)


class MoveActivity(ServiceCommand):
    """Move an agenda item to another position."""

    def __init__(self, ctx: CommandContext, workshop_id: str, activity_id: str, position: int) -> None:
        super().__init__(ctx, translate("commands", "Move activity"))
        self.workshop_id, self.activity_id, self.position = workshop_id, activity_id, position
        self._old_position: int | None = None

    def apply(self) -> None:
        self._old_position = self.ctx.service.move_activity(self.activity_id, self.position)

    def revert(self) -> None:
        assert self._old_position is not None
        self.ctx.service.move_activity(self.activity_id, self._old_position)


class EditActivity(ServiceCommand):
    """Change one field of an agenda item; consecutive changes of the same field merge."""

    def __init__(
        self, ctx: CommandContext, workshop_id: str, activity_id: str, field: str, old: Any, new: Any, text: str
    ) -> None:
        super().__init__(ctx, text)
        self.workshop_id, self.activity_id, self.field, self.old, self.new = workshop_id, activity_id, field, old, new

    def apply(self) -> None:
        self.ctx.service.update_activity(self.activity_id, **{self.field: self.new})

    def revert(self) -> None:
        self.ctx.service.update_activity(self.activity_id, **{self.field: self.old})

    def id(self) -> int:
        """Edits share one id so the stack offers them to ``mergeWith``."""
        return EDIT_ACTIVITY_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same field of the same activity."""
        if not isinstance(other, EditActivity) or (other.activity_id, other.field) != (self.activity_id, self.field):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True
