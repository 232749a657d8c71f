"""Stakeholders and relationships in and out of an Excel workbook, in the two-sheet layout Kumu uses.

Sheet "Elements": Label, Type (the sector), Description (notes), Organisation, Attitude, Engagement, X, Y and,
only when asked, Contact. Sheet "Connections": From, To (element labels), Type, Strength, Direction. Reading
is forgiving (headers in any case, extra columns ignored, common words understood, junk rows skipped with a
warning) but never half-imports: anything that makes the list unusable is one ``UserError`` before any write.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app.core.map_rules import (
    DEFAULT_RELATIONSHIP_KIND,
    MAX_CONTACT,
    MAX_ENGAGEMENT,
    MAX_NAME,
    MAX_NOTES,
    MAX_ORGANISATION,
    MAX_RELATIONSHIP_KIND,
    MapData,
    TieIndex,
    clean_line,
    clean_text,
    unique_labels,
)
from workshop_app.errors import UserError
from workshop_app.formats.exchange_values import (
    Findings,
    attitude_of,
    cell_number,
    cell_text,
    directed_of,
    sector_of,
    strength_of,
)
from workshop_app.texts import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from workshop_app.db.database import Database

ELEMENT_COLUMNS = ("Label", "Type", "Description", "Organisation", "Attitude", "Engagement", "X", "Y")
CONNECTION_COLUMNS = ("From", "To", "Type", "Strength", "Direction")
# Header words understood for each field, compared without case; the first column that matches wins.
ELEMENT_HEADERS = {
    "name": ("label", "name", "stakeholder"), "sector": ("sector", "type"), "notes": ("description", "notes"),
    "organisation": ("organisation", "organization"), "attitude": ("attitude",),
    "engagement": ("engagement", "engagement strategy"), "x": ("x",), "y": ("y",), "contact": ("contact",),
}
CONNECTION_HEADERS = {"from": ("from", "source"), "to": ("to", "target"), "kind": ("type", "kind"),
                      "strength": ("strength", "weight"), "direction": ("direction", "directed")}
ELEMENT_SHEETS = ("elements", "stakeholders", "nodes")
CONNECTION_SHEETS = ("connections", "relationships", "edges", "links")
# Text starting with these would be taken as a formula by a spreadsheet (or a tab/CR-prefixed injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_FILE_BYTES = 20 * 2**20
MAX_UNPACKED_BYTES = 200 * 2**20
MAX_ELEMENTS = 5_000
MAX_CONNECTIONS = 50_000
HEADER_SEARCH_ROWS = 10


@dataclass
class ExchangeContent:
    """What a workbook holds, cleaned: stakeholder fields, ties by label (``from``/``to``), and warnings."""

    stakeholders: list[dict[str, Any]] = field(default_factory=list)
    relationships: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# -- export ----------------------------------------------------------------------------------------------
def export_exchange(data: MapData, path: Path | str, *, include_contacts: bool = False) -> Path:
    """Write ``data``'s stakeholders and relationships to ``path`` (.xlsx), atomically; contacts only if asked.

    Labels must be unique for From/To to mean one stakeholder, so a repeated name is written as "Name (2)".
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(QT_TRANSLATE_NOOP("errors", "A stakeholder list is written as an .xlsx file; {file} has "
                                                    "another extension."), file=path.name)
    labels = dict(zip([s.id for s in data.stakeholders], unique_labels([s.name for s in data.stakeholders]),
                      strict=True))
    header = [*ELEMENT_COLUMNS, *(["Contact"] if include_contacts else [])]
    elements = [header] + [
        [labels[s.id], s.sector, s.notes, s.organisation, s.attitude, s.engagement, s.x, s.y,
         *([s.contact] if include_contacts else [])]
        for s in data.stakeholders
    ]
    connections = [list(CONNECTION_COLUMNS)] + [
        [labels[r.from_id], labels[r.to_id], r.kind, r.strength, "directed" if r.directed else "undirected"]
        for r in data.relationships if r.from_id in labels and r.to_id in labels
    ]
    _save_atomically([("Elements", elements), ("Connections", connections)], path)
    return path


