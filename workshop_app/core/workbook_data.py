"""Export the ULG workbook: what a ULG meeting and the Integrated Action Plan need, in one Excel file.

Sheets, in order: Summary, Workshops, Participation, Responses (one per questionnaire) with one sheet per repeat
group, Answers, Ideas & votes, Stakeholders, Relationships, Diversity, Codebook. What each covers for a scope
(everything, one workshop, a date range) is stated in ``core.workbook_scope``; the layout of survey answers in
``core.workbook_columns`` and ``core.workbook_responses``; the writing rules (tables, formula safety, cut texts,
atomic saving) in ``formats.ulg_workbook``.

Privacy by default: no names, contacts or notes about people unless ``include_personal_data``; the Summary's
first line says which. Erased participants never appear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop_app import __version__
from workshop_app.core.forms import display_name
from workshop_app.core.maps import MapService
from workshop_app.core.workbook_people import diversity_rows, participation, picture_of
from workshop_app.core.workbook_responses import ResponseSheets, ResponseTotals
from workshop_app.core.workbook_scope import (
    ExportChoices,
    ExportScope,
    ResolvedScope,
    ScopeSummary,
    export_choices,
    map_ids_in_scope,
    resolve_scope,
    scope_summary,
)
from workshop_app.core.workbook_sheets import (
    codebook,
    idea_rows,
    relationship_rows,
    stakeholder_rows,
    workshop_headers,
    workshop_rows,
)
from workshop_app.core.workbook_texts import words as texts_in
from workshop_app.db.database import Database
from workshop_app.texts import QT_TRANSLATE_NOOP, translate

Progress = Callable[[int, int, str], None]
STEPS = ("workshops", "participation", "ideas", "maps", "diversity", "codebook", "summary", "save")
STEP_TEXT = {
    "responses": QT_TRANSLATE_NOOP("core", "Writing survey responses…"),
    "workshops": QT_TRANSLATE_NOOP("core", "Writing workshops…"),
    "participation": QT_TRANSLATE_NOOP("core", "Writing participation…"),
    "ideas": QT_TRANSLATE_NOOP("core", "Writing ideas and votes…"),
    "maps": QT_TRANSLATE_NOOP("core", "Writing stakeholder maps…"),
    "diversity": QT_TRANSLATE_NOOP("core", "Writing the diversity picture…"),
    "codebook": QT_TRANSLATE_NOOP("core", "Writing the codebook…"),
    "summary": QT_TRANSLATE_NOOP("core", "Writing the summary…"),
    "save": QT_TRANSLATE_NOOP("core", "Saving the workbook…"),
}
"""What the progress dialog says at each step, in English (translated when reported)."""


class ExportCancelled(Exception):
    """The person cancelled the export; no file was written."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: where, how many data rows per sheet, texts cut to fit a cell, and notes."""

    path: Path
    sheets: dict[str, int] = field(default_factory=dict)
    """Data rows per sheet name, in sheet order (the Summary is not counted)."""
    cut_cells: int = 0
    warnings: tuple[str, ...] = ()
    personal_data: bool = False
    workshops: int = 0
    participants: int = 0
    responses: int = 0


class _Steps:
    """Progress and cancelling: ``advance`` reports, then raises ``ExportCancelled`` if the person cancelled."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.done, self.total = 0, max(1, total)
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        """Raise ``ExportCancelled`` if the person has cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled

    def advance(self, amount: int, step: str) -> None:
        """``amount`` more steps done, now at ``step``; then the cancel check."""
        self.done = min(self.total, self.done + amount)
        if self.progress is not None:
            self.progress(self.done, self.total, translate("core", STEP_TEXT[step]))
        self.check()


