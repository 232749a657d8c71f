"""Exchange packages: what the manifest says, and every kind of bad file refused with one sentence, nothing
written and nothing left behind — truncated, wrong checksum, zip bombs, escaping names, look-alikes, versions."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.responses_support import add_person, add_workshop
from tests.db.old_schema import database_at
from workshop_app import __version__
from workshop_app.core.merge import merge
from workshop_app.core.packing import pack
from workshop_app.db.database import Database
from workshop_app.db.schema import HEAD_REVISION
from workshop_app.errors import UserError
from workshop_app.formats import exchange_package
from workshop_app.formats.exchange_package import (
    DATA_MEMBER,
    MANIFEST_MEMBER,
    MIMETYPE,
    MIMETYPE_MEMBER,
    open_package,
    read_manifest,
    write_package,
)

pytestmark = pytest.mark.reliability


@pytest.fixture
def package(db: Database, tmp_path: Path) -> Path:
    """A package of a small database: a workshop and two participants."""
    add_workshop(db, "survey", "brainstorm")
    add_person(db)
    add_person(db)
    return pack(db, tmp_path / "ana.wspack", made_by="Ana").path


@pytest.fixture(autouse=True)
def nothing_left_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test, refused or not, leaves no unpacked package in the temporary folder (one of its own)."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield
    assert list(folder.glob("workshop-package-*")) == []


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _rewrite(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def _refused(path: Path, message: str) -> None:
    with pytest.raises(UserError, match=message):
        open_package(path)


def test_the_manifest_says_what_the_package_holds(db: Database, package: Path) -> None:
    manifest = read_manifest(package)
    assert manifest.app_version == __version__ and manifest.schema_revision == HEAD_REVISION
    assert manifest.laptop_id == db.laptop_id and manifest.made_by == "Ana"
    assert manifest.scope == {"kind": "everything"}
    assert manifest.counts["workshops"] == 1 and manifest.counts["participants"] == 2
    with zipfile.ZipFile(package) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [MIMETYPE_MEMBER, MANIFEST_MEMBER, DATA_MEMBER]
        assert infos[0].compress_type == zipfile.ZIP_STORED and archive.read(MIMETYPE_MEMBER) == MIMETYPE.encode()
        for name in (MIMETYPE_MEMBER, DATA_MEMBER):
            data = archive.read(name)
            assert manifest.parts[name] == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        raw = json.loads(archive.read(MANIFEST_MEMBER))
    assert raw["format"] == "workshop-app-exchange" and raw["format_version"] == 1
    with open_package(package) as opened:
        assert opened.migrated_from is None
        with opened.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM participants").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"


def test_packing_never_leaves_a_half_written_file(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "ana.wspack"
    with pytest.raises(UserError, match="does not exist"):
        pack(db, target)
    with pytest.raises(UserError, match="cannot overwrite the database"):
        pack(db, db.path)
    target.parent.mkdir()
    with pytest.raises(UserError, match="cancelled"):
        pack(db, target, cancelled=lambda: True)
    assert list(target.parent.iterdir()) == []
    target.write_bytes(b"an older package")
    with pytest.raises(UserError, match="cancelled"):
        pack(db, target, progress=lambda done, total, text: None, cancelled=iter([False, False, True]).__next__)
    assert target.read_bytes() == b"an older package"
    pack(db, target)
    assert read_manifest(target).counts and [p.name for p in target.parent.iterdir()] == ["ana.wspack"]


def test_a_truncated_package_is_refused(package: Path, tmp_path: Path) -> None:
    data = package.read_bytes()
    for cut in (len(data) - 10, len(data) // 2, 40):
        short = tmp_path / f"cut-{cut}.wspack"
        short.write_bytes(data[:cut])
        _refused(short, "incomplete or damaged")


def test_a_package_whose_data_does_not_match_its_checksum_is_refused(package: Path, tmp_path: Path) -> None:
    members = _members(package)
    data = bytearray(members[DATA_MEMBER])
    data[-100] ^= 0xFF  # one flipped byte deep in the data; the zip itself is made anew, so its CRC is right
    forged = _rewrite(tmp_path / "forged.wspack", [(MIMETYPE_MEMBER, members[MIMETYPE_MEMBER]),
                                                    (MANIFEST_MEMBER, members[MANIFEST_MEMBER]),
                                                    (DATA_MEMBER, bytes(data))])
    _refused(forged, "does not match its checksums")


def test_a_corrupt_member_is_refused(package: Path, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the compressed data: zip's own CRC or inflating fails
    bad = tmp_path / "bitrot.wspack"
    bad.write_bytes(bytes(data))
    with pytest.raises(UserError):
        open_package(bad)


def test_a_zip_bomb_is_stopped_before_it_is_unpacked(package: Path, tmp_path: Path) -> None:
    members = _members(package)
    huge = 200 * 1024 * 1024  # zeros deflate about a thousand times over
    bomb = tmp_path / "bomb.wspack"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MIMETYPE_MEMBER, members[MIMETYPE_MEMBER], compress_type=zipfile.ZIP_STORED)
        archive.writestr(MANIFEST_MEMBER, members[MANIFEST_MEMBER])
        with archive.open(DATA_MEMBER, "w", force_zip64=True) as stream:
            chunk = bytes(1024 * 1024)
            for _ in range(huge // len(chunk)):
                stream.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    _refused(bomb, "zip bomb")


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Make the central directory lie about a member's unpacked size (as a crafted bomb would)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == name:
            data[at + 24 : at + 28] = struct.pack("<I", size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def test_declared_sizes_beyond_the_caps_or_below_the_truth_are_refused(package: Path, tmp_path: Path) -> None:
    giant = tmp_path / "giant.wspack"
    giant.write_bytes(package.read_bytes())
    _patch_declared_size(giant, DATA_MEMBER, 0xFFFF_0000)
    _refused(giant, "zip bomb|more than 2 GB")
    liar = tmp_path / "liar.wspack"
    liar.write_bytes(package.read_bytes())
    _patch_declared_size(liar, DATA_MEMBER, 1000)
    with pytest.raises(UserError):
        open_package(liar)


def test_the_stream_stops_once_the_cap_is_passed(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = read_manifest(package).parts[DATA_MEMBER]["size"]
    monkeypatch.setattr(exchange_package, "MAX_TOTAL_BYTES", size + 1000)  # the total check passes
    written = []
    real = exchange_package._copy_member

    def counting(archive, member, target, manifest, name):
        real(archive, member, target, manifest, name)
        written.append(target.stat().st_size)

    monkeypatch.setattr(exchange_package, "_copy_member", counting)
    with open_package(package):
        pass
    assert written == [size]
    monkeypatch.setattr(exchange_package, "MAX_TOTAL_BYTES", size // 2)
    with pytest.raises(UserError, match="more than"):
        open_package(package)


@pytest.mark.parametrize("evil", ["../escaped.txt", "/tmp/absolute.txt", "sub/../../up.txt", "C:\\win.txt"])
def test_names_that_could_escape_the_folder_are_refused(package: Path, tmp_path: Path, evil: str) -> None:
    members = _members(package)
    crafted = _rewrite(tmp_path / "evil.wspack",
                       [(MIMETYPE_MEMBER, members[MIMETYPE_MEMBER]), (MANIFEST_MEMBER, members[MANIFEST_MEMBER]),
                        (DATA_MEMBER, members[DATA_MEMBER]), (evil, b"gotcha")])
    _refused(crafted, "unsafe name")
    assert not (tmp_path.parent / "escaped.txt").exists() and not Path("/tmp/absolute.txt").exists()


def test_unknown_duplicate_or_missing_parts_are_refused(package: Path, tmp_path: Path) -> None:
    members = _members(package)
    base = [(MIMETYPE_MEMBER, members[MIMETYPE_MEMBER]), (MANIFEST_MEMBER, members[MANIFEST_MEMBER]),
            (DATA_MEMBER, members[DATA_MEMBER])]
    _refused(_rewrite(tmp_path / "extra.wspack", [*base, ("notes.txt", b"hi")]), "unexpected file")
    with pytest.warns(UserWarning):
        twice = _rewrite(tmp_path / "twice.wspack", [*base, (DATA_MEMBER, members[DATA_MEMBER])])
    _refused(twice, "same part twice")
    _refused(_rewrite(tmp_path / "missing.wspack", base[:2]), "incomplete")
    _refused(_rewrite(tmp_path / "order.wspack", [base[1], base[0], base[2]]), "not a Workshop App exchange")


def test_look_alikes_are_refused_with_what_they_are(db: Database, tmp_path: Path) -> None:
    renamed = tmp_path / "backup.wspack"
    renamed.write_bytes(db.path.read_bytes())
    _refused(renamed, "is a database file, not an exchange package")
    noise = tmp_path / "noise.wspack"
    noise.write_bytes(os.urandom(5000))
    _refused(noise, "not a Workshop App exchange package")
    empty = tmp_path / "empty.wspack"
    empty.write_bytes(b"")
    _refused(empty, "is empty")
    workbook = _rewrite(tmp_path / "book.wspack", [("[Content_Types].xml", b"<Types/>")])
    _refused(workbook, "not a Workshop App exchange package|unexpected file")
    _refused(tmp_path / "nowhere.wspack", "There is no file")
    _refused(tmp_path, "is a folder")


def test_a_manifest_that_is_not_ours_is_refused(package: Path, tmp_path: Path) -> None:
    members = _members(package)
    manifest = json.loads(members[MANIFEST_MEMBER])
    cases = {
        "not-ours": ({**manifest, "format": "something-else"}, "not a Workshop App exchange package"),
        "garbled": (b"{not json", "manifest cannot be read"),
        "incomplete": ({k: v for k, v in manifest.items() if k != "parts"}, "manifest is incomplete"),
        "future-format": ({**manifest, "format_version": 99, "app_version": "9.0"},
                          r"newer version of Workshop App \(9\.0\); update the app to merge it"),
    }
    for name, (content, message) in cases.items():
        raw = content if isinstance(content, bytes) else json.dumps(content).encode()
        forged = _rewrite(tmp_path / f"{name}.wspack", [(MIMETYPE_MEMBER, members[MIMETYPE_MEMBER]),
                                                         (MANIFEST_MEMBER, raw), (DATA_MEMBER, members[DATA_MEMBER])])
        _refused(forged, message)


def _data_of(path: Path, folder: Path) -> Path:
    target = folder / "data.sqlite"
    target.write_bytes(_members(path)[DATA_MEMBER])
    return target


def test_a_package_from_a_newer_schema_is_refused(package: Path, tmp_path: Path) -> None:
    data = _data_of(package, tmp_path)
    future = write_package(tmp_path / "future.wspack", data, schema_revision="0099", laptop_id="x",
                           scope={"kind": "everything"}, counts={})
    assert future.schema_revision == "0099"
    _refused(tmp_path / "future.wspack", r"made by a newer version of Workshop App \(.*\); update the app to merge")


def test_a_manifest_that_lies_about_the_schema_is_refused(package: Path, tmp_path: Path) -> None:
    data = _data_of(package, tmp_path)
    write_package(tmp_path / "liar.wspack", data, schema_revision="0003", laptop_id="x", scope={"kind": "everything"},
                  counts={})
    _refused(tmp_path / "liar.wspack", "damaged")


def _database_at_0004(path: Path) -> None:
    database_at(path, "0004")
    conn = sqlite3.connect(path)
    stamps = "'2026-09-01 10:00:00.000000', '2026-09-01 10:00:00.000000', 'old-laptop'"
    conn.execute("INSERT INTO workshops (id, title, starts_at, place, theme, facilitator, language, notes, status,"
                 f" kiosk_pin_hash, created_at, updated_at, laptop_id) VALUES ('w-old', 'Made last year', NULL, '',"
                 f" '', '', 'en', '', 'done', '', {stamps})")
    conn.execute(f"INSERT INTO participants (id, code, notes, created_at, updated_at, laptop_id) VALUES ('p-old',"
                 f" 'P-0001', '', {stamps})")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.commit()
    conn.close()


def test_a_package_from_an_older_schema_is_brought_up_to_date_and_merges(db: Database, tmp_path: Path) -> None:
    old = tmp_path / "old" / DATA_MEMBER
    old.parent.mkdir()
    _database_at_0004(old)
    write_package(tmp_path / "old.wspack", old, schema_revision="0004", laptop_id="old-laptop",
                  scope={"kind": "everything"}, counts={"workshops": 1})
    with open_package(tmp_path / "old.wspack") as opened:
        assert opened.migrated_from == "0004"
        with opened.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            assert conn.exec_driver_sql("SELECT count(*) FROM reported_conflicts").scalar() == 0
    add_person(db)  # P-0001 here too: the older package's participant is renumbered
    report = merge(db, [tmp_path / "old.wspack"])
    assert report.added == {"workshops": 1, "participants": 1}
    # The older package's participant was registered first, so it keeps P-0001; the one made here moves.
    assert [(r.old, r.new, r.laptop_id) for r in report.renumbered] == [("P-0001", "P-0002", db.laptop_id)]
    assert any("older version of Workshop App" in w for w in report.warnings)


def test_a_failed_open_removes_what_it_unpacked(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise UserError("The data cannot be read.")

    monkeypatch.setattr(exchange_package, "_check_data", broken)
    with pytest.raises(UserError):
        open_package(package)


def test_zlib_is_what_deflate_uses() -> None:
    """The bomb test relies on deflate compressing zeros about a thousand times over."""
    assert len(zlib.compress(bytes(10 * 1024 * 1024))) < 20 * 1024
