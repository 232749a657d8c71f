"""The Excel exchange of stakeholders and relationships: the round trip keeps every one of them."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.formats.stakeholder_files import AWKWARD, forty_sixty, people, ties, workbook
from workshop_app.core.map_rules import unique_labels
from workshop_app.core.maps import MapService
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.formats.stakeholder_exchange import (
    CONNECTION_COLUMNS,
    ELEMENT_COLUMNS,
    export_exchange,
    import_exchange,
    read_exchange,
)


@pytest.fixture
def service(db: Database) -> MapService:
    return MapService(db)


@pytest.mark.parametrize("kind", ["power_interest", "ecosystem"])
def test_round_trip_keeps_every_stakeholder_and_relationship(db: Database, service: MapService, tmp_path: Path,
                                                             kind: str) -> None:
    original = forty_sixty(service, kind)
    assert (len(original.stakeholders), len(original.relationships)) == (40, 60)
    path = export_exchange(original, tmp_path / "stakeholders.xlsx")
    target = service.create("Imported", kind)
    result = import_exchange(db, target.id, path)
    assert (result["stakeholders"], result["relationships"], result["warnings"]) == (40, 60, [])
    imported = service.get(target.id)
    assert people(imported) == people(original, contacts=False)
    assert ties(imported) == ties(original)
    # The file's order is kept, so the list in the side panel reads the same.
    assert [s.name for s in imported.stakeholders] == [s.name for s in original.stakeholders]


def test_contacts_travel_only_when_asked(db: Database, service: MapService, tmp_path: Path) -> None:
    original = forty_sixty(service)
    without = load_workbook(export_exchange(original, tmp_path / "plain.xlsx"))
    assert [c.value for c in without["Elements"][1]] == list(ELEMENT_COLUMNS)
    assert [c.value for c in without["Connections"][1]] == list(CONNECTION_COLUMNS)
    assert not any("@example.org" in str(c.value) for row in without["Elements"].iter_rows() for c in row)
    path = export_exchange(original, tmp_path / "with.xlsx", include_contacts=True)
    assert load_workbook(path)["Elements"]["I1"].value == "Contact"
    target = service.create("Imported")
    import_exchange(db, target.id, path)
    assert people(service.get(target.id)) == people(original)


def test_formula_looking_names_are_written_as_text(service: MapService, tmp_path: Path) -> None:
    path = export_exchange(forty_sixty(service), tmp_path / "stakeholders.xlsx")
    sheet = load_workbook(path)["Elements"]
    cells = {row[0].value: row[0] for row in sheet.iter_rows(min_row=2)}
    for name in AWKWARD[:4]:
        assert cells[name].data_type == "s", name
    assert sheet["G2"].data_type == "n" and sheet["G2"].value == 0.25  # numbers stay numbers
    connections = load_workbook(path)["Connections"]
    assert connections["A2"].value == "=SUM(A1:A3)" and connections["A2"].data_type == "s"


def test_export_writes_atomically(service: MapService, tmp_path: Path) -> None:
    data = forty_sixty(service)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError, match="does not exist"):
        export_exchange(data, folder / "missing" / "x.xlsx")
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_exchange(data, folder / "x.csv")
    (folder / "taken.xlsx").mkdir()  # the rename onto a folder fails after the workbook was written
    with pytest.raises(UserError, match="could not be written"):
        export_exchange(data, folder / "taken.xlsx")
    assert sorted(p.name for p in folder.iterdir()) == ["taken.xlsx"]


def test_repeated_names_are_made_unique_so_ties_stay_right(db: Database, service: MapService,
                                                           tmp_path: Path) -> None:
    data = service.create("A")
    first, second = service.add_stakeholder(data.id, "Library"), service.add_stakeholder(data.id, "Library")
    park = service.add_stakeholder(data.id, "Park")
    service.add_relationship(data.id, second.id, park.id)
    path = export_exchange(service.get(data.id), tmp_path / "x.xlsx")
    assert [s["name"] for s in read_exchange(path).stakeholders] == ["Library", "Library (2)", "Park"]
    target = service.create("B")
    import_exchange(db, target.id, path)
    assert ties(service.get(target.id)) == {("Library (2)", "Park", "works with", 2, False)}
    assert first.id != second.id


def test_kumu_style_sheets_are_understood(db: Database, service: MapService, tmp_path: Path) -> None:
    path = workbook(tmp_path / "kumu.xlsx", {
        "elements": [["LABEL", "type", "Description", "Tags", "Image"],
                     ["Town hall", "Public sector", "Leads the ULG", "ulg", "http://x/y.png"],
                     ["Youth NGO", "NGO", "", "", ""], ["Polytechnic", "Academia", "", "", ""]],
        "connections": [["from", "TO", "Type", "Strength", "Direction", "Notes"],
                        ["Town hall", "youth ngo", "funds", "strong", "directed", "x"],
                        ["Polytechnic", "Town hall", "", 1, "mutual", ""]],
    })
    target = service.create("Kumu")
    result = import_exchange(db, target.id, path)
    assert result["warnings"] == []
    imported = service.get(target.id)
    assert [(s.name, s.sector, s.notes) for s in imported.stakeholders] == [
        ("Town hall", "public", "Leads the ULG"), ("Youth NGO", "civic", ""), ("Polytechnic", "knowledge", "")]
    assert ties(imported) == {("Town hall", "Youth NGO", "funds", 3, True),
                              ("Polytechnic", "Town hall", "works with", 1, False)}


def test_stakeholders_without_positions_are_spread_on_a_grid(db: Database, service: MapService,
                                                             tmp_path: Path) -> None:
    rows = [["Label", "Type", "X", "Y"]] + [[f"S{i}", "private", None, None] for i in range(12)]
    rows.append(["Placed", "public", "7,5", 2])
    path = workbook(tmp_path / "list.xlsx", {"Elements": rows})
    eco = service.create("Eco", "ecosystem")
    import_exchange(db, eco.id, path)
    spots = {s.name: (s.x, s.y) for s in service.get(eco.id).stakeholders}
    assert len(set(spots.values())) == 13
    assert all(5 < x < 10 and 0 < y < 5 for name, (x, y) in spots.items() if name != "Placed")  # the private region
    assert spots["Placed"] == (7.5, 7.0)  # its sector's region, same spot within the region


def test_names_already_on_the_map_are_not_added_twice(db: Database, service: MapService, tmp_path: Path) -> None:
    data = service.create("A")
    library = service.add_stakeholder(data.id, "Library", x=1, y=1)
    path = workbook(tmp_path / "x.xlsx", {
        "Elements": [["Label"], ["library"], ["Parish"]],
        "Connections": [["From", "To"], ["Parish", "Library"]],
    })
    result = import_exchange(db, data.id, path)
    assert result["stakeholders"] == 1 and "already on the map" in result["warnings"][0]
    now = service.get(data.id)
    assert [s.name for s in now.stakeholders] == ["Library", "Parish"]
    assert now.stakeholder(library.id).x == 1.0
    assert ties(now) == {("Parish", "Library", "works with", 2, False)}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=8))
def test_any_names_survive_the_file(service: MapService, tmp_path: Path, names: list[str]) -> None:
    data = service.create("Names")
    kept = []
    for name in names:
        with contextlib.suppress(UserError):  # a name that is empty once cleaned is refused
            kept.append(service.add_stakeholder(data.id, name).name)
    if not kept:
        return
    path = export_exchange(service.get(data.id), tmp_path / "names.xlsx")
    assert [s["name"] for s in read_exchange(path).stakeholders] == unique_labels(kept)
