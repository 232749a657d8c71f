"""Maps and workbooks for the exchange tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workshop_app.core.map_rules import ATTITUDES, SECTORS, MapData
from workshop_app.core.maps import MapService

# Names that have broken spreadsheets and printers before: formulas, emoji, right-to-left, accents.
AWKWARD = ["=SUM(A1:A3)", "+351 912 345 678", "-minus sign first", "@mention", "Associação 🇺🇦 Україна",
           "جمعية النساء المهاجرات", "👩🏽‍💻 Geração Digital", "Câmara Municipal — São Vicente"]


def forty_sixty(service: MapService, kind: str = "power_interest") -> MapData:
    """A map with 40 stakeholders (every field filled) and 60 relationships of every kind, strength and direction."""
    data = service.create("Digital skills — who matters", kind)
    ids = []
    for i in range(40):
        name = AWKWARD[i] if i < len(AWKWARD) else f"Stakeholder {i:02}"
        ids.append(service.add_stakeholder(
            data.id, name, organisation=f"Org {i % 7}", sector=SECTORS[i % 4], x=(i % 10) + 0.25,
            y=((i * 3) % 10) + 0.125, attitude=ATTITUDES[i % 4], engagement=f"Strategy {i % 3}",
            notes=f"Line one of {i}\nline two", contact=f"person{i}@example.org",
        ).id)
    pairs = [(i, (i + 1) % 40) for i in range(40)] + [(i, (i + 7) % 40) for i in range(20)]
    for n, (a, b) in enumerate(pairs):
        service.add_relationship(data.id, ids[a], ids[b], kind=("works with", "funds", "informs")[n % 3],
                                 strength=n % 3 + 1, directed=n % 2 == 0)
    return service.get(data.id)


def people(data: MapData, *, contacts: bool = True) -> set[tuple[Any, ...]]:
    """Every stakeholder's fields, without the ids."""
    return {(s.name, s.organisation, s.sector, s.x, s.y, s.attitude, s.engagement, s.notes,
             s.contact if contacts else "") for s in data.stakeholders}


def ties(data: MapData) -> set[tuple[Any, ...]]:
    """Every relationship by the names it joins."""
    names = {s.id: s.name for s in data.stakeholders}
    return {(names[r.from_id], names[r.to_id], r.kind, r.strength, r.directed) for r in data.relationships}


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """Write ``sheets`` (name → rows) as a workbook the way a person's spreadsheet would be (normal cells)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
