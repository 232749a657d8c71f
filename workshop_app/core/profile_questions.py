"""The default voluntary self-description questions (age band, gender, ...) and how a database gets them.

The questions are plain data so that an editor, an import or the demo can reuse them. Every question has a
``prefer_not_to_say`` choice: answering is voluntary and saying nothing must always be an easy option.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.participant_rules import OWN_WORDS_CODES, PREFER_NOT_TO_SAY
from workshop_app.db.base import new_id
from workshop_app.db.models import ProfileChoice, ProfileQuestion

__all__ = [
    "DEFAULT_PROFILE_QUESTIONS", "LANGUAGES", "OWN_WORDS_CODES", "PREFER_NOT_TO_SAY", "ProfileChoiceSpec",
    "ProfileQuestionSpec", "build_profile_questions", "ensure_default_profile_questions",
]

LANGUAGES = ("en", "pt")


@dataclass(frozen=True)
class ProfileChoiceSpec:
    """One possible answer: a stable code and its label per language."""

    code: str
    labels: Mapping[str, str]


@dataclass(frozen=True)
class ProfileQuestionSpec:
    """A profile question as data: a stable name, its label per language and its choices in order."""

    name: str
    labels: Mapping[str, str]
    choices: tuple[ProfileChoiceSpec, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The choice codes, in order."""
        return tuple(choice.code for choice in self.choices)


def _q(name: str, en: str, pt: str, *choices: tuple[str, str, str]) -> ProfileQuestionSpec:
    rows = (*choices, (PREFER_NOT_TO_SAY, "Prefer not to say", "Prefiro não dizer"))
    return ProfileQuestionSpec(
        name, {"en": en, "pt": pt}, tuple(ProfileChoiceSpec(code, {"en": e, "pt": p}) for code, e, p in rows)
    )


DEFAULT_PROFILE_QUESTIONS: tuple[ProfileQuestionSpec, ...] = (
    _q(
        "age_band", "Age group", "Faixa etária",
        ("under_18", "Under 18", "Menos de 18"),
        ("18_29", "18–29", "18–29"),
        ("30_44", "30–44", "30–44"),
        ("45_59", "45–59", "45–59"),
        ("60_74", "60–74", "60–74"),
        ("75_plus", "75 or over", "75 ou mais"),
    ),
    _q(
        "gender", "Gender", "Género",
        ("woman", "Woman", "Mulher"),
        ("man", "Man", "Homem"),
        ("non_binary", "Non-binary", "Não binário"),
        ("self_described", "I describe myself as…", "Descrevo-me como…"),
    ),
    _q(
        "migrant_background", "Migrant background", "Origem migrante",
        ("born_here", "I and my parents were born in this country", "Eu e os meus pais nascemos neste país"),
        ("moved_here", "I moved here from another country", "Vim viver para cá de outro país"),
        ("parents_moved", "I was born here; my parents moved here", "Nasci cá; os meus pais vieram de outro país"),
    ),
    _q(
        "employment", "Work situation", "Situação profissional",
        ("employed", "Employed", "Empregado/a por conta de outrem"),
        ("self_employed", "Self-employed", "Trabalhador/a por conta própria"),
        ("unemployed", "Unemployed, looking for work", "Desempregado/a, à procura de trabalho"),
        ("student", "In education or training", "Em estudo ou formação"),
        ("retired", "Retired", "Reformado/a"),
        ("home_care", "Looking after home or family", "A cuidar da casa ou da família"),
        ("unable_to_work", "Unable to work (illness or disability)", "Sem poder trabalhar (doença ou deficiência)"),
        ("other", "Something else", "Outra situação"),
    ),
    _q(
        "disability", "Do you have a disability or a long-term health condition?",
        "Tem alguma deficiência ou doença prolongada?",
        ("yes", "Yes", "Sim"),
        ("no", "No", "Não"),
    ),
    _q(
        "caring_duties", "Do you look after someone?", "Cuida de alguém?",
        ("children", "Children", "Crianças"),
        ("adult", "An adult who needs care (older, ill or disabled)",
         "Um adulto que precisa de cuidados (idoso, doente ou com deficiência)"),
        ("both", "Both children and an adult", "Crianças e um adulto"),
        ("none", "No one", "Ninguém"),
    ),
    _q(
        "first_language", "First language", "Língua materna",
        ("local", "The language of this country", "A língua deste país"),
        ("local_and_other", "This country's language and another one", "A língua deste país e outra"),
        ("other", "Another language", "Outra língua"),
    ),
)


def build_profile_questions(
    specs: tuple[ProfileQuestionSpec, ...] = DEFAULT_PROFILE_QUESTIONS,
    *,
    make_id: Callable[[], str] = new_id,
    at: datetime | None = None,
) -> list[ProfileQuestion]:
    """New (unsaved) questions with their choices; ``make_id`` and ``at`` let the demo be reproducible."""
    stamps = {} if at is None else {"created_at": at, "updated_at": at}
    questions = []
    for position, spec in enumerate(specs):
        question = ProfileQuestion(id=make_id(), name=spec.name, position=position, labels=dict(spec.labels), **stamps)
        question.choices = [
            ProfileChoice(id=make_id(), question_id=question.id, code=choice.code, position=index,
                          labels=dict(choice.labels), **stamps)
            for index, choice in enumerate(spec.choices)
        ]
        questions.append(question)
    return questions


def ensure_default_profile_questions(
    session: Session, *, make_id: Callable[[], str] = new_id, at: datetime | None = None
) -> list[ProfileQuestion]:
    """The database's profile questions in order, adding the defaults first if it has none.

    A database that already has questions keeps them as they are (they may have been edited on purpose).
    """
    existing = list(session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position, ProfileQuestion.name)))
    if existing:
        return existing
    questions = build_profile_questions(make_id=make_id, at=at)
    session.add_all(questions)
    session.flush()
    return questions
