"""The kiosk as plain logic: welcome → language → code or anonymous → one question at a time → finish → thanks.

The kiosk screen (Qt, elsewhere) draws ``KioskSession.screen`` and ``view()`` and calls ``next()``, ``back()``,
``answer()``, ``finish()``; a one-second timer calls ``tick()``. Every answer goes to the saver as it is given.

Decisions:
- The response is created with the first answer, so a person who picks a language and walks away leaves no
  empty response behind.
- "Next" refuses to pass a required question without an answer (``Move.problem`` says it kindly, with a
  ``kind`` the screen can translate) and follows skip logic. Presses closer together than ``debounce`` are
  ignored, so a double tap cannot skip a question by accident.
- Idle: after ``idle_timeout`` seconds without input the kiosk returns to the welcome screen. Answers given
  stay saved and the response stays unfinished (it was never "sent"); the facilitator can resume it from the
  unfinished list. The screen may warn during the last ``idle_warning`` seconds (``idle_warning_left()``).
- After finish the person's answers leave memory at once; a thank-you shows for ``thanks_seconds``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from workshop_app.core.events import Event
from workshop_app.core.forms import AnswerProblem, FormLogic, FormState, Slot, check_answer, missing_required
from workshop_app.core.pin import PinGuard, PinResult
from workshop_app.core.question_view import Progress, QuestionView, fill_repeats, progress, question_view
from workshop_app.core.response_rules import (
    AnswerRejected,
    IdentityRefused,
    IncompleteResponse,
    ResponseSaver,
    SavedAnswer,
)
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

WELCOME, QUESTION, FINISH, THANKS = "welcome", "question", "finish", "thanks"
SCREENS = (WELCOME, QUESTION, FINISH, THANKS)
IDLE_TIMEOUT = 120.0
IDLE_WARNING = 20.0
THANKS_SECONDS = 6.0
DEBOUNCE = 0.3


@dataclass(frozen=True)
class Move:
    """What a press of next/back/finish did: ``moved``, or the ``problem`` that kept the person here."""

    moved: bool
    problem: AnswerProblem | None = None
    ignored: bool = False
    """True when the press came too soon after the last one and was ignored."""


class KioskSession:
    """One kiosk running one survey for person after person; see the module's notes for the decisions."""

    def __init__(self, saver: ResponseSaver, logic: FormLogic, survey_id: str, *, workshop_id: str | None = None,
                 activity_id: str | None = None, allow_anonymous: bool | None = None,
                 idle_timeout: float = IDLE_TIMEOUT, idle_warning: float = IDLE_WARNING,
                 thanks_seconds: float = THANKS_SECONDS, debounce: float = DEBOUNCE,
                 clock: Callable[[], float] = time.monotonic, pin_guard: PinGuard | None = None) -> None:
        self.saver = saver
        self.logic = logic
        self.survey_id = survey_id
        self.workshop_id = workshop_id
        self.activity_id = activity_id
        self.allow_anonymous = logic.form.allow_anonymous if allow_anonymous is None else allow_anonymous
        self.idle_timeout = idle_timeout
        self.idle_warning = idle_warning
        self.thanks_seconds = thanks_seconds
        self.debounce = debounce
        self.pin_guard = pin_guard
        self._clock = clock
        self.changed = Event()
        """Emitted (with the screen name) whenever the screen changes, also when ``tick()`` resets it."""
        self.finished_count = 0
        self._reset_fields()
        self._last_input = self._last_move = clock()
        self._last_move -= debounce

    def _reset_fields(self) -> None:
        self.screen = WELCOME
        self.language = self.logic.form.default_language
        self.state: FormState | None = None
        self.current: Slot | None = None
        self.response_id: str | None = None
        self.participant_id: str | None = None
        self.participant_code = ""
        self._screen_since = self._clock()

    # -- welcome -------------------------------------------------------------------------------------------
    def languages(self) -> list[tuple[str, str]]:
        """The survey's languages as (code, name to show), for the picker on the welcome screen."""
        form = self.logic.form
        return [(code, form.language_name(code)) for code in form.languages]

    def choose_language(self, code: str) -> None:
        """Show the survey in another language (on the welcome screen or part-way)."""
        self.touch()
        if code not in self.logic.form.languages:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This survey is not available in '{code}'."), code=code)
        self.language = code
        if self.state is not None:
            self.state.language = code
        if self.response_id is not None:
            self.saver.set_language(self.response_id, code)
        self.changed.emit(self.screen)

    def start_anonymous(self) -> None:
        """Begin without a participant code, where the survey allows it."""
        self.touch()
        if not self.allow_anonymous:
            raise IdentityRefused("code_needed", QT_TRANSLATE_NOOP("errors", "This survey needs your participant "
                                                                         "code."))
        self._begin(None, "")

    def start_with_code(self, code: str) -> None:
        """Begin under a participant code: refused kindly for an unknown code, without consent, or when the
        person already finished this survey; an unfinished response of theirs is resumed instead."""
        self.touch()
        participant_id, shown = self.saver.identify(code)
        earlier = self.saver.latest_for(self.survey_id, participant_id, workshop_id=self.workshop_id,
                                        activity_id=self.activity_id)
        if earlier is not None and earlier.completed_at is not None:
            raise IdentityRefused("already_answered", Text("errors", QT_TRANSLATE_NOOP(
                "errors", "{code} has already answered this survey. Thank you!"), code=shown))
        if earlier is not None:
            chosen = self.language  # the language picked on the welcome screen just now wins
            self.resume(earlier.id)
            if chosen != earlier.language:
                self.saver.set_language(earlier.id, chosen)
                self.language = chosen
                if self.state is not None:
                    self.state.language = chosen
            return
        self._begin(participant_id, shown)

    def resume(self, response_id: str) -> None:
        """Continue an unfinished response (after a crash, or a person who came back) after the last question
        answered."""
        data = self.saver.get(response_id)
        if data.survey_id != self.survey_id:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That response belongs to another survey."))
        if data.completed_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That response is already finished."))
        self.touch()
        self.state = self.saver.load_state(response_id)
        self.response_id, self.participant_id, self.participant_code = data.id, data.participant_id, \
            data.participant_code
        self.language = data.language
        fill_repeats(self.state)
        answered = [slot for slot in self.state.slots() if self.state.answer(*slot) != ""]
        start = self.state.next_slot(answered[-1]) if answered else self.state.next_slot(None)
        self._show(start)

    def _begin(self, participant_id: str | None, code: str) -> None:
        self.participant_id, self.participant_code = participant_id, code
        self.state = self.logic.new_state(language=self.language)
        fill_repeats(self.state)
        self._show(self.state.next_slot(None))

    # -- questions -----------------------------------------------------------------------------------------
    def view(self) -> QuestionView | None:
        """The question on screen, or None on the other screens."""
        if self.screen != QUESTION or self.state is None or self.current is None:
            return None
        return question_view(self.state, self.current, self.language)

    def progress(self) -> Progress:
        """Answered among the questions that apply, and the current one's number."""
        if self.state is None:
            return Progress(0, 0, 0)
        return progress(self.state, self.current if self.screen == QUESTION else None)

    def answer(self, value: object) -> SavedAnswer:
        """Save the answer to the question on screen now (an empty value takes it back).

        Raises ``AnswerRejected`` (``problem.kind`` + sentence) when it cannot be kept; nothing changes then.
        """
        self.touch()
        if self.screen != QUESTION or self.state is None or self.current is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "There is no question on screen to answer."))
        slot = self.current
        if self.response_id is None:
            data = self.saver.start(self.survey_id, workshop_id=self.workshop_id, activity_id=self.activity_id,
                                    participant_id=self.participant_id, language=self.language, mode="kiosk")
            self.response_id = data.id
        saved = self.saver.save_answer(self.response_id, slot.name, value, slot.instance)
        if saved.value:
            self.state.set_answer(slot.name, saved.value, slot.instance)
        else:
            self.state.clear_answer(slot.name, slot.instance)
        fill_repeats(self.state)  # a repeat_count just answered: "next" walks into the instances it asks for
        return saved

    def next(self, value: object | None = None) -> Move:
        """Go to the next question that applies, saving ``value`` first when given (a text box's content).

        Stays, with the problem, on a required question left empty or a value that cannot be kept.
        """
        if self.screen != QUESTION or self.state is None or self.current is None:
            return Move(False)
        if self._too_soon():
            return Move(False, ignored=True)
        if value is not None and value != self.state.answer(*self.current):  # unchanged: already on disk
            try:
                self.answer(value)
            except AnswerRejected as refused:
                return Move(False, refused.problem)
        slot = self.current
        problem = check_answer(self.state, slot.name, self.state.answer(*slot), self.language, slot.instance)
        if problem is not None:
            return Move(False, problem)
        self._moved()
        self._show(self.state.next_slot(slot))
        return Move(True)

    def back(self) -> Move:
        """Go to the previous question that applies (from the finish screen: the last one)."""
        if self.state is None or self.screen not in (QUESTION, FINISH):
            return Move(False)
        if self._too_soon():
            return Move(False, ignored=True)
        if self.screen == FINISH:
            before = _last(self.state)
        else:
            assert self.current is not None
            before = self.state.previous_slot(self.current)
        if before is None:
            return Move(False)
        self._moved()
        self.current, self.screen = before, QUESTION
        self._changed()
        return Move(True)

    def finish(self) -> Move:
        """Send the response and clear the screen for the next person; refused, showing the first missing
        required question, while one is empty."""
        if self.state is None or self.screen not in (QUESTION, FINISH):
            return Move(False)
        self.touch()
        try:
            if self.response_id is not None:
                self.saver.complete(self.response_id)
            else:
                missing = missing_required(self.state)
                if missing:
                    raise IncompleteResponse("", missing)
        except IncompleteResponse as incomplete:
            first = incomplete.missing[0]
            self.current, self.screen = first, QUESTION
            self._changed()
            return Move(False, check_answer(self.state, first.name, "", self.language, first.instance))
        self.finished_count += 1
        self._reset_fields()
        self.screen = THANKS
        self._changed()
        return Move(True)

    # -- time ----------------------------------------------------------------------------------------------
    def touch(self) -> None:
        """Note that the person did something (any key, click or touch), which postpones the idle reset."""
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        """Seconds since the last input."""
        return self._clock() - self._last_input

    def idle_warning_left(self) -> float | None:
        """Seconds until the idle reset while within the warning window ("Are you still there?"), else None."""
        if self.screen not in (QUESTION, FINISH):
            return None
        left = self.idle_timeout - self.idle_seconds()
        return max(0.0, left) if left <= self.idle_warning else None

    def tick(self) -> bool:
        """Call about once a second: ends the thank-you screen and abandons an idle person's screen.

        Returns True when it went back to the welcome screen.
        """
        now = self._clock()
        if self.screen == THANKS and now - self._screen_since >= self.thanks_seconds:
            self.reset()
            return True
        idle = now - self._last_input >= self.idle_timeout
        if idle and (self.screen in (QUESTION, FINISH)
                     or (self.screen == WELCOME and self.language != self.logic.form.default_language)):
            self.reset()
            return True
        return False

    def reset(self) -> None:
        """Back to the welcome screen with nothing of the last person in memory (saved answers stay saved)."""
        self._reset_fields()
        self.touch()
        self._changed()

    # -- leaving the kiosk -----------------------------------------------------------------------------------
    def unlock(self, pin: str) -> PinResult:
        """Check the facilitator's PIN to leave the kiosk; wrong PINs make the next try wait longer."""
        if self.pin_guard is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This kiosk has no PIN; set one for the workshop first."))
        return self.pin_guard.attempt(pin)

    # -- helpers ---------------------------------------------------------------------------------------------
    def _show(self, slot: Slot | None) -> None:
        self.current = slot
        self.screen = QUESTION if slot is not None else FINISH
        self._changed()

    def _changed(self) -> None:
        self._screen_since = self._clock()
        self.changed.emit(self.screen)

    def _too_soon(self) -> bool:
        self.touch()
        return self._clock() - self._last_move < self.debounce

    def _moved(self) -> None:
        self._last_move = self._clock()


def _last(state: FormState) -> Slot | None:
    slots = state.slots()
    return slots[-1] if slots else None


__all__ = ["DEBOUNCE", "FINISH", "IDLE_TIMEOUT", "QUESTION", "SCREENS", "THANKS", "WELCOME", "KioskSession", "Move"]
