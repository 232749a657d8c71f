"""Hostile XLSForms: random sheets, junk bytes, giant and deeply nested sheets give one clear error, quickly."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from tests.formats.xlsform_files import write_workbook
from workshop_app.core.forms import FormLogic
from workshop_app.errors import UserError
from workshop_app.formats.xlsform import read_xlsform, write_xlsform
from workshop_app.formats.xlsform.guard import MAX_SURVEY_ROWS

# HYPOTHESIS_EXAMPLES=2000 for a longer hunt; each example writes and reads a workbook.
pytestmark = pytest.mark.reliability

SLOW_OK = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "60")), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

TYPES = st.sampled_from(["text", "integer", "decimal", "select_one yn", "select_multiple yn", "select_one nope",
                         "begin_group", "end_group", "begin_repeat", "end_repeat", "calculate", "note", "geopoint",
                         "range", "rank yn", "acknowledge", "date", "time", "image", "start", "bogus", "",
                         "select_one yn or_other"])
# Text a spreadsheet can hold (no control characters, which openpyxl itself refuses to write).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
CELLS = st.one_of(st.none(), TEXT, st.sampled_from(
    ["${a}", "${b} = 'y'", "selected(${c}, 'y')", ". > 1", "${a} + ${b}", "((", "yes", "true()", "foo()",
     "start=1 end=5", "=1+1", "n"]), st.integers(-5, 5))
NAMES = st.one_of(st.sampled_from(["a", "b", "c", "d", "a b", "1x", "", "a"]), TEXT)


@SLOW_OK
@given(st.lists(st.tuples(TYPES, NAMES, CELLS, CELLS, CELLS, CELLS), max_size=15))
def test_random_survey_sheets_import_or_fail_clearly(tmp_path: Path, rows: list[tuple[object, ...]]) -> None:
    header = ["type", "name", "label", "relevant", "calculation", "constraint"]
    path = write_workbook(tmp_path / "random.xlsx", {
        "survey": [header, *[list(row) for row in rows]],
        "choices": [["list_name", "name", "label"], ["yn", "y", "Yes"], ["yn", "n", "No"]]})
    try:
        form, warnings = read_xlsform(path)
    except UserError as error:
        message = str(error)
        assert message and "\n" not in message and "Traceback" not in message
        return
    assert all(isinstance(w, str) for w in warnings)
    FormLogic(form).new_state()
    out = write_xlsform(form, tmp_path / "again.xlsx")
    assert read_xlsform(out)[0] == form


@SLOW_OK
@given(st.binary(min_size=1, max_size=3000))
def test_binary_junk_renamed_xlsx(tmp_path: Path, junk: bytes) -> None:
    path = tmp_path / "form.xlsx"
    path.write_bytes(junk)
    with pytest.raises(UserError):
        read_xlsform(path)


@pytest.mark.parametrize("members", [{"hello.txt": b"hi"}, {"xl/workbook.xml": b"<not xml"},
                                     {"xl/workbook.xml": b"<workbook/>"}, {"[Content_Types].xml": b""}])
def test_zips_that_are_not_workbooks(tmp_path: Path, members: dict[str, bytes]) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path = tmp_path / "form.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(UserError) as caught:
        read_xlsform(path)
    assert str(caught.value).startswith("form.xlsx ")


def test_a_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same check as for a 400 MB bomb, at a scale that keeps the test fast.
    monkeypatch.setattr("workshop_app.formats.xlsform.guard.MAX_UNPACKED_BYTES", 2**20)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 2**20))
    assert path.stat().st_size < 50_000
    with pytest.raises(UserError, match="unpacks to more than"):
        read_xlsform(path)


@pytest.mark.reliability
def test_a_100000_row_sheet_is_refused_within_seconds(tmp_path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("survey")
    sheet.append(["type", "name", "label"])
    for index in range(100_000):
        sheet.append(["text", f"q{index}", f"Question {index}"])
    path = tmp_path / "huge.xlsx"
    workbook.save(path)
    start = time.perf_counter()
    with pytest.raises(UserError, match=f"more than {MAX_SURVEY_ROWS:,} rows"):
        read_xlsform(path)
    assert time.perf_counter() - start < 3.0


def test_deeply_nested_groups(tmp_path: Path) -> None:
    depth = 1_500
    rows = [["begin_group", f"g{i}", f"G{i}"] for i in range(depth)]
    rows += [["text", "leaf", "Leaf"]] + [["end_group", "", ""]] * depth
    path = write_workbook(tmp_path / "deep.xlsx", {"survey": [["type", "name", "label"], *rows]})
    start = time.perf_counter()
    try:
        form, _ = read_xlsform(path)
    except UserError as error:
        assert "\n" not in str(error)
    else:
        assert form.question_count == 1
    assert time.perf_counter() - start < 10


def test_a_form_bigger_than_the_limit_in_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text("survey,type,name,label\n" + "".join(f",text,q{i},Q\n" for i in range(130_000)),
                    encoding="utf-8")
    with pytest.raises(UserError, match="too many for a form"):
        read_xlsform(path)
