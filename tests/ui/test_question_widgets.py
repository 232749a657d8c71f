"""The participant's widgets: every type gives back the value it was set to, and tells when the person answers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from workshop_app.core.forms import Choice, ChoiceList, Form, FormLogic, Question
from workshop_app.ui.question_inputs import MAX_SCALE_BUTTONS, RankWidget, ScaleWidget, SingleChoiceWidget
from workshop_app.ui.question_widgets import InfoWidget, NoteWidget, build_question_widget

from . import survey_support  # noqa: F401  # keeps None and True alive under PySide6 6.12


def form() -> Form:
    colours = ChoiceList("colours", [Choice("red", {"en": "Red", "pt": "Vermelho"}),
                                     Choice("blue", {"en": "Blue", "pt": "Azul"}),
                                     Choice("green", {"en": "Green", "pt": "Verde"})])
    questions = [
        Question("name", "text", {"en": "Your first name", "pt": "O seu nome"}, required=True),
        Question("story", "text", {"en": "Tell us"}, appearance="multiline"),
        Question("age", "integer", {"en": "Age"}), Question("height", "decimal", {"en": "Height"}),
        Question("colour", "select_one", {"en": "Hello ${name}, pick a colour", "pt": "Olá ${name}, escolha"},
                 {"en": "Only one"}, list_name="colours", or_other=True),
        Question("colours", "select_multiple", {"en": "Colours"}, list_name="colours"),
        Question("order", "rank", {"en": "Order"}, list_name="colours"),
        Question("mood", "range", {"en": "Mood"}, parameters={"start": "1", "end": "5", "step": "1"}),
        Question("score", "range", {"en": "Score"}, parameters={"start": "0", "end": "100", "step": "5"}),
        Question("half", "range", {"en": "Half"}, parameters={"start": "0", "end": "2", "step": "0.5"}),
        Question("day", "date", {"en": "Day"}), Question("at", "time", {"en": "At"}),
        Question("ok", "acknowledge", {"en": "I agree"}), Question("intro", "note", {"en": "Welcome"}),
        Question("double", "calculate", calculation="${age} * 2"),
    ]
    return Form("f", "F", questions, [colours], languages=["en", "pt"], default_language="en")


VALUES = [("name", "Ana"), ("story", "Line one\nline two"), ("age", "42"), ("height", "1.75"), ("colour", "blue"),
          ("colour", "other"), ("colours", "red green"), ("order", "green red blue"), ("mood", "4"),
          ("score", "35"), ("half", "1.5"), ("day", "2026-11-03"), ("at", "18:30"), ("at", "00:00"), ("ok", "OK")]


@pytest.mark.parametrize(("name", "value"), VALUES)
def test_each_widget_gives_back_the_value_set(qtbot: Any, name: str, value: str) -> None:
    source = form()
    question = source.find(name)
    assert question is not None
    widget = build_question_widget(question, source, "en")
    qtbot.addWidget(widget)
    emitted: list[str] = []
    widget.changed.connect(emitted.append)
    assert widget.value() == ""
    widget.set_value(value)
    assert widget.value() == value
    assert emitted == [], "set_value is not the person answering"
    widget.set_value("")
    assert widget.value() == ""


def test_answers_given_by_the_person_are_signalled(qtbot: Any) -> None:
    source = form()
    choice = build_question_widget(source.questions[4], source, "en")
    qtbot.addWidget(choice)
    assert isinstance(choice, SingleChoiceWidget)
    assert [b.text() for b in choice.buttons()] == ["Red", "Blue", "Green", "Other"]
    with qtbot.waitSignal(choice.changed) as blocker:
        qtbot.mouseClick(choice.buttons()[2], Qt.MouseButton.LeftButton)
    assert blocker.args == ["green"] and choice.value() == "green"

    number = build_question_widget(source.find("height"), source, "pt")
    qtbot.addWidget(number)
    with qtbot.waitSignal(number.changed):
        qtbot.keyClicks(number.edit, "1,5")
    assert number.value() == "1.5", "a decimal comma counts as the point"
    qtbot.keyClicks(number.edit, "x")
    assert number.value() == "1.5", "letters are not typed into a number"

    rank = build_question_widget(source.find("order"), source, "en")
    qtbot.addWidget(rank)
    assert isinstance(rank, RankWidget) and rank.value() == ""
    rank.list.setCurrentRow(2)
    with qtbot.waitSignal(rank.changed):
        qtbot.mouseClick(rank.up, Qt.MouseButton.LeftButton)
    assert rank.value() == "red green blue"

    scale = build_question_widget(source.find("mood"), source, "en")
    qtbot.addWidget(scale)
    assert isinstance(scale, ScaleWidget) and [b.text() for b in scale.group.buttons()] == ["1", "2", "3", "4", "5"]
    with qtbot.waitSignal(scale.changed) as blocker:
        qtbot.mouseClick(scale.group.buttons()[4], Qt.MouseButton.LeftButton)
    assert blocker.args == ["5"]
    long_scale = build_question_widget(source.find("score"), source, "en")
    qtbot.addWidget(long_scale)
    assert isinstance(long_scale, ScaleWidget) and long_scale.slider is not None
    assert len(long_scale.values) == 21 > MAX_SCALE_BUTTONS


def test_texts_come_from_a_running_state_in_the_persons_language(qtbot: Any) -> None:
    source = form()
    state = FormLogic(source).new_state(language="pt")
    state.set_answer("name", "Rui")
    widget = build_question_widget(source.find("colour"), state)
    qtbot.addWidget(widget)
    assert widget.label.text() == "Olá Rui, escolha"
    assert [label for _code, label in widget.texts.choices] == ["Vermelho", "Azul", "Verde", "Outro"]
    assert widget.hint.text() == "Only one", "no Portuguese hint: the default language's"
    required = build_question_widget(source.find("name"), state, "en")
    qtbot.addWidget(required)
    assert required.label.text() == "Your first name *"
    assert required.edit.accessibleName() == "Your first name"


def test_a_view_from_the_core_is_drawn_with_its_answer(qtbot: Any) -> None:
    from workshop_app.core.forms import Slot
    from workshop_app.core.question_view import question_view
    from workshop_app.ui.question_widgets import build_view_widget

    source = form()
    state = FormLogic(source).new_state(language="pt")
    state.set_answer("name", "Rui")
    state.set_answer("colour", "blue")
    widget = build_view_widget(question_view(state, Slot("colour")), "pt")
    qtbot.addWidget(widget)
    assert isinstance(widget, SingleChoiceWidget) and widget.value() == "blue"
    assert widget.label.text() == "Olá Rui, escolha"
    assert [b.text() for b in widget.buttons()] == ["Vermelho", "Azul", "Verde", "Outro"]


def test_rows_participants_do_not_answer(qtbot: Any) -> None:
    source = form()
    note = build_question_widget(source.find("intro"), source, "en")
    calc = build_question_widget(source.find("double"), source, "en")
    kept = build_question_widget(Question("gps", "note", {"en": "Where?"}, source_type="geopoint"), source, "en")
    for widget in (note, calc, kept):
        qtbot.addWidget(widget)
        assert widget.value() == ""
    assert isinstance(note, NoteWidget) and isinstance(kept, NoteWidget) and isinstance(calc, InfoWidget)


def test_right_to_left_languages_read_right_to_left(qtbot: Any) -> None:
    source = form()
    widget = build_question_widget(source.find("name"), source, "ar")
    qtbot.addWidget(widget)
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft == QLocale("ar").textDirection()
