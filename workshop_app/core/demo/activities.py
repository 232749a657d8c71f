"""Brainstorm boards of the demo (sticky notes in clusters) and the dot votes that followed them."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from workshop_app.core.demo.context import Rng, add_rows
from workshop_app.core.demo.people import PersonPlan
from workshop_app.core.demo.texts import CLUSTER_NAMES, IDEAS
from workshop_app.core.demo.workshops import DOTS, ActivityPlan, WorkshopPlan
from workshop_app.db.models import Idea, IdeaCluster, Vote

# The board is laid out in scene units: one column of notes per cluster, unsorted notes on the far right.
COLUMN_WIDTH, NOTE_HEIGHT, TOP = 260.0, 110.0, 80.0
CLUSTER_COLOURS = ("#FFE08A", "#A7E3C4", "#A9CBF5", "#F5B8C9")
NOTE_COLOUR = "#FFF3A0"
IDEAS_PER_BOARD = (8, 15)
UNSORTED = (0, 2)  # how many notes per board nobody got round to placing in a cluster
TYPED_BY_PARTICIPANT = 0.25  # the rest were called out and typed by the facilitator
VOTER_SHARE, ANONYMOUS_VOTERS = 0.85, 0.1
DOTS_SPENT = {DOTS: 75, 2: 15, 1: 10}


def add_ideas(session: Session, rng: Rng, workshops: list[WorkshopPlan], people: list[PersonPlan]) -> Counter[str]:
    """Write the clusters, ideas and votes of every workshop that was held; returns row counts."""
    clusters: list[Any] = []
    ideas: list[Any] = []
    votes: list[Any] = []
    for index, workshop in enumerate(workshops):
        brainstorm = workshop.activity("brainstorm")
        if not workshop.done or brainstorm is None or not workshop.spec.topics:
            continue
        # Only people who agreed to take part appear under their code on notes and votes.
        present = [p for p in people if index in p.visits and p.takes_part]
        board_clusters, board_ideas = _board(rng, brainstorm, workshop.spec.topics, present)
        clusters += board_clusters
        ideas += board_ideas
        dot_vote = workshop.activity("dot_vote")
        if dot_vote is not None:
            votes += _votes(rng, dot_vote, board_ideas, present)
    # Ideas point at clusters by id alone, so clusters go in first.
    add_rows(session, clusters)
    add_rows(session, ideas)
    add_rows(session, votes)
    return Counter(ideas=len(ideas), votes=len(votes))


def _board(rng: Rng, brainstorm: ActivityPlan, topics: tuple[str, ...],
           present: list[PersonPlan]) -> tuple[list[IdeaCluster], list[Idea]]:
    pool = [(topic, text) for topic in topics for text in IDEAS[topic]]
    notes = rng.sample(pool, min(rng.randint(*IDEAS_PER_BOARD), len(pool)))
    start, length = brainstorm.starts_at, brainstorm.minutes
    # The facilitator groups the notes in the second half of the brainstorm.
    grouped_at = start + rng.minutes(length * 0.5, length * 0.7)
    clusters = [
        IdeaCluster(**rng.row(grouped_at + timedelta(seconds=20 * position)), activity_id=brainstorm.id,
                    name=CLUSTER_NAMES[topic], colour=CLUSTER_COLOURS[position % len(CLUSTER_COLOURS)],
                    position=position)
        for position, topic in enumerate(topics)
    ]
    by_topic = {topic: cluster for topic, cluster in zip(topics, clusters, strict=True)}
    column_fill = Counter[int]()
    unsorted = set(rng.sample(range(len(notes)), min(len(notes), rng.randint(*UNSORTED))))
    ideas = []
    for number, (topic, text) in enumerate(notes):
        created = start + timedelta(seconds=round((number + rng.random()) * length * 60 * 0.5 / len(notes)))
        cluster = None if number in unsorted else by_topic[topic]
        column = len(topics) if cluster is None else topics.index(topic)
        row = column_fill[column]
        column_fill[column] += 1
        author = rng.choice(present).id if present and rng.chance(TYPED_BY_PARTICIPANT) else None
        idea = Idea(
            **rng.row(created), activity_id=brainstorm.id, cluster_id=cluster.id if cluster else None,
            participant_id=author, text=text, colour=NOTE_COLOUR,
            x=round(40 + column * COLUMN_WIDTH + rng.uniform(-12, 12), 1),
            y=round(TOP + row * NOTE_HEIGHT + rng.uniform(-8, 8), 1),
        )
        if cluster is not None:
            idea.updated_at = grouped_at + rng.minutes(0.5, 5)  # dragged into its cluster
        ideas.append(idea)
    return clusters, ideas


def _votes(rng: Rng, dot_vote: ActivityPlan, ideas: list[Idea], present: list[PersonPlan]) -> list[Vote]:
    """Each voter spends up to ``DOTS`` dots, several on one note if they like; some vote without their code."""
    if not ideas:
        return []
    # Some notes catch the room and others do not: a skewed appeal per note gives a readable result.
    appeal = [rng.random() ** 2 + 0.05 for _ in ideas]
    voters: list[str | None] = [p.id for p in present if rng.chance(VOTER_SHARE)]
    voters += [None] * round(len(voters) * ANONYMOUS_VOTERS)
    votes = []
    for voter in voters:
        cast_at: datetime = dot_vote.starts_at + rng.minutes(0.5, dot_vote.minutes)
        dots = Counter(rng.choices(range(len(ideas)), weights=appeal, k=rng.pick(DOTS_SPENT)))
        votes += [Vote(**rng.row(cast_at), idea_id=ideas[i].id, participant_id=voter, dots=n)
                  for i, n in sorted(dots.items())]
    return votes
