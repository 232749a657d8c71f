"""The rules of merging as data: which tables merge in which order, their natural keys, what is never shown.

Rows travel between databases exactly as stored: every table has a pass-through mirror (``TableSpec.raw``)
whose columns do no type conversion, so timestamps, JSON and booleans are read and written as the text and
numbers SQLite holds. That is several times faster than converting every value of a 100,000-row merge, and
stored timestamps (``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC) compare correctly as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Column, Connection, MetaData, Table, select
from sqlalchemy.types import NullType

import workshop_app.db.models  # noqa: F401  (registers every table)
from workshop_app.core.merge_report import kind_word
from workshop_app.db.base import Base, utcnow
from workshop_app.texts import QT_TRANSLATE_NOOP, translate

TOMBSTONES = "tombstones"
# Tombstones are merged first and on their own; the record of reported conflicts is this database's own.
NOT_MERGED = frozenset({TOMBSTONES, "reported_conflicts"})
ALWAYS_ERASED = frozenset({"participants", "personal_data"})
"""An erasure must never be undone: a tombstone of these wins even over a later change."""
STAMP_COLUMNS = ("id", "created_at", "updated_at", "laptop_id")
# Rows created separately on two laptops for the same thing meet under these columns instead of clashing on a
# unique constraint. Surveys meet by form_id, version and content (see merge_unique).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "profile_questions": ("name",), "profile_choices": ("question_id", "code"),
    "profile_answers": ("participant_id", "question_id"), "attendances": ("workshop_id", "participant_id"),
    "diversity_targets": ("question_name", "codes"), "question_translations": ("question_id", "language"),
    "choice_translations": ("choice_id", "language"), "choice_lists": ("survey_id", "name"),
    "questions": ("survey_id", "name"), "choices": ("list_id", "name"),
    "answers": ("response_id", "question_id", "instance"),
}
HIDDEN = {("personal_data", "name"): QT_TRANSLATE_NOOP("core", "(personal data, not shown)"),
          ("personal_data", "contact"): QT_TRANSLATE_NOOP("core", "(personal data, not shown)"),
          ("stakeholders", "contact"): QT_TRANSLATE_NOOP("core", "(personal data, not shown)"),
          ("workshops", "kiosk_pin_hash"): QT_TRANSLATE_NOOP("core", "(hidden)")}
"""What a conflict shows instead of a value no one may read (in English; translated when shown)."""
STORED_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
MAX_SHOWN = 200
_RAW = MetaData()


@dataclass(frozen=True)
class Link:
    """A foreign key of a merged table: the column's position, the table it points at, its ON DELETE action."""

    index: int
    column: str
    parent: str
    cascade: bool
    """``ON DELETE CASCADE`` (or a NOT NULL column): a row pointing at a dropped row is dropped too."""


@dataclass(frozen=True)
class TableSpec:
    """How one table is merged."""

    name: str
    raw: Table
    names: tuple[str, ...]
    index: dict[str, int]
    content: tuple[int, ...]
    """Positions of the columns compared between two versions of a row (all but id and stamps)."""
    json: frozenset[int]
    links: tuple[Link, ...]
    key: tuple[int, ...] | None
    """Positions of the natural key's columns, if the table has one."""
    content_of: Callable[[Any], tuple[Any, ...]]
    """A row's content values as one tuple (compared in C, fast for 100,000 rows)."""

    def values(self, row: Any) -> dict[str, Any]:
        """A row as a dict of column name → stored value."""
        return dict(zip(self.names, row, strict=True))


@cache
def merged_tables() -> tuple[TableSpec, ...]:
    """Every merged table, parents before children."""
    return tuple(_spec(table) for table in Base.metadata.sorted_tables if table.name not in NOT_MERGED)


@cache
def spec(name: str) -> TableSpec:
    """The spec of one table (tombstones included)."""
    return _spec(Base.metadata.tables[name])


def _spec(table: Table) -> TableSpec:
    names = tuple(column.name for column in table.columns)
    index = {name: i for i, name in enumerate(names)}
    raw = _RAW.tables.get(table.name)
    if raw is None:
        raw = Table(table.name, _RAW, *(Column(c.name, NullType(), primary_key=c.primary_key) for c in table.columns))
    links = tuple(
        Link(index[column.name], column.name, fk.column.table.name,
             (fk.ondelete or "").upper() == "CASCADE" or not column.nullable)
        for column in table.columns for fk in column.foreign_keys
    )
    key = NATURAL_KEYS.get(table.name)
    content = tuple(i for i, name in enumerate(names) if name not in STAMP_COLUMNS)
    return TableSpec(
        table.name, raw, names, index, content,
        json=frozenset(i for i, column in enumerate(table.columns) if isinstance(column.type, JSON)),
        links=links, key=tuple(index[name] for name in key) if key else None,
        content_of=itemgetter(*content) if len(content) > 1 else lambda row: (row[content[0]],),
    )


