"""Exchange packages (``.wspack``): one file carrying a laptop's data (or one workshop's) to another laptop.

A package is a zip holding, in this order, ``mimetype`` (stored, so the first bytes say what the file is),
``manifest.json`` (format, app and schema version, laptop, scope, counts, and the SHA-256 and size of every
other part) and ``data.sqlite`` (a copy of the data made with SQLite's online backup API).

Reading trusts nothing. Only the three known member names are accepted (an unknown, duplicate, absolute or
``..`` name is refused), and nothing is ever extracted by its name: ``data.sqlite`` is streamed into a
temporary folder of our own, counting the bytes against the declared size, a total cap and a maximum
compression ratio, so a zip bomb stops early. Checksums are verified before the copy is opened. A package
from an older schema is migrated in the temporary folder; one from a newer app is refused. Every refusal is
one ``UserError`` sentence naming the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import URL

from workshop_app import __version__
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

FORMAT_NAME = "workshop-app-exchange"
FORMAT_VERSION = 1
SUFFIX = ".wspack"
MIMETYPE = "application/vnd.workshop-app.exchange+zip"
MIMETYPE_MEMBER, MANIFEST_MEMBER, DATA_MEMBER = "mimetype", "manifest.json", "data.sqlite"
MEMBERS = (MIMETYPE_MEMBER, MANIFEST_MEMBER, DATA_MEMBER)
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 1024**2
# A vacuumed SQLite file deflates a few times over; a zip bomb a thousand times. Small parts may compress
# better than this without harm, so the ratio is only checked past RATIO_FREE_BYTES.
MAX_RATIO = 100
RATIO_FREE_BYTES = 1024**2
SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20
SCOPE_EVERYTHING, SCOPE_WORKSHOP = "everything", "workshop"
_MIGRATING = threading.Lock()


@dataclass(frozen=True)
class Manifest:
    """What a package says about itself."""

    app_version: str
    schema_revision: str
    laptop_id: str
    created_at: str
    """ISO 8601, UTC."""
    scope: Mapping[str, str]
    """``{"kind": "everything"}`` or ``{"kind": "workshop", "workshop_id": ..., "title": ...}``."""
    counts: Mapping[str, int]
    parts: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Member name → ``{"sha256": hex, "size": bytes}`` for every member but the manifest."""
    made_by: str = ""
    format_version: int = FORMAT_VERSION

    @property
    def scope_kind(self) -> str:
        """``everything`` or ``workshop``."""
        return str(self.scope.get("kind", SCOPE_EVERYTHING))

    def to_dict(self) -> dict[str, Any]:
        """The manifest as written to ``manifest.json``."""
        return {
            "format": FORMAT_NAME, "format_version": self.format_version, "app_version": self.app_version,
            "schema_revision": self.schema_revision, "laptop_id": self.laptop_id, "made_by": self.made_by,
            "created_at": self.created_at, "scope": dict(self.scope), "counts": dict(self.counts),
            "parts": {name: dict(part) for name, part in self.parts.items()},
        }

    @classmethod
    def from_dict(cls, data: Any, name: str) -> Manifest:
        """Check a parsed ``manifest.json``; ``UserError`` naming the file ``name`` when it is not ours."""
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package."), name=name)
        version = data.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its manifest has no format version."),
                            name=name)
        if version > FORMAT_VERSION:
            app_version = _text(data.get("app_version")) or Text("core", QT_TRANSLATE_NOOP("core", "unknown version"))
            raise UserError(QT_TRANSLATE_NOOP("errors", "This package was made by a newer version of Workshop App "
                                                        "({app_version}); update the app to merge it."),
                            app_version=app_version)
        parts = data.get("parts")
        fields_ok = (
            all(isinstance(data.get(key), str) for key in ("app_version", "schema_revision", "laptop_id",
                                                          "created_at"))
            and isinstance(data.get("scope"), dict) and isinstance(data.get("counts"), dict)
            and isinstance(parts, dict) and set(parts) == {MIMETYPE_MEMBER, DATA_MEMBER}
            and all(_valid_part(part) for part in parts.values())
        )
        if not fields_ok:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its manifest is incomplete."), name=name)
        return cls(
            app_version=data["app_version"], schema_revision=data["schema_revision"], laptop_id=data["laptop_id"],
            created_at=data["created_at"], scope={str(k): _text(v) for k, v in data["scope"].items()},
            counts={str(k): v for k, v in data["counts"].items() if isinstance(v, int)},
            parts={k: {"sha256": v["sha256"], "size": v["size"]} for k, v in parts.items()},
            made_by=_text(data.get("made_by")), format_version=version,
        )


def _valid_part(part: Any) -> bool:
    return (isinstance(part, dict) and isinstance(part.get("sha256"), str) and len(part["sha256"]) == 64
            and isinstance(part.get("size"), int) and 0 <= part["size"] <= MAX_TOTAL_BYTES)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


