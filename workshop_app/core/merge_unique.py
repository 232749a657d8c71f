"""Values that must stay unique across laptops: participant codes and survey version numbers.

Two laptops hand out ``P-0001`` to different people, and two facilitators may make version 1 of the same form
with different questions. The row created earlier (tie: the smaller id) keeps its code or version; the others
get the next free one in the union of both sides, in (created_at, id) order, so merging A into B and B into A
gives the same codes. A renumbered row gets a fresh ``updated_at``: it changed. Merging the same package again
finds the clash explained (the old value is held by the row that won it) and changes nothing.

Surveys also meet here: same ``form_id``, same version and the same content (question names, types and
lists, list and choice names) is the same survey — the built-in quick feedback poll, or a template imported on
two laptops — so its incoming id is remapped onto the local one.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, cast, func, select, update

from workshop_app.core.merge_report import Renumbered
from workshop_app.core.merge_rules import TableSpec, spec
from workshop_app.core.merge_sql import fetch_among
from workshop_app.core.merge_tables import Change, Context, Incoming
from workshop_app.core.participant_rules import code_number, format_code
from workshop_app.texts import translate

# ``P-`` and at most six digits: the issued style ``code_number`` reads (longer codes are typed by hand).
MAX_ISSUED_LENGTH = 8


@dataclass(frozen=True)
class UniqueRule:
    """How one table's unique value is compared, renumbered and set aside while rows swap values."""

    kind: str
    column: str
    scope: str | None
    """A column the value is unique within (a survey's version within its form), if any."""
    fold: Callable[[Any], Hashable]
    """What makes two values the same (participant codes ignore case)."""
    temporary: Callable[[str, int], Any]

    def group(self, table: TableSpec, row: Sequence[Any], value: Any) -> Hashable:
        """What two rows must not share."""
        return (row[table.index[self.scope]] if self.scope else None, self.fold(value))

    def clear_for_update(self, conn: Connection, table: TableSpec, updates: list[list[Any]]) -> None:
        """Move the unique value of rows about to change it out of the way, so rows can swap values."""
        ident, position = table.index["id"], table.index[self.column]
        new = {row[ident]: row[position] for row in updates}
        rows = fetch_among(conn, select(table.raw.c.id, table.raw.c[self.column]), table.raw.c.id, list(new))
        moving = [row_id for row_id, value in rows if value != new[row_id]]
        if moving:
            raw = table.raw
            conn.execute(update(raw).where(raw.c.id == bindparam("_id")).values({self.column: bindparam("_v")}),
                         [{"_id": row_id, "_v": self.temporary(row_id, n)} for n, row_id in enumerate(moving, 1)])


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def fold_code(code: Any) -> str:
    """A participant code compared without case, exactly as SQLite's ``lower()`` (which ``check`` uses) does."""
    return str(code).translate(_ASCII_LOWER)


RENUMBERED: dict[str, UniqueRule] = {
    "participants": UniqueRule("participant", "code", None, fold_code,
                               lambda row_id, n: "~" + row_id.replace("-", "")[:31]),
    "surveys": UniqueRule("survey", "version", "form_id", lambda value: value, lambda row_id, n: -n),
}


@dataclass
class _Entry:
    row_id: str
    created_at: str
    candidate: Any
    alternative: Any = None
    row: Sequence[Any] = ()


