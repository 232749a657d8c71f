"""After a crash: every saved answer is there, and the app offers to resume what was not finished."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.responses_support import add_survey
from tests.ui import run_support
from tests.ui.conftest import started_window
from tests.ui.run_support import FakeWindows, answer, link_survey, make_workshop
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.run_survey_panel import UnfinishedModel
from workshop_app.ui.run_window import open_run_windows

fake_windows = run_support.fake_windows


def test_unfinished_responses_are_offered_after_a_crash(qtbot: Any, existing_db_path: Path,
                                                        fake_windows: FakeWindows) -> None:
    with Database.open(existing_db_path, laptop_id="laptop-test") as db:
        survey = add_survey(db)
        workshop, (_brainstorm, activity) = make_workshop(db, "brainstorm", "survey")
        link_survey(db, activity, survey)
        for age in ("30", "52"):
            answer(db, survey, workshop, activity=activity, age=age, likes="no")
        left = answer(db, survey, workshop, activity=activity, finish=False, age="41", topics="jobs care")
    # The database was closed with a response half done: what a dead battery leaves behind.

    window = started_window(qtbot, existing_db_path)
    offer = window.resume_offer
    assert offer.isVisibleTo(window) and offer.label.text() == "1 survey was not finished —"
    run = offer.resume()
    assert open_run_windows() == [run] and not offer.isVisibleTo(window)
    assert run.current.id == activity
    panel = run.ui.survey
    assert panel.counts.text() == "3 started · 2 finished · 1 not finished"
    assert panel.model.rowCount() == 1
    unfinished = panel.model.summary(0)
    assert (unfinished.id, unfinished.answer_count, unfinished.mode) == (left, 2, "kiosk")
    assert Services.of(run.db).responses.load_state(left).answers  # the answers given so far are all there

    Services.of(run.db).kiosk_pins.set_kiosk_pin(workshop, "2468")
    panel.resume_kiosk.click()
    panel.resume_paper.click()
    assert fake_windows.kiosks == [{"workshop_id": workshop, "activity_id": activity, "resume_response_id": left}]
    assert fake_windows.entries == [{"workshop_id": workshop, "activity_id": activity, "resume_response_id": left}]
    window.close()
    assert open_run_windows() == []


def test_the_run_view_opens_on_the_survey_left_unfinished(db: Database, open_run: Any) -> None:
    survey = add_survey(db)
    workshop, (_brainstorm, activity) = make_workshop(db, "brainstorm", "survey")
    link_survey(db, activity, survey)
    answer(db, survey, workshop, finish=False, age="41")
    window = open_run(workshop)
    assert window.current.id == activity
    assert "1 survey was not finished" in window.ui.info.text()
    panel = window.ui.survey
    assert panel.heading.text() == "Small survey" and panel.unfinished_box.isVisibleTo(panel)
    assert [panel.question_combo.itemData(i) for i in range(panel.question_combo.count())] == [
        "name", "age", "height", "likes", "why", "topics", "score"]
    assert panel.current_question() == "age"  # the first question with a chart

    responses = Services.of(db).responses
    responses.save_answer(panel.model.summary(0).id, "likes", "yes")
    responses.save_answer(panel.model.summary(0).id, "why", "Friendly")
    responses.complete(panel.model.summary(0).id)
    panel.refresh()
    assert panel.counts.text() == "1 started · 1 finished · 0 not finished"
    assert not panel.unfinished_box.isVisibleTo(panel)


def test_the_unfinished_model_is_a_sound_item_model(qtmodeltester: Any, db: Database) -> None:
    survey = add_survey(db)
    workshop, _ = make_workshop(db, "survey")
    for age in ("20", "30"):
        answer(db, survey, workshop, finish=False, age=age)
    model = UnfinishedModel()
    model.set_rows(Services.of(db).responses.unfinished(workshop))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.data(model.index(0, UnfinishedModel.WHO)) == "Anonymous"


open_run, clock = run_support.open_run, run_support.clock
