"""Responses in the database: start one, save every answer durably the moment it is given, finish, resume.

``save_answer`` is the hot path (a kiosk saves on every click): the survey's ``FormLogic`` is compiled once
and cached, each open response keeps its ``FormState`` in memory for validation, and the write is one short
transaction of Core statements (an UPDATE, and an INSERT only when no row was there) that is committed with
``synchronous=FULL`` before the call returns. UPDATE-then-INSERT is portable and never duplicates a row: the
UPDATE takes SQLite's write lock, so a second save of the same answer waits and then finds the row.

Keep one ``ResponseService`` per open database: its cache assumes it is the one writing answers.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workshop_app.core.consent import refusal_text
from workshop_app.core.events import Event
from workshop_app.core.forms import DEFAULT_MESSAGES, FormLogic, FormState, is_required, missing_required
from workshop_app.core.forms.logic import Instance
from workshop_app.core.participant_rules import code_number, format_code
from workshop_app.core.response_rules import (
    AnswerProblem,
    AnswerRejected,
    IdentityRefused,
    IncompleteResponse,
    ResponseData,
    SavedAnswer,
    UnfinishedResponse,
    as_instance,
    missing_message,
    prepare_answer,
    validate_mode,
)
from workshop_app.core.row_writes import write_tombstones
from workshop_app.core.surveys import SurveyService
from workshop_app.db.base import new_id, utcnow
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Answer, Participant, Question, Response, Survey, Workshop
from workshop_app.db.snapshots import RowSnapshot, delete_with_snapshot, restore_snapshot
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

CACHED_RESPONSES = 64
_ANSWERS = Answer.__table__
_KEY = (_ANSWERS.c.response_id == bindparam("r")) & (_ANSWERS.c.question_id == bindparam("q")) & (
    _ANSWERS.c.instance == bindparam("i"))
# Built once: SQLAlchemy then finds the compiled SQL in its cache on every save.
_UPDATE = update(_ANSWERS).where(_KEY).values(value=bindparam("v"), answered_at=bindparam("t"),
                                              updated_at=bindparam("t"), laptop_id=bindparam("l"))
_INSERT = insert(_ANSWERS).values(id=bindparam("id"), response_id=bindparam("r"), question_id=bindparam("q"),
                                  instance=bindparam("i"), value=bindparam("v"), answered_at=bindparam("t"),
                                  created_at=bindparam("t"), updated_at=bindparam("t"), laptop_id=bindparam("l"))
_DELETE = delete(_ANSWERS).where(_KEY).returning(_ANSWERS.c.id)


@dataclass
class _Compiled:
    """A survey version ready to run: its logic and its question rows' ids by name."""

    logic: FormLogic
    question_ids: dict[str, str]
    names: dict[str, str]


@dataclass
class _Live:
    """An open response: the state its answers so far give, kept up to date by every save."""

    survey_id: str
    compiled: _Compiled
    state: FormState
    language: str
    completed: bool


