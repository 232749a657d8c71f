"""The Maps section as Marta uses it: a map from a template, Portuguese axes, snapshots compared, print, Excel."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from workshop_app.core.map_rules import MapData
from workshop_app.ui import map_export
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.map_list_model import MapListModel
from workshop_app.ui.map_new_dialog import NewMapDialog
from workshop_app.ui.map_panel import MAP_PAGE

from .conftest import DialogLog
from .test_maps_page_support import add_people, current, drag, maps_page, maps_window, node_point, service

__all__ = ["maps_window"]  # the fixture, imported for pytest

SECTORS = ("public", "private", "civic", "knowledge")


def type_into(qtbot: Any, edit: Any, text: str) -> None:
    """Replace what a line edit holds, as typing does, and press Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_map_from_a_template_renamed_to_portuguese(maps_window: MainWindow, qtbot: Any,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     qtmodeltester: Any) -> None:
    page = maps_page(maps_window)

    def accept(dialog: NewMapDialog) -> int:
        dialog.pick("importance_influence")
        dialog.title_edit.setText("Mapa de atores")
        return NewMapDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewMapDialog, "exec", accept)
    page.pane.new_button.click()
    data = current(page)
    assert (data.title, data.kind, data.x_title, data.y_title) == ("Mapa de atores", "importance_influence",
                                                                   "Influence", "Importance")
    assert data.quadrant_names == ("Key players", "Keep satisfied", "Least priority", "Protect and involve")
    assert page.model.rowCount() == 1 and page.panel.current() == MAP_PAGE
    qtmodeltester.check(page.model)

    form = page.panel.map_form
    type_into(qtbot, form.x_title_edit, "Interesse")
    type_into(qtbot, form.y_title_edit, "Poder")
    for edit, name in zip(form.quadrant_edits, ("Gerir de perto", "Manter informado", "Monitorizar",
                                                "Manter satisfeito"), strict=True):
        type_into(qtbot, edit, name)
    data = current(page)
    assert (data.x_title, data.y_title) == ("Interesse", "Poder")
    assert data.quadrant_names == ("Gerir de perto", "Manter informado", "Monitorizar", "Manter satisfeito")
    plot = page.scene.plot
    assert (plot.x_title_item.text(), plot.y_title_item.text()) == ("Interesse", "Poder")
    assert [item.text() for item in plot.quadrant_items] == list(data.quadrant_names)

    maps_window.undo_action.trigger()  # the four names typed one after another are one step
    original = ("Key players", "Keep satisfied", "Least priority", "Protect and involve")
    assert current(page).quadrant_names == original
    assert [item.text() for item in plot.quadrant_items] == list(original)
    assert [edit.text() for edit in form.quadrant_edits] == list(original)  # even the one with the keyboard
    maps_window.undo_action.trigger()
    assert current(page).y_title == "Importance" and form.y_title_edit.text() == "Importance"


def test_a_snapshot_then_six_moves_then_compare_shows_six_arrows(maps_window: MainWindow, qtbot: Any) -> None:
    page = maps_page(maps_window)
    page.new_map("power_interest", "ULG stakeholders")
    ids = add_people(page, [(f"Stakeholder {n}", SECTORS[n % 4], 1.0 + n % 8, 1.0 + n // 8 * 2.5)
                            for n in range(16)])
    snapshot = page.snapshots.take_snapshot("ULG meeting 3", datetime(2026, 11, 26, 17, tzinfo=timezone.utc))
    assert snapshot is not None and page.stack.undoText() == "Take snapshot “ULG meeting 3”"
    assert [s.name for s in service(page).snapshots(current(page).id)] == ["ULG meeting 3"]

    for stakeholder_id in ids[:6]:  # after the meeting, six of them move
        drag(qtbot, page, node_point(page, stakeholder_id), node_point(page, stakeholder_id) + page.view.mapFromScene(
            page.scene.to_scene(1.0, 9.0)) - page.view.mapFromScene(page.scene.to_scene(0.0, 8.0)))
    assert page.stack.count() == 1 + 1 + 6  # new map, snapshot, six moves

    assert page.snapshots.compare(snapshot) == 6
    assert len(page.scene.movements) == 6
    assert {arrow.stakeholder_id for arrow in page.scene.movements} == set(ids[:6])
    assert page.comparison.isVisible()
    assert page.comparison.summary.text() == "6 stakeholders moved since “ULG meeting 3”."
    assert page.comparison.list.count() == 6
    arrow = page.scene.movements[0]
    assert arrow.end == page.scene.nodes[arrow.stakeholder_id].pos()  # it ends where the node is now

    maps_window.undo_action.trigger()  # the last move is undone: the arrows follow, five are left
    assert len(page.scene.movements) == 5
    page.comparison.close_button.click()
    assert page.scene.movements == [] and not page.comparison.isVisible()


def test_print_and_export_call_the_rendering_code(maps_window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    page = maps_page(maps_window)
    page.new_map("power_interest", "Digital skills")
    add_people(page, [("Mayor's office", "public", 5.5, 9.0), ("Food bank", "civic", 4.0, 1.5)])
    printed: list[MapData] = []
    monkeypatch.setattr(map_export, "print_map", lambda data, parent: printed.append(data) or True)
    page.toolbar.print_action.trigger()
    assert [m.title for m in printed] == ["Digital skills"] and len(printed[0].stakeholders) == 2
    assert page.files.print_map()
    previewed: list[bool] = []
    monkeypatch.setattr(map_export, "print_map", lambda data, parent, preview=False: previewed.append(preview) or True)
    page.toolbar.preview_action.trigger()
    assert previewed == [True]
    assert page.toolbar.preview_action in maps_window.file_menu.actions()

    target = page.files.export_picture(".pdf", tmp_path / "newsletter.pdf",
                                       {"paper": "A3", "landscape": True, "dpi": 150})
    assert target == tmp_path / "newsletter.pdf"
    assert target.read_bytes().startswith(b"%PDF")
    png = page.files.export_picture(".png", tmp_path / "map.png", {"paper": "A4", "landscape": True, "dpi": 100})
    assert png is not None and png.read_bytes().startswith(b"\x89PNG")
    assert "map.png" in page.info.text()


def write_workbook(path: Path, people: int = 40) -> Path:
    """A stakeholder list as a trainer keeps it: an Elements sheet and a Connections sheet."""
    from openpyxl import Workbook

    workbook = Workbook()
    elements = workbook.active
    elements.title = "Elements"
    elements.append(["Label", "Type", "Description", "Organisation", "Attitude"])
    for n in range(people):
        elements.append([f"Organisation {n + 1}", SECTORS[n % 4], "", f"Umbrella {n % 5}", "supportive"])
    connections = workbook.create_sheet("Connections")
    connections.append(["From", "To", "Type", "Strength", "Direction"])
    for n in range(people - 1):
        connections.append([f"Organisation {n + 1}", f"Organisation {n + 2}", "works with", 2, "undirected"])
    workbook.save(path)
    return path


def test_forty_stakeholders_imported_from_excel_into_a_new_map(maps_window: MainWindow, qtbot: Any,
                                                                 tmp_path: Path, dialog_log: DialogLog) -> None:
    page = maps_page(maps_window)
    workbook = write_workbook(tmp_path / "ULG stakeholders.xlsx")
    task = page.files.import_workbook(workbook, into="new")
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=15_000):
        pass
    data = current(page)
    assert data.title == "ULG stakeholders" and data.kind == "power_interest"
    assert len(data.stakeholders) == 40 and len(data.relationships) == 39
    assert len(page.scene.nodes) == 40 and len(page.scene.edges) == 39
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert all(visible.contains(node.pos()) for node in page.scene.nodes.values())
    assert "Imported 40 stakeholders and 39 relationships" in page.info.text()
    assert page.stack.undoText() == "Import 40 stakeholders"

    maps_window.undo_action.trigger()  # the whole import, map and all
    assert page.model.rowCount() == 0 and page.data is None
    maps_window.redo_action.trigger()
    assert len(current(page).stakeholders) == 40

    exported = tmp_path / "back.xlsx"
    task = page.files.export_workbook(exported, include_contacts=False)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=15_000):
        pass
    from openpyxl import load_workbook

    sheets = load_workbook(exported, read_only=True).sheetnames
    assert sheets == ["Elements", "Connections"]


