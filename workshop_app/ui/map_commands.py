"""Every edit of a stakeholder map as a small undoable command calling ``MapService`` once each way.

``ctx.service`` is the map service; ``ctx.focus(map_id, None)`` shows the map again after an undo or a redo
(the Maps section keeps one undo stack for all its maps). A drag of several stakeholders is one
``MoveStakeholders``: one transaction, one undo step. Deletions keep the service's ``RowSnapshot`` so undo
brings back the very same rows, relationships and all.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workshop_app.ui.translations import TranslationContext
from workshop_app.ui.undo import CommandContext, ServiceCommand

if TYPE_CHECKING:  # imports SQLAlchemy, which the window must not wait for
    from workshop_app.db.snapshots import RowSnapshot

translate = QCoreApplication.translate
maps = TranslationContext("maps")
"""Plural messages go through ``maps.tr``, whose number lupdate sees (it misreads ``translate``'s)."""

# QUndoCommand.id() values: commands with the same id may merge into one undo step.
EDIT_MAP_ID = 3001
EDIT_STAKEHOLDER_ID = 3002
EDIT_RELATIONSHIP_ID = 3003
NUDGE_ID = 3004

Position = tuple[float, float]


class MapCommand(ServiceCommand):
    """A command on one map: that map is shown again after its undo or redo."""

    def __init__(self, ctx: CommandContext, map_id: str | None, text: str) -> None:
        super().__init__(ctx, text)
        self.map_id = map_id

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        """The map the command changed."""
        return self.map_id, None

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        """The map the command changed."""
        return self.map_id, None


# -- maps ----------------------------------------------------------------------------------------
class CreateMap(MapCommand):
    """Create a map from a template; undo deletes it, redo brings back the very same map."""

    def __init__(self, ctx: CommandContext, title: str, kind: str, fields: dict[str, Any]) -> None:
        super().__init__(ctx, None, translate("maps", "New map"))
        self.title, self.kind, self.fields = title, kind, dict(fields)
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.map_id = self.ctx.service.create(self.title, self.kind, **self.fields).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.map_id is not None
        self._snapshot = self.ctx.service.delete(self.map_id)

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        """Nothing: the map is gone again."""
        return None, None


class DeleteMap(MapCommand):
    """Delete a map with everything on it; undo restores all of it under the same ids."""

    def __init__(self, ctx: CommandContext, map_id: str, title: str) -> None:
        super().__init__(ctx, map_id, translate("maps", "Delete map “{title}”").format(title=title))
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.ctx.service.delete(self.map_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.ctx.service.restore(self._snapshot)

    def shown_after_redo(self) -> tuple[str | None, str | None]:
        """Nothing: the map is gone again."""
        return None, None


class EditMap(MapCommand):
    """Change one field of a map (title, an axis title, the quadrant names); typing merges into one step."""

    def __init__(self, ctx: CommandContext, map_id: str, field: str, old: Any, new: Any, text: str) -> None:
        super().__init__(ctx, map_id, text)
        self.field, self.old, self.new = field, old, new

    def apply(self) -> None:
        self.ctx.service.update(self.map_id, **{self.field: self.new})

    def revert(self) -> None:
        self.ctx.service.update(self.map_id, **{self.field: self.old})

    def id(self) -> int:
        """Edits share one id so the stack offers them to ``mergeWith``."""
        return EDIT_MAP_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same field of the same map."""
        if not isinstance(other, EditMap) or (other.map_id, other.field) != (self.map_id, self.field):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


# -- stakeholders --------------------------------------------------------------------------------
class AddStakeholder(MapCommand):
    """Add a stakeholder; undo takes it off the map, redo brings the same one back."""

    def __init__(self, ctx: CommandContext, map_id: str, name: str, fields: dict[str, Any]) -> None:
        super().__init__(ctx, map_id, translate("maps", "Add stakeholder"))
        self.name, self.fields = name, dict(fields)
        self.stakeholder_id: str | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.stakeholder_id = self.ctx.service.add_stakeholder(self.map_id, self.name, **self.fields).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.stakeholder_id is not None
        self._snapshot = self.ctx.service.delete_stakeholders([self.stakeholder_id])


class EditStakeholder(MapCommand):
    """Change one field of a stakeholder; consecutive edits of the same field merge into one step.

    ``old`` holds every field the service may change along with it (on an ecosystem map a new sector also
    moves the stakeholder), so undo puts all of them back.
    """

    def __init__(self, ctx: CommandContext, map_id: str, stakeholder_id: str, field: str, old: dict[str, Any],
                 new: Any, text: str) -> None:
        super().__init__(ctx, map_id, text)
        self.stakeholder_id, self.field, self.old, self.new = stakeholder_id, field, dict(old), new

    def apply(self) -> None:
        self.ctx.service.update_stakeholder(self.stakeholder_id, **{self.field: self.new})

    def revert(self) -> None:
        self.ctx.service.update_stakeholder(self.stakeholder_id, **self.old)

    def id(self) -> int:
        """Edits share one id so the stack offers them to ``mergeWith``."""
        return EDIT_STAKEHOLDER_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same field of the same stakeholder."""
        if not isinstance(other, EditStakeholder) or (other.stakeholder_id, other.field) != (
                self.stakeholder_id, self.field):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old.get(self.field))
        return True


class MoveStakeholders(MapCommand):
    """Move one or several stakeholders (a drag, an alignment, the arrow keys) as one undo step."""

    def __init__(self, ctx: CommandContext, map_id: str, moves: dict[str, Position], text: str,
                 *, nudge: bool = False) -> None:
        super().__init__(ctx, map_id, text)
        self.moves = dict(moves)
        self.nudge = nudge
        self._before: dict[str, Position] = {}

    def apply(self) -> None:
        before = self.ctx.service.move_stakeholders(self.moves)
        # A merged nudge keeps where the stakeholders were before the first key press.
        self._before = {**before, **self._before} if self.nudge else before

    def revert(self) -> None:
        self.ctx.service.move_stakeholders(self._before)

    def id(self) -> int:
        """Only nudges with the arrow keys merge (holding a key is one step); drags never do."""
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb the next nudge of the same stakeholders."""
        if not isinstance(other, MoveStakeholders) or not other.nudge or set(other.moves) != set(self.moves):
            return False
        self.moves = other.moves
        return True


class DeleteStakeholders(MapCommand):
    """Delete stakeholders (with their relationships) and relationships, as one step; undo restores them all."""

    def __init__(self, ctx: CommandContext, map_id: str, stakeholder_ids: list[str],
                 relationship_ids: list[str]) -> None:
        count = len(stakeholder_ids)
        if count == 0:
            text = translate("maps", "Delete relationship") if len(relationship_ids) == 1 \
                else maps.tr("Delete %n relationships", "", len(relationship_ids))
        else:
            text = translate("maps", "Delete stakeholder") if count == 1 \
                else maps.tr("Delete %n stakeholders", "", count)
        super().__init__(ctx, map_id, text)
        self.stakeholder_ids, self.relationship_ids = list(stakeholder_ids), list(relationship_ids)
        self._snapshots: list[RowSnapshot] = []

    def apply(self) -> None:
        self._snapshots = []
        try:
            for relationship_id in self.relationship_ids:
                self._snapshots.append(self.ctx.service.delete_relationship(relationship_id))
            if self.stakeholder_ids:
                self._snapshots.append(self.ctx.service.delete_stakeholders(self.stakeholder_ids))
        except Exception:
            self.revert()  # all or nothing: a half-done delete would be a step nobody can name
            raise

    def revert(self) -> None:
        for snapshot in reversed(self._snapshots):
            self.ctx.service.restore(snapshot)
        self._snapshots = []


# -- relationships -------------------------------------------------------------------------------
class AddRelationship(MapCommand):
    """Join two stakeholders; undo removes the line, redo draws the same one again."""

    def __init__(self, ctx: CommandContext, map_id: str, from_id: str, to_id: str, fields: dict[str, Any]) -> None:
        super().__init__(ctx, map_id, translate("maps", "Connect stakeholders"))
        self.from_id, self.to_id, self.fields = from_id, to_id, dict(fields)
        self.relationship_id: str | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.relationship_id = self.ctx.service.add_relationship(self.map_id, self.from_id, self.to_id,
                                                                     **self.fields).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.relationship_id is not None
        self._snapshot = self.ctx.service.delete_relationship(self.relationship_id)


class EditRelationship(MapCommand):
    """Change a relationship's kind, strength or direction (``new`` may set several fields at once)."""

    def __init__(self, ctx: CommandContext, map_id: str, relationship_id: str, old: dict[str, Any],
                 new: dict[str, Any], text: str) -> None:
        super().__init__(ctx, map_id, text)
        self.relationship_id, self.old, self.new = relationship_id, dict(old), dict(new)

    def apply(self) -> None:
        self.ctx.service.update_relationship(self.relationship_id, **self.new)

    def revert(self) -> None:
        self.ctx.service.update_relationship(self.relationship_id, **self.old)

    def id(self) -> int:
        """Edits share one id so the stack offers them to ``mergeWith``."""
        return EDIT_RELATIONSHIP_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb a following edit of the same fields of the same relationship (typing its kind)."""
        if not isinstance(other, EditRelationship) or other.relationship_id != self.relationship_id \
                or set(other.new) != set(self.new):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


# -- snapshots -----------------------------------------------------------------------------------
class TakeSnapshot(MapCommand):
    """Save where everybody stands now under a name and a date; undo deletes the snapshot again."""

    def __init__(self, ctx: CommandContext, map_id: str, name: str, taken_at: datetime | None) -> None:
        super().__init__(ctx, map_id, translate("maps", "Take snapshot “{name}”").format(name=name))
        self.name, self.taken_at = name, taken_at
        self.snapshot_id: str | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.snapshot_id = self.ctx.service.take_snapshot(self.map_id, self.name, self.taken_at).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.snapshot_id is not None
        self._snapshot = self.ctx.service.delete_snapshot(self.snapshot_id)


# -- import ----------------------------------------------------------------------------------------
def undo_import(service: Any, map_id: str, new_map: bool, stakeholder_ids: list[str],
                relationship_ids: list[str]) -> list[RowSnapshot]:
    """Take an import off again: the whole map if it was made for it, else what it added; returns the snapshots.

    Relationships that joined stakeholders already on the map are deleted one by one; the others go with the
    stakeholders they belong to.
    """
    if new_map:
        return [service.delete(map_id)]
    snapshots = []
    added = set(stakeholder_ids)
    remaining = {r.id for r in service.get(map_id).relationships if r.from_id not in added and r.to_id not in added}
    if stakeholder_ids:
        snapshots.append(service.delete_stakeholders(list(stakeholder_ids)))
    for relationship_id in relationship_ids:
        if relationship_id in remaining:
            snapshots.append(service.delete_relationship(relationship_id))
    return snapshots


class ImportStakeholders(MapCommand):
    """Stakeholders and relationships imported from a workbook (already added when pushed); undo removes them."""

    def __init__(self, ctx: CommandContext, map_id: str, result: dict[str, Any], *, new_map: bool) -> None:
        count = int(result.get("stakeholders", 0))
        super().__init__(ctx, map_id, maps.tr("Import %n stakeholders", "", count))
        self.new_map = new_map
        self.stakeholder_ids = list(result.get("stakeholder_ids", []))
        self.relationship_ids = list(result.get("relationship_ids", []))
        self._snapshots: list[RowSnapshot] | None = None

    def apply(self) -> None:
        if self._snapshots is None:
            return  # the import itself added the rows
        for snapshot in self._snapshots:
            self.ctx.service.restore(snapshot)

    def revert(self) -> None:
        assert self.map_id is not None
        snapshots = undo_import(self.ctx.service, self.map_id, self.new_map, self.stakeholder_ids,
                                self.relationship_ids)
        self._snapshots = list(reversed(snapshots))

    def shown_after_undo(self) -> tuple[str | None, str | None]:
        """Nothing if the map was made by the import; else the map."""
        return (None, None) if self.new_map else (self.map_id, None)
