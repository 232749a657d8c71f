"""The agenda: add, edit in place, move, remove, and undo of each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from workshop_app.core.workshop_rules import activity_defaults
from workshop_app.ui.agenda_model import AgendaModel
from workshop_app.ui.main_window import MainWindow


def agenda_of(window: MainWindow) -> list[tuple[str, int, dict[str, Any]]]:
    assert window.workshop_service is not None
    workshop_id = window.workshops_view.current_workshop_id()
    assert workshop_id is not None
    return [(a.kind, a.planned_minutes, a.options) for a in window.workshop_service.get(workshop_id).activities]


def test_anas_agenda_brainstorm_and_dot_vote_then_move_remove_and_undo(main_window: MainWindow) -> None:
    main_window.new_workshop()
    agenda = main_window.workshops_view.editor.agenda
    kinds = [action.data() for action in agenda.add_button.menu().actions()]
    assert "brainstorm" in kinds and "dot_vote" in kinds
    next(a for a in agenda.add_button.menu().actions() if a.data() == "brainstorm").trigger()
    next(a for a in agenda.add_button.menu().actions() if a.data() == "dot_vote").trigger()

    assert agenda_of(main_window) == [("brainstorm", 10, {}), ("dot_vote", 10, {"dots": 3})]
    assert agenda.selected_row() == 1, "the new item is selected"
    assert agenda.table.currentIndex().column() == AgendaModel.TITLE, "typing names the new activity"
    assert agenda.total_label.text().startswith("Total: 20 min")
    assert agenda.model.index(1, AgendaModel.DETAILS).data() == "3 dots each"

    agenda.move_selected(-1)
    assert [k for k, _, _ in agenda_of(main_window)] == ["dot_vote", "brainstorm"]
    assert agenda.selected_row() == 0, "the moved item stays selected"
    assert not agenda.up_button.isEnabled() and agenda.down_button.isEnabled()

    agenda.select_activity(agenda.model.activity(1).id)
    agenda.remove_selected()
    assert [k for k, _, _ in agenda_of(main_window)] == ["dot_vote"]

    main_window.undo_action.trigger()  # the removal
    assert [k for k, _, _ in agenda_of(main_window)] == ["dot_vote", "brainstorm"]
    main_window.undo_action.trigger()  # the move
    assert [k for k, _, _ in agenda_of(main_window)] == ["brainstorm", "dot_vote"]
    main_window.undo_action.trigger()  # adding the dot vote
    assert [k for k, _, _ in agenda_of(main_window)] == ["brainstorm"]
    main_window.redo_action.trigger()
    assert agenda_of(main_window) == [("brainstorm", 10, {}), ("dot_vote", 10, {"dots": 3})]


def test_minutes_title_and_dots_are_edited_in_place_and_undone(main_window: MainWindow) -> None:
    main_window.new_workshop()
    agenda = main_window.workshops_view.editor.agenda
    agenda.add_activity("brainstorm")
    agenda.add_activity("dot_vote")
    model = agenda.model

    assert model.setData(model.index(0, AgendaModel.MINUTES), 25, Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, AgendaModel.TITLE), "What stops you?", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(1, AgendaModel.DETAILS), 5, Qt.ItemDataRole.EditRole)
    assert agenda_of(main_window) == [("brainstorm", 25, {}), ("dot_vote", 10, {"dots": 5})]
    assert model.index(0, AgendaModel.TITLE).data() == "What stops you?"
    assert agenda.total_label.text().startswith("Total: 35 min")
    assert not model.flags(model.index(0, AgendaModel.DETAILS)) & Qt.ItemFlag.ItemIsEditable, "a brainstorm has no dots"

    main_window.undo_action.trigger()
    assert agenda_of(main_window)[1] == ("dot_vote", 10, {"dots": 3})
    main_window.undo_action.trigger()
    main_window.undo_action.trigger()
    assert agenda_of(main_window)[0] == ("brainstorm", 10, {})


def test_refused_minutes_show_the_service_sentence(main_window: MainWindow) -> None:
    main_window.new_workshop()
    editor = main_window.workshops_view.editor
    editor.agenda.add_activity("survey")
    model = editor.agenda.model
    assert not model.setData(model.index(0, AgendaModel.MINUTES), 0, Qt.ItemDataRole.EditRole)
    assert "between 1 and" in editor.message.text()
    assert agenda_of(main_window) == [("survey", activity_defaults("survey")["planned_minutes"], {})]


def test_total_time_reads_in_hours_and_minutes(main_window: MainWindow) -> None:
    main_window.new_workshop()
    agenda = main_window.workshops_view.editor.agenda
    agenda.add_activity("brainstorm")
    agenda.add_activity("survey")
    model = agenda.model
    model.setData(model.index(0, AgendaModel.MINUTES), 60, Qt.ItemDataRole.EditRole)
    model.setData(model.index(1, AgendaModel.MINUTES), 25, Qt.ItemDataRole.EditRole)
    assert agenda.total_label.text().startswith("Total: 1 h 25 min")


def test_delete_key_in_the_agenda_removes_the_selected_activity(main_window: MainWindow, qtbot: Any) -> None:
    main_window.new_workshop()
    agenda = main_window.workshops_view.editor.agenda
    agenda.add_activity("brainstorm")
    agenda.add_activity("dot_vote")
    agenda.select_activity(agenda.model.activity(0).id)
    qtbot.keyClick(agenda.table, Qt.Key.Key_Delete)
    assert [k for k, _, _ in agenda_of(main_window)] == ["dot_vote"]


def test_a_survey_item_gets_its_survey_from_a_template_and_undo_unlinks_it(main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    main_window.new_workshop()
    agenda = main_window.workshops_view.editor.agenda
    agenda.add_activity("survey")
    model = agenda.model
    details = model.index(0, AgendaModel.DETAILS)
    assert details.data() == "Choose a survey…"
    assert not agenda.table.isColumnHidden(AgendaModel.DETAILS)
    editor = agenda.table.itemDelegate().createEditor(agenda.table.viewport(), QStyleOptionViewItem(), details)
    assert isinstance(editor, QComboBox)
    offered = [editor.itemData(i) for i in range(editor.count())]
    assert "template:ulg_workshop_feedback" in offered
    agenda.table.itemDelegate().setEditorData(editor, details)
    editor.setCurrentIndex(offered.index("template:ulg_workshop_feedback"))
    agenda.table.itemDelegate().setModelData(editor, model, details)
    linked = model.activity(0).survey_id
    assert linked is not None and details.data() == "ULG workshop feedback (version 1)"
    main_window.undo_stack.undo()
    assert model.activity(0).survey_id is None
    main_window.undo_stack.redo()
    assert model.activity(0).survey_id == linked
