"""The command line as scripts use it: JSON results, one-line errors, exit status 2, nothing half-written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database

COUNT_KEYS = {
    "workshops",
    "participants",
    "consents",
    "surveys",
    "responses",
    "answers",
    "ideas",
    "votes",
    "stakeholder_maps",
    "stakeholders",
    "relationships",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_on_an_empty_database(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    Database.open(db_path, create=True).close()
    code, out, err = run(capsys, "check", "--db", str(db_path), "--json")
    report = json.loads(out)
    assert code == 0 and err == ""
    assert report["ok"] is True and report["problems"] == []
    assert set(report["counts"]) == COUNT_KEYS and not any(report["counts"].values())


def test_options_may_come_before_the_command(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    Database.open(db_path, create=True).close()
    code, out, _ = run(capsys, "--db", str(db_path), "--json", "check")
    assert code == 0 and json.loads(out)["ok"] is True


def test_list_workshops_and_resolve_by_prefix(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    with Database.open(db_path, create=True) as db:
        created = WorkshopService(db).create("Listening session", place="Parish hall")
    code, out, _ = run(capsys, "list", "workshops", "--db", str(db_path), "--json")
    assert code == 0
    [item] = json.loads(out)
    assert item["id"] == created.id and item["title"] == "Listening session"
    code, out, _ = run(capsys, "list", "workshops", "--db", str(db_path))
    assert "Listening session" in out and created.id[:8] in out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--db", "{tmp}/missing.sqlite"],
        ["list", "workshops", "--db", "{tmp}/junk.sqlite"],
        ["list", "teapots", "--db", "{tmp}/junk.sqlite"],
        ["demo", "--participants", "many", "--db", "{tmp}/new.sqlite"],
        ["backup", "--db", "{tmp}/junk.sqlite"],
        ["restore", "{tmp}/junk.sqlite", "--db", "{tmp}/target.sqlite"],
        ["frobnicate"],
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(4096))
    before = sorted(p.name for p in tmp_path.iterdir())
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing created, nothing half-written


def test_restore_without_a_terminal_needs_yes(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    with Database.open(db_path, create=True) as db:
        WorkshopService(db).create("Before")
    backup = tmp_path / "b.sqlite"
    assert run(capsys, "backup", "--db", str(db_path), "--out", str(backup))[0] == 0
    with Database.open(db_path) as db:
        WorkshopService(db).create("After")
    code, _, err = run(capsys, "restore", str(backup), "--db", str(db_path))
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, "restore", str(backup), "--db", str(db_path), "--yes", "--json")
    assert code == 0 and Path(json.loads(out)["previous_kept_at"]).is_file()
    code, out, _ = run(capsys, "list", "workshops", "--db", str(db_path), "--json")
    assert [w["title"] for w in json.loads(out)] == ["Before"]


def test_backup_without_out_goes_to_the_app_backups_folder(
    capsys: pytest.CaptureFixture[str], db_path: Path, app_home: Path
) -> None:
    Database.open(db_path, create=True).close()
    code, out, _ = run(capsys, "backup", "--db", str(db_path), "--json")
    made = Path(json.loads(out)["backup"])
    assert code == 0 and made.is_file() and app_home in made.parents


def test_check_reports_damage_in_words_and_exit_1(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    import sqlite3

    with Database.open(db_path, create=True) as db:
        WorkshopService(db).create("A")
    conn = sqlite3.connect(db_path)  # a row pointing nowhere, as a broken merge might leave
    conn.execute(
        "INSERT INTO activities (id, workshop_id, position, kind, title, planned_minutes, options, created_at,"
        " updated_at, laptop_id) VALUES ('a1', 'gone', 0, 'brainstorm', '', 10, '{}', '2026-01-01', '2026-01-01', '')"
    )
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", "--db", str(db_path), "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert any("activities" in p and "no longer exist" in p for p in report["problems"])


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "WORKSHOP_APP_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "check", "--db", str(tmp_path / "nope.sqlite")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert (
        done.returncode == 2
        and done.stderr.strip() == f"workshop-app: There is no database at {tmp_path / 'nope.sqlite'}."
    )


def test_import_and_export_xlsform_round_trip(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from workshop_app.paths import resource

    Database.open(db_path, create=True).close()
    template = resource("templates", "needs_assessment.xlsx")
    code, out, _ = run(capsys, "import-xlsform", str(template), "--db", str(db_path), "--json")
    imported = json.loads(out)
    assert code == 0 and set(imported) >= {"id", "title", "version", "question_count", "languages", "warnings"}
    assert imported["languages"] == ["en", "pt"] and imported["version"] == 1
    code, out, _ = run(capsys, "list", "surveys", "--db", str(db_path), "--json")
    [listed] = json.loads(out)
    assert listed["questions"] == imported["question_count"]
    out_file = tmp_path / "back.xlsx"
    assert run(capsys, "export-xlsform", imported["title"], "--out", str(out_file), "--db", str(db_path))[0] == 0
    code, out, _ = run(capsys, "import-xlsform", str(out_file), "--db", str(db_path), "--json")
    again = json.loads(out)
    assert again["version"] == 2 and again["question_count"] == imported["question_count"]
    # The title now names two versions of one form: the newest is meant.
    assert (
        run(capsys, "export-xlsform", imported["title"], "--out", str(tmp_path / "v2.xlsx"), "--db", str(db_path))[0]
        == 0
    )


def test_import_of_a_non_xlsform_says_why_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    Database.open(db_path, create=True).close()
    junk = tmp_path / "form.xlsx"
    junk.write_bytes(os.urandom(3000))
    code, out, err = run(capsys, "import-xlsform", str(junk), "--db", str(db_path))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert json.loads(run(capsys, "check", "--db", str(db_path), "--json")[1])["counts"]["surveys"] == 0


def test_render_map_writes_a_pdf_without_a_window(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite"
    env = {**os.environ, "WORKSHOP_APP_HOME": str(tmp_path / "home")}
    env.pop("DISPLAY", None)
    base = [sys.executable, "-m", "workshop_app"]
    subprocess.run([*base, "demo", "--db", str(db_path)], check=True, capture_output=True, env=env)
    out = tmp_path / "map.pdf"
    done = subprocess.run(
        [
            *base,
            "render-map",
            "Digital skills — who matters",
            "--out",
            str(out),
            "--paper",
            "a3",
            "--landscape",
            "--db",
            str(db_path),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["out"] == str(out) and out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(
        [*base, "render-map", "Digital skills — who matters", "--out", str(tmp_path / "map.doc"), "--db", str(db_path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
    assert not (tmp_path / "map.doc").exists()
