"""Rows written straight into a database (hostile values included) and readers for the exported ULG workbook."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from workshop_app.core.forms import Form
from workshop_app.core.surveys import SurveyService
from workshop_app.core.workbook_data import ExportResult, ExportScope, export_workbook
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Activity,
    Answer,
    Consent,
    Idea,
    IdeaCluster,
    Participant,
    PersonalData,
    Question,
    Response,
    Stakeholder,
    StakeholderMap,
    StakeholderRelationship,
    Vote,
    Workshop,
)

SHEETS = ["Summary", "Workshops", "Participation", "Responses", "Answers", "Ideas & votes", "Stakeholders",
          "Relationships", "Diversity", "Codebook"]
START = datetime(2026, 10, 6, 17, 0, tzinfo=timezone.utc)


def export(db: Database, path: Path, **scope: Any) -> ExportResult:
    """Export with ``ExportScope(**scope)`` to ``path``."""
    return export_workbook(db, path, ExportScope(**scope))


def add_form(db: Database, form: Form) -> str:
    """Store a survey; returns its id."""
    return SurveyService(db).import_form(form).id


def add_workshop(db: Database, title: str = "Listening session", starts_at: datetime | None = START,
                 **values: Any) -> str:
    """A workshop row, written as it is (no cleaning)."""
    with db.transaction() as session:
        workshop = Workshop(title=title, starts_at=starts_at, **values)
        session.add(workshop)
        session.flush()
        return workshop.id


def add_participant(db: Database, code: str, *, name: str = "", contact: str = "", notes: str = "",
                    consent: bool = True, workshop_id: str | None = None) -> str:
    """A participant with optional personal data, consent to take part and a check-in."""
    from workshop_app.db.models import Attendance

    with db.transaction() as session:
        person = Participant(code=code, notes=notes)
        session.add(person)
        session.flush()
        if name or contact:
            session.add(PersonalData(participant_id=person.id, name=name, contact=contact))
        if consent:
            session.add(Consent(participant_id=person.id, purpose="take_part", given_at=START - timedelta(days=1),
                                recorded_by="Ana"))
        if workshop_id:
            session.add(Attendance(workshop_id=workshop_id, participant_id=person.id, checked_in_at=START))
        return person.id


def add_response(db: Database, survey_id: str, answers: dict[str, str] | Iterable[tuple[str, str, str]], *,
                 workshop_id: str | None = None, participant_id: str | None = None, language: str = "en",
                 started_at: datetime = START, completed: bool = True) -> str:
    """A response with ``answers`` (``{name: value}`` or ``(name, instance, value)`` triples), written as given."""
    triples = [(n, "", v) for n, v in answers.items()] if isinstance(answers, dict) else list(answers)
    with db.transaction() as session:
        ids = dict(session.execute(select(Question.name, Question.id).where(Question.survey_id == survey_id)).all())
        response = Response(survey_id=survey_id, workshop_id=workshop_id, participant_id=participant_id,
                            language=language, mode="kiosk", started_at=started_at,
                            completed_at=started_at + timedelta(minutes=5) if completed else None)
        session.add(response)
        session.flush()
        for name, instance, value in triples:
            session.add(Answer(response_id=response.id, question_id=ids[name], instance=instance, value=value,
                               answered_at=started_at))
        return response.id


def add_ideas(db: Database, workshop_id: str, texts: list[str], *, cluster: str = "", dots: int = 0) -> str:
    """A brainstorm with ideas (in one cluster when named), each with ``dots`` dots; returns the activity id."""
    with db.transaction() as session:
        activity = Activity(workshop_id=workshop_id, kind="brainstorm", title="Ideas")
        session.add(activity)
        session.flush()
        cluster_id = None
        if cluster:
            row = IdeaCluster(activity_id=activity.id, name=cluster)
            session.add(row)
            session.flush()
            cluster_id = row.id
        for position, text in enumerate(texts):
            idea = Idea(activity_id=activity.id, cluster_id=cluster_id, text=text, position=position)
            session.add(idea)
            session.flush()
            if dots:
                session.add(Vote(idea_id=idea.id, dots=dots, voter="tally"))
        return activity.id


def add_map(db: Database, title: str, people: list[dict[str, Any]], *, workshop_id: str | None = None,
            kind: str = "works with") -> str:
    """A stakeholder map with ``people`` (stakeholder fields), tied in a chain; linked to a workshop's agenda."""
    with db.transaction() as session:
        found = StakeholderMap(title=title, x_title="Interest", y_title="Power")
        session.add(found)
        session.flush()
        rows = [Stakeholder(map_id=found.id, **fields) for fields in people]
        session.add_all(rows)
        session.flush()
        for first, second in itertools.pairwise(rows):
            session.add(StakeholderRelationship(map_id=found.id, from_id=first.id, to_id=second.id, kind=kind))
        if workshop_id:
            session.add(Activity(workshop_id=workshop_id, kind="stakeholder_mapping", map_id=found.id))
        return found.id


# -- reading the workbook back --------------------------------------------------------------------------------
def open_book(path: Path) -> Any:
    """The workbook as openpyxl reads it (styles, tables and charts included)."""
    return load_workbook(path)


def the_table(sheet: Worksheet) -> Any:
    """The one table of a data sheet."""
    [table] = sheet.tables.values()
    return table


def header(sheet: Worksheet) -> list[str]:
    """The header row's texts."""
    return [cell.value for cell in sheet[1]]


def records(sheet: Worksheet) -> list[dict[str, Any]]:
    """The data rows as ``{header: value}``; a table's blank placeholder row is left out."""
    names = header(sheet)
    found = []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if any(value is not None for value in row):
            found.append(dict(zip(names, row, strict=False)))
    return found


def cells(book: Any) -> Iterable[Any]:
    """Every cell with a value, in every sheet."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield cell


def texts(book: Any) -> str:
    """All text of the workbook in one string (to search for what must not be there)."""
    return "\n".join(str(cell.value) for cell in cells(book))
