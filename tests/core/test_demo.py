"""The demo data: sizes, reproducibility, privacy rules, skip logic, and refusing to touch a database in use."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from workshop_app.core.demo import COUNT_KINDS, activities, fill_demo
from workshop_app.core.profile_questions import ensure_default_profile_questions
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.base import Base
from workshop_app.db.database import Database
from workshop_app.db.models import (
    Activity,
    Answer,
    Attendance,
    Choice,
    ChoiceList,
    Consent,
    Idea,
    IdeaCluster,
    Participant,
    PersonalData,
    ProfileAnswer,
    ProfileChoice,
    ProfileQuestion,
    Question,
    Response,
    Stakeholder,
    StakeholderAssessment,
    StakeholderMap,
    StakeholderRelationship,
    Survey,
    Vote,
    Workshop,
)
from workshop_app.errors import UserError

LAPTOP = "laptop-test"  # the `db` fixture's laptop id: rows of both databases carry the same one
MODELS = {
    "workshops": Workshop, "participants": Participant, "consents": Consent, "surveys": Survey,
    "responses": Response, "answers": Answer, "ideas": Idea, "votes": Vote, "stakeholder_maps": StakeholderMap,
    "stakeholders": Stakeholder, "relationships": StakeholderRelationship,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    """One database filled with seed 0 and 60 participants, shared by the read-only checks."""
    database = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite", create=True, laptop_id=LAPTOP)
    counts = fill_demo(database, participants=60, seed=0)
    yield database, counts
    database.close()


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted by id, so two databases can be compared whole."""
    with db.engine.connect() as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(table.select().order_by(table.c.id))]
            for table in Base.metadata.sorted_tables
        }


def ids(db: Database) -> dict[str, set[str]]:
    """The row ids of every table."""
    with db.engine.connect() as conn:
        return {table.name: set(conn.scalars(select(table.c.id))) for table in Base.metadata.sorted_tables}


def relevant(expression: str, values: dict[str, str]) -> bool:
    """The two relevance forms the demo survey uses, evaluated independently of the generator."""
    if not expression:
        return True
    if match := re.fullmatch(r"\$\{(\w+)\} = '(\w+)'", expression):
        return values.get(match[1]) == match[2]
    if match := re.fullmatch(r"selected\(\$\{(\w+)\}, '(\w+)'\)", expression):
        return match[2] in values.get(match[1], "").split()
    raise AssertionError(f"the demo survey uses an expression this test does not know: {expression}")


def test_counts_are_in_the_expected_ranges_and_match_the_rows(demo: tuple[Database, dict[str, int]]) -> None:
    db, counts = demo
    assert tuple(counts) == COUNT_KINDS
    assert counts["workshops"] == 5 and counts["participants"] == 60 and counts["surveys"] == 1
    assert counts["stakeholder_maps"] == 1
    assert 60 <= counts["consents"] <= 150
    assert 45 <= counts["responses"] <= 70
    assert 6 * counts["responses"] <= counts["answers"] <= 11 * counts["responses"]
    assert 4 * 8 <= counts["ideas"] <= 4 * 15
    assert 60 <= counts["votes"] <= 400
    assert 22 <= counts["stakeholders"] <= 30 and 25 <= counts["relationships"] <= 35
    with db.session() as session:
        for kind, model in MODELS.items():
            assert session.scalar(select(func.count()).select_from(model)) == counts[kind], kind


def test_the_same_seed_writes_identical_rows(demo: tuple[Database, dict[str, int]], db: Database) -> None:
    fill_demo(db, participants=60, seed=0)
    assert dump(db) == dump(demo[0])


def test_another_seed_writes_other_ids(demo: tuple[Database, dict[str, int]], db: Database) -> None:
    fill_demo(db, participants=60, seed=1)
    ours, theirs = ids(demo[0]), ids(db)
    for table, row_ids in ours.items():
        assert not row_ids & theirs[table], table


def test_every_timestamp_is_aware_and_in_the_demo_s_season(demo: tuple[Database, dict[str, int]]) -> None:
    for table, rows in dump(demo[0]).items():
        for row in rows:
            for value in row:
                if isinstance(value, datetime):
                    assert value.tzinfo is not None, table
                    assert datetime(2026, 7, 1, tzinfo=timezone.utc) < value < datetime(2027, 1, 1, tzinfo=timezone.utc)


