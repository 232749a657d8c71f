"""The Export section: the ULG workbook card and the packages card, both on the open database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database
from workshop_app.ui.export_page import ExportPage
from workshop_app.ui.main_window import MainWindow

from .conftest import started_window

SHOTS = Path(__file__).resolve().parents[2] / "shots"


def show_export(window: MainWindow) -> ExportPage:
    window.build_sections()
    page = next(p for p in window.section_pages if isinstance(p, ExportPage))
    window.show_section(window.pages.indexOf(page))
    return page


def test_the_export_section_offers_the_workbook_and_packages(qtbot: Any, db_path: Path) -> None:
    with Database.open(db_path, create=True, laptop_id="laptop-a") as db:
        fill_demo(db, participants=40, seed=3)
    window = started_window(qtbot, db_path)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = show_export(window)
    assert window.pages.currentWidget() is page
    # Both cards work on the window's database: the workshops of the demo are offered in each.
    workbook_workshops = page.workbook_panel.workshop_combo.count()
    pack_scopes = page.exchange_panel.scope_combo.count()
    assert workbook_workshops == 5 and pack_scopes == 1 + 5
    assert page.workbook_panel.export_button.isEnabled() and page.exchange_panel.pack_button.isEnabled()
    if os.environ.get("EXPORT_SHOTS"):
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / "export_page.png"))

    window.release_database()
    assert not page.exchange_panel.pack_button.isEnabled()
    window.close()
