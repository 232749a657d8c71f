"""Brainstorm boards: sticky notes typed by the facilitator or in the kiosk, clusters, colours, moves, undo.

Every change is one durable transaction and returns what its undo needs (the previous values, or a snapshot
of what was deleted), so the board screen's QUndoCommands stay tiny; a drag of several notes is one call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.activity_rules import (
    Board,
    ClusterData,
    IdeaData,
    Placement,
    clean_cluster_name,
    clean_idea,
    validate_colour,
    validate_coordinate,
)
from workshop_app.core.consent import ensure_can_respond
from workshop_app.core.events import Event
from workshop_app.core.ordering import move_item, renumber
from workshop_app.db.base import utcnow
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Idea, IdeaCluster
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

BOARD_KINDS = ("brainstorm", "dot_vote")
"""Activities that hold notes: a brainstorm, or a dot vote whose options the facilitator typed in."""
KEEP: Any = object()
"""Default of ``move_idea``'s ``cluster_id``: leave the note in its cluster."""
AT_END = 1 << 30
"""A position after every other note."""


class BrainstormService:
    """Reads and changes brainstorm boards; ``changed`` carries the activity id after every change."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    def board(self, activity_id: str) -> Board:
        """The whole board of an activity."""
        with self.db.session() as session:
            _activity(session, activity_id)
            return load_board(session, activity_id)

    # -- notes ---------------------------------------------------------------------------------------------
    def add_idea(self, activity_id: str, text: str, *, participant_id: str | None = None,
                 cluster_id: str | None = None, colour: str = "", x: float = 0.0, y: float = 0.0,
                 idea_id: str | None = None) -> IdeaData:
        """Put a new note on the board (last in its cluster); ``idea_id`` lets an undone add come back.

        A note written under a participant's code needs their consent to take part.
        """
        values = {"text": clean_idea(text), "colour": validate_colour(colour), "x": validate_coordinate(x, "x"),
                  "y": validate_coordinate(y, "y")}
        with self.db.transaction() as session:
            _activity(session, activity_id)
            ensure_can_respond(session, participant_id)
            _cluster_of(session, activity_id, cluster_id)
            idea = Idea(activity_id=activity_id, participant_id=participant_id, cluster_id=cluster_id,
                        position=len(_siblings(session, activity_id, cluster_id)), **values)
            if idea_id:
                idea.id = idea_id
            session.add(idea)
            session.flush()
            data = idea_data(idea)
        self.changed.emit(activity_id)
        return data

    def update_idea(self, idea_id: str, *, text: str | None = None, colour: str | None = None) -> IdeaData:
        """Edit a note's text and/or colour; returns the note as it was (for undo)."""
        values: dict[str, Any] = {}
        if text is not None:
            values["text"] = clean_idea(text)
        if colour is not None:
            values["colour"] = validate_colour(colour)
        with self.db.transaction() as session:
            idea = _idea(session, idea_id)
            before = idea_data(idea)
            for name, value in values.items():
                setattr(idea, name, value)
        self.changed.emit(before.activity_id)
        return before

    def move_idea(self, idea_id: str, *, cluster_id: str | None = KEEP, x: float | None = None,
                  y: float | None = None, position: int | None = None) -> Placement:
        """Move one note (into a cluster, out of one with None, on the board); returns where it was."""
        with self.db.transaction() as session:
            idea = _idea(session, idea_id)
            before = idea_data(idea).placement
            target = before.cluster_id if cluster_id is KEEP else cluster_id
            if position is None:  # stay in place within the cluster, or go last in a new one
                position = before.position if target == before.cluster_id else AT_END
            _place(session, idea, Placement(target, before.x if x is None else x, before.y if y is None else y,
                                            position))
            activity_id = idea.activity_id
        self.changed.emit(activity_id)
        return before

    def move_ideas(self, moves: Mapping[str, Placement]) -> dict[str, Placement]:
        """Move several notes at once (a dragged selection, or undoing one): one transaction, one undo step.

        Returns each note's previous placement.
        """
        activity_id = None
        with self.db.transaction() as session:
            ideas = {idea_id: _idea(session, idea_id) for idea_id in moves}
            # Every note's place is read before any moves, and notes are put in place lowest position first,
            # so giving the returned placements back restores the board exactly.
            before = {idea_id: idea_data(idea).placement for idea_id, idea in ideas.items()}
            for idea_id, place in sorted(moves.items(), key=lambda item: item[1].position):
                _place(session, ideas[idea_id], place)
                activity_id = ideas[idea_id].activity_id
        if activity_id is not None:
            self.changed.emit(activity_id)
        return before

    def delete_idea(self, idea_id: str) -> RowSnapshot:
        """Remove a note with its dots; the snapshot lets ``restore`` undo it."""
        with self.db.transaction() as session:
            idea = _idea(session, idea_id)
            activity_id = idea.activity_id
            snapshot = delete_with_snapshot(session, idea)
        self.changed.emit(activity_id)
        return snapshot

    # -- clusters ------------------------------------------------------------------------------------------
    def add_cluster(self, activity_id: str, name: str = "", *, colour: str = "",
                    cluster_id: str | None = None) -> ClusterData:
        """Add a cluster after the others."""
        values = {"name": clean_cluster_name(name), "colour": validate_colour(colour)}
        with self.db.transaction() as session:
            _activity(session, activity_id)
            count = len(_clusters(session, activity_id))
            cluster = IdeaCluster(activity_id=activity_id, position=count, **values)
            if cluster_id:
                cluster.id = cluster_id
            session.add(cluster)
            session.flush()
            data = cluster_data(cluster)
        self.changed.emit(activity_id)
        return data

    def update_cluster(self, cluster_id: str, *, name: str | None = None, colour: str | None = None) -> ClusterData:
        """Rename or recolour a cluster; returns it as it was."""
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = clean_cluster_name(name)
        if colour is not None:
            values["colour"] = validate_colour(colour)
        with self.db.transaction() as session:
            cluster = _cluster(session, cluster_id)
            before = cluster_data(cluster)
            for key, value in values.items():
                setattr(cluster, key, value)
        self.changed.emit(before.activity_id)
        return before

    def move_cluster(self, cluster_id: str, position: int) -> int:
        """Put a cluster at ``position`` among the others; returns where it was."""
        with self.db.transaction() as session:
            cluster = _cluster(session, cluster_id)
            old = move_item(_clusters(session, cluster.activity_id), cluster, position)
            activity_id = cluster.activity_id
        self.changed.emit(activity_id)
        return old

    def delete_cluster(self, cluster_id: str) -> RowSnapshot:
        """Remove a cluster; its notes stay on the board, ungrouped. ``restore`` puts it back with its notes."""
        with self.db.transaction() as session:
            cluster = _cluster(session, cluster_id)
            activity_id = cluster.activity_id
            snapshot = delete_with_snapshot(session, cluster)
        self.changed.emit(activity_id)
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> None:
        """Undo ``delete_idea`` or ``delete_cluster``."""
        with self.db.transaction() as session:
            restore_snapshot(session, snapshot)
        values = snapshot.rows[0][1] if snapshot.rows else {}
        self.changed.emit(values.get("activity_id"))


