"""Look at a database file before opening it for writing, without changing a byte of it."""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from workshop_app.errors import DatabaseError
from workshop_app.texts import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Probe:
    """What a database file holds: ``new`` when there is nothing in it yet, else its schema revision."""

    path: Path
    new: bool
    revision: str | None


def probe(path: Path, *, create: bool, write: bool = True) -> Probe:
    """Check that ``path`` is a usable Workshop App database (or may become one when ``create``).

    ``write=False`` accepts a read-only file (a backup on a locked USB stick, say) for reading only.

    Raises ``DatabaseError`` with one sentence for a missing, read-only, foreign, truncated or corrupt file.
    """
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=path)
    if not path.exists():
        if not create:
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "There is no database at {path}."), path=path)
        if not path.parent.is_dir():
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "Cannot create {path}: the folder {folder} does not "
                                                            "exist."), path=path, folder=path.parent)
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "Cannot create {path}: the folder {folder} is read-only."),
                                path=path, folder=path.parent)
        return Probe(path, new=True, revision=None)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} cannot be read ({reason})."),
                            path=path, reason=exc.strerror or exc) from None
    if not header:
        if create and os.access(path, os.W_OK):
            return Probe(path, new=True, revision=None)
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is empty; it is not a Workshop App database."),
                            path=path)
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is not a Workshop App database (it is not an SQLite "
                                                        "file)."), path=path)
    if len(header) < 100 or _looks_truncated(path, header):
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is damaged (the file is incomplete); restore it from "
                                                        "a backup."), path=path)
    if write and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is read-only; copy it to a folder where you can "
                                                        "write, then open the copy."), path=path)
    tables, revision = _read_schema(path)
    if revision is None:
        if tables:
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is an SQLite database, but not one made by "
                                                            "Workshop App."), path=path)
        return Probe(path, new=True, revision=None)
    return Probe(path, new=False, revision=revision)


def _looks_truncated(path: Path, header: bytes) -> bool:
    """True when the file is shorter than the page count its own header promises."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        return True
    if valid_for != change_counter or page_count == 0:
        return False  # the header's page count is not trustworthy (very old writer); SQLite will judge
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        # A checkpoint cut short (a kill or power cut) writes page 1 first, so the main file can be shorter than
        # its header says while the WAL still holds every page: SQLite recovers that, and judges the rest.
        return False
    return path.stat().st_size < page_count * page_size


def _read_schema(path: Path) -> tuple[list[str], str | None]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not Path(f"{path}-wal").exists():
        # Nothing can hide in a WAL file that is not there; immutable reading then creates no side files.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} cannot be opened as a database."), path=path) from None
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            if revision is None:
                raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is damaged (its schema version is missing); "
                                                                "restore it from a backup."), path=path)
        return [t for t in tables if not t.startswith("sqlite_")], revision
    except sqlite3.DatabaseError:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} is damaged (the file is corrupt); restore it from a "
                                                        "backup."), path=path) from None
    finally:
        conn.close()
