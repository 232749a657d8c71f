"""Damaged copies of a real database, for the corrupt-database and restore tests."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import zipfile
from pathlib import Path

from workshop_app.core.demo import fill_demo
from workshop_app.db.database import Database


def demo_database(path: Path, participants: int = 60) -> Path:
    """A closed demo database at ``path`` (one file: the WAL is checkpointed away on close)."""
    with Database.open(path, create=True, laptop_id="laptop-demo") as db:
        fill_demo(db, participants=participants)
    return path


def table_page_in_the_middle(path: Path) -> tuple[int, str]:
    """A page near the middle of the file that holds rows of a table (1-based page number, table name)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        pages = conn.execute("SELECT pageno, name FROM dbstat WHERE pagetype = 'leaf' AND name NOT LIKE 'sqlite_%' "
                             "AND name IN (SELECT name FROM sqlite_master WHERE type = 'table') "
                             "ORDER BY pageno").fetchall()
    except sqlite3.OperationalError:  # an SQLite built without the dbstat table: the middle page, whatever it is
        count = conn.execute("PRAGMA page_count").fetchone()[0]
        return count // 2, "?"
    finally:
        conn.close()
    return pages[len(pages) // 2]


def flip_page(source: Path, target: Path, page: int) -> Path:
    """``target``: a copy of ``source`` with every bit of ``page`` flipped, as a failing disk sector leaves it."""
    data = bytearray(source.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    start = (page - 1) * size
    data[start:start + size] = bytes(byte ^ 0xFF for byte in data[start:start + size])
    target.write_bytes(bytes(data))
    return target


def fingerprint(path: Path) -> str:
    """The bytes of ``path``, as a digest."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def bad_database(kind: str, good: Path, folder: Path) -> Path:
    """``folder/<kind>.sqlite``: a file that is not a usable database of this app, made from ``good`` (a real one)
    where the kind needs it; "missing" is a path with nothing there."""
    path = folder / f"{kind}.sqlite"
    data = good.read_bytes()
    if kind == "missing":
        return path
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(40_000))
    elif kind == "text":
        path.write_text("code,name\nP-0001,Ana\n", encoding="utf-8")
    elif kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "garbled-start":
        path.write_bytes(data[:100] + os.urandom(4000) + data[4100:])
    elif kind == "flipped-page":
        flip_page(good, path, table_page_in_the_middle(good)[0])
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
        conn.commit()
        conn.close()
    elif kind == "package":  # an exchange package renamed: a zip holding a database
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("manifest.json", "{}")
            archive.writestr("data.sqlite", data)
    return path
