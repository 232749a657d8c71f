"""Editing the list of profile questions, and keeping profile answers inside that list."""

from __future__ import annotations

import pytest

from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, ProfileQuestionData, ProfileValue
from workshop_app.core.participants import ParticipantService
from workshop_app.core.profiles import ProfileService
from workshop_app.db.database import Database
from workshop_app.errors import UserError

NEIGHBOURHOOD = {"en": "Neighbourhood", "pt": "Bairro", "uk": "Район"}

pytestmark = pytest.mark.usefixtures("default_profile_questions")


@pytest.fixture
def profiles(db: Database) -> ProfileService:
    return ProfileService(db)


def _question(profiles: ProfileService, name: str) -> ProfileQuestionData:
    return next(q for q in profiles.questions() if q.name == name)


def test_a_new_question_always_offers_prefer_not_to_say(profiles: ProfileService) -> None:
    question = profiles.add_question("neighbourhood", NEIGHBOURHOOD,
                                     [("centre", {"en": "Centre", "pt": "Centro"}), ("north", {"en": "North"})])
    assert question.codes == ("centre", "north", PREFER_NOT_TO_SAY)
    assert question.label("uk") == "Район" and question.choices[1].label("pt") == "North"  # falls back to English
    assert question.choices[-1].label("pt") == "Prefiro não dizer"
    assert [q.name for q in profiles.questions()][-1] == "neighbourhood"
    assert {"en", "pt", "uk"} <= set(profiles.languages())


@pytest.mark.parametrize(("name", "labels", "choices", "words"), [
    ("Age Band!", {"en": "x"}, [], "lower-case"),
    ("age_band", {"en": "Age again"}, [], "already a profile question"),
    ("n", {"en": "  "}, [], "at least one language"),
    ("n", {"english": "N"}, [], "not a language code"),
    ("n", {"en": "N"}, [("a", {"en": "A"}), ("a", {"en": "A again"})], "its own code"),
    ("n", {"en": "N"}, [("A B", {"en": "A"})], "choice code"),
    ("n", {"en": "x" * 301}, [], "at most 300"),
])
def test_bad_questions_are_refused(profiles: ProfileService, name: str, labels: dict, choices: list,
                                   words: str) -> None:
    before = profiles.questions()
    with pytest.raises(UserError, match=words):
        profiles.add_question(name, labels, choices)
    assert profiles.questions() == before


def test_rename_reorder_and_translate(profiles: ProfileService) -> None:
    age = _question(profiles, "age_band")
    old = profiles.set_question_labels(age.id, {"en": "How old are you?", "ar": "كم عمرك؟"})
    assert old == {"en": "Age group", "pt": "Faixa etária"}
    assert _question(profiles, "age_band").label("ar") == "كم عمرك؟"
    assert profiles.move_question(age.id, 3) == 0
    assert [q.name for q in profiles.questions()][:4] == ["gender", "migrant_background", "employment", "age_band"]
    assert [q.position for q in profiles.questions()] == list(range(7))
    first = age.choices[0]
    profiles.set_choice_labels(first.id, {"en": "Younger than 18"})
    assert profiles.move_choice(first.id, 5) == 0
    assert _question(profiles, "age_band").codes[5] == "under_18"


def test_choices_are_added_before_prefer_not_to_say_and_deleted_only_when_unused(
    profiles: ProfileService, db: Database
) -> None:
    first_language = _question(profiles, "first_language")
    sign = profiles.add_choice(first_language.id, "sign_language", {"en": "A sign language"})
    assert _question(profiles, "first_language").codes[-2:] == ("sign_language", PREFER_NOT_TO_SAY)
    with pytest.raises(UserError, match="already has a choice"):
        profiles.add_choice(first_language.id, "sign_language", {"en": "Again"})
    person = ParticipantService(db).register(recorded_by="", profile={"first_language": "sign_language"})
    with pytest.raises(UserError, match="1 participant gave the answer “A sign language”"):
        profiles.delete_choice(sign.id)
    ParticipantService(db).set_profile_answer(person.id, "first_language", None)
    snapshot = profiles.delete_choice(sign.id)
    assert "sign_language" not in _question(profiles, "first_language").codes
    profiles.restore_choice(snapshot)
    assert _question(profiles, "first_language").codes[-2:] == ("sign_language", PREFER_NOT_TO_SAY)
    assert [c.position for c in _question(profiles, "first_language").choices] == list(range(5))


def test_prefer_not_to_say_cannot_be_deleted(profiles: ProfileService) -> None:
    gender = _question(profiles, "gender")
    with pytest.raises(UserError, match="keeps “Prefer not to say”"):
        profiles.delete_choice(gender.choices[-1].id)


def test_deleting_a_question_takes_its_answers_and_undo_brings_them_back(profiles: ProfileService,
                                                                          db: Database) -> None:
    people = ParticipantService(db)
    person = people.register(recorded_by="", profile={"disability": "yes", "age_band": "18_29"})
    disability = _question(profiles, "disability")
    assert profiles.answer_count(disability.id) == 1
    snapshot = profiles.delete_question(disability.id)
    assert people.get(person.id).profile == {"age_band": ProfileValue("18_29")}
    assert [q.position for q in profiles.questions()] == list(range(6))
    profiles.restore_question(snapshot)
    assert people.get(person.id).profile["disability"] == ProfileValue("yes")
    assert [q.name for q in profiles.questions()][4] == "disability"
    assert [q.position for q in profiles.questions()] == list(range(7))


@pytest.mark.parametrize(("question", "value", "expected"), [
    ("age_band", "60_74", ProfileValue("60_74")),
    ("age_band", "75 ou mais", ProfileValue("75_plus")),  # a label in any language
    ("gender", "prefer not to say", ProfileValue(PREFER_NOT_TO_SAY)),
    ("gender", "Two-spirit 🌈", ProfileValue("self_described", "Two-spirit 🌈")),
    ("first_language", "العربية", ProfileValue("other", "العربية")),
    ("gender", ProfileValue("self_described", "genderqueer"), ProfileValue("self_described", "genderqueer")),
])
def test_answers_come_from_the_list_or_are_the_person_s_own_words(db: Database, question: str, value: object,
                                                                   expected: ProfileValue) -> None:
    people = ParticipantService(db)
    person = people.register(recorded_by="", profile={question: value})
    assert people.get(person.id).profile[question] == expected


@pytest.mark.parametrize(("question", "value", "words"), [
    ("age_band", "42", "not one of the answers to “Age group”"),
    ("disability", "sometimes", "not one of the answers"),
    ("age_band", ProfileValue("90_plus"), "not one of the answers"),
    ("age_band", ProfileValue("18_29", "young at heart"), "Only a self-described answer"),
    ("gender", "x" * 201, "at most 200"),
    ("height", "tall", "no profile question called 'height'"),
])
def test_answers_outside_the_list_are_refused(db: Database, question: str, value: object, words: str) -> None:
    people = ParticipantService(db)
    person = people.register(recorded_by="")
    with pytest.raises(UserError, match=words):
        people.set_profile_answer(person.id, question, value)
    assert people.get(person.id).profile == {}


def test_changes_are_announced(profiles: ProfileService) -> None:
    seen: list[object] = []
    profiles.changed.connect(seen.append)
    question = profiles.add_question("neighbourhood", NEIGHBOURHOOD)
    profiles.add_choice(question.id, "centre", {"en": "Centre"})
    assert seen == [question.id, question.id]