def export_workbook(db: Database, out: Path | str, scope: ExportScope, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the ULG workbook of ``scope`` to ``out`` (.xlsx), atomically.

    ``progress(done, total, text)`` is called as it goes; when ``cancelled()`` turns true the export stops with
    ``ExportCancelled``. A bad target, a full disk or a file open elsewhere raise ``UserError``. In every failure
    no file is left behind and an existing ``out`` is untouched.
    """
    from workshop_app.formats.ulg_workbook import UlgWorkbook

    words = texts_in(scope.language)
    book = UlgWorkbook(out, language=scope.language)  # checks the target before any work
    try:
        return _export(db, book, scope, words, progress, cancelled)
    except BaseException:
        book.discard()
        raise


def _export(db: Database, book: Any, scope: ExportScope, words: Any, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> ExportResult:
    from workshop_app.formats.ulg_summary import write_summary

    with db.session() as session:
        resolved = resolve_scope(session, scope)
    surveys = ResponseSheets(db, resolved, words)
    weight = max(1, surveys.response_count // 20)
    steps = _Steps(surveys.response_count + weight * len(STEPS), progress, cancelled)
    steps.advance(0, "responses")
    personal = scope.include_personal_data
    maps = [MapService(db).get(map_id) for map_id in _map_ids(db, resolved)]
    idea_headers, ideas, ideas_per, dots_per = idea_rows(db, resolved, words)
    people_headers, people, warnings = participation(db, resolved, words)
    picture = picture_of(db, resolved)

    summary = book.new_sheet(words["sheet_summary"])
    # The Workshops sheet takes its place now and is filled once the responses per workshop are counted.
    workshop_sheet = book.table_sheet(words["sheet_workshops"], workshop_headers(words, personal),
                                      table="Workshops", freeze="C2")
    people_sheet = book.table_sheet(words["sheet_participation"], people_headers, table="Participation")
    surveys.create(book)
    stake_headers, stakeholders = stakeholder_rows(maps, words, personal)
    tie_headers, ties = relationship_rows(maps, words)
    ideas_sheet = book.table_sheet(words["sheet_ideas"], idea_headers, table="Ideas")
    stake_sheet = book.table_sheet(words["sheet_stakeholders"], stake_headers, table="Stakeholders")
    ties_sheet = book.table_sheet(words["sheet_relationships"], tie_headers, table="Relationships")
    diversity_headers, diversity = diversity_rows(picture, words)
    diversity_sheet = book.table_sheet(words["sheet_diversity"], diversity_headers, table="Diversity",
                                       number_formats={5: "0%"}, right_aligned=(4,))
    codebook_headers, codes = codebook(db, surveys.codebook_forms, scope.language, words)
    codebook_sheet = book.table_sheet(words["sheet_codebook"], codebook_headers, table="Codebook", freeze="D2")

    totals = surveys.fill(lambda n: steps.advance(n, "responses"))
    workshops = workshop_rows(db, resolved, totals.per_workshop, ideas_per, dots_per)
    _append_all(workshop_sheet, workshops)
    steps.advance(weight, "workshops")
    _append_all(people_sheet, people)
    steps.advance(weight, "participation")
    _append_all(ideas_sheet, ideas)
    steps.advance(weight, "ideas")
    _append_all(stake_sheet, stakeholders)
    _append_all(ties_sheet, ties)
    steps.advance(weight, "maps")
    _append_all(diversity_sheet, diversity)
    steps.advance(weight, "diversity")
    _append_all(codebook_sheet, codes)
    steps.advance(weight, "codebook")

    warnings = [*warnings, *surveys.warnings]
    warnings += [words["warn_rows"].format(sheet=title, limit=1_048_575, dropped=n)
                 for title, n in surveys.dropped_rows()]
    for sheet in book.sheets:
        sheet.close()  # counts every cut text before the Summary reports them
    lines = _summary_lines(db, resolved, words, book.cut_cells, picture, warnings)
    tables = _summary_tables(words, workshops, totals, people, ideas, maps, picture)
    statement = words["personal_data" if personal else "no_personal_data"]
    write_summary(book, summary, statement, lines, tables, personal_data=personal)
    steps.advance(weight, "summary")
    path = book.save()
    steps.advance(weight, "save")
    return ExportResult(path, {s.title: s.rows for s in book.sheets}, book.cut_cells, tuple(warnings), personal,
                        len(resolved.workshop_ids), len(people), totals.responses)


def _map_ids(db: Database, resolved: ResolvedScope) -> list[str]:
    with db.session() as session:
        return map_ids_in_scope(session, resolved)


def _append_all(sheet: Any, rows: list[list[Any]]) -> None:
    for row in rows:
        sheet.append(row)


def _summary_lines(db: Database, resolved: ResolvedScope, words: Any, cut: int, picture: Any,
                   warnings: list[str]) -> list[tuple[str, Any]]:
    scope = resolved.scope
    if scope.workshop_id is not None:
        what = words["scope_workshop"].format(title=resolved.workshop_title)
    elif scope.date_from and scope.date_to:
        what = words["scope_range"].format(start=scope.date_from.isoformat(), end=scope.date_to.isoformat())
    elif scope.date_from:
        what = words["scope_from"].format(start=scope.date_from.isoformat())
    elif scope.date_to:
        what = words["scope_to"].format(end=scope.date_to.isoformat())
    else:
        what = words["scope_all"]
    now = datetime.now().astimezone()
    lines: list[tuple[str, Any]] = [
        (words["what"], words["what_value"].format(version=__version__)),
        (words["exported"], now.replace(tzinfo=None, microsecond=0)),
        (words["database"], Path(db.path).name),
        (words["scope"], what),
        ("", words["scope_rule"]),
        (words["language"], words["language_value"].format(
            language=f"{display_name(scope.language)} ({scope.language})")),
        (words["times"], words["times_value"].format(zone=_zone(now))),
        (words["cut"], words["cut_some"].format(count=cut) if cut else words["cut_none"]),
        (words["small_counts"], words["small_counts_value"]),
    ]
    # The workbook says them as the core wrote them (English), whatever the interface language.
    lines += [(words["missing_voices"], check.text.english) for check in picture.missing_voices]
    lines += [(words["warning"], warning) for warning in warnings]
    return lines


def _zone(now: datetime) -> str:
    offset = now.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    text = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    name = now.tzname() or ""
    return f"{name}, {text}" if name and not name.startswith(("+", "-", "UTC")) else text


def _summary_tables(words: Any, workshops: list[list[Any]], totals: ResponseTotals, people: list[list[Any]],
                    ideas: list[list[Any]], maps: list[Any], picture: Any) -> list[Any]:
    from workshop_app.formats.ulg_summary import SummaryChart, SummaryTable

    counts = [
        (words["count_workshops"], len(workshops)), (words["count_participants"], len(people)),
        (words["count_responses"], totals.responses), (words["count_completed"], totals.completed),
        (words["count_answers"], totals.answers), (words["count_ideas"], len(ideas)),
        (words["count_dots"], sum(row[-1] for row in ideas)), (words["count_maps"], len(maps)),
        (words["count_stakeholders"], sum(len(m.stakeholders) for m in maps)),
        (words["count_relationships"], sum(len(m.relationships) for m in maps)),
    ]
    tables = [SummaryTable(words["counts_heading"], "SummaryCounts", (words["count_what"], words["count_number"]),
                           tuple(counts))]
    # Workshops rows: id, title, starts, place, theme, [facilitator], language, status, activities, participants,
    # responses, ideas, dots, notes; counted from the end so the optional column does not matter.
    per_workshop = tuple((row[1], row[2].date() if row[2] else None, row[-5], row[-4], row[-3]) for row in workshops)
    tables.append(SummaryTable(
        words["per_workshop_heading"], "SummaryWorkshops",
        (words["col_workshop"], words["col_workshop_date"], words["col_participants"], words["col_responses"],
         words["col_ideas"]), per_workshop,
        SummaryChart(words["per_workshop_heading"], (3, 4))))
    for question in picture.questions[:2]:
        rows = tuple((c.label, c.count if c.count is not None else c.display) for c in question.choices)
        heading = words["profile_heading"].format(question=question.label)
        tables.append(SummaryTable(heading, f"SummaryProfile_{question.name}",
                                   (question.label, words["chart_people"]), rows, SummaryChart(heading)))
    return tables


__all__ = [
    "ExportCancelled", "ExportChoices", "ExportResult", "ExportScope", "ScopeSummary", "export_choices",
    "export_workbook", "scope_summary",
]