@cache
def cascade_children(parent: str) -> tuple[tuple[TableSpec, Link], ...]:
    """(child table, link) pairs whose rows go when a row of ``parent`` is deleted."""
    return tuple((child, link) for child in (*merged_tables(), spec(TOMBSTONES))
                 for link in child.links if link.parent == parent and link.cascade)


def same_value(table: TableSpec, position: int, a: Any, b: Any) -> bool:
    """Whether two stored values mean the same; JSON is compared parsed (key order does not matter)."""
    if a == b:
        return True
    if position in table.json and isinstance(a, str) and isinstance(b, str):
        try:
            return json.loads(a) == json.loads(b)
        except ValueError:
            return False
    return False


def differing(table: TableSpec, local: Any, incoming: Any) -> list[int]:
    """Positions of the content columns whose values differ between two versions of a row."""
    return [i for i in table.content if not same_value(table, i, local[i], incoming[i])]


def version_key(table: TableSpec, row: Any) -> tuple[str, str, str]:
    """What decides which of two versions is newer: the change time, then the laptop, then the content."""
    stamps = table.index
    return (str(row[stamps["updated_at"]] or ""), str(row[stamps["laptop_id"]] or ""),
            repr([row[i] for i in table.content]))


def now_stamp() -> str:
    """The current time as a timestamp is stored."""
    return utcnow().replace(tzinfo=None).strftime(STORED_FORMAT)


def shown_time(stamp: Any) -> str:
    """A stored timestamp for a person: ``2026-09-15 17:10 UTC``."""
    text = str(stamp or "")
    try:
        return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return text or translate("core", "unknown time")


def shown_value(table: str, column: str, value: Any) -> str:
    """A stored value for a person; personal data is never shown."""
    if (table, column) in HIDDEN:
        return translate("core", HIDDEN[(table, column)])
    if value is None or value == "":
        return translate("core", "(empty)")
    text = str(value).replace("\n", " ")
    return f"“{text[:MAX_SHOWN]}{'…' if len(text) > MAX_SHOWN else ''}”" if isinstance(value, str) else text


LABEL_COLUMNS = ("code", "title", "name", "text", "purpose", "question_name", "language")
# Which links give the context of a row in words, most telling first.
CONTEXT_LINKS = ("participant_id", "response_id", "question_id", "workshop_id", "survey_id", "map_id", "idea_id",
                 "activity_id", "list_id", "choice_id", "stakeholder_id")


def describe(conn: Connection, table: str, values: dict[str, Any]) -> str:
    """A row in words, e.g. "participant P-0012" or "profile answer (participant P-0012, profile question
    “age_band”)". Never a person's name: participants are named by their code, personal data by whose it is."""
    own = "" if table == "personal_data" else _label(table, values)
    text = kind_word(table, 1) + (f" {own}" if own else "")
    if table == "surveys":
        text = translate("core", "{survey} version {version}").format(survey=text, version=values.get("version"))
    links = {link.column: link.parent for link in spec(table).links}
    context = [part for part in (_linked(conn, links[column], values.get(column))
                                 for column in CONTEXT_LINKS if column in links) if part]
    return text + (f" ({', '.join(context[:2])})" if context else "")


def shown_link(conn: Connection, table: str, column: str, value: Any) -> str:
    """A link's value for a person: what the row it points at is called (not its id)."""
    parent = next((link.parent for link in spec(table).links if link.column == column), None)
    if parent is None or value is None:
        return shown_value(table, column, value)
    return _linked(conn, parent, value, bare=True) or translate("core", "(a row not here)")


def _label(table: str, values: dict[str, Any]) -> str:
    found = next((str(values[c]) for c in LABEL_COLUMNS if values.get(c)), "")
    if not found:
        return ""
    return found if table == "participants" else f"“{found[:60]}{'…' if len(found) > 60 else ''}”"


def _linked(conn: Connection, parent: str, row_id: Any, *, bare: bool = False) -> str:
    """The row ``row_id`` of ``parent`` in a few words: "participant P-0012", "workshop “Tuesday”"."""
    if not row_id:
        return ""
    raw = spec(parent).raw
    row = conn.execute(select(raw).where(raw.c.id == row_id)).first()
    if row is None:
        return ""
    values = spec(parent).values(row)
    if parent == "responses":
        who = _linked(conn, "participants", values.get("participant_id"))
        if who:
            return translate("core", "response of {who}").format(who=who)
        return translate("core", "an anonymous response")
    label = _label(parent, values)
    if bare:
        return label or kind_word(parent, 1)
    return f"{kind_word(parent, 1)} {label}".strip()


__all__ = [
    "ALWAYS_ERASED", "NATURAL_KEYS", "NOT_MERGED", "TOMBSTONES", "Link", "TableSpec", "cascade_children", "describe",
    "differing", "merged_tables", "now_stamp", "same_value", "shown_link", "shown_time", "shown_value", "spec",
    "version_key",
]
