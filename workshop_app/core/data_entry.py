"""Data entry of paper questionnaires as plain logic: the whole survey as one keyboard form, paper after paper.

The same saver and the same checks as the kiosk (``prepare_answer``), so a paper answer that the kiosk would
refuse is refused here too. What differs: every question that applies is listed at once, Tab/Enter moves to
the next one that applies, nothing is debounced (a facilitator types fast on purpose), and the response is
created as soon as a paper is begun, because the paper exists.
"""

from __future__ import annotations

from workshop_app.core.forms import AnswerProblem, FormLogic, FormState, Slot, check_answer
from workshop_app.core.forms.logic import Instance
from workshop_app.core.question_view import QuestionView, answerable_slots, fill_repeats, progress, question_view
from workshop_app.core.response_rules import ResponseData, ResponseSaver, SavedAnswer
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


class DataEntrySession:
    """The facilitator typing in paper questionnaires of one survey, one after the other."""

    def __init__(self, saver: ResponseSaver, logic: FormLogic, survey_id: str, *, workshop_id: str | None = None,
                 activity_id: str | None = None, language: str | None = None) -> None:
        self.saver = saver
        self.logic = logic
        self.survey_id = survey_id
        self.workshop_id = workshop_id
        self.activity_id = activity_id
        self.language = language or logic.form.default_language
        self.response: ResponseData | None = None
        self.state: FormState | None = None
        self.entered = 0
        """Papers finished in this session."""

    def begin(self, participant_code: str | None = None) -> ResponseData:
        """Start the next paper, under the code written on it or anonymous (where the survey allows)."""
        participant_id = self.saver.identify(participant_code)[0] if participant_code else None
        self.response = self.saver.start(self.survey_id, workshop_id=self.workshop_id, activity_id=self.activity_id,
                                         participant_id=participant_id, language=self.language, mode="data_entry")
        self.state = self.logic.new_state(language=self.language)
        fill_repeats(self.state)
        return self.response

    def resume(self, response_id: str) -> ResponseData:
        """Continue a paper typed in part (before a crash, or put aside)."""
        self.response = self.saver.get(response_id)
        self.state = self.saver.load_state(response_id)
        fill_repeats(self.state)
        return self.response

    def fields(self) -> list[QuestionView]:
        """Every question that applies now, in form order, with what was typed so far."""
        state = self._state()
        return [question_view(state, slot, self.language) for slot in answerable_slots(state)]

    def set(self, name: str, value: object, instance: Instance = ()) -> SavedAnswer:
        """Save one field at once; ``AnswerRejected`` (with a sentence) when it cannot be kept."""
        state = self._state()
        assert self.response is not None
        saved = self.saver.save_answer(self.response.id, name, value, tuple(instance))
        if saved.value:
            state.set_answer(name, saved.value, tuple(instance))
        else:
            state.clear_answer(name, tuple(instance))
        fill_repeats(state)
        return saved

    def next_field(self, current: Slot | None) -> Slot | None:
        """The field after ``current`` that applies (the first one for None): where Tab goes."""
        state = self._state()
        applicable = set(answerable_slots(state))
        every = state.slots(relevant_only=False)
        start = 0
        if current is not None:
            current = Slot(current[0], tuple(current[1]))
            start = every.index(current) + 1 if current in every else 0
        return next((slot for slot in every[start:] if slot in applicable), None)

    def problems(self) -> dict[Slot, AnswerProblem]:
        """Fields that stop the paper from being finished (required and empty), by slot."""
        state = self._state()
        found = {}
        for slot in answerable_slots(state):
            problem = check_answer(state, slot.name, state.answer(*slot), self.language, slot.instance)
            if problem is not None:
                found[slot] = problem
        return found

    def finish(self) -> ResponseData:
        """Finish this paper (``IncompleteResponse`` names what is missing) and get ready for the next."""
        if self.response is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Begin a paper first."))
        done = self.saver.complete(self.response.id)
        self.entered += 1
        self.response, self.state = None, None
        return done

    def progress(self) -> tuple[int, int]:
        """(answered, applicable) on this paper."""
        found = progress(self._state())
        return found.answered, found.total

    def _state(self) -> FormState:
        if self.state is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Begin a paper first."))
        return self.state
