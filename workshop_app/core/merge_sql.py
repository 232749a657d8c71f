"""SQL helpers of the merge: ``IN`` over thousands of values, executemany without per-row overhead, row versions.

Built with SQLAlchemy Core. On SQLite two things are done differently because they are several times faster
there: a long list of values travels as one JSON parameter unpacked by ``json_each`` (each bound parameter
costs SQLAlchemy microseconds), and statements run in bulk are compiled once and handed to the driver's
``executemany``. On other databases (or an SQLite without JSON) plain expanding ``IN`` queries in slices are used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Insert, Table, Update, func, literal, literal_column, select
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.interfaces import Compiled

CHUNK = 5000
"""Values per expanding ``IN (...)``: well under SQLite's limit of 32,766 parameters per statement."""
_JSON_EACH: dict[str, bool] = {}


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``values`` in slices of at most ``size``."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def among(conn: Connection, column: ColumnElement[Any], values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN values``, for any number of values.

    On SQLite the values travel as one JSON parameter unpacked by ``json_each`` (thousands of bound parameters
    cost SQLAlchemy several microseconds each); elsewhere, or on an SQLite built without JSON, an expanding IN.
    """
    values = list(values)
    if conn.dialect.name == "sqlite" and has_json_each(conn):
        return column.in_(select(literal_column("value")).select_from(func.json_each(json.dumps(values))))
    return column.in_(values)


def has_json_each(conn: Connection) -> bool:
    """Whether this SQLite has the JSON functions (built in since 3.38, and in most builds before); asked once."""
    version = str(getattr(conn.dialect, "server_version_info", ""))
    if version not in _JSON_EACH:
        try:
            conn.exec_driver_sql("SELECT count(*) FROM json_each('[1]')").scalar()
            _JSON_EACH[version] = True
        except Exception:
            _JSON_EACH[version] = False
    return _JSON_EACH[version]


def fetch_among(conn: Connection, statement: Any, column: ColumnElement[Any], values: Sequence[Any]) -> list[Any]:
    """Rows of ``statement`` whose ``column`` is one of ``values`` (in slices where the database needs them)."""
    if not values:
        return []
    if conn.dialect.name == "sqlite" and has_json_each(conn):
        return conn.execute(statement.where(among(conn, column, values))).all()
    found: list[Any] = []
    for chunk in chunks(values):
        found += conn.execute(statement.where(column.in_(chunk))).all()
    return found


def execute_many(conn: Connection, statement: Insert | Update, params: Sequence[str],
                 rows: Sequence[Sequence[Any]]) -> None:
    """Run ``statement`` once per row, ``params[i]`` naming the bound parameter that takes ``row[i]``."""
    if not rows:
        return
    compiled = _compiled(statement, conn.dialect)
    if compiled.positional:
        position = {name: i for i, name in enumerate(params)}
        pick = itemgetter(*(position[name] for name in compiled.positiontup))
        conn.exec_driver_sql(str(compiled), [pick(row) for row in rows])
    else:
        conn.exec_driver_sql(str(compiled), [dict(zip(params, row, strict=True)) for row in rows])


@lru_cache(maxsize=256)
def _compiled(statement: Insert | Update, dialect: Dialect) -> Compiled:
    return statement.compile(dialect=dialect)


def row_version(raw: Table) -> ColumnElement[Any]:
    """``id|updated_at|laptop_id``: a row version as one text, cheaper to compare than three JSON fields."""
    bar = literal("|")
    return raw.c.id.op("||")(bar).op("||")(raw.c.updated_at).op("||")(bar).op("||")(raw.c.laptop_id)



__all__ = ["CHUNK", "among", "chunks", "execute_many", "fetch_among", "has_json_each", "row_version"]
