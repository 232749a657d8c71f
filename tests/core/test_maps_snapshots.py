"""Snapshots over time: Marta saves "ULG meeting 3", moves six stakeholders and sees exactly who moved."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from workshop_app.core.map_rules import MapData
from workshop_app.core.maps import MapService
from workshop_app.db.database import Database
from workshop_app.errors import UserError

MEETING = datetime(2026, 11, 26, 17, 0, tzinfo=timezone.utc)


@pytest.fixture
def service(db: Database) -> MapService:
    return MapService(db)


@pytest.fixture
def forty(service: MapService) -> MapData:
    """A power/interest grid with 40 stakeholders spread over it."""
    data = service.create("Digital skills — who matters")
    for i in range(40):
        service.add_stakeholder(data.id, f"Stakeholder {i:02}", x=(i % 10) + 0.5, y=(i // 10) * 2 + 1.0)
    return service.get(data.id)


def test_take_snapshot_keeps_every_position(service: MapService, forty: MapData) -> None:
    snapshot = service.take_snapshot(forty.id, "  ULG meeting 3 ", MEETING)
    assert (snapshot.name, snapshot.taken_at, snapshot.map_id) == ("ULG meeting 3", MEETING, forty.id)
    assert snapshot.positions == {s.id: (s.x, s.y) for s in forty.stakeholders}
    assert service.snapshots(forty.id) == [snapshot]


def test_compare_after_moving_six_shows_exactly_those_six(service: MapService, forty: MapData) -> None:
    snapshot = service.take_snapshot(forty.id, "ULG meeting 3", MEETING)
    moved = {s.id: (9.5, 9.5 - i) for i, s in enumerate(forty.stakeholders[3:9])}
    service.move_stakeholders(moved)
    # A nudge far below a pixel is not a move.
    nudged = forty.stakeholders[20]
    service.move_stakeholders({nudged.id: (nudged.x + 1e-6, nudged.y)})
    movements = service.compare(forty.id, snapshot.id)
    assert {m.stakeholder_id for m in movements} == set(moved)
    for movement in movements:
        was = forty.stakeholder(movement.stakeholder_id)
        assert movement.before == (was.x, was.y)
        assert movement.after == moved[movement.stakeholder_id]
        assert (movement.name, movement.status) == (was.name, "moved")
    assert [m.name for m in movements] == sorted(m.name for m in movements)


def test_compare_two_snapshots(service: MapService, forty: MapData) -> None:
    first = service.take_snapshot(forty.id, "ULG meeting 3", MEETING)
    mover = forty.stakeholders[0]
    service.move_stakeholders({mover.id: (7.0, 7.0)})
    second = service.take_snapshot(forty.id, "ULG meeting 4", MEETING + timedelta(days=90))
    service.move_stakeholders({forty.stakeholders[1].id: (7.0, 8.0)})  # after both: not in their comparison
    movements = service.compare(forty.id, first.id, second.id)
    assert [(m.stakeholder_id, m.before, m.after) for m in movements] == [(mover.id, (mover.x, mover.y), (7.0, 7.0))]
    assert [s.name for s in service.snapshots(forty.id)] == ["ULG meeting 3", "ULG meeting 4"]


def test_added_and_removed_stakeholders_show_with_no_before_or_after(service: MapService, forty: MapData) -> None:
    snapshot = service.take_snapshot(forty.id, "ULG meeting 3", MEETING)
    gone = forty.stakeholders[5]
    service.delete_stakeholders([gone.id])
    newcomer = service.add_stakeholder(forty.id, "Telecom operator", x=2, y=8)
    movements = {m.stakeholder_id: m for m in service.compare(forty.id, snapshot.id)}
    assert set(movements) == {gone.id, newcomer.id}
    assert (movements[gone.id].name, movements[gone.id].after, movements[gone.id].status) == (gone.name, None,
                                                                                             "removed")
    assert movements[newcomer.id].before is None and movements[newcomer.id].after == (2.0, 8.0)
    # The snapshot still remembers the deleted stakeholder.
    assert gone.id in service.snapshots(forty.id)[0].positions


def test_snapshot_names_dates_and_maps_are_checked(service: MapService, forty: MapData) -> None:
    with pytest.raises(UserError, match="needs a name"):
        service.take_snapshot(forty.id, "   ")
    with pytest.raises(UserError, match="time zone"):
        service.take_snapshot(forty.id, "Meeting", datetime(2026, 11, 26, 17, 0))
    other = service.create("Other")
    foreign = service.take_snapshot(other.id, "Elsewhere")
    mine = service.take_snapshot(forty.id, "Here")
    with pytest.raises(UserError, match="different maps"):
        service.compare(forty.id, foreign.id)
    with pytest.raises(UserError, match="different maps"):
        service.compare(forty.id, mine.id, foreign.id)
    assert service.take_snapshot(forty.id, "Now").taken_at.tzinfo is not None


def test_delete_and_restore_a_snapshot(service: MapService, forty: MapData) -> None:
    snapshot = service.take_snapshot(forty.id, "ULG meeting 3", MEETING)
    undo = service.delete_snapshot(snapshot.id)
    assert service.snapshots(forty.id) == []
    with pytest.raises(UserError, match="no longer exists"):
        service.compare(forty.id, snapshot.id)
    service.restore(undo)
    assert service.snapshots(forty.id) == [snapshot]


def test_a_new_axis_end_keeps_comparisons_true(service: MapService, forty: MapData) -> None:
    snapshot = service.take_snapshot(forty.id, "ULG meeting 3", MEETING)
    service.update(forty.id, x_max=100.0)
    assert service.compare(forty.id, snapshot.id) == []