def renumber(ctx: Context, table: TableSpec, fresh: list[list[Any]], pairs: list[tuple[list[Any], Sequence[Any]]],
             changes: list[Change]) -> list[list[Any]]:
    """Settle clashes of ``table``'s unique value over the union of both sides.

    Incoming rows to insert get their final value in place; ``changes`` get theirs in ``final``; local rows
    that must give up their value are returned as rows to update.
    """
    rule = RENUMBERED[table.name]
    ident, created, position = table.index["id"], table.index["created_at"], table.index[rule.column]
    incoming: dict[str, _Entry] = {}
    for change in changes:
        loser = change.local if change.incoming_wins else change.incoming
        alternative = loser[position] if loser[position] != change.winner[position] else None
        incoming[change.local[ident]] = _Entry(change.local[ident], str(change.local[created]),
                                               change.winner[position], alternative, change.local)
    for row in fresh:
        incoming[row[ident]] = _Entry(row[ident], str(row[created]), row[position], row=row)
    if not incoming:
        return []

    def key(entry: _Entry, value: Any) -> Hashable:
        return rule.group(table, entry.row, value)

    wanted = {key(e, v) for e in incoming.values() for v in (e.candidate, e.alternative) if v is not None}
    local, settled, floor = _local_rows(ctx, table, rule, wanted, set(incoming))
    entries = {row[ident]: _Entry(row[ident], str(row[created]), row[position], row=row) for row in local}
    entries.update(incoming)
    holders: dict[Hashable, list[_Entry]] = defaultdict(list)
    for entry in entries.values():
        holders[key(entry, entry.candidate)].append(entry)
    taken = set(holders) | settled.keys()
    final = {entry.row_id: entry.candidate for entry in entries.values()}
    losers = [entry for group in holders.values() if len(group) > 1
              for entry in sorted(group, key=lambda e: (e.created_at, e.row_id))[1:]]
    next_value = _counter(table, [*entries.values()], settled, floor)
    for entry in sorted(losers, key=lambda e: (e.created_at, e.row_id)):
        if entry.alternative is not None and key(entry, entry.alternative) not in taken:
            final[entry.row_id] = entry.alternative
        else:
            final[entry.row_id] = next_value(entry, lambda v, e=entry: key(e, v) in taken)
        taken.add(key(entry, final[entry.row_id]))

    for change in changes:
        row_id = change.local[ident]
        change.final[position] = final[row_id]
        if change.local[position] != change.incoming[position] and any(
            any(other.row_id != row_id for other in holders.get(key(entries[row_id], value), ()))
            or key(entries[row_id], value) in settled
            for value in (change.local[position], change.incoming[position])
        ):
            change.explained.add(position)
        if final[row_id] not in (change.local[position], change.winner[position]):
            _report(ctx, table, rule, change.winner, change.winner[position], final[row_id])
    for row in fresh:
        if final[row[ident]] != row[position]:
            _report(ctx, table, rule, row, row[position], final[row[ident]])
            row[position] = final[row[ident]]
            row[table.index["updated_at"]], row[table.index["laptop_id"]] = ctx.now, ctx.laptop_id
    updates = []
    for entry in entries.values():
        if entry.row_id in incoming or final[entry.row_id] == entry.candidate:
            continue
        _report(ctx, table, rule, entry.row, entry.candidate, final[entry.row_id])
        row = list(entry.row)
        row[position] = final[entry.row_id]
        row[table.index["updated_at"]], row[table.index["laptop_id"]] = ctx.now, ctx.laptop_id
        updates.append(row)
    return updates


def _local_rows(ctx: Context, table: TableSpec, rule: UniqueRule, wanted: set[Hashable],
                incoming: set[str]) -> tuple[list[Sequence[Any]], dict[Hashable, Any], int]:
    """The local rows that could take part in a clash (whole), the values of the other rows of the same scope
    (settled), and the highest participant number in use here.

    Only rows holding a value the incoming rows want can clash; the others keep theirs.
    """
    raw, column = table.raw, table.raw.c[rule.column]
    if rule.scope is None:
        # Everyone else keeps their code, and new codes are numbered above every code here, so only the holders
        # of wanted codes and the highest number matter: both found by the database.
        folded = sorted({value for _, value in wanted})
        clashing = fetch_among(ctx.conn, select(raw), func.lower(column), folded)
        highest = ctx.conn.execute(select(func.max(cast(func.substr(column, 3), Integer))).where(
            column.like("P-%"), func.length(column) <= MAX_ISSUED_LENGTH)).scalar()
        return [row for row in clashing if row[table.index["id"]] not in incoming], {}, int(highest or 0)
    scopes = sorted({group[0] for group in wanted})
    others = fetch_among(ctx.conn, select(raw), raw.c[rule.scope], scopes)
    settled: dict[Hashable, Any] = {}
    rows: list[Sequence[Any]] = []
    for row in others:
        if row[table.index["id"]] in incoming:
            continue
        group = rule.group(table, row, row[table.index[rule.column]])
        if group in wanted:
            rows.append(row)
        else:
            settled[group] = row[table.index[rule.column]]
    return rows, settled, 0


def _counter(table: TableSpec, entries: list[_Entry], settled: dict[Hashable, Any], floor: int) -> Callable[..., Any]:
    """The next free value: issued-style participant codes above every number on both sides (as
    ``core.participants.next_free_code`` counts them), or the next version of the same form."""
    if table.name == "participants":
        numbers = [code_number(str(v)) for e in entries for v in (e.candidate, e.alternative) if v is not None]
        state = {"next": max([floor, *(n for n in numbers if n is not None)]) + 1}

        def next_code(entry: _Entry, is_taken: Callable[[Any], bool]) -> Any:
            while is_taken(format_code(state["next"])):
                state["next"] += 1
            state["next"] += 1
            return format_code(state["next"] - 1)

        return next_code
    form = table.index["form_id"]
    highest: dict[Any, int] = defaultdict(int)
    for e in entries:
        for v in (e.candidate, e.alternative):
            if isinstance(v, int):
                highest[e.row[form]] = max(highest[e.row[form]], v)
    for (form_id, _), version in settled.items():
        highest[form_id] = max(highest[form_id], int(version))

    def next_version(entry: _Entry, is_taken: Callable[[Any], bool]) -> Any:
        form_id = entry.row[form]
        highest[form_id] += 1
        while is_taken(highest[form_id]):
            highest[form_id] += 1
        return highest[form_id]

    return next_version