# -- writing ------------------------------------------------------------------------------------------------
def write_package(target: Path, data_file: Path, *, schema_revision: str, laptop_id: str,
                  scope: Mapping[str, str], counts: Mapping[str, int], made_by: str = "") -> Manifest:
    """Write ``data_file`` as the package ``target``: a partial file beside it, then one atomic rename."""
    target = Path(target).expanduser().absolute()
    if not target.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot write {target}: the folder {folder} does not exist."),
                        target=target, folder=target.parent)
    mimetype = MIMETYPE.encode("ascii")
    manifest = Manifest(
        app_version=__version__, schema_revision=schema_revision, laptop_id=laptop_id,
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), scope=dict(scope), counts=dict(counts),
        parts={MIMETYPE_MEMBER: {"sha256": hashlib.sha256(mimetype).hexdigest(), "size": len(mimetype)},
               DATA_MEMBER: _digest_file(data_file)},
        made_by=made_by,
    )
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        with zipfile.ZipFile(partial, "w") as archive:
            archive.writestr(MIMETYPE_MEMBER, mimetype, compress_type=zipfile.ZIP_STORED)
            archive.writestr(MANIFEST_MEMBER, json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2),
                             compress_type=zipfile.ZIP_DEFLATED)
            archive.write(data_file, DATA_MEMBER, compress_type=zipfile.ZIP_DEFLATED)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot write {target}: {reason}."),
                        target=target, reason=exc.strerror or exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return manifest


def _digest_file(path: Path) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return {"sha256": digest.hexdigest(), "size": size}


# -- reading ------------------------------------------------------------------------------------------------
def read_manifest(path: Path) -> Manifest:
    """The manifest of the package at ``path``, after checking its members; the data is not read."""
    path = Path(path)
    with _archive(path) as archive:
        return _manifest(archive, path.name)