# -- shared with voting and the projector ------------------------------------------------------------------------
def load_board(session: Session, activity_id: str) -> Board:
    """The board of ``activity_id`` read in ``session``."""
    ideas = session.scalars(select(Idea).where(Idea.activity_id == activity_id)
                            .order_by(Idea.position, Idea.created_at, Idea.id))
    return Board(activity_id, tuple(cluster_data(c) for c in _clusters(session, activity_id)),
                 tuple(idea_data(i) for i in ideas))


def idea_data(idea: Idea) -> IdeaData:
    """A detached copy of a note (without its author)."""
    return IdeaData(idea.id, idea.activity_id, idea.text, idea.cluster_id, idea.colour or "", idea.x, idea.y,
                    idea.position)


def cluster_data(cluster: IdeaCluster) -> ClusterData:
    """A detached copy of a cluster."""
    return ClusterData(cluster.id, cluster.activity_id, cluster.name, cluster.colour or "", cluster.position)


def _place(session: Session, idea: Idea, place: Placement) -> None:
    _cluster_of(session, idea.activity_id, place.cluster_id)
    idea.x, idea.y = validate_coordinate(place.x, "x"), validate_coordinate(place.y, "y")
    old_cluster = idea.cluster_id
    idea.cluster_id = place.cluster_id
    if old_cluster != place.cluster_id:
        renumber([i for i in _siblings(session, idea.activity_id, old_cluster) if i.id != idea.id])
    others = [i for i in _siblings(session, idea.activity_id, place.cluster_id) if i.id != idea.id]
    others.insert(max(0, min(place.position, len(others))), idea)
    renumber(others)
    session.flush()


def _siblings(session: Session, activity_id: str, cluster_id: str | None) -> list[Idea]:
    column = Idea.cluster_id
    where = column.is_(None) if cluster_id is None else column == cluster_id
    with session.no_autoflush:
        rows = session.scalars(select(Idea).where(Idea.activity_id == activity_id, where))
        # Sorted here, on the values in memory: positions changed in this transaction may not be flushed yet.
        return sorted(rows, key=lambda i: (i.position, i.created_at or utcnow(), i.id))


def _clusters(session: Session, activity_id: str) -> list[IdeaCluster]:
    return list(session.scalars(select(IdeaCluster).where(IdeaCluster.activity_id == activity_id)
                                .order_by(IdeaCluster.position, IdeaCluster.created_at, IdeaCluster.id)))


def _activity(session: Session, activity_id: str) -> Activity:
    activity = get_existing(session, Activity, activity_id, "activity")
    if activity.kind not in BOARD_KINDS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Sticky notes belong to a brainstorm or a dot vote."))
    return activity


def _idea(session: Session, idea_id: str) -> Idea:
    return get_existing(session, Idea, idea_id, "sticky note")


def _cluster(session: Session, cluster_id: str) -> IdeaCluster:
    return get_existing(session, IdeaCluster, cluster_id, "cluster")


def _cluster_of(session: Session, activity_id: str, cluster_id: str | None) -> None:
    if cluster_id is not None and _cluster(session, cluster_id).activity_id != activity_id:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That cluster is on another board."))
