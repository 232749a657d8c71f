"""The ULG workbook of the demo database, read back with openpyxl: sheets, tables, types, labels, privacy, scope."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from tests.core.workbook_support import (
    SHEETS,
    START,
    add_form,
    add_participant,
    add_response,
    add_workshop,
    cells,
    export,
    header,
    open_book,
    records,
    texts,
    the_table,
)
from workshop_app.core.demo import fill_demo
from workshop_app.core.demo.survey_form import CHOICE_LISTS
from workshop_app.core.demo.texts import FORMULA_LIKE_ANSWER
from workshop_app.core.diversity import diversity_picture
from workshop_app.core.erasure import erase_participant
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.workbook_data import export_choices, scope_summary
from workshop_app.core.workbook_scope import ExportScope
from workshop_app.db.database import Database
from workshop_app.db.models import Participant, PersonalData, Response, Workshop


@pytest.fixture
def demo(db: Database) -> Database:
    """The demo data (60 participants, 5 workshops, 57 responses, a stakeholder map)."""
    fill_demo(db)
    return db


@pytest.fixture
def book_pt(demo: Database, tmp_path: Path) -> Workbook:
    """The demo's whole workbook with Portuguese labels, no personal data."""
    result = export(demo, tmp_path / "ulg.xlsx", language="pt")
    assert result.path == tmp_path / "ulg.xlsx"
    return open_book(result.path)


def names_of(db: Database) -> list[str]:
    with db.session() as session:
        return [name for name in session.scalars(select(PersonalData.name)) if name]


# -- sheets and tables ----------------------------------------------------------------------------------------
def test_sheets_come_in_the_designed_order_summary_first(book_pt: Workbook) -> None:
    assert book_pt.sheetnames == SHEETS
    assert book_pt.active.title == "Summary"


def test_every_sheet_is_one_real_table_over_its_data_with_a_frozen_filtered_header(book_pt: Workbook) -> None:
    for name in SHEETS[1:]:
        sheet = book_pt[name]
        table = the_table(sheet)
        last = f"{get_column_letter(sheet.max_column)}{max(sheet.max_row, 2)}"
        assert table.ref == f"A1:{last}", name
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == header(sheet), name
        assert all(cell.data_type == "s" and cell.value for cell in sheet[1]), name
        assert len({h.casefold() for h in header(sheet)}) == len(header(sheet)), name
        assert sheet.freeze_panes is not None and sheet.freeze_panes.endswith("2"), name
        assert all(sheet.column_dimensions[get_column_letter(i)].width >= 8 for i in range(1, sheet.max_column + 1))
    names = [t.displayName for s in book_pt.worksheets for t in s.tables.values()]
    assert len({n.casefold() for n in names}) == len(names)


def test_summary_says_no_personal_data_first_then_counts_and_charts(book_pt: Workbook) -> None:
    summary = book_pt["Summary"]
    assert summary["A1"].value.startswith("Contains no personal data")
    lines = {row[0]: row[1] for row in summary.iter_rows(min_row=3, max_row=14, values_only=True) if row[0]}
    assert isinstance(lines["Exported"], datetime)
    assert lines["Scope"] == "All workshops and all responses"
    counts = dict(summary.iter_rows(min_row=1, values_only=True, max_col=2))
    assert counts["Workshops"] == 5 and counts["Survey responses"] == 57 and counts["Participants"] == 60
    assert len(summary._charts) >= 2
    assert {t.displayName for t in summary.tables.values()} >= {"SummaryCounts", "SummaryWorkshops"}


# -- types and labels ------------------------------------------------------------------------------------------
def test_numbers_are_numbers_and_dates_are_dates(book_pt: Workbook) -> None:
    rows = records(book_pt["Responses"])
    assert len(rows) == 57
    rating = "Até que ponto a sessão de hoje foi útil para si?"
    assert all(isinstance(r[rating], int) and 1 <= r[rating] <= 5 for r in rows if r[rating] is not None)
    assert all(isinstance(r["Started (local time)"], datetime) for r in rows)
    assert all(isinstance(r["Version"], int) for r in rows)
    hours = "Quantas horas por semana poderia dedicar a um curso?"
    assert any(isinstance(r[hours], int) for r in rows)
    workshops = records(book_pt["Workshops"])
    assert all(isinstance(w["Starts (local time)"], datetime) for w in workshops)
    assert all(isinstance(w["Participants"], int) for w in workshops)
    for row in records(book_pt["Diversity"]):
        assert isinstance(row["Count"], int) or row["Count"] in ("<5", "≥5", "–")
        assert row["Share"] is None or isinstance(row["Share"], int | float)
    shares = [c for c in book_pt["Diversity"]["F"][1:] if c.value is not None]
    assert shares and all(c.number_format == "0%" for c in shares)


