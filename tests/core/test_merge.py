"""The merge rules one at a time, on small hand-made laptops: surveys meeting or renumbered, deletions travelling
(and losing to later changes), rows hanging on deleted rows, natural keys, case-insensitive codes, the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.merge_support import content, dump, laptop, package_of
from tests.core.responses_support import add_person, add_survey, add_workshop, small_form
from workshop_app.core.feedback import FeedbackService
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.merge import merge, preview_merge
from workshop_app.core.participants import ParticipantService
from workshop_app.core.profile_questions import ensure_default_profile_questions
from workshop_app.core.responses import ResponseService
from workshop_app.core.survey_templates import create_from_template
from workshop_app.core.surveys import SurveyService
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.integrity import check_database
from workshop_app.db.models import Activity, Answer, ProfileAnswer, Response, Survey, Tombstone, Workshop
from workshop_app.db.models import Question as QuestionRow
from workshop_app.errors import UserError


@pytest.fixture
def a(tmp_path: Path, migrated_template: Path):
    with laptop(tmp_path, "A", migrated_template) as db:
        yield db


@pytest.fixture
def b(tmp_path: Path, migrated_template: Path):
    with laptop(tmp_path, "B", migrated_template) as db:
        yield db


def _count(db, model, *where) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _sound(*dbs) -> None:
    for db in dbs:
        report = check_database(db)
        assert report.ok, report.problems


def _share(source, target, folder: Path, name: str):
    """Give ``target`` everything ``source`` has (as after an earlier merge)."""
    return merge(target, [package_of(source, folder, name)])


# -- surveys -----------------------------------------------------------------------------------------------
def test_the_same_template_and_the_built_in_poll_on_two_laptops_are_one_survey(a, b, tmp_path) -> None:
    for db in (a, b):
        create_from_template(SurveyService(db), "ulg_workshop_feedback")
        FeedbackService(db).survey_id()
    questions = _count(a, QuestionRow)
    report = _share(a, b, tmp_path, "a")
    assert _count(b, Survey) == 2 and _count(b, QuestionRow) == questions
    assert report.renumbered == () and report.conflicts == ()
    assert "surveys" not in report.added


def _other_form() -> Form:
    """Same form id and version as ``small_form`` but other questions: another survey."""
    agree = ChoiceList("agree", [Choice("yes", {"en": "Yes"}), Choice("no", {"en": "No"})])
    rows = [Question("useful", "select_one", {"en": "Was it useful?"}, list_name="agree"),
            Question("comment", "text", {"en": "Anything else?"})]
    return Form("small", "Small survey (Rui's version)", rows, [agree], ["en"], "en")


def _answer(db, survey_id: str, question: str, value: str) -> str:
    responses = ResponseService(db)
    response = responses.start(survey_id, language="en", mode="kiosk")
    responses.save_answer(response.id, question, value)
    return response.id


@pytest.mark.parametrize("direction", ["a_into_b", "b_into_a"])
def test_different_surveys_with_one_version_number_are_renumbered_and_keep_their_responses(
        a, b, tmp_path, direction) -> None:
    first = add_survey(a, small_form())  # made earlier: keeps version 1
    anas = _answer(a, first, "name", "Ana's answer")
    second = add_survey(b, _other_form())
    ruis = _answer(b, second, "comment", "Rui's answer")
    source, target = (a, b) if direction == "a_into_b" else (b, a)
    report = merge(target, [package_of(source, tmp_path, "source")])
    assert [(r.kind, r.old, r.new, r.row_id) for r in report.renumbered] == [("survey", "1", "2", second)]
    assert "same version number" in report.renumbered_sentence(report.renumbered[0])
    with target.session() as session:
        assert dict(session.execute(select(Survey.id, Survey.version)).all()) == {first: 1, second: 2}
        for response_id, survey_id in ((anas, first), (ruis, second)):
            assert session.get(Response, response_id).survey_id == survey_id
            question_surveys = session.scalars(select(QuestionRow.survey_id).join(
                Answer, Answer.question_id == QuestionRow.id).where(Answer.response_id == response_id)).all()
            assert question_surveys == [survey_id]
    _sound(target)
    again = merge(target, [package_of(source, tmp_path, "again")])
    assert again.renumbered == () and not again.changes_anything


# -- deletions ----------------------------------------------------------------------------------------------
def test_a_deletion_travels_with_what_hangs_on_it_and_an_older_copy_does_not_bring_it_back(a, b, tmp_path) -> None:
    workshop_id, activities = add_workshop(a, "brainstorm", "dot_vote")
    _share(a, b, tmp_path, "a1")
    b_before = package_of(b, tmp_path, "b-old")
    WorkshopService(a).delete(workshop_id)
    back = merge(a, [b_before])
    assert _count(a, Workshop) == 0 and _count(a, Activity) == 0
    assert back.skipped == {"workshops": 1, "activities": 2}
    assert "Not added because they were deleted or erased here" in " ".join(back.sentences())
    report = _share(a, b, tmp_path, "a2")
    assert report.deleted == {"workshops": 1, "activities": 2}
    assert _count(b, Workshop) == 0 and _count(b, Activity) == 0
    assert _count(b, Tombstone, Tombstone.row_id.in_([workshop_id, *activities])) == 3
    _sound(a, b)


def test_a_row_changed_after_its_deletion_stands_on_both_sides(a, b, tmp_path) -> None:
    workshop_id, _ = add_workshop(a)
    _share(a, b, tmp_path, "a1")
    WorkshopService(a).delete(workshop_id)
    deleted_on_a = package_of(a, tmp_path, "a2")
    WorkshopService(b).update(workshop_id, place="Town hall")  # after the deletion
    changed_on_b = package_of(b, tmp_path, "b1")
    into_b = merge(b, [deleted_on_a])
    assert _count(b, Workshop) == 1 and _count(b, Tombstone, Tombstone.row_id == workshop_id) == 0
    assert any("changed here after that deletion" in w for w in into_b.warnings)
    into_a = merge(a, [changed_on_b])
    assert into_a.added["workshops"] == 1
    assert _count(a, Tombstone, Tombstone.row_id == workshop_id) == 0
    assert content(a)["workshops"] == content(b)["workshops"]
    _sound(a, b)


def test_an_undone_deletion_beats_the_tombstone_it_left_elsewhere(a, b, tmp_path) -> None:
    workshop_id, _ = add_workshop(a)
    _share(a, b, tmp_path, "a1")
    snapshot = WorkshopService(a).delete(workshop_id)
    merge(b, [package_of(a, tmp_path, "a2")])
    assert _count(b, Workshop) == 0
    WorkshopService(a).restore(snapshot)  # undo: the row is back, newer than its deletion
    report = merge(b, [package_of(a, tmp_path, "a3")])
    assert report.added == {"workshops": 1}
    assert _count(b, Workshop) == 1 and _count(b, Tombstone, Tombstone.row_id == workshop_id) == 0
    _sound(b)


def test_rows_hanging_on_a_row_deleted_here_are_skipped_and_links_to_it_nulled(a, b, tmp_path) -> None:
    workshop_id, _ = add_workshop(a)
    survey_id = add_survey(a)
    _share(a, b, tmp_path, "a1")
    WorkshopService(b).delete(workshop_id)
    WorkshopService(a).add_activity(workshop_id, "brainstorm")  # hangs on the workshop (cascade)
    response = ResponseService(a).start(survey_id, workshop_id=workshop_id, language="en", mode="kiosk")
    report = merge(b, [package_of(a, tmp_path, "a2")])
    assert report.skipped.get("activities") == 1 and _count(b, Activity) == 0
    with b.session() as session:
        assert session.get(Response, response.id).workshop_id is None  # a SET NULL link: the answers stay
    _sound(b)


# -- natural keys, codes ----------------------------------------------------------------------------------
def test_profile_answers_given_on_two_laptops_meet_and_the_newer_wins(a, b, tmp_path) -> None:
    with a.transaction() as session:
        ensure_default_profile_questions(session)
    person, code = add_person(a)
    _share(a, b, tmp_path, "a1")
    ParticipantService(a).set_profile_answer(person, "age_band", "30_44")
    ParticipantService(b).set_profile_answer(person, "age_band", "45_59")  # later
    report = merge(a, [package_of(b, tmp_path, "b1")])
    assert _count(a, ProfileAnswer) == 1
    assert [(c.description, c.column, c.kept, c.dropped) for c in report.conflicts] == [
        (f"profile answer (participant {code}, profile question “age_band”)", "choice", "“45_59”", "“30_44”")]
    with a.session() as session:
        assert session.scalar(select(func.count()).select_from(ProfileAnswer)) == 1
    assert content(a)["profile"] == content(b)["profile"]
    _sound(a, b)


def test_codes_clash_without_regard_to_case(a, b, tmp_path) -> None:
    first, _ = add_person(a)
    ParticipantService(a).update(first, code="ana-7")
    second, _ = add_person(b)
    ParticipantService(b).update(second, code="ANA-7")
    report = merge(b, [package_of(a, tmp_path, "a1")])
    assert [(r.old, r.new) for r in report.renumbered] == [("ANA-7", "P-0001")]  # no issued code was left
    _sound(b)


def test_a_package_made_here_holds_nothing_new(a, tmp_path) -> None:
    add_workshop(a, "survey")
    before = dump(a)
    report = merge(a, [package_of(a, tmp_path, "mine")])
    assert not report.changes_anything and report.conflicts == ()
    assert any("made on this laptop" in w for w in report.warnings)
    assert dump(a) == before


def test_the_report_has_the_design_shape_and_says_what_it_did(a, b, tmp_path) -> None:
    add_workshop(a, "survey")
    add_person(a)
    add_person(b)
    preview = preview_merge(b, [package_of(a, tmp_path, "a1")])
    shape = preview.as_dict()
    assert {"added", "updated", "conflicts", "renumbered", "deleted", "skipped", "warnings", "packages"} <= set(shape)
    assert shape["added"]["workshops"] == 1 and shape["renumbered"][0]["new"] == "P-0002"
    assert shape["packages"][0]["laptop_id"] == "laptop-A"
    assert preview.sentences()[0].startswith("Will add: 1 workshop, 1 agenda item, 1 participant")


@pytest.mark.reliability
def test_choosing_no_package_or_a_bad_one_changes_nothing(a, b, tmp_path) -> None:
    with pytest.raises(UserError, match="at least one package"):
        merge(b, [])
    add_workshop(a)
    good = package_of(a, tmp_path, "good")
    bad = tmp_path / "bad.wspack"
    bad.write_bytes(good.read_bytes()[:-200])
    before = dump(b)
    with pytest.raises(UserError, match=r"bad\.wspack"):
        merge(b, [good, bad])
    assert dump(b) == before
