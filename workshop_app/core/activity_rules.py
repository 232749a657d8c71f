"""Live activities as plain data: sticky notes, clusters, dot votes, live results; the rules they follow.

No SQLAlchemy here (the board, kiosk and projector screens import it at start-up). The services are in
``core.brainstorm``, ``core.voting``, ``core.feedback`` and ``core.live_results``. Nothing here carries a
participant's id, code or name: these shapes are safe to put on a projector.
"""

from __future__ import annotations

import math
import re
import secrets
from dataclasses import dataclass, field

from workshop_app.core.participant_rules import clean_line, clean_text
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

MIN_RESPONDENTS = 3
"""No result is shown before this many people answered (or voted): nobody's answer can be singled out."""
MAX_IDEA = 1_000
MAX_CLUSTER_NAME = 200
MAX_TALLY = 9_999
MAX_COORDINATE = 1_000_000.0
TALLY = "tally"
"""``Vote.voter`` of dots the facilitator counted in the room."""
PALETTE = {"yellow": "#FFF176", "pink": "#F8BBD0", "blue": "#B3E5FC", "green": "#C8E6C9", "orange": "#FFE0B2",
           "purple": "#E1BEE7"}
"""Sticky-note colours by name; any ``#RRGGBB`` is accepted too."""
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def validate_colour(colour: str | None) -> str:
    """``""`` (the board's default), a palette name or ``#RRGGBB``, stored as ``#RRGGBB``."""
    text = (colour or "").strip()
    if not text:
        return ""
    text = PALETTE.get(text.lower(), text)
    if not _HEX.fullmatch(text):
        raise UserError(QT_TRANSLATE_NOOP("errors", "“{colour}” is not a colour; pick one of {colours} or give "
                                                    "#RRGGBB."),
                        colour=text[:20], colours=", ".join(PALETTE))
    return text.upper()


def clean_idea(text: str | None) -> str:
    """A sticky note's text: cleaned like notes (line breaks kept, control characters dropped), not empty."""
    value = clean_text(text, QT_TRANSLATE_NOOP("core", "A sticky note"), MAX_IDEA)
    if not value:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A sticky note needs some text."))
    return value


def clean_cluster_name(name: str | None) -> str:
    """A cluster's name: one line (may be empty: an unnamed group)."""
    return clean_line(name, QT_TRANSLATE_NOOP("core", "A cluster name"), MAX_CLUSTER_NAME)


def validate_coordinate(value: float, what: str) -> float:
    """A position on the board: a finite number, bounded."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UserError(QT_TRANSLATE_NOOP("errors", "The {what} position of a note must be a number."),
                        what=what) from None
    if not math.isfinite(number):
        raise UserError(QT_TRANSLATE_NOOP("errors", "The {what} position of a note must be a number."), what=what)
    return max(-MAX_COORDINATE, min(MAX_COORDINATE, number))


def new_voter_token() -> str:
    """A random token for one anonymous kiosk voter: their dots count against their limit, and nobody can tell
    who they are. Make a new one for each person at the kiosk."""
    return f"kiosk-{secrets.token_hex(12)}"


def validate_voter_token(token: str) -> str:
    """``token`` if usable as an anonymous voter's token."""
    if not token or len(token) > 64 or token == TALLY or not token.isprintable():
        raise UserError(QT_TRANSLATE_NOOP("errors", "An anonymous voter needs a token from new_voter_token()."))
    return token


# -- the board ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Placement:
    """Where a note sits: its cluster (None: not grouped yet), its place on the board, its order in the cluster."""

    cluster_id: str | None
    x: float = 0.0
    y: float = 0.0
    position: int = 0


@dataclass(frozen=True)
class IdeaData:
    """One sticky note (no author: safe for the projector)."""

    id: str
    activity_id: str
    text: str
    cluster_id: str | None
    colour: str
    x: float
    y: float
    position: int

    @property
    def placement(self) -> Placement:
        """Where it sits, for undoing a move."""
        return Placement(self.cluster_id, self.x, self.y, self.position)


@dataclass(frozen=True)
class ClusterData:
    """A named group of notes."""

    id: str
    activity_id: str
    name: str
    colour: str
    position: int


@dataclass(frozen=True)
class Board:
    """A brainstorm board: clusters in order and every note."""

    activity_id: str
    clusters: tuple[ClusterData, ...]
    ideas: tuple[IdeaData, ...]

    def ideas_in(self, cluster_id: str | None) -> list[IdeaData]:
        """The notes of one cluster (None: the ungrouped ones), in order."""
        return [idea for idea in self.ideas if idea.cluster_id == cluster_id]


# -- votes ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ballot:
    """One voter's dots in one dot vote."""

    dots: int
    """How many dots each voter has."""
    by_idea: dict[str, int] = field(default_factory=dict)

    @property
    def used(self) -> int:
        """Dots placed."""
        return sum(self.by_idea.values())

    @property
    def left(self) -> int:
        """Dots still to place."""
        return max(0, self.dots - self.used)


@dataclass(frozen=True)
class VoteTotal:
    """One note's dots in a dot vote."""

    idea_id: str
    text: str
    cluster_name: str
    colour: str
    dots: int


@dataclass(frozen=True)
class VoteTotals:
    """A dot vote's results, most dots first."""

    activity_id: str
    voters: int
    totals: tuple[VoteTotal, ...]


# -- results --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Count:
    """How many chose one answer (or gave one value)."""

    code: str
    label: str
    count: int


@dataclass(frozen=True)
class ResultsData:
    """One question's live results for the projector: counts, and for numbers the mean and median.

    Text, dates and times give only how many answered: what people typed may name someone.
    """

    question: str
    label: str
    type: str
    respondents: int
    counts: tuple[Count, ...] = ()
    mean: float | None = None
    median: float | None = None

    def share(self, count: Count) -> float:
        """A count as a share of the respondents (select_multiple shares add up to more than 1)."""
        return count.count / self.respondents if self.respondents else 0.0


@dataclass(frozen=True)
class FeedbackSummary:
    """A feedback round: ratings 1–5 and, for the facilitator (never the projector), the comments."""

    activity_id: str
    respondents: int
    counts: tuple[int, int, int, int, int]
    average: float | None
    comments: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        """Whether enough people answered to show anything."""
        return self.respondents >= MIN_RESPONDENTS
