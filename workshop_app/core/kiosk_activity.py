"""What the kiosk and the paper data-entry window need to know about one agenda item, read in one go.

``ActivityData`` (what the agenda shows) does not carry the survey an agenda item runs, and the kiosk also needs
the workshop's title and language; ``kiosk_activity`` reads all of it. ``link_survey`` sets which survey a
survey item runs (the agenda editor and tests use it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Workshop

KIOSK_KINDS = ("survey", "brainstorm", "dot_vote", "feedback_round")
"""Agenda items a participant can take part in at the kiosk."""


@dataclass(frozen=True)
class KioskActivity:
    """One agenda item as the kiosk runs it."""

    id: str
    kind: str
    title: str
    workshop_id: str
    workshop_title: str
    workshop_language: str
    survey_id: str | None = None
    """The survey a ``survey`` item runs (None until one is chosen)."""
    options: dict[str, Any] = field(default_factory=dict)


def kiosk_activity(db: Database, activity_id: str) -> KioskActivity:
    """The agenda item with its workshop's title and language; ``UserError`` if it is gone."""
    with db.session() as session:
        activity = get_existing(session, Activity, activity_id, "activity")
        workshop = get_existing(session, Workshop, activity.workshop_id, "workshop")
        return KioskActivity(activity.id, activity.kind, activity.title, workshop.id, workshop.title,
                             workshop.language or "en", activity.survey_id, dict(activity.options or {}))


def link_survey(db: Database, activity_id: str, survey_id: str | None) -> None:
    """Make a ``survey`` agenda item run ``survey_id`` (None: no survey chosen yet)."""
    from workshop_app.core.services import Services

    Services.of(db).workshops.update_activity(activity_id, survey_id=survey_id)


__all__ = ["KIOSK_KINDS", "KioskActivity", "kiosk_activity", "link_survey"]
