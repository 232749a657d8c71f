"""The kiosk's short activities: an idea onto the board, dots on the notes, the feedback round's rating."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.kiosk_activities import FeedbackPage, IdeaPage
from workshop_app.ui.kiosk_common import IDLE_SECONDS, THANKS_SECONDS
from workshop_app.ui.kiosk_dot_vote import DotVotePage
from workshop_app.ui.kiosk_phrases import phrase
from workshop_app.ui.kiosk_window import KioskWindow

from .kiosk_support import (
    Clock,
    click,
    clock,
    kiosks,
    make_setup,
    open_kiosk,
    type_text,
    typed_values,
)

__all__ = ["clock", "kiosks"]  # the fixtures, imported for pytest


def test_ideas_typed_in_the_kiosk_go_on_the_board_one_at_a_time(qtbot: Any, db: Database, clock: Clock,
                                                                 kiosks: list[KioskWindow]) -> None:
    setup = make_setup(db, "brainstorm")
    window = open_kiosk(qtbot, setup, clock)
    kiosks.append(window)
    page = window.page
    assert isinstance(page, IdeaPage) and page.heading.text() == "Write your idea"
    click(qtbot, page.send)
    assert page.problem.text() == phrase("idea_empty", "en")
    type_text(page.field, "Хочу курси англійської 🌻")
    click(qtbot, page.send)
    assert page.stack.currentWidget() is page.thanks and typed_values(window) == []
    clock.advance(THANKS_SECONDS)
    window.tick()
    assert page.stack.currentWidget() is page.form and page.field.toPlainText() == ""
    type_text(page.field, "Um banco junto à paragem")
    clock.advance(IDLE_SECONDS)
    window.tick()  # walked away without sending: the half-written note is not left for the next person
    assert page.field.toPlainText() == ""
    board = Services.of(db).brainstorm.board(setup.activity_id)
    assert [idea.text for idea in board.ideas] == ["Хочу курси англійської 🌻"]


def test_each_voter_gets_their_dots_and_the_next_one_starts_fresh(qtbot: Any, db: Database, clock: Clock,
                                                                  kiosks: list[KioskWindow]) -> None:
    setup = make_setup(db, "brainstorm")
    services = Services.of(db)
    for text in ("A bench by the bus stop", "Free computer classes", "Childcare during workshops"):
        services.brainstorm.add_idea(setup.activity_id, text)
    vote = services.workshops.add_activity(setup.workshop_id, "dot_vote", options={"dots": 3})
    window = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=vote.id, clock=clock)
    qtbot.addWidget(window)
    assert window.start()
    kiosks.append(window)
    page = window.page
    assert isinstance(page, DotVotePage)
    bench, classes, care = page.tiles.values()
    assert page.left.accessibleName() == "Dots left: 3"
    click(qtbot, classes)
    click(qtbot, classes)
    bench.setFocus()
    qtbot.keyClick(bench, Qt.Key.Key_Space)  # the keyboard works too
    assert page.left.accessibleName() == "Dots left: 0" and classes.dots.text() == "●●"
    click(qtbot, care)
    assert page.problem.text() == phrase("too_many_dots", "en")
    click(qtbot, classes.minus)  # take one back, and give it to another note
    click(qtbot, care)
    first = page.voter
    click(qtbot, page.done)
    assert page.stack.currentWidget() is page.thanks
    clock.advance(THANKS_SECONDS)
    window.tick()
    assert page.voter != first and page.left.accessibleName() == "Dots left: 3"
    assert all(tile.count == 0 for tile in page.tiles.values())
    click(qtbot, page.tiles[bench.idea.id])
    totals = {t.text: t.dots for t in services.voting.totals(vote.id).totals}
    assert totals == {"A bench by the bus stop": 2, "Free computer classes": 1, "Childcare during workshops": 1}
    assert services.voting.totals(vote.id).voters == 2


def test_the_feedback_round_takes_a_face_and_a_comment(qtbot: Any, db: Database, clock: Clock,
                                                       kiosks: list[KioskWindow]) -> None:
    setup = make_setup(db, "feedback_round")
    Services.of(db).workshops.update(setup.workshop_id, language="pt")
    window = open_kiosk(qtbot, setup, clock)
    kiosks.append(window)
    page = window.page
    assert isinstance(page, FeedbackPage) and page.heading.text() == "Quão útil foi esta sessão para si?"
    click(qtbot, page.send)
    assert page.problem.text() == phrase("pick_rating", "pt")
    click(qtbot, page.faces[3])
    QTest.keyClicks(page.comment, "Gostei muito")
    click(qtbot, page.send)
    assert page.stack.currentWidget() is page.thanks and page.rating() is None and typed_values(window) == []
    summary = Services.of(db).feedback.summary(setup.activity_id)
    assert summary.counts == (0, 0, 0, 1, 0) and summary.comments == ("Gostei muito",)
