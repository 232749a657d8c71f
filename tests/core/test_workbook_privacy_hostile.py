"""No name or contact in a default ULG workbook, searched for where nothing can hide: the raw XML inside the .xlsx.

Reading the workbook back with openpyxl (``test_workbook_export.py``) sees cells; this unzips every part —
sheets, tables, charts, document properties — and looks for each demo participant's name and contact, each
stakeholder's contact and each facilitator's name in every text and attribute, as XML reads them (the writer
escapes every non-ASCII letter, so a search of the bytes alone would miss "José"). The same search finds them
all when personal data is asked for, so it is known to work.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import select

from tests.core.workbook_support import export
from workshop_app.cli import main
from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database
from workshop_app.db.models import PersonalData, Stakeholder, Workshop

pytestmark = pytest.mark.reliability


@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db, participants=60)
    return db


def personal_texts(db: Database) -> dict[str, set[str]]:
    """Every personal text in the database, by kind (only texts long enough not to match by chance)."""
    with db.session() as session:
        found = {
            "participant names": set(session.scalars(select(PersonalData.name))),
            "participant contacts": set(session.scalars(select(PersonalData.contact))),
            "stakeholder contacts": set(session.scalars(select(Stakeholder.contact))),
            "facilitators": set(session.scalars(select(Workshop.facilitator))),
        }
    return {kind: {text for text in texts if len(text.strip()) >= 4} for kind, texts in found.items()}


def raw_xml(path: Path) -> str:
    """Every part of the .xlsx unzipped, with every text and attribute value as XML means it (``Jos&#233;`` is
    "José"), one after the other; a part that is not XML is searched as it is."""
    pieces = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            try:
                root = ElementTree.fromstring(data)
            except ElementTree.ParseError:
                pieces.append(data.decode("utf-8", errors="replace"))
                continue
            for element in root.iter():
                pieces += [element.text or "", element.tail or "", *element.attrib.values()]
    return "\n".join(pieces)


def _found(texts: set[str], xml: str) -> set[str]:
    return {text for text in texts if text in xml}


def test_a_default_export_holds_no_name_or_contact_anywhere_in_its_xml(demo: Database, tmp_path: Path) -> None:
    texts = personal_texts(demo)
    assert texts["participant names"] and texts["participant contacts"]  # the demo has them to leak
    xml = raw_xml(export(demo, tmp_path / "ulg.xlsx").path)
    for kind, values in texts.items():
        assert not _found(values, xml), f"{kind} in a default export: {sorted(_found(values, xml))[:3]}"


def test_the_search_finds_them_when_personal_data_is_asked_for(demo: Database, tmp_path: Path) -> None:
    texts = personal_texts(demo)
    xml = raw_xml(export(demo, tmp_path / "personal.xlsx", include_personal_data=True).path)
    assert _found(texts["participant names"], xml) == texts["participant names"]
    assert _found(texts["participant contacts"], xml) == texts["participant contacts"]


def test_the_command_line_default_is_private_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.sqlite"
    with Database.open(path, create=True) as db:
        fill_demo(db, participants=60, seed=3)
        texts = personal_texts(db)
    assert main(["export-xlsx", "--db", str(path), "--out", str(tmp_path / "cli.xlsx")]) == 0
    assert "no personal data" in capsys.readouterr().out
    xml = raw_xml(tmp_path / "cli.xlsx")
    assert not any(_found(values, xml) for values in texts.values())
