"""Write a ``Form`` as an XLSForm that pyxform (and so Kobo and ODK) accepts, atomically.

Every language gets ``label::English (en)`` style columns; columns the form was imported with come back.
The file is written to a temporary name beside the target and renamed, so a failure leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from workshop_app.core.forms import DEFAULT, SELECTS, Form, Question, check_form, language_column
from workshop_app.core.forms.model import Translations
from workshop_app.errors import UserError
from workshop_app.formats.xlsform.columns import CHOICES_COLUMNS, SURVEY_COLUMNS, is_translatable
from workshop_app.texts import QT_TRANSLATE_NOOP

_TRANSLATED_FIELDS = ("label", "hint", "constraint_message")


def write_xlsform(form: Form, path: Path | str) -> Path:
    """Write ``form`` to ``path`` (an .xlsx file) and return the path; ``UserError`` if the form is invalid."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(QT_TRANSLATE_NOOP("errors", "An XLSForm is written as an .xlsx file; {file} has another "
                                                    "extension."), file=path.name)
    check_form(form)
    columns = _Columns(form)
    survey = [columns.survey_row(row) for row in _survey_rows(form)]
    choices = [columns.choice_row(list_name, choice) for list_name, choice in _choice_rows(form)]
    settings = _settings_row(form, columns)
    sheets = [("survey", _table(survey, SURVEY_COLUMNS)), ("settings", _table([settings], ()))]
    if choices:
        sheets.insert(1, ("choices", _table(choices, CHOICES_COLUMNS)))
    _save_atomically(sheets, path)
    return path


class _Columns:
    """Turns rows into ``{column: text}`` with one column per language for translatable fields."""

    def __init__(self, form: Form) -> None:
        self.form = form
        self.order = list(dict.fromkeys([*form.languages, *form.language_names]))

    def header(self, field: str, code: str) -> str:
        if code == DEFAULT:
            return field
        return f"{field}::{language_column(code, self.form.language_names.get(code, ''))}"

    def translated(self, cells: dict[str, str], field: str, texts: Translations) -> None:
        ordered = sorted(texts.items(), key=lambda item: self.order.index(item[0]) if item[0] in self.order else 999)
        for code, text in ordered:
            if text:
                cells[self.header(field, code)] = text

    def survey_row(self, row: Question | str) -> dict[str, str]:
        if isinstance(row, str):
            return {"type": row}
        question = row
        cells: dict[str, str] = {"type": _type(question), "name": question.name}
        for field in _TRANSLATED_FIELDS:
            self.translated(cells, field, getattr(question, field))
        cells["required"] = "yes" if question.required else question.required_if
        for field in ("relevant", "constraint", "calculation", "default", "appearance"):
            cells[field] = getattr(question, field)
        cells["parameters"] = " ".join(f"{key}={value}" for key, value in question.parameters.items())
        self.extra(cells, question.extra)
        return cells

    def choice_row(self, list_name: str, choice: Any) -> dict[str, str]:
        cells = {"list_name": list_name, "name": choice.name}
        self.translated(cells, "label", choice.label)
        self.extra(cells, choice.extra)
        return cells

    def extra(self, cells: dict[str, str], extra: dict[str, Any]) -> None:
        for column, value in extra.items():
            if isinstance(value, dict):
                if is_translatable(column):
                    self.translated(cells, column, value)
                else:
                    cells.update({f"{column}::{k}": str(v) for k, v in value.items()})
            else:
                cells[column] = str(value)


def _type(question: Question) -> str:
    if question.source_type:
        return question.source_type
    if question.type in ("group", "repeat"):
        return f"begin_{question.type}"
    if question.type in SELECTS:
        return f"{question.type} {question.list_name}" + (" or_other" if question.or_other else "")
    return question.type


def _survey_rows(form: Form) -> Iterator[Question | str]:
    """Rows in sheet order: a container, its contents, then its ``end_group``/``end_repeat`` marker."""
    pending: list[Question | str] = list(reversed(form.questions))
    while pending:
        item = pending.pop()
        yield item
        if isinstance(item, Question) and item.is_container:
            pending.append(f"end_{item.type}")
            pending.extend(reversed(item.children))


def _choice_rows(form: Form) -> Iterator[tuple[str, Any]]:
    for choice_list in form.choice_lists:
        for choice in choice_list.choices:
            yield choice_list.name, choice


def _uses_default_language(form: Form) -> bool:
    def texts(extra: dict[str, Any]) -> Iterable[dict[str, Any]]:
        return (v for v in extra.values() if isinstance(v, dict))

    for question in form.walk():
        for translations in (question.label, question.hint, question.constraint_message, *texts(question.extra)):
            if DEFAULT in translations:
                return True
    return any(DEFAULT in choice.label or any(DEFAULT in t for t in texts(choice.extra))
               for choice_list in form.choice_lists for choice in choice_list.choices)


def _settings_row(form: Form, columns: _Columns) -> dict[str, str]:
    cells = {"form_title": form.title, "form_id": form.form_id}
    # pyxform reads columns without a language as the default language; say which one only when there are none.
    if form.default_language != DEFAULT and not _uses_default_language(form):
        cells["default_language"] = language_column(form.default_language,
                                                    form.language_names.get(form.default_language, ""))
    for key, value in form.settings.items():
        cells.setdefault(key, value)
    return cells


def _table(rows: list[dict[str, str]], first: Iterable[str]) -> list[list[str]]:
    """Rows as a header and lines; the usual columns first (with their languages), then the others as met."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(column for column, value in row.items() if value))
    header = []
    for base in first:
        header += [c for c in seen if c == base or c.startswith(f"{base}::")]
    header += [c for c in seen if c not in header]
    if not header:
        header = list(first)[:3]  # pyxform needs the header row even when there are no rows
    return [header] + [[row.get(column, "") for column in header] for row in rows]


def _save_atomically(sheets: list[tuple[str, list[list[str]]]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not path.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{path} cannot be written: the folder {folder} does not exist."),
                        path=path, folder=path.parent)
    workbook = Workbook(write_only=True)
    for title, lines in sheets:
        sheet = workbook.create_sheet(title)
        for line in lines:
            cells: list[Any] = []
            for value in line:
                text = ILLEGAL_CHARACTERS_RE.sub("", value)
                if text.startswith("="):
                    # Text that looks like a formula must stay text (a label such as "= Section 2 =").
                    cell = WriteOnlyCell(sheet, text)
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(text or None)
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