def _save_atomically(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} cannot be written: the folder {folder} does not exist."),
                        path=path, folder=path.parent)
    workbook = Workbook(write_only=True)
    for title, lines in sheets:
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        for index, width in enumerate((36, 12, 40, 28, 12, 28, 8, 8, 28)[: len(lines[0])]):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        for line in lines:
            cells: list[Any] = []
            for value in line:
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    if value.startswith(FORMULA_START):
                        # A name such as "=SUM(A1)" or "-ve partner" stays text, never a formula.
                        cell = WriteOnlyCell(sheet, value)
                        cell.data_type = "s"
                        value = cell
                cells.append(value if value != "" else None)
            sheet.append(cells)
    temporary = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
        temporary = Path(name)
        workbook.save(temporary)
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} could not be written: {reason}."),
                        path=path, reason=exc.strerror or exc) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


# -- reading ---------------------------------------------------------------------------------------------
def read_exchange(path: Path | str, *, known_labels: Iterable[str] = ()) -> ExchangeContent:
    """Read a workbook's stakeholders and connections; ``UserError`` (one sentence) if it cannot be used.

    ``known_labels`` are names already on the map, which connections may name too.
    """
    path = Path(path)
    _check_file(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises a dozen kinds of error on junk; all mean the same to the person
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is not a readable Excel workbook."),
                        file=path.name) from None
    try:
        return _read(workbook, path.name, list(known_labels))
    except UserError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip fails only while its rows are read
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} could not be read; the workbook seems damaged "
                                                    "({error})."),
                        file=path.name, error=type(exc).__name__) from None
    finally:
        workbook.close()


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} does not exist or is not a file."), path=path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is not an Excel workbook; save the list as .xlsx and "
                                                    "import that."), file=path.name)
    size = path.stat().st_size
    if size == 0:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is empty."), file=path.name)
    if size > MAX_FILE_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is {size:.0f} MB; a stakeholder list can be at most "
                                                    "{maximum} MB."),
                        file=path.name, size=size / 2**20, maximum=MAX_FILE_BYTES // 2**20)
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{file} unpacks to more than {maximum} MB, too much for a "
                                                            "stakeholder list."),
                                file=path.name, maximum=MAX_UNPACKED_BYTES // 2**20)
    except PermissionError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} cannot be opened: this user may not read it."),
                        file=path.name) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file} is not a readable Excel workbook, although its name says "
                                                    "so."), file=path.name) from None


def _read(workbook: Any, file_name: str, known_labels: list[str]) -> ExchangeContent:
    by_name = {sheet.title.strip().casefold(): sheet for sheet in workbook.worksheets}
    elements = next((by_name[n] for n in ELEMENT_SHEETS if n in by_name), None)
    connections = next((by_name[n] for n in CONNECTION_SHEETS if n in by_name), None)
    if elements is None:
        # A plain list on its own sheet (not Kumu's) is read as the elements.
        elements = next((s for s in workbook.worksheets if s is not connections), None)
    if elements is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{file_name} has no sheet of stakeholders; name it 'Elements' "
                                                    "with a 'Label' column."), file_name=file_name)
    content = ExchangeContent()
    content.stakeholders = _read_elements(elements, file_name, content.warnings)
    if not content.stakeholders:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The sheet {title!r} of {file_name} lists no stakeholders."),
                        title=elements.title, file_name=file_name)
    if connections is not None:
        labels = {s["name"].casefold(): s["name"] for s in content.stakeholders}
        for label in known_labels:
            labels.setdefault(clean_line(label).casefold(), clean_line(label))
        content.relationships = _read_connections(connections, file_name, labels, content.warnings)
    return content


_TOO_MANY = {
    "stakeholders": QT_TRANSLATE_NOOP("errors", "The sheet {title!r} of {file_name} has more than {limit:,} "
                                                "stakeholders; Workshop App imports up to {limit:,}."),
    "connections": QT_TRANSLATE_NOOP("errors", "The sheet {title!r} of {file_name} has more than {limit:,} "
                                               "connections; Workshop App imports up to {limit:,}."),
}
"""``what`` of ``_rows`` -> the sentence refusing a sheet with more rows than that."""


