"""Sentences made in core reach the screen in the interface language: a fake Portuguese catalogue, real screens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import DialogLog
from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP
from workshop_app.ui.participants_page import CHECKIN_TAB
from workshop_app.ui.workbook_panel import WorkbookPanel

from .participants_support import make_page

TIMEOUT_MS = 20_000
CATALOGUE = {
    ("errors", "The workbook must be saved as an .xlsx file; “{file}” has another extension."):
        "O livro tem de ser guardado como ficheiro .xlsx; “{file}” tem outra extensão.",
    ("errors", "{what} can have at most {limit:,} characters; this one has {count:,}."):
        "{what} pode ter no máximo {limit:,} caracteres; este tem {count:,}.",
    ("core", "A name"): "Um nome",
}


class FakePortuguese(QTranslator):
    """A translator with a tiny catalogue, as lrelease would make for the lines above."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return CATALOGUE.get((context, source))  # None (a null string): not here, so Qt shows the English

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def portuguese(qapp: QApplication) -> Iterator[FakePortuguese]:
    """The fake catalogue installed on the application; taken out again after the test."""
    translator = FakePortuguese()
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_qt_finds_the_fake_catalogue(portuguese: FakePortuguese) -> None:
    assert QCoreApplication.translate("core", "A name") == "Um nome"
    error = UserError(QT_TRANSLATE_NOOP("errors", "{what} can have at most {limit:,} characters; this one has "
                                                  "{count:,}."), what="X", limit=3, count=4)
    assert str(error) == "X pode ter no máximo 3 caracteres; este tem 4."


def test_an_export_refused_by_core_is_told_in_portuguese_then_english_again(
        qtbot: Any, qapp: QApplication, db: Database, tmp_path: Path, dialog_log: DialogLog,
        portuguese: FakePortuguese) -> None:
    fill_demo(db, participants=8, seed=1)
    panel = WorkbookPanel(language="en")
    qtbot.addWidget(panel)
    panel.set_database(db)

    def export_and_warning() -> str:
        task = panel.export(tmp_path / "ulg.txt")  # the real export, refused by formats.ulg_workbook.check_target
        qtbot.waitUntil(lambda: task.outcome is not None, timeout=TIMEOUT_MS)
        assert task.outcome == "failed"
        return dialog_log.texts("warning")[-1]

    assert export_and_warning() == "O livro tem de ser guardado como ficheiro .xlsx; “ulg.txt” tem outra extensão."
    qapp.removeTranslator(portuguese)
    assert export_and_warning() == (
        "The workbook must be saved as an .xlsx file; “ulg.txt” has another extension.")


def test_a_refused_name_at_the_door_is_told_in_portuguese_label_and_all(
        qtbot: Any, qapp: QApplication, db: Database, portuguese: FakePortuguese) -> None:
    page = make_page(qtbot, db, show=True)
    page.tabs.setCurrentIndex(CHECKIN_TAB)
    form = page.checkin.form
    form.name_edit.setText("Maria " * 1666 + "Silv")
    before = QLocale()
    QLocale.setDefault(QLocale("pt_PT"))  # as install_language("pt") sets it: numbers are written the Portuguese way
    try:
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        ten_thousand = QLocale().toString(10_000)
        assert ten_thousand != "10,000"
        assert page.checkin.message.text() == f"Um nome pode ter no máximo 300 caracteres; este tem {ten_thousand}."
        qapp.removeTranslator(portuguese)
        QLocale.setDefault(QLocale("en_GB"))
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
        assert page.checkin.message.text() == "A name can have at most 300 characters; this one has 10,000."
    finally:
        QLocale.setDefault(before)


def test_numbers_in_core_sentences_follow_the_locale_and_a_locale_less_process_writes_them_in_english() -> None:
    from workshop_app.texts import Text

    sentence = Text("core", "{n:,} rows, {size:.1f} MB", n=12345, size=3.5)
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        assert str(sentence) == f"{QLocale().toString(12345)} rows, 3,5 MB"
        QLocale.setDefault(QLocale.c())  # a command-line process that drew a map: no language was chosen
        assert str(sentence) == "12,345 rows, 3.5 MB"
    finally:
        QLocale.setDefault(before)
