"""The ULG workbook against bad input: formula payloads everywhere, huge and odd texts, 30 scripts, 1,000
questions, an empty database, and targets that cannot be written. Nothing half-written, ever."""

from __future__ import annotations

import errno
import os
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl.worksheet import _writer as openpyxl_writer

from tests.core.workbook_support import (
    SHEETS,
    START,
    add_form,
    add_ideas,
    add_map,
    add_participant,
    add_response,
    add_workshop,
    cells,
    export,
    header,
    open_book,
    records,
    the_table,
)
from workshop_app.core.demo import fill_demo
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.workbook_data import ExportCancelled, ExportScope, export_workbook
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.formats import ulg_workbook
from workshop_app.formats.xlsx_safe import CELL_LIMIT, utf16_length

pytestmark = pytest.mark.reliability

PAYLOADS = ["=1+1", "+1", "-1", "@SUM(1+1)", "\tTab first", "\rCR first", "=cmd|' /C calc'!A0", "=HYPERLINK(\"x\")",
            "-2+3", "#N/A"]
# Thirty languages and scripts: Latin with diacritics, Cyrillic, Greek, Arabic, Hebrew, Persian, Urdu, Devanagari,
# Bengali, Tamil, Thai, Lao, Khmer, Myanmar, Georgian, Armenian, Amharic, CJK, Korean, Tibetan, Sinhala, emoji...
SCRIPTS = {
    "pt": "Não sei onde há cursos", "pl": "Zażółć gęślą jaźń", "ro": "Știință și țară", "tr": "Çalışma ığdır",
    "vi": "Tiếng Việt có dấu", "uk": "Курси українською, будь ласка", "ru": "Нет времени", "bg": "Български",
    "el": "Δεν έχω χρόνο", "ar": "لا أعرف أين توجد الدورات", "he": "אין לי זמן ללמוד", "fa": "وقت ندارم",
    "ur": "میرے پاس وقت نہیں", "hi": "मेरे पास समय नहीं है", "bn": "আমার সময় নেই", "ta": "எனக்கு நேரம் இல்லை",
    "th": "ฉันไม่มีเวลา", "lo": "ຂ້ອຍບໍ່ມີເວລາ", "km": "ខ្ញុំគ្មានពេល", "my": "ငါ့မှာအချိန်မရှိဘူး",
    "ka": "დრო არ მაქვს", "hy": "Ես ժամանակ չունեմ", "am": "ጊዜ የለኝም", "zh": "我没有时间学习", "ja": "時間がありません",
    "ko": "시간이 없어요", "bo": "ང་ལ་དུས་ཚོད་མེད།", "si": "මට වෙලාවක් නැහැ", "so": "Waqti ma haysto 👩🏽‍💻🇸🇴",
    "sw": "Sina muda 🙏🏿 ✊🏾",
}


def text_form(languages: list[str] | None = None, labels: dict[str, str] | None = None) -> Form:
    choices = ChoiceList("yn", [Choice("yes", labels or {"en": "Yes"}), Choice("no", {"en": "No"})])
    rows = [Question("note", "text", labels or {"en": "Your words"}),
            Question("ok", "select_one", labels or {"en": "OK?"}, list_name="yn")]
    return Form("words", "Words", rows, [choices], languages or ["en"], (languages or ["en"])[0])


# -- formulas ----------------------------------------------------------------------------------------------
def test_every_payload_stays_text_wherever_a_person_typed_it(db: Database, tmp_path: Path) -> None:
    workshop = add_workshop(db, title=PAYLOADS[0], notes=PAYLOADS[6], place=PAYLOADS[3])
    survey = add_form(db, text_form())
    for index, payload in enumerate(PAYLOADS):
        person = add_participant(db, f"P-{index + 1:04d}", name=payload, contact=payload, notes=payload,
                                 workshop_id=workshop)
        add_response(db, survey, {"note": payload}, workshop_id=workshop, participant_id=person)
    add_ideas(db, workshop, PAYLOADS, cluster=PAYLOADS[2], dots=2)
    add_map(db, PAYLOADS[4], [{"name": p, "organisation": p, "notes": p, "engagement": p, "contact": p}
                              for p in PAYLOADS], workshop_id=workshop, kind=PAYLOADS[1])
    book = open_book(export(db, tmp_path / "payloads.xlsx", include_personal_data=True).path)
    found: dict[str, set[str]] = {p: set() for p in PAYLOADS}
    for cell in cells(book):
        assert cell.data_type != "f", (cell.parent.title, cell.coordinate, cell.value)
        if cell.value in found:
            assert cell.data_type == "s", (cell.parent.title, cell.coordinate)
            found[cell.value].add(cell.parent.title)
    everywhere = {"Participation", "Responses", "Answers", "Ideas & votes", "Stakeholders"}
    for index, payload in enumerate(PAYLOADS):
        wanted = everywhere | ({"Workshops"} if index in (0, 3, 6) else set())
        wanted |= {"Relationships", "Ideas & votes"} if index == 1 else set()
        assert wanted <= found[payload], (payload, found[payload])
    people = records(book["Participation"])
    assert [(p["Name"], p["Contact"], p["Notes"]) for p in people] == [(p, p, p) for p in PAYLOADS]
    assert {r["Kind"] for r in records(book["Relationships"])} == {PAYLOADS[1]}


