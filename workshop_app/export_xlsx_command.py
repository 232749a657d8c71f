"""``workshop-app export-xlsx --out FILE``: the ULG workbook from the command line.

``--workshop ID`` (an id, a unique prefix of it, or an exact title) or ``--from``/``--to`` (YYYY-MM-DD) limit the
export; ``--language CODE`` picks the language of the labels; ``--include-personal-data`` adds names and contacts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from workshop_app.db.database import Database
from workshop_app.errors import UserError


def parse_day(text: str | None, what: str) -> date | None:
    """A YYYY-MM-DD date given on the command line; ``UserError`` naming ``what`` when it is not one."""
    if text is None:
        return None
    if len(text.strip()) == 10:
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise UserError(f"{what} “{text}” is not a date; write it as YYYY-MM-DD, for example 2026-11-21.")


def export_xlsx(db: Database, out: Path | str, *, workshop: str | None = None, date_from: str | None = None,
                date_to: str | None = None, language: str | None = None, default_language: str = "en",
                include_personal_data: bool = False) -> dict[str, Any]:
    """Export the ULG workbook and return what ``--json`` prints.

    ``language`` given by the person must be one the surveys or profile questions have; without it the app's
    ``default_language`` is used (falling back to each survey's own default language where it has no labels).
    """
    from workshop_app.core.listing import resolve
    from workshop_app.core.workbook_data import ExportScope, export_choices, export_workbook
    from workshop_app.db.models import Workshop

    if workshop is not None and (date_from or date_to):
        raise UserError("Choose either one workshop (--workshop) or a date range (--from/--to), not both.")
    start, end = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    if language is not None:
        known = export_choices(db).languages
        language = language.strip()
        if known and language not in known:
            raise UserError(f"No survey has labels in “{language}”; choose one of {', '.join(known)}.")
    workshop_id = resolve(db, Workshop, workshop, "workshop") if workshop is not None else None
    scope = ExportScope(workshop_id, start, end, language or default_language, include_personal_data)
    result = export_workbook(db, Path(out), scope)
    return {
        "out": str(result.path), "workshops": result.workshops, "participants": result.participants,
        "responses": result.responses, "personal_data": result.personal_data, "sheets": result.sheets,
        "cut_cells": result.cut_cells, "warnings": list(result.warnings),
    }


def summary_line(result: dict[str, Any]) -> str:
    """What the command prints without ``--json``."""
    privacy = "with names and contacts" if result["personal_data"] else "no personal data"
    text = (f"Wrote {result['out']}: {result['workshops']} workshops, {result['participants']} participants, "
            f"{result['responses']} responses ({privacy}).")
    if result["cut_cells"]:
        text += f" {result['cut_cells']} texts were too long for a cell and were cut."
    return "\n".join([text, *(f"Note: {w}" for w in result["warnings"])])


__all__ = ["export_xlsx", "parse_day", "summary_line"]
