"""Survey results: exact counts per kind of question, filters, groups, comparisons, and the small-count rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import select

from workshop_app.core.consent import ConsentService
from workshop_app.core.demo import fill_demo
from workshop_app.core.demo.texts import FORMULA_LIKE_ANSWER, SUGGESTIONS
from workshop_app.core.diversity_targets import TargetService
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.participants import ParticipantService
from workshop_app.core.results import ResultsService
from workshop_app.core.results_numbers import bin_edges, bin_labels, mean_median
from workshop_app.core.results_rules import ProfileGroup, QuestionSpec, ResultsFilter, kind_of
from workshop_app.core.results_tallies import question_result
from workshop_app.core.surveys import SurveyService
from workshop_app.core.word_counts import word_respondents, words_of
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models import Answer, Response
from workshop_app.db.models import Question as QuestionRow
from workshop_app.errors import UserError

DAY = datetime(2026, 10, 5, 12, 0, tzinfo=timezone.utc)
YOUNG = ProfileGroup("age_band", ("under_18", "18_29"), "Under 30")
OLD = ProfileGroup("age_band", ("60_74", "75_plus"), "60 or over")
AGREE = ("strongly_disagree", "disagree", "neutral", "agree", "strongly_agree", "dont_know")


def results_form(*, place_codes: Sequence[str] = ("library", "online", "school"),
                 label: str = "Do you like it?") -> Form:
    """Every kind of question, a group and a repeat."""
    lists = [
        ChoiceList("yes_no", [Choice("yes", {"en": "Yes", "pt": "Sim"}), Choice("no", {"en": "No", "pt": "Não"})]),
        ChoiceList("topics", [Choice(c, {"en": c.title()}) for c in ("jobs", "housing", "care")]),
        ChoiceList("agree", [Choice(c, {"en": c.replace("_", " ").capitalize()}) for c in AGREE]),
        ChoiceList("places", [Choice(c, {"en": c.title()}) for c in place_codes]),
    ]
    rows = [
        Question("intro", "note", {"en": "Welcome"}),
        Question("likes", "select_one", {"en": label, "pt": "Gosta?"}, list_name="yes_no"),
        Question("topics", "select_multiple", {"en": "Topics"}, list_name="topics"),
        Question("agree", "select_one", {"en": "I was heard"}, list_name="agree"),
        Question("score", "range", {"en": "Score"}, hint={"en": "1 = bad, 5 = good"},
                 parameters={"start": "1", "end": "5", "step": "1"}),
        Question("age", "integer", {"en": "Age"}),
        Question("why", "text", {"en": "Why?"}),
        Question("when", "date", {"en": "When?"}),
        Question("double", "calculate", calculation="${age} * 2"),
        Question("more", "group", {"en": "More"}, children=[
            Question("place", "select_one", {"en": "Where?"}, list_name="places")]),
        Question("household", "repeat", {"en": "Household"}, children=[
            Question("member_age", "integer", {"en": "Member's age"})]),
    ]
    return Form("results_test", "Results test", rows, lists, ["en", "pt"], "en")


def add_survey(db: Database, form: Form | None = None) -> str:
    return SurveyService(db).import_form(form or results_form()).id


def add_response(db: Database, survey_id: str, answers: Mapping[str, str | list[str]], *,
                 participant: str | None = None, workshop: str | None = None, started: datetime = DAY,
                 completed: bool = True) -> str:
    """A response written directly (answers inside a repeat as a list, one per instance)."""
    with db.transaction() as session:
        ids = dict(session.execute(select(QuestionRow.name, QuestionRow.id).where(
            QuestionRow.survey_id == survey_id)).all())
        response = Response(survey_id=survey_id, participant_id=participant, workshop_id=workshop, language="en",
                            mode="kiosk", started_at=started, completed_at=started if completed else None)
        session.add(response)
        session.flush()
        for name, value in answers.items():
            values = [(str(k), v) for k, v in enumerate(value, 1)] if isinstance(value, list) else [("", value)]
            for instance, text in values:
                session.add(Answer(response_id=response.id, question_id=ids[name], instance=instance, value=text,
                                   answered_at=started))
        return response.id


def person(db: Database, age_band: str | None = None, *, consent: bool = True) -> str:
    profile = {"age_band": age_band} if age_band else {}
    return ParticipantService(db).register(consents=["take_part"] if consent else [], recorded_by="Ana",
                                           profile=profile, given_at=DAY - timedelta(days=30)).id


def shown(result: object) -> list[tuple[str, str]]:
    return [(c.code, c.display) for c in result.counts]  # type: ignore[attr-defined]


# -- pure rules ------------------------------------------------------------------------------------------------
def test_the_kind_of_chart_follows_a_clear_rule() -> None:
    assert kind_of("select_one", codes=["yes", "no"]) == "choices"
    assert kind_of("select_one", "likert", ["a", "b", "c"]) == "likert"
    assert kind_of("select_one", codes=AGREE) == "likert"  # the agreement scale, "don't know" aside
    assert kind_of("select_one", codes=["agree", "disagree"]) == "choices"  # two points are not a scale
    assert kind_of("select_multiple", codes=AGREE) == "choices"
    assert kind_of("range", parameters={"start": "1", "end": "5"}) == "likert"
    assert kind_of("range", parameters={"start": "0", "end": "100"}) == "histogram"
    assert (kind_of("integer"), kind_of("decimal"), kind_of("text"), kind_of("date")) == (
        "histogram", "histogram", "words", "count_only")
    assert kind_of("note") is kind_of("calculate") is kind_of("group") is None


def test_a_rank_counts_first_choices_and_a_likert_appearance_makes_a_scale() -> None:
    rank = QuestionSpec("order", "rank", "choices", "Order", choices=(("a", "A"), ("b", "B"), ("c", "C")))
    result = question_result(rank, {("b a c",): 6, ("a b c",): 5, ("c",): 5})
    assert shown(result) == [("a", "5"), ("b", "6"), ("c", "5")]  # each person's first choice only
    assert result.respondents == 16 and not result.multiple
    # One "c" of 12: 12 − 6 − 5 would give it away, and then either of the others: both are hidden.
    small = question_result(rank, {("b a c",): 6, ("a b c",): 5, ("c",): 1})
    assert shown(small) == [("a", "≥5"), ("b", "≥5"), ("c", "<5")]
    scale = QuestionSpec("mood", "select_one", kind_of("select_one", "likert", ["sad", "ok", "glad", "na"]), "Mood",
                         choices=(("sad", "Sad"), ("ok", "OK"), ("glad", "Glad"), ("na", "N/A")))
    mood = question_result(scale, {("sad",): 5, ("ok",): 6, ("glad",): 7, ("na",): 5})
    assert [(c.code, c.side) for c in mood.counts] == [("sad", "negative"), ("ok", "neutral"), ("glad", "positive"),
                                                       ("na", "off_scale")]
    assert question_result(scale, {("sad",): 4}).withheld == "few"
    assert question_result(scale, {("sad",): 6}, others=3).withheld == "complement"


def test_bins_are_round_and_readable() -> None:
    assert bin_edges([0, 1, 3]) == [0, 1, 2, 3, 4]
    assert bin_labels([0, 1, 2, 3, 4], whole_numbers=True) == ["0", "1", "2", "3"]
    edges = bin_edges([18, 25, 40, 70])
    assert edges == [10, 20, 30, 40, 50, 60, 70, 80]
    assert bin_labels(edges, whole_numbers=True)[:2] == ["10–19", "20–29"]
    assert bin_labels([0, 0.5, 1], whole_numbers=False) == ["0–0.5", "0.5–1"]
    assert mean_median({1.0: 2, 4.0: 1, 10.0: 1}) == (4.0, 2.5)


def test_words_are_counted_once_per_person_without_stop_words_numbers_or_short_words() -> None:
    assert words_of("The LIBRARY, the library! 24 hours at 9am in Évora") == {"library", "hours", "évora"}
    assert words_of("Cursos à noite na biblioteca") == {"cursos", "noite", "biblioteca"}  # "na", "à" too short
    assert words_of("Більше курсів у бібліотеці") == {"більше", "курсів", "бібліотеці"}
    assert words_of("دورات مجانية في المكتبة") == {"دورات", "مجانية", "المكتبة"}
    assert word_respondents({"free courses": 3, "courses courses": 1}) == {"free": 3, "courses": 4}


# -- reading the database --------------------------------------------------------------------------------------
def test_an_empty_database_has_no_results(db: Database) -> None:
    service = ResultsService(db)
    assert service.surveys() == []
    with pytest.raises(UserError):
        service.survey_results("nothing")
    survey = add_survey(db)
    assert service.surveys() == []  # a survey nobody answered has no results yet
    assert service.date_span("results_test") is None
    results = service.survey_results("results_test")
    assert results.responses == 0 and survey
    assert {q.withheld for q in results.questions} == {"none"}


def test_every_kind_of_question_with_exact_counts(db: Database) -> None:
    survey = add_survey(db)
    likes = ["yes"] * 10 + ["no"] * 5
    topics = ["jobs care", "jobs", "jobs housing", "jobs housing", "jobs housing", "jobs", "housing", "housing",
              "jobs", "", "", "", "", "", ""]
    agree = ["agree"] * 6 + ["strongly_agree"] * 5 + ["neutral"] * 2 + ["disagree"] + ["dont_know"]
    scores = ["5", "5", "4", "4", "4", "4", "4", "3", "3", "3", "3", "3", "2", "1", "5"]
    ages = ["18", "19", "25", "27", "33", "41", "45", "52", "61", "70", "", "", "", "", ""]
    for k in range(15):
        answers = {"likes": likes[k], "topics": topics[k], "agree": agree[k], "score": scores[k], "age": ages[k],
                   "when": "2026-10-05"}
        add_response(db, survey, {name: value for name, value in answers.items() if value})
    results = ResultsService(db).survey_results("results_test", language="pt")
    assert results.responses == 15 and results.title == "Results test"
    assert [q.name for q in results.questions] == [
        "likes", "topics", "agree", "score", "age", "why", "when", "place", "member_age"]  # no note, calculate

    likes_result = results.question("likes")
    assert (likes_result.label, likes_result.kind, likes_result.respondents) == ("Gosta?", "choices", 15)
    assert [(c.code, c.label, c.display, c.display_share) for c in likes_result.counts] == [
        ("yes", "Sim", "10", "67 %"), ("no", "Não", "5", "33 %")]

    topics_result = results.question("topics")
    assert topics_result.respondents == 9 and topics_result.multiple
    # care (1) is "<5"; the others stay: with several answers each, counts do not add up to anything published.
    assert shown(topics_result) == [("jobs", "7"), ("housing", "5"), ("care", "<5")]
    assert topics_result.counts[0].share == pytest.approx(7 / 9)

    agree_result = results.question("agree")
    assert agree_result.kind == "likert"
    assert [(c.code, c.side) for c in agree_result.counts] == [
        ("strongly_disagree", "negative"), ("disagree", "negative"), ("neutral", "neutral"), ("agree", "positive"),
        ("strongly_agree", "positive"), ("dont_know", "off_scale")]
    assert shown(agree_result) == [("strongly_disagree", "0"), ("disagree", "<5"), ("neutral", "<5"),
                                   ("agree", "6"), ("strongly_agree", "5"), ("dont_know", "<5")]
    assert [c.code for c in agree_result.scale] == list(AGREE[:5])

    score = results.question("score")
    assert (score.kind, score.hint, score.mean, score.median) == ("likert", "1 = bad, 5 = good", 3.53, 4)
    assert shown(score) == [("1", "<5"), ("2", "<5"), ("3", "5"), ("4", "5"), ("5", "<5")]
    assert [c.side for c in score.counts] == ["negative", "negative", "neutral", "positive", "positive"]

    age = results.question("age")
    assert (age.kind, age.respondents, age.mean, age.median) == ("histogram", 10, 39.1, 37)
    assert [(c.label, c.display) for c in age.counts] == [
        ("10–19", "<5"), ("20–29", "<5"), ("30–39", "<5"), ("40–49", "<5"), ("50–59", "<5"), ("60–69", "<5"),
        ("70–79", "<5")]

    assert (results.question("when").kind, results.question("when").respondents) == ("count_only", 15)
    assert results.question("when").counts == ()
    assert results.question("why").withheld == "none"


def test_secondary_suppression_hides_a_count_that_would_give_a_small_one_away(db: Database) -> None:
    survey = add_survey(db)
    for place in ["library"] * 6 + ["online"] * 7 + ["school"] * 2:
        add_response(db, survey, {"place": place})
    place = ResultsService(db).survey_results("results_test").question("place")
    # 15 − 7 − 6 would give school's 2 away: the smaller of the others is hidden too.
    assert shown(place) == [("library", "≥5"), ("online", "7"), ("school", "<5")]
    assert [c.share for c in place.counts] == [None, pytest.approx(7 / 15), None]


def test_fewer_than_five_answers_show_no_breakdown(db: Database) -> None:
    survey = add_survey(db)
    for _ in range(4):
        add_response(db, survey, {"likes": "yes", "why": "Because Maria Silva from Rua Augusta said so"})
    results = ResultsService(db).survey_results("results_test")
    likes = results.question("likes")
    assert (likes.withheld, likes.counts, likes.respondents_display) == ("few", (), "<5")
    assert results.responses_display == "<5"


def test_words_need_five_people_and_never_carry_the_text(db: Database) -> None:
    survey = add_survey(db)
    texts = ["Free courses at the library library", "Courses in the library please", "A library course",
             "library evenings", "The library, with free wifi", "Evening courses near Maria's house",
             "courses", "Free courses"]
    for text in texts:
        add_response(db, survey, {"why": text})
    why = ResultsService(db).survey_results("results_test").question("why")
    assert why.kind == "words" and why.respondents == 8
    assert [(c.label, c.count) for c in why.counts] == [("courses", 5), ("library", 5)]
    assert "Maria" not in repr(why) and "wifi" not in repr(why)  # fewer than 5 people: not shown, text never


def test_answers_in_a_repeat_count_each_person_once(db: Database) -> None:
    survey = add_survey(db)
    for k in range(6):
        add_response(db, survey, {"member_age": ["30", "32", "70"] if k < 5 else ["5"]})
    member_age = ResultsService(db).survey_results("results_test").question("member_age")
    assert member_age.respondents == 6 and member_age.multiple
    counts = {c.label: c.display for c in member_age.counts}
    assert counts["30–39"] == "5" and counts["70–79"] == "5"  # five people, not ten ages
    assert counts["0–9"] == "<5"


def test_filters_by_workshop_dates_finished_and_group(db: Database, default_profile_questions: None) -> None:
    survey = add_survey(db)
    workshops = WorkshopService(db)
    first, second = workshops.create("First").id, workshops.create("Second").id
    for _ in range(6):
        add_response(db, survey, {"likes": "yes"}, workshop=first, participant=person(db, "18_29"))
    for k in range(7):
        add_response(db, survey, {"likes": "no"}, workshop=second, participant=person(db, "60_74"),
                     started=DAY + timedelta(days=10), completed=k < 5)
    for _ in range(2):
        add_response(db, survey, {"likes": "no"}, workshop=second, started=DAY + timedelta(days=10))  # anonymous
    service = ResultsService(db)

    def counts(**filters: object) -> tuple[int, list[tuple[str, str]]]:
        results = service.survey_results("results_test", ResultsFilter(**filters))  # type: ignore[arg-type]
        return results.responses, shown(results.question("likes"))

    assert counts() == (15, [("yes", "6"), ("no", "9")])
    assert counts(workshop_id=first) == (6, [("yes", "6"), ("no", "0")])
    assert counts(workshop_id=second) == (9, [("yes", "0"), ("no", "9")])
    local_day = DAY.astimezone().date()
    assert counts(date_to=local_day) == (6, [("yes", "6"), ("no", "0")])
    assert counts(date_from=local_day + timedelta(days=1)) == (9, [("yes", "0"), ("no", "9")])
    assert counts(date_from=local_day, date_to=local_day + timedelta(days=10))[0] == 15
    assert counts(completed_only=True)[0] == 13
    assert counts(group=YOUNG) == (6, [("yes", "6"), ("no", "0")])
    assert counts(group=OLD) == (7, [("yes", "0"), ("no", "7")])  # the two anonymous responses are not in it
    assert service.date_span("results_test") == (local_day, (DAY + timedelta(days=10)).astimezone().date())
    assert [(w.title, w.responses) for w in service.workshops("results_test")] == [("Second", 9), ("First", 6)]


def test_a_group_whose_complement_is_tiny_is_withheld(db: Database, default_profile_questions: None) -> None:
    survey = add_survey(db)
    for _ in range(8):
        add_response(db, survey, {"likes": "yes"}, participant=person(db, "30_44"))
    for _ in range(2):
        add_response(db, survey, {"likes": "no"}, participant=person(db, "60_74"))
    group = ProfileGroup("age_band", ("30_44",), "30–44")
    likes = ResultsService(db).survey_results("results_test", ResultsFilter(group=group)).question("likes")
    # Everyone shows 8 yes and "<5" no; this group's 8 yes beside it would pin the other two down.
    assert (likes.respondents, likes.withheld, likes.counts) == (8, "complement", ())


def test_people_who_withdrew_consent_leave_their_group(db: Database, default_profile_questions: None) -> None:
    survey = add_survey(db)
    people = [person(db, "18_29") for _ in range(6)]
    for pid in people:
        add_response(db, survey, {"likes": "yes"}, participant=pid)
    ConsentService(db).withdraw(participant_id=people[0], purpose="take_part", recorded_by="Ana",
                                at=DAY + timedelta(days=1))
    service = ResultsService(db)
    assert service.survey_results("results_test", ResultsFilter(group=YOUNG)).responses == 5
    assert service.survey_results("results_test").responses == 6  # their answers still count for everyone


def test_comparing_two_groups_side_by_side(db: Database, default_profile_questions: None) -> None:
    survey = add_survey(db)
    for k in range(10):
        add_response(db, survey, {"likes": "yes" if k < 7 else "no", "age": str(20 + k), "why": "free courses"},
                     participant=person(db, "18_29"))
    for k in range(6):
        add_response(db, survey, {"likes": "no" if k < 5 else "yes", "age": str(60 + 2 * k), "why": "bus courses"},
                     participant=person(db, "75_plus"))
    for _ in range(3):
        add_response(db, survey, {"likes": "yes"}, participant=person(db, "30_44"))
    service = ResultsService(db)
    likes = service.compare("results_test", "likes", YOUNG, OLD)
    assert (likes.a.respondents, likes.b.respondents, likes.group_a, likes.group_b) == (10, 6, YOUNG, OLD)
    assert likes.categories == (("yes", "Yes"), ("no", "No"))
    # Two answers and a known total: one "<5" hides the other too; 1 and 5 of 6 cannot be shown at all.
    assert (shown(likes.a), shown(likes.b)) == ([("yes", "≥5"), ("no", "<5")], [("yes", "–"), ("no", "–")])
    age = service.compare("results_test", "age", YOUNG, OLD)
    assert [c.code for c in age.a.counts] == [c.code for c in age.b.counts]  # the same bins for both groups
    assert age.a.counts[0].label == "20–24" and age.b.counts[-1].label == "70–74"
    why = service.compare("results_test", "why", YOUNG, OLD)
    assert [(c.label, c.display) for c in why.a.counts] == [("courses", "10"), ("free", "10"), ("bus", "0")]
    assert [(c.label, c.display) for c in why.b.counts] == [("courses", "6"), ("free", "0"), ("bus", "6")]
    everyone = service.compare("results_test", "likes", None, OLD)
    assert everyone.a.respondents == 19 and everyone.b.withheld is None
    few = service.compare("results_test", "likes", YOUNG, ProfileGroup("age_band", ("30_44",), "30–44"))
    assert (few.b.withheld, few.b.counts, few.a.withheld) == ("few", (), None)
    whole = service.compare_survey("results_test", YOUNG, OLD)
    assert [c.name for c in whole][:3] == ["likes", "topics", "agree"]
    with pytest.raises(UserError):
        service.compare("results_test", "nope", YOUNG, OLD)


def test_versions_of_a_form_count_together(db: Database) -> None:
    surveys = SurveyService(db)
    first = add_survey(db, results_form(place_codes=("library", "online", "school")))
    for place in ["library"] * 5 + ["school"] * 5:
        add_response(db, first, {"place": place, "likes": "yes"})
    # Edited after answers came in: a new version, with a new label and a new list of places.
    second = surveys.save_form(first, results_form(place_codes=("online", "library", "park"), label="Like it?")).id
    assert second != first
    for place in ["park"] * 5:
        add_response(db, second, {"place": place, "likes": "no"})
    service = ResultsService(db)
    [summary] = service.surveys()
    assert (summary.form_id, summary.versions, summary.responses, summary.latest_id) == (
        "results_test", (1, 2), 15, second)
    results = service.survey_results("results_test")
    assert results.question("likes").label == "Like it?"
    assert shown(results.question("likes")) == [("yes", "10"), ("no", "5")]
    # The newest list's order first, then what only the older version had.
    assert shown(results.question("place")) == [("online", "0"), ("library", "5"), ("park", "5"), ("school", "5")]


def test_group_choices_and_suggested_groups(db: Database, default_profile_questions: None) -> None:
    service = ResultsService(db)
    questions = {q.name: q for q in service.profile_groups("pt")}
    age = questions["age_band"]
    assert age.label == "Faixa etária" and "prefer_not_to_say" not in [c.code for c in age.choices]
    assert age.group(["60_74", "75_plus"]) == ProfileGroup("age_band", ("60_74", "75_plus"),
                                                            "Faixa etária: 60–74 / 75 ou mais")
    TargetService(db).set_target("gender", ["woman", "non_binary"], 0.5, labels={"en": "Women and non-binary"})
    suggested = service.suggested_groups("en")
    assert [g.label for g in suggested] == ["Gender: Women and non-binary", "Age group: Under 30",
                                            "Age group: 60 or over"]
    assert suggested[1].codes == ("under_18", "18_29")


def test_the_demo_results_publish_only_safe_numbers(db: Database) -> None:
    fill_demo(db, participants=80, seed=3)
    service = ResultsService(db)
    [survey] = service.surveys()
    results = service.survey_results(survey.form_id)
    assert results.responses == survey.responses > 50
    assert [q.name for q in results.questions][:4] == ["workshop_rating", "felt_heard", "internet_use", "confidence"]
    assert results.question("felt_heard").kind == "likert" and results.question("hours_per_week").kind == "histogram"
    for question in results.questions:
        for count in question.counts:
            assert count.count is None or count.count == 0 or count.count >= 5, (question.name, count)
            assert (count.share is None) == (count.count is None)
    published = repr(results)
    assert FORMULA_LIKE_ANSWER not in published
    assert not any(text in published for texts in SUGGESTIONS.values() for text in texts)
    groups = service.suggested_groups("en")
    comparisons = service.compare_survey(survey.form_id, groups[0], groups[1])
    assert len(comparisons) == len(results.questions)
    for comparison in comparisons:
        for side in (comparison.a, comparison.b):
            assert side.shown or not side.counts
    filtered = service.survey_results(survey.form_id, replace(ResultsFilter(), completed_only=True))
    assert filtered.responses == results.responses - 2  # the demo's two unfinished responses


def test_dates_are_the_laptops_calendar_days(db: Database) -> None:
    survey = add_survey(db)
    local_midnight = datetime.combine(date(2026, 10, 5), time()).astimezone()
    for minutes in (-1, 1, 2, 3, 4, 5):
        add_response(db, survey, {"likes": "yes"}, started=local_midnight + timedelta(minutes=minutes))
    service = ResultsService(db)
    assert service.survey_results("results_test", ResultsFilter(date_from=date(2026, 10, 5))).responses == 5
    assert service.survey_results("results_test", ResultsFilter(date_to=date(2026, 10, 4))).responses == 1
