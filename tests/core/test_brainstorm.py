"""Brainstorm boards: notes, clusters, colours, moves and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.core.responses_support import add_person, add_workshop
from workshop_app.core.activity_rules import PALETTE, Placement
from workshop_app.core.brainstorm import BrainstormService
from workshop_app.db.database import Database
from workshop_app.db.models import Idea, Tombstone
from workshop_app.errors import UserError


@pytest.fixture
def board(db: Database) -> tuple[BrainstormService, str]:
    _, (brainstorm,) = add_workshop(db, "brainstorm")
    return BrainstormService(db), brainstorm


def test_notes_are_typed_grouped_coloured_and_ordered(board: tuple[BrainstormService, str]) -> None:
    service, activity = board
    seen: list[str] = []
    service.changed.connect(seen.append)
    bus = service.add_idea(activity, "Evening classes\x07 at the library", colour="yellow", x=10, y=20)
    assert (bus.text, bus.colour, bus.position) == ("Evening classes at the library", PALETTE["yellow"].upper(), 0)
    arabic = service.add_idea(activity, "دورات مسائية 👍")
    jobs = service.add_cluster(activity, "Jobs", colour="#00aa00")
    skills = service.add_cluster(activity, "Skills")
    assert (jobs.position, skills.position, jobs.colour) == (0, 1, "#00AA00")
    service.move_idea(bus.id, cluster_id=jobs.id)
    service.move_idea(arabic.id, cluster_id=jobs.id, position=0)
    state = service.board(activity)
    assert [i.text for i in state.ideas_in(jobs.id)] == [arabic.text, bus.text]
    assert state.ideas_in(None) == []
    before = service.update_idea(bus.id, text="Evening classes", colour="pink")
    assert before.text == bus.text
    assert service.board(activity).ideas_in(jobs.id)[1].colour == PALETTE["pink"].upper()
    assert service.move_cluster(skills.id, 0) == 1
    assert [c.name for c in service.board(activity).clusters] == ["Skills", "Jobs"]
    assert service.update_cluster(jobs.id, name="Work").name == "Jobs"
    assert seen and set(seen) == {activity}


def test_a_drag_of_several_notes_is_one_step_and_undoes_in_one(board: tuple[BrainstormService, str]) -> None:
    service, activity = board
    ideas = [service.add_idea(activity, f"Idea {n}") for n in range(4)]
    group = service.add_cluster(activity, "Group")
    before = service.move_ideas({ideas[1].id: Placement(group.id, 5, 5, 0), ideas[3].id: Placement(group.id, 6, 6, 1)})
    state = service.board(activity)
    assert [i.text for i in state.ideas_in(group.id)] == ["Idea 1", "Idea 3"]
    assert [(i.text, i.position) for i in state.ideas_in(None)] == [("Idea 0", 0), ("Idea 2", 1)]
    service.move_ideas(before)  # undo
    assert [i.text for i in service.board(activity).ideas_in(None)] == ["Idea 0", "Idea 1", "Idea 2", "Idea 3"]


def test_deleting_a_note_or_a_cluster_can_be_undone(db: Database, board: tuple[BrainstormService, str]) -> None:
    service, activity = board
    group = service.add_cluster(activity, "Group")
    idea = service.add_idea(activity, "Childcare during courses", cluster_id=group.id)
    snapshot = service.delete_idea(idea.id)
    assert service.board(activity).ideas == ()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Tombstone).where(Tombstone.row_id == idea.id)) == 1
    service.restore(snapshot)
    assert service.board(activity).ideas[0].text == "Childcare during courses"
    snapshot = service.delete_cluster(group.id)
    assert service.board(activity).ideas[0].cluster_id is None  # the note stays, ungrouped
    service.restore(snapshot)
    assert service.board(activity).ideas_in(group.id)[0].id == idea.id


def test_bad_notes_are_refused_with_a_sentence(db: Database, board: tuple[BrainstormService, str]) -> None:
    service, activity = board
    for call, message in (
        (lambda: service.add_idea(activity, "  \x00 "), "needs some text"),
        (lambda: service.add_idea(activity, "x" * 1_001), "at most 1,000 characters"),
        (lambda: service.add_idea(activity, "ok", colour="tartan"), "is not a colour"),
        (lambda: service.add_idea(activity, "ok", x=float("nan")), "must be a number"),
        (lambda: service.add_idea(activity, "ok", cluster_id="nope"), "no longer exists"),
        (lambda: service.move_idea("nope", x=1), "sticky note no longer exists"),
    ):
        with pytest.raises(UserError, match=message):
            call()
    _, (other,) = add_workshop(db, "brainstorm")
    foreign = service.add_cluster(other, "Elsewhere")
    with pytest.raises(UserError, match="another board"):
        service.add_idea(activity, "ok", cluster_id=foreign.id)
    _, (survey_item,) = add_workshop(db, "survey")
    with pytest.raises(UserError, match="brainstorm or a dot vote"):
        service.add_idea(survey_item, "ok")


def test_a_note_under_a_code_needs_consent_and_the_board_never_names_its_author(
        db: Database, board: tuple[BrainstormService, str]) -> None:
    service, activity = board
    person, _ = add_person(db)
    unwilling, _ = add_person(db, consent=False)
    with pytest.raises(UserError, match="has not consented"):
        service.add_idea(activity, "Mine", participant_id=unwilling)
    service.add_idea(activity, "Mine", participant_id=person)
    with db.session() as session:
        assert session.scalar(select(Idea.participant_id)) == person
    assert "participant" not in repr(service.board(activity))
