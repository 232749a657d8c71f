"""Adding a whole list of stakeholders and ties to a map inside one transaction (``MapService.import_rows``).

A stakeholder that breaks the rules refuses the whole import (nothing is half-imported); a tie that cannot be
made (unknown name, self-loop, repeat) is skipped with a warning, since the rest of the list is still useful.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop_app.core.map_layout import move_into_sector, spread_positions
from workshop_app.core.map_rules import (
    DEFAULT_RELATIONSHIP_KIND,
    TieIndex,
    clamp_position,
    clean_line,
    validate_relationship_fields,
    validate_stakeholder_fields,
)
from workshop_app.db.base import utcnow
from workshop_app.db.models import Stakeholder, StakeholderMap, StakeholderRelationship
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext, translate

core = TranslationContext("core")


def add_rows(session: Session, stakeholder_map: StakeholderMap, stakeholders: list[dict[str, Any]],
             relationships: list[dict[str, Any]]) -> dict[str, Any]:
    """Add ``stakeholders`` and ``relationships`` to ``stakeholder_map``; returns counts, new ids and warnings."""
    warnings: list[str] = []
    rows = [_clean_stakeholder(number, row) for number, row in enumerate(stakeholders, 1)]
    outside = place_imported(stakeholder_map, rows)
    if outside:
        warnings.append(str(core.tr("{n} position(s) outside the axes were moved onto the edge of the map.", "",
                                    outside)))
    now = utcnow()
    new = [Stakeholder(map_id=stakeholder_map.id, **row) for row in rows]
    stamp_in_order(new, now)
    session.add_all(new)
    session.flush()

    on_map = session.scalars(
        select(Stakeholder).where(Stakeholder.map_id == stakeholder_map.id).order_by(Stakeholder.created_at)
    )
    by_name: dict[str, Stakeholder] = {}
    for stakeholder in on_map:
        by_name.setdefault(stakeholder.name.casefold(), stakeholder)
    ties = TieIndex((t.from_id, t.to_id, t.kind, t.directed) for t in session.scalars(
        select(StakeholderRelationship).where(StakeholderRelationship.map_id == stakeholder_map.id)))
    added: list[StakeholderRelationship] = []
    for tie in relationships:
        made = _make_tie(tie, by_name, ties, warnings)
        if made is not None:
            ties.add((made.from_id, made.to_id, made.kind, made.directed))
            added.append(made)
    for row in added:
        row.map_id = stakeholder_map.id
    stamp_in_order(added, now)
    session.add_all(added)
    session.flush()
    return {"stakeholders": len(new), "relationships": len(added), "stakeholder_ids": [s.id for s in new],
            "relationship_ids": [r.id for r in added], "warnings": warnings}


def _clean_stakeholder(number: int, row: dict[str, Any]) -> dict[str, Any]:
    try:
        clean = validate_stakeholder_fields({"name": "", **row})
    except UserError as exc:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Stakeholder {number} of the list cannot be imported, so nothing "
                                                    "was: {problem}"), number=number, problem=exc) from None
    return {"sector": "civic", "attitude": "unknown", **clean}


def _make_tie(tie: dict[str, Any], by_name: dict[str, Stakeholder], ties: TieIndex,
              warnings: list[str]) -> StakeholderRelationship | None:
    """The relationship ``tie`` asks for, or None with a warning (in the interface language) saying why it was
    skipped."""
    source, target = clean_line(tie.get("from")), clean_line(tie.get("to"))
    ends = by_name.get(source.casefold()), by_name.get(target.casefold())
    if ends[0] is None or ends[1] is None:
        missing = source if ends[0] is None else target
        warnings.append(translate("core", "The connection from {source!r} to {target!r} was skipped: no stakeholder "
                                          "is called {missing!r}.").format(source=source, target=target,
                                                                           missing=missing))
        return None
    try:
        clean = validate_relationship_fields({
            "from_id": ends[0].id, "to_id": ends[1].id, "kind": tie.get("kind") or DEFAULT_RELATIONSHIP_KIND,
            "strength": tie.get("strength", 2), "directed": tie.get("directed", False),
        })
    except UserError as exc:
        warnings.append(translate("core", "The connection from {source!r} to {target!r} was skipped: "
                                          "{problem}").format(source=source, target=target, problem=exc))
        return None
    wanted = (clean["from_id"], clean["to_id"], clean["kind"], clean["directed"])
    if wanted in ties:
        warnings.append(translate("core", "The connection from {source!r} to {target!r} was skipped: they already "
                                          "have a {kind!r} relationship.").format(source=source, target=target,
                                                                                 kind=clean["kind"]))
        return None
    return StakeholderRelationship(**clean)


def place_imported(stakeholder_map: StakeholderMap, rows: list[dict[str, Any]]) -> int:
    """Position imported stakeholders in place: those without a position on a grid, the others clamped (and on
    an ecosystem map moved inside their sector); returns how many positions were outside the axes."""
    x_max, y_max, kind = stakeholder_map.x_max, stakeholder_map.y_max, stakeholder_map.kind
    unplaced = [row for row in rows if "x" not in row or "y" not in row]
    spots = spread_positions(kind, [row["sector"] for row in unplaced], x_max, y_max)
    for row, (x, y) in zip(unplaced, spots, strict=True):
        row["x"], row["y"] = x, y
    outside = 0
    for row in rows:
        x, y = clamp_position(row["x"], row["y"], x_max, y_max)
        outside += (x, y) != (row["x"], row["y"])
        if kind == "ecosystem":
            x, y = move_into_sector(x, y, row["sector"], x_max, y_max)
        row["x"], row["y"] = x, y
    return outside


def stamp_in_order(rows: Iterable[Any], start: datetime) -> None:
    """Give rows created together increasing ``created_at`` stamps, so they keep the order they came in."""
    for index, row in enumerate(rows):
        row.created_at = start + timedelta(microseconds=index)