# -- texts -------------------------------------------------------------------------------------------------
def test_texts_longer_than_a_cell_are_cut_with_a_marker_and_counted(db: Database, tmp_path: Path) -> None:
    survey = add_form(db, text_form())
    long_text = "x" * 40_000
    emoji = "👩🏽‍💻" * 5_000  # 35,000 characters, 60,000 UTF-16 units
    first = add_response(db, survey, {"note": long_text})
    add_response(db, survey, {"note": emoji}, started_at=START + timedelta(minutes=1))
    add_response(db, survey, {"note": "short"}, started_at=START + timedelta(minutes=2))
    result = export(db, tmp_path / "long.xlsx")
    assert result.cut_cells == 4  # two answers, each on the Responses and the Answers sheet
    book = open_book(result.path)
    answers = records(book["Answers"])
    assert [a["Cut"] for a in answers] == [1, 1, None]
    cut = answers[0]["Answer"]
    assert answers[0]["Response ID"] == first
    assert cut.startswith("x" * 30_000) and cut.endswith("… [cut: 40,000 characters]")
    assert len(cut) <= CELL_LIMIT
    assert utf16_length(answers[1]["Answer"]) <= CELL_LIMIT
    assert answers[1]["Answer"].endswith(f"… [cut: {len(emoji):,} characters]")
    assert records(book["Responses"])[0]["Your words"] == cut
    assert "2 texts were longer" not in str(book["Summary"]["B10"].value)
    assert "4 texts were longer than the 32,767 characters" in book["Summary"]["B10"].value


def test_characters_a_workbook_cannot_hold_are_removed(db: Database, tmp_path: Path) -> None:
    survey = add_form(db, text_form())
    add_response(db, survey, {"note": "a\x00b\x01c\x0bd\x1fe\ufffef\tg\nh"})
    [row] = records(open_book(export(db, tmp_path / "control.xlsx").path)["Answers"])
    assert row["Answer"] == "abcdef\tg\nh"


def test_thirty_languages_and_scripts_round_trip(db: Database, tmp_path: Path) -> None:
    languages = ["en", *SCRIPTS]
    labels = {"en": "Why not?", **SCRIPTS}
    survey = add_form(db, text_form(languages, labels))
    for minutes, (code, text) in enumerate(SCRIPTS.items()):
        add_response(db, survey, {"note": text, "ok": "yes"}, language=code,
                     started_at=START + timedelta(minutes=minutes))
    for code in ("ar", "th", "sw"):
        result = export(db, tmp_path / f"{code}.xlsx", language=code)
        book = open_book(result.path)
        rows = records(book["Responses"])
        assert [r[SCRIPTS[code]] for r in rows] == list(SCRIPTS.values())
        assert {r[f"{SCRIPTS[code]} (2)"] for r in rows} == {SCRIPTS[code]}  # the label of "yes"
        assert [r["Language"] for r in rows] == list(SCRIPTS)
    codebook = header(book["Codebook"])
    assert len([h for h in codebook if h.startswith("Label (")]) == 31


def test_a_survey_of_a_thousand_questions(db: Database, tmp_path: Path) -> None:
    numbers = ChoiceList("n", [Choice(f"{k:03d}", {"en": f"Choice {k}"}) for k in range(8)])
    kinds = ("text", "integer", "select_one", "select_multiple", "decimal")
    rows = [Question(f"q{k:04d}", kinds[k % 5], {"en": f"Question {k}"},
                     list_name="n" if kinds[k % 5].startswith("select") else "") for k in range(1000)]
    survey = add_form(db, Form("big", "Big", rows, [numbers], ["en"], "en"))
    values = {"text": "words", "integer": "42", "select_one": "007", "select_multiple": "000 007", "decimal": "1.5"}
    for _ in range(3):
        add_response(db, survey, {q.name: values[q.type] for q in rows})
    result = export(db, tmp_path / "big.xlsx")
    sheet = open_book(result.path)["Responses"]
    assert sheet.max_column == 10 + 200 * (1 + 1 + 2 + 10 + 1)
    assert [c.name for c in the_table(sheet).tableColumns] == header(sheet)
    [row, *_] = records(sheet)
    assert row["Question 2 [code]"] == "007" and row["Question 2"] == "Choice 7"
    assert row["Question 3 [Choice 7]"] == 1 and row["Question 3 [Choice 1]"] == 0
    assert row["Question 1"] == 42 and row["Question 4"] == 1.5
    assert result.sheets["Answers"] == 3000


