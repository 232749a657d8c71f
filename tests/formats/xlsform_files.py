"""Test material: XLSForm files built with openpyxl the way Kobo and ODK users write them, and a sample Form."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from workshop_app.core.forms import Choice, ChoiceList, Form, Question

Rows = Sequence[Sequence[object]]


def write_workbook(path: Path, sheets: dict[str, Rows]) -> Path:
    """Write ``sheets`` (name → rows, the first row being the headers) to ``path``."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


SURVEY_HEADER = ["type", "name", "label::English (en)", "label::French (fr)", "hint::English (en)",
                 "hint::French (fr)", "required", "relevant", "constraint", "constraint_message::English (en)",
                 "constraint_message::French (fr)", "calculation", "appearance", "repeat_count", "parameters",
                 "choice_filter", "Kobo_extra"]


def _row(values: dict[str, object]) -> list[object]:
    return [values.get(column) for column in SURVEY_HEADER]


def kobo_household_survey(path: Path) -> Path:
    """A realistic Kobo-style form: groups, a "household members" repeat, ``or_other``, skip logic, English and
    French, and a geopoint and an image that the app cannot ask offline. It has 15 rows that count as questions.
    """
    rows = [
        {"type": "start", "name": "start"},
        {"type": "end", "name": "end"},
        {"type": "today", "name": "today"},
        {"type": "note", "name": "intro", "label::English (en)": "Welcome to the household survey.",
         "label::French (fr)": "Bienvenue dans l'enquête ménage."},
        {"type": "select_one yes_no", "name": "consent", "label::English (en)": "Do you agree to answer?",
         "label::French (fr)": "Acceptez-vous de répondre ?", "required": "yes"},
        {"type": "begin_group", "name": "household", "label::English (en)": "Household",
         "label::French (fr)": "Ménage", "relevant": "${consent} = 'yes'", "appearance": "field-list"},
        {"type": "integer", "name": "hh_size", "label::English (en)": "How many people live here?",
         "label::French (fr)": "Combien de personnes vivent ici ?", "required": "true()",
         "constraint": ". > 0 and . < 30", "constraint_message::English (en)": "Between 1 and 29.",
         "constraint_message::French (fr)": "Entre 1 et 29."},
        {"type": "select_one water or_other", "name": "water_source", "label::English (en)": "Main water source?",
         "label::French (fr)": "Source d'eau principale ?"},
        {"type": "end_group"},
        {"type": "begin repeat", "name": "members", "label::English (en)": "Household members",
         "label::French (fr)": "Membres du ménage", "repeat_count": "${hh_size}",
         "relevant": "${consent} = 'yes'"},
        {"type": "text", "name": "member_name", "label::English (en)": "Name", "label::French (fr)": "Nom"},
        {"type": "integer", "name": "member_age", "label::English (en)": "Age of ${member_name}",
         "label::French (fr)": "Âge de ${member_name}", "hint::English (en)": "In years",
         "hint::French (fr)": "En années"},
        {"type": "select_multiple activities", "name": "member_activities",
         "label::English (en)": "What does ${member_name} do?", "label::French (fr)": "Que fait ${member_name} ?",
         "relevant": "${member_age} >= 15", "Kobo_extra": "kept"},
        {"type": "end repeat"},
        {"type": "calculate", "name": "member_count", "calculation": "count(${members})"},
        {"type": "range", "name": "satisfaction", "label::English (en)": "How satisfied are you?",
         "label::French (fr)": "Êtes-vous satisfait ?", "parameters": "start=1 end=5 step=1"},
        {"type": "select_one region", "name": "region", "label::English (en)": "Region",
         "label::French (fr)": "Région"},
        {"type": "select_one town", "name": "town", "label::English (en)": "Town", "label::French (fr)": "Ville",
         "choice_filter": "region = ${region}"},
        {"type": "geopoint", "name": "location", "label::English (en)": "Where is the house?",
         "label::French (fr)": "Où est la maison ?"},
        {"type": "image", "name": "photo", "label::English (en)": "Photo of the house",
         "label::French (fr)": "Photo de la maison"},
        {"type": "date", "name": "visit_date", "label::English (en)": "Visit date",
         "label::French (fr)": "Date de la visite"},
        {"type": "text", "name": "comments", "label::English (en)": "Comments", "label::French (fr)": "Commentaires",
         "appearance": "multiline"},
    ]
    # Blank rows padding the sheet, as spreadsheets saved by people often have.
    survey = [SURVEY_HEADER, *(_row(r) for r in rows[:8]), [None] * len(SURVEY_HEADER),
              *(_row(r) for r in rows[8:]), *([None] * len(SURVEY_HEADER) for _ in range(5))]
    choices = [
        ["list_name", "name", "label::English (en)", "label::French (fr)", "region"],
        ["yes_no", "yes", "Yes", "Oui"], ["yes_no", "no", "No", "Non"],
        ["water", "tap", "Tap", "Robinet"], ["water", "well", "Well", "Puits"],
        ["activities", "work", "Work", "Travail"], ["activities", "school", "School", "École"],
        ["activities", "home", "Home", "Maison"],
        ["region", "north", "North", "Nord"], ["region", "south", "South", "Sud"],
        ["town", "lille", "Lille", "Lille", "north"], ["town", "nice", "Nice", "Nice", "south"],
    ]
    settings = [["form_title", "form_id", "version", "default_language", "instance_name"],
                ["Household survey", "household_survey", "2024061201", "English (en)",
                 "concat(${consent}, '-', ${hh_size})"]]
    return write_workbook(path, {"survey": survey, "choices": choices, "settings": settings,
                                 "Notes for enumerators": [["Keep this sheet"], ["It is not part of the form"]]})