def test_choice_labels_in_the_chosen_language_with_codes_beside_them(book_pt: Workbook) -> None:
    labels = {code: pt for code, _, pt in CHOICE_LISTS["agree5"]}
    question = "Senti que a minha opinião foi ouvida."
    rows = records(book_pt["Responses"])
    answered = [r for r in rows if r[question] is not None]
    assert answered
    for row in answered:
        assert row[question] == labels[row[f"{question} [code]"]]


def test_select_multiple_is_a_label_list_codes_and_one_0_1_column_per_choice(book_pt: Workbook) -> None:
    question = "Para que usa a internet?"
    choices = CHOICE_LISTS["internet_uses"]
    rows = [r for r in records(book_pt["Responses"]) if r[question] is not None]
    assert rows
    for row in rows:
        codes = row[f"{question} [codes]"].split()
        assert row[question] == "; ".join(pt for code in codes for c, _, pt in choices if c == code)
        for code, _, pt in choices:
            assert row[f"{question} [{pt}]"] == (1 if code in codes else 0)
    unanswered = [r for r in records(book_pt["Responses"]) if r[question] is None]
    assert all(r[f"{question} [{choices[0][2]}]"] is None for r in unanswered)


def test_answers_sheet_is_long_with_codes_and_labels(book_pt: Workbook) -> None:
    rows = records(book_pt["Answers"])
    assert len(rows) == 449
    felt = [r for r in rows if r["Question"] == "felt_heard"]
    labels = {code: pt for code, _, pt in CHOICE_LISTS["agree5"]}
    assert felt and all(r["Answer"] == labels[r["Code"]] for r in felt)
    assert all(r["Question label"] == "Senti que a minha opinião foi ouvida." for r in felt)
    assert all(r["Cut"] is None for r in rows)
    response_ids = {r["Response ID"] for r in records(book_pt["Responses"])}
    assert {r["Response ID"] for r in rows} <= response_ids


@pytest.mark.reliability
def test_a_typed_answer_that_starts_with_equals_is_still_text(book_pt: Workbook) -> None:
    found = [c for c in cells(book_pt) if c.value == FORMULA_LIKE_ANSWER]
    assert len(found) >= 2  # on the Responses and the Answers sheet
    assert all(c.data_type == "s" for c in found)
    assert not any(c.data_type == "f" for c in cells(book_pt))


def test_codebook_lists_questions_and_choices_in_every_language(book_pt: Workbook) -> None:
    rows = records(book_pt["Codebook"])
    assert header(book_pt["Codebook"])[-2:] == ["Label (Portuguese, pt)", "Label (English, en)"]
    felt = [r for r in rows if r["Question"] == "felt_heard"]
    assert felt[0]["Type"] == "select_one" and felt[0]["Choice list"] == "agree5"
    assert [r["Choice code"] for r in felt[1:]] == [code for code, _, _ in CHOICE_LISTS["agree5"]]
    assert felt[1]["Label (English, en)"] == "Strongly disagree"
    assert any(r["Survey"] == "Participant profile" for r in rows)


def test_ideas_stakeholders_relationships_and_diversity_are_filled(book_pt: Workbook) -> None:
    ideas = records(book_pt["Ideas & votes"])
    assert len(ideas) == 52 and sum(r["Dots"] for r in ideas) > 0
    assert all(isinstance(r["Workshop date"], datetime) for r in ideas)
    stakeholders = records(book_pt["Stakeholders"])
    assert len(stakeholders) == 27 and "Interest" in header(book_pt["Stakeholders"])
    assert "Contact" not in header(book_pt["Stakeholders"])
    ties = records(book_pt["Relationships"])
    assert len(ties) == 32 and all(isinstance(t["Directed"], bool) for t in ties)
    diversity = records(book_pt["Diversity"])
    assert any(r["Count"] == "<5" for r in diversity)


# -- privacy ---------------------------------------------------------------------------------------------------
@pytest.mark.reliability
def test_no_names_or_contacts_by_default(demo: Database, book_pt: Workbook) -> None:
    names = names_of(demo)
    assert names
    everything = texts(book_pt)
    assert not [name for name in names if name in everything]
    assert "Name" not in header(book_pt["Participation"])
    assert "Facilitator" not in header(book_pt["Workshops"])


