"""The diversity picture: who took part, by each profile answer, with small counts hidden; targets and missing voices.

Decisions, so every screen and export says the same thing:

* Who is counted: the people checked in to a workshop, or every participant when no workshop is given. A
  person's profile answers count only while their consent to take part stands; otherwise they are "no answer".
* Shares are of **those who answered the question**, "prefer not to say" included (it is an answer, and leaving
  it out would inflate every group); people who skipped the question are reported apart as "no answer".
* Counts of 1–4 show as ``<5`` and are protected against subtraction (see ``core.suppression``). A share is
  shown only where its count is. The numbers who answered and who skipped are shown exactly: skipping a
  question says nothing about who someone is.
* A target ("at least 15 % over 60") is judged from the published numbers alone: if hidden counts leave it open,
  the picture says it cannot tell rather than single anyone out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.consent import consent_states, record_of
from workshop_app.core.diversity_targets import TargetData, TargetService, load_targets
from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, TAKE_PART, ConsentRecord, pick_label
from workshop_app.core.suppression import PublishedCount, group_range, protect
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Attendance, Consent, Participant, ProfileAnswer, ProfileQuestion, Workshop
from workshop_app.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class ChoiceCount:
    """One answer of a question as published: the count (or ``<5``) and its share of those who answered."""

    code: str
    label: str
    display: str
    count: int | None
    """``None`` when hidden."""
    share: float | None
    """Of those who answered; ``None`` when the count is hidden or nobody answered."""
    display_share: str
    hidden_because: str | None = None
    """``small``, ``protects_small`` or ``withheld`` when hidden."""
    low: int = 0
    high: int = 0

    @property
    def prefer_not_to_say(self) -> bool:
        """This is the "prefer not to say" answer."""
        return self.code == PREFER_NOT_TO_SAY


@dataclass(frozen=True)
class QuestionPicture:
    """One profile question's breakdown."""

    name: str
    label: str
    people: int
    answered: int
    choices: tuple[ChoiceCount, ...]

    @property
    def not_answered(self) -> int:
        """People counted who gave no answer to this question."""
        return self.people - self.answered


@dataclass(frozen=True)
class TargetCheck:
    """How a group stands against its target."""

    target: TargetData
    label: str
    status: str
    """``met``, ``missing``, ``unclear`` (hidden counts leave it open), ``no_answers``, or ``no_question`` (the
    question or its answers are gone)."""
    share: float | None
    """The group's exact share when published."""
    text: Text
    """How the group stands, as a sentence translated when shown (``sentence``); files use its English."""

    @property
    def sentence(self) -> str:
        """How the group stands, in the interface language."""
        return str(self.text)

    @property
    def missing(self) -> bool:
        """The group is below its target: a missing voice."""
        return self.status == "missing"


@dataclass(frozen=True)
class DiversityPicture:
    """The whole picture for a workshop (``workshop_id``) or for everyone (``None``)."""

    workshop_id: str | None
    language: str
    people: int
    questions: tuple[QuestionPicture, ...]
    targets: tuple[TargetCheck, ...]

    @property
    def missing_voices(self) -> tuple[TargetCheck, ...]:
        """Groups below their target, in target order."""
        return tuple(check for check in self.targets if check.missing)

    def question(self, name: str) -> QuestionPicture:
        """The breakdown of the question called ``name``."""
        for question in self.questions:
            if question.name == name:
                return question
        raise KeyError(name)


def diversity_picture(db: Database, workshop_id: str | None = None, language: str = "en") -> DiversityPicture:
    """Count who took part by each profile answer, hide small counts, and check the targets."""
    with db.session() as session:
        if workshop_id is None:
            people = set(session.scalars(select(Participant.id)))
        else:
            get_existing(session, Workshop, workshop_id, "workshop")
            people = set(session.scalars(select(Attendance.participant_id).where(
                Attendance.workshop_id == workshop_id)))
        return picture_of_people(session, people, language, workshop_id)


def picture_of_people(session: Session, people: set[str], language: str = "en",
                      workshop_id: str | None = None) -> DiversityPicture:
    """The diversity picture of the participants ``people`` (e.g. those of several workshops)."""
    consenting = _consenting(session.scalars(select(Consent)), people)
    answers = Counter(
        (question_id, choice_id)
        for pid, question_id, choice_id in session.execute(
            select(ProfileAnswer.participant_id, ProfileAnswer.question_id, ProfileAnswer.choice_id))
        if pid in consenting and choice_id is not None
    )
    questions = list(session.scalars(select(ProfileQuestion).order_by(ProfileQuestion.position,
                                                                       ProfileQuestion.name)))
    pictures = tuple(_question_picture(q, answers, len(people), language) for q in questions)
    targets = load_targets(session)
    by_name = {p.name: p for p in pictures}
    checks = tuple(check_target(t, by_name.get(t.question_name), language) for t in targets)
    return DiversityPicture(workshop_id, language, len(people), pictures, checks)


