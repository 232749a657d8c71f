"""The diversity picture from a database: counts per answer, small counts hidden, targets and missing voices."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from workshop_app.core.consent import ConsentService
from workshop_app.core.diversity import diversity_picture, format_share
from workshop_app.core.diversity_targets import TargetService
from workshop_app.core.participant_rules import format_code
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.base import new_id
from workshop_app.db.database import Database
from workshop_app.db.models import Attendance, Consent, Participant, ProfileAnswer, ProfileQuestion
from workshop_app.errors import UserError

NOW = datetime.now(timezone.utc)
OVER_60 = {"en": "People over 60", "pt": "Pessoas com mais de 60 anos"}

pytestmark = pytest.mark.usefixtures("default_profile_questions")


@pytest.fixture
def targets(db: Database) -> TargetService:
    return TargetService(db)


def _people(db: Database, answers: Sequence[dict[str, str]], *, workshop_id: str | None = None,
            consent: bool = True) -> list[str]:
    """Participants with these profile answers, written in one transaction (fast, unlike one by one)."""
    with db.transaction() as session:
        choices = {(q.name, c.code): (q.id, c.id) for q in session.scalars(select(ProfileQuestion))
                   for c in q.choices}
        start = session.scalar(select(func.count()).select_from(Participant)) or 0
        people = [Participant(id=new_id(), code=format_code(start + i + 1)) for i in range(len(answers))]
        session.add_all(people)
        session.flush()
        for person, given in zip(people, answers, strict=True):
            if consent:
                session.add(Consent(participant_id=person.id, purpose="take_part", given_at=NOW, recorded_by="Ana"))
            if workshop_id:
                session.add(Attendance(participant_id=person.id, workshop_id=workshop_id, checked_in_at=NOW))
            for name, code in given.items():
                question_id, choice_id = choices[(name, code)]
                session.add(ProfileAnswer(participant_id=person.id, question_id=question_id, choice_id=choice_id))
    return [p.id for p in people]


def _many(**counts: int) -> list[dict[str, str]]:
    """``age_band=...`` or ``gender=...`` counts, e.g. ``_many(woman=3)`` → three people answering "woman"."""
    question = {"woman": "gender", "man": "gender", "non_binary": "gender", "self_described": "gender"}
    return [{question.get(code, "age_band"): code} for code, n in counts.items() for _ in range(n)]


def test_counts_and_shares_of_those_who_answered(db: Database) -> None:
    _people(db, _many(woman=8, man=3, non_binary=1))
    _people(db, [{}, {}])  # came, answered nothing
    gender = diversity_picture(db).question("gender")
    assert (gender.people, gender.answered, gender.not_answered) == (14, 12, 2)
    assert [(c.code, c.display) for c in gender.choices] == [
        ("woman", "8"), ("man", "<5"), ("non_binary", "<5"), ("self_described", "0"), ("prefer_not_to_say", "0")]
    woman, man = gender.choices[0], gender.choices[1]
    assert woman.display_share == "67 %" and woman.share == pytest.approx(8 / 12)
    assert man.count is None and man.share is None and man.display_share == ""  # a share would give the count away


def test_one_small_count_cannot_be_recovered_from_the_total(db: Database) -> None:
    _people(db, _many(woman=7, man=6, non_binary=1))
    gender = diversity_picture(db).question("gender")
    shown = sum(c.count for c in gender.choices if c.count is not None)
    hidden = [c for c in gender.choices if c.count is None]
    assert len(hidden) == 2 and all(c.display == "<5" for c in hidden)
    assert gender.answered - shown == 1  # one person among two hidden answers: not which one


def test_prefer_not_to_say_is_an_answer_and_reported_with_its_share(db: Database) -> None:
    _people(db, [{"age_band": "prefer_not_to_say"}] * 5 + _many(**{"18_29": 10, "30_44": 10}) + [{}] * 3)
    age = diversity_picture(db, language="pt").question("age_band")
    assert age.label == "Faixa etária" and age.answered == 25 and age.not_answered == 3
    pnts = age.choices[-1]
    assert pnts.prefer_not_to_say and pnts.display == "5" and pnts.display_share == "20 %"
    assert pnts.label == "Prefiro não dizer"


def test_answers_count_only_while_consent_to_take_part_stands(db: Database) -> None:
    [first, *_] = _people(db, _many(woman=6))
    ConsentService(db).withdraw(participant_id=first, purpose="take_part", recorded_by="Ana")
    _people(db, _many(man=5), consent=False)
    gender = diversity_picture(db).question("gender")
    assert (gender.people, gender.answered, gender.choices[0].display, gender.choices[1].display) == (11, 5, "5", "0")


def test_per_workshop_and_overall(db: Database) -> None:
    workshops = WorkshopService(db)
    morning, evening = workshops.create("Morning").id, workshops.create("Evening").id
    _people(db, _many(woman=9), workshop_id=morning)
    _people(db, _many(man=6), workshop_id=evening)
    assert diversity_picture(db, morning).question("gender").choices[0].display == "9"
    assert diversity_picture(db, evening).question("gender").choices[0].display == "0"
    overall = diversity_picture(db)
    assert overall.people == 15 and [c.display for c in overall.question("gender").choices[:2]] == ["9", "6"]
    empty = diversity_picture(db, workshops.create("Planned").id)
    assert empty.people == 0 and all(c.display == "0" for q in empty.questions for c in q.choices)
    with pytest.raises(UserError, match="no longer exists"):
        diversity_picture(db, "gone")


def test_missing_voices_are_named_plainly(db: Database, targets: TargetService) -> None:
    _people(db, [{"age_band": a, "gender": g} for a, g in zip(
        ["18_29"] * 15 + ["30_44"] * 15 + ["45_59"] * 20 + ["60_74"] * 5,
        ["woman"] * 32 + ["man"] * 23, strict=True)])
    targets.set_target("age_band", ["60_74", "75_plus"], 0.15, labels=OVER_60)
    targets.set_target("gender", ["woman"], 0.40, labels={"en": "Women"})
    picture = diversity_picture(db)
    [older] = picture.missing_voices
    assert older.sentence == "People over 60 are 9 % of participants who answered, below the 15 % target."
    assert older.share == pytest.approx(5 / 55)
    women = next(c for c in picture.targets if c.target.question_name == "gender")
    assert women.status == "met" and women.sentence.startswith("Women are 58 % of participants who answered")
    assert diversity_picture(db, language="pt").missing_voices[0].label == OVER_60["pt"]


def test_a_target_on_hidden_counts_says_only_what_the_published_numbers_allow(db: Database,
                                                                            targets: TargetService) -> None:
    _people(db, _many(**{"30_44": 18, "60_74": 2}))
    targets.set_target("age_band", ["60_74", "75_plus"], 0.10)
    [check] = diversity_picture(db).targets
    assert check.status == "unclear" and "without singling anyone out" in check.sentence
    _people(db, _many(**{"30_44": 20}))
    [check] = diversity_picture(db).targets
    assert check.status == "missing" and check.share is None
    assert check.sentence == ("Answers “60–74” or “75 or over” to “Age group” are fewer than 5 of the 40 "
                              "participants who answered, below the 10 % target.")


def test_targets_with_no_answers_or_no_question(db: Database, targets: TargetService) -> None:
    targets.set_target("gender", ["woman", "non_binary"], 0.5)
    [check] = diversity_picture(db).targets
    assert check.status == "no_answers" and not check.missing


def test_setting_and_removing_targets(targets: TargetService) -> None:
    first = targets.set_target("gender", ["woman"], 0.4)
    again = targets.set_target("gender", ["woman", "woman"], 0.5, labels={"en": "Women"})
    assert again.id == first.id and targets.targets() == [again] and again.label() == "Women"
    assert targets.remove_target(first.id) == again and targets.targets() == []
    with pytest.raises(UserError, match="no longer exists"):
        targets.remove_target(first.id)


@pytest.mark.parametrize(("args", "words"), [
    (("gender", ["woman"], 40), r"write 0\.15 for 15 %"),
    (("gender", ["woman"], 0), "more than 0 %"),
    (("gender", ["woman"], "0.4"), "more than 0 %"),
    (("gender", [], 0.4), "at least one answer"),
    (("gender", ["prefer_not_to_say"], 0.4), "not an answer to “Gender” that a target"),
    (("gender", ["female"], 0.4), "'female' is not an answer"),
    (("height", ["tall"], 0.4), "no profile question"),
])
def test_bad_targets_are_refused(targets: TargetService, args: tuple, words: str) -> None:
    with pytest.raises(UserError, match=words):
        targets.set_target(*args)
    assert targets.targets() == []


def test_shares_round_without_blurring_a_target() -> None:
    assert format_share(0.0909) == "9 %" and format_share(0.58) == "58 %" and format_share(None) == ""
    assert format_share(0.146, 0.15) == "14.6 %" and format_share(0.15, 0.15) == "15 %"
    assert format_share(0.12, 0.15) == "12 %"


def test_a_target_set_before_its_question_was_deleted_is_reported(db: Database, targets: TargetService) -> None:
    from workshop_app.core.profiles import ProfileService

    targets.set_target("disability", ["yes"], 0.1, labels={"en": "Disabled people"})
    profiles = ProfileService(db)
    profiles.delete_question(next(q.id for q in profiles.questions() if q.name == "disability"))
    [check] = diversity_picture(db).targets
    assert check.status == "no_question" and "Disabled people" in check.sentence


def test_the_picture_is_quick_for_a_city(db: Database) -> None:
    _people(db, _many(woman=600, man=500, non_binary=3, **{"60_74": 90}))
    start = time.perf_counter()
    picture = diversity_picture(db)
    assert time.perf_counter() - start < 0.5 and picture.people == 1193