def test_too_many_columns_for_excel_drop_the_0_1_columns_with_a_note(db: Database, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.core import workbook_responses

    monkeypatch.setattr(workbook_responses, "MAX_COLUMNS", 20)
    many = ChoiceList("m", [Choice(f"c{k}", {"en": f"C{k}"}) for k in range(6)])
    rows = [Question(f"q{k}", "select_multiple", {"en": f"Q{k}"}, list_name="m") for k in range(2)]
    survey = add_form(db, Form("wide", "Wide", rows, [many], ["en"], "en"))
    add_response(db, survey, {"q0": "c1", "q1": "c2 c3"})
    result = export(db, tmp_path / "wide.xlsx")
    sheet = open_book(result.path)["Responses"]
    assert sheet.max_column <= 20 and "Q1 [codes]" in header(sheet)
    assert any("too many columns" in w for w in result.warnings)


# -- an empty database ---------------------------------------------------------------------------------------
def test_an_empty_database_gives_a_valid_workbook_of_empty_tables(db: Database, tmp_path: Path) -> None:
    result = export(db, tmp_path / "empty.xlsx")
    book = open_book(result.path)
    assert book.sheetnames == SHEETS
    for name in SHEETS[1:]:
        sheet = book[name]
        assert the_table(sheet).ref.endswith("2"), name  # the header and one blank row, as Excel requires
        assert [c.name for c in the_table(sheet).tableColumns] == header(sheet)
    assert result.responses == 0 and book["Summary"]["A1"].value.startswith("Contains no personal data")


# -- targets that cannot be written --------------------------------------------------------------------------
@pytest.fixture
def demo(db: Database) -> Database:
    fill_demo(db, participants=12)
    return db


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_wrong_extension_missing_folder_and_folder_as_file(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"must be saved as an \.xlsx file"):
        export(demo, tmp_path / "ulg.xls")
    with pytest.raises(UserError, match="does not exist"):
        export(demo, tmp_path / "nowhere" / "ulg.xlsx")
    (tmp_path / "taken.xlsx").mkdir()
    with pytest.raises(UserError, match="is a folder"):
        export(demo, tmp_path / "taken.xlsx")


def test_a_folder_that_may_not_be_written(demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(ulg_workbook.tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="You may not save files in"):
        export(demo, tmp_path / "ulg.xlsx")
    assert list(tmp_path.glob("*.xlsx")) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions do not bind root")
def test_a_read_only_folder(demo: Database, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="You may not save files in"):
            export(demo, folder / "ulg.xlsx")
    finally:
        folder.chmod(0o700)


def test_a_file_open_in_libreoffice_or_excel(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "ulg.xlsx"
    target.write_bytes(b"the previous workbook")
    for lock in (tmp_path / ".~lock.ulg.xlsx#", tmp_path / "~$ulg.xlsx"):
        lock.write_text("Rui,rui-laptop")
        with pytest.raises(UserError, match="open in another program"):
            export(demo, target)
        lock.unlink()
    assert target.read_bytes() == b"the previous workbook"


def test_a_file_windows_will_not_replace_is_left_as_it_was(demo: Database, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ulg.xlsx"
    target.write_bytes(b"the previous workbook")

    def in_use(*args: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(ulg_workbook.os, "replace", in_use)
    with pytest.raises(UserError, match="open in another program or read-only"):
        export(demo, target)
    assert target.read_bytes() == b"the previous workbook"
    assert leftovers(tmp_path) == []


def test_a_full_disk_leaves_nothing_behind(demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ulg.xlsx"
    target.write_bytes(b"the previous workbook")
    before = set(openpyxl_writer.ALL_TEMP_FILES)

    def full(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"PK half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", full)
    with pytest.raises(UserError, match="not enough space on the disk"):
        export(demo, target)
    assert target.read_bytes() == b"the previous workbook"
    assert leftovers(tmp_path) == []
    assert set(openpyxl_writer.ALL_TEMP_FILES) <= before


def test_cancelling_leaves_no_file_and_no_temporary_files(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "ulg.xlsx"
    target.write_bytes(b"the previous workbook")
    before = set(openpyxl_writer.ALL_TEMP_FILES)
    reports: list[tuple[int, int, str]] = []
    with pytest.raises(ExportCancelled):
        export_workbook(demo, target, ExportScope(), progress=lambda *r: reports.append(r),
                        cancelled=lambda: len(reports) >= 2)
    assert target.read_bytes() == b"the previous workbook"
    assert leftovers(tmp_path) == []
    assert set(openpyxl_writer.ALL_TEMP_FILES) <= before
    assert reports and all(done <= total for done, total, _ in reports)


def test_progress_reaches_the_end(demo: Database, tmp_path: Path) -> None:
    reports: list[tuple[int, int, str]] = []
    export_workbook(demo, tmp_path / "ulg.xlsx", ExportScope(), progress=lambda *r: reports.append(r))
    done, total, _ = reports[-1]
    assert done == total and [d for d, _, _ in reports] == sorted(d for d, _, _ in reports)


def test_reversed_dates_and_a_deleted_workshop_are_refused(demo: Database, tmp_path: Path) -> None:
    from datetime import date

    with pytest.raises(UserError, match="comes after the last day"):
        export(demo, tmp_path / "ulg.xlsx", date_from=date(2026, 12, 1), date_to=date(2026, 1, 1))
    with pytest.raises(UserError, match="no longer exists"):
        export(demo, tmp_path / "ulg.xlsx", workshop_id="gone")
    assert list(tmp_path.glob("*.xlsx")) == []