def _report(ctx: Context, table: TableSpec, rule: UniqueRule, row: Sequence[Any], old: Any, new: Any) -> None:
    index = table.index
    description = ""
    if table.name == "surveys":
        description = translate("core", "The survey “{title}”").format(title=row[index["title"]])
    ctx.tally.renumbered.append(Renumbered(rule.kind, str(row[index["id"]]), str(old), str(new),
                                           str(row[index["laptop_id"]] or ""), description))


# -- surveys meeting under form_id, version and content -------------------------------------------------------
def match_surveys(ctx: Context, pkg: Incoming, table: TableSpec, fresh: list[list[Any]],
                  incoming_ids: set[str]) -> tuple[list[tuple[list[Any], Sequence[Any]]], list[list[Any]]]:
    """Incoming surveys that are a local survey (same form, version and content) meet it; the others stay fresh."""
    if not fresh:
        return [], fresh
    ident, form, version = table.index["id"], table.index["form_id"], table.index["version"]
    forms = sorted({row[form] for row in fresh})
    local = {(row[form], row[version]): row
             for row in fetch_among(ctx.conn, select(table.raw), table.raw.c.form_id, forms)
             if row[ident] not in incoming_ids}
    wanted = {row[ident]: local.get((row[form], row[version])) for row in fresh}
    wanted = {k: v for k, v in wanted.items() if v is not None}
    if not wanted:
        return [], fresh
    questions, lists, choices = spec("questions"), spec("choice_lists"), spec("choices")
    theirs = _signatures(pkg.rows(questions), pkg.rows(lists), pkg.rows(choices), set(wanted))
    ours = _signatures(*_local_content(ctx.conn, [row[ident] for row in wanted.values()]),
                       {row[ident] for row in wanted.values()})
    matched, still = [], []
    for row in fresh:
        found = wanted.get(row[ident])
        if found is not None and theirs.get(row[ident]) == ours.get(found[ident]):
            pkg.remap[table.name][row[ident]] = found[ident]
            row[ident] = found[ident]
            matched.append((row, found))
        else:
            still.append(row)
    return matched, still


def _local_content(conn: Connection, survey_ids: list[str]) -> tuple[list[Sequence[Any]], ...]:
    questions, lists, choices = spec("questions").raw, spec("choice_lists").raw, spec("choices").raw
    found_questions = fetch_among(conn, select(questions), questions.c.survey_id, survey_ids)
    found_lists = fetch_among(conn, select(lists), lists.c.survey_id, survey_ids)
    found_choices = fetch_among(conn, select(choices), choices.c.list_id, [row.id for row in found_lists])
    return found_questions, found_lists, found_choices


def _signatures(questions: Sequence[Sequence[Any]], lists: Sequence[Sequence[Any]],
                choices: Sequence[Sequence[Any]], survey_ids: set[str]) -> dict[str, tuple[Any, ...]]:
    """Survey id → what makes two versions the same survey: its questions and its lists with their choices."""
    q, li, c = spec("questions").index, spec("choice_lists").index, spec("choices").index
    list_names = {row[li["id"]]: row[li["name"]] for row in lists if row[li["survey_id"]] in survey_ids}
    choice_names: dict[str, list[str]] = defaultdict(list)
    for row in choices:
        if row[c["list_id"]] in list_names:
            choice_names[row[c["list_id"]]].append(str(row[c["name"]]))
    shape: dict[str, tuple[list[Any], list[Any]]] = {survey_id: ([], []) for survey_id in survey_ids}
    for row in questions:
        if row[q["survey_id"]] in shape:
            shape[row[q["survey_id"]]][0].append(
                (str(row[q["name"]]), str(row[q["type"]]), str(list_names.get(row[q["list_id"]], ""))))
    for row in lists:
        if row[li["survey_id"]] in shape:
            shape[row[li["survey_id"]]][1].append((str(row[li["name"]]), tuple(sorted(choice_names[row[li["id"]]]))))
    return {survey_id: (tuple(sorted(qs)), tuple(sorted(ls))) for survey_id, (qs, ls) in shape.items()}


__all__ = ["RENUMBERED", "UniqueRule", "match_surveys", "renumber"]
