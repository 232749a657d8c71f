"""The survey service: storing forms, loading them back, versions, deletion, and the XLSForm commands."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.formats.xlsform_files import KOBO_QUESTION_COUNT, kobo_household_survey, sample_form, simple_survey
from workshop_app.core.demo import fill_demo
from workshop_app.core.forms import Choice, FormLogic, Question
from workshop_app.core.surveys import SurveyService, export_xlsform, import_xlsform
from workshop_app.db.database import Database
from workshop_app.db.models import Answer, ChoiceTranslation, Response, Survey, Tombstone
from workshop_app.db.models import Question as QuestionRow
from workshop_app.errors import UserError
from workshop_app.formats.xlsform import read_xlsform

NOW = datetime(2024, 6, 1, 18, 30, tzinfo=timezone.utc)


def _respond(db: Database, survey_id: str, question: str, value: str) -> str:
    with db.transaction() as session:
        response = Response(survey_id=survey_id, started_at=NOW)
        session.add(response)
        session.flush()
        question_id = session.scalar(select(QuestionRow.id).where(QuestionRow.survey_id == survey_id,
                                                                  QuestionRow.name == question))
        session.add(Answer(response_id=response.id, question_id=question_id, value=value, answered_at=NOW))
        return response.id


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_stored_form_loads_back_equal(db: Database) -> None:
    service = SurveyService(db)
    seen: list[str] = []
    service.changed.connect(seen.append)
    summary = service.import_form(sample_form())
    assert (summary.form_id, summary.version, summary.title) == ("sample", 1, "Sample survey")
    assert summary.languages == ("en", "pt") and summary.question_count == 6 and summary.response_count == 0
    assert service.load_form(summary.id) == sample_form()
    assert seen == [summary.id]
    with db.session() as session:  # "or other" answers have a row to belong to, which the form does not show
        assert session.scalar(select(QuestionRow.type).where(QuestionRow.name == "consent_other")) == "text"
    assert [s.id for s in service.list()] == [summary.id] and service.get(summary.id) == summary


def test_the_same_form_id_becomes_the_next_version(db: Database) -> None:
    service = SurveyService(db)
    first = service.import_form(sample_form())
    second = service.import_form(sample_form())
    assert (first.version, second.version) == (1, 2)
    assert [s.version for s in service.versions("sample")] == [1, 2]


def test_saving_without_responses_updates_in_place_and_keeps_ids(db: Database) -> None:
    service = SurveyService(db)
    summary = service.import_form(sample_form())
    with db.session() as session:
        before = dict(session.execute(select(QuestionRow.name, QuestionRow.id)).all())
    form = sample_form()
    form.questions.insert(1, Question("new_one", "text", {"en": "New"}))
    form.questions[0].label["pt"] = "Concorda mesmo?"
    form.questions.remove(form.find("score"))  # type: ignore[arg-type]
    form.choice_lists[0].choices.append(Choice("maybe", {"en": "Maybe"}))
    saved = service.save_form(summary.id, form)
    assert (saved.id, saved.version) == (summary.id, 1)
    assert service.load_form(summary.id) == form
    with db.session() as session:
        after = dict(session.execute(select(QuestionRow.name, QuestionRow.id)).all())
        tombstones = session.scalar(select(func.count()).select_from(Tombstone))
    assert after["consent"] == before["consent"] and after["who"] == before["who"]
    assert "score" not in after and "new_one" in after
    assert tombstones  # the removed question is remembered, so a merge does not bring it back


def test_moving_a_question_into_a_new_group(db: Database) -> None:
    service = SurveyService(db)
    summary = service.import_form(sample_form())
    form = sample_form()
    score = form.questions.pop(2)
    form.questions.append(Question("extra_group", "group", {"en": "More"}, children=[score]))
    service.save_form(summary.id, form)
    assert service.load_form(summary.id) == form


def test_saving_with_responses_makes_a_new_version(db: Database) -> None:
    service = SurveyService(db)
    first = service.import_form(sample_form())
    response_id = _respond(db, first.id, "consent", "yes")
    unchanged = service.save_form(first.id, sample_form())
    assert unchanged.id == first.id  # nothing changed, so no new version
    edited = sample_form()
    edited.questions.append(Question("comments", "text", {"en": "Comments?"}))
    second = service.save_form(first.id, edited)
    assert (second.version, second.form_id) == (2, "sample") and second.id != first.id
    assert service.load_form(first.id) == sample_form()
    assert service.load_form(second.id) == edited
    with db.session() as session:
        response = session.get(Response, response_id)
        assert response is not None and response.survey_id == first.id
    assert service.get(first.id).response_count == 1 and service.get(second.id).response_count == 0


def test_delete_and_restore(db: Database) -> None:
    service = SurveyService(db)
    summary = service.import_form(sample_form())
    _respond(db, summary.id, "who", "Ana")
    snapshot = service.delete(summary.id)
    assert service.list() == [] and _count(db, Answer) == 0
    with pytest.raises(UserError, match="no longer exists"):
        service.load_form(summary.id)
    service.restore(snapshot)
    assert service.load_form(summary.id) == sample_form()
    assert _count(db, Answer) == 1


def test_invalid_forms_are_not_stored(db: Database) -> None:
    form = sample_form()
    form.questions.append(Question("bad", "text", {"en": "Bad"}, relevant="${nowhere} = 1"))
    with pytest.raises(UserError, match="no question named 'nowhere'"):
        SurveyService(db).import_form(form)
    assert _count(db, Survey) == 0


def test_import_xlsform_and_export_round_trip(db: Database, tmp_path: Path) -> None:
    path = kobo_household_survey(tmp_path / "household.xlsx")
    result = import_xlsform(db, path)
    assert set(result) == {"id", "title", "version", "question_count", "languages", "warnings"}
    assert (result["title"], result["version"], result["languages"]) == ("Household survey", 1, ["en", "fr"])
    assert result["question_count"] == KOBO_QUESTION_COUNT
    assert any("'location'" in w and "geopoint" in w for w in result["warnings"])
    out = export_xlsform(db, result["id"], tmp_path / "back.xlsx")
    assert read_xlsform(out)[0] == read_xlsform(path)[0] == SurveyService(db).load_form(result["id"])
    assert import_xlsform(db, out)["version"] == 2


def test_a_failed_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    bad = simple_survey(tmp_path / "bad.xlsx", [["select_one colours", "colour", "Colour?"]], [["yes_no", "y", "Y"]])
    with pytest.raises(UserError) as caught:
        import_xlsform(db, bad)
    assert "row 2" in str(caught.value) and "colours" in str(caught.value)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not a workbook" * 100)
    with pytest.raises(UserError):
        import_xlsform(db, junk)
    assert _count(db, Survey) == _count(db, QuestionRow) == _count(db, ChoiceTranslation) == 0


def test_export_refuses_other_extensions_and_missing_surveys(db: Database, tmp_path: Path) -> None:
    summary = SurveyService(db).import_form(sample_form())
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(UserError, match=r"\.xlsx"):
        export_xlsform(db, summary.id, tmp_path / "form.ods")
    with pytest.raises(UserError, match="no longer exists"):
        export_xlsform(db, "nope", tmp_path / "form.xlsx")
    with pytest.raises(UserError, match="does not exist"):
        export_xlsform(db, summary.id, tmp_path / "missing" / "form.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_the_demo_survey_loads_and_runs(db: Database, tmp_path: Path) -> None:
    fill_demo(db, participants=12, seed=1)
    service = SurveyService(db)
    (summary,) = service.list()
    assert summary.languages == ("en", "pt") and summary.response_count > 0
    form = service.load_form(summary.id)
    assert form.find("workshop_rating").parameters == {"start": "1", "end": "5", "step": "1"}  # type: ignore[union-attr]
    state = FormLogic(form).new_state(language="pt")
    state.set_answer("took_course", "no")
    assert state.is_relevant("barriers") and not state.is_relevant("course_place")
    assert export_xlsform(db, summary.id, tmp_path / "demo.xlsx").exists()
    assert read_xlsform(tmp_path / "demo.xlsx")[0].question_count == form.question_count