def check_target(target: TargetData, question: QuestionPicture | None, language: str = "en") -> TargetCheck:
    """Judge ``target`` against a published breakdown, using only what the breakdown publishes."""
    if question is None:
        named = target.label(language) or target.question_name
        return TargetCheck(target, named, "no_question", None, Text(
            "core", QT_TRANSLATE_NOOP("core", "The target for {group} refers to a profile question this database "
                                              "does not have."), group=named))
    members = [i for i, c in enumerate(question.choices) if c.code in target.codes]
    if not members:
        label = target.label(language) or _either(target.codes)
        return TargetCheck(target, str(label), "no_question", None, Text(
            "core", QT_TRANSLATE_NOOP("core", "The target for {group} refers to answers “{question}” no longer has."),
            group=label, question=question.label))
    own = target.label(language)
    label = own or _either([f"“{question.choices[i].label}”" for i in members])
    wanted = format_share(target.min_share)
    if question.answered == 0:
        return TargetCheck(target, str(label), "no_answers", None, Text(
            "core", QT_TRANSLATE_NOOP("core", "No one has answered “{question}” yet, so the {wanted} target for "
                                              "{group} cannot be checked."),
            question=question.label, wanted=wanted, group=label))
    published = [PublishedCount(c.display, c.count, c.low, c.high, c.hidden_because) for c in question.choices]
    low, high = group_range(published, members, question.answered)
    total = question.answered
    exact = low / total if low == high else None
    # Two ways to name the group (its own name, or the answers that make it up) times five ways it can stand.
    sentences = _NAMED if own else _BY_ANSWERS
    params = {"group": label, "question": question.label, "wanted": wanted}
    if high / total < target.min_share:
        if exact is not None:
            text = Text("core", sentences["below"], share=format_share(exact, target.min_share), **params)
        elif high < 5:
            text = Text("core", sentences["below_few"], total=total, **params)
        else:
            text = Text("core", sentences["below_at_most"], share=format_share(high / total, target.min_share),
                        **params)
        return TargetCheck(target, str(label), "missing", exact, text)
    if low / total >= target.min_share:
        if exact is not None:
            text = Text("core", sentences["met"], share=format_share(exact), **params)
        else:
            text = Text("core", sentences["met_at_least"], share=format_share(low / total), **params)
        return TargetCheck(target, str(label), "met", exact, text)
    return TargetCheck(target, str(label), "unclear", None, Text(
        "core", QT_TRANSLATE_NOOP("core", "Too few people answered “{question}” in each group to tell whether "
                                          "{group} reach the {wanted} target without singling anyone out."),
        question=question.label, group=label, wanted=wanted))


def _either(answers: list[str]) -> str | Text:
    """The answers that make up a group, as a sentence lists them: “60–74” or “75 or over”."""
    shown: str | Text = answers[0] if answers else ""
    for answer in answers[1:]:
        shown = Text("core", QT_TRANSLATE_NOOP("core", "{either} or {other}"), either=shown, other=answer)
    return shown
# ``{group}`` is the group's own name; ``{question}`` is not used in these.
_NAMED = {
    "below": QT_TRANSLATE_NOOP("core", "{group} are {share} of participants who answered, below the {wanted} target."),
    "below_few": QT_TRANSLATE_NOOP("core", "{group} are fewer than 5 of the {total} participants who answered, below "
                                           "the {wanted} target."),
    "below_at_most": QT_TRANSLATE_NOOP("core", "{group} are at most {share} of participants who answered, below the "
                                               "{wanted} target."),
    "met": QT_TRANSLATE_NOOP("core", "{group} are {share} of participants who answered, meeting the {wanted} "
                                     "target."),
    "met_at_least": QT_TRANSLATE_NOOP("core", "{group} are at least {share} of participants who answered, meeting "
                                              "the {wanted} target."),
}
# ``{group}`` is the answers that make up the group, each in quotes: “60–74” or “75 or over”.
_BY_ANSWERS = {
    "below": QT_TRANSLATE_NOOP("core", "Answers {group} to “{question}” are {share} of participants who answered, "
                                       "below the {wanted} target."),
    "below_few": QT_TRANSLATE_NOOP("core", "Answers {group} to “{question}” are fewer than 5 of the {total} "
                                           "participants who answered, below the {wanted} target."),
    "below_at_most": QT_TRANSLATE_NOOP("core", "Answers {group} to “{question}” are at most {share} of participants "
                                               "who answered, below the {wanted} target."),
    "met": QT_TRANSLATE_NOOP("core", "Answers {group} to “{question}” are {share} of participants who answered, "
                                     "meeting the {wanted} target."),
    "met_at_least": QT_TRANSLATE_NOOP("core", "Answers {group} to “{question}” are at least {share} of participants "
                                              "who answered, meeting the {wanted} target."),
}


def format_share(share: float | None, target: float | None = None) -> str:
    """A share as people read it, ``9 %``; one decimal where rounding would blur being above or below ``target``."""
    if share is None:
        return ""
    whole = round(share * 100)
    if target is not None and whole == round(target * 100) and share != target:
        return f"{share * 100:.1f} %"
    return f"{whole} %"


def _consenting(consents: Iterable[Consent], people: set[str]) -> set[str]:
    """Those of ``people`` whose consent to take part stands (their answers may be counted)."""
    records: dict[str, list[ConsentRecord]] = {}
    for row in consents:
        if row.participant_id in people and row.purpose == TAKE_PART:
            records.setdefault(row.participant_id, []).append(record_of(row))
    return {pid for pid, rows in records.items() if consent_states(rows)[TAKE_PART].active}


def _question_picture(
    question: ProfileQuestion, answers: Counter[tuple[str, str]], people: int, language: str
) -> QuestionPicture:
    counts = [answers[(question.id, choice.id)] for choice in question.choices]
    answered = sum(counts)
    published = protect(counts)
    choices = []
    for choice, pub in zip(question.choices, published, strict=True):
        share = pub.count / answered if pub.count is not None and answered else None
        choices.append(ChoiceCount(choice.code, pick_label(choice.labels, language, choice.code), pub.display,
                                   pub.count, share, format_share(share), pub.reason, pub.low, pub.high))
    return QuestionPicture(question.name, pick_label(question.labels, language, question.name), people, answered,
                           tuple(choices))


__all__ = [
    "ChoiceCount", "DiversityPicture", "QuestionPicture", "TargetCheck", "TargetData", "TargetService",
    "check_target", "diversity_picture", "format_share",
]
