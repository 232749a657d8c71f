"""The survey at the kiosk: welcome and language → (code) → one question at a time → Send → thank you → welcome.

The rules (required, skip logic, debounced presses, idle, resume) are ``core.kiosk.KioskSession``'s; this page
draws its screens and passes on what the person does. Every answer is saved by the session the moment it is
given. When the session leaves a person's screens, their question widget is thrown away, and easy read (which the
person may have turned on at the welcome screen, see ``kiosk_easy_read``) is turned off for the next person.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStackedLayout, QWidget

from workshop_app.core.kiosk import FINISH, QUESTION, THANKS, WELCOME, KioskSession
from workshop_app.core.pin import PinGuard
from workshop_app.core.response_rules import AnswerRejected, IdentityRefused
from workshop_app.errors import UserError
from workshop_app.ui.kiosk_common import THANKS_SECONDS, KioskPage, MessageScreen, big_button, button_row, column, label
from workshop_app.ui.kiosk_easy_read import EasyRead
from workshop_app.ui.kiosk_phrases import direction, phrase, problem_text
from workshop_app.ui.kiosk_pictograms import choice_pictograms
from workshop_app.ui.kiosk_question import QuestionScreen
from workshop_app.ui.kiosk_welcome import CodeScreen, WelcomeScreen

if TYPE_CHECKING:
    from workshop_app.core.kiosk_activity import KioskActivity
    from workshop_app.core.services import Services


class FinishScreen(QWidget):
    """After the last question: Back, or Send."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskFinish")
        layout = column(self, 900, top=2, bottom=3)
        self.heading = label("", self, "kioskHeading", centred=True)
        self.text = label("", self, "kioskText", centred=True)
        self.back = big_button("", self, name="kioskBack")
        self.send = big_button("", self, primary=True, name="kioskSend")
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        layout.addLayout(button_row(self.back, self.send))

    def show_language(self, language: str, *, easy: bool = False) -> None:
        """Say everything in ``language`` (in easy read with ``easy``)."""
        self.heading.setText(phrase("finish_title", language, easy=easy))
        self.text.setText(phrase("finish_text", language, easy=easy))
        self.back.setText(phrase("back", language))
        self.send.setText(phrase("send", language))


