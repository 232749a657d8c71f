"""The ULG workbook's writer: openpyxl in write-only mode, one real Excel table per sheet, saved atomically.

Each ``TableSheet`` streams its rows to disk, so memory stays flat however many answers there are. The first
rows are held back a moment to size the columns from what they contain; then the header row (frozen, with the
table's filter buttons) and the rows follow. The table's ``tableColumns`` are named here with exactly the
header cells' text, because write-only mode cannot read them back and Excel repairs a file whose names differ.

Every text goes through one gate (``TableSheet.append``): characters XML cannot carry are removed, texts longer
than a cell are cut with a visible marker (and counted), and text that a spreadsheet could take for a formula
or an error value is stored as text, flagged with Excel's quote prefix so that even editing the cell keeps it
text. Numbers, dates and booleans stay what they are.

The file is written under a temporary name in the target folder and renamed over the target only when complete:
a failure or a cancel leaves no file behind and never half-replaces an earlier one.

In a right-to-left export language (Arabic, Persian, Hebrew, Urdu...) every sheet is shown right to left: column A
on the right, as a reader of those languages expects. The cells keep their text as typed (logical order): Excel
and LibreOffice shape and order it themselves.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import warnings
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from workshop_app.core.bidi_text import is_rtl_language
from workshop_app.errors import UserError
from workshop_app.formats.xlsx_safe import (
    CELL_LIMIT,
    ILLEGAL_CHARACTERS,
    MAX_COLUMNS,
    MAX_ROWS,
    clean_text,
    column_names,
    cut_text,
    must_stay_text,
    sheet_title,
    table_name,
)
from workshop_app.texts import QT_TRANSLATE_NOOP

SAMPLE_ROWS = 200
"""Rows looked at to size the columns."""
MIN_WIDTH, MAX_WIDTH, HEADER_WIDTH, NUMBER_HEADER_WIDTH = 8, 60, 28, 16
TABLE_STYLE = "TableStyleMedium2"
_RISKY_FIRST = frozenset("=+-@\t\r\n#")
_LONG = CELL_LIMIT // 2
_WIDTHS = {datetime: 19, date: 11, time: 9}


class TableSheet:
    """One sheet holding one Excel table: a frozen header row with filters, then the rows appended."""

    def __init__(self, book: UlgWorkbook, worksheet: Any, headers: Sequence[str], name: str, *,
                 freeze: str = "A2", number_formats: dict[int, str] | None = None,
                 right_aligned: Sequence[int] = ()) -> None:
        if not 0 < len(headers) <= MAX_COLUMNS:
            raise ValueError(f"a table needs 1 to {MAX_COLUMNS} columns, not {len(headers)}")
        self.book = book
        self.worksheet = worksheet
        self.headers = column_names(headers)
        self.name = name
        self.freeze = freeze
        self.number_formats = dict(number_formats or {})
        self.right_aligned = tuple(right_aligned)
        """Columns whose texts (such as "<5" among counts) line up on the right with the numbers."""
        self.rows = 0
        """Data rows written (or held back to size the columns)."""
        self.dropped = 0
        """Rows beyond Excel's limit, left out."""
        self._sample: list[list[Any]] | None = []
        self._closed = False

    @property
    def title(self) -> str:
        """The sheet's name."""
        return self.worksheet.title

    def append(self, values: Sequence[Any]) -> None:
        """Add one row (``None`` or ``""``: an empty cell). Texts are made safe; see the module's docstring."""
        if self.rows >= MAX_ROWS - 1:
            self.dropped += 1
            return
        row = list(values)
        for index, value in enumerate(row):
            if value.__class__ is str:
                if not value:
                    row[index] = None
                elif value[0] in _RISKY_FIRST or len(value) > _LONG or ILLEGAL_CHARACTERS.search(value):
                    row[index] = self._text(value)
        if self.number_formats or self.right_aligned:
            self._format(row)
        self.rows += 1
        if self._sample is None:
            self.worksheet.append(row)
        else:
            self._sample.append(row)
            if len(self._sample) >= SAMPLE_ROWS:
                self._start()

    def _text(self, value: str) -> Any:
        return self.book.safe_text(self.worksheet, value)

    def _format(self, row: list[Any]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment

        for index, number_format in self.number_formats.items():
            if index < len(row) and isinstance(row[index], int | float) and not isinstance(row[index], bool):
                cell = WriteOnlyCell(self.worksheet, row[index])
                cell.number_format = number_format
                row[index] = cell
        for index in self.right_aligned:
            value = row[index] if index < len(row) else None
            if value is not None and not isinstance(value, int | float):
                cell = WriteOnlyCell(self.worksheet, value) if isinstance(value, str) else value
                cell.alignment = Alignment(horizontal="right")
                row[index] = cell

    def _start(self) -> None:
        """Size the columns from the header and the rows held back, freeze the header, then write them."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        sample = self._sample or []
        self._sample = None
        sheet = self.worksheet
        content = [0] * len(self.headers)
        numbers = [True] * len(self.headers)
        for row in sample:
            for index, value in enumerate(row[: len(content)]):
                if value is not None:
                    content[index] = max(content[index], _display_width(value))
                    numbers[index] = numbers[index] and isinstance(value, int | float)
        # A column of numbers (or 0/1 flags) stays narrow: its long header wraps instead.
        widths = [max(width, min(len(header), HEADER_WIDTH if not number else NUMBER_HEADER_WIDTH) + 3)
                  for width, header, number in zip(content, self.headers, numbers, strict=True)]
        lines = 1
        for index, width in enumerate(widths):
            width = max(MIN_WIDTH, min(MAX_WIDTH, width))
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
            lines = max(lines, -(-len(self.headers[index]) // int(width - 2)))
        if lines > 1:
            sheet.row_dimensions[1].height = 15 * min(lines + 1, 5)  # words wrap later than letters would
        if self.freeze:
            sheet.freeze_panes = self.freeze
        bold, wrap = Font(name="Calibri", bold=True), Alignment(wrap_text=True, vertical="top")
        header = []
        for text in self.headers:
            cell = WriteOnlyCell(sheet, text)
            cell.data_type = "s"  # a header such as "=total" names a column; it is not a formula
            cell.font, cell.alignment = bold, wrap
            header.append(cell)
        sheet.append(header)
        for row in sample:
            sheet.append(row)

    def close(self) -> int:
        """Finish the table (an empty one gets one blank row, as Excel requires); returns the data rows."""
        if self._closed:
            return self.rows
        self._closed = True
        if self._sample is not None:
            if not self._sample and not self.rows:
                self._sample.append([None] * len(self.headers))
            self._start()
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.filters import AutoFilter
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        ref = f"A1:{get_column_letter(len(self.headers))}{1 + max(self.rows, 1)}"
        table = Table(displayName=self.name, name=self.name, ref=ref)
        table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(self.headers, 1)]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
        add_table(self.worksheet, table)
        return self.rows


def add_table(worksheet: Any, table: Any) -> None:
    """Add ``table`` to a write-only sheet, whose columns the caller has named (openpyxl warns regardless)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually", UserWarning)
        worksheet.add_table(table)


def _display_width(value: Any) -> int:
    if isinstance(value, str):
        return len(value.split("\n", 1)[0][:MAX_WIDTH]) + 2
    width = _WIDTHS.get(type(value))
    if width:
        return width
    if isinstance(value, float):
        return min(len(f"{value:.6g}"), 14) + 2
    inner = getattr(value, "value", value)
    return _display_width(inner) if inner is not value else len(str(value)) + 2


class UlgWorkbook:
    """A workbook being written to ``path`` (.xlsx); ``save()`` puts it there, ``discard()`` forgets it.

    ``language``: the export language; a right-to-left one makes every sheet right to left.
    """

    def __init__(self, path: Path | str, *, language: str | None = None) -> None:
        from openpyxl import Workbook

        self.path = check_target(Path(path))
        self.right_to_left = is_rtl_language(language)
        self.workbook = Workbook(write_only=True)
        self.cut_cells = 0
        """Texts cut to fit a cell, in every sheet."""
        self.sheets: list[TableSheet] = []
        self._titles: list[str] = []
        self._tables: list[str] = []
        self._discarded = False

    def new_sheet(self, title: str) -> Any:
        """An empty write-only sheet with a valid, unique name close to ``title`` (sheets keep creation order)."""
        title = sheet_title(title, self._titles)
        self._titles.append(title)
        sheet = self.workbook.create_sheet(title)
        if self.right_to_left:
            sheet.sheet_view.rightToLeft = True  # before the first row: write-only sheets write the view first
        return sheet

    def new_table_name(self, wanted: str) -> str:
        """A valid table name no other table of this workbook has."""
        name = table_name(wanted, self._tables)
        self._tables.append(name)
        return name

    def table_sheet(self, title: str, headers: Sequence[str], *, table: str | None = None, freeze: str = "A2",
                    number_formats: dict[int, str] | None = None, right_aligned: Sequence[int] = ()) -> TableSheet:
        """A new sheet for one table with these column ``headers`` (see ``TableSheet`` for the options)."""
        worksheet = self.new_sheet(title)
        sheet = TableSheet(self, worksheet, headers, self.new_table_name(table or worksheet.title),
                           freeze=freeze, number_formats=number_formats, right_aligned=right_aligned)
        self.sheets.append(sheet)
        return sheet

    def safe_text(self, worksheet: Any, value: str) -> Any:
        """``value`` as it can go in a cell of ``worksheet``: cleaned, cut if too long (and counted), and a text
        cell if it could pass for a formula; ``None`` if nothing is left."""
        value = clean_text(value)
        if len(value) > _LONG:
            shorter = cut_text(value)
            if shorter is not value:
                self.cut_cells += 1
                value = shorter
        if value and must_stay_text(value):
            return self.text_cell(worksheet, value)
        return value or None

    @staticmethod
    def text_cell(worksheet: Any, text: str) -> Any:
        """A cell that holds ``text`` as text whatever it starts with (never a formula or an error value)."""
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(worksheet, text)
        cell.data_type = "s"
        cell.quotePrefix = True  # Excel keeps it text even when someone edits the cell and presses Enter
        return cell

    def save(self) -> Path:
        """Close every table and write the file atomically; ``UserError`` (and no file) if that fails."""
        for sheet in self.sheets:
            sheet.close()
        path = check_target(self.path)
        temporary: Path | None = None
        replacing = False
        try:
            handle, name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=".xlsx", dir=path.parent)
            os.close(handle)
            temporary = Path(name)
            self.workbook.save(temporary)
            with temporary.open("rb+") as stream:
                os.fsync(stream.fileno())
            replacing = True
            os.replace(temporary, path)
            temporary = None
        except OSError as exc:
            raise write_error(path, exc, replacing=replacing) from None
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)
            self.discard()
        return path

    def discard(self) -> None:
        """Forget the workbook: end its sheets' streams and remove the temporary files they were written to
        (openpyxl would keep them until Python exits); nothing reaches ``path``. Safe to call more than once."""
        if self._discarded:
            return
        self._discarded = True
        from openpyxl.worksheet import _writer

        for worksheet in self.workbook.worksheets:
            # The row stream ends first, while its file is still open; a half-written one may refuse, and goes.
            rows = getattr(worksheet, "_rows", None)
            if rows is not None:
                with contextlib.suppress(Exception):
                    rows.close()
            writer = getattr(worksheet, "_writer", None)
            out = getattr(writer, "out", None)
            if isinstance(out, str):
                with contextlib.suppress(Exception):
                    writer.close()
                Path(out).unlink(missing_ok=True)
                if out in _writer.ALL_TEMP_FILES:
                    _writer.ALL_TEMP_FILES.remove(out)