def test_participant_codes_are_unique_and_well_formed(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        codes = list(session.scalars(select(Participant.code)))
    assert sorted(codes) == [f"P-{n:04d}" for n in range(1, 61)]


def test_only_people_who_consented_answer_under_their_code(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        consents = session.scalars(select(Consent).where(Consent.purpose == "take_part"))
        take_part = {c.participant_id: c for c in consents}
        responses = list(session.scalars(select(Response)))
        for response in responses:
            if response.participant_id is not None:
                consent = take_part[response.participant_id]
                assert consent.given_at < response.started_at and consent.withdrawn_at is None
                attended = session.scalar(select(Attendance).where(
                    Attendance.participant_id == response.participant_id,
                    Attendance.workshop_id == response.workshop_id,
                ))
                assert attended is not None
        for vote in session.scalars(select(Vote).where(Vote.participant_id.is_not(None))):
            assert take_part[vote.participant_id].withdrawn_at is None
    anonymous = [r for r in responses if r.participant_id is None]
    assert 2 <= len(anonymous) <= 5
    assert Counter(r.participant_id for r in responses if r.participant_id).most_common(1)[0][1] == 1


def test_answers_follow_the_skip_logic(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        questions = {q.id: q for q in session.scalars(select(Question))}
        codes = {
            name: {c.name for c in session.scalars(select(Choice).join(ChoiceList).where(ChoiceList.name == name))}
            for name in session.scalars(select(ChoiceList.name))
        }
        lists = {cl.id: cl.name for cl in session.scalars(select(ChoiceList))}
        responses = list(session.scalars(select(Response)))
        answers = defaultdict(list)
        for answer in session.scalars(select(Answer)):
            answers[answer.response_id].append(answer)
    unfinished = [r for r in responses if r.completed_at is None]
    assert len(unfinished) == 2
    for response in responses:
        given = {questions[a.question_id].name: a.value for a in answers[response.id]}
        assert len(given) == len(answers[response.id]) and given
        for answer in answers[response.id]:
            question = questions[answer.question_id]
            assert question.type != "note" and relevant(question.relevant, given), (question.name, given)
            assert response.started_at < answer.answered_at
            assert response.completed_at is None or answer.answered_at < response.completed_at
            _check_value(question, answer.value, codes[lists[question.list_id]] if question.list_id else set())
        if response.completed_at is not None:
            for question in questions.values():
                if question.required and relevant(question.relevant, given):
                    assert question.name in given, (question.name, given)
    took = Counter(a.value for rs in answers.values() for a in rs if questions[a.question_id].name == "took_course")
    assert took["yes"] and took["no"]  # both branches of the skip logic are exercised


def _check_value(question: Question, value: str, codes: set[str]) -> None:
    if question.type == "select_one":
        assert value in codes
    elif question.type == "select_multiple":
        chosen = value.split()
        assert chosen and set(chosen) <= codes and len(set(chosen)) == len(chosen)
        assert "none" not in chosen or chosen == ["none"]
    elif question.type == "range":
        assert question.parameters == {"start": 1, "end": 5, "step": 1} and 1 <= int(value) <= 5
    elif question.type == "integer":
        assert 0 <= int(value) <= 40
    else:
        assert question.type == "text" and value.strip()


def test_free_texts_include_other_scripts_and_a_formula_lookalike(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        texts = list(session.scalars(select(Answer.value).join(Question).where(Question.type == "text")))
    assert sum(t.startswith("=") for t in texts) == 1
    assert any(re.search("[\u0400-\u04ff]", t) for t in texts)  # Cyrillic
    assert any(re.search("[\u0600-\u06ff]", t) for t in texts)  # Arabic
    assert any(re.search("[ãõçé]", t) for t in texts)  # Portuguese


def test_the_survey_is_bilingual(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        survey = session.scalars(select(Survey)).one()
        assert (survey.form_id, survey.version, survey.default_language, survey.title) == (
            "ulg_feedback", 1, "en", "ULG workshop feedback")
        assert 10 <= len(survey.questions) <= 13
        types = {q.type for q in survey.questions}
        assert {"note", "range", "select_one", "select_multiple", "text", "integer"} <= types
        for question in survey.questions:
            labels = {t.language: t.label for t in question.translations}
            assert set(labels) == {"en", "pt"} and all(labels.values()), question.name
        for choice_list in survey.choice_lists:
            for choice in choice_list.choices:
                assert {t.language for t in choice.translations if t.label} == {"en", "pt"}


def test_profile_answers_tell_the_story_of_who_came(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        rows = session.execute(
            select(ProfileQuestion.name, ProfileChoice.code, ProfileAnswer.text)
            .join(ProfileChoice, ProfileAnswer.choice_id == ProfileChoice.id)
            .join(ProfileQuestion, ProfileAnswer.question_id == ProfileQuestion.id)
            .where(ProfileChoice.question_id == ProfileQuestion.id)
        ).all()
        assert len(rows) == session.scalar(select(func.count()).select_from(ProfileAnswer))
    by_question = defaultdict(Counter)
    for name, code, _ in rows:
        by_question[name][code] += 1
    genders, ages = by_question["gender"], by_question["age_band"]
    assert 0.55 <= genders["woman"] / genders.total() <= 0.61
    assert 0.07 <= (ages["60_74"] + ages["75_plus"]) / ages.total() <= 0.11
    assert len(by_question) == 7 and all(c.total() >= 40 for c in by_question.values())
    assert sum(c["prefer_not_to_say"] for c in by_question.values()) >= 5
    assert any(text for name, code, text in rows if name == "first_language" and code == "other")


def test_attendance_consents_and_personal_data(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        workshops = {w.id: w for w in session.scalars(select(Workshop))}
        facilitators = {w.facilitator for w in workshops.values()}
        visits = Counter()
        for attendance in session.scalars(select(Attendance)):
            workshop = workshops[attendance.workshop_id]
            assert workshop.status == "done"
            assert abs((attendance.checked_in_at - workshop.starts_at).total_seconds()) < 3600
            visits[attendance.participant_id] += 1
        consents = list(session.scalars(select(Consent)))
        named = list(session.scalars(select(PersonalData)))
    assert len(visits) == 60 and set(visits.values()) <= {1, 2, 3}
    assert sorted(w.status for w in workshops.values()) == ["done"] * 4 + ["planned"]
    purposes = Counter(c.purpose for c in consents)
    assert purposes["take_part"] >= 55 and purposes["photos"] >= 10
    assert all(c.recorded_by in facilitators for c in consents)
    withdrawn = [c for c in consents if c.withdrawn_at is not None]
    assert 1 <= len(withdrawn) <= 2 and all(c.purpose == "photos" and c.withdrawn_at > c.given_at for c in withdrawn)
    assert {c.participant_id for c in consents if c.purpose == "be_contacted"} == {p.participant_id for p in named}
    assert 4 <= len(named) <= 8 and all(p.name and p.contact for p in named)
    assert any(not p.name.isascii() for p in named)


def test_brainstorms_and_dot_votes(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        kinds = {a.id: (a.workshop_id, a.kind) for a in session.scalars(select(Activity))}
        ideas = {i.id: i for i in session.scalars(select(Idea))}
        clusters = {c.id: c for c in session.scalars(select(IdeaCluster))}
        votes = list(session.scalars(select(Vote)))
        dot_options = [a.options for a in session.scalars(select(Activity).where(Activity.kind == "dot_vote"))]
    assert dot_options and all(o == {"dots": 3} for o in dot_options)
    per_board = Counter(i.activity_id for i in ideas.values())
    assert len(per_board) == 4 and all(8 <= n <= 15 for n in per_board.values())
    assert all(kinds[a][1] == "brainstorm" for a in per_board)
    assert all(3 <= n <= 4 for n in Counter(c.activity_id for c in clusters.values()).values())
    unsorted = Counter(i.activity_id for i in ideas.values() if i.cluster_id is None)
    assert all(n <= 2 for n in unsorted.values())
    for idea in ideas.values():
        assert idea.cluster_id is None or clusters[idea.cluster_id].activity_id == idea.activity_id
    spent = Counter()
    for vote in votes:
        assert 1 <= vote.dots <= 3
        if vote.participant_id:
            spent[(vote.participant_id, ideas[vote.idea_id].activity_id)] += vote.dots
    assert spent and max(spent.values()) <= 3
    assert {kinds[ideas[v.idea_id].activity_id][0] for v in votes} <= {w for w, k in kinds.values() if k == "dot_vote"}


def test_the_stakeholder_map(demo: tuple[Database, dict[str, int]]) -> None:
    with demo[0].session() as session:
        the_map = session.scalars(select(StakeholderMap)).one()
        people = list(the_map.stakeholders)
        ties = list(the_map.relationships)
        assessments = list(session.scalars(select(StakeholderAssessment)))
        linked = session.scalar(select(Activity.map_id).where(Activity.kind == "stakeholder_mapping"))
    assert (the_map.title, the_map.kind, the_map.x_title, the_map.y_title) == (
        "Digital skills — who matters", "power_interest", "Interest", "Power")
    # Clockwise from the top right, as StakeholderMap.quadrant_names documents.
    assert the_map.quadrant_names == ["Manage closely", "Keep informed", "Monitor", "Keep satisfied"]
    assert linked == the_map.id
    assert {s.sector for s in people} == {"public", "private", "civic", "knowledge"}
    assert {s.attitude for s in people} == {"supportive", "neutral", "opposed"}
    assert all(0 <= s.x <= the_map.x_max and 0 <= s.y <= the_map.y_max for s in people)
    assert {(s.x >= 5, s.y >= 5) for s in people} == {(True, True), (True, False), (False, True), (False, False)}
    ids = {s.id for s in people}
    pairs = [frozenset((t.from_id, t.to_id)) for t in ties]
    assert all(t.from_id != t.to_id and {t.from_id, t.to_id} <= ids and 1 <= t.strength <= 3 for t in ties)
    assert len(set(pairs)) == len(pairs)
    assert len(assessments) >= 3 and all(a.stakeholder_id in ids for a in assessments)


@pytest.mark.parametrize("make", ["workshop", "participant"])
def test_a_database_in_use_is_refused_and_left_unchanged(db: Database, make: str) -> None:
    if make == "workshop":
        WorkshopService(db).create("Our own workshop")
    else:
        with db.transaction() as session:
            session.add(Participant(code="P-0001"))
    before = dump(db)
    with pytest.raises(UserError, match="already holds"):
        fill_demo(db)
    assert dump(db) == before


@pytest.mark.parametrize("participants", [0, -3, 5001, True])
def test_sizes_out_of_range_are_refused(db: Database, participants: int) -> None:
    with pytest.raises(UserError, match="between 1 and 5000"):
        fill_demo(db, participants=participants)
    assert not any(dump(db).values())


def test_it_is_all_or_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(activities, "add_ideas", fail)
    with pytest.raises(RuntimeError):
        fill_demo(db)
    assert not any(dump(db).values())


def test_it_scales(db: Database) -> None:
    counts = fill_demo(db, participants=200, seed=7)
    assert counts["participants"] == 200 and counts["workshops"] == 5
    assert 170 <= counts["responses"] <= 215 and counts["consents"] >= 200 and counts["votes"] >= 250
    with db.session() as session:
        assert sorted(session.scalars(select(Participant.code))) == [f"P-{n:04d}" for n in range(1, 201)]


def test_a_single_participant_is_enough(db: Database) -> None:
    counts = fill_demo(db, participants=1, seed=3)
    assert counts["participants"] == 1 and counts["responses"] >= 3


def test_existing_profile_questions_and_survey_versions_are_kept(db: Database) -> None:
    with db.transaction() as session:
        own = [q.id for q in ensure_default_profile_questions(session)]
        session.add(Survey(form_id="ulg_feedback", version=1, title="Imported earlier"))
    fill_demo(db, participants=20)
    with db.session() as session:
        assert list(session.scalars(select(ProfileQuestion.id).order_by(ProfileQuestion.position))) == own
        assert set(session.scalars(select(ProfileAnswer.question_id))) <= set(own)
        assert sorted(session.scalars(select(Survey.version))) == [1, 2]


DIGEST = """
import hashlib, sys
from workshop_app.core.demo import fill_demo
from workshop_app.db.base import Base
from workshop_app.db.database import Database
db = Database.open(sys.argv[1], create=True, laptop_id="L")
fill_demo(db, participants=30, seed=5)
digest = hashlib.sha256()
with db.engine.connect() as conn:
    for table in Base.metadata.sorted_tables:
        for row in conn.execute(table.select().order_by(table.c.id)):
            digest.update(repr(tuple(row)).encode())
db.close()
print(digest.hexdigest(), any(name.startswith("PySide6") for name in sys.modules))
"""


def test_other_processes_write_the_same_rows_and_never_load_qt(tmp_path: Path) -> None:
    """A set iterated in hash order would pass the in-process tests yet differ between runs; not so here."""
    root = Path(__file__).resolve().parents[2]
    outputs = [
        subprocess.run(
            [sys.executable, "-c", DIGEST, str(tmp_path / f"{hash_seed}.sqlite")], cwd=root, check=True,
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": hash_seed},
        ).stdout.split()
        for hash_seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1] and outputs[0][1] == "False"