def _rows(sheet: Any, file_name: str, headers: dict[str, tuple[str, ...]], required: tuple[str, ...],
          limit: int, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, {field: cell value}) for each row under the header row, which may follow a few title rows."""
    lines = sheet.iter_rows(values_only=True)
    columns: dict[str, int] = {}
    header_row, seen_any, exhausted = 0, False, True
    for header_row, line in enumerate(lines, 1):
        names = [cell_text(value).strip().casefold() for value in line]
        seen_any = seen_any or any(names)
        found = {key: names.index(word) for key, words in headers.items() for word in reversed(words) if word in names}
        if all(key in found for key in required):
            columns, exhausted = found, False
            break
        if header_row >= HEADER_SEARCH_ROWS:
            exhausted = False
            break
    if exhausted and not seen_any:
        return  # an empty sheet (say, no connections yet) holds nothing to read
    if not columns:
        wanted = [headers[key][0].title() for key in required]
        if len(wanted) == 1:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The sheet {title!r} of {file_name} has no {column!r} "
                                                        "column in its first rows; put them in the header row."),
                            title=sheet.title, file_name=file_name, column=wanted[0])
        raise UserError(QT_TRANSLATE_NOOP("errors", "The sheet {title!r} of {file_name} has no {first!r} and "
                                                    "{second!r} columns in its first rows; put them in the header "
                                                    "row."),
                        title=sheet.title, file_name=file_name, first=wanted[0], second=wanted[-1])
    header_values = {key: cell_text(line[index]).strip().casefold() for key, index in columns.items()}
    count = 0
    for row_number, line in enumerate(lines, header_row + 1):
        values = {key: line[index] if index < len(line) else None for key, index in columns.items()}
        if all(cell_text(value).strip() == "" for value in line):
            continue  # an empty row is a gap, not junk
        if {key: cell_text(v).strip().casefold() for key, v in values.items()} == header_values:
            continue  # the header again, e.g. two lists pasted one under the other
        count += 1
        if count > limit:
            raise UserError(_TOO_MANY[what], title=sheet.title, file_name=file_name, limit=limit)
        yield row_number, values


def _read_elements(sheet: Any, file_name: str, warnings: list[str]) -> list[dict[str, Any]]:
    findings = Findings(sheet.title)
    found: list[dict[str, Any]] = []
    taken: dict[str, str] = {}
    for row, cells in _rows(sheet, file_name, ELEMENT_HEADERS, ("name",), MAX_ELEMENTS, "stakeholders"):
        name = _fit(clean_line(cell_text(cells["name"])), MAX_NAME, "label", row, findings)
        if not name:
            findings.row(row, translate("core", "it has no label, so it was skipped."))
            continue
        if name.casefold() in taken:
            unique = unique_labels([*taken.values(), name])[-1]
            findings.row(row, translate("core", "the label {name!r} is used before; this stakeholder was imported as "
                                                "{unique!r}.").format(name=name, unique=unique))
            name = unique
        taken[name.casefold()] = name
        stakeholder: dict[str, Any] = {
            "name": name,
            "sector": sector_of(cell_text(cells.get("sector")), row, findings),
            "attitude": attitude_of(cell_text(cells.get("attitude")), row, findings),
            "notes": _fit(clean_text(cell_text(cells.get("notes"))), MAX_NOTES, "description", row, findings),
        }
        for key, limit in (("organisation", MAX_ORGANISATION), ("engagement", MAX_ENGAGEMENT),
                           ("contact", MAX_CONTACT)):
            if key in cells:
                stakeholder[key] = _fit(clean_line(cell_text(cells[key])), limit, key, row, findings)
        stakeholder.update(_position(cells, row, findings))
        found.append(stakeholder)
    warnings += findings.all()
    return found


def _position(cells: dict[str, Any], row: int, findings: Findings) -> dict[str, float]:
    """{"x", "y"} when both cells hold numbers; otherwise nothing (the stakeholder goes on the grid)."""
    raw = [cell_text(cells.get(key)).strip() for key in ("x", "y")]
    if not any(raw):
        return {}
    x, y = cell_number(cells.get("x")), cell_number(cells.get("y"))
    if x is None or y is None:
        empty = translate("core", "empty")
        findings.row(row, translate("core", "the position ({x}, {y}) is not two numbers, so the stakeholder was "
                                            "placed on a grid.").format(x=raw[0] or empty, y=raw[1] or empty))
        return {}
    return {"x": x, "y": y}


_CUT = {
    "label": QT_TRANSLATE_NOOP("core", "the label has {count:,} characters; it was cut to {limit:,}."),
    "description": QT_TRANSLATE_NOOP("core", "the description has {count:,} characters; it was cut to {limit:,}."),
    "organisation": QT_TRANSLATE_NOOP("core", "the organisation has {count:,} characters; it was cut to {limit:,}."),
    "engagement": QT_TRANSLATE_NOOP("core", "the engagement has {count:,} characters; it was cut to {limit:,}."),
    "contact": QT_TRANSLATE_NOOP("core", "the contact has {count:,} characters; it was cut to {limit:,}."),
    "type": QT_TRANSLATE_NOOP("core", "the type has {count:,} characters; it was cut to {limit:,}."),
}
"""``what`` of ``_fit`` (a column) -> the warning that its text was cut."""


def _fit(text: str, limit: int, what: str, row: int, findings: Findings) -> str:
    if len(text) <= limit:
        return text
    findings.row(row, translate("core", _CUT[what]).format(count=len(text), limit=limit))
    return text[:limit].rstrip()


def _read_connections(sheet: Any, file_name: str, labels: dict[str, str], warnings: list[str]) -> list[dict[str, Any]]:
    findings = Findings(sheet.title)
    found: list[dict[str, Any]] = []
    seen = TieIndex()
    for row, cells in _rows(sheet, file_name, CONNECTION_HEADERS, ("from", "to"), MAX_CONNECTIONS, "connections"):
        ends = [clean_line(cell_text(cells[key])) for key in ("from", "to")]
        if not all(ends):
            findings.row(row, translate("core", "it does not name both stakeholders (From and To), so it was "
                                                "skipped."))
            continue
        unknown = [end for end in ends if end.casefold() not in labels]
        if unknown:
            findings.row(row, translate("core", "no stakeholder is called {name!r}, so the connection was "
                                                "skipped.").format(name=unknown[0]))
            continue
        source, target = (labels[end.casefold()] for end in ends)
        if source == target:
            findings.row(row, translate("core", "the connection joins {name!r} to itself, so it was "
                                                "skipped.").format(name=source))
            continue
        kind = _fit(clean_line(cell_text(cells.get("kind"))), MAX_RELATIONSHIP_KIND, "type", row, findings)
        tie = {"from": source, "to": target, "kind": kind or DEFAULT_RELATIONSHIP_KIND,
               "strength": strength_of(cells.get("strength"), row, findings),
               "directed": directed_of(cells.get("direction"), row, findings)}
        if _key(tie) in seen:
            findings.row(row, translate("core", "{source!r} and {target!r} are already connected as {kind!r}; the "
                                                "repeat was skipped.").format(source=source, target=target,
                                                                              kind=tie["kind"]))
            continue
        seen.add(_key(tie))
        found.append(tie)
    warnings += findings.all()
    return found


def _key(tie: dict[str, Any]) -> tuple[str, str, str, bool]:
    return tie["from"].casefold(), tie["to"].casefold(), tie["kind"], tie["directed"]


# -- importing into a map --------------------------------------------------------------------------------
def import_exchange(db: Database, map_id: str, path: Path | str) -> dict[str, Any]:
    """Add a workbook's stakeholders and connections to a map in ONE transaction.

    Returns ``{"stakeholders": n, "relationships": n, "stakeholder_ids": [...], "relationship_ids": [...],
    "warnings": [...]}``. A stakeholder whose name is already on the map is not added again (its connections
    join the one on the map). Positions come from X/Y, else a grid.
    """
    from workshop_app.core.services import Services

    maps = Services.of(db).maps
    on_map = [s.name for s in maps.get(map_id).stakeholders]
    content = read_exchange(path, known_labels=on_map)
    existing = {name.casefold() for name in on_map}
    fresh = [s for s in content.stakeholders if s["name"].casefold() not in existing]
    warnings = list(content.warnings)
    warnings += [translate("core", "{name!r} is already on the map, so it was not added again.").format(
        name=s["name"]) for s in content.stakeholders if s["name"].casefold() in existing]
    result = maps.import_rows(map_id, fresh, content.relationships)
    result["warnings"] = warnings + result["warnings"]
    return result