@pytest.mark.reliability
def test_personal_data_only_when_asked_and_the_summary_says_so(demo: Database, tmp_path: Path) -> None:
    result = export(demo, tmp_path / "personal.xlsx", include_personal_data=True)
    book = open_book(result.path)
    assert result.personal_data
    assert book["Summary"]["A1"].value.startswith("Contains personal data: names and contacts")
    rows = records(book["Participation"])
    assert {r["Name"] for r in rows if r["Name"]} == set(names_of(demo))
    assert "Contact" in header(book["Stakeholders"]) and "Facilitator" in header(book["Workshops"])


@pytest.mark.reliability
def test_erased_participants_never_appear(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        pid, code, name = session.execute(
            select(Participant.id, Participant.code, PersonalData.name).join(PersonalData)
            .join(Response, Response.participant_id == Participant.id)).first()
    erase_participant(demo, pid, answers="anonymise", by="Rui")
    result = export(demo, tmp_path / "after.xlsx", include_personal_data=True)
    book = open_book(result.path)
    assert code not in {c.value for c in cells(book)}
    assert name not in texts(book)
    assert result.responses == 57  # kept, without the link to the person


# -- scope -----------------------------------------------------------------------------------------------------
def workshop_ids(db: Database) -> list[tuple[str, str, datetime]]:
    with db.session() as session:
        return list(session.execute(select(Workshop.id, Workshop.title, Workshop.starts_at)
                                    .order_by(Workshop.starts_at)).all())


def test_one_workshop_limits_workshops_responses_ideas_and_maps(demo: Database, tmp_path: Path) -> None:
    (first_id, first_title, _), *_, (last_id, _, _) = workshop_ids(demo)
    book = open_book(export(demo, tmp_path / "one.xlsx", workshop_id=first_id).path)
    assert [w["Title"] for w in records(book["Workshops"])] == [first_title]
    assert {r["Workshop"] for r in records(book["Responses"])} == {first_title}
    assert {r["Workshop"] for r in records(book["Ideas & votes"])} == {first_title}
    assert records(book["Stakeholders"]) == []  # the map belongs to the co-design workshop's agenda
    assert the_table(book["Stakeholders"]).ref.endswith("2")  # an empty table still has its one blank row
    assert book["Summary"]["B6"].value.startswith("One workshop:")
    planned = open_book(export(demo, tmp_path / "planned.xlsx", workshop_id=last_id).path)
    assert len(records(planned["Stakeholders"])) == 27


def test_a_date_range_keeps_the_workshops_that_start_in_it(demo: Database, tmp_path: Path) -> None:
    rows = workshop_ids(demo)
    scope = {"date_from": date(2026, 10, 1), "date_to": date(2026, 10, 31)}
    wanted = [title for _, title, starts in rows
              if date(2026, 10, 1) <= starts.astimezone().date() <= date(2026, 10, 31)]
    result = export(demo, tmp_path / "october.xlsx", **scope)
    book = open_book(result.path)
    assert [w["Title"] for w in records(book["Workshops"])] == wanted == [rows[1][1], rows[2][1]]
    assert {r["Workshop"] for r in records(book["Responses"])} <= set(wanted)
    summary = scope_summary(demo, ExportScope(**scope))
    assert (summary.workshops, summary.responses) == (2, result.responses)
    assert book["Summary"]["B6"].value == "Workshops from 2026-10-01 to 2026-10-31"


def test_diversity_shows_the_apps_own_picture_small_counts_hidden(demo: Database, book_pt: Workbook) -> None:
    picture = diversity_picture(demo, None, "pt")
    rows = [r for r in records(book_pt["Diversity"]) if r["Code"] is not None]
    expected = [(q.name, c.code, c.count if c.count is not None else c.display) for q in picture.questions
                for c in q.choices]
    assert [(r["Question"], r["Code"], r["Count"]) for r in rows] == expected


def test_the_diversity_of_a_date_range_counts_the_people_checked_in_to_its_workshops(demo: Database,
                                                                                     tmp_path: Path) -> None:
    workshop, _, starts = workshop_ids(demo)[0]
    day = starts.astimezone().date()
    by_range = export(demo, tmp_path / "range.xlsx", date_from=day, date_to=day)
    by_workshop = export(demo, tmp_path / "one.xlsx", workshop_id=workshop)
    assert records(open_book(by_range.path)["Diversity"]) == records(open_book(by_workshop.path)["Diversity"])


def test_export_choices_offer_workshops_newest_first_and_the_survey_languages(demo: Database) -> None:
    choices = export_choices(demo)
    starts = [w.starts_at for w in choices.workshops]
    assert starts == sorted(starts, reverse=True)
    assert set(choices.languages) == {"en", "pt"}
    assert choices.first_date < choices.last_date


# -- structure that the demo lacks: repeats, leading zeros, versions -------------------------------------------
def household_form() -> Form:
    codes = ChoiceList("codes", [Choice("007", {"en": "Agent", "pt": "Agente"}), Choice("010", {"en": "Ten"})])
    member = Question("member", "repeat", {"en": "Household member"}, children=[
        Question("age", "integer", {"en": "Age"}),
        Question("kind", "select_one", {"en": "Kind"}, list_name="codes"),
        Question("pets", "repeat", {"en": "Pets"}, children=[Question("pet", "text", {"en": "Pet name"})]),
    ])
    rows = [Question("postcode", "text", {"en": "Postcode"}), Question("when", "date", {"en": "When"}), member]
    return Form("household", "Household", rows, [codes], ["en", "pt"], "en")


def test_repeats_get_their_own_sheets_linked_by_response_and_instance(db: Database, tmp_path: Path) -> None:
    survey = add_form(db, household_form())
    rid = add_response(db, survey, [("postcode", "", "0042"), ("when", "", "2026-10-06"), ("age", "1", "34"),
                                    ("kind", "1", "007"), ("age", "2", "7"), ("pet", "2.1", "Rex"),
                                    ("pet", "2.2", "=Tom")])
    book = open_book(export(db, tmp_path / "repeat.xlsx").path)
    assert book.sheetnames[3:6] == ["Responses", "member (repeat)", "pets (repeat)"]
    [row] = records(book["Responses"])
    assert row["Response ID"] == rid and row["Postcode"] == "0042" and row["When"] == datetime(2026, 10, 6)
    members = records(book["member (repeat)"])
    assert [(m["Response ID"], m["Repeat instance"], m["Age"]) for m in members] == [(rid, "1", 34), (rid, "2", 7)]
    assert members[0]["Kind"] == "Agent" and members[0]["Kind [code]"] == "007"
    pets = records(book["pets (repeat)"])
    assert [(p["Repeat instance"], p["Inside repeat instance"], p["Pet name"]) for p in pets] == [
        ("2.1", "2", "Rex"), ("2.2", "2", "=Tom")]
    assert book["pets (repeat)"]["D3"].data_type == "s"
    instances = [r["Repeat instance"] for r in records(book["Answers"])]
    assert instances == [None, None, "1", "1", "2", "2.1", "2.2"]


def test_versions_of_one_questionnaire_share_one_sheet(db: Database, tmp_path: Path) -> None:
    first = add_form(db, Form("f", "Feedback", [Question("a", "text", {"en": "A"})], [], ["en"], "en"))
    second = add_form(db, Form("f", "Feedback", [Question("b", "integer", {"en": "B"}), Question("a", "text",
                                                                                                 {"en": "A"})],
                               [], ["en"], "en"))
    add_response(db, first, {"a": "old"})
    add_response(db, second, {"a": "new", "b": "5"}, started_at=START + timedelta(days=1))
    book = open_book(export(db, tmp_path / "versions.xlsx").path)
    assert header(book["Responses"])[10:] == ["B", "A"]
    rows = records(book["Responses"])
    assert [(r["Version"], r["A"], r["B"]) for r in rows] == [(1, "old", None), (2, "new", 5)]
    codebook = {r["Question"]: r["Versions"] for r in records(book["Codebook"])}
    assert codebook == {"b": "2", "a": "1, 2"}


def test_several_questionnaires_get_one_responses_sheet_each(db: Database, tmp_path: Path) -> None:
    workshop = add_workshop(db)
    person = add_participant(db, "P-0001", workshop_id=workshop)
    for title in ("Feedback", "Needs [round 2]: what/why?"):
        survey = add_form(db, Form(title[:4].lower(), title, [Question("q", "text", {"en": "Q"})], [], ["en"], "en"))
        add_response(db, survey, {"q": title}, workshop_id=workshop, participant_id=person)
    book = open_book(export(db, tmp_path / "two.xlsx").path)
    assert book.sheetnames[3:5] == ["Responses Feedback", "Responses Needs round 2 what w…"]
    assert records(book["Responses Feedback"])[0]["Participant"] == "P-0001"
    assert len(records(book["Answers"])) == 2


# -- LibreOffice -----------------------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_demo_workbook_converts_with_libreoffice(demo: Database, tmp_path: Path) -> None:
    result = export(demo, tmp_path / "demo.xlsx", language="pt")
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path / "pdf"), str(result.path)],
                          capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "pdf" / "demo.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
