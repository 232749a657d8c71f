"""Hostile and messy stakeholder workbooks: a clear sentence or warnings naming the rows, never a crash, and
never a half-imported list."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.stakeholder_files import workbook
from workshop_app.core.maps import MapService
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.formats import stakeholder_exchange
from workshop_app.formats.stakeholder_exchange import import_exchange, read_exchange

pytestmark = pytest.mark.reliability


@pytest.fixture
def service(db: Database) -> MapService:
    return MapService(db)


@pytest.fixture
def target(service: MapService) -> str:
    """A map that already holds one stakeholder, to prove a failed import leaves it as it was."""
    data = service.create("Target")
    service.add_stakeholder(data.id, "Already here")
    return data.id


def _refused(db: Database, service: MapService, map_id: str, path: Path, match: str) -> None:
    before = service.get(map_id)
    with pytest.raises(UserError, match=match):
        import_exchange(db, map_id, path)
    assert service.get(map_id) == before


def test_missing_label_column_names_the_sheet(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {"Elements": [["Who", "Organisation"], ["Library", "City"]]})
    _refused(db, service, target, path, r"The sheet 'Elements' of x.xlsx has no 'Label' column")


def test_missing_from_or_to_column_names_the_sheet(db: Database, service: MapService, target: str,
                                                   tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {"Elements": [["Label"], ["A"], ["B"]],
                                          "Connections": [["From", "Kind"], ["A", "funds"]]})
    _refused(db, service, target, path, r"The sheet 'Connections' of x.xlsx has no 'From' and 'To' columns")


@pytest.mark.parametrize("content", [b"", b"\x00\x01 not a workbook" * 100, b"PK\x03\x04 broken zip"])
def test_junk_bytes_renamed_xlsx(db: Database, service: MapService, target: str, tmp_path: Path,
                                 content: bytes) -> None:
    path = tmp_path / "junk.xlsx"
    path.write_bytes(content)
    _refused(db, service, target, path, r"junk.xlsx is (empty|not a readable Excel workbook)")


def test_a_zip_that_is_no_workbook(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "not a spreadsheet")
    _refused(db, service, target, path, "not a readable Excel workbook")


def test_a_damaged_sheet_inside_a_workbook(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    good = workbook(tmp_path / "good.xlsx", {"Elements": [["Label"], ["A"]]})
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as archive:
        for item in source.infolist():
            data = source.read(item)
            archive.writestr(item, b"<worksheet><sheetData><row><c" if "worksheets/" in item.filename else data)
    _refused(db, service, target, path, "damaged.xlsx (is not a readable Excel workbook|could not be read)")


@pytest.mark.parametrize("name", ["list.csv", "list.xls", "list.ods", "missing.xlsx"])
def test_other_files_are_refused(db: Database, service: MapService, target: str, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name != "missing.xlsx":
        path.write_text("Label\nLibrary\n")
    _refused(db, service, target, path, "(not an Excel workbook|does not exist)")


def test_an_empty_list_is_a_sentence(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {"Elements": [["Label", "Type"], [None, None], ["", ""]]})
    _refused(db, service, target, path, "The sheet 'Elements' of x.xlsx lists no stakeholders")
    empty = workbook(tmp_path / "empty.xlsx", {"Elements": []})
    _refused(db, service, target, empty, "lists no stakeholders")


def test_junk_rows_are_skipped_with_warnings_naming_them(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {
        "Elements": [
            ["Stakeholders of São Vicente (draft)"],            # row 1: a title above the header
            [],                                                  # row 2
            ["Label", "Type", "Attitude", "X", "Y", "Notes"],    # row 3: the header
            ["Library", "public", "supportive", 3, 4, ""],
            [None, None, None, None, None, "orphan note"],       # row 5: no label
            [],                                                  # row 6: a gap, not junk
            ["Label", "Type", "Attitude", "X", "Y", "Notes"],    # row 7: the header pasted again
            ["Church", "religious", "hostile", "far", 2, ""],   # row 8: odd type, attitude, position
            ["Mosque", "religious", "", 12, -4, ""],            # row 9: outside the axes
            ["library", "civic", "", None, None, ""],           # row 10: the same label again
            ["x" * 2000, "", "", None, None, ""],                # row 11: a huge label
        ],
        "Connections": [["From", "To"], ["Library", "Nobody"], ["Church", "church"], ["Library", "Church"],
                        ["Church", "Library"], ["", "Library"], ["Library", "library (2)"]],
    })
    content = read_exchange(path)
    assert [s["name"] for s in content.stakeholders] == ["Library", "Church", "Mosque", "library (2)", "x" * 300]
    church = content.stakeholders[1]
    assert (church["sector"], church["attitude"], "x" in church) == ("civic", "unknown", False)
    text = "\n".join(content.warnings)
    for expected in ("Row 5 of the sheet 'Elements': it has no label",
                     "Row 8 of the sheet 'Elements': the position (far, 2) is not two numbers",
                     "Row 10 of the sheet 'Elements': the label 'library' is used before; this stakeholder was "
                     "imported as 'library (2)'",
                     "Row 11 of the sheet 'Elements': the label has 2,000 characters; it was cut to 300",
                     "The type 'religious' in rows 8, 9 of the sheet 'Elements' is not a sector",
                     "The attitude 'hostile' in row 8 of the sheet 'Elements'",
                     "Row 2 of the sheet 'Connections': no stakeholder is called 'Nobody'",
                     "Row 3 of the sheet 'Connections': the connection joins 'Church' to itself",
                     "Row 5 of the sheet 'Connections': 'Church' and 'Library' are already connected",
                     "Row 6 of the sheet 'Connections': it does not name both stakeholders"):
        assert expected in text, expected
    assert [(t["from"], t["to"]) for t in content.relationships] == [("Library", "Church"), ("Library", "library (2)")]


def test_junk_rows_import_the_rest(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {"Elements": [["Label", "X", "Y"], ["Far away", 50, -50], [None, 1, 2],
                                                       ["Fine", 1, 2]]})
    result = import_exchange(db, target, path)
    assert result["stakeholders"] == 2
    assert any("1 position(s) outside the axes" in w for w in result["warnings"])
    assert any("Row 3 of the sheet 'Elements'" in w for w in result["warnings"])
    far = next(s for s in service.get(target).stakeholders if s.name == "Far away")
    assert (far.x, far.y) == (10.0, 0.0)


def test_formula_looking_input(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Elements"
    sheet.append(["Label", "Description"])
    sheet.append(["=1+1", "a formula cell with no saved result"])
    sheet.append(["=HYPERLINK(\"http://evil\")", "text"])
    sheet["A3"].data_type = "s"
    sheet.append(["+351 21 000 0000", "-ok"])
    book.save(tmp_path / "x.xlsx")
    result = import_exchange(db, target, tmp_path / "x.xlsx")
    names = [s.name for s in service.get(target).stakeholders]
    assert names == ["Already here", '=HYPERLINK("http://evil")', "+351 21 000 0000"]
    assert any("Row 2 of the sheet 'Elements': it has no label" in w for w in result["warnings"])


def test_a_bad_stakeholder_refuses_the_whole_import(service: MapService, target: str) -> None:
    before = service.get(target)
    rows = [{"name": "Fine"}, {"name": "Also fine", "sector": "civic"}, {"name": "Bad", "sector": "church"}]
    with pytest.raises(UserError, match="Stakeholder 3 of the list cannot be imported, so nothing was"):
        service.import_rows(target, rows, [{"from": "Fine", "to": "Also fine"}])
    assert service.get(target) == before


def test_import_into_a_deleted_map(db: Database, service: MapService, target: str, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {"Elements": [["Label"], ["A"]]})
    service.delete(target)
    with pytest.raises(UserError, match="That map no longer exists"):
        import_exchange(db, target, path)


def test_too_many_rows_is_a_sentence(db: Database, service: MapService, target: str, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stakeholder_exchange, "MAX_ELEMENTS", 3)
    path = workbook(tmp_path / "x.xlsx", {"Elements": [["Label"]] + [[f"S{i}"] for i in range(4)]})
    _refused(db, service, target, path, "more than 3 stakeholders")


def test_odd_strengths_and_directions(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {
        "Elements": [["Label"], ["A"], ["B"], ["C"], ["D"]],
        "Connections": [["From", "To", "Strength", "Direction", "Type"], ["A", "B", 7, "sideways", "x" * 100],
                        ["B", "C", "very", "one-way", ""], ["C", "D", 2.6, True, "informs"]],
    })
    content = read_exchange(path)
    assert [(t["strength"], t["directed"], len(t["kind"])) for t in content.relationships] == [
        (3, False, 64), (2, True, 10), (3, True, 7)]
    text = "\n".join(content.warnings)
    assert "The strength '7' in row 2" in text and "The strength 'very' in row 3" in text
    assert "The direction 'sideways' in row 2" in text and "the type has 100 characters" in text


def test_a_plain_single_sheet_list(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", {"Sheet1": [["Name", "Organization", "Sector"], ["Câmara", "CM", "Público"]]})
    content = read_exchange(path)
    first = content.stakeholders[0]
    assert (first["name"], first["organisation"], first["sector"]) == ("Câmara", "CM", "public")
    assert content.relationships == [] and content.warnings == []


_cells = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["Label", "From", "To", "public", "Directed", "mutual", "strong", "A", "B", ""]),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_cells, max_size=6), max_size=8), st.lists(st.lists(_cells, max_size=6), max_size=8))
def test_any_grid_of_cells_reads_or_is_one_sentence(tmp_path: Path, elements: list[list[object]],
                                                     connections: list[list[object]]) -> None:
    path = workbook(tmp_path / "fuzz.xlsx", {"Elements": [["Label", "Type", "X", "Y"], *elements],
                                             "Connections": [["From", "To", "Strength", "Direction"], *connections]})
    try:
        content = read_exchange(path)
    except UserError as exc:
        assert str(exc).endswith(".")
        return
    labels = {s["name"].casefold() for s in content.stakeholders}
    assert len(labels) == len(content.stakeholders)
    assert all(t["from"].casefold() in labels and t["to"].casefold() in labels for t in content.relationships)
    assert all(t["strength"] in (1, 2, 3) and isinstance(t["directed"], bool) for t in content.relationships)
