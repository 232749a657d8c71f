"""The rules of stakeholder maps and the plain data the screens see; no database here.

Kept apart from ``maps`` (the service) so the canvas and the printing code can use the rules and dataclasses
without importing SQLAlchemy. Positions are values on the axes (e.g. interest 0–10), never pixels.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from numbers import Real
from typing import Any

from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

MAP_KINDS = ("power_interest", "importance_influence", "ecosystem", "blank")
SECTORS = ("public", "private", "civic", "knowledge")
ATTITUDES = ("supportive", "neutral", "opposed", "unknown")
MAX_NAME = 300
MAX_TITLE = 300
MAX_AXIS_TITLE = 200
MAX_QUADRANT_NAME = 100
MAX_ORGANISATION = 300
MAX_ENGAGEMENT = 200
MAX_CONTACT = 300
# Excel holds at most 32,767 characters in a cell; notes stay well below so an export never cuts them.
MAX_NOTES = 10_000
MAX_RELATIONSHIP_KIND = 64
MAX_AXIS = 1_000_000.0
STRENGTHS = (1, 2, 3)
DEFAULT_RELATIONSHIP_KIND = "works with"

# Each template's axes and quadrant names; quadrant names run clockwise from the top right.
TEMPLATES: dict[str, dict[str, Any]] = {
    "power_interest": {
        "x_title": "Interest", "y_title": "Power",
        "quadrant_names": ["Manage closely", "Keep informed", "Monitor", "Keep satisfied"],
    },
    "importance_influence": {
        "x_title": "Influence", "y_title": "Importance",
        "quadrant_names": ["Key players", "Keep satisfied", "Least priority", "Protect and involve"],
    },
    # No axes: the four regions are the sectors, in the order of ``SECTOR_QUADRANT``.
    "ecosystem": {"x_title": "", "y_title": "", "quadrant_names": ["Public", "Private", "Civic", "Knowledge"]},
    "blank": {"x_title": "", "y_title": "", "quadrant_names": []},
}
# Which quadrant (clockwise from the top right) holds each sector on an ecosystem map.
SECTOR_QUADRANT = {"public": 0, "private": 1, "civic": 2, "knowledge": 3}


def map_template(kind: str) -> dict[str, Any]:
    """The values a new map of ``kind`` starts with (a fresh copy the caller may change)."""
    if kind not in TEMPLATES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A map is one of: {kinds}."), kinds=", ".join(MAP_KINDS))
    template = TEMPLATES[kind]
    return {"x_title": template["x_title"], "y_title": template["y_title"], "x_max": 10.0, "y_max": 10.0,
            "quadrant_names": list(template["quadrant_names"])}


@dataclass(frozen=True)
class StakeholderData:
    """One stakeholder as the screens see it; ``contact`` is personal data."""

    id: str
    name: str
    organisation: str = ""
    sector: str = "civic"
    x: float = 5.0
    y: float = 5.0
    attitude: str = "unknown"
    engagement: str = ""
    notes: str = ""
    contact: str = ""


@dataclass(frozen=True)
class RelationshipData:
    """A tie between two stakeholders of one map; ``directed`` draws an arrow from ``from_id`` to ``to_id``."""

    id: str
    from_id: str
    to_id: str
    kind: str = DEFAULT_RELATIONSHIP_KIND
    strength: int = 2
    directed: bool = False


@dataclass(frozen=True)
class MapData:
    """A map with its stakeholders and relationships, detached from the database."""

    id: str
    title: str
    kind: str = "power_interest"
    x_title: str = ""
    y_title: str = ""
    x_max: float = 10.0
    y_max: float = 10.0
    quadrant_names: tuple[str, ...] = ()
    """Four names clockwise from the top right, or none."""
    notes: str = ""
    stakeholders: tuple[StakeholderData, ...] = ()
    relationships: tuple[RelationshipData, ...] = ()

    def stakeholder(self, stakeholder_id: str) -> StakeholderData | None:
        """The stakeholder with this id, or None if it is not on this map."""
        return next((s for s in self.stakeholders if s.id == stakeholder_id), None)


@dataclass(frozen=True)
class MapSummary:
    """One line of the map list; ``updated_at`` is the last change to the map or anything on it."""

    id: str
    title: str
    kind: str
    stakeholder_count: int
    relationship_count: int
    updated_at: datetime | None


@dataclass(frozen=True)
class SnapshotData:
    """The positions of a map's stakeholders when the snapshot was taken (e.g. at a ULG meeting)."""

    id: str
    map_id: str
    name: str
    taken_at: datetime
    positions: dict[str, tuple[float, float]]
    """Stakeholder id → (x, y)."""
    names: dict[str, str] = field(default_factory=dict)
    """Stakeholder id → name then (so a stakeholder deleted since can still be named)."""
    attitudes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Movement:
    """How one stakeholder moved between two states; ``before`` is None if it was added, ``after`` if removed."""

    stakeholder_id: str
    name: str
    before: tuple[float, float] | None
    after: tuple[float, float] | None

    @property
    def status(self) -> str:
        """``"moved"``, ``"added"`` or ``"removed"``."""
        if self.before is None:
            return "added"
        return "removed" if self.after is None else "moved"