class KioskSurveyPage(KioskPage):
    """A survey agenda item at the kiosk, person after person."""

    def __init__(self, services: Services, activity: KioskActivity, *, clock: Callable[[], float],
                 pin_guard: PinGuard | None = None, resume_response_id: str | None = None,
                 parent: Any = None) -> None:
        super().__init__(clock, parent)
        if not activity.survey_id:
            raise UserError(self.tr("Choose which survey this agenda item runs before starting the kiosk."))
        self.responses = services.responses
        logic = self.responses.logic(activity.survey_id)
        self.session = KioskSession(self.responses, logic, activity.survey_id, workshop_id=activity.workshop_id,
                                    activity_id=activity.id, thanks_seconds=THANKS_SECONDS, clock=clock,
                                    pin_guard=pin_guard)
        self.welcome = WelcomeScreen(self)
        self.welcome.set_survey(activity.workshop_title, self.session.languages(),
                                allow_anonymous=self.session.allow_anonymous)
        self.code = CodeScreen(self)
        self.question = QuestionScreen(self)
        self.finish = FinishScreen(self)
        self.thanks = MessageScreen(self, name="kioskThanks")
        self.still = MessageScreen(self, name="kioskStillThere")
        self.stack = QStackedLayout(self)
        for screen in (self.welcome, self.code, self.question, self.finish, self.thanks, self.still):
            self.stack.addWidget(screen)
        self.welcome.language_picked.connect(self._pick_language)
        self.welcome.start_clicked.connect(self._start)
        self.welcome.code_clicked.connect(self._ask_code)
        self.code.submitted.connect(self._start_with_code)
        self.code.back.connect(self._back_to_welcome)
        self.question.answered.connect(self._answer)
        self.question.next_clicked.connect(self._next)
        self.question.back_clicked.connect(self._back)
        self.finish.back.clicked.connect(self._back)
        self.finish.send.clicked.connect(self._send)
        self.still.button.clicked.connect(self.touch)
        self.welcome.easy_read_toggled.connect(self.set_easy_read)
        self.easy_read = EasyRead(self)
        for button, pictogram in ((self.welcome.start, "start"), (self.welcome.code, "code"),
                                  (self.code.back_button, "back"), (self.code.go, "next"),
                                  (self.question.back, "back"), (self.question.next, "next"),
                                  (self.finish.back, "back"), (self.finish.send, "finish"),
                                  (self.still.button, "yes")):
            self.easy_read.decorate(button, pictogram)
        self._shown = WELCOME
        self._thanks_language = self.session.language
        self.session.changed.connect(self._render)
        if resume_response_id:
            self.session.resume(resume_response_id)
        else:
            self._render(self.session.screen)

    @property
    def language(self) -> str:
        return self.session.language

    @property
    def easy(self) -> bool:
        """Whether easy read is on for the person at the kiosk."""
        return self.easy_read.on

    def set_easy_read(self, on: bool) -> None:
        """Turn easy read on or off for this person (the welcome screen's toggle)."""
        self.touch()
        if self.easy_read.set(on) and self.session.screen == WELCOME and self.stack.currentWidget() is self.welcome:
            self.welcome.show_language(self.session.language, easy=on)
            self.code.show_language(self.session.language, easy=on)
            self.easy_read.refresh()
            if on:
                QTimer.singleShot(0, self.welcome.show_start)  # once the bigger screen is laid out

    # -- drawing -----------------------------------------------------------------------------------------
    def _render(self, screen: str) -> None:
        language = self.session.language
        if screen == WELCOME and self._shown != WELCOME:
            self.easy_read.set(False)  # a person's screens ended: the next one starts with the ordinary kiosk
        self._shown = screen
        easy = self.easy_read.on
        self.setLayoutDirection(direction(language))
        self._render_screen(screen, language, easy)
        self.easy_read.refresh()
        if screen == QUESTION:
            self.question.fit_card()  # easy read spaces the new question's rows out: the card grows with them

    def _render_screen(self, screen: str, language: str, easy: bool) -> None:
        if screen != QUESTION:
            self.question.clear()
        if screen == WELCOME:
            self.code.clear()
            self.welcome.show_language(language, easy=easy)
            self.code.show_language(language, easy=easy)
            if self.stack.currentWidget() is not self.code:
                self.stack.setCurrentWidget(self.welcome)
            return
        if screen == QUESTION:
            view = self.session.view()
            assert view is not None
            pictograms = choice_pictograms(view, self.session.logic.form, language, easy=easy)
            self.question.show_question(view, language, self.session.progress(), pictograms=pictograms)
            self.stack.setCurrentWidget(self.question)
            self.question.focus_answer()
        elif screen == FINISH:
            self.finish.show_language(language, easy=easy)
            self.stack.setCurrentWidget(self.finish)
            self.finish.send.setFocus()
        elif screen == THANKS:
            self.code.clear()
            said = self._thanks_language
            self.setLayoutDirection(direction(said))
            self.thanks.show_texts(phrase("thanks", said), phrase("thanks_text", said, easy=easy))
            self.stack.setCurrentWidget(self.thanks)

    def screen_name(self) -> str:
        """What is on screen: a session screen, ``code`` or ``still_there``."""
        current = self.stack.currentWidget()
        if current is self.code:
            return "code"
        if current is self.still:
            return "still_there"
        return self.session.screen

    # -- welcome -----------------------------------------------------------------------------------------
    def _pick_language(self, code: str) -> None:
        self.session.choose_language(code)

    def _start(self) -> None:
        try:
            self.session.start_anonymous()
        except IdentityRefused:
            self._ask_code()

    def _ask_code(self) -> None:
        self.session.touch()
        self.code.clear()
        self.code.show_language(self.session.language, easy=self.easy)
        self.stack.setCurrentWidget(self.code)
        self.code.field.setFocus()

    def _back_to_welcome(self) -> None:
        self.code.clear()
        self.stack.setCurrentWidget(self.welcome)

    def _start_with_code(self, code: str) -> None:
        language = self.session.language
        if not code:
            self.code.show_problem(phrase("code_needed", language, easy=self.easy))
            return
        try:
            self.session.start_with_code(code)
        except IdentityRefused as refused:
            self.code.show_problem(phrase(refused.kind, language, easy=self.easy) if refused.kind in (
                "unknown_code", "no_consent", "already_answered", "code_needed") else str(refused))
        except UserError:
            self.code.show_problem(phrase("trouble", language, easy=self.easy))
        else:
            self.code.clear()

    # -- questions ---------------------------------------------------------------------------------------
    def _answer(self, value: str) -> None:
        """A choice picked or a pause in typing: save it now (a value that cannot be kept waits for Next)."""
        if self.session.screen != QUESTION or self.question.view is None:
            return
        state = self.session.state
        if state is None or value == state.answer(*self.question.view.slot):
            return
        try:
            self.session.answer(value)
        except AnswerRejected as refused:
            if self.question.view.type not in ("text", "integer", "decimal"):
                self._show_problem(refused.problem.kind, refused.problem.message, refused.problem.from_form)
            return
        self.question.update_progress(self.session.language, self.session.progress())

    def _next(self) -> None:
        if self.stack.currentWidget() is not self.question:
            return
        move = self.session.next(self.question.value())
        if move.problem is not None:
            self._show_problem(move.problem.kind, move.problem.message, move.problem.from_form)

    def _back(self) -> None:
        if self.session.screen == QUESTION:
            problem = self._keep_typed()
            if problem is not None:
                self._show_problem(*problem)
                return
        move = self.session.back()
        if not move.moved and not move.ignored and self.session.response_id is None:
            self.session.reset()  # Back on the first question, nothing answered: the welcome screen again

    def _send(self) -> None:
        self._thanks_language = self.session.language  # finishing forgets the person's language at once
        move = self.session.finish()
        if move.problem is not None:
            self._show_problem(move.problem.kind, move.problem.message, move.problem.from_form)

    def _keep_typed(self) -> tuple[str, str, bool] | None:
        """Save what is on screen if it changed; the problem when it cannot be kept."""
        value, view, state = self.question.value(), self.question.view, self.session.state
        if value is None or view is None or state is None or value == state.answer(*view.slot):
            return None
        try:
            self.session.answer(value)
        except AnswerRejected as refused:
            return refused.problem.kind, refused.problem.message, refused.problem.from_form
        return None

    def _show_problem(self, kind: str, message: str, from_form: bool) -> None:
        self.question.show_problem(problem_text(kind, message, self.session.language, from_form=from_form,
                                                easy=self.easy))

    # -- time --------------------------------------------------------------------------------------------
    def touch(self) -> None:
        super().touch()
        self.session.touch()
        if self.stack.currentWidget() is self.still:
            self._leave_still()

    def _leave_still(self) -> None:
        if self.session.screen == QUESTION and self.question.widget is not None:
            self.stack.setCurrentWidget(self.question)  # the widget still holds what was typed
            self.question.focus_answer()
        else:
            self._render(self.session.screen)

    def tick(self) -> None:
        if self.session.screen in (QUESTION, FINISH) and self.session.idle_seconds() >= self.session.idle_timeout:
            self._keep_typed()  # what the person typed before walking away is kept with their other answers
        self.session.tick()
        left = self.session.idle_warning_left()
        if left is not None:
            if self.stack.currentWidget() is not self.still:
                self._keep_typed()
            language, easy = self.session.language, self.easy
            self.still.show_texts(phrase("still_there", language, easy=easy),
                                  phrase("still_there_text", language, easy=easy), phrase("im_here", language),
                                  big=str(math.ceil(left)))
            self.stack.setCurrentWidget(self.still)
        elif self.stack.currentWidget() is self.still:
            self._leave_still()
        elif self.stack.currentWidget() is self.code and self.idle_for() >= self.session.idle_timeout:
            self.session.reset()
            self._back_to_welcome()
            self.set_easy_read(False)
        elif self.easy and self.session.screen == WELCOME and self.idle_for() >= self.session.idle_timeout:
            self.set_easy_read(False)  # turned on by someone who walked away before starting

    def shut_down(self) -> None:
        if self.session.screen == QUESTION:
            self._keep_typed()
        self.session.reset()
        self.easy_read.set(False)
