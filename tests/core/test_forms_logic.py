"""What a kiosk needs from a form: relevance, navigation, calculations, repeats and answer checks."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app.core.forms import (
    Choice,
    ChoiceList,
    Form,
    FormLogic,
    Question,
    Slot,
    check_answer,
    format_instance,
    missing_required,
    parse_instance,
)
from workshop_app.errors import UserError

YES_NO = ChoiceList("yes_no", [Choice("yes", {"en": "Yes", "pt": "Sim"}), Choice("no", {"en": "No", "pt": "Não"})])
REGIONS = ChoiceList("regions", [Choice("north", {"en": "North"}), Choice("south", {"en": "South"})])
TOWNS = ChoiceList("towns", [Choice("porto", {"en": "Porto"}, {"region": "north"}),
                             Choice("braga", {"en": "Braga"}, {"region": "north"}),
                             Choice("faro", {"en": "Faro"}, {"region": "south"})])


def _q(name: str, kind: str = "text", **values: object) -> Question:
    values.setdefault("label", {"en": name.replace("_", " ").title(), "pt": f"PT {name}"})
    return Question(name, kind, **values)  # type: ignore[arg-type]


def household_form() -> Form:
    return Form("household", "Household", [
        _q("consent", "select_one", list_name="yes_no", required=True),
        _q("main", "group", relevant="${consent} = 'yes'", children=[
            _q("age", "integer", required=True, constraint=". >= 16 and . < 120",
               constraint_message={"en": "Between 16 and 119.", "pt": "Entre 16 e 119."}),
            Question("adult", "calculate", calculation="if(${age} >= 18, 'yes', 'no')"),
            _q("job", relevant="${adult} = 'yes'", required_if="${age} < 65"),
            _q("size", "integer"),
            _q("members", "repeat", children=[
                _q("member_name", required=True),
                _q("member_age", "integer", relevant="${member_name} != ''"),
                _q("member_note", "note", label={"en": "About ${member_name}, member of ${size}"}),
            ]),
            Question("member_count", "calculate", calculation="count(${members})"),
            Question("ages_total", "calculate", calculation="sum(${member_age})"),
            Question("first_name", "calculate", calculation="indexed-repeat(${member_name}, ${members}, 1)"),
        ]),
        _q("region", "select_one", list_name="regions"),
        _q("town", "select_one", list_name="towns", extra={"choice_filter": "region = ${region}"}),
        _q("colours", "select_multiple", list_name="yes_no", or_other=True),
        _q("rating", "range", parameters={"start": "1", "end": "5", "step": "1"}),
        _q("visit", "date"),
        _q("at", "time"),
        _q("ack", "acknowledge"),
        _q("bye", "note"),
    ], [YES_NO, REGIONS, TOWNS], ["en", "pt"], "en", {"en": "English", "pt": "Português"})


@pytest.fixture
def logic() -> FormLogic:
    return FormLogic(household_form())


def test_relevance_follows_answers(logic: FormLogic) -> None:
    state = logic.new_state()
    assert not state.is_relevant("age")
    changed = state.set_answer("consent", "yes")
    assert {Slot("age"), Slot("main"), Slot("size")} <= changed
    assert state.is_relevant("age") and not state.is_relevant("job")
    state.set_answer("age", "40")
    assert state.value("adult") == "yes" and state.is_relevant("job")
    # Withdrawing consent hides the group, and its answers stop counting for calculations.
    state.set_answer("consent", "no")
    assert not state.is_relevant("job")
    assert state.value("age") == "" and state.value("adult") == ""
    assert state.answer("age") == "40"
    state.set_answer("consent", "yes")
    assert state.value("adult") == "yes"


def test_navigation_skips_what_is_not_relevant(logic: FormLogic) -> None:
    state = logic.new_state()
    assert state.next_slot() == Slot("consent")
    assert state.next_slot(Slot("consent")) == Slot("region")
    state.set_answer("consent", "yes")
    assert state.next_slot(Slot("consent")) == Slot("age")
    assert state.next_slot(Slot("age")) == Slot("size")
    state.set_answer("age", "30")
    assert state.next_slot(Slot("age")) == Slot("job")
    assert state.previous_slot(Slot("region")) == Slot("size")
    assert state.previous_slot(Slot("consent")) is None
    assert state.next_slot(Slot("bye")) is None
    assert "adult" not in [slot.name for slot in state.slots()]  # calculations are never shown
    with pytest.raises(UserError):
        state.next_slot(Slot("adult"))


def test_repeats(logic: FormLogic) -> None:
    state = logic.new_state({"consent": "yes"})
    assert state.value("member_count") == "0"
    first = state.add_instance("members")
    second = state.add_instance("members")
    assert (first, second) == ((1,), (2,))
    state.set_answer("member_name", "Ana", first)
    state.set_answer("member_age", "34", first)
    assert not state.is_relevant("member_age", second)
    state.set_answer("member_name", "Rui", second)
    state.set_answer("member_age", "8", second)
    state.set_answer("size", "2")
    assert state.value("member_count") == "2"
    assert state.value("ages_total") == "42"
    assert state.value("first_name") == "Ana"
    assert state.label("member_note", instance=second) == "About Rui, member of 2"
    assert [s for s in state.slots() if s.instance] == [
        Slot("member_name", (1,)), Slot("member_age", (1,)), Slot("member_note", (1,)),
        Slot("member_name", (2,)), Slot("member_age", (2,)), Slot("member_note", (2,))]
    state.remove_instance("members", first)
    assert state.instance_count("members") == 1
    assert state.answer("member_name", (1,)) == "Rui"
    assert state.value("ages_total") == "8" and state.value("first_name") == "Rui"
    with pytest.raises(UserError):
        state.set_answer("member_name", "x")  # a repeat row needs its instance


def test_answers_resume_with_instances(logic: FormLogic) -> None:
    state = logic.new_state({"consent": "yes", ("member_name", "3"): "Zé", ("member_name", (1,)): "Ana"})
    assert state.instance_count("members") == 3
    assert state.value("member_count") == "3"
    assert parse_instance("2.1") == (2, 1) and format_instance((2, 1)) == "2.1" and parse_instance("") == ()


def test_answer_checks_speak_the_chosen_language(logic: FormLogic) -> None:
    state = logic.new_state({"consent": "yes"}, language="pt")
    problem = check_answer(state, "age", "12")
    assert problem is not None and (problem.kind, problem.message, problem.from_form) == \
        ("constraint", "Entre 16 e 119.", True)
    assert check_answer(state, "age", "12", language="en").message == "Between 16 and 119."  # type: ignore[union-attr]
    assert check_answer(state, "age", "30") is None
    assert check_answer(state, "age", "").kind == "required"  # type: ignore[union-attr]
    assert check_answer(state, "age", "thirty").kind == "integer"  # type: ignore[union-attr]
    assert check_answer(state, "age", "99999999999").kind == "integer"  # type: ignore[union-attr]
    assert check_answer(state, "consent", "maybe").kind == "choice"  # type: ignore[union-attr]
    assert check_answer(state, "colours", "yes other") is None  # "or other" adds the choice
    assert check_answer(state, "colours", "yes yes").kind == "choice"  # type: ignore[union-attr]
    assert check_answer(state, "rating", "6").kind == "range"  # type: ignore[union-attr]
    assert check_answer(state, "rating", "2.5").kind == "range"  # type: ignore[union-attr]
    assert check_answer(state, "rating", "3") is None
    assert check_answer(state, "visit", "2024-02-30").kind == "date"  # type: ignore[union-attr]
    assert check_answer(state, "visit", "2024-02-29") is None
    assert check_answer(state, "at", "25:00").kind == "time"  # type: ignore[union-attr]
    assert check_answer(state, "at", "18:30") is None
    assert check_answer(state, "bye", "") is None  # notes are never required


def test_required_if_and_missing_required(logic: FormLogic) -> None:
    state = logic.new_state({"consent": "yes", "age": "70"})
    assert check_answer(state, "job", "") is None  # only required under 65
    state.set_answer("age", "30")
    assert check_answer(state, "job", "").kind == "required"  # type: ignore[union-attr]
    state.add_instance("members")
    assert missing_required(state) == [Slot("job"), Slot("member_name", (1,))]


def test_choice_filter_and_or_other(logic: FormLogic) -> None:
    state = logic.new_state()
    assert state.choices("town") == []
    state.set_answer("region", "north")
    assert [c.name for c in state.choices("town")] == ["porto", "braga"]
    assert [c.name for c in state.choices("colours")] == ["yes", "no", "other"]


def test_labels_in_languages(logic: FormLogic) -> None:
    state = logic.new_state(language="pt")
    assert state.label("consent") == "PT consent"
    assert state.label("consent", "en") == "Consent"
    assert state.label("consent", "fr") == "Consent"  # the default language stands in
    assert state.choice_label("consent", "yes") == "Sim"


def test_dynamic_default_and_today() -> None:
    form = Form("d", "D", [_q("when", "date", default="today()"), _q("n", "integer", default="3")], [], ["en"], "en")
    state = FormLogic(form).new_state(today=date(2024, 5, 1))
    assert state.value("when") == "2024-05-01" and state.value("n") == "3"
    state.set_answer("n", "")
    assert state.value("n") == ""
    state.clear_answer("n")
    assert state.value("n") == "3"


def test_incremental_update_matches_full_evaluation(logic: FormLogic) -> None:
    state = logic.new_state()
    for name, value in [("consent", "yes"), ("age", "17"), ("size", "3"), ("age", "44"), ("consent", "no"),
                        ("consent", "yes"), ("region", "south")]:
        state.set_answer(name, value)
        incremental = (dict(state.values), dict(state.relevance))
        state.evaluate_all()
        assert (state.values, state.relevance) == incremental


def test_logic_refuses_broken_forms() -> None:
    form = Form("x", "X", [_q("a", relevant="${b} = 1")], [], ["en"], "en")
    with pytest.raises(UserError, match="no question named 'b'"):
        FormLogic(form)


def test_or_other_asks_to_specify(logic: FormLogic) -> None:
    state = logic.new_state(language="pt")
    assert not state.is_relevant("colours_other")
    assert Slot("colours_other") not in state.slots()
    state.set_answer("colours", "yes other")
    assert state.next_slot(Slot("colours")) == Slot("colours_other")
    assert state.label("colours_other") == "Especifique outro."
    assert state.choices("colours")[-1].label == {"en": "Other", "pt": "Outro"}
    assert check_answer(state, "colours_other", "purple") is None


def test_hostile_instances_are_refused(logic: FormLogic) -> None:
    state = logic.new_state({"consent": "yes"})
    with pytest.raises(UserError, match="at most 500 entries"):
        state.set_answer("member_name", "x", (10**9,))
    with pytest.raises(UserError, match="not a repeat instance"):
        logic.new_state({("member_name", "1.x"): "y"})
    assert state.instance_count("members") == 0


def test_repeat_count_says_how_many_entries() -> None:
    form = Form("r", "R", [_q("n", "integer"), _q("people", "repeat", extra={"repeat_count": "${n}"},
                                                  children=[_q("who")]), _q("free", "repeat", children=[_q("x")])],
                [], ["en"], "en")
    state = FormLogic(form).new_state()
    assert state.expected_instances("people") == 0 and state.expected_instances("free") is None
    state.set_answer("n", "3")
    assert state.expected_instances("people") == 3
    state.set_answer("n", "100000")
    assert state.expected_instances("people") == 500
