"""The feedback round in the run view: ratings said out loud, typed with keys 1–5, undoable; the summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.ui import run_support
from tests.ui.run_support import make_workshop
from workshop_app.core.services import Services
from workshop_app.db.database import Database

open_run, clock = run_support.open_run, run_support.clock


def test_ratings_and_comments_are_recorded_summarised_and_undone(qtbot: Any, db: Database, open_run: Any) -> None:
    workshop, (round_id,) = make_workshop(db, "feedback_round")
    window = open_run(workshop)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    panel = window.ui.feedback
    assert window.ui.panels.currentWidget() is panel and panel.summary_label.text() == "No feedback yet"

    assert not panel.save()  # no rating chosen: a sentence, nothing saved
    assert "Choose a rating" in window.ui.message.text()
    panel.rating_buttons[0].setFocus()
    qtbot.keyClick(panel.rating_buttons[0], Qt.Key.Key_4)
    assert panel.rating_buttons[3].isChecked() and panel.comment_edit.hasFocus()
    qtbot.keyClicks(panel.comment_edit, "More time for questions")
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return)
    panel.pick(5)
    assert panel.save()
    summary = Services.of(db).feedback.summary(round_id)
    assert (summary.respondents, summary.counts, summary.comments) == (2, (0, 0, 0, 1, 1),
                                                                       ("More time for questions",))
    assert panel.summary_label.text() == "2 answers · average 4.5"
    assert [panel.bar_counts[i].text() for i in range(5)] == ["0", "0", "0", "1", "1"]
    assert panel.comments.item(0).text() == "More time for questions"
    assert not any(button.isChecked() for button in panel.rating_buttons) and panel.comment_edit.text() == ""

    window.undo_action.trigger()
    assert Services.of(db).feedback.summary(round_id).respondents == 1
    window.redo_action.trigger()
    assert Services.of(db).feedback.summary(round_id).respondents == 2
