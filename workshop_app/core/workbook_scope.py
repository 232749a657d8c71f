"""What a ULG workbook export covers: everything, one workshop, or the workshops of a date range.

The rule, stated once for every sheet:

* **Workshops**: all of them; the one chosen; or those starting within the date range (both ends included,
  in local time). Workshops without a date fall outside every date range.
* **Responses**: those given at the workshops in scope. With everything, all responses; with a date range, also
  responses given at no workshop that started within the range.
* **Participation**: with everything, every participant; otherwise those checked in to a workshop in scope or
  who gave a response in scope.
* **Diversity**: as the app's "Who took part" screen counts (``core.diversity``): every participant with
  everything, otherwise the people checked in to the workshops in scope.
* **Ideas and votes**: those of the activities of the workshops in scope.
* **Stakeholder maps**: with everything, all maps; otherwise the maps that an activity of a workshop in scope
  uses (a "stakeholder mapping" agenda item).

Times are shown in the local time of the computer, without a time zone (Excel has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from workshop_app.core.forms import DEFAULT
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import (
    Activity,
    Attendance,
    Participant,
    ProfileQuestion,
    Response,
    Survey,
    Tombstone,
    Workshop,
)
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ExportScope:
    """What to export: everything (no workshop, no dates), one workshop, or a date range; and how."""

    workshop_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    language: str = "en"
    """The language of answer and question labels (codes are always written beside them)."""
    include_personal_data: bool = False
    """Names and contacts of participants (and stakeholders' contacts, facilitators' names) only when true."""

    @property
    def everything(self) -> bool:
        """No workshop and no dates chosen."""
        return self.workshop_id is None and self.date_from is None and self.date_to is None


@dataclass(frozen=True)
class ResolvedScope:
    """A scope checked against the database: the workshops it covers, oldest first."""

    scope: ExportScope
    workshop_ids: tuple[str, ...]
    workshop_title: str = ""

    @property
    def everything(self) -> bool:
        """Export everything."""
        return self.scope.everything


@dataclass(frozen=True)
class ScopeSummary:
    """How much an export of a scope would hold (the line the export panel shows)."""

    workshops: int
    participants: int
    responses: int


@dataclass(frozen=True)
class WorkshopChoice:
    """A workshop as the export panel lists it."""

    id: str
    title: str
    starts_at: datetime | None
    """Local time, without a time zone."""


@dataclass(frozen=True)
class ExportChoices:
    """What the export panel offers: the workshops, the label languages and the dates workshops span."""

    workshops: tuple[WorkshopChoice, ...]
    languages: tuple[str, ...]
    first_date: date | None
    last_date: date | None


def local(moment: datetime | None) -> datetime | None:
    """An aware timestamp as naive local time (what Excel shows); ``None`` stays ``None``."""
    return None if moment is None else moment.astimezone().replace(tzinfo=None)


def resolve_scope(session: Session, scope: ExportScope) -> ResolvedScope:
    """Check ``scope`` and find its workshops; ``UserError`` for a workshop that is gone or reversed dates."""
    if scope.date_from and scope.date_to and scope.date_from > scope.date_to:
        raise UserError(QT_TRANSLATE_NOOP("errors", "The first day of the date range comes after the last day; swap "
                                                    "them and export again."))
    if scope.workshop_id is not None:
        workshop = get_existing(session, Workshop, scope.workshop_id, "workshop")
        return ResolvedScope(scope, (workshop.id,), workshop.title)
    rows = session.execute(select(Workshop.id, Workshop.starts_at)).all()
    chosen = [(starts, wid) for wid, starts in rows if scope.everything or _in_range(local(starts), scope)]
    chosen.sort(key=lambda item: (item[0] is None, item[0] or datetime.min, item[1]))
    return ResolvedScope(scope, tuple(wid for _, wid in chosen))


def _in_range(starts: datetime | None, scope: ExportScope) -> bool:
    if starts is None:
        return False
    day = starts.date()
    return (scope.date_from is None or day >= scope.date_from) and (scope.date_to is None or day <= scope.date_to)


def response_filter(resolved: ResolvedScope) -> ColumnElement[bool] | None:
    """The condition a response must meet to be exported (``None``: every response)."""
    if resolved.everything:
        return None
    in_workshops = Response.workshop_id.in_(resolved.workshop_ids)
    scope = resolved.scope
    if scope.workshop_id is not None:
        return in_workshops
    bounds = [Response.workshop_id.is_(None)]
    if scope.date_from is not None:
        bounds.append(Response.started_at >= _start_of(scope.date_from))
    if scope.date_to is not None:
        bounds.append(Response.started_at < _start_of(scope.date_to + timedelta(days=1)))
    return or_(in_workshops, and_(*bounds))


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()  # local midnight, as an aware moment


def erased_participants(session: Session) -> set[str]:
    """Ids of participants erased here or on a laptop merged in: they must never appear."""
    return set(session.scalars(select(Tombstone.row_id).where(Tombstone.table_name == Participant.__tablename__)))


def participants_in_scope(session: Session, resolved: ResolvedScope) -> set[str]:
    """Ids of the participants the Participation and Diversity sheets count."""
    if resolved.everything:
        people = set(session.scalars(select(Participant.id)))
    else:
        people = set(session.scalars(select(Attendance.participant_id).where(
            Attendance.workshop_id.in_(resolved.workshop_ids))))
        condition = response_filter(resolved)
        query = select(Response.participant_id).where(Response.participant_id.is_not(None))
        people |= set(session.scalars(query.where(condition) if condition is not None else query))
    return people - erased_participants(session)


def attendees(session: Session, resolved: ResolvedScope) -> set[str]:
    """Ids of the people checked in to the workshops in scope (everyone, when exporting everything)."""
    if resolved.everything:
        people = set(session.scalars(select(Participant.id)))
    else:
        people = set(session.scalars(select(Attendance.participant_id).where(
            Attendance.workshop_id.in_(resolved.workshop_ids))))
    return people - erased_participants(session)


def map_ids_in_scope(session: Session, resolved: ResolvedScope) -> list[str]:
    """Ids of the stakeholder maps the export holds (see the module's rule), by title."""
    from workshop_app.db.models import StakeholderMap

    query = select(StakeholderMap.id).order_by(StakeholderMap.title, StakeholderMap.id)
    if not resolved.everything:
        used = select(Activity.map_id).where(Activity.workshop_id.in_(resolved.workshop_ids),
                                             Activity.map_id.is_not(None))
        query = query.where(StakeholderMap.id.in_(used))
    return list(session.scalars(query))


def scope_summary(db: Database, scope: ExportScope) -> ScopeSummary:
    """How many workshops, participants and responses an export of ``scope`` holds."""
    with db.session() as session:
        resolved = resolve_scope(session, scope)
        query = select(func.count()).select_from(Response)
        condition = response_filter(resolved)
        responses = session.scalar(query.where(condition) if condition is not None else query) or 0
        people = len(participants_in_scope(session, resolved))
    return ScopeSummary(len(resolved.workshop_ids), people, responses)


def export_choices(db: Database) -> ExportChoices:
    """The workshops (newest first), label languages and date span the export panel offers."""
    with db.session() as session:
        rows = session.execute(select(Workshop.id, Workshop.title, Workshop.starts_at)).all()
        languages = _languages(session)
    choices = [WorkshopChoice(wid, title, local(starts)) for wid, title, starts in rows]
    dated = sorted((w for w in choices if w.starts_at is not None), key=lambda w: (w.starts_at, w.title),
                   reverse=True)
    workshops = dated + sorted((w for w in choices if w.starts_at is None), key=lambda w: w.title)
    days = [w.starts_at.date() for w in dated if w.starts_at is not None]
    return ExportChoices(tuple(workshops), languages, min(days, default=None), max(days, default=None))


def _languages(session: Session) -> tuple[str, ...]:
    """Every language a survey or the profile questions have a label in, most used first."""
    from workshop_app.core.surveys import survey_languages  # the same rule as the survey list

    found: dict[str, int] = {}
    for survey in session.scalars(select(Survey)):
        for code in survey_languages(session, survey):
            if code != DEFAULT:
                found[code] = found.get(code, 0) + 1
    for labels in session.scalars(select(ProfileQuestion.labels)):
        for code in _codes(labels):
            found[code] = found.get(code, 0) + 1
    return tuple(sorted(found, key=lambda code: (-found[code], code)))


def _codes(labels: Any) -> list[str]:
    return [str(code) for code in labels] if isinstance(labels, dict) else []


__all__ = [
    "ExportChoices", "ExportScope", "ResolvedScope", "ScopeSummary", "WorkshopChoice", "attendees",
    "erased_participants",
    "export_choices", "local", "map_ids_in_scope", "participants_in_scope", "resolve_scope", "response_filter",
    "scope_summary",
]
