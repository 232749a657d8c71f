"""A ``ResponseSaver`` that keeps answers in memory: the survey builder's preview, and tests of the kiosk.

It cleans and checks answers exactly like ``ResponseService`` (both use ``prepare_answer``), so a preview
refuses what the real kiosk refuses. Nothing is written anywhere.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, timezone

from workshop_app.core.forms import DEFAULT_MESSAGES, FormLogic, FormState, Slot, is_required, missing_required
from workshop_app.core.forms.logic import Instance
from workshop_app.core.response_rules import (
    AnswerProblem,
    AnswerRejected,
    IdentityRefused,
    IncompleteResponse,
    ResponseData,
    SavedAnswer,
    as_instance,
    missing_message,
    prepare_answer,
    validate_mode,
)
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text


class MemorySaver:
    """Runs surveys given as ``FormLogic`` by id; ``participants`` maps codes to (id, consented)."""

    def __init__(self, surveys: dict[str, FormLogic], participants: dict[str, tuple[str, bool]] | None = None,
                 *, allow_anonymous: bool = True) -> None:
        self.surveys = surveys
        self.participants = participants or {}
        self.allow_anonymous = allow_anonymous
        self.responses: dict[str, ResponseData] = {}
        self.states: dict[str, FormState] = {}
        self.saves = 0
        """How many answers were written (a test counts these to see that nothing is saved twice)."""
        self._ids = itertools.count(1)

    def start(self, survey_id: str, *, workshop_id: str | None = None, participant_id: str | None = None,
              language: str, mode: str, activity_id: str | None = None) -> ResponseData:
        """Begin a response in memory."""
        validate_mode(mode)
        logic = self.surveys.get(survey_id)
        if logic is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That survey no longer exists."))
        if participant_id is None and not self.allow_anonymous:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This survey cannot be answered anonymously; a participant "
                                                        "code is needed."))
        code = next((c for c, (pid, _) in self.participants.items() if pid == participant_id), "")
        data = ResponseData(f"response-{next(self._ids)}", survey_id, workshop_id, activity_id, participant_id, code,
                            language, mode, _now(), None)
        self.responses[data.id] = data
        self.states[data.id] = logic.new_state(language=language)
        return data

    def get(self, response_id: str) -> ResponseData:
        """The response with this id."""
        return self._response(response_id)

    def load_state(self, response_id: str) -> FormState:
        """A copy of the response's answers as a new state."""
        state = self._state(response_id)
        answers = {(slot.name, ".".join(map(str, slot.instance))): value for slot, value in _raw(state).items()}
        return state.logic.new_state(answers, language=self._response(response_id).language)

    def save_answer(self, response_id: str, question_name: str, value: object,
                    instance: str | Instance = "") -> SavedAnswer:
        """Clean, check and keep one answer."""
        inst, inst_text = as_instance(instance)
        state = self._state(response_id)
        text = prepare_answer(state, question_name, value, inst)
        if text:
            state.set_answer(question_name, text, inst)
            self.saves += 1
        else:
            self.clear_answer(response_id, question_name, inst)
        return SavedAnswer(response_id, question_name, inst_text, text, _now())

    def clear_answer(self, response_id: str, question_name: str, instance: str | Instance = "") -> None:
        """Forget one answer."""
        inst, _ = as_instance(instance)
        state = self._state(response_id)
        if self._response(response_id).completed_at is not None and is_required(state, question_name, inst):
            raise AnswerRejected(AnswerProblem("required", DEFAULT_MESSAGES["required"]))
        state.clear_answer(question_name, inst)

    def set_language(self, response_id: str, language: str) -> None:
        """Switch the response's language."""
        data = self._response(response_id)
        self.responses[response_id] = _replace(data, language=language)
        self._state(response_id).language = language

    def complete(self, response_id: str) -> ResponseData:
        """Finish the response, or say which required questions are still empty."""
        state = self._state(response_id)
        missing = missing_required(state)
        if missing:
            raise IncompleteResponse(missing_message([state.label(s.name, None, s.instance) or s.name
                                                      for s in missing]), missing)
        data = _replace(self._response(response_id), completed_at=_now())
        self.responses[response_id] = data
        return data

    def identify(self, code: str) -> tuple[str, str]:
        """The participant with this code, if they consented."""
        found = self.participants.get(code.strip().upper())
        if found is None:
            raise IdentityRefused("unknown_code", Text("errors", QT_TRANSLATE_NOOP("errors", "No one has the code "
                                                                                   "“{code}”."), code=code))
        if not found[1]:
            raise IdentityRefused("no_consent", Text("errors", QT_TRANSLATE_NOOP("errors", "{code} has not consented "
                                                                                 "to take part."), code=code))
        return found[0], code.strip().upper()

    def latest_for(self, survey_id: str, participant_id: str, *, workshop_id: str | None = None,
                   activity_id: str | None = None) -> ResponseData | None:
        """The participant's latest response to the survey, if any."""
        found = [r for r in self.responses.values() if r.survey_id == survey_id and r.participant_id == participant_id
                 and (workshop_id is None or r.workshop_id == workshop_id)]
        return found[-1] if found else None

    def _response(self, response_id: str) -> ResponseData:
        if response_id not in self.responses:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That response no longer exists."))
        return self.responses[response_id]

    def _state(self, response_id: str) -> FormState:
        self._response(response_id)
        return self.states[response_id]


def _raw(state: FormState) -> dict[Slot, str]:
    return {Slot(state.logic.rows[index].name, inst): value for (index, inst), value in state.raw.items()}


def _replace(data: ResponseData, **changes: object) -> ResponseData:
    return replace(data, **changes)  # type: ignore[arg-type]


def _now() -> datetime:
    return datetime.now(timezone.utc)
