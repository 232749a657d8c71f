"""The Summary sheet of the ULG workbook: what the file holds, a few small tables, and bar charts drawn from them.

The first line says whether the file holds personal data. Then come "label: value" lines, then each small table
(a real Excel table) under a heading, with its chart beside it. Charts are openpyxl ``BarChart``s whose data are
the table's own cells, so they follow any change a reader makes to the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop_app.formats.xlsx_safe import column_names

if TYPE_CHECKING:
    from workshop_app.formats.ulg_workbook import UlgWorkbook

FONT = "Calibri"
WIDTHS = {"A": 46, "B": 16, "C": 14, "D": 14, "E": 14, "F": 3}
CHART_COLUMN = "G"
CHART_ROWS = 17
"""Rows a chart covers (7.5 cm at the default row height), so the next table starts below it."""
CHART_WIDTH_CM, CHART_HEIGHT_CM = 17.0, 7.5


@dataclass(frozen=True)
class SummaryChart:
    """A bar chart of a summary table: one bar series per value column (1-based, the first is the categories)."""

    title: str
    columns: tuple[int, ...] = (2,)
    axis_title: str = ""


@dataclass(frozen=True)
class SummaryTable:
    """A small table on the Summary, under ``heading``; ``name`` is the base of its Excel table name."""

    heading: str
    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    chart: SummaryChart | None = None
    number_formats: dict[int, str] = field(default_factory=dict)
    """Number formats by 0-based column."""


def write_summary(book: UlgWorkbook, worksheet: Any, statement: str, lines: Sequence[tuple[str, Any]],
                  tables: Sequence[SummaryTable], *, personal_data: bool) -> None:
    """Fill the (already created, still empty) Summary ``worksheet``: the privacy ``statement`` on row 1 first."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    for column, width in WIDTHS.items():
        worksheet.column_dimensions[column].width = width
    # Printed (or saved as PDF), the Summary is one page wide, landscape, charts included.
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    bold = Font(name=FONT, bold=True)
    right = Alignment(horizontal="right")
    first = WriteOnlyCell(worksheet, statement)
    first.data_type = "s"
    first.font = Font(name=FONT, bold=True, size=13, color="B42318" if personal_data else "14532D")
    worksheet.append([first])
    worksheet.append([])
    row = 2

    def label(text: str) -> Any:
        cell = WriteOnlyCell(worksheet, text)
        cell.data_type = "s"
        cell.font = bold
        return cell

    for key, value in lines:
        worksheet.append([label(key), _safe(book, worksheet, value)])
        row += 1
    worksheet.append([])
    row += 1
    for table in tables:
        worksheet.append([label(table.heading)])
        row += 1
        top = row + 1
        headers = column_names(table.headers)
        worksheet.append([label(text) for text in headers])
        row += 1
        body = table.rows or ((None,) * len(headers),)
        for values in body:
            cells = [_safe(book, worksheet, value) for value in values]
            for index in range(1, len(cells)):
                if isinstance(values[index], str) and cells[index] is not None:  # "<5" lines up with the numbers
                    cell = WriteOnlyCell(worksheet, cells[index]) if isinstance(cells[index], str) else cells[index]
                    cell.alignment = right
                    cells[index] = cell
            for index, number_format in table.number_formats.items():
                if index < len(cells) and isinstance(cells[index], int | float):
                    cell = WriteOnlyCell(worksheet, cells[index])
                    cell.number_format = number_format
                    cells[index] = cell
            worksheet.append(cells)
            row += 1
        _add_table(book, worksheet, table.name, headers, top, row)
        if table.chart is not None and table.rows:
            _add_chart(worksheet, table.chart, top, row, top - 1)
        used = row - top + 2
        padding = max(1, CHART_ROWS - used) if table.chart is not None else 1
        for _ in range(padding):
            worksheet.append([])
            row += 1


def _safe(book: UlgWorkbook, worksheet: Any, value: Any) -> Any:
    return book.safe_text(worksheet, value) if isinstance(value, str) else value


def _add_table(book: UlgWorkbook, worksheet: Any, wanted: str, headers: list[str], top: int, bottom: int) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    from workshop_app.formats.ulg_workbook import add_table

    name = book.new_table_name(wanted)
    ref = f"A{top}:{get_column_letter(len(headers))}{bottom}"
    table = Table(displayName=name, name=name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=text) for i, text in enumerate(headers, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    add_table(worksheet, table)


def _add_chart(worksheet: Any, spec: SummaryChart, header_row: int, last_row: int, anchor_row: int) -> None:
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type = "bar"  # horizontal bars: long workshop titles and answer labels stay readable
    chart.style = 10
    chart.title = spec.title
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    for column in spec.columns:
        data = Reference(worksheet, min_col=column, min_row=header_row, max_row=last_row)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(worksheet, min_col=1, min_row=header_row + 1, max_row=last_row))
    chart.x_axis.scaling.orientation = "maxMin"  # the first row at the top, as in the table
    chart.x_axis.delete = False  # openpyxl hides both axes unless told otherwise
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0  # bars measured from zero, never from the smallest count
    chart.y_axis.number_format = "0"
    chart.y_axis.majorGridlines = None
    if spec.axis_title:
        chart.y_axis.title = spec.axis_title
    if len(spec.columns) == 1:
        chart.legend = None
    else:
        chart.legend.position = "b"
    worksheet.add_chart(chart, f"{CHART_COLUMN}{anchor_row}")


__all__ = ["SummaryChart", "SummaryTable", "write_summary"]
