"""The brainstorm board: notes typed fast, clusters, a mouse drag of two notes undone in one step, edits."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui import run_support
from tests.ui.run_support import make_workshop
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui import brainstorm_panel

open_run, clock = run_support.open_run, run_support.clock
IDEAS = ("A night bus to the training centre", "Free Wi-Fi in the library", "Courses in Portuguese and Arabic",
         "Childcare during courses", "A mentor for the first month")
CLUSTERS = ("Getting there", "Internet", "Language", "Time and care")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the person types into the next text questions (names, edits)."""
    queue: list[str] = []
    monkeypatch.setattr(brainstorm_panel, "ask_text", lambda *_a, **_k: queue.pop(0) if queue else None)
    return queue


def _board(qtbot: Any, db: Database, open_run: Any) -> tuple[Any, Any, str]:
    workshop, (brainstorm,) = make_workshop(db, "brainstorm")
    window = open_run(workshop)
    window.resize(1400, 900)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, window.ui.brainstorm, brainstorm


def _in_view(panel: Any, idea_id: str) -> QPoint:
    item = panel.scene.note_item(idea_id)
    return panel.view.mapFromScene(item.sceneBoundingRect().center())


def test_notes_typed_by_keyboard_dragged_into_a_cluster_and_undone_in_one_step(
        qtbot: Any, db: Database, open_run: Any, answers: list[str]) -> None:
    window, panel, brainstorm = _board(qtbot, db, open_run)
    service = Services.of(db).brainstorm
    panel.note_input.setFocus()
    for text in IDEAS:
        qtbot.keyClicks(panel.note_input, text)
        qtbot.keyClick(panel.note_input, Qt.Key.Key_Return)
    board = service.board(brainstorm)
    assert [i.text for i in board.ideas_in(None)] == list(IDEAS)
    assert panel.note_input.text() == "" and panel.note_input.hasFocus()
    assert set(IDEAS) <= set(panel.scene.texts())

    answers.extend(CLUSTERS)
    for _ in CLUSTERS:
        panel.cluster_button.click()
    board = service.board(brainstorm)
    assert [c.name for c in board.clusters] == list(CLUSTERS)
    language = board.clusters[2]
    steps = window.undo_stack.count()

    first, second = board.ideas[0].id, board.ideas[2].id
    panel.view.viewport().setFocus()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=_in_view(panel, first))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     _in_view(panel, second))
    assert {n.idea_id for n in panel.scene.selected_notes()} == {first, second}
    column = panel.scene.column_at(language.id)
    target = panel.view.mapFromScene(column.sceneBoundingRect().center())
    start = _in_view(panel, first)
    qtbot.mousePress(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 9):
        qtbot.mouseMove(panel.view.viewport(), start + (target - start) * step / 8)
    qtbot.mouseRelease(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: len(service.board(brainstorm).ideas_in(language.id)) == 2, timeout=2000)
    assert [i.text for i in service.board(brainstorm).ideas_in(language.id)] == [IDEAS[0], IDEAS[2]]
    assert window.undo_stack.count() == steps + 1 and window.undo_stack.undoText() == "Move 2 notes"
    qtbot.waitUntil(lambda: panel.scene.column_at(language.id).count.toPlainText() == "2", timeout=2000)

    window.undo_action.trigger()
    board = service.board(brainstorm)
    assert board.ideas_in(language.id) == [] and [i.text for i in board.ideas_in(None)] == list(IDEAS)
    window.redo_action.trigger()
    assert len(service.board(brainstorm).ideas_in(language.id)) == 2


def test_a_note_is_edited_coloured_moved_and_deleted_and_each_is_undone(
        qtbot: Any, db: Database, open_run: Any, answers: list[str]) -> None:
    window, panel, brainstorm = _board(qtbot, db, open_run)
    service = Services.of(db).brainstorm
    cluster = service.add_cluster(brainstorm, "Getting there").id
    panel.refresh()
    panel.note_input.setText("Bus at nigth")
    note = panel.add_typed_note()
    assert note is not None

    answers.append("Bus at night")
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=_in_view(panel, note))
    qtbot.waitUntil(lambda: service.board(brainstorm).ideas[0].text == "Bus at night", timeout=2000)
    assert "Bus at night" in panel.scene.texts() and "Bus at nigth" not in panel.scene.texts()
    window.undo_stack.undo()
    assert service.board(brainstorm).ideas[0].text == "Bus at nigth"
    assert "Bus at nigth" in panel.scene.texts()

    assert panel.colour_notes([note], "#C8E6C9")
    assert service.board(brainstorm).ideas[0].colour == "#C8E6C9"
    assert panel.move_to_cluster([note], cluster)
    assert service.board(brainstorm).ideas[0].cluster_id == cluster
    assert panel.delete_notes([note]) and service.board(brainstorm).ideas == ()
    for _ in range(3):
        window.undo_stack.undo()
    idea = service.board(brainstorm).ideas[0]
    assert (idea.text, idea.cluster_id, idea.colour) == ("Bus at nigth", None, "")

    answers.append("Transport")
    assert panel.rename_cluster(cluster)
    assert service.board(brainstorm).clusters[0].name == "Transport"


def test_a_note_from_the_kiosk_appears_on_the_board(qtbot: Any, db: Database, open_run: Any) -> None:
    _window, panel, brainstorm = _board(qtbot, db, open_run)
    Services.of(db).brainstorm.add_idea(brainstorm, "Typed by a participant")
    qtbot.waitUntil(lambda: "Typed by a participant" in panel.scene.texts(), timeout=2000)
