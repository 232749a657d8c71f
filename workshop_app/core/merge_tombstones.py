"""Deletions travelling between laptops: incoming tombstones, and the local rows they remove.

A tombstone removes the local row unless that row was changed (or re-created by an undo) after the deletion;
then the row stands and the tombstone is not kept, since a row and its tombstone never live side by side. For
participants and their personal data the tombstone always wins: an erasure is never undone. Rows that hang
on a removed row through ``ON DELETE CASCADE`` go with it and get tombstones of their own (dated like the
deletion that took them), so the deletion travels on from here; ``SET NULL`` links are nulled by the database.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, insert, select

from workshop_app.core.merge_rules import ALWAYS_ERASED, TOMBSTONES, cascade_children, merged_tables, spec
from workshop_app.core.merge_sql import among, execute_many, fetch_among
from workshop_app.core.merge_tables import Context, Incoming
from workshop_app.db.base import new_id


def merge_tombstones(ctx: Context, pkg: Incoming) -> None:
    """Add the package's tombstones and remove the local rows they delete."""
    graves = spec(TOMBSTONES)
    incoming = pkg.rows(graves)
    if not incoming:
        return
    table_at, row_at, when_at = (graves.index[name] for name in ("table_name", "row_id", "deleted_at"))
    known = {tuple(row) for row in ctx.conn.execute(select(graves.raw.c.table_name, graves.raw.c.row_id))}
    by_table: dict[str, list[list[Any]]] = defaultdict(list)
    for row in incoming:
        if (row[table_at], row[row_at]) not in known:
            by_table[row[table_at]].append(row)
    merged = {table.name: table for table in merged_tables()}
    added: list[list[Any]] = []
    doomed: dict[str, dict[str, str]] = defaultdict(dict)
    for name, rows in by_table.items():
        table = merged.get(name)
        if table is None:  # a table this version does not merge (or does not know): keep the record only
            added += rows
            continue
        found = fetch_among(ctx.conn, select(table.raw.c.id, table.raw.c.updated_at), table.raw.c.id,
                            [row[row_at] for row in rows])
        changed_at: dict[str, Any] = {row_id: stamp for row_id, stamp in found}
        for row in rows:
            row_id, when = row[row_at], row[when_at]
            if row_id not in changed_at:
                added.append(row)
            elif name in ALWAYS_ERASED or str(changed_at[row_id]) <= str(when):
                added.append(row)
                doomed[name][row_id] = when
            else:
                ctx.tally.kept_over_deletion += 1
    if added:
        execute_many(ctx.conn, insert(graves.raw), graves.names, added)
    if doomed:
        _delete_with_cascade(ctx, doomed)
    pkg.forget(graves)


def _delete_with_cascade(ctx: Context, roots: dict[str, dict[str, str]]) -> None:
    """Delete ``roots`` (table → id → deleted_at) and every row that cascades from them, leaving tombstones."""
    doomed: dict[str, dict[str, str]] = defaultdict(dict)
    for name, ids in roots.items():
        doomed[name].update(ids)
    frontier = roots
    cascaded: list[tuple[str, str, str]] = []
    while frontier:
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for parent, ids in frontier.items():
            for child, link in cascade_children(parent):
                if child.name == TOMBSTONES:
                    continue
                column = child.raw.c[link.column]
                for row_id, parent_id in fetch_among(ctx.conn, select(child.raw.c.id, column), column, list(ids)):
                    if row_id not in doomed[child.name]:
                        doomed[child.name][row_id] = found[child.name][row_id] = ids[parent_id]
                        cascaded.append((child.name, row_id, ids[parent_id]))
        frontier = found
    if cascaded:
        graves = spec(TOMBSTONES).raw
        ctx.conn.execute(insert(graves), [
            {"id": new_id(), "table_name": name, "row_id": row_id, "deleted_at": when, "created_at": ctx.now,
             "updated_at": ctx.now, "laptop_id": ctx.laptop_id}
            for name, row_id, when in cascaded])
    order = [table.name for table in merged_tables()]
    for name in reversed(order):
        ids = list(doomed.get(name, ()))
        if not ids:
            continue
        raw = spec(name).raw
        ctx.conn.execute(delete(raw).where(among(ctx.conn, raw.c.id, ids)))
        ctx.tally.deleted[name] += len(ids)


__all__ = ["merge_tombstones"]
