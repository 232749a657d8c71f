"""Merging one table of one package inside the open transaction: follow the parents, match, decide, write in bulk.

Each incoming table is read once; the local rows it meets are fetched with one query (``among``), never one
query per row; decisions are made in Python; inserts and updates are single executemany calls of statements
built with Core and compiled once (``execute_many``), which skips SQLAlchemy's per-row parameter handling.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    Insert,
    Update,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from workshop_app.core.merge_report import Conflict, Renumbered
from workshop_app.core.merge_rules import (
    ALWAYS_ERASED,
    TOMBSTONES,
    TableSpec,
    describe,
    differing,
    shown_link,
    shown_time,
    spec,
    version_key,
)
from workshop_app.core.merge_sql import among, execute_many, fetch_among, has_json_each, row_version


@dataclass
class Tally:
    """What the merge has done so far, over every package."""

    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    renumbered: list[Renumbered] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reported: set[tuple[str, str, str, str]] = field(default_factory=set)
    """(table, row id, laptop, stamp) of every dropped version already listed as a conflict."""
    new_reported: list[tuple[str, str, str, str]] = field(default_factory=list)
    kept_over_deletion: int = 0
    undescribed: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    """(index in ``conflicts``, table, the row as merged) of conflicts to name once every package is in."""


@dataclass
class Context:
    """The local side of a merge: the connection inside its one transaction, this laptop, the time."""

    conn: Connection
    laptop_id: str
    now: str
    tally: Tally


class Incoming:
    """One package: its rows (each table read once) and what the merge decided about its ids so far."""

    def __init__(self, conn: Connection, label: str) -> None:
        self.conn = conn
        self.label = label
        self.remap: defaultdict[str, dict[str, str]] = defaultdict(dict)
        """Table → incoming id → the id of the local row it met under a natural key."""
        self.dropped: defaultdict[str, set[str]] = defaultdict(set)
        """Table → incoming ids not merged (erased or deleted here, or depending on such a row)."""
        self._rows: dict[str, list[list[Any]]] = {}

    def rows(self, table: TableSpec) -> list[list[Any]]:
        """Every row of ``table`` in the package, as mutable lists of stored values."""
        if table.name not in self._rows:
            self._rows[table.name] = [list(row) for row in self.conn.execute(select(table.raw)).all()]
        return self._rows[table.name]

    def rows_among(self, table: TableSpec, ids: set[str], total: int) -> list[list[Any]]:
        """The rows of ``table`` whose ids are in ``ids`` (of ``total`` rows), read by id when they are few."""
        ident = table.index["id"]
        if table.name in self._rows or 2 * len(ids) > total:
            return [row for row in self.rows(table) if row[ident] in ids]
        return [list(row) for row in fetch_among(self.conn, select(table.raw), table.raw.c.id, list(ids))]

    def forget(self, table: TableSpec) -> None:
        """Drop the rows of a merged table from memory."""
        self._rows.pop(table.name, None)


@dataclass
class Change:
    """A row both sides hold, in two different versions."""

    incoming: list[Any]
    local: Sequence[Any]
    diff: list[int]
    incoming_wins: bool
    final: dict[int, Any] = field(default_factory=dict)
    """Values of unique columns (a participant's code) decided by renumbering, whichever version wins."""
    explained: set[int] = field(default_factory=set)
    """Differing positions that renumbering explains: not a conflict."""

    @property
    def winner(self) -> Sequence[Any]:
        """The version that is kept."""
        return self.incoming if self.incoming_wins else self.local


def merge_table(ctx: Context, pkg: Incoming, table: TableSpec) -> None:
    """Merge every row of ``table`` in ``pkg`` into the local database."""
    wanted, here, total = _versions_not_here(ctx, pkg, table)
    if wanted:
        _merge_rows(ctx, pkg, table, pkg.rows_among(table, wanted, total), here)
    pkg.forget(table)


def _merge_rows(ctx: Context, pkg: Incoming, table: TableSpec, rows: list[list[Any]], here: set[str]) -> None:
    from workshop_app.core import merge_unique

    ident = table.index["id"]
    rows = _follow_parents(ctx, pkg, table, rows)
    rows, revived = _drop_erased(ctx, pkg, table, rows)
    rows = _drop_orphans_of_own(ctx, pkg, table, rows)
    local = local_by_id(ctx.conn, table, [r[ident] for r in rows if r[ident] in here])
    pairs = [(r, local[r[ident]]) for r in rows if r[ident] in local]
    fresh = [r for r in rows if r[ident] not in local]
    if table.name == "surveys":
        matched, fresh = merge_unique.match_surveys(ctx, pkg, table, fresh, set(local))
    else:
        matched, fresh = _match_natural_keys(ctx, pkg, table, fresh, set(local))
    pairs += matched
    _remap_own(pkg, table, [r for r, _ in pairs] + fresh)
    content_of = table.content_of
    changes = [Change(r, loc, diff, version_key(table, r) > version_key(table, loc))
               for r, loc in pairs if content_of(r) != content_of(loc) and (diff := differing(table, loc, r))]
    renumbered_locals: list[list[Any]] = []
    if table.name in merge_unique.RENUMBERED:
        renumbered_locals = merge_unique.renumber(ctx, table, fresh, pairs, changes)
    updates = renumbered_locals + [row for change in changes if (row := _decide(ctx, table, change)) is not None]
    _write(ctx, table, fresh, updates, revived, unique=merge_unique.RENUMBERED.get(table.name))
    ctx.tally.added[table.name] += len(fresh)


def local_by_id(conn: Connection, table: TableSpec, ids: Sequence[str]) -> dict[str, Sequence[Any]]:
    """The local rows with these ids, by id."""
    ident = table.index["id"]
    return {row[ident]: row for row in fetch_among(conn, select(table.raw), table.raw.c.id, ids)}


def _versions_not_here(ctx: Context, pkg: Incoming, table: TableSpec) -> tuple[set[str], set[str], int]:
    """Ids of the package's rows whose version (id, change time, laptop) is not here; those of them whose id is
    here (in another version); and how many rows the package has.

    A row here with the same id, change time and laptop is the same version: nothing to do, nothing to read.
    On SQLite the comparison runs inside the database, the package's versions travelling as one JSON text,
    so merging a package again reads almost nothing into Python.
    """
    raw = table.raw
    if ctx.conn.dialect.name == "sqlite" and has_json_each(ctx.conn) and has_json_each(pkg.conn):
        total, versions = pkg.conn.execute(select(func.count(), func.json_group_array(row_version(raw)))).one()
        if not total:
            return set(), set(), 0
        each = func.json_each(versions).table_valued("value").alias("incoming")
        row_id = func.substr(each.c.value, 1, func.instr(each.c.value, "|") - 1)
        found = ctx.conn.execute(
            select(func.json_group_array(func.json_array(row_id, raw.c.id.is_not(None))))
            .select_from(each.outerjoin(raw, raw.c.id == row_id))
            .where(or_(raw.c.id.is_(None), row_version(raw) != each.c.value))).scalar()
        pairs = json.loads(found)
        return {row_id for row_id, _ in pairs}, {row_id for row_id, here in pairs if here}, total
    versions = pkg.conn.execute(select(raw.c.id, raw.c.updated_at, raw.c.laptop_id)).all()
    local = {row[0]: tuple(row) for row in fetch_among(
        ctx.conn, select(raw.c.id, raw.c.updated_at, raw.c.laptop_id), raw.c.id, [v[0] for v in versions])}
    wanted = {v[0] for v in versions if local.get(v[0]) != tuple(v)}
    return wanted, wanted & local.keys(), len(versions)


def _follow_parents(ctx: Context, pkg: Incoming, table: TableSpec, rows: list[list[Any]]) -> list[list[Any]]:
    """Point links at the local rows their parents met; drop rows whose CASCADE parent was dropped."""
    links = [link for link in table.links if link.parent != table.name]
    if not links:
        return rows
    plan = [(link.index, link.cascade, pkg.remap.get(link.parent) or {}, pkg.dropped.get(link.parent) or set())
            for link in links]
    plan = [step for step in plan if step[2] or step[3]]
    if not plan:
        return rows
    kept, ident, dropped = [], table.index["id"], pkg.dropped[table.name]
    for row in rows:
        for position, cascade, remap, gone in plan:
            value = row[position]
            if value is None:
                continue
            if value in gone:
                if cascade:
                    dropped.add(row[ident])
                    break
                row[position] = None
            elif value in remap:
                row[position] = remap[value]
        else:
            kept.append(row)
    ctx.tally.skipped[table.name] += len(rows) - len(kept)
    return kept


def _drop_erased(ctx: Context, pkg: Incoming, table: TableSpec,
                 rows: list[list[Any]]) -> tuple[list[list[Any]], list[str]]:
    """Drop rows deleted here; a row changed after its deletion comes back (except an erased participant)."""
    graves = spec(TOMBSTONES).raw
    deleted_at = dict(ctx.conn.execute(
        select(graves.c.row_id, graves.c.deleted_at).where(graves.c.table_name == table.name)).all())
    if not deleted_at:
        return rows, []
    ident, stamp = table.index["id"], table.index["updated_at"]
    always = table.name in ALWAYS_ERASED
    kept, revived = [], []
    for row in rows:
        when = deleted_at.get(row[ident])
        if when is None:
            kept.append(row)
        elif always or str(row[stamp]) <= str(when):
            pkg.dropped[table.name].add(row[ident])
        else:
            revived.append(row[ident])
            kept.append(row)
    ctx.tally.skipped[table.name] += len(rows) - len(kept)
    return kept, revived


def _drop_orphans_of_own(ctx: Context, pkg: Incoming, table: TableSpec, rows: list[list[Any]]) -> list[list[Any]]:
    """A row inside a dropped row of the same table (a question in a dropped group) is dropped too."""
    own = [link for link in table.links if link.parent == table.name and link.cascade]
    if not own:
        return rows
    dropped, ident = pkg.dropped[table.name], table.index["id"]
    while True:
        kept = [r for r in rows if not any(r[link.index] in dropped for link in own)]
        if len(kept) == len(rows):
            return rows
        dropped.update(r[ident] for r in rows if any(r[link.index] in dropped for link in own))
        ctx.tally.skipped[table.name] += len(rows) - len(kept)
        rows = kept


def _match_natural_keys(ctx: Context, pkg: Incoming, table: TableSpec, fresh: list[list[Any]],
                        incoming_ids: set[str]) -> tuple[list[tuple[list[Any], Sequence[Any]]], list[list[Any]]]:
    """Rows made separately on two laptops for the same thing meet under their natural key (remapped ids)."""
    if table.key is None or not fresh:
        return [], fresh
    first, ident = table.names[table.key[0]], table.index["id"]
    candidates = sorted({r[table.key[0]] for r in fresh if r[table.key[0]] is not None})
    by_key: dict[tuple[Any, ...], Sequence[Any]] = {}
    for row in fetch_among(ctx.conn, select(table.raw), table.raw.c[first], candidates):
        if row[ident] not in incoming_ids:
            by_key[tuple(row[i] for i in table.key)] = row
    if not by_key:
        return [], fresh
    matched, still = [], []
    for row in fresh:
        found = by_key.get(tuple(row[i] for i in table.key))
        if found is None:
            still.append(row)
            continue
        pkg.remap[table.name][row[ident]] = found[ident]
        row[ident] = found[ident]
        matched.append((row, found))
    return matched, still


def _remap_own(pkg: Incoming, table: TableSpec, rows: list[list[Any]]) -> None:
    remap = pkg.remap.get(table.name)
    if not remap:
        return
    for link in table.links:
        if link.parent == table.name:
            for row in rows:
                if row[link.index] in remap:
                    row[link.index] = remap[row[link.index]]


def _decide(ctx: Context, table: TableSpec, change: Change) -> list[Any] | None:
    """The row to write for ``change`` (None: the local version stands), listing a conflict if there is one.

    The winning version is written when it brings a real difference, or when renumbering gives the row another
    unique value than it has here; a value renumbering chose (not the winner's own) makes the row a new change
    of this laptop.
    """
    index = table.index
    winner = list(change.winner)
    winner[index["id"]] = change.local[index["id"]]
    winner[index["created_at"]] = change.local[index["created_at"]]
    renumbered = any(winner[position] != value for position, value in change.final.items())
    moved = any(change.local[position] != value for position, value in change.final.items())
    for position, value in change.final.items():
        winner[position] = value
    if renumbered:
        winner[index["updated_at"]], winner[index["laptop_id"]] = ctx.now, ctx.laptop_id
    _list_conflict(ctx, table, change, winner)
    real = [i for i in change.diff if i not in change.explained and i not in change.final]
    if change.incoming_wins and (real or moved):
        ctx.tally.updated[table.name] += 1
        return winner
    return winner if moved else None


def _list_conflict(ctx: Context, table: TableSpec, change: Change, merged: list[Any]) -> None:
    columns = [i for i in change.diff if i not in change.explained]
    laptop, stamp, ident = table.index["laptop_id"], table.index["updated_at"], table.index["id"]
    kept, dropped = (change.incoming, change.local) if change.incoming_wins else (change.local, change.incoming)
    if not columns or change.local[laptop] == change.incoming[laptop]:
        return
    tag = (table.name, str(change.local[ident]), str(dropped[laptop] or ""), str(dropped[stamp] or ""))
    if tag in ctx.tally.reported:
        return
    ctx.tally.reported.add(tag)
    ctx.tally.new_reported.append(tag)
    for i in columns:
        name = table.names[i]
        ctx.tally.undescribed.append((len(ctx.tally.conflicts), table.name, table.values(merged)))
        ctx.tally.conflicts.append(Conflict(
            table.name, tag[1], "", name.removesuffix("_id").replace("_", " "),
            shown_link(ctx.conn, table.name, name, kept[i]), shown_link(ctx.conn, table.name, name, dropped[i]),
            str(kept[laptop] or ""), shown_time(kept[stamp]), str(dropped[laptop] or ""), shown_time(dropped[stamp])))


def describe_conflicts(ctx: Context) -> None:
    """Name the rows of the conflicts as they are once everything is merged (a later package may renumber a
    participant listed earlier)."""
    by_table: defaultdict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for position, table, values in ctx.tally.undescribed:
        by_table[table].append((position, values))
    for table, items in by_table.items():
        spec_ = spec(table)
        rows = fetch_among(ctx.conn, select(spec_.raw), spec_.raw.c.id, sorted({v["id"] for _, v in items}))
        found = {row[spec_.index["id"]]: spec_.values(row) for row in rows}
        for position, values in items:
            what = describe(ctx.conn, table, found.get(values["id"], values))
            ctx.tally.conflicts[position] = replace(ctx.tally.conflicts[position], description=what)
    ctx.tally.undescribed.clear()


def _write(ctx: Context, table: TableSpec, inserts: list[list[Any]], updates: list[list[Any]], revived: list[str],
           *, unique: Any = None) -> None:
    conn, names = ctx.conn, table.names
    if revived:
        graves = spec(TOMBSTONES).raw
        conn.execute(delete(graves).where(graves.c.table_name == table.name, among(conn, graves.c.row_id, revived)))
    if updates:
        if unique is not None:
            unique.clear_for_update(conn, table, updates)
        execute_many(conn, _update_statement(table.name), [f"v_{name}" for name in names], updates)
    if inserts:
        execute_many(conn, _insert_statement(table.name), names, inserts)


@cache
def _update_statement(name: str) -> Update:
    raw = spec(name).raw
    return update(raw).where(raw.c.id == bindparam("v_id")).values(
        {column.name: bindparam(f"v_{column.name}") for column in raw.columns if column.name != "id"})


@cache
def _insert_statement(name: str) -> Insert:
    raw = spec(name).raw
    return insert(raw).values({column.name: bindparam(column.name) for column in raw.columns})


__all__ = ["Change", "Context", "Incoming", "Tally", "describe_conflicts", "local_by_id", "merge_table"]