MAP_EDITABLE = ("title", "kind", "x_title", "y_title", "x_max", "y_max", "quadrant_names", "notes")
STAKEHOLDER_EDITABLE = ("name", "organisation", "sector", "x", "y", "attitude", "engagement", "notes", "contact")
RELATIONSHIP_EDITABLE = ("from_id", "to_id", "kind", "strength", "directed")

# Control characters cannot be stored in an Excel cell and confuse printing; lone surrogates cannot be
# encoded at all (SQLite would fail). Tabs and line breaks are kept in notes.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_line(value: Any) -> str:
    """``value`` as one line of text: control characters dropped, runs of white space made one space."""
    return " ".join(_CONTROL.sub("", str(value if value is not None else "")).split())


def clean_text(value: Any) -> str:
    """``value`` as text that may span lines: control characters dropped, ends stripped."""
    return _CONTROL.sub("", str(value if value is not None else "")).replace("\r\n", "\n").strip()


# ``what`` below names a field at the start of a sentence, marked ``QT_TRANSLATE_NOOP("core", ...)``.
def _limited(text: str, limit: int, what: str) -> str:
    if len(text) > limit:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} can have at most {limit:,} characters; this one has "
                                                    "{count:,}."),
                        what=Text("core", what), limit=limit, count=len(text))
    return text


def _unknown(values: dict[str, Any], editable: tuple[str, ...], what: str) -> None:
    unknown = set(values) - set(editable)
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} has no field called {field!r}."),
                        what=Text("core", what), field=sorted(unknown)[0])


def number(value: Any, what: str) -> float:
    """``value`` as a finite float, or ``UserError`` naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(float(value)):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} must be a number."), what=Text("core", what))
    return float(value)


def clamp_position(x: Any, y: Any, x_max: float, y_max: float) -> tuple[float, float]:
    """(x, y) moved onto the nearest point inside the axes (0 to the maximum); a position outside is not refused."""
    what = QT_TRANSLATE_NOOP("core", "A position")
    x_value, y_value = number(x, what), number(y, what)
    return min(max(x_value, 0.0), x_max), min(max(y_value, 0.0), y_max)


def validate_map_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` cleaned, or raise ``UserError`` saying what is wrong."""
    _unknown(values, MAP_EDITABLE, QT_TRANSLATE_NOOP("core", "A map"))
    clean = dict(values)
    if "title" in clean:
        title = clean_line(clean["title"])
        if not title:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A map needs a title."))
        clean["title"] = _limited(title, MAX_TITLE, QT_TRANSLATE_NOOP("core", "A map's title"))
    if "kind" in clean and clean["kind"] not in MAP_KINDS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A map is one of: {kinds}."), kinds=", ".join(MAP_KINDS))
    for name, what in (("x_title", QT_TRANSLATE_NOOP("core", "The horizontal axis title")),
                       ("y_title", QT_TRANSLATE_NOOP("core", "The vertical axis title"))):
        if name in clean:
            clean[name] = _limited(clean_line(clean[name]), MAX_AXIS_TITLE, what)
    for name in ("x_max", "y_max"):
        if name in clean:
            top = number(clean[name], QT_TRANSLATE_NOOP("core", "The end of an axis"))
            if not 0 < top <= MAX_AXIS:
                raise UserError(QT_TRANSLATE_NOOP("errors", "An axis runs from 0 to a number above 0 and at most "
                                                            "{maximum:,.0f}."), maximum=MAX_AXIS)
            clean[name] = top
    if "quadrant_names" in clean:
        clean["quadrant_names"] = _quadrant_names(clean["quadrant_names"])
    if "notes" in clean:
        clean["notes"] = _limited(clean_text(clean["notes"]), MAX_NOTES,
                                  QT_TRANSLATE_NOOP("core", "A map's notes"))
    return clean


def _quadrant_names(names: Any) -> list[str]:
    if names is None:
        return []
    if isinstance(names, str) or not isinstance(names, list | tuple):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A map's quadrant names are a list of four names."))
    if len(names) not in (0, 4):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A map has four quadrant names (or none), not {count}."),
                        count=len(names))
    what = QT_TRANSLATE_NOOP("core", "A quadrant name")
    return [_limited(clean_line(name), MAX_QUADRANT_NAME, what) for name in names]


