"""The ULG workbook writer on its own: real tables in write-only mode, the safety gate, widths, names, saving."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from workshop_app.errors import UserError
from workshop_app.formats import ulg_workbook
from workshop_app.formats.ulg_summary import SummaryChart, SummaryTable, write_summary
from workshop_app.formats.ulg_workbook import UlgWorkbook, check_target, write_failure
from workshop_app.formats.xlsx_safe import (
    CELL_LIMIT,
    column_names,
    cut_text,
    must_stay_text,
    sheet_title,
    table_name,
    utf16_length,
)

PAYLOADS = ["=1+1", "+1", "-1", "@SUM(1+1)", "\tTab", "\rCR", "\nLF", "=cmd|' /C calc'!A0", "#N/A", "#DIV/0!"]


def write(path: Path, headers: list[str], rows: list[list[object]], **options: object) -> UlgWorkbook:
    book = UlgWorkbook(path)
    sheet = book.table_sheet("Data", headers, **options)
    for row in rows:
        sheet.append(row)
    book.save()
    return book


def test_a_table_whose_columns_are_named_exactly_as_the_header_cells(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write(path, ["Name", "name", "", "Name", "A\nlong   header"], [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]])
    sheet = load_workbook(path)["Data"]
    [table] = sheet.tables.values()
    headers = [c.value for c in sheet[1]]
    assert headers == ["Name", "name (2)", "Column 3", "Name (3)", "A long header"]
    assert [c.name for c in table.tableColumns] == headers
    assert table.ref == "A1:E3" and table.autoFilter.ref == "A1:E3"
    assert table.tableStyleInfo.name == "TableStyleMedium2"
    assert sheet.freeze_panes == "A2"
    assert all(c.font.b for c in sheet[1])


def test_values_keep_their_types_and_codes_keep_leading_zeros(tmp_path: Path) -> None:
    path = tmp_path / "types.xlsx"
    write(path, ["int", "float", "date", "datetime", "time", "bool", "code", "empty"],
          [[7, 2.5, date(2026, 11, 21), datetime(2026, 11, 21, 18, 30), time(18, 30), True, "007", ""]])
    row = [c for c in load_workbook(path)["Data"][2]]
    assert [c.value for c in row[:2]] == [7, 2.5]
    assert row[2].value == datetime(2026, 11, 21) and row[2].is_date
    assert row[3].value == datetime(2026, 11, 21, 18, 30) and row[3].is_date
    assert row[4].value == time(18, 30)
    assert row[5].value is True
    assert row[6].value == "007" and row[6].data_type == "s"
    assert row[7].value is None


def test_no_text_ever_becomes_a_formula_or_an_error_value(tmp_path: Path) -> None:
    path = tmp_path / "payloads.xlsx"
    write(path, ["payload"], [[p] for p in PAYLOADS])
    column = load_workbook(path)["Data"]["A"][1:]
    assert [c.value for c in column] == PAYLOADS
    assert all(c.data_type == "s" and c.quotePrefix for c in column)
    with zipfile.ZipFile(path) as archive:  # the file itself, as Excel reads it
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and xml.count('t="inlineStr"') == len(PAYLOADS) + 1
    assert all(must_stay_text(p) for p in PAYLOADS) and not must_stay_text("plain")


def test_long_texts_are_cut_with_a_marker_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    book = write(path, ["text"], [["a" * 50_000], ["ok"], ["😀" * 20_000]])
    assert book.cut_cells == 2
    values = [c.value for c in load_workbook(path)["Data"]["A"][1:]]
    assert values[0].endswith("… [cut: 50,000 characters]") and len(values[0]) == CELL_LIMIT
    assert values[1] == "ok"
    assert utf16_length(values[2]) <= CELL_LIMIT and values[2].endswith("… [cut: 20,000 characters]")
    assert cut_text("fits") == "fits"


def test_characters_xml_cannot_carry_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "illegal.xlsx"
    write(path, ["text"], [["a\x00b\x08c\x1bd\ud800e\uffff"], ["=\x01SUM(1)"], ["\x02"]])
    sheet = load_workbook(path)["Data"]
    assert [sheet.cell(row, 1).value for row in (2, 3, 4)] == ["abcde", "=SUM(1)", None]


def test_widths_come_from_the_content_within_limits(tmp_path: Path) -> None:
    path = tmp_path / "widths.xlsx"
    write(path, ["Short", "A header that is much longer than its values", "Wide"],
          [["x", 1, "y" * 200], ["xx", 2, "z"]])
    dims = load_workbook(path)["Data"].column_dimensions
    assert dims["A"].width == ulg_workbook.MIN_WIDTH
    assert dims["B"].width == ulg_workbook.NUMBER_HEADER_WIDTH + 3  # numbers: the long header wraps
    assert dims["C"].width == ulg_workbook.MAX_WIDTH


def test_an_empty_table_gets_the_blank_row_excel_requires(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write(path, ["A", "B"], [])
    sheet = load_workbook(path)["Data"]
    [table] = sheet.tables.values()
    assert table.ref == "A1:B2" and sheet["A2"].value is None


def test_rows_beyond_excels_limit_are_counted_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ulg_workbook, "MAX_ROWS", 4)
    book = UlgWorkbook(tmp_path / "rows.xlsx")
    sheet = book.table_sheet("Data", ["n"])
    for n in range(10):
        sheet.append([n])
    book.save()
    assert (sheet.rows, sheet.dropped) == (3, 7)
    assert load_workbook(tmp_path / "rows.xlsx")["Data"].max_row == 4


def test_number_formats_and_right_aligned_text(tmp_path: Path) -> None:
    path = tmp_path / "formats.xlsx"
    write(path, ["count", "share"], [[12, 0.25], ["<5", None]], number_formats={1: "0%"}, right_aligned=(0,))
    sheet = load_workbook(path)["Data"]
    assert sheet["B2"].number_format == "0%" and sheet["B2"].value == 0.25
    assert sheet["A3"].value == "<5" and sheet["A3"].alignment.horizontal == "right"


# -- names ---------------------------------------------------------------------------------------------------
def test_sheet_titles_are_valid_short_and_unique() -> None:
    assert sheet_title("Needs [2026]: what/why?*", []) == "Needs 2026 what why"
    assert sheet_title("'quoted'", []) == "quoted"
    assert sheet_title("History", []) == "History sheet"
    long = sheet_title("A questionnaire with a very long title indeed", [])
    assert len(long) == 31 and long.endswith("…")
    assert sheet_title("Answers", ["answers"]) == "Answers (2)"
    assert sheet_title("", []) == "Sheet"


def test_table_names_are_valid_and_unique() -> None:
    assert table_name("Ideas & votes", []) == "Ideas___votes"
    assert table_name("A1", []) == "t_A1"
    assert table_name("R1C1", []) == "t_R1C1"
    assert table_name("2026 responses", []) == "t_2026_responses"
    assert table_name("Responses", ["responses"]) == "Responses_2"


def test_column_names_are_unique_without_regard_to_case() -> None:
    assert column_names(["Age", "AGE", "age", " "]) == ["Age", "AGE (2)", "age (3)", "Column 4"]
    assert len(column_names(["x" * 400])[0]) <= 255


# -- the Summary ---------------------------------------------------------------------------------------------
def test_summary_statement_first_then_lines_tables_and_charts(tmp_path: Path) -> None:
    path = tmp_path / "summary.xlsx"
    book = UlgWorkbook(path)
    summary = book.new_sheet("Summary")
    table = SummaryTable("Per workshop", "PerWorkshop", ("Workshop", "People", "Responses"),
                         (("=First", 12, 10), ("Second", "<5", 3)), SummaryChart("People", (2, 3)))
    write_summary(book, summary, "Contains no personal data.", [("Scope", "@everything")], [table],
                  personal_data=False)
    book.save()
    sheet = load_workbook(path)["Summary"]
    assert sheet["A1"].value == "Contains no personal data." and sheet["A1"].font.b
    assert (sheet["A3"].value, sheet["B3"].value, sheet["B3"].data_type) == ("Scope", "@everything", "s")
    [found] = sheet.tables.values()
    assert found.ref == "A6:C8" and [c.name for c in found.tableColumns] == ["Workshop", "People", "Responses"]
    assert sheet["A7"].value == "=First" and sheet["A7"].data_type == "s"
    assert len(sheet._charts) == 1
    assert sheet.page_setup.orientation == "landscape"


# -- saving --------------------------------------------------------------------------------------------------
def test_check_target_refuses_what_cannot_be_written(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.xlsx"):
        check_target(tmp_path / "ulg.ods")
    with pytest.raises(UserError, match="does not exist"):
        check_target(tmp_path / "missing" / "ulg.xlsx")
    (tmp_path / ".~lock.ulg.xlsx#").write_text("x")
    with pytest.raises(UserError, match="open in another program"):
        check_target(tmp_path / "ulg.xlsx")
    assert check_target(tmp_path / "other.XLSX") == tmp_path / "other.XLSX"


def test_failure_sentences() -> None:
    import errno

    target = Path("/data/ulg.xlsx")
    assert "not enough space" in write_failure(target, OSError(errno.ENOSPC, "full"))
    assert "open in another program" in write_failure(target, PermissionError(13, "busy"), replacing=True)
    assert "You may not save files in /data" in write_failure(target, PermissionError(13, "no"))
    assert "could not be written: Input/output error" in write_failure(target, OSError(errno.EIO, "Input/output error"))


def test_discarding_removes_the_streamed_sheet_files(tmp_path: Path) -> None:
    before = set(openpyxl_writer.ALL_TEMP_FILES)
    folder = tmp_path / "out"
    folder.mkdir()
    book = UlgWorkbook(folder / "gone.xlsx")
    sheet = book.table_sheet("Data", ["n"])
    for n in range(500):  # past the sample, so rows reach the sheet's temporary file
        sheet.append([n])
    streamed = set(openpyxl_writer.ALL_TEMP_FILES) - before
    assert streamed and all(Path(p).exists() for p in streamed)
    book.discard()
    book.discard()
    assert not any(Path(p).exists() for p in streamed)
    assert list(folder.iterdir()) == []


def test_saving_replaces_an_older_file_in_one_step(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "ulg.xlsx"
    target.write_bytes(b"old")
    write(target, ["n"], [[1]])
    assert load_workbook(target)["Data"]["A2"].value == 1
    assert [p.name for p in folder.iterdir()] == ["ulg.xlsx"]