def test_an_import_into_the_shown_map_is_undone_without_touching_what_was_there(
        maps_window: MainWindow, qtbot: Any, tmp_path: Path, dialog_log: DialogLog) -> None:
    page = maps_page(maps_window)
    map_id = page.new_map("power_interest", "ULG")
    assert map_id is not None
    (mine, other) = add_people(page, [("Organisation 1", "public", 9.0, 9.0), ("Food bank", "civic", 1.0, 1.0)])
    service(page).add_relationship(map_id, mine, other)
    task = page.files.import_workbook(write_workbook(tmp_path / "list.xlsx", people=5), into=map_id)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=15_000):
        pass
    data = current(page)
    assert len(data.stakeholders) == 2 + 4  # "Organisation 1" was there already: its ties join the one on the map
    assert len(data.relationships) == 1 + 4
    assert any("already on the map" in text for text in dialog_log.texts("information"))

    maps_window.undo_action.trigger()
    data = current(page)
    assert [s.id for s in data.stakeholders] == [mine, other] and len(data.relationships) == 1
    maps_window.redo_action.trigger()
    assert len(current(page).stakeholders) == 6 and len(current(page).relationships) == 5


def test_the_demo_map_and_deleting_a_map_with_undo(qtbot: Any, existing_db_path: Path) -> None:
    from workshop_app.core.demo import fill_demo
    from workshop_app.db.database import Database

    from .conftest import started_window

    with Database.open(existing_db_path) as db:
        fill_demo(db, participants=5)
    window = started_window(qtbot, existing_db_path)
    try:
        page = maps_page(window)
        data = current(page)
        assert len(page.scene.nodes) == len(data.stakeholders) == 27
        assert len(page.scene.edges) == len(data.relationships)
        assert page.model.data(page.model.index(0)) == data.title
        assert "27 stakeholders" in page.model.data(page.model.index(0), Qt.ItemDataRole.ToolTipRole)

        assert page.delete_map(ask=False)
        assert page.model.rowCount() == 0 and page.data is None and page.pane.undo_banner.isVisibleTo(page)
        page.pane.undo_button.click()
        assert page.model.rowCount() == 1 and len(current(page).stakeholders) == 27
        assert len(page.scene.edges) == len(data.relationships)
    finally:
        window.close()
        window.deleteLater()


def test_the_list_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from workshop_app.core.map_rules import MapSummary

    model = MapListModel()
    model.set_rows([MapSummary("a", "Power grid", "power_interest", 27, 32, None),
                    MapSummary("b", "Ecosystem", "ecosystem", 1, 0, None)])
    qtmodeltester.check(model)
    model.set_rows([MapSummary("a", "Power grid", "power_interest", 28, 32, None),
                    MapSummary("b", "Ecosystem", "ecosystem", 1, 0, None)])
    assert model.data(model.index(0), Qt.ItemDataRole.ToolTipRole).endswith("28 stakeholders · 32 relationships")
    qtmodeltester.check(model)
