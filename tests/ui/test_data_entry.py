"""Typing in paper questionnaires by keyboard only: codes, choice numbers, "12,5", skip logic, problems beside the
field, Ctrl+Enter for the next paper, and a paper put aside and resumed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.ui.data_entry_fields import EntryRow, parse_choices, shown_choices
from workshop_app.ui.data_entry_window import DataEntryWindow

from .kiosk_support import Setup, make_setup, stored, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: Any, setup: Setup, **options: Any) -> DataEntryWindow:
    window = DataEntryWindow(setup.db, None, workshop_id=setup.workshop_id, activity_id=setup.activity_id, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _focused(window: DataEntryWindow) -> str:
    row = window._focused_row()
    return row.slot.name if row is not None else type(QApplication.focusWidget()).__name__


def _type(qtbot: Any, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type into whatever has the keyboard, then press ``key``: what a facilitator's fingers do."""
    widget = QApplication.focusWidget()
    type_text(widget, text)
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_two_paper_questionnaires_typed_by_keyboard_only(qtbot: Any, db: Database) -> None:
    setup = make_setup(db)
    person = Services.of(db).participants.register(consents=["take_part"], recorded_by="Ana")
    window = _window(qtbot, setup)
    assert window.counter.text() == "Paper questionnaires entered: 0"
    window.code.setFocus()
    assert not window.rows[("times", ())].isEnabled()  # skip logic: not for a blank paper
    _type(qtbot, person.code.split("-")[1])  # "0001" names P-0001
    assert window.code.text() == person.code and window.code.isReadOnly()
    assert _focused(window) == "before"
    _type(qtbot, "1")  # choice number 1 ("Yes") as ticked on the paper
    assert _focused(window) == "times" and window.rows[("times", ())].isEnabled()
    _type(qtbot, "3")
    _type(qtbot, "12,5")
    _type(qtbot, "1,3")
    assert _focused(window) == "better"
    _type(qtbot, "Mais bancos no jardim", Qt.Key.Key_Tab)
    _type(qtbot, "230")
    age = window.rows[("age", ())]
    assert _focused(window) == "age" and age.problem.text() == "This answer is not allowed here."
    assert age.problem.isVisible()
    QTest.keyClick(age.input, Qt.Key.Key_A, CTRL)
    _type(qtbot, "67")
    assert not age.problem.isVisible() and _focused(window) == "score"
    _type(qtbot, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert window.counter.text() == "Paper questionnaires entered: 1"
    assert window.code.text() == "" and not window.code.isReadOnly() and window.code.hasFocus()
    assert all(row.typed() == "" for row in window.rows.values())
    _type(qtbot, "")  # an anonymous paper
    assert window.code.text() == "anonymous" and _focused(window) == "before"
    _type(qtbot, "2")
    assert _focused(window) == "distance"  # "How many times?" skipped
    _type(qtbot, "0.8", Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # the age is missing
    assert window.rows[("age", ())].problem.text() == "This question needs an answer."
    assert "How old are you?" in window.message.text() and _focused(window) == "age"
    _type(qtbot, "80")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert window.counter.text() == "Paper questionnaires entered: 2"
    first, second = stored(db)
    assert (first.mode, first.finished, first.participant_id) == ("data_entry", True, person.id)
    assert first.answers == {"before": "yes", "times": "3", "distance": "12.5", "topics": "jobs care",
                             "better": "Mais bancos no jardim", "age": "67", "score": "4"}
    assert (second.finished, second.participant_id) == (True, None)
    assert second.answers == {"before": "no", "distance": "0.8", "age": "80"}


def test_an_unknown_code_is_said_beside_the_field(qtbot: Any, db: Database) -> None:
    window = _window(qtbot, make_setup(db))
    window.code.setFocus()
    _type(qtbot, "P-0999")
    assert window.code_problem.isVisible() and "P-0999" in window.code_problem.text()
    assert window.session.response is None and window.code.hasFocus()


def test_a_paper_put_aside_is_resumed(qtbot: Any, db: Database) -> None:
    setup = make_setup(db)
    window = _window(qtbot, setup)
    window.code.setFocus()
    _type(qtbot, "")
    _type(qtbot, "1")
    _type(qtbot, "5")
    window.close()
    [left] = Services.of(db).responses.unfinished()
    assert left.answer_count == 2 and left.mode == "data_entry"
    again = _window(qtbot, setup, resume_response_id=left.id)
    assert again.rows[("before", ())].input.text() == "1" and again.rows[("times", ())].input.text() == "5"
    assert again.code.text() == "anonymous" and again.code.isReadOnly()
    with pytest.raises(UserError):
        again.resume("no-such-response")


def test_choice_numbers_codes_and_labels() -> None:
    choices = [("yes", "Yes"), ("no", "No"), ("dk", "Don't know")]
    assert parse_choices("2", choices, multiple=False) == "no"
    assert parse_choices("dk", choices, multiple=False) == "dk"
    assert parse_choices(" yes ", choices, multiple=False) == "yes"
    assert parse_choices("1, 3", choices, multiple=True) == "yes dk"
    assert parse_choices("7", choices, multiple=False) == "7"  # passed on: the core says it is not a choice
    numeric = [("1", "One"), ("3", "Three")]
    assert parse_choices("1", numeric, multiple=False) == "1"  # a code wins over a position
    assert parse_choices("2", numeric, multiple=False) == "3"
    assert shown_choices("yes dk", choices) == "1 3"


def test_a_feedback_round_can_be_typed_in_too(qtbot: Any, db: Database) -> None:
    setup = make_setup(db, "feedback_round")
    window = _window(qtbot, setup)
    window.code.setFocus()
    _type(qtbot, "")
    _type(qtbot, "5")
    _type(qtbot, "Obrigado", Qt.Key.Key_Tab)
    assert window.finish_paper()
    assert Services.of(db).feedback.summary(setup.activity_id).counts == (0, 0, 0, 0, 1)
    assert isinstance(window.rows[("rating", ())], EntryRow)