def validate_stakeholder_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` cleaned, or raise ``UserError``; positions are checked to be numbers, not clamped here."""
    _unknown(values, STAKEHOLDER_EDITABLE, QT_TRANSLATE_NOOP("core", "A stakeholder"))
    clean = dict(values)
    if "name" in clean:
        name = clean_line(clean["name"])
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A stakeholder needs a name."))
        clean["name"] = _limited(name, MAX_NAME, QT_TRANSLATE_NOOP("core", "A stakeholder's name"))
    for name, limit, what in (("organisation", MAX_ORGANISATION, QT_TRANSLATE_NOOP("core", "An organisation's name")),
                              ("engagement", MAX_ENGAGEMENT, QT_TRANSLATE_NOOP("core", "An engagement strategy")),
                              ("contact", MAX_CONTACT, QT_TRANSLATE_NOOP("core", "A contact"))):
        if name in clean:
            clean[name] = _limited(clean_line(clean[name]), limit, what)
    if "notes" in clean:
        clean["notes"] = _limited(clean_text(clean["notes"]), MAX_NOTES,
                                  QT_TRANSLATE_NOOP("core", "A stakeholder's notes"))
    if "sector" in clean:
        sector = str(clean["sector"] or "").strip().lower()
        if sector not in SECTORS:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A stakeholder's sector is one of: {sectors}."),
                            sectors=", ".join(SECTORS))
        clean["sector"] = sector
    if "attitude" in clean:
        # Older rows and the demo may hold "" for an attitude nobody assessed.
        attitude = str(clean["attitude"] or "unknown").strip().lower()
        if attitude not in ATTITUDES:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A stakeholder's attitude is one of: {attitudes}."),
                            attitudes=", ".join(ATTITUDES))
        clean["attitude"] = attitude
    for name in ("x", "y"):
        if name in clean:
            clean[name] = number(clean[name], QT_TRANSLATE_NOOP("core", "A position"))
    return clean


def validate_relationship_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` cleaned, or raise ``UserError`` saying what is wrong."""
    _unknown(values, RELATIONSHIP_EDITABLE, QT_TRANSLATE_NOOP("core", "A relationship"))
    clean = dict(values)
    for name in ("from_id", "to_id"):
        if name in clean and (not isinstance(clean[name], str) or not clean[name]):
            raise UserError(QT_TRANSLATE_NOOP("errors", "A relationship joins two stakeholders; choose both."))
    if clean.get("from_id") is not None and clean.get("from_id") == clean.get("to_id"):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A stakeholder cannot have a relationship with itself."))
    if "kind" in clean:
        kind = clean_line(clean["kind"])
        if not kind:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A relationship needs a kind, such as "
                                                        "{example!r}."),
                            example=DEFAULT_RELATIONSHIP_KIND)
        clean["kind"] = _limited(kind, MAX_RELATIONSHIP_KIND, QT_TRANSLATE_NOOP("core", "A relationship's kind"))
    if "strength" in clean:
        strength = clean["strength"]
        if isinstance(strength, bool) or not isinstance(strength, int) or strength not in STRENGTHS:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A relationship's strength is 1 (weak), 2 or 3 (strong)."))
    if "directed" in clean and not isinstance(clean["directed"], bool):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A relationship either has a direction or not."))
    return clean


def same_tie(a: tuple[str, str, str, bool], b: tuple[str, str, str, bool]) -> bool:
    """Whether two (from, to, kind, directed) ties say the same thing, so the second would be a duplicate.

    The same kind between the same two stakeholders is one tie, except two directed ties in opposite
    directions ("A funds B" and "B funds A" are different facts).
    """
    (a_from, a_to, a_kind, a_directed), (b_from, b_to, b_kind, b_directed) = a, b
    if a_kind.casefold() != b_kind.casefold():
        return False
    if (a_from, a_to) == (b_from, b_to):
        return True
    return (a_from, a_to) == (b_to, b_from) and not (a_directed and b_directed)


class TieIndex:
    """Ties seen so far, to find a repeat (``same_tie``) quickly among tens of thousands of imported rows."""

    def __init__(self, ties: Iterable[tuple[str, str, str, bool]] = ()) -> None:
        self._by_pair: dict[tuple[frozenset[str], str], list[tuple[str, str, str, bool]]] = {}
        for tie in ties:
            self.add(tie)

    @staticmethod
    def _key(tie: tuple[str, str, str, bool]) -> tuple[frozenset[str], str]:
        return frozenset(tie[:2]), tie[2].casefold()

    def add(self, tie: tuple[str, str, str, bool]) -> None:
        """Remember ``tie`` (from, to, kind, directed)."""
        self._by_pair.setdefault(self._key(tie), []).append(tie)

    def __contains__(self, tie: tuple[str, str, str, bool]) -> bool:
        return any(same_tie(other, tie) for other in self._by_pair.get(self._key(tie), ()))


def unique_labels(names: list[str]) -> list[str]:
    """``names`` with later repeats made unique ("Library", "Library (2)"), compared without case."""
    seen: set[str] = set()
    result = []
    for name in names:
        label, n = name, 1
        while label.casefold() in seen:
            n += 1
            suffix = f" ({n})"
            label = name[: MAX_NAME - len(suffix)] + suffix
        seen.add(label.casefold())
        result.append(label)
    return result
