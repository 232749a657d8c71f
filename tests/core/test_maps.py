"""The stakeholder map service: templates, stakeholders, positions, relationships and undo of deletions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select

from workshop_app.core.map_rules import MAP_KINDS, MAX_NAME, map_template
from workshop_app.core.maps import MapService
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.db.models import Stakeholder, StakeholderRelationship, Tombstone
from workshop_app.errors import UserError


@pytest.fixture
def service(db: Database) -> MapService:
    return MapService(db)


@contextmanager
def commits(db: Database) -> Iterator[list[int]]:
    """Counts the transactions committed inside the block."""
    seen: list[int] = []

    def count(conn: object) -> None:
        seen.append(1)

    event.listen(db.engine, "commit", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "commit", count)


def test_services_share_one_map_service(db: Database) -> None:
    assert Services.of(db).maps is Services.of(db).maps
    assert isinstance(Services.of(db).maps, MapService)


@pytest.mark.parametrize("kind", MAP_KINDS)
def test_create_from_each_template(service: MapService, kind: str) -> None:
    data = service.create("Digital skills", kind)
    template = map_template(kind)
    assert (data.kind, data.x_title, data.y_title) == (kind, template["x_title"], template["y_title"])
    assert data.quadrant_names == tuple(template["quadrant_names"])
    assert (data.x_max, data.y_max) == (10.0, 10.0)
    assert service.get(data.id) == data


def test_templates_name_their_axes_and_quadrants(service: MapService) -> None:
    grid = service.create("Grid")
    assert (grid.x_title, grid.y_title) == ("Interest", "Power")
    assert grid.quadrant_names == ("Manage closely", "Keep informed", "Monitor", "Keep satisfied")
    matrix = service.create("Matrix", "importance_influence")
    assert (matrix.x_title, matrix.y_title, matrix.quadrant_names[0]) == ("Influence", "Importance", "Key players")
    assert service.create("Eco", "ecosystem").quadrant_names == ("Public", "Private", "Civic", "Knowledge")
    blank = service.create("Blank", "blank")
    assert (blank.x_title, blank.y_title, blank.quadrant_names) == ("", "", ())


def test_rename_axes_and_quadrants_in_portuguese(service: MapService) -> None:
    data = service.create("Quem conta")
    renamed = service.update(data.id, x_title="Interesse", y_title="Poder",
                             quadrant_names=["Gerir de perto", "Manter informado", "Monitorizar", "Manter satisfeito"])
    assert service.get(data.id) == renamed
    assert (renamed.x_title, renamed.y_title, renamed.quadrant_names[2]) == ("Interesse", "Poder", "Monitorizar")


def test_map_fields_are_checked(service: MapService) -> None:
    data = service.create("A")
    for bad in ({"title": "  "}, {"title": "x" * 301}, {"kind": "radar"}, {"x_max": 0}, {"y_max": float("nan")},
                {"quadrant_names": ["only", "three", "names"]}, {"quadrant_names": "Four"}, {"colour": "red"}):
        with pytest.raises(UserError):
            service.update(data.id, **bad)
    with pytest.raises(UserError):
        service.create("B", "radar")
    assert service.get(data.id) == data


def test_new_axis_end_stretches_positions(service: MapService) -> None:
    data = service.create("A")
    s = service.add_stakeholder(data.id, "Library", x=7, y=2)
    service.update(data.id, x_max=100, y_max=5)
    moved = service.get(data.id).stakeholder(s.id)
    assert (moved.x, moved.y) == pytest.approx((70.0, 1.0))
    service.update(data.id, x_max=10, y_max=10)
    back = service.get(data.id).stakeholder(s.id)
    assert (back.x, back.y) == pytest.approx((7.0, 2.0))


def test_add_update_and_clamp_positions_outside_the_axes(service: MapService) -> None:
    data = service.create("A")
    s = service.add_stakeholder(data.id, "  Parish   council ", organisation="Junta", sector="public", x=12.5, y=-3,
                                attitude="supportive", engagement="Invite", notes="Line 1\nLine 2", contact="a@b.pt")
    assert (s.name, s.x, s.y, s.sector, s.attitude) == ("Parish council", 10.0, 0.0, "public", "supportive")
    assert s.notes == "Line 1\nLine 2" and s.contact == "a@b.pt"
    default = service.add_stakeholder(data.id, "Library")
    assert (default.x, default.y, default.sector, default.attitude) == (5.0, 5.0, "civic", "unknown")
    changed = service.update_stakeholder(s.id, x=-1, y=99, attitude="opposed")
    assert (changed.x, changed.y, changed.attitude, changed.name) == (0.0, 10.0, "opposed", "Parish council")
    assert service.get(data.id).stakeholder(s.id) == changed
    for bad in ({"name": ""}, {"sector": "church"}, {"attitude": "angry"}, {"x": "7"}, {"y": float("inf")},
                {"x": True}, {"colour": "red"}, {"notes": "n" * 10_001}):
        with pytest.raises(UserError):
            service.update_stakeholder(s.id, **bad)
    assert service.get(data.id).stakeholder(s.id) == changed


def test_long_names_are_refused_with_a_sentence(service: MapService) -> None:
    data = service.create("A")
    with pytest.raises(UserError, match=r"at most 300 characters; this one has 2,000"):
        service.add_stakeholder(data.id, "x" * 2000)
    assert service.add_stakeholder(data.id, "x" * MAX_NAME).name == "x" * MAX_NAME
    with pytest.raises(UserError, match="needs a name"):
        service.add_stakeholder(data.id, " \t\n")
    assert len(service.get(data.id).stakeholders) == 1


@pytest.mark.parametrize("name", ["Associação 🇺🇦 Україна", "جمعية النساء المهاجرات", "👩🏽‍💻 Geração Digital",
                                  "שלום ‏עולם", "Zoë\u200dX"])
def test_emoji_and_right_to_left_names_round_trip(service: MapService, name: str) -> None:
    data = service.create(name)
    s = service.add_stakeholder(data.id, name)
    assert service.get(data.id).title == name
    assert service.get(data.id).stakeholder(s.id).name == name


def test_control_characters_and_lone_surrogates_are_dropped(service: MapService) -> None:
    data = service.create("A")
    s = service.add_stakeholder(data.id, "Bad\x00name\ud800 here", notes="keep\ttabs\x07")
    assert (s.name, s.notes) == ("Badname here", "keep\ttabs")


def test_move_several_in_one_transaction_returns_old_positions(db: Database, service: MapService) -> None:
    data = service.create("A")
    a = service.add_stakeholder(data.id, "A", x=1, y=1)
    b = service.add_stakeholder(data.id, "B", x=2, y=2)
    with commits(db) as seen:
        old = service.move_stakeholders({a.id: (3.0, 4.0), b.id: (50.0, -5.0)})
    assert len(seen) == 1
    assert old == {a.id: (1.0, 1.0), b.id: (2.0, 2.0)}
    now = service.get(data.id)
    assert (now.stakeholder(a.id).x, now.stakeholder(a.id).y) == (3.0, 4.0)
    assert (now.stakeholder(b.id).x, now.stakeholder(b.id).y) == (10.0, 0.0)
    service.move_stakeholders(old)  # undo
    assert service.get(data.id).stakeholder(b.id).x == 2.0


def test_a_move_with_a_deleted_stakeholder_moves_nobody(service: MapService) -> None:
    data = service.create("A")
    a = service.add_stakeholder(data.id, "A", x=1, y=1)
    b = service.add_stakeholder(data.id, "B", x=2, y=2)
    service.delete_stakeholders([b.id])
    with pytest.raises(UserError, match="no longer exists"):
        service.move_stakeholders({a.id: (9.0, 9.0), b.id: (9.0, 9.0)})
    with pytest.raises(UserError):
        service.move_stakeholders({a.id: (float("nan"), 1.0)})
    assert service.get(data.id).stakeholder(a.id).x == 1.0


def test_delete_stakeholders_takes_their_relationships_and_restore_brings_all_back(
    db: Database, service: MapService
) -> None:
    data = service.create("A")
    a, b, c = (service.add_stakeholder(data.id, name) for name in "ABC")
    ties = [service.add_relationship(data.id, a.id, b.id), service.add_relationship(data.id, b.id, c.id),
            service.add_relationship(data.id, c.id, a.id, kind="funds", directed=True)]
    before = service.get(data.id)
    snapshot = service.delete_stakeholders([a.id, b.id])
    after = service.get(data.id)
    assert [s.id for s in after.stakeholders] == [c.id] and after.relationships == ()
    with db.session() as session:
        gone = set(session.scalars(select(Tombstone.row_id)))
    assert {a.id, b.id, *(t.id for t in ties)} <= gone
    service.restore(snapshot)
    assert service.get(data.id) == before


def test_delete_and_restore_a_whole_map(service: MapService) -> None:
    data = service.create("A")
    a, b = service.add_stakeholder(data.id, "A"), service.add_stakeholder(data.id, "B")
    service.add_relationship(data.id, a.id, b.id)
    service.take_snapshot(data.id, "ULG meeting 1")
    before, snapshots = service.get(data.id), service.snapshots(data.id)
    snapshot = service.delete(data.id)
    assert service.list() == []
    with pytest.raises(UserError, match="no longer exists"):
        service.get(data.id)
    service.restore(snapshot)
    assert service.get(data.id) == before
    assert service.snapshots(data.id) == snapshots


def test_restoring_into_a_deleted_map_is_a_sentence(service: MapService) -> None:
    data = service.create("A")
    snapshot = service.delete_stakeholders([service.add_stakeholder(data.id, "A").id])
    service.delete(data.id)
    with pytest.raises(UserError, match="cannot be undone"):
        service.restore(snapshot)


def test_relationships_are_checked(service: MapService) -> None:
    data, other = service.create("A"), service.create("B")
    a, b = service.add_stakeholder(data.id, "A"), service.add_stakeholder(data.id, "B")
    elsewhere = service.add_stakeholder(other.id, "C")
    tie = service.add_relationship(data.id, a.id, b.id, kind="funds", strength=3, directed=True)
    assert (tie.kind, tie.strength, tie.directed) == ("funds", 3, True)
    with pytest.raises(UserError, match="with itself"):
        service.add_relationship(data.id, a.id, a.id)
    with pytest.raises(UserError, match="same map"):
        service.add_relationship(data.id, a.id, elsewhere.id)
    with pytest.raises(UserError, match="already have a 'funds'"):
        service.add_relationship(data.id, a.id, b.id, kind="Funds", directed=True)
    # The other direction of a directed tie is another fact; an undirected repeat is not.
    service.add_relationship(data.id, b.id, a.id, kind="funds", directed=True)
    service.add_relationship(data.id, a.id, b.id)
    with pytest.raises(UserError, match="already have"):
        service.add_relationship(data.id, b.id, a.id)
    for bad in ({"strength": 0}, {"strength": 4}, {"strength": True}, {"kind": " "}, {"directed": "yes"}):
        with pytest.raises(UserError):
            service.add_relationship(data.id, a.id, b.id, **{"kind": "informs", **bad})
    assert len(service.get(data.id).relationships) == 3


def test_relationship_to_a_deleted_stakeholder_is_refused(service: MapService) -> None:
    data = service.create("A")
    a, b = service.add_stakeholder(data.id, "A"), service.add_stakeholder(data.id, "B")
    service.delete_stakeholders([b.id])
    with pytest.raises(UserError, match="no longer exists"):
        service.add_relationship(data.id, a.id, b.id)
    assert service.get(data.id).relationships == ()


def test_update_and_delete_a_relationship(service: MapService) -> None:
    data = service.create("A")
    a, b, c = (service.add_stakeholder(data.id, name) for name in "ABC")
    tie = service.add_relationship(data.id, a.id, b.id)
    other = service.add_relationship(data.id, a.id, c.id)
    changed = service.update_relationship(tie.id, strength=1, directed=True, kind="informs")
    assert (changed.strength, changed.directed, changed.kind) == (1, True, "informs")
    swapped = service.update_relationship(tie.id, from_id=b.id, to_id=a.id)
    assert (swapped.from_id, swapped.to_id) == (b.id, a.id)
    with pytest.raises(UserError, match="with itself"):
        service.update_relationship(tie.id, to_id=b.id)
    with pytest.raises(UserError, match="already have"):
        service.update_relationship(other.id, to_id=b.id, from_id=a.id, kind="informs", directed=False)
    snapshot = service.delete_relationship(tie.id)
    assert [r.id for r in service.get(data.id).relationships] == [other.id]
    service.restore(snapshot)
    assert swapped in service.get(data.id).relationships


def test_ecosystem_regions_are_the_sectors(service: MapService) -> None:
    data = service.create("Ecosystem", "ecosystem")
    university = service.add_stakeholder(data.id, "University", sector="knowledge")
    assert (university.x, university.y) == (2.5, 7.5)  # the top-left region
    clicked = service.add_stakeholder(data.id, "Company", x=8, y=2)
    assert clicked.sector == "private"
    moved = service.update_stakeholder(university.id, sector="public")
    assert (moved.x, moved.y) == (7.5, 7.5)
    service.move_stakeholders({university.id: (1.0, 1.0)})
    assert service.get(data.id).stakeholder(university.id).sector == "civic"
    # A sector given with a position in another region wins, keeping the spot within the region.
    placed = service.add_stakeholder(data.id, "Council", sector="public", x=1, y=1)
    assert (placed.x, placed.y, placed.sector) == (6.0, 6.0, "public")


def test_list_counts_and_orders_maps(service: MapService) -> None:
    b = service.create("b map")
    a = service.create("A map")
    x, y = service.add_stakeholder(b.id, "X"), service.add_stakeholder(b.id, "Y")
    service.add_relationship(b.id, x.id, y.id)
    summaries = service.list()
    assert [(s.id, s.stakeholder_count, s.relationship_count) for s in summaries] == [(a.id, 0, 0), (b.id, 2, 1)]
    assert summaries[1].updated_at is not None and summaries[1].updated_at.tzinfo is not None
    assert summaries[1].updated_at >= summaries[0].updated_at


def test_changes_are_announced_with_the_map_id(service: MapService) -> None:
    seen: list[str] = []
    service.changed.connect(seen.append)
    data = service.create("A")
    a, b = service.add_stakeholder(data.id, "A"), service.add_stakeholder(data.id, "B")
    service.move_stakeholders({a.id: (1.0, 1.0)})
    service.add_relationship(data.id, a.id, b.id)
    service.restore(service.delete_stakeholders([a.id]))
    service.take_snapshot(data.id, "Meeting")
    assert seen == [data.id] * 8


def test_ids_can_be_given_so_an_undone_creation_comes_back_the_same(db: Database, service: MapService) -> None:
    data = service.create("A", map_id="map-1")
    a = service.add_stakeholder("map-1", "A", stakeholder_id="s-1")
    b = service.add_stakeholder("map-1", "B", stakeholder_id="s-2")
    tie = service.add_relationship("map-1", a.id, b.id, relationship_id="r-1")
    assert (data.id, a.id, tie.id) == ("map-1", "s-1", "r-1")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Stakeholder)) == 2
        assert session.scalar(select(func.count()).select_from(StakeholderRelationship)) == 1
