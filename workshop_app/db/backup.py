"""Backups with SQLite's online backup API, automatic rotating backups, and restore."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from workshop_app import paths
from workshop_app.db.database import Database
from workshop_app.db.probe import probe
from workshop_app.db.schema import HEAD_REVISION
from workshop_app.errors import DatabaseError, UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


def backup_database(db: Database, target: Path) -> Path:
    """Copy the open database to ``target`` as one self-contained file; a failed copy leaves nothing behind."""
    target = Path(target).expanduser().absolute()
    if target == db.path:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A backup cannot overwrite the database it is a copy of; choose "
                                                    "another file."))
    if not target.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot write {target}: the folder {folder} does not exist."),
                        target=target, folder=target.parent)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    raw = db.engine.raw_connection()
    try:
        dest = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(dest)
            # A backup is one file to carry around, not a file plus its WAL.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        _fsync(partial)
        os.replace(partial, target)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot write {target}: {reason}."),
                        target=target, reason=exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The backup to {target} failed: {problem}."),
                        target=target, problem=exc) from None
    finally:
        raw.close()
        partial.unlink(missing_ok=True)
    return target


def automatic_backup(db: Database, keep: int = 10) -> Path:
    """Back up into the app's backup folder for this database and keep only the newest ``keep`` copies."""
    folder = paths.backups_dir(db.path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    made = backup_database(db, folder / f"{db.path.stem}-{stamp}.sqlite")
    for old in list_backups(db.path)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return made


def list_backups(db_path: Path) -> list[Path]:
    """The automatic backups of a database, newest first."""
    folder = paths.backups_dir(Path(db_path))
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.name, reverse=True)


def restore_database(db_path: Path, source: Path, *, laptop_id: str = "") -> Path:
    """Replace the database at ``db_path`` with the content of ``source``.

    The database must not be open in this process. What it held before is kept as a backup, whose path is
    returned. ``source`` is checked first (and never modified); an older schema is upgraded after the copy.
    """
    db_path = Path(db_path).expanduser().absolute()
    source = Path(source).expanduser().absolute()
    if source == db_path:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That file is the database itself; choose a backup to restore "
                                                    "from."))
    found = probe(source, create=False, write=False)
    if found.new:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{source} is empty; it is not a Workshop App backup."),
                            source=source)
    if found.revision != HEAD_REVISION:
        from workshop_app.db.database import known_revisions

        if found.revision not in known_revisions():
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{source} was written by a newer version of Workshop "
                                                            "App; update the app first."), source=source)
    _refuse_if_damaged(source)
    db = Database.open(db_path, create=True, laptop_id=laptop_id)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = backup_database(db, paths.backups_dir(db_path) / f"{db_path.stem}-before-restore-{stamp}.sqlite")
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        raw = db.engine.raw_connection()
        try:
            # The backup API replaces every page in one transaction: the database is never half restored.
            src.backup(raw.driver_connection)
        except sqlite3.Error as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{source} could not be restored: {problem}."),
                                source=source, problem=exc) from None
        finally:
            raw.close()
            src.close()
    finally:
        db.close()
    if found.revision != HEAD_REVISION:
        Database.open(db_path, laptop_id=laptop_id).close()  # brings the restored schema up to date
    return kept


def _refuse_if_damaged(source: Path) -> None:
    """``DatabaseError`` when SQLite finds damage anywhere in ``source`` (read only; nothing is changed)."""
    conn = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:  # some damage stops the check itself
        rows = [str(exc)]
    finally:
        conn.close()
    if rows != ["ok"]:
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{source} is damaged ({problem}); choose another backup."),
                            source=source, problem=rows[0])


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
