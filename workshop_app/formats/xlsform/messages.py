"""One clear sentence for each way a file can fail to be a usable XLSForm, naming sheet, row and column."""

from __future__ import annotations

import re

from workshop_app.core.forms import FormProblem
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
_SHEET = re.compile(r"On the '(\w+)' sheet,?\s*", re.IGNORECASE)
_LEARN_MORE = re.compile(r"\s*(Learn more|More information|See)[^.]*https?://\S+", re.IGNORECASE)
_COLUMNS = {"required_if": "required", "calculation": "calculation", "choice_filter": "choice_filter",
            "repeat_count": "repeat_count", "list_name": "type", "or_other": "type"}


def sheet_place(sheet: str, row: int | str | None = None, column: str = "") -> Text:
    """Where on a sheet, as a sentence says it: "the 'survey' sheet, row 7, column 'relevant'"."""
    if row and column:
        return Text("errors", QT_TRANSLATE_NOOP("errors", "the '{sheet}' sheet, row {row}, column '{column}'"),
                    sheet=sheet, row=row, column=column)
    if row:
        return Text("errors", QT_TRANSLATE_NOOP("errors", "the '{sheet}' sheet, row {row}"), sheet=sheet, row=row)
    return Text("errors", QT_TRANSLATE_NOOP("errors", "the '{sheet}' sheet"), sheet=sheet)


def describe_pyxform_error(filename: str, message: str) -> Text:
    """pyxform's error as one line that says where: "form.xlsx: the 'survey' sheet, row 7: ..."."""
    text = " ".join(message.split())
    text = _LEARN_MORE.sub("", text).strip()
    if re.search(r"must have a sheet named 'survey'", text, re.IGNORECASE):
        hint = text.split("survey'.", 1)[1].strip() if "survey'." in text else ""
        if hint:
            return Text("errors", QT_TRANSLATE_NOOP("errors", "{file} is not an XLSForm: it has no sheet named "
                                                              "'survey'. {hint}"), file=filename, hint=hint)
        return Text("errors", QT_TRANSLATE_NOOP("errors", "{file} is not an XLSForm: it has no sheet named 'survey'."),
                    file=filename)
    row_match = _ROW.search(text)
    sheet_match = _SHEET.search(text)
    text = _SHEET.sub("", _ROW.sub("", text)).strip()
    text = text[:1].upper() + text[1:]
    # pyxform's own words stay as pyxform wrote them (English): the frame around them is ours.
    if sheet_match or row_match:
        where = sheet_place((sheet_match.group(1) if sheet_match else "survey").lower(),
                            row_match.group(1) if row_match else None)
        return Text("errors", QT_TRANSLATE_NOOP("errors", "{file} is not a valid XLSForm ({where}): {problem}."),
                    file=filename, where=where, problem=text.rstrip("."))
    return Text("errors", QT_TRANSLATE_NOOP("errors", "{file} is not a valid XLSForm: {problem}."),
                file=filename, problem=text.rstrip("."))


def describe_problem(filename: str, problem: FormProblem, rows: dict[str, int]) -> Text:
    """A validation problem found after reading, placed on its sheet, row and column."""
    if problem.question and problem.question in rows:
        column = _COLUMNS.get(problem.field, problem.field)
        where = sheet_place("survey", rows[problem.question],
                            column if column and column not in ("name", "languages") else "")
    elif problem.field in ("choices", "list_name") and not problem.question:
        where = sheet_place("choices")
    elif problem.field in ("form_id", "title", "default_language"):
        where = sheet_place("settings")
    else:
        where = sheet_place("survey")
    return Text("errors", QT_TRANSLATE_NOOP("errors", "{file} cannot be imported ({where}): {problem}"),
                file=filename, where=where, problem=problem.text)
