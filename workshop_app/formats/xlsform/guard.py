"""Cheap checks before pyxform reads a file, so junk, zip bombs and giant sheets get a clear answer quickly.

A 100,000-row sheet would take pyxform many seconds to read; counting rows in the sheet's XML stops as soon
as the limit is passed.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv", ".md")
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_SURVEY_ROWS = 20_000
MAX_CHOICES_ROWS = 100_000
MAX_TEXT_LINES = MAX_SURVEY_ROWS + MAX_CHOICES_ROWS + 100
_CHUNK = 1 << 20
_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is|f)\b")
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}


def check_file(path: Path) -> None:
    """Raise ``UserError`` unless ``path`` looks like a form file of a readable size."""
    name = path.name
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} does not exist."), path=path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} is not a file."), path=path)
    size = path.stat().st_size
    if size == 0:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is empty."), name=name)
    if size > MAX_FILE_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is {size:.0f} MB; a form file can be at most {maximum} "
                                                    "MB."), name=name, size=size / 1e6, maximum=MAX_FILE_BYTES // 2**20)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not an XLSForm: Workshop App reads forms saved as "
                                                    ".xlsx, .xls, .csv or .md."), name=name)
    if suffix in (".xlsx", ".xlsm"):
        _check_workbook(path)
    elif suffix in (".csv", ".md"):
        _check_text(path)


def _check_text(path: Path) -> None:
    with path.open("rb") as stream:
        head = stream.read(4096)
        if b"\x00" in head:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is not a text file, although its name says so."),
                            file=path.name)
        lines = head.count(b"\n")
        while chunk := stream.read(_CHUNK):
            lines += chunk.count(b"\n")
            if lines > MAX_TEXT_LINES:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{file} has more than {maximum:,} lines, too many "
                                                            "for a form."),
                                file=path.name, maximum=MAX_TEXT_LINES)


def _check_workbook(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{name} unpacks to more than {maximum} MB, too much for a "
                                                            "form."), name=name, maximum=MAX_UNPACKED_BYTES // 2**20)
            sheets = _sheet_parts(archive)
            if sheets is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not an Excel workbook, although its name says "
                                                            "so."), name=name)
            lowered = {sheet.lower(): part for sheet, part in sheets.items()}
            if len(sheets) == 1:
                lowered = {"survey": next(iter(sheets.values()))}
            for sheet, limit in (("survey", MAX_SURVEY_ROWS), ("choices", MAX_CHOICES_ROWS)):
                part = lowered.get(sheet)
                if part is not None and part in archive.namelist():
                    rows = _count_rows(archive, part, limit)
                    if rows > limit:
                        raise UserError(QT_TRANSLATE_NOOP("errors", "The '{sheet}' sheet of {name} has more than "
                                                                    "{limit:,} rows; Workshop App imports forms of "
                                                                    "up to {limit:,} rows there."),
                                        sheet=sheet, name=name, limit=limit)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, KeyError,
            ElementTree.ParseError, NotImplementedError, RuntimeError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a readable Excel workbook ({reason})."),
                        name=name, reason=_reason(exc)) from None


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str] | None:
    """Sheet name → the zip member holding it, or None when this is not a workbook."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        return None
    if archive.getinfo("xl/workbook.xml").file_size > 10 * 2**20:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The workbook's table of sheets is implausibly large."))
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    targets: dict[str, str] = {}
    if "xl/_rels/workbook.xml.rels" in names:
        for rel in ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels")).findall("p:Relationship", _NS):
            target = rel.get("Target", "")
            targets[rel.get("Id", "")] = target.lstrip("/") if target.startswith("/") else \
                str(PurePosixPath("xl") / target)
    parts: dict[str, str] = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
        rel_id = sheet.get(f"{{{_NS['r']}}}id", "")
        parts[sheet.get("name", "")] = targets.get(rel_id, "")
    return parts


def _count_rows(archive: zipfile.ZipFile, part: str, limit: int) -> int:
    """Rows holding at least one value, counted until ``limit`` is passed."""
    count = 0
    buffer = b""
    with archive.open(part) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            buffer += chunk
            end = 0
            for match in _ROW.finditer(buffer):
                end = match.end()
                body = match.group(1)
                if body and _VALUE.search(body):
                    count += 1
                    if count > limit:
                        return count
            buffer = buffer[end:]
            if not chunk:
                return count
            if len(buffer) > 16 * _CHUNK:
                raise UserError(QT_TRANSLATE_NOOP("errors", "A row of the workbook is implausibly large."))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".")
    return text[:120] if text else type(exc).__name__
