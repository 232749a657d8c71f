"""The rules of workshops and their agenda, and the plain data the screens see; no database here.

Kept apart from ``workshops`` (the service) so the screens can use the rules and dataclasses without
importing SQLAlchemy, which keeps the window's start fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

STATUSES = ("planned", "running", "done")
ACTIVITY_KINDS = ("survey", "brainstorm", "dot_vote", "feedback_round", "stakeholder_mapping")
MAX_TITLE = 300
MAX_MINUTES = 600
MAX_DOTS = 20
# What a new agenda item of each kind starts with; three dots each is the usual dot vote.
ACTIVITY_DEFAULTS: dict[str, dict[str, Any]] = {
    "survey": {"planned_minutes": 15},
    "brainstorm": {"planned_minutes": 10},
    "dot_vote": {"planned_minutes": 10, "options": {"dots": 3}},
    "feedback_round": {"planned_minutes": 10},
    "stakeholder_mapping": {"planned_minutes": 30},
}


def activity_defaults(kind: str) -> dict[str, Any]:
    """The values a new activity of ``kind`` starts with (a fresh copy the caller may change)."""
    defaults = ACTIVITY_DEFAULTS.get(kind, {})
    return {name: dict(value) if isinstance(value, dict) else value for name, value in defaults.items()}


@dataclass(frozen=True)
class ActivityData:
    """One agenda item as the screens see it."""

    id: str
    kind: str
    title: str = ""
    planned_minutes: int = 10
    options: dict[str, Any] = field(default_factory=dict)
    survey_id: str | None = None
    """The survey a survey activity runs (None: not chosen yet, or another kind)."""


@dataclass(frozen=True)
class WorkshopData:
    """A workshop with its agenda, detached from the database."""

    id: str
    title: str
    starts_at: datetime | None = None
    place: str = ""
    theme: str = ""
    facilitator: str = ""
    language: str = "en"
    notes: str = ""
    status: str = "planned"
    activities: tuple[ActivityData, ...] = ()

    @property
    def planned_minutes(self) -> int:
        """The length of the whole agenda."""
        return sum(a.planned_minutes for a in self.activities)


@dataclass(frozen=True)
class WorkshopSummary:
    """One line of the workshop list."""

    id: str
    title: str
    starts_at: datetime | None
    place: str
    status: str
    activity_count: int
    planned_minutes: int
    participant_count: int


EDITABLE = tuple(f.name for f in fields(WorkshopData) if f.name not in ("id", "activities"))
ACTIVITY_EDITABLE = ("kind", "title", "planned_minutes", "options", "survey_id")


def validate_workshop_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` cleaned (titles stripped), or raise ``UserError`` saying what is wrong."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A workshop has no field called {field!r}."),
                        field=sorted(unknown)[0])
    clean = dict(values)
    if "title" in clean:
        title = str(clean["title"] or "").strip()
        if not title:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A workshop needs a title."))
        if len(title) > MAX_TITLE:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A workshop title can have at most {maximum} characters."),
                            maximum=MAX_TITLE)
        clean["title"] = title
    if "status" in clean and clean["status"] not in STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A workshop's status is one of {statuses}."),
                        statuses=", ".join(STATUSES))
    starts_at = clean.get("starts_at")
    if starts_at is not None and (not isinstance(starts_at, datetime) or starts_at.tzinfo is None):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A workshop's start must be a date and time with its time zone."))
    for name in ("place", "theme", "facilitator", "language", "notes"):
        if name in clean:
            clean[name] = str(clean[name] or "")
    return clean


def validate_activity_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Return ``values`` cleaned, or raise ``UserError`` saying what is wrong."""
    unknown = set(values) - set(ACTIVITY_EDITABLE)
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP("errors", "An activity has no field called {field!r}."),
                        field=sorted(unknown)[0])
    clean = dict(values)
    if "kind" in clean and clean["kind"] not in ACTIVITY_KINDS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "An activity is one of: {kinds}."),
                        kinds=", ".join(ACTIVITY_KINDS))
    if "planned_minutes" in clean:
        minutes = clean["planned_minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
            raise UserError(QT_TRANSLATE_NOOP("errors", "An activity's planned time is between 1 and {maximum} "
                                                        "minutes."), maximum=MAX_MINUTES)
    if "title" in clean:
        clean["title"] = str(clean["title"] or "").strip()[:MAX_TITLE]
    if "options" in clean:
        clean["options"] = _validate_options(clean["options"])
    if "survey_id" in clean and clean["survey_id"] is not None and not isinstance(clean["survey_id"], str):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose a survey from the list."))
    return clean


def _validate_options(options: Any) -> dict[str, Any]:
    if not isinstance(options, dict):
        raise UserError(QT_TRANSLATE_NOOP("errors", "An activity's settings must be a set of named values."))
    if "dots" in options:
        dots = options["dots"]
        if isinstance(dots, bool) or not isinstance(dots, int) or not 1 <= dots <= MAX_DOTS:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Each person gets between 1 and {maximum} dots in a dot "
                                                        "vote."), maximum=MAX_DOTS)
    return dict(options)
