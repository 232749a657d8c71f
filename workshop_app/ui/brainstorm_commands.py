"""Every edit of a brainstorm board as a small undoable command calling ``BrainstormService`` once each way.

``ctx.service`` is the brainstorm service; ``ctx.focus(workshop_id, activity_id)`` brings the board back into
view after an undo or redo. A drag of several notes is one ``MoveNotes``: one transaction, one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.core.activity_rules import Placement
from workshop_app.ui.translations import TranslationContext
from workshop_app.ui.undo import CommandContext, ServiceCommand

if TYPE_CHECKING:
    from workshop_app.db.snapshots import RowSnapshot

translate = QCoreApplication.translate
brainstorm = TranslationContext("brainstorm")
"""Plural messages go through ``brainstorm.tr``, whose number lupdate sees (it misreads ``translate``'s)."""


class AddNote(ServiceCommand):
    """Put a note on the board; undo takes it off, redo brings the same note back."""

    def __init__(self, ctx: CommandContext, activity_id: str, text: str, cluster_id: str | None = None,
                 colour: str = "") -> None:
        super().__init__(ctx, translate("brainstorm", "Add note"))
        self.activity_id, self.text, self.cluster_id, self.colour = activity_id, text, cluster_id, colour
        self.idea_id: str | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.idea_id = self.ctx.service.add_idea(self.activity_id, self.text, cluster_id=self.cluster_id,
                                                     colour=self.colour).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.idea_id is not None
        self._snapshot = self.ctx.service.delete_idea(self.idea_id)


class EditNote(ServiceCommand):
    """Change a note's text or colour; undo puts back what it was."""

    def __init__(self, ctx: CommandContext, activity_id: str, idea_id: str, *, text: str | None = None,
                 colour: str | None = None) -> None:
        name = translate("brainstorm", "Edit note") if text is not None else translate("brainstorm", "Colour note")
        super().__init__(ctx, name)
        self.activity_id, self.idea_id, self.text, self.colour = activity_id, idea_id, text, colour
        self._old_text: str | None = None
        self._old_colour: str | None = None

    def apply(self) -> None:
        before = self.ctx.service.update_idea(self.idea_id, text=self.text, colour=self.colour)
        self._old_text = before.text if self.text is not None else None
        self._old_colour = before.colour if self.colour is not None else None

    def revert(self) -> None:
        self.ctx.service.update_idea(self.idea_id, text=self._old_text, colour=self._old_colour)


class MoveNotes(ServiceCommand):
    """Move one or several notes (a drag, or "Move to"); one undo step puts all of them back."""

    def __init__(self, ctx: CommandContext, activity_id: str, moves: Mapping[str, Placement], count: int) -> None:
        text = (translate("brainstorm", "Move note") if count == 1
                else brainstorm.tr("Move %n notes", "", count))
        super().__init__(ctx, text)
        self.activity_id = activity_id
        self.moves = dict(moves)
        self._before: dict[str, Placement] = {}

    def apply(self) -> None:
        self._before = self.ctx.service.move_ideas(self.moves)

    def revert(self) -> None:
        self.ctx.service.move_ideas(self._before)


class DeleteNotes(ServiceCommand):
    """Take notes off the board (with their dots); undo brings them back, dots and all."""

    def __init__(self, ctx: CommandContext, activity_id: str, idea_ids: list[str]) -> None:
        count = len(idea_ids)
        text = (translate("brainstorm", "Delete note") if count == 1
                else brainstorm.tr("Delete %n notes", "", count))
        super().__init__(ctx, text)
        self.activity_id, self.idea_ids = activity_id, list(idea_ids)
        self._snapshots: list[RowSnapshot] = []

    def apply(self) -> None:
        self._snapshots = []
        for idea_id in self.idea_ids:
            self._snapshots.append(self.ctx.service.delete_idea(idea_id))

    def revert(self) -> None:
        for snapshot in reversed(self._snapshots):
            self.ctx.service.restore(snapshot)


class AddCluster(ServiceCommand):
    """Add a cluster at the right of the board."""

    def __init__(self, ctx: CommandContext, activity_id: str, name: str, colour: str) -> None:
        super().__init__(ctx, translate("brainstorm", "Add cluster"))
        self.activity_id, self.name, self.colour = activity_id, name, colour
        self.cluster_id: str | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.cluster_id = self.ctx.service.add_cluster(self.activity_id, self.name, colour=self.colour).id
        else:
            self.ctx.service.restore(self._snapshot)

    def revert(self) -> None:
        assert self.cluster_id is not None
        self._snapshot = self.ctx.service.delete_cluster(self.cluster_id)


class RenameCluster(ServiceCommand):
    """Rename a cluster."""

    def __init__(self, ctx: CommandContext, activity_id: str, cluster_id: str, name: str) -> None:
        super().__init__(ctx, translate("brainstorm", "Rename cluster"))
        self.activity_id, self.cluster_id, self.name = activity_id, cluster_id, name
        self._old = ""

    def apply(self) -> None:
        self._old = self.ctx.service.update_cluster(self.cluster_id, name=self.name).name

    def revert(self) -> None:
        self.ctx.service.update_cluster(self.cluster_id, name=self._old)


class MoveCluster(ServiceCommand):
    """Move a cluster left or right on the board."""

    def __init__(self, ctx: CommandContext, activity_id: str, cluster_id: str, position: int) -> None:
        super().__init__(ctx, translate("brainstorm", "Move cluster"))
        self.activity_id, self.cluster_id, self.position = activity_id, cluster_id, position
        self._old = 0

    def apply(self) -> None:
        self._old = self.ctx.service.move_cluster(self.cluster_id, self.position)

    def revert(self) -> None:
        self.ctx.service.move_cluster(self.cluster_id, self._old)


class DeleteCluster(ServiceCommand):
    """Remove a cluster; its notes go back among the new ideas. Undo regroups them."""

    def __init__(self, ctx: CommandContext, activity_id: str, cluster_id: str) -> None:
        super().__init__(ctx, translate("brainstorm", "Delete cluster"))
        self.activity_id, self.cluster_id = activity_id, cluster_id
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.ctx.service.delete_cluster(self.cluster_id)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.ctx.service.restore(self._snapshot)
