"""Survey responses of the demo: who answered, when, in which language and mode, and what they said.

Answers follow the form's skip logic: a question whose relevance is false for a response gets no answer,
and a finished response answers every required question that is relevant.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from workshop_app.core.demo.context import Rng, add_rows
from workshop_app.core.demo.people import PersonPlan
from workshop_app.core.demo.personas import AGE_ANSWERS, GENDER_ANSWERS, Persona, draw_persona
from workshop_app.core.demo.survey_form import Form, QuestionSpec
from workshop_app.core.demo.texts import FORMULA_LIKE_ANSWER, OTHER_BARRIERS, SUGGESTIONS
from workshop_app.core.demo.workshops import WorkshopPlan
from workshop_app.db.models import Answer, Response

ANSWER_SHARE = 0.9  # of participants who consented; the others left before the survey
ANONYMOUS_SHARE = 0.05
UNFINISHED = 2
SKIP_OPTIONAL = {"suggestion": 0.45}
SKIP_DEFAULT = 0.08

_EQUALS = re.compile(r"^\$\{(\w+)\}\s*=\s*'([^']*)'$")
_SELECTED = re.compile(r"^selected\(\s*\$\{(\w+)\}\s*,\s*'([^']*)'\s*\)$")


def is_relevant(expression: str, answers: dict[str, str]) -> bool:
    """Evaluate the two relevance forms the demo's survey uses; anything else is a mistake in the demo.

    A tiny matcher rather than the app's expression engine keeps the demo free of that dependency.
    """
    if not expression:
        return True
    if match := _EQUALS.match(expression):
        return answers.get(match[1], "") == match[2]
    if match := _SELECTED.match(expression):
        return match[2] in answers.get(match[1], "").split()
    raise ValueError(f"the demo cannot evaluate the relevance {expression!r}")


@dataclass
class ResponsePlan:
    """One response before it is written."""

    participant_id: str | None
    persona: Persona
    workshop_id: str
    language: str
    mode: str
    started_at: datetime
    stop_after: int | None = None
    """Unfinished: the number of answers given before the person walked away (or the battery died)."""
    suggestion: str | None = None
    """A text the last question must get (Ukrainian, Arabic, or one starting with "=")."""


def add_responses(
    session: Session, rng: Rng, form: Form, workshops: list[WorkshopPlan], people: list[PersonPlan]
) -> Counter[str]:
    """Write the responses and their answers; returns row counts."""
    plans = []
    for person in people:
        surveyed = sorted(i for i in person.visits if workshops[i].activity("survey"))
        if person.takes_part and surveyed and rng.chance(ANSWER_SHARE):
            index = rng.choice(surveyed)
            plans.append(_plan(rng, person.id, person.persona, workshops[index], person.visits[index]))
    held = [w for w in workshops if w.done and w.activity("survey")]
    anonymous = []
    for k in range(max(3, round(len(people) * ANONYMOUS_SHARE))):
        # The first two are the scenario's young woman from Kharkiv and an Arabic speaker, who write in their
        # own languages whatever language they chose for the questions.
        origin = ("uk", "ar")[k] if k < 2 else None
        age, gender = ("18_29", "woman") if k == 0 else (rng.pick(AGE_ANSWERS), rng.pick(GENDER_ANSWERS))
        persona = draw_persona(rng, age, gender, origin=origin)
        plan = _plan(rng, None, persona, rng.choice(held), None)
        if origin is not None:
            plan.language = "en" if origin == "uk" else "pt"
            plan.suggestion = rng.choice(SUGGESTIONS[origin])
        anonymous.append(plan)
    # Two people walk away mid-survey; at least one plain response stays finished to carry the "=" answer
    # (with very few participants there may be fewer than two unfinished).
    plain = plans + anonymous[2:]
    for plan in rng.sample(plain, min(UNFINISHED, len(plain) - 1)):
        plan.stop_after = rng.randint(2, 4)
    rng.choice([p for p in plain if p.stop_after is None]).suggestion = FORMULA_LIKE_ANSWER
    plans = sorted(plans + anonymous, key=lambda p: p.started_at)
    responses: list[Any] = []
    answers: list[Any] = []
    for plan in plans:
        response, rows = _write(rng, form, plan)
        responses.append(response)
        answers.extend(rows)
    add_rows(session, responses)
    add_rows(session, answers)
    return Counter(responses=len(responses), answers=len(answers))


def _plan(rng: Rng, participant_id: str | None, persona: Persona, workshop: WorkshopPlan,
          checked_in: datetime | None) -> ResponsePlan:
    survey = workshop.activity("survey")
    assert survey is not None
    if rng.chance(0.6 if persona.older else 0.12):
        # Filled in on paper and typed in at the office in the following days, during working hours.
        day = (survey.starts_at + timedelta(days=rng.randint(1, 3))).replace(hour=9, minute=0, second=0)
        mode, started = "data_entry", day + rng.minutes(0, 7 * 60)
    else:
        mode, started = "kiosk", survey.starts_at + rng.minutes(0, survey.minutes)
        if checked_in is not None:
            # Consent is recorded within two minutes of check-in; nobody starts the survey before that.
            started = max(started, checked_in + rng.minutes(3, 6))
    local = persona.first_language != "other"
    if mode == "data_entry":
        language = "pt" if local or rng.chance(0.5) else "en"
    else:
        language = rng.pick({"pt": 90, "en": 10} if local else {"en": 70, "pt": 30})
    return ResponsePlan(participant_id, persona, workshop.id, language, mode, started)


def _write(rng: Rng, form: Form, plan: ResponsePlan) -> tuple[Response, list[Answer]]:
    response = Response(**rng.row(plan.started_at), survey_id=form.survey_id, workshop_id=plan.workshop_id,
                        participant_id=plan.participant_id, language=plan.language, mode=plan.mode,
                        started_at=plan.started_at, completed_at=None)
    given: dict[str, str] = {}
    rows: list[Answer] = []
    at = plan.started_at + rng.minutes(0.2, 0.6)
    for spec in form.specs:
        if spec.type == "note" or not is_relevant(spec.relevant, given):
            continue
        value = _value(rng, spec, plan)
        if value is None:
            continue
        at += timedelta(seconds=rng.randint(5, 20) if plan.mode == "data_entry" else
                        rng.randint(40, 120) if spec.type == "text" else rng.randint(12, 50))
        given[spec.name] = value
        rows.append(Answer(**rng.row(at), response_id=response.id, question_id=form.question_ids[spec.name],
                           instance="", value=value, answered_at=at))
        if plan.stop_after is not None and len(rows) >= plan.stop_after:
            break
    if plan.stop_after is None:
        at += timedelta(seconds=rng.randint(3, 15))
        response.completed_at = at
    response.updated_at = at
    return response, rows


def _value(rng: Rng, spec: QuestionSpec, plan: ResponsePlan) -> str | None:
    if spec.name == "suggestion" and plan.suggestion is not None:
        return plan.suggestion
    if not spec.required and rng.chance(SKIP_OPTIONAL.get(spec.name, SKIP_DEFAULT)):
        return None
    return ANSWERERS[spec.name](rng, plan.persona)


def _likert(rng: Rng, centre: int) -> str:
    return str(max(1, min(5, centre + rng.choice((-1, 0, 0, 0, 1)))))


def _internet_use(rng: Rng, p: Persona) -> str:
    chances = {
        "messages": 0.85, "email": 0.3 if p.older else 0.55,
        "social_media": 0.25 if p.older else 0.7 if p.young else 0.5,
        "public_services": 0.35, "banking": 0.4, "job_search": 0.6 if p.employment == "unemployed" else 0.15,
        "learning": 0.3,
    }
    chosen = [code for code, chance in chances.items() if rng.chance(chance)]
    # "none" stands alone, as the question's constraint demands.
    return "none" if not chosen or (p.older and rng.chance(0.12)) else " ".join(chosen)


def _barriers(rng: Rng, p: Persona) -> str:
    chances = {
        "time": 0.6 if p.employment in ("employed", "self_employed") else 0.25,
        "childcare": 0.7 if p.cares_for_children else 0.0,
        "cost": 0.45 if p.employment == "unemployed" else 0.25,
        "transport": 0.4 if p.older else 0.15,
        "language": 0.7 if p.first_language == "other" else 0.02,
        "no_device": 0.3 if p.older else 0.12,
        "confidence": 0.5 if p.older else 0.2,
        "information": 0.25,
        "other": 0.1,
    }
    chosen = [code for code, chance in chances.items() if rng.chance(chance)]
    return " ".join(chosen) if chosen else rng.pick({code: chance for code, chance in chances.items() if chance})


def _best_time(rng: Rng, p: Persona) -> str:
    working = p.employment in ("employed", "self_employed")
    return rng.pick({
        "morning": 20 + (40 if p.cares_for_children else 0) + (30 if p.employment == "retired" else 0),
        "afternoon": 20 + (20 if p.older else 0),
        "evening": 15 + (40 if working else 0),
        "weekend": 15 + (20 if working else 0),
    })


ANSWERERS: dict[str, Callable[[Rng, Persona], str]] = {
    "workshop_rating": lambda rng, p: str(rng.pick({1: 3, 2: 5, 3: 15, 4: 40, 5: 37})),
    "felt_heard": lambda rng, p: rng.pick(
        {"strongly_disagree": 3, "disagree": 7, "neutral": 15, "agree": 45, "strongly_agree": 30}
        if p.first_language != "other" else
        {"strongly_disagree": 5, "disagree": 12, "neutral": 25, "agree": 38, "strongly_agree": 20}
    ),
    "internet_use": _internet_use,
    "confidence": lambda rng, p: _likert(rng, (2 if p.older else 4 if p.young else 3) - (p.first_language == "other")),
    "took_course": lambda rng, p: "yes" if rng.chance(0.15 if p.older else 0.45 if p.young else 0.35) else "no",
    "course_place": lambda rng, p: rng.pick({
        "library": 30, "employment_office": 50 if p.employment == "unemployed" else 20,
        "association": 30 if p.migrant_roots else 12, "online": 20, "school": 25 if p.young else 8,
        "workplace": 25 if p.employment == "employed" else 5,
    }),
    "barriers": _barriers,
    "barriers_other": lambda rng, p: rng.choice(OTHER_BARRIERS[p.writes_in(rng)]),
    "hours_per_week": lambda rng, p: str(rng.choice((0, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 8, 10))),
    "best_time": _best_time,
    "suggestion": lambda rng, p: rng.choice(SUGGESTIONS[p.writes_in(rng)]),
}
