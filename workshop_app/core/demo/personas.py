"""Invented people: who they are, and what they chose to say about themselves.

A persona holds the person's actual situation (which drives their attendance and survey answers) and,
separately, what they answered to each profile question: "prefer not to say" hides the first, never changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.core.demo.context import Rng, quota
from workshop_app.core.demo.texts import (
    MOVED_HERE_ORIGINS,
    ORIGINS,
    OWN_WORDS_GENDER,
    OWN_WORDS_WORK,
    PARENTS_MOVED_ORIGINS,
)
from workshop_app.core.profile_questions import PREFER_NOT_TO_SAY

# Shares of the answers given, not of the population: the story of the demo is that women come (58 %) and
# older people do not (9 % over 60 against a target of 15 %).
AGE_ANSWERS = {"under_18": 3, "18_29": 26, "30_44": 30, "45_59": 27, "60_74": 7.5, "75_plus": 1.5, PREFER_NOT_TO_SAY: 5}
GENDER_ANSWERS = {"woman": 58, "man": 36, "non_binary": 1.5, "self_described": 1, PREFER_NOT_TO_SAY: 3.5}
OLDER = ("60_74", "75_plus")
YOUNG = ("under_18", "18_29")
WORK_BY_AGE = {
    "under_18": {"student": 90, "other": 10},
    "18_29": {"employed": 30, "unemployed": 25, "student": 30, "self_employed": 5, "home_care": 5, "other": 5},
    "30_44": {"employed": 45, "unemployed": 20, "self_employed": 10, "home_care": 15, "unable_to_work": 5, "other": 5},
    "45_59": {"employed": 45, "unemployed": 25, "self_employed": 10, "home_care": 10, "unable_to_work": 7, "other": 3},
    "60_74": {"retired": 65, "employed": 15, "home_care": 10, "unable_to_work": 10},
    "75_plus": {"retired": 100},
}
# The voluntary questions beyond age and gender are skipped now and then; "prefer not to say" is rarer.
SKIP, PREFER_NOT = 0.1, 0.05


@dataclass
class Persona:
    """One invented person."""

    age: str
    gender: str
    migrant: str
    origin: str
    employment: str
    disability: str
    caring: str
    first_language: str
    answers: dict[str, str] = field(default_factory=dict)
    """Profile question name → the choice code they gave (absent when they skipped the question)."""
    own_words: dict[str, str] = field(default_factory=dict)
    """Profile question name → what they wrote for a self-described or "other" answer."""

    @property
    def older(self) -> bool:
        """Aged 60 or over."""
        return self.age in OLDER

    @property
    def young(self) -> bool:
        """Aged under 30."""
        return self.age in YOUNG

    @property
    def woman(self) -> bool:
        """A woman (whether or not she said so)."""
        return self.gender == "woman"

    @property
    def migrant_roots(self) -> bool:
        """Moved here, or their parents did."""
        return self.migrant in ("moved_here", "parents_moved")

    @property
    def cares_for_children(self) -> bool:
        """Looks after children."""
        return self.caring in ("children", "both")

    def writes_in(self, rng: Rng) -> str:
        """The language this person types a free-text answer in."""
        return rng.pick(dict(ORIGINS[self.origin].writes))


def draw_personas(rng: Rng, n: int) -> list[Persona]:
    """``n`` people whose answers about age and gender follow the demo's shares exactly (see ``quota``)."""
    ages, genders = quota(rng, AGE_ANSWERS, n), quota(rng, GENDER_ANSWERS, n)
    return [draw_persona(rng, age, gender) for age, gender in zip(ages, genders, strict=True)]


def draw_persona(rng: Rng, age_answer: str, gender_answer: str, *, origin: str | None = None) -> Persona:
    """One person who answered ``age_answer`` and ``gender_answer``; ``origin`` forces where they come from."""
    known_ages = {band: share for band, share in AGE_ANSWERS.items() if band in WORK_BY_AGE}
    age = age_answer if age_answer != PREFER_NOT_TO_SAY else rng.pick(known_ages)
    gender = gender_answer if gender_answer != PREFER_NOT_TO_SAY else rng.pick({"woman": 60, "man": 40})
    if origin is not None:
        migrant = "moved_here" if origin != "pt" else "born_here"
    else:
        moved = 10 if age in OLDER else 30
        migrant = rng.pick({"born_here": 100 - moved - 9, "moved_here": moved, "parents_moved": 9})
        origin = {"born_here": lambda: "pt", "moved_here": lambda: rng.pick(MOVED_HERE_ORIGINS),
                  "parents_moved": lambda: rng.pick(PARENTS_MOVED_ORIGINS)}[migrant]()
    person = Persona(
        age=age, gender=gender, migrant=migrant, origin=origin,
        employment=rng.pick(WORK_BY_AGE[age]),
        disability="yes" if rng.chance(0.25 if age in OLDER else 0.08) else "no",
        caring=_caring(rng, age, gender),
        first_language=_first_language(rng, migrant, origin),
    )
    person.answers = {"age_band": age_answer, "gender": gender_answer}
    if gender_answer == "self_described":
        person.own_words["gender"] = rng.choice(OWN_WORDS_GENDER)
    for name, truth in (("migrant_background", migrant), ("employment", person.employment),
                        ("disability", person.disability), ("caring_duties", person.caring),
                        ("first_language", person.first_language)):
        if rng.chance(SKIP):
            continue
        person.answers[name] = PREFER_NOT_TO_SAY if rng.chance(PREFER_NOT) else truth
    if person.answers.get("first_language") == "other":
        person.own_words["first_language"] = ORIGINS[origin].language_name
    if person.answers.get("employment") == "other":
        person.own_words["employment"] = rng.choice(OWN_WORDS_WORK)
    return person


def _caring(rng: Rng, age: str, gender: str) -> str:
    children = {"18_29": 0.3, "30_44": 0.6, "45_59": 0.3}.get(age, 0.03) * (1.2 if gender == "woman" else 0.6)
    adult = {"45_59": 0.25, "60_74": 0.25}.get(age, 0.08)
    has_children, has_adult = rng.chance(children), rng.chance(adult)
    return {(True, True): "both", (True, False): "children", (False, True): "adult"}.get(
        (has_children, has_adult), "none"
    )


def _first_language(rng: Rng, migrant: str, origin: str) -> str:
    usual = ORIGINS[origin].first_language
    if migrant == "parents_moved":
        # The second generation grows up with the local language, often alongside the parents' one.
        return rng.pick({"local": 40, "local_and_other": 60})
    if usual == "other" and rng.chance(0.2):
        return "local_and_other"  # long-settled people who now count Portuguese as theirs too
    return usual