@dataclass
class OpenedPackage:
    """A checked package whose data sits, at this app's schema, in a temporary folder until ``close``."""

    path: Path
    manifest: Manifest
    data_path: Path
    migrated_from: str | None
    """The schema revision the package was made with, when it had to be brought up to date."""
    _folder: Path
    _engine: Engine | None = None

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection to the package's data, for reading."""
        if self._engine is None:
            self._engine = create_engine(URL.create("sqlite+pysqlite", database=str(self.data_path)))
        with self._engine.connect() as connection:
            yield connection

    def close(self) -> None:
        """Forget the temporary copy."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_package(path: Path, *, laptop_id: str = "") -> OpenedPackage:
    """Check the package at ``path`` and copy its data, at this app's schema, into a temporary folder.

    Raises ``UserError`` (one sentence, nothing left behind) for anything that is not a sound package.
    """
    from workshop_app.db.database import known_revisions
    from workshop_app.db.schema import HEAD_REVISION

    path = Path(path).expanduser().absolute()
    name = path.name
    folder = Path(tempfile.mkdtemp(prefix="workshop-package-"))
    try:
        with _archive(path) as archive:
            manifest = _manifest(archive, name)
            if manifest.schema_revision not in known_revisions():
                raise UserError(QT_TRANSLATE_NOOP("errors", "This package was made by a newer version of Workshop "
                                                            "App ({app_version}); update the app to merge it."),
                                app_version=manifest.app_version)
            _check_mimetype(archive, manifest, name)
            data_path = folder / DATA_MEMBER
            _copy_member(archive, DATA_MEMBER, data_path, manifest, name)
        _check_data(data_path, manifest, name)
        migrated_from = None
        if manifest.schema_revision != HEAD_REVISION:
            migrated_from = manifest.schema_revision
            _migrate(data_path, name, laptop_id)
        return OpenedPackage(path, manifest, data_path, migrated_from, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


@contextmanager
def _archive(path: Path) -> Iterator[zipfile.ZipFile]:
    name = path.name
    if path.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is a folder, not an exchange package."), name=name)
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path) from None
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} cannot be read ({reason})."),
                        name=name, reason=exc.strerror or exc) from None
    if size == 0:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is empty; it is not a Workshop App exchange package."),
                        name=name)
    if head.startswith(SQLITE_MAGIC):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is a database file, not an exchange package; to bring "
                                                    "back a backup, use Restore instead."), name=name)
    if not head.startswith(ZIP_MAGIC):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package."), name=name)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is incomplete or damaged (perhaps it was cut short while "
                                                    "copying); make the package again."), name=name) from None
    try:
        _check_members(archive, name)
        yield archive
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is incomplete or damaged (perhaps it was cut short while "
                                                    "copying); make the package again."), name=name) from None
    finally:
        archive.close()


def _check_members(archive: zipfile.ZipFile, name: str) -> None:
    names = [info.filename for info in archive.infolist()]
    for member in names:
        pure = PurePosixPath(member.replace("\\", "/"))
        if pure.is_absolute() or ".." in pure.parts or ":" in member or "\\" in member:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} contains a file with an unsafe name ({member!r}); it "
                                                        "was not opened."), name=name, member=member[:80])
    if len(names) != len(set(names)):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} contains the same part twice; it was not opened."),
                        name=name)
    unknown = [member for member in names if member not in MEMBERS]
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} contains an unexpected file ({member!r}); it is not a "
                                                    "Workshop App exchange package."),
                        name=name, member=unknown[0][:80])
    if set(names) != set(MEMBERS):
        if MANIFEST_MEMBER not in names:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package."), name=name)
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is incomplete: part of its content is missing."), name=name)
    if names[0] != MIMETYPE_MEMBER:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package."), name=name)
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.flag_bits & 0x1:
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is encrypted; Workshop App packages never are."),
                            name=name)
        if info.file_size > RATIO_FREE_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} unpacks to far more than its size (it looks like a "
                                                        "zip bomb); it was not opened."), name=name)
    if total > MAX_TOTAL_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} would unpack to more than {maximum} GB; it was not "
                                                    "opened."),
                        name=name, maximum=MAX_TOTAL_BYTES // 1024**3)


def _manifest(archive: zipfile.ZipFile, name: str) -> Manifest:
    if archive.getinfo(MANIFEST_MEMBER).file_size > MAX_MANIFEST_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package (its manifest is "
                                                    "far too large)."), name=name)
    with archive.open(MANIFEST_MEMBER) as stream:
        raw = stream.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package (its manifest is "
                                                    "far too large)."), name=name)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its manifest cannot be read."),
                        name=name) from None
    return Manifest.from_dict(data, name)


def _check_mimetype(archive: zipfile.ZipFile, manifest: Manifest, name: str) -> None:
    with archive.open(MIMETYPE_MEMBER) as stream:
        raw = stream.read(256)
    if raw != MIMETYPE.encode("ascii"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is not a Workshop App exchange package."), name=name)
    if hashlib.sha256(raw).hexdigest() != manifest.parts[MIMETYPE_MEMBER]["sha256"]:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its content does not match its checksums; "
                                                    "make the package again."), name=name)


def _copy_member(archive: zipfile.ZipFile, member: str, target: Path, manifest: Manifest, name: str) -> None:
    """Stream one member to ``target``, stopping as soon as it outgrows what it declared or what we allow."""
    info = archive.getinfo(member)
    expected = manifest.parts[member]
    limit = min(info.file_size, expected["size"], MAX_TOTAL_BYTES)
    if info.file_size != expected["size"]:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its content does not match its checksums; "
                                                    "make the package again."), name=name)
    digest, written = hashlib.sha256(), 0
    with archive.open(info) as source, open(target, "wb") as sink:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > limit:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{name} unpacks to more than it declares; it was not "
                                                            "opened."), name=name)
            digest.update(chunk)
            sink.write(chunk)
    if written != expected["size"] or digest.hexdigest() != expected["sha256"]:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its content does not match its checksums; "
                                                    "make the package again."), name=name)


def _check_data(data_path: Path, manifest: Manifest, name: str) -> None:
    """The copied data must be a sound Workshop App database at the revision the manifest names."""
    with open(data_path, "rb") as handle:
        if not handle.read(len(SQLITE_MAGIC)).startswith(SQLITE_MAGIC):
            raise UserError(QT_TRANSLATE_NOOP("errors", "{name} does not hold Workshop App data."), name=name)
    try:
        conn = sqlite3.connect(f"{data_path.as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                raise UserError(QT_TRANSLATE_NOOP("errors", "{name} does not hold Workshop App data."), name=name)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its data cannot be read."), name=name) from None
    if revision is None or revision[0] != manifest.schema_revision:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} is damaged: its data cannot be read."), name=name)


def _migrate(data_path: Path, name: str, laptop_id: str) -> None:
    from workshop_app.db.database import Database

    try:
        with _MIGRATING:  # Alembic keeps its migration context in module globals: one migration at a time
            Database.open(data_path, laptop_id=laptop_id).close()
    except UserError:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{name} was made by an older version of Workshop App and could "
                                                    "not be brought up to date; nothing was merged."),
                        name=name) from None


__all__ = [
    "DATA_MEMBER", "FORMAT_NAME", "FORMAT_VERSION", "MANIFEST_MEMBER", "MAX_RATIO", "MAX_TOTAL_BYTES", "MEMBERS",
    "MIMETYPE", "MIMETYPE_MEMBER", "SCOPE_EVERYTHING", "SCOPE_WORKSHOP", "SUFFIX", "Manifest", "OpenedPackage",
    "open_package", "read_manifest", "write_package",
]
