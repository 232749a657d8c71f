"""The ULG workbook in a right-to-left language: every sheet shown right to left, the text kept as typed."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.core.workbook_support import add_form, add_response, add_workshop, export
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.db.database import Database
from workshop_app.formats.ulg_summary import SummaryChart, SummaryTable, write_summary
from workshop_app.formats.ulg_workbook import UlgWorkbook

NO_TIME = "ليس لدي وقت"
TYPED = "=أريد دروسًا مسائية (بعد العمل)"


def _book(path: Path, language: str | None) -> Path:
    book = UlgWorkbook(path, language=language)
    summary = book.new_sheet("الملخص")
    answers = book.table_sheet("الإجابات", ["السؤال", "الرمز", "الإجابة", "العدد"], table="Answers")
    answers.append(["why", "time", NO_TIME, 12])
    answers.append(["note", "", TYPED, 1])
    table = SummaryTable("الأسباب", "Reasons", ("السبب", "العدد"), ((NO_TIME, 12), ("مكلف جدًا", 8)),
                         SummaryChart("الأسباب"))
    write_summary(book, summary, "لا يحتوي هذا الملف على بيانات شخصية.", [("الورشات", 3)], [table],
                  personal_data=False)
    return book.save()


@pytest.mark.parametrize("language", ["ar", "fa", "he", "ur", "ar-SA"])
def test_every_sheet_reads_right_to_left(tmp_path: Path, language: str) -> None:
    book = load_workbook(_book(tmp_path / f"{language}.xlsx", language))
    assert len(book.worksheets) == 2  # the Summary (with its own small tables) and a table sheet
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    answers = book["الإجابات"]
    assert answers.freeze_panes == "A2" and list(answers.tables)  # still a frozen, filtered table


def test_the_cells_keep_the_text_as_typed(tmp_path: Path) -> None:
    book = load_workbook(_book(tmp_path / "ar.xlsx", "ar"))
    answers = book["الإجابات"]
    assert answers["C2"].value == NO_TIME  # logical order, plain letters: Excel shapes and orders it itself
    assert not any("\ufb50" <= char <= "\ufeff" for char in answers["C2"].value)
    assert answers["C3"].value == TYPED and answers["C3"].data_type == "s"  # still text, never a formula
    assert book["الملخص"]["A1"].value == "لا يحتوي هذا الملف على بيانات شخصية."


def test_the_view_is_written_before_the_rows(tmp_path: Path) -> None:
    path = _book(tmp_path / "ar.xlsx", "ar")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name).decode("utf-8")
                assert re.search(r'<sheetView [^>]*rightToLeft="1"', xml), name
                assert xml.index("<sheetViews>") < xml.index("<sheetData"), name


@pytest.mark.parametrize("language", [None, "en", "pt", "pl", "uk", ""])
def test_left_to_right_languages_keep_the_usual_view(tmp_path: Path, language: str | None) -> None:
    book = load_workbook(_book(tmp_path / "ltr.xlsx", language))
    assert not any(sheet.sheet_view.rightToLeft for sheet in book.worksheets)


def test_an_arabic_export_is_right_to_left_from_end_to_end(db: Database, tmp_path: Path) -> None:
    why = ChoiceList("why", [Choice("time", {"ar": NO_TIME, "en": "No time"})])
    survey = add_form(db, Form("rtl", "دورة رقمية", [Question("why", "select_one", {"ar": "لماذا؟", "en": "Why?"},
                                                              list_name="why")],
                               [why], ["ar", "en"], "ar", {"ar": "العربية", "en": "English"}))
    workshop = add_workshop(db)
    add_response(db, survey, {"why": "time"}, workshop_id=workshop)
    result = export(db, tmp_path / "ar.xlsx", language="ar")
    book = load_workbook(result.path)
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    assert NO_TIME in [cell.value for row in book["Responses"].iter_rows() for cell in row]
