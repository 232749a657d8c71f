"""One clear sentence for each way a file can fail to be a usable XLSForm, naming sheet, row and column."""

from __future__ import annotations

import re

from workshop_app.core.forms import FormProblem

_ROW = re.compile(r"\[row\s*:\s*(\d+)\]\s*")
_SHEET = re.compile(r"On the '(\w+)' sheet,?\s*", re.IGNORECASE)
_LEARN_MORE = re.compile(r"\s*(Learn more|More information|See)[^.]*https?://\S+", re.IGNORECASE)
_COLUMNS = {"required_if": "required", "calculation": "calculation", "choice_filter": "choice_filter",
            "repeat_count": "repeat_count", "list_name": "type", "or_other": "type"}


def describe_pyxform_error(filename: str, message: str) -> str:
    """pyxform's error as one line that says where: "form.xlsx: the 'survey' sheet, row 7: ..."."""
    text = " ".join(message.split())
    text = _LEARN_MORE.sub("", text).strip()
    if re.search(r"must have a sheet named 'survey'", text, re.IGNORECASE):
        hint = text.split("survey'.", 1)[1].strip() if "survey'." in text else ""
        return f"{filename} is not an XLSForm: it has no sheet named 'survey'." + (f" {hint}" if hint else "")
    row_match = _ROW.search(text)
    sheet_match = _SHEET.search(text)
    text = _SHEET.sub("", _ROW.sub("", text)).strip()
    text = text[:1].upper() + text[1:]
    where = []
    if sheet_match or row_match:
        where.append(f"the '{(sheet_match.group(1) if sheet_match else 'survey').lower()}' sheet")
    if row_match:
        where.append(f"row {row_match.group(1)}")
    location = f" ({', '.join(where)})" if where else ""
    return f"{filename} is not a valid XLSForm{location}: {text.rstrip('.')}."


def describe_problem(filename: str, problem: FormProblem, rows: dict[str, int]) -> str:
    """A validation problem found after reading, placed on its sheet, row and column."""
    if problem.question and problem.question in rows:
        column = _COLUMNS.get(problem.field, problem.field)
        where = f"the 'survey' sheet, row {rows[problem.question]}"
        if column and column not in ("name", "languages"):
            where += f", column '{column}'"
    elif problem.field in ("choices", "list_name") and not problem.question:
        where = "the 'choices' sheet"
    elif problem.field in ("form_id", "title", "default_language"):
        where = "the 'settings' sheet"
    else:
        where = "the 'survey' sheet"
    return f"{filename} cannot be imported ({where}): {problem.message}"
