"""Open a database file: check it, lock it, bring its schema up to date, and hand out sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from workshop_app.db import stamping
from workshop_app.db.lock import DatabaseLock
from workshop_app.db.probe import probe
from workshop_app.db.schema import HEAD_REVISION, MIGRATIONS_DIR
from workshop_app.errors import DatabaseError
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext

errors = TranslationContext("errors")


class Database:
    """An open, locked, up-to-date database; use ``session()`` for work and ``close()`` when done."""

    def __init__(self, path: Path, engine: Engine, lock: DatabaseLock, laptop_id: str) -> None:
        self.path = path
        self.engine = engine
        self.laptop_id = laptop_id
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False, info={stamping.LAPTOP_ID: laptop_id})
        stamping.install(self._sessions)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = False, laptop_id: str = "") -> Database:
        """Open ``path`` for reading and writing.

        ``create`` allows a new file. Raises ``DatabaseError`` (one sentence) and leaves the file untouched
        when it is missing, read-only, busy, damaged, foreign or from a newer app.
        """
        path = Path(path).expanduser().absolute()
        found = probe(path, create=create)
        if found.revision is not None and found.revision != HEAD_REVISION:
            _refuse_unknown_revision(path, found.revision)
        lock = DatabaseLock(path)
        lock.acquire()
        engine = None
        try:
            engine = _make_engine(path)
            if found.revision != HEAD_REVISION:
                _upgrade(engine)
            return cls(path, engine, lock, laptop_id)
        except BaseException as exc:
            if engine is not None:
                engine.dispose()
            lock.release()
            if isinstance(exc, DBAPIError | sqlite3.DatabaseError):
                raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} could not be opened: {reason}."),
                                    path=path, reason=_reason(exc)) from None
            raise

    def session(self) -> Session:
        """A new ORM session; commit it to make the work durable."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed (durably) on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        """Write everything to the main file, release the connection pool and the lock."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError:
            pass  # the data is safe in the WAL file; the next open finishes the checkpoint
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_engine(path: Path) -> Engine:
    url = URL.create("sqlite+pysqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
    event.listen(engine, "connect", _on_connect)
    # pysqlite starts transactions late and on its own terms; emitting BEGIN ourselves gives real
    # transactions and working SAVEPOINTs (SQLAlchemy's documented recipe).
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit is on disk before it returns, so an answer shown as saved survives a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted content is overwritten, so an erased participant's name does not linger in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    """Every schema revision this version of the app can read."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _refuse_unknown_revision(path: Path, revision: str) -> None:
    if revision not in known_revisions():
        raise DatabaseError(QT_TRANSLATE_NOOP("errors", "{path} was written by a newer version of Workshop App; "
                                                        "update the app to open it."), path=path)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        # SQLite's documented procedure for schema changes: foreign keys off (outside any transaction, where the
        # pragma works), migrate, check, back on. Batch mode rebuilds a table by dropping the old one, and with
        # foreign keys on that drop would first delete its rows and cascade to every child (e.g. all answers).
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(errors.tr("Upgrading the database would leave {n} broken link(s) (first "
                                                  "in table {table}); nothing was changed.", "", len(broken),
                                                  table=broken[0][0]))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return str(orig).rstrip(".") or type(orig).__name__