def lock_files(path: Path) -> list[Path]:
    """The lock files LibreOffice (``.~lock.NAME#``) and Excel (``~$NAME``) leave beside a file they have open."""
    return [p for p in (path.with_name(f".~lock.{path.name}#"), path.with_name(f"~${path.name}")) if p.exists()]


def check_target(path: Path) -> Path:
    """``path`` if a workbook can be written there; otherwise ``UserError`` saying why, in one sentence."""
    if path.suffix.lower() != ".xlsx":
        raise UserError(QT_TRANSLATE_NOOP("errors", "The workbook must be saved as an .xlsx file; “{file}” has "
                                                    "another extension."), file=path.name)
    folder = path.parent
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist; choose another place for "
                                                    "the workbook."), folder=folder)
    if path.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is a folder; give the workbook a file name ending in "
                                                    ".xlsx."), path=path)
    locks = lock_files(path)
    if locks:
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{file}” is open in another program; close it there and export "
                                                    "again (if it is not open, delete the lock file “{lock}” in the "
                                                    "same folder)."), file=path.name, lock=locks[0].name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(QT_TRANSLATE_NOOP("errors", "You may not save files in {folder}; choose another folder."),
                        folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{file}” is read-only; choose another name or folder."),
                        file=path.name)
    return path


