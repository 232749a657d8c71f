"""The Workshops screen: create, edit, validate, delete, and undo/redo of each."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLineEdit

from workshop_app.ui import dialogs
from workshop_app.ui.main_window import MainWindow


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Replace a field's text the way a person does, ending with Return (which commits it)."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def service(window: MainWindow) -> Any:
    assert window.workshop_service is not None
    return window.workshop_service


def test_new_workshop_through_the_ui_is_saved_and_ready_for_typing(main_window: MainWindow, qtbot: Any) -> None:
    view = main_window.workshops_view
    assert view._pages.currentIndex() == 1, "an empty database shows the empty state"
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)

    [summary] = service(main_window).list()
    assert summary.title == "New workshop"
    assert summary.starts_at is not None and summary.starts_at.minute == 0 and summary.starts_at > datetime.now(
        timezone.utc
    )
    assert view._pages.currentIndex() == 0
    assert view.current_workshop_id() == summary.id
    assert view.editor.title_edit.text() == "New workshop"
    assert view.editor.title_edit.selectedText() == "New workshop", "the title is selected, ready to type over"

    type_into(qtbot, view.editor.title_edit, "Skills for the digital economy")
    assert service(main_window).get(summary.id).title == "Skills for the digital economy"
    assert view.model.summary(0).title == "Skills for the digital economy", "the list follows the change"


def test_ctrl_n_action_creates_a_workshop(main_window: MainWindow) -> None:
    main_window.show_section(3)
    main_window.new_workshop_action.trigger()
    assert main_window.pages.currentIndex() == 0, "New workshop brings the Workshops section forward"
    assert [s.title for s in service(main_window).list()] == ["New workshop"]


def test_edits_of_title_place_and_other_fields_reach_the_database(main_window: MainWindow, qtbot: Any) -> None:
    workshop_id = main_window.new_workshop()
    editor = main_window.workshops_view.editor
    type_into(qtbot, editor.title_edit, "Listening session")
    type_into(qtbot, editor.place_edit, "Parish hall")
    type_into(qtbot, editor.facilitator_edit, "Ana")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("running"))
    editor.status_combo.activated.emit(editor.status_combo.currentIndex())
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("pt"))
    editor.language_combo.activated.emit(editor.language_combo.currentIndex())

    data = service(main_window).get(workshop_id)
    assert (data.title, data.place, data.facilitator, data.status, data.language) == (
        "Listening session", "Parish hall", "Ana", "running", "pt"
    )


def test_date_and_time_are_stored_as_utc_of_the_local_time_shown(main_window: MainWindow) -> None:
    workshop_id = main_window.new_workshop()
    editor = main_window.workshops_view.editor
    editor.when_edit.setDateTime(QDateTime(QDate(2025, 3, 18), QTime(18, 30)))
    stored = service(main_window).get(workshop_id).starts_at
    assert stored == datetime(2025, 3, 18, 18, 30).astimezone(timezone.utc)
    assert stored.tzinfo is not None


def test_undo_and_redo_of_an_edit_and_merging_of_consecutive_edits(main_window: MainWindow, qtbot: Any) -> None:
    workshop_id = main_window.new_workshop()
    editor = main_window.workshops_view.editor
    type_into(qtbot, editor.title_edit, "First")
    type_into(qtbot, editor.title_edit, "Second")
    assert main_window.undo_stack.count() == 2, "create + one merged title edit"
    assert "Change title" in main_window.undo_action.text()

    main_window.undo_action.trigger()
    assert service(main_window).get(workshop_id).title == "New workshop"
    assert editor.title_edit.text() == "New workshop"
    main_window.redo_action.trigger()
    assert service(main_window).get(workshop_id).title == "Second"
    assert editor.title_edit.text() == "Second"


def test_empty_title_is_refused_with_a_message_and_the_old_title_kept(main_window: MainWindow, qtbot: Any) -> None:
    workshop_id = main_window.new_workshop()
    editor = main_window.workshops_view.editor
    depth = main_window.undo_stack.count()
    type_into(qtbot, editor.title_edit, "")

    assert editor.message.text() == "A workshop needs a title."
    assert editor.title_edit.text() == "New workshop"
    assert service(main_window).get(workshop_id).title == "New workshop"
    assert main_window.undo_stack.count() == depth, "a refused edit leaves nothing to undo"
    type_into(qtbot, editor.title_edit, "Fixed")
    assert service(main_window).get(workshop_id).title == "Fixed"


def test_delete_asks_what_goes_and_undo_brings_the_agenda_back(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = service(main_window)
    keep = svc.create("Older residents and transport")
    gone = svc.create("Listening session")
    svc.add_activity(gone.id, "brainstorm", planned_minutes=10)
    svc.add_activity(gone.id, "dot_vote", planned_minutes=15, options={"dots": 3})
    view = main_window.workshops_view
    view.select_workshop(gone.id)
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, text: str, informative: str, _accept: str) -> bool:
        asked.append(f"{text} {informative}")
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    view.editor.delete_button.click()

    assert "Listening session" in asked[0] and "2 activities" in asked[0]
    assert [s.id for s in svc.list()] == [keep.id]
    assert view.current_workshop_id() == keep.id, "the neighbour is shown next"

    main_window.undo_action.trigger()
    restored = svc.get(gone.id)
    assert [(a.kind, a.planned_minutes) for a in restored.activities] == [("brainstorm", 10), ("dot_vote", 15)]
    assert view.current_workshop_id() == gone.id, "undo shows the workshop that came back"
    assert view.editor.agenda.model.rowCount() == 2

    main_window.redo_action.trigger()
    assert [s.id for s in svc.list()] == [keep.id]


def test_declining_the_confirmation_deletes_nothing(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    workshop_id = main_window.new_workshop()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    assert not main_window.workshops_view.delete_current()
    assert service(main_window).get(workshop_id).title == "New workshop"


def test_deleting_the_last_workshop_shows_the_empty_state_and_undo_leaves_it(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    main_window.new_workshop()
    view = main_window.workshops_view
    assert view.delete_current()
    assert view._pages.currentIndex() == 1
    assert view.current_workshop_id() is None
    main_window.undo_action.trigger()
    assert view._pages.currentIndex() == 0
    assert view.current_workshop_id() == service(main_window).list()[0].id


def test_search_filters_titles_and_places_and_selection_survives_refreshes(main_window: MainWindow) -> None:
    svc = service(main_window)
    hall = svc.create("Listening session", place="Parish hall")
    svc.create("Transport walk", place="Day centre")
    view = main_window.workshops_view
    view.select_workshop(hall.id)
    view.search.setText("HALL")
    assert view.proxy.rowCount() == 1
    view.search.setText("transport")
    assert view.proxy.rowCount() == 1
    view.search.clear()
    assert view.proxy.rowCount() == 2

    svc.update(hall.id, title="A renamed session")  # a change from elsewhere (e.g. the command line)
    assert view.current_workshop_id() == hall.id
    assert view.editor.title_edit.text() == "A renamed session"
    selected = view.table.selectionModel().selectedRows()
    assert [index.data() for index in selected] == ["A renamed session"]
