"""``workshop-app export-xlsx``: the ULG workbook from the command line; one-line errors, exit 2, no file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workshop_app.cli import main
from workshop_app.core.demo import fill_demo
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    with Database.open(db_path, create=True) as db:
        fill_demo(db, participants=20)
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_exports_everything_as_json(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ulg.xlsx"
    code, text, err = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(out), "--json")
    assert code == 0 and err == ""
    result = json.loads(text)
    assert result["out"] == str(out) and result["workshops"] == 5 and result["personal_data"] is False
    assert result["sheets"]["Responses"] == result["responses"] > 0
    assert set(result) >= {"participants", "cut_cells", "warnings"}
    assert load_workbook(out).sheetnames[0] == "Summary"


def test_plain_output_names_the_file_and_the_privacy(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "ulg.xlsx"
    code, text, _ = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(out), "--include-personal-data",
                        "--language", "pt")
    assert code == 0
    assert text.startswith(f"Wrote {out}: 5 workshops") and "with names and contacts" in text
    book = load_workbook(out)
    assert book["Summary"]["A1"].value.startswith("Contains personal data")
    assert "Senti que a minha opinião foi ouvida." in [c.value for c in book["Responses"][1]]


def test_one_workshop_by_title_or_id_prefix(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                            tmp_path: Path) -> None:
    with Database.open(demo_path) as db:
        first = min(WorkshopService(db).list(), key=lambda w: w.starts_at)
    for reference in (first.title, first.id[:8]):
        code, text, _ = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(tmp_path / "one.xlsx"),
                            "--workshop", reference, "--json")
        assert code == 0 and json.loads(text)["workshops"] == 1


def test_a_date_range(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    code, text, _ = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(tmp_path / "oct.xlsx"),
                        "--from", "2026-10-01", "--to", "2026-10-31", "--json")
    assert code == 0 and json.loads(text)["workshops"] == 2


@pytest.mark.parametrize(("extra", "message"), [
    (["--from", "2026-13-01"], "--from “2026-13-01” is not a date; write it as YYYY-MM-DD"),
    (["--to", "21/11/2026"], "--to “21/11/2026” is not a date"),
    (["--from", "2026-12-01", "--to", "2026-01-01"], "comes after the last day"),
    (["--workshop", "no such workshop"], "No workshop has the id or title 'no such workshop'."),
    (["--workshop", "x", "--from", "2026-01-01"], "either one workshop (--workshop) or a date range"),
    (["--language", "xx"], "No survey has labels in “xx”; choose one of"),
])
@pytest.mark.reliability
def test_bad_arguments_are_one_line_with_exit_2_and_no_file(capsys: pytest.CaptureFixture[str], demo_path: Path,
                                                           tmp_path: Path, extra: list[str], message: str) -> None:
    out = tmp_path / "ulg.xlsx"
    code, text, err = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(out), *extra)
    assert code == 2 and text == ""
    assert err.count("\n") == 1 and message in err and err.startswith("workshop-app: ")
    assert not out.exists()


@pytest.mark.reliability
def test_a_target_that_cannot_be_written(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    for out, message in ((tmp_path / "ulg.csv", "must be saved as an .xlsx file"),
                         (tmp_path / "missing" / "ulg.xlsx", "does not exist")):
        code, _, err = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(out))
        assert code == 2 and err.count("\n") == 1 and message in err
    code, _, err = run(capsys, "export-xlsx", "--db", str(demo_path))
    assert code == 2 and "--out" in err


@pytest.mark.reliability
def test_an_open_file_is_left_alone(capsys: pytest.CaptureFixture[str], demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ulg.xlsx"
    out.write_bytes(b"yesterday's workbook")
    (tmp_path / ".~lock.ulg.xlsx#").write_text("Rui")
    code, _, err = run(capsys, "export-xlsx", "--db", str(demo_path), "--out", str(out))
    assert code == 2 and "open in another program" in err
    assert out.read_bytes() == b"yesterday's workbook"