class ResponseService:
    """Starts, fills, finishes and resumes responses; implements ``ResponseSaver`` for the kiosk.

    ``changed`` carries a response id after start, finish, language change, discard and restore; ``answered``
    carries (response id, question name) after every saved or cleared answer (the projector listens).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()
        self.answered = Event()
        self._surveys: dict[str, _Compiled] = {}
        self._live: OrderedDict[str, _Live] = OrderedDict()
        self._lock = threading.RLock()

    # -- starting ------------------------------------------------------------------------------------------
    def start(self, survey_id: str, *, workshop_id: str | None = None, participant_id: str | None = None,
              language: str, mode: str, activity_id: str | None = None) -> ResponseData:
        """Begin a response; anonymous (no ``participant_id``) only where the survey allows it.

        A participant needs active consent to take part (the refusal is the sentence to show).
        """
        validate_mode(mode)
        with self.db.session() as session:
            survey = _survey(session, survey_id)
            # A version nobody answered yet may have been edited in place since it was compiled.
            fresh = not session.scalar(select(func.count()).where(Response.survey_id == survey_id))
        compiled = self._compiled(survey_id, reload=fresh)
        languages = compiled.logic.form.languages
        if language not in languages:
            raise UserError(QT_TRANSLATE_NOOP("errors", "This survey is not available in '{language}'; it has "
                                                        "{languages}."),
                            language=language, languages=", ".join(languages))
        with self.db.transaction() as session:
            if activity_id is not None:
                activity = get_existing(session, Activity, activity_id, "activity")
                workshop_id = workshop_id or activity.workshop_id
                if activity.workshop_id != workshop_id:
                    raise UserError(QT_TRANSLATE_NOOP("errors", "That activity belongs to another workshop."))
            if workshop_id is not None:
                get_existing(session, Workshop, workshop_id, "workshop")
            if participant_id is None and not survey.allow_anonymous:
                raise UserError(QT_TRANSLATE_NOOP("errors", "“{title}” cannot be answered anonymously; a participant "
                                                            "code is needed."), title=survey.title)
            reason = refusal_text(session, participant_id)
            if reason:
                raise IdentityRefused("no_consent", reason)
            response = Response(survey_id=survey_id, workshop_id=workshop_id, activity_id=activity_id,
                                participant_id=participant_id, language=language, mode=mode, started_at=utcnow())
            session.add(response)
            session.flush()
            data = _data(session, response)
        with self._lock:
            self._remember(data.id, _Live(survey_id, compiled, compiled.logic.new_state(language=language),
                                          language, False))
        self.changed.emit(data.id)
        return data

    def identify(self, code: str) -> tuple[str, str]:
        """The participant a code typed in the kiosk names, as (id, code); ``IdentityRefused`` says why not.

        ``42``, ``p-42`` and ``P-0042`` all name P-0042. A participant without consent to take part is refused.
        """
        typed = " ".join(str(code or "").split())[:40]
        number = code_number(typed) if typed[:2].upper() == "P-" else int(typed) if typed.isdecimal() else None
        wanted = format_code(number) if number is not None else typed
        with self.db.session() as session:
            found = session.execute(select(Participant.id, Participant.code)
                                    .where(func.upper(Participant.code) == wanted.upper())).first()
            if not typed or found is None:
                raise IdentityRefused("unknown_code", Text("errors", QT_TRANSLATE_NOOP(
                    "errors", "No one has the code “{code}”. Check the code on your card, or ask the facilitator."),
                    code=typed))
            reason = refusal_text(session, found.id)
        if reason:
            raise IdentityRefused("no_consent", reason)
        return found.id, found.code

    # -- answering (the hot path) --------------------------------------------------------------------------
    def save_answer(self, response_id: str, question_name: str, value: object,
                    instance: str | Instance = "") -> SavedAnswer:
        """Clean, check and durably save one answer (an empty value clears it); returns what was stored.

        Raises ``AnswerRejected`` with a kind sentence when the value cannot be kept; nothing is written then.
        """
        inst, inst_text = as_instance(instance)
        with self._lock:
            live = self._open(response_id)
            text = prepare_answer(live.state, question_name, value, inst)
            now = utcnow()
            if not text:
                self._clear(response_id, live, question_name, inst, inst_text)
            else:
                params = {"r": response_id, "q": self._question_id(live, question_name), "i": inst_text, "v": text,
                          "t": now, "l": self.db.laptop_id}
                self._write(params)
                live.state.set_answer(question_name, text, inst)
        self.answered.emit(response_id, question_name)
        return SavedAnswer(response_id, question_name, inst_text, text, now)

    def clear_answer(self, response_id: str, question_name: str, instance: str | Instance = "") -> None:
        """Remove an answer (the person took it back); a finished response keeps its required answers."""
        inst, inst_text = as_instance(instance)
        with self._lock:
            live = self._open(response_id)
            live.compiled.logic.row(question_name)  # a sentence for a name the survey does not have
            self._clear(response_id, live, question_name, inst, inst_text)
        self.answered.emit(response_id, question_name)

    def _write(self, params: dict[str, object]) -> None:
        try:
            with self.db.engine.begin() as conn:
                if conn.execute(_UPDATE, params).rowcount == 0:
                    conn.execute(_INSERT, {**params, "id": new_id()})
        except IntegrityError:
            # Another writer inserted the row between our UPDATE and INSERT (possible on a server database,
            # not on SQLite), or the response is gone: the retry tells which.
            with self.db.engine.begin() as conn:
                if conn.execute(_UPDATE, params).rowcount == 0:
                    self._forget(str(params["r"]))
                    raise UserError(QT_TRANSLATE_NOOP("errors", "That response no longer exists.")) from None

    def _clear(self, response_id: str, live: _Live, name: str, inst: Instance, inst_text: str) -> None:
        if live.completed and is_required(live.state, name, inst):
            raise AnswerRejected(AnswerProblem("required", DEFAULT_MESSAGES["required"]))
        now = utcnow()
        with self.db.engine.begin() as conn:
            removed = conn.execute(_DELETE, {"r": response_id, "q": self._question_id(live, name), "i": inst_text})
            write_tombstones(conn, _ANSWERS.name, removed.scalars().all(), laptop_id=self.db.laptop_id, now=now)
        live.state.clear_answer(name, inst)

    @staticmethod
    def _question_id(live: _Live, name: str) -> str:
        question_id = live.compiled.question_ids.get(name)
        if question_id is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The survey has no stored question called '{name}'."),
                            name=name)
        return question_id

    def set_language(self, response_id: str, language: str) -> None:
        """Record that the person switched the survey's language part-way."""
        with self._lock:
            live = self._open(response_id)
            if language not in live.compiled.logic.form.languages:
                raise UserError(QT_TRANSLATE_NOOP("errors", "This survey is not available in '{language}'."),
                                language=language)
            with self.db.transaction() as session:
                _response(session, response_id).language = language
            live.language = live.state.language = language
        self.changed.emit(response_id)

    # -- finishing, resuming -------------------------------------------------------------------------------
    def complete(self, response_id: str) -> ResponseData:
        """Mark a response finished; refused, naming them, while relevant required questions are unanswered.

        Answers to questions that no longer apply (the person changed an earlier answer) are removed, as a
        finished response keeps only what its skip logic shows.
        """
        with self._lock:
            live = self._open(response_id)
            state = live.state
            missing = missing_required(state)
            if missing:
                labels = [state.label(slot.name, live.language, slot.instance) or slot.name for slot in missing]
                raise IncompleteResponse(missing_message(labels), missing)
            stale = [(state.logic.rows[index].name, inst) for (index, inst) in state.raw
                     if not state.relevance.get((index, inst), False)]
            now = utcnow()
            with self.db.transaction() as session:
                response = _response(session, response_id)
                conn = session.connection()
                for name, inst in stale:
                    removed = conn.execute(_DELETE, {"r": response_id, "q": self._question_id(live, name),
                                                     "i": as_instance(inst)[1]}).scalars().all()
                    write_tombstones(conn, _ANSWERS.name, removed, laptop_id=self.db.laptop_id, now=now)
                if response.completed_at is None:
                    response.completed_at = now
                session.flush()
                data = _data(session, response)
            for name, inst in stale:
                state.clear_answer(name, inst)
            live.completed = True
        self.changed.emit(response_id)
        return data

    def get(self, response_id: str) -> ResponseData:
        """One response; ``UserError`` if it no longer exists."""
        with self.db.session() as session:
            return _data(session, _response(session, response_id))

    def load_state(self, response_id: str) -> FormState:
        """A new ``FormState`` holding the response's saved answers, in its language: what a resumed kiosk shows."""
        with self._lock:
            live = self._open(response_id)
            return live.compiled.logic.new_state(_stored_answers(self.db, response_id, live.compiled),
                                                 language=live.language)

    def unfinished(self, workshop_id: str | None = None) -> list[UnfinishedResponse]:
        """Responses nobody finished (of one workshop, or all), the most recently answered first."""
        counts = (select(Answer.response_id, func.count().label("n"), func.max(Answer.answered_at).label("last"))
                  .group_by(Answer.response_id).subquery())
        query = (select(Response, Survey.title, Participant.code, counts.c.n, counts.c.last)
                 .join(Survey, Survey.id == Response.survey_id)
                 .outerjoin(Participant, Participant.id == Response.participant_id)
                 .outerjoin(counts, counts.c.response_id == Response.id)
                 .where(Response.completed_at.is_(None)))
        if workshop_id is not None:
            query = query.where(Response.workshop_id == workshop_id)
        with self.db.session() as session:
            found = [UnfinishedResponse(r.id, r.survey_id, title, r.workshop_id, r.activity_id, code or "",
                                        r.language, r.mode, r.started_at, last, n or 0)
                     for r, title, code, n, last in session.execute(query)]
        return sorted(found, key=lambda u: u.last_answer_at or u.started_at, reverse=True)

    def latest_for(self, survey_id: str, participant_id: str, *, workshop_id: str | None = None,
                   activity_id: str | None = None) -> ResponseData | None:
        """The participant's most recent response to this survey (at this workshop / activity), if any."""
        query = select(Response).where(Response.survey_id == survey_id, Response.participant_id == participant_id)
        if workshop_id is not None:
            query = query.where(Response.workshop_id == workshop_id)
        if activity_id is not None:
            query = query.where(Response.activity_id == activity_id)
        with self.db.session() as session:
            response = session.scalars(query.order_by(Response.started_at.desc()).limit(1)).first()
            return None if response is None else _data(session, response)

    def discard(self, response_id: str) -> RowSnapshot:
        """Delete a response with its answers (leaving tombstones); the snapshot lets ``restore`` undo it."""
        with self._lock:
            with self.db.transaction() as session:
                snapshot = delete_with_snapshot(session, _response(session, response_id))
            self._forget(response_id)
        self.changed.emit(response_id)
        return snapshot

    def restore(self, snapshot: RowSnapshot) -> None:
        """Undo ``discard``."""
        with self.db.transaction() as session:
            restore_snapshot(session, snapshot)
        self.changed.emit(snapshot.rows[0][1]["id"] if snapshot.rows else None)

    def logic(self, survey_id: str) -> FormLogic:
        """The survey version compiled for running (cached): what a ``KioskSession`` needs."""
        return self._compiled(survey_id).logic

    # -- caches --------------------------------------------------------------------------------------------
    def _compiled(self, survey_id: str, *, reload: bool = False) -> _Compiled:
        with self._lock:
            found = None if reload else self._surveys.get(survey_id)
            if found is None:
                logic = FormLogic(SurveyService(self.db).load_form(survey_id))
                with self.db.session() as session:
                    rows = session.execute(select(Question.id, Question.name).where(Question.survey_id == survey_id))
                    ids = {name: question_id for question_id, name in rows}
                found = self._surveys[survey_id] = _Compiled(logic, ids, {v: k for k, v in ids.items()})
            return found

    def _open(self, response_id: str) -> _Live:
        live = self._live.get(response_id)
        if live is not None:
            self._live.move_to_end(response_id)
            return live
        with self.db.session() as session:
            response = _response(session, response_id)
            survey_id, language, completed = response.survey_id, response.language, response.completed_at
        compiled = self._compiled(survey_id)
        state = compiled.logic.new_state(_stored_answers(self.db, response_id, compiled), language=language)
        live = _Live(survey_id, compiled, state, language, completed is not None)
        self._remember(response_id, live)
        return live

    def _remember(self, response_id: str, live: _Live) -> None:
        self._live[response_id] = live
        while len(self._live) > CACHED_RESPONSES:
            self._live.popitem(last=False)

    def _forget(self, response_id: str) -> None:
        with self._lock:
            self._live.pop(response_id, None)


def _stored_answers(db: Database, response_id: str, compiled: _Compiled) -> dict[tuple[str, str], str]:
    with db.session() as session:
        rows = session.execute(select(Answer.question_id, Answer.instance, Answer.value)
                               .where(Answer.response_id == response_id))
        return {(compiled.names[qid], inst): value for qid, inst, value in rows if qid in compiled.names}


def _survey(session: Session, survey_id: str) -> Survey:
    return get_existing(session, Survey, survey_id, "survey")


def _response(session: Session, response_id: str) -> Response:
    return get_existing(session, Response, response_id, "response")


def _data(session: Session, response: Response) -> ResponseData:
    code = session.scalar(select(Participant.code).where(Participant.id == response.participant_id)) \
        if response.participant_id else None
    count = session.scalar(select(func.count()).where(Answer.response_id == response.id)) or 0
    return ResponseData(response.id, response.survey_id, response.workshop_id, response.activity_id,
                        response.participant_id, code or "", response.language, response.mode, response.started_at,
                        response.completed_at, count)


__all__ = ["IdentityRefused", "ResponseService"]
