"""The kiosk as participants use it: a whole survey by mouse and keyboard, skip logic, required answers kindly,
the next person starting clean, idle people, resuming, fast fingers, long and right-to-left answers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from workshop_app.core.response_rules import MAX_ANSWER
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.kiosk_common import THANKS_SECONDS
from workshop_app.ui.kiosk_phrases import phrase
from workshop_app.ui.kiosk_survey import KioskSurveyPage
from workshop_app.ui.kiosk_window import KioskWindow
from workshop_app.ui.question_widgets import QuestionWidget

from .kiosk_support import (
    Clock,
    answer_rows,
    click,
    clock,
    kiosk_form,
    kiosks,
    make_setup,
    open_kiosk,
    stored,
    type_text,
    typed_values,
)

__all__ = ["clock", "kiosks"]  # the fixtures, imported for pytest


def _start(qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow], **options: Any) -> tuple[
        KioskWindow, KioskSurveyPage]:
    window = open_kiosk(qtbot, make_setup(db, **options), clock)
    kiosks.append(window)
    page = window.page
    assert isinstance(page, KioskSurveyPage)
    return window, page


def _next(qtbot: Any, page: KioskSurveyPage, clock: Clock) -> None:
    clock.advance(1)  # a person reads before pressing again
    click(qtbot, page.question.next)


def _enter(qtbot: Any, page: KioskSurveyPage, clock: Clock) -> None:
    clock.advance(1)
    widget = page.question.widget
    assert widget is not None
    target = getattr(widget, "edit", widget)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def _on(page: KioskSurveyPage) -> str:
    view = page.session.view()
    return view.name if view is not None else page.session.screen


def test_a_participant_answers_the_whole_survey_in_portuguese_by_mouse_and_keyboard(
        qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow]) -> None:
    window, page = _start(qtbot, db, clock, kiosks)
    assert window.isFullScreen() and page.welcome.start.text() == "Start"
    click(qtbot, page.welcome.language_button("pt"))
    assert page.welcome.start.text() == "Começar" and page.welcome.language_button("pt").isChecked()
    click(qtbot, page.welcome.start)
    assert _on(page) == "intro" and page.question.position.text() == "Pergunta 1 de 6"
    _enter(qtbot, page, clock)  # a note: Enter moves on
    assert _on(page) == "before"
    _next(qtbot, page, clock)  # nothing chosen: kindly kept here, in Portuguese
    assert _on(page) == "before"
    assert page.question.problem.text() == "Por favor, responda a esta pergunta para continuar."
    assert page.question.problem.isVisible()
    click(qtbot, page.question.widget.buttons()[0])  # "Sim", by mouse: saved at once
    assert stored(db)[0].answers == {"before": "yes"}
    assert not page.question.problem.isVisible()
    _next(qtbot, page, clock)
    assert _on(page) == "times" and page.question.position.text() == "Pergunta 2 de 7"  # skip logic opened it
    QTest.keyClicks(page.question.widget.edit, "3")
    _enter(qtbot, page, clock)
    assert _on(page) == "distance"
    QTest.keyClicks(page.question.widget.edit, "12,5")  # a decimal comma, as written in Portugal
    _next(qtbot, page, clock)
    assert _on(page) == "topics"
    boxes = page.question.widget.boxes
    click(qtbot, boxes[0])
    click(qtbot, boxes[2])
    _next(qtbot, page, clock)
    assert _on(page) == "better"
    editor = page.question.widget.findChild(QPlainTextEdit)
    QTest.keyClicks(editor, "Mais bancos no jardim")
    _next(qtbot, page, clock)
    QTest.keyClicks(page.question.widget.edit, "200")
    _enter(qtbot, page, clock)
    assert _on(page) == "age" and page.question.problem.text() == phrase("constraint", "pt")
    page.question.widget.edit.selectAll()
    QTest.keyClicks(page.question.widget.edit, "71")
    _enter(qtbot, page, clock)
    assert _on(page) == "score"
    click(qtbot, page.question.widget.group.buttons()[3])
    _next(qtbot, page, clock)
    assert page.session.screen == "finish" and page.finish.send.text() == "Enviar"
    click(qtbot, page.finish.send)
    assert page.session.screen == "thanks" and page.thanks.heading.text() == "Muito obrigado!"
    assert typed_values(window) == [] and not window.findChildren(QuestionWidget)  # nothing left for the next one
    [response] = stored(db)
    assert (response.mode, response.language, response.finished, response.participant_id) == ("kiosk", "pt", True,
                                                                                               None)
    assert response.answers == {"before": "yes", "times": "3", "distance": "12.5", "topics": "jobs care",
                                "better": "Mais bancos no jardim", "age": "71", "score": "4"}
    clock.advance(THANKS_SECONDS)
    window.tick()
    assert page.screen_name() == "welcome" and page.welcome.start.text() == "Start"  # back to the default language
    assert page.welcome.language_button("en").isChecked() and typed_values(window) == []


def test_skip_logic_hides_the_follow_up_and_back_keeps_the_answer(qtbot: Any, db: Database, clock: Clock,
                                                                   kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.start)
    _next(qtbot, page, clock)
    click(qtbot, page.question.widget.buttons()[1])  # "No"
    _next(qtbot, page, clock)
    assert _on(page) == "distance" and page.question.position.text() == "Question 2 of 6"
    clock.advance(1)
    click(qtbot, page.question.back)
    assert _on(page) == "before" and page.question.widget.value() == "no"
    click(qtbot, page.question.widget.buttons()[0])
    _next(qtbot, page, clock)
    assert _on(page) == "times"


@pytest.mark.reliability
def test_fifty_fast_presses_of_next_skip_nothing_and_save_nothing_twice(qtbot: Any, db: Database, clock: Clock,
                                                                        kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.start)
    _next(qtbot, page, clock)
    for _ in range(50):  # nothing chosen yet: every press kept here
        clock.advance(0.01)
        click(qtbot, page.question.next)
    assert _on(page) == "before"
    click(qtbot, page.question.widget.buttons()[0])
    clock.advance(1)
    for _ in range(50):  # 50 presses 5 ms apart: one move only
        clock.advance(0.005)
        click(qtbot, page.question.next)
    assert _on(page) == "times"
    for _ in range(50):  # slow presses on a required question left empty never pass it
        _next(qtbot, page, clock)
    assert _on(page) == "times"
    assert answer_rows(db) == 1 and len(stored(db)) == 1


@pytest.mark.reliability
def test_idle_person_is_asked_then_the_kiosk_returns_to_welcome_keeping_answers_unfinished(
        qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow]) -> None:
    window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.language_button("uk"))
    click(qtbot, page.welcome.start)
    _next(qtbot, page, clock)
    click(qtbot, page.question.widget.buttons()[0])
    _next(qtbot, page, clock)
    QTest.keyClicks(page.question.widget.edit, "4")  # typed, then the person walks away
    clock.advance(105)
    window.tick()
    assert page.screen_name() == "still_there"
    assert (page.still.heading.text(), page.still.big.text()) == ("Ви ще тут?", "15")
    click(qtbot, page.still.button)  # "yes, I am here": the question comes back as it was
    assert page.screen_name() == "question" and page.question.widget.value() == "4"
    clock.advance(105)
    window.tick()
    clock.advance(15)
    window.tick()
    assert page.screen_name() == "welcome" and typed_values(window) == []
    [left] = Services.of(db).responses.unfinished()
    assert left.answer_count == 2 and left.language == "uk"
    assert stored(db)[0].answers == {"before": "yes", "times": "4"}


def test_an_unfinished_response_is_resumed_where_it_stopped(qtbot: Any, db: Database, clock: Clock,
                                                             kiosks: list[KioskWindow]) -> None:
    setup = make_setup(db)
    responses = Services.of(db).responses
    started = responses.start(setup.survey_id, workshop_id=setup.workshop_id, activity_id=setup.activity_id,
                              language="pt", mode="kiosk")
    for name, value in (("before", "yes"), ("times", "2"), ("distance", "3,5")):
        responses.save_answer(started.id, name, value)  # the battery died here
    window = open_kiosk(qtbot, setup, clock, resume_response_id=started.id)
    kiosks.append(window)
    page = window.page
    assert _on(page) == "topics" and page.question.next.text() == "Seguinte"
    clock.advance(1)
    click(qtbot, page.question.back)
    assert _on(page) == "distance" and page.question.widget.value() == "3.5"


def test_long_pasted_and_right_to_left_text_round_trips(qtbot: Any, db: Database, clock: Clock,
                                                        kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.language_button("ar"))
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    click(qtbot, page.welcome.start)
    _next(qtbot, page, clock)
    assert page.question.widget.texts.label == "هل حضرت إحدى ورشاتنا من قبل؟"
    click(qtbot, page.question.widget.buttons()[1])
    for _ in range(3):
        _next(qtbot, page, clock)
    assert _on(page) == "better"
    editor = page.question.widget.findChild(QPlainTextEdit)
    assert editor.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
    words = "الحديقة تحتاج إلى مقاعد، Хочу курси 🇺🇦 👩🏽‍💻 "
    story = (words * (MAX_ANSWER // len(words) + 1))[:MAX_ANSWER - 2]
    editor.setPlainText("\x00" + story + "\x07\r\n")  # pasted, with control characters
    _next(qtbot, page, clock)
    assert _on(page) == "age"
    assert stored(db)[0].answers["better"] == story.strip()
    clock.advance(1)
    click(qtbot, page.question.back)
    assert page.question.widget.value() == story.strip()
    editor = page.question.widget.findChild(QPlainTextEdit)
    editor.setPlainText(story + "xxxx")  # one character too many is refused with a sentence, not cut
    _next(qtbot, page, clock)
    assert _on(page) == "better" and page.question.problem.text() == phrase("too_long", "ar")
    assert stored(db)[0].answers["better"] == story.strip()


def test_people_type_in_their_own_script_whatever_language_the_survey_shows(
        qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow]) -> None:
    window, page = _start(qtbot, db, clock, kiosks)
    for language, text in (("en", "Більше вечірніх курсів, будь ласка 🙏"), ("ar", "نريد دروسًا في المساء")):
        click(qtbot, page.welcome.language_button(language))
        click(qtbot, page.welcome.start)
        _next(qtbot, page, clock)
        click(qtbot, page.question.widget.buttons()[1])
        for _ in range(3):
            _next(qtbot, page, clock)
        type_text(page.question.widget.findChild(QPlainTextEdit), text)
        _next(qtbot, page, clock)
        QTest.keyClicks(page.question.widget.edit, "40")
        _next(qtbot, page, clock)
        _next(qtbot, page, clock)
        click(qtbot, page.finish.send)
        clock.advance(THANKS_SECONDS)
        window.tick()
        assert page.screen_name() == "welcome" and typed_values(window) == []
    assert [(r.language, r.answers["better"], r.finished) for r in stored(db)] == [
        ("en", "Більше вечірніх курсів, будь ласка 🙏", True), ("ar", "نريد دروسًا في المساء", True)]


def test_a_survey_that_needs_a_code_asks_for_it(qtbot: Any, db: Database, clock: Clock,
                                                kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks, form=kiosk_form(allow_anonymous=False))
    assert not page.code.isVisible() and not page.welcome.code.isVisible()
    person = Services.of(db).participants.register(consents=["take_part"], recorded_by="Ana")
    click(qtbot, page.welcome.language_button("pt"))
    click(qtbot, page.welcome.start)
    assert page.screen_name() == "code" and page.code.heading.text() == phrase("code_title", "pt")
    QTest.keyClicks(page.code.field, "999")
    qtbot.keyClick(page.code.field, Qt.Key.Key_Return)
    assert page.code.problem.text() == phrase("unknown_code", "pt")
    page.code.field.clear()
    for digit in str(int(person.code.split("-")[1])):  # "P-0001" typed as "1" on the big keys
        click(qtbot, next(k for k in page.code.findChildren(type(page.code.go)) if k.text() == digit))
    click(qtbot, page.code.go)
    assert _on(page) == "intro" and page.session.participant_code == person.code