KOBO_QUESTION_COUNT = 15
"""Rows of ``kobo_household_survey`` that count as questions: not groups, repeats or start/end/today."""


def simple_survey(path: Path, rows: Rows, choices: Rows | None = None, settings: Rows | None = None) -> Path:
    """A small form: ``rows`` after the header ``type, name, label``."""
    sheets: dict[str, Rows] = {"survey": [["type", "name", "label"], *rows]}
    if choices is not None:
        sheets["choices"] = [["list_name", "name", "label"], *choices]
    if settings is not None:
        sheets["settings"] = settings
    return write_workbook(path, sheets)


def sample_form() -> Form:
    """A form built in code with every kind of row the app stores: or_other, a group, a repeat, extras."""
    yes_no = ChoiceList("yes_no", [Choice("yes", {"en": "Yes", "pt": "Sim"}, {"filter": "a"}),
                                   Choice("no", {"en": "No", "pt": "Não"})])
    return Form("sample", "Sample survey", [
        Question("consent", "select_one", {"en": "Agree?", "pt": "Concorda?"}, list_name="yes_no", required=True,
                 or_other=True),
        Question("grp", "group", {"en": "Group"}, relevant="${consent} = 'yes'", children=[
            Question("age", "integer", {"en": "Age", "pt": "Idade"}, {"en": "In years"}, constraint=". > 0",
                     constraint_message={"en": "Positive", "pt": "Positivo"}, required_if="${consent} = 'yes'"),
            Question("people", "repeat", {"en": "People"}, extra={"repeat_count": "2"}, children=[
                Question("who", "text", {"en": "Who?"}, extra={"required_message": {"en": "Please"}}),
            ]),
        ]),
        Question("score", "range", {"en": "Score"}, parameters={"start": "1", "end": "5", "step": "1"}),
        Question("where", "note", {"en": "Where?"}, source_type="geopoint"),
        Question("twice", "calculate", calculation="${age} * 2"),
    ], [yes_no], ["en", "pt"], "en", {"en": "English", "pt": "Português"}, {"version": "7", "style": "pages"},
        allow_anonymous=False)
