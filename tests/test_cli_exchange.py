"""``workshop-app pack`` and ``workshop-app merge`` as scripts and people use them: words or JSON, a dry run that
writes nothing, one-line errors with exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.merge_support import dump
from workshop_app.cli import main
from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptops(tmp_path: Path) -> dict[str, Path]:
    """Two laptops with demo data (different seeds) and Rui's empty database."""
    paths = {}
    for name, seed in (("ana", 1), ("joao", 2)):
        paths[name] = tmp_path / f"{name}.sqlite"
        with Database.open(paths[name], create=True, laptop_id=f"laptop-{name}") as db:
            fill_demo(db, participants=20, seed=seed)
    paths["rui"] = tmp_path / "rui.sqlite"
    Database.open(paths["rui"], create=True, laptop_id="laptop-rui").close()
    return paths


def test_pack_then_merge_with_json(capsys, laptops, tmp_path) -> None:
    packages = []
    for name in ("ana", "joao"):
        out = tmp_path / f"{name}.wspack"
        code, text, err = run(capsys, "pack", "--db", str(laptops[name]), "--out", str(out), "--json")
        packed = json.loads(text)
        assert code == 0 and err == "" and packed["out"] == str(out) and packed["size"] == out.stat().st_size
        assert packed["manifest"]["counts"]["participants"] == 20
        packages.append(str(out))
    code, text, err = run(capsys, "merge", *packages, "--db", str(laptops["rui"]), "--json")
    report = json.loads(text)
    assert code == 0 and err == ""
    assert {"added", "updated", "conflicts", "renumbered"} <= set(report)
    assert report["added"]["participants"] == 40 and report["added"]["surveys"] == 1
    assert len(report["renumbered"]) == 20 and report["renumbered"][0]["old"].startswith("P-")
    assert report["written"] is True and Path(report["backup"]).exists(), "the database before is kept"
    code, text, _ = run(capsys, "merge", *packages, "--db", str(laptops["rui"]), "--json")
    again = json.loads(text)
    assert again["added"] == again["updated"] == {} and again["conflicts"] == again["renumbered"] == []


def test_merge_in_words_lists_what_it_did(capsys, laptops, tmp_path) -> None:
    run(capsys, "pack", "--db", str(laptops["ana"]), "--out", str(tmp_path / "ana.wspack"))
    run(capsys, "pack", "--db", str(laptops["joao"]), "--out", str(tmp_path / "joao.wspack"))
    code, text, _ = run(capsys, "merge", str(tmp_path / "ana.wspack"), str(tmp_path / "joao.wspack"),
                        "--db", str(laptops["rui"]))
    lines = text.splitlines()
    assert code == 0 and lines[0] == "Merged 2 packages into rui.sqlite."
    assert lines[1].startswith("Added: 10 workshops,") and "40 participants" in lines[1]
    renumbered = [line for line in lines if line.startswith("Participant code")]
    assert len(renumbered) == 20 and "already taken; that participant is now P-00" in renumbered[0]


def test_a_dry_run_writes_nothing(capsys, laptops, tmp_path) -> None:
    run(capsys, "pack", "--db", str(laptops["ana"]), "--out", str(tmp_path / "ana.wspack"))
    with Database.open(laptops["rui"]) as db:
        before = dump(db)
    code, text, _ = run(capsys, "merge", str(tmp_path / "ana.wspack"), "--db", str(laptops["rui"]), "--dry-run")
    assert code == 0 and text.startswith("Preview of merging 1 package into rui.sqlite; nothing was written.")
    assert "Will add: 5 workshops" in text
    with Database.open(laptops["rui"]) as db:
        assert dump(db) == before


def test_pack_one_workshop_by_its_title(capsys, laptops, tmp_path) -> None:
    code, text, _ = run(capsys, "list", "workshops", "--db", str(laptops["ana"]), "--json")
    title = json.loads(text)[0]["title"]
    out = tmp_path / "one.wspack"
    code, text, err = run(capsys, "pack", "--db", str(laptops["ana"]), "--out", str(out), "--workshop", title)
    assert code == 0 and err == "" and f"the workshop “{title}”" in text
    code, text, _ = run(capsys, "merge", str(out), "--db", str(laptops["rui"]), "--json")
    assert json.loads(text)["added"]["workshops"] == 1


def test_errors_are_one_line_with_status_2(capsys, laptops, tmp_path) -> None:
    junk = tmp_path / "junk.wspack"
    junk.write_bytes(b"not a package at all")
    cases = [
        (("merge", str(junk), "--db", str(laptops["rui"])), "junk.wspack is not a Workshop App exchange package."),
        (("merge", str(laptops["ana"]), "--db", str(laptops["rui"])), "is a database file, not an exchange package"),
        (("merge", str(tmp_path / "gone.wspack"), "--db", str(laptops["rui"])), "There is no file"),
        (("pack", "--db", str(laptops["ana"]), "--out", str(tmp_path / "x.wspack"), "--workshop", "nope"),
         "No workshop has the id or title 'nope'."),
        (("pack", "--db", str(laptops["ana"]), "--out", str(tmp_path / "missing" / "x.wspack")), "does not exist"),
        (("merge", "--db", str(laptops["rui"])), "the following arguments are required: FILE"),
        (("pack", "--db", str(laptops["ana"])), "the following arguments are required: --out"),
    ]
    for argv, message in cases:
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "", argv
        assert err.count("\n") == 1 and message in err and "Traceback" not in err, err
    assert not (tmp_path / "x.wspack").exists()