def write_failure(path: Path, exc: OSError, *, replacing: bool = False) -> str:
    """One sentence (in the interface language) for an ``OSError`` met while writing ``path``."""
    return str(write_error(path, exc, replacing=replacing))


def write_error(path: Path, exc: OSError, *, replacing: bool = False) -> UserError:
    """The ``UserError`` to raise for an ``OSError`` met while writing ``path``."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return UserError(QT_TRANSLATE_NOOP("errors", "There is not enough space on the disk for “{file}”; free some "
                                                     "space or choose another place. Nothing was written."),
                         file=path.name)
    if isinstance(exc, PermissionError) and replacing:
        return UserError(QT_TRANSLATE_NOOP("errors", "“{file}” is open in another program or read-only; close it "
                                                     "there and export again. Nothing was changed."), file=path.name)
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return UserError(QT_TRANSLATE_NOOP("errors", "You may not save files in {folder}; choose another folder."),
                         folder=path.parent)
    return UserError(QT_TRANSLATE_NOOP("errors", "“{file}” could not be written: {reason}. Nothing was changed."),
                     file=path.name, reason=exc.strerror or exc)


__all__ = ["SAMPLE_ROWS", "TableSheet", "UlgWorkbook", "add_table", "check_target", "lock_files", "write_error",
           "write_failure"]
