"""The pure rules and geometry of maps (no database): validation, clamping, quadrants, grids, movements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app.core.map_layout import (
    move_into_sector,
    movements,
    quadrant_bounds,
    quadrant_of,
    sector_at,
    spread_positions,
)
from workshop_app.core.map_rules import (
    MAP_KINDS,
    MAX_NAME,
    SECTORS,
    MapData,
    StakeholderData,
    clamp_position,
    map_template,
    same_tie,
    unique_labels,
    validate_stakeholder_fields,
)
from workshop_app.errors import UserError

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9)
axis = st.floats(min_value=0.5, max_value=1000)


def test_rules_import_no_database() -> None:
    import subprocess
    import sys

    code = ("import sys, workshop_app.core.map_rules, workshop_app.core.map_layout; "
            "print(any(m.startswith('sqlalchemy') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() \
        == "False"


def test_templates_are_fresh_copies() -> None:
    first = map_template("power_interest")
    first["quadrant_names"].append("extra")
    assert len(map_template("power_interest")["quadrant_names"]) == 4
    assert all(len(map_template(kind)["quadrant_names"]) in (0, 4) for kind in MAP_KINDS)
    with pytest.raises(UserError):
        map_template("radar")


@given(finite, finite, axis, axis)
def test_clamp_keeps_positions_on_the_axes(x: float, y: float, x_max: float, y_max: float) -> None:
    cx, cy = clamp_position(x, y, x_max, y_max)
    assert 0 <= cx <= x_max and 0 <= cy <= y_max
    if 0 <= x <= x_max and 0 <= y <= y_max:
        assert (cx, cy) == (x, y)


@pytest.mark.parametrize("bad", [float("nan"), "7", None, True])
def test_clamp_refuses_what_is_not_a_number(bad: object) -> None:
    with pytest.raises(UserError, match="must be a number"):
        clamp_position(bad, 1.0, 10, 10)


@given(st.text(max_size=400))
def test_any_name_is_cleaned_or_refused_with_a_sentence(name: str) -> None:
    try:
        clean = validate_stakeholder_fields({"name": name})["name"]
    except UserError as exc:
        assert str(exc).endswith(".")
        return
    assert clean and len(clean) <= MAX_NAME and clean == clean.strip()
    clean.encode("utf-8")  # what the database and Excel need


def test_map_data_finds_its_stakeholders() -> None:
    data = MapData("m", "Map", stakeholders=(StakeholderData("a", "A"),))
    assert data.stakeholder("a").name == "A" and data.stakeholder("zz") is None


def test_quadrants_run_clockwise_from_the_top_right() -> None:
    assert [quadrant_of(x, y, 10, 10) for x, y in ((8, 8), (8, 2), (2, 2), (2, 8), (5, 5))] == [0, 1, 2, 3, 0]
    assert quadrant_bounds(3, 10, 10) == (0.0, 5.0, 5.0, 10.0)
    assert [sector_at(x, y, 10, 10) for x, y in ((8, 8), (8, 2), (2, 2), (2, 8))] == list(SECTORS)


@given(st.floats(0, 10), st.floats(0, 10), st.sampled_from(SECTORS), st.sampled_from(SECTORS))
def test_moving_into_a_sector_lands_there_and_back(x: float, y: float, first: str, second: str) -> None:
    start = move_into_sector(x, y, first, 10, 10)
    assert sector_at(*start, 10, 10) == first
    there = move_into_sector(*start, second, 10, 10)
    assert sector_at(*there, 10, 10) == second and all(0 <= v <= 10 for v in there)
    back = move_into_sector(*there, first, 10, 10)
    assert back == pytest.approx(start, abs=1e-9)


@given(st.lists(st.sampled_from(SECTORS), max_size=60), st.sampled_from(MAP_KINDS), axis, axis)
def test_spread_positions_are_distinct_inside_the_map(sectors: list[str], kind: str, x_max: float,
                                                      y_max: float) -> None:
    spots = spread_positions(kind, sectors, x_max, y_max)
    assert len(spots) == len(sectors) == len(set(spots))
    assert all(0 < x < x_max and 0 < y < y_max for x, y in spots)
    if kind == "ecosystem":
        assert [sector_at(x, y, x_max, y_max) for x, y in spots] == sectors


def test_movements_ignore_noise_and_name_additions_and_removals() -> None:
    before = {"a": (1.0, 1.0), "b": (2.0, 2.0), "gone": (3.0, 3.0)}
    after = {"a": (1.0 + 1e-9, 1.0), "b": (2.5, 2.0), "new": (4.0, 4.0)}
    names = {"a": "A", "b": "B", "gone": "Gone", "new": "New"}
    found = movements(before, after, names, 10, 10)
    assert [(m.name, m.before, m.after, m.status) for m in found] == [
        ("B", (2.0, 2.0), (2.5, 2.0), "moved"), ("Gone", (3.0, 3.0), None, "removed"),
        ("New", None, (4.0, 4.0), "added"),
    ]


def test_same_tie() -> None:
    assert same_tie(("a", "b", "works with", False), ("b", "a", "Works with", False))
    assert same_tie(("a", "b", "funds", True), ("a", "b", "funds", False))
    assert not same_tie(("a", "b", "funds", True), ("b", "a", "funds", True))
    assert not same_tie(("a", "b", "funds", False), ("a", "b", "informs", False))


def test_unique_labels() -> None:
    assert unique_labels(["Library", "library", "Library (2)", "Park"]) == [
        "Library", "library (2)", "Library (2) (2)", "Park"]
    long = "x" * MAX_NAME
    labels = unique_labels([long, long])
    assert len(labels[1]) == MAX_NAME and labels[1].endswith(" (2)")
