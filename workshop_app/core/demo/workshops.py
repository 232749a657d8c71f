"""The demo's workshops: four listening sessions held in autumn 2026 and one co-design workshop still planned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy.orm import Session

from workshop_app.core.demo.context import Rng, add_rows
from workshop_app.db.models import Activity, Workshop

THEME = "Skills for the digital economy"
SURVEY_TITLE = "ULG feedback survey"
DOTS = 3
# Portugal is on summer time (UTC+1) until the last Sunday of October, 25 October 2026.
SUMMER, WINTER = timezone(timedelta(hours=1)), timezone.utc


@dataclass(frozen=True)
class WorkshopSpec:
    """A workshop as data: when and where, who runs it, who it tries to reach and its agenda."""

    title: str
    starts_at: datetime
    place: str
    facilitator: str
    notes: str
    audience: str
    """general, migrant_women, older or young_jobseekers: who is most likely to come."""
    topics: tuple[str, ...]
    """The brainstorm's clusters (keys of ``texts.CLUSTER_NAMES``)."""
    agenda: tuple[tuple[str, str, int], ...]
    """(kind, title, planned minutes) per activity."""
    status: str = "done"


SPECS = (
    WorkshopSpec(
        "Skills for the digital economy — listening session", datetime(2026, 9, 15, 18, 30, tzinfo=SUMMER),
        "Parish hall of São Vicente", "Ana Ribeiro",
        "First listening session. Interpreter for Ukrainian on call; tea and biscuits by the parish volunteers.",
        "general", ("time_place", "childcare", "confidence", "jobs"),
        (("survey", SURVEY_TITLE, 20), ("brainstorm", "What would help you learn digital skills?", 25),
         ("dot_vote", "Vote for the ideas that matter most", 10), ("feedback_round", "How was today?", 15)),
    ),
    WorkshopSpec(
        "Digital skills with migrant women — listening session", datetime(2026, 10, 3, 10, 0, tzinfo=SUMMER),
        "Community centre of Bairro da Azenha", "Fátima Cardoso",
        "Saturday morning so that mothers can come. Childcare corner in the side room with two volunteers; "
        "cultural mediators for Arabic and Ukrainian.",
        "migrant_women", ("language", "childcare", "jobs", "time_place"),
        (("feedback_round", "Welcome and introductions", 15),
         ("brainstorm", "What makes learning hard, and what would help?", 30),
         ("dot_vote", "Choose three ideas", 10), ("survey", SURVEY_TITLE, 20)),
    ),
    WorkshopSpec(
        "Older people and online public services", datetime(2026, 10, 21, 15, 0, tzinfo=SUMMER),
        "Public library — reading room", "Ana Ribeiro",
        "Large-print handouts. The survey was also on paper for those who preferred it; typed in afterwards.",
        "older", ("confidence", "devices", "time_place"),
        (("survey", SURVEY_TITLE, 25), ("brainstorm", "Online public services: what is hard?", 25),
         ("feedback_round", "One word about today", 10)),
    ),
    WorkshopSpec(
        "Young people out of work: first steps into digital jobs", datetime(2026, 11, 12, 17, 0, tzinfo=WINTER),
        "Youth hub (Espaço Jovem)", "Tiago Sousa",
        "Held with the youth hub's job club; snacks provided.",
        "young_jobseekers", ("jobs", "devices", "cost", "confidence"),
        (("brainstorm", "From courses to jobs", 20), ("dot_vote", "Vote for the ideas that matter most", 10),
         ("survey", SURVEY_TITLE, 15), ("feedback_round", "What will you take home?", 10)),
    ),
    WorkshopSpec(
        "From ideas to actions — ULG co-design workshop", datetime(2026, 12, 1, 18, 30, tzinfo=WINTER),
        "Town hall, meeting room 2", "Joana Martins",
        "Turn what the four listening sessions heard into actions for the Integrated Action Plan; "
        "ULG members and two participants from each session invited.",
        "general", (),
        (("feedback_round", "What we heard so far", 15), ("brainstorm", "Actions for the Integrated Action Plan", 30),
         ("dot_vote", "Prioritise the actions", 15), ("stakeholder_mapping", "Who can make it happen?", 30)),
        status="planned",
    ),
)


@dataclass
class ActivityPlan:
    """An agenda item as later parts of the demo need it: its id, kind and when it ran."""

    id: str
    kind: str
    starts_at: datetime
    minutes: int

    @property
    def ends_at(self) -> datetime:
        """When the item was planned to end."""
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass
class WorkshopPlan:
    """A workshop written to the database, with what the other parts of the demo build on it."""

    id: str
    spec: WorkshopSpec
    activities: list[ActivityPlan] = field(default_factory=list)

    @property
    def done(self) -> bool:
        """Whether the workshop took place (so it has attendance, responses and ideas)."""
        return self.spec.status == "done"

    def activity(self, kind: str) -> ActivityPlan | None:
        """The first agenda item of this kind, if any."""
        return next((a for a in self.activities if a.kind == kind), None)


def add_workshops(session: Session, rng: Rng, *, survey_id: str, map_id: str) -> tuple[list[WorkshopPlan], int]:
    """Write the workshops and their agendas; returns their plans and the number of workshops."""
    plans: list[WorkshopPlan] = []
    rows: list[Any] = []
    for spec in SPECS:
        starts = spec.starts_at.astimezone(timezone.utc)
        created = starts - timedelta(days=rng.randint(14, 24), hours=rng.randint(0, 6))
        total = sum(minutes for _, _, minutes in spec.agenda)
        # A done workshop was last touched when the facilitator closed it, a little after the end.
        updated = starts + timedelta(minutes=total) + rng.minutes(5, 40) if spec.status == "done" else created
        workshop = Workshop(
            **rng.row(created), title=spec.title, starts_at=starts, place=spec.place, theme=THEME,
            facilitator=spec.facilitator, language="pt", notes=spec.notes, status=spec.status,
        )
        workshop.updated_at = updated
        plan = WorkshopPlan(workshop.id, spec)
        rows.append(workshop)
        at = starts
        for position, (kind, title, minutes) in enumerate(spec.agenda):
            options: dict[str, Any] = {"dots": DOTS} if kind == "dot_vote" else {}
            activity = Activity(
                **rng.row(created + timedelta(minutes=2 + position)), workshop_id=workshop.id, position=position,
                kind=kind, title=title, planned_minutes=minutes, options=options,
                survey_id=survey_id if kind == "survey" else None,
                map_id=map_id if kind == "stakeholder_mapping" else None,
            )
            rows.append(activity)
            plan.activities.append(ActivityPlan(activity.id, kind, at, minutes))
            at += timedelta(minutes=minutes)
        plans.append(plan)
    add_rows(session, rows)
    return plans, len(plans)
