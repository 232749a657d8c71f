"""Data entry of paper questionnaires, and the cleaning rules both the kiosk and data entry share."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.responses_support import add_person, add_survey
from workshop_app.core.data_entry import DataEntrySession
from workshop_app.core.forms import FormLogic, Slot
from workshop_app.core.response_memory import MemorySaver
from workshop_app.core.response_rules import (
    MAX_ANSWER,
    AnswerRejected,
    IncompleteResponse,
    clean_answer_text,
    normalise_number,
)
from workshop_app.core.responses import ResponseService
from workshop_app.db.database import Database


def test_papers_are_typed_in_one_after_another_with_the_kiosk_s_checks(db: Database) -> None:
    service = ResponseService(db)
    survey = add_survey(db)
    _, code = add_person(db)
    entry = DataEntrySession(service, service.logic(survey), survey, language="pt")
    entry.begin(code)
    assert [f.name for f in entry.fields()] == ["name", "age", "height", "likes", "topics", "score"]
    assert entry.next_field(None) == Slot("name")
    with pytest.raises(AnswerRejected, match="Enter a whole number"):
        entry.set("age", "12,5")
    entry.set("age", "34")
    entry.set("height", "1,62")
    entry.set("likes", "yes")
    assert entry.next_field(Slot("likes")) == Slot("why")  # skip logic opened it
    assert set(entry.problems()) == {Slot("why")}
    with pytest.raises(IncompleteResponse, match="Porquê"):
        entry.finish()
    entry.set("why", "Boa gente")
    assert entry.progress() == (4, 7)
    done = entry.finish()
    assert (done.mode, done.participant_code, done.answer_count) == ("data_entry", code, 4)
    assert entry.entered == 1 and entry.state is None
    entry.begin()  # an anonymous paper next
    assert entry.fields()[1].value == ""


def test_a_paper_put_aside_can_be_resumed(db: Database) -> None:
    service = ResponseService(db)
    survey = add_survey(db)
    entry = DataEntrySession(service, service.logic(survey), survey)
    paper = entry.begin()
    entry.set("name", "Rui")
    again = DataEntrySession(ResponseService(db), service.logic(survey), survey)
    again.resume(paper.id)
    assert again.fields()[0].value == "Rui"


def test_the_preview_saver_refuses_what_the_real_one_refuses() -> None:
    from tests.core.responses_support import small_form

    logic = FormLogic(small_form())
    saver = MemorySaver({"small": logic})
    entry = DataEntrySession(saver, logic, "small")
    entry.begin()
    for name, value in (("age", "12,5"), ("height", "1.234,5"), ("likes", "maybe")):
        with pytest.raises(AnswerRejected):
            entry.set(name, value)
    assert entry.set("height", "1,5").value == "1.5"


# -- the cleaning rules ---------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_cleaned_text_has_no_control_characters_and_cleaning_twice_changes_nothing(text: str) -> None:
    try:
        cleaned = clean_answer_text(text)
    except AnswerRejected:
        return
    assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in cleaned)
    assert clean_answer_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(cleaned) <= MAX_ANSWER


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False, allow_infinity=False),
       st.sampled_from([",", "."]))
def test_a_decimal_written_with_comma_or_point_means_the_same_number(number: object, separator: str) -> None:
    text = format(number, "f").replace(".", separator)
    assert float(normalise_number(text, "decimal")) == float(format(number, "f"))


@pytest.mark.parametrize("value", [None, "", "   ", "\x00\x01"])
def test_nothing_typed_is_an_empty_answer(value: object) -> None:
    assert clean_answer_text(value) == ""


def test_a_tick_box_value_is_not_text() -> None:
    with pytest.raises(AnswerRejected):
        clean_answer_text(True)
    assert clean_answer_text(12.5) == "12.5"
