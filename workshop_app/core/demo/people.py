"""Participants of the demo: pseudonymous codes, consent, a little personal data, profile answers, attendance."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from workshop_app.core.demo.context import Rng, add_rows
from workshop_app.core.demo.personas import AGE_ANSWERS, GENDER_ANSWERS, Persona, draw_persona, draw_personas
from workshop_app.core.demo.texts import ORIGINS
from workshop_app.core.demo.workshops import WorkshopPlan
from workshop_app.core.participant_rules import format_code
from workshop_app.db.models import Attendance, Consent, Participant, PersonalData, ProfileAnswer, ProfileQuestion

VISITS = {1: 50, 2: 35, 3: 15}
NO_CONSENT_SHARE = 0.03  # registered at the door, but no consent to take part was recorded
NO_CONSENT_NOTE = "Arrived late; consent to be asked at the next session."
PERSONAL_DATA_SHARE = 0.10
PHOTO_SHARE = 0.55


@dataclass
class PersonPlan:
    """A participant as later parts of the demo need them."""

    id: str
    code: str
    persona: Persona
    takes_part: bool
    """Gave consent to take part (only they answer surveys and vote under their code)."""
    visits: dict[int, datetime] = field(default_factory=dict)
    """Index of a workshop they came to → when they checked in."""


def add_people(
    session: Session, rng: Rng, n: int, workshops: list[WorkshopPlan], questions: list[ProfileQuestion]
) -> tuple[list[PersonPlan], Counter[str]]:
    """Write ``n`` participants with everything about them; returns their plans and row counts."""
    refusing = round(n * NO_CONSENT_SHARE)
    # Only those who take part answer the profile questions, so the shares of answers are drawn for them.
    personas = draw_personas(rng, n - refusing)
    personas += [draw_persona(rng, rng.pick(AGE_ANSWERS), rng.pick(GENDER_ANSWERS)) for _ in range(refusing)]
    visits = [_visits(rng, persona, workshops) for persona in personas]
    # Codes are handed out at the door, so they follow the order in which people first checked in.
    order = sorted(range(n), key=lambda i: min(visits[i].values()))
    people = [
        PersonPlan(rng.new_id(), format_code(number), personas[i], i < n - refusing, visits[i])
        for number, i in enumerate(order, start=1)
    ]
    consenting = [i for i in range(n) if people[i].takes_part]
    named = _pick_named(rng, people, consenting, round(n * PERSONAL_DATA_SHARE))
    photos = [i for i in consenting if rng.chance(PHOTO_SHARE)]
    withdrawing = set(rng.sample(photos, min(len(photos), 1 if n < 30 else 2)))
    photo_set = set(photos)
    add_rows(session, [
        Participant(id=p.id, created_at=min(p.visits.values()), updated_at=min(p.visits.values()), code=p.code,
                    notes="" if p.takes_part else NO_CONSENT_NOTE)
        for p in people
    ])
    rows: list[Any] = []
    for i, person in enumerate(people):
        flags = {"personal_data": i in named, "photos": i in photo_set, "withdraws_photos": i in withdrawing}
        rows.extend(_rows_for(rng, person, workshops, questions, flags))
    add_rows(session, rows)
    counts = Counter(type(row).__name__ for row in rows)
    return people, Counter(participants=n, consents=counts["Consent"])


def _pick_named(rng: Rng, people: list[PersonPlan], consenting: list[int], k: int) -> set[int]:
    """Who left a name and contact: ``k`` people, including a Ukrainian and an Arabic speaker when there are any.

    Their names are in Cyrillic and Arabic script, which every screen and export must show correctly.
    """
    chosen: list[int] = []
    for origin in ("uk", "ar"):
        match = next((i for i in consenting if people[i].persona.origin == origin), None)
        if match is not None and len(chosen) < k:
            chosen.append(match)
    rest = [i for i in consenting if i not in chosen]
    return set(chosen) | set(rng.sample(rest, min(len(rest), k - len(chosen))))


def _visits(rng: Rng, persona: Persona, workshops: list[WorkshopPlan]) -> dict[int, datetime]:
    """Which of the held workshops this person came to (1–3, drawn by who each one tried to reach), and when."""
    left = {i: _appeal(persona, w.spec.audience) for i, w in enumerate(workshops) if w.done}
    chosen: dict[int, datetime] = {}
    for _ in range(min(rng.pick(VISITS), len(left))):
        index = rng.pick(left)
        del left[index]
        start = workshops[index].spec.starts_at
        chosen[index] = start - timedelta(minutes=20) + rng.minutes(0, 30)
    return chosen


def _appeal(person: Persona, audience: str) -> float:
    if audience == "migrant_women":
        return 4.0 if person.woman and person.migrant_roots else 0.4 if person.woman else 0.1
    if audience == "older":
        return 5.0 if person.older else 1.0 if person.age == "45_59" else 0.4
    if audience == "young_jobseekers":
        return 4.0 if person.young and person.employment in ("unemployed", "student") else 1.0 if person.young else 0.3
    return 1.0


def _rows_for(rng: Rng, person: PersonPlan, workshops: list[WorkshopPlan], questions: list[ProfileQuestion],
              flags: dict[str, bool]) -> list[Any]:
    """Everything recorded about one participant, apart from the participant row itself."""
    first_index, first = min(person.visits.items(), key=lambda item: item[1])
    facilitator = workshops[first_index].spec.facilitator
    rows: list[Any] = [
        Attendance(**rng.row(at), workshop_id=workshops[i].id, participant_id=person.id, checked_in_at=at)
        for i, at in sorted(person.visits.items(), key=lambda item: item[1])
    ]
    if not person.takes_part:
        return rows
    given = first + rng.minutes(0.5, 2)
    purposes = ["take_part"]
    if flags["personal_data"]:
        name, contact = _name_and_contact(rng, person.persona)
        rows.append(PersonalData(**rng.row(given), participant_id=person.id, name=name, contact=contact))
        purposes.append("be_contacted")
    if flags["photos"]:
        purposes.append("photos")
    for purpose in purposes:
        consent = Consent(**rng.row(given), participant_id=person.id, purpose=purpose, given_at=given,
                          recorded_by=facilitator, withdrawn_at=None)
        if purpose == "photos" and flags["withdraws_photos"]:
            # They asked a few days later for their photos not to be used: recorded, never deleted.
            withdrawn = given + timedelta(days=rng.randint(2, 12), hours=rng.randint(1, 8))
            consent.withdrawn_at = consent.updated_at = withdrawn
            consent.withdrawn_recorded_by = facilitator
        rows.append(consent)
    answered = given + rng.minutes(1, 4)
    for question in questions:
        code = person.persona.answers.get(question.name)
        choice = next((c for c in question.choices if c.code == code), None)
        if choice is None:
            continue  # skipped, or a question this database has that the demo knows nothing about
        rows.append(ProfileAnswer(**rng.row(answered), participant_id=person.id, question_id=question.id,
                                  choice_id=choice.id, text=person.persona.own_words.get(question.name, "")))
    return rows


def _name_and_contact(rng: Rng, persona: Persona) -> tuple[str, str]:
    origin = ORIGINS[persona.origin]
    first = rng.choice(origin.women if persona.woman else origin.men)
    name = f"{first} {rng.choice(origin.surnames)}"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().strip()
    if ascii_name and rng.chance(0.4):
        return name, ascii_name.lower().replace(" ", ".") + "@example.org"
    return name, f"+351 9{rng.choice('1236')}{rng.randint(0, 9)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"
