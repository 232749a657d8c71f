"""The stakeholder map canvas with the mouse: add, drag (one undo step), multi-drag, connect, delete and undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from workshop_app.ui.main_window import MainWindow

from .test_maps_page_support import (
    LEFT,
    add_people,
    at,
    current,
    drag,
    maps_page,
    maps_window,
    near,
    new_power_interest_map,
    node_point,
    scene_distance,
    service,
)

__all__ = ["maps_window"]  # the fixture, imported for pytest

PEOPLE = [("Mayor's office", "public", 5.5, 9.0), ("Library network", "public", 8.0, 4.0),
          ("Migrant Women's Association", "civic", 9.0, 2.0), ("Telecom operator", "private", 2.0, 7.5)]


def test_double_click_adds_a_stakeholder_named_in_the_panel(maps_window: MainWindow, qtbot: Any) -> None:
    page = maps_page(maps_window)
    map_id = new_power_interest_map(page)
    assert (current(page).x_title, current(page).y_title) == ("Interest", "Power")

    qtbot.mouseDClick(page.view.viewport(), LEFT, pos=at(page, 7.5, 8.0))
    (added,) = current(page).stakeholders
    assert near((added.x, added.y), (7.5, 8.0))
    assert page.scene.selected_stakeholder_ids() == [added.id]
    name = page.panel.stakeholder_form.name_edit
    assert name.hasFocus() and name.selectedText() == added.name  # ready to type over
    qtbot.keyClicks(name, "Department of Education")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert current(page).stakeholders[0].name == "Department of Education"
    assert page.scene.nodes[added.id].label.lines == ["Department of", "Education"]

    maps_window.undo_action.trigger()  # the rename, then the add
    assert current(page).stakeholders[0].name != "Department of Education"
    maps_window.undo_action.trigger()
    assert current(page).stakeholders == () and page.scene.nodes == {}
    maps_window.redo_action.trigger()
    assert [s.id for s in service(page).get(map_id).stakeholders] == [added.id]


def test_a_drag_moves_in_axis_values_and_is_one_undo_step(maps_window: MainWindow, qtbot: Any) -> None:
    page = maps_page(maps_window)
    new_power_interest_map(page)
    mayor, library, *_ = add_people(page, PEOPLE)
    steps = page.stack.count()

    drag(qtbot, page, node_point(page, library), at(page, 3.0, 8.5))
    moved = current(page).stakeholder(library)
    assert moved is not None and near((moved.x, moved.y), (3.0, 8.5))
    assert page.stack.count() == steps + 1 and page.stack.undoText() == "Move stakeholder"
    assert page.scene.nodes[library].pos() == page.scene.to_scene(moved.x, moved.y)

    maps_window.undo_action.trigger()
    back = current(page).stakeholder(library)
    assert back is not None and (back.x, back.y) == (8.0, 4.0)
    assert page.scene.nodes[library].pos() == page.scene.to_scene(8.0, 4.0)
    untouched = current(page).stakeholder(mayor)
    assert untouched is not None and (untouched.x, untouched.y) == (5.5, 9.0)

    # Dragged off the map, a node stops at the edge: positions are kept inside the axes.
    drag(qtbot, page, node_point(page, library), node_point(page, library) + QPoint(2000, 0))
    edge = current(page).stakeholder(library)
    assert edge is not None and edge.x == 10.0


def test_several_selected_stakeholders_move_together_as_one_step(maps_window: MainWindow, qtbot: Any) -> None:
    page = maps_page(maps_window)
    new_power_interest_map(page)
    ids = add_people(page, PEOPLE)
    viewport = page.view.viewport()
    qtbot.mouseClick(viewport, LEFT, pos=node_point(page, ids[1]))
    qtbot.mouseClick(viewport, LEFT, Qt.KeyboardModifier.ControlModifier, node_point(page, ids[2]))
    assert set(page.scene.selected_stakeholder_ids()) == {ids[1], ids[2]}
    assert page.panel.selection_form.title.text() == "2 stakeholders selected"
    before = {s.id: (s.x, s.y) for s in current(page).stakeholders}
    steps = page.stack.count()

    drag(qtbot, page, node_point(page, ids[1]), at(page, 6.0, 5.0))  # 2 left, 1 up
    after = {s.id: (s.x, s.y) for s in current(page).stakeholders}
    for moved in (ids[1], ids[2]):
        assert near(after[moved], (before[moved][0] - 2.0, before[moved][1] + 1.0))
    assert after[ids[0]] == before[ids[0]] and after[ids[3]] == before[ids[3]]
    assert page.stack.count() == steps + 1 and page.stack.undoText() == "Move stakeholders"
    maps_window.undo_action.trigger()
    assert {s.id: (s.x, s.y) for s in current(page).stakeholders} == before

    # Rubber band: a drag over an empty place selects what it touches; align them on the leftmost.
    page.scene.clearSelection()
    drag(qtbot, page, at(page, 7.0, 5.0), at(page, 9.8, 0.5))
    assert set(page.scene.selected_stakeholder_ids()) == {ids[1], ids[2]}
    assert page.editor.align("left")
    aligned = {s.id: s.x for s in current(page).stakeholders}
    assert aligned[ids[1]] == aligned[ids[2]] == 8.0
    maps_window.undo_action.trigger()
    assert {s.id: (s.x, s.y) for s in current(page).stakeholders} == before


def test_connect_draws_a_relationship_and_its_line_follows_a_moved_node(maps_window: MainWindow,
                                                                         qtbot: Any) -> None:
    page = maps_page(maps_window)
    new_power_interest_map(page)
    mayor, library, *_ = add_people(page, PEOPLE)

    page.toolbar.connect_action.trigger()
    assert page.scene.connect_mode
    drag(qtbot, page, node_point(page, mayor), node_point(page, library))
    (tie,) = current(page).relationships
    assert (tie.from_id, tie.to_id, tie.kind, tie.strength, tie.directed) == (mayor, library, "works with", 2, False)
    assert page.scene.selected_relationship_ids() == [tie.id]  # shown in the panel, ready to be named
    assert page.panel.relationship_form.kind_combo.currentText() == "works with"
    mayor_pos = current(page).stakeholder(mayor)
    assert mayor_pos is not None and (mayor_pos.x, mayor_pos.y) == (5.5, 9.0)  # connecting moved nobody
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.scene.connect_mode

    # The relationship panel: funds, strong, one way.
    page.editor.edit_relationship(tie.id, {"kind": "funds"})
    page.editor.edit_relationship(tie.id, {"strength": 3})
    page.editor.edit_relationship(tie.id, {"directed": True})
    stored = current(page).relationships[0]
    assert (stored.kind, stored.strength, stored.directed) == ("funds", 3, True)
    assert page.scene.edges[tie.id].directed

    edge = page.scene.edges[tie.id]
    drag(qtbot, page, node_point(page, library), at(page, 9.0, 1.0))
    line, node = edge.line(), page.scene.nodes[library].pos()
    assert scene_distance(line.p2(), node) < 40  # the line ends at the rim of the moved node
    assert scene_distance(line.p2(), page.scene.to_scene(8.0, 4.0)) > 100
    assert scene_distance(line.p1(), page.scene.nodes[mayor].pos()) < 40
    maps_window.undo_action.trigger()
    assert scene_distance(edge.line().p2(), page.scene.to_scene(8.0, 4.0)) < 40


def test_delete_and_undo_bring_back_a_stakeholder_with_its_relationships(maps_window: MainWindow,
                                                                          qtbot: Any) -> None:
    page = maps_page(maps_window)
    map_id = new_power_interest_map(page)
    ids = add_people(page, PEOPLE)
    for other in ids[1:]:
        service(page).add_relationship(map_id, ids[0], other, kind="funds", strength=3, directed=True)
    page.flush()
    assert len(page.scene.edges) == 3

    qtbot.mouseClick(page.view.viewport(), LEFT, pos=node_point(page, ids[0]))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert [s.id for s in current(page).stakeholders] == ids[1:]
    assert current(page).relationships == () and page.scene.edges == {}
    assert page.stack.undoText() == "Delete stakeholder"

    maps_window.undo_action.trigger()
    restored = current(page)
    assert {s.id for s in restored.stakeholders} == set(ids)
    assert sorted(r.to_id for r in restored.relationships) == sorted(ids[1:])
    assert all(r.kind == "funds" and r.strength == 3 and r.directed for r in restored.relationships)
    assert len(page.scene.edges) == 3 and set(page.scene.nodes) == set(ids)

    # A relationship alone: selected and deleted from its panel.
    tie = restored.relationships[0].id
    page.scene.select(relationship_ids=[tie])
    page.panel.relationship_form.delete_button.click()
    assert tie not in {r.id for r in current(page).relationships}
    maps_window.undo_action.trigger()
    assert tie in {r.id for r in current(page).relationships}


def test_the_keyboard_nudges_and_snapping_lands_on_the_grid(maps_window: MainWindow, qtbot: Any) -> None:
    page = maps_page(maps_window)
    new_power_interest_map(page)
    mayor, *_ = add_people(page, PEOPLE)
    page.scene.select([mayor])
    page.view.setFocus()
    steps = page.stack.count()
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    nudged = current(page).stakeholder(mayor)
    assert nudged is not None and near((nudged.x, nudged.y), (5.8, 8.5), 0.001)
    assert page.stack.count() == steps + 1  # held keys are one step
    maps_window.undo_action.trigger()
    back = current(page).stakeholder(mayor)
    assert back is not None and (back.x, back.y) == (5.5, 9.0)

    page.toolbar.snap_action.trigger()
    drag(qtbot, page, node_point(page, mayor), at(page, 3.13, 6.81))
    snapped = current(page).stakeholder(mayor)
    assert snapped is not None and (snapped.x, snapped.y) == (3.0, 7.0)

    zoom = page.view.zoom()
    page.toolbar.zoom_in_action.trigger()
    assert page.view.zoom() > zoom
    page.toolbar.fit_action.trigger()
    assert abs(page.view.zoom() - zoom) < 1e-6


def test_a_drag_on_a_big_map_paints_the_still_part_from_an_image(maps_window: MainWindow, qtbot: Any) -> None:
    page = maps_page(maps_window)
    map_id = new_power_interest_map(page)
    people = [{"name": f"Organisation {n}", "sector": "civic", "x": n % 20 / 2, "y": n // 20 / 2} for n in range(400)]
    ties = [{"from": f"Organisation {n}", "to": f"Organisation {(n * 7 + 3) % 400}"} for n in range(300)]
    service(page).import_rows(map_id, people, ties)
    page.flush()
    assert len(page.scene.nodes) + len(page.scene.edges) >= 600
    first = current(page).stakeholders[0].id
    viewport, start = page.view.viewport(), node_point(page, first)
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + QPoint(40, -30) * step / 4)
    assert page.scene.layer.frozen  # only the dragged node, its name and lines are painted meanwhile
    lines = list(page.scene._adjacent[first])
    assert lines and all(page.scene.edges[e].opacity() == 1.0 for e in lines)
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(40, -30))
    assert not page.scene.layer.frozen and page.scene.layer.opacity() == 1.0
    moved = current(page).stakeholder(first)
    assert moved is not None and moved.x > 0.5 and moved.y > 0.5
    maps_window.undo_action.trigger()
    back = current(page).stakeholder(first)
    assert back is not None and (back.x, back.y) == (0.0, 0.0)
