"""Dot voting: each voter spends the activity's dots (``options["dots"]``) on notes, in the kiosk or tallied.

Which notes: a dot vote votes on its own notes when the facilitator typed some into it; otherwise on the notes
of the brainstorm named by ``options["ideas_from"]``, else of the nearest brainstorm before it on the agenda.
(Votes belong to notes, so two dot votes on the same brainstorm share their dots.)

Who: a participant votes under their id (consent checked); an anonymous kiosk voter under a random token from
``new_voter_token()`` (one per person at the kiosk), so their limit holds without knowing who they are; dots
the facilitator counts in the room are stored under ``TALLY`` and have no limit.

One ``Vote`` row per (note, voter) holds that voter's dots on it. A cast writes first and checks the limit
after, in the same transaction, so two casts at the same moment cannot both pass the limit.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from workshop_app.core.activity_rules import (
    MAX_TALLY,
    TALLY,
    Ballot,
    IdeaData,
    VoteTotal,
    VoteTotals,
    validate_voter_token,
)
from workshop_app.core.brainstorm import idea_data
from workshop_app.core.consent import ensure_can_respond
from workshop_app.core.events import Event
from workshop_app.core.row_writes import write_tombstones
from workshop_app.db.base import new_id, utcnow
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Activity, Idea, IdeaCluster, Vote
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext

errors = TranslationContext("errors")


DEFAULT_DOTS = 3
_VOTES = Vote.__table__


class VotingService:
    """Casts, takes back and tallies dots; ``changed`` carries the dot vote's activity id after each change."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changed = Event()

    def dots_per_voter(self, activity_id: str) -> int:
        """How many dots each voter gets in this dot vote."""
        with self.db.session() as session:
            return _dots(load_dot_vote(session, activity_id))

    def source_activity(self, activity_id: str) -> str:
        """The activity whose notes this dot vote is about."""
        with self.db.session() as session:
            return notes_source(session, load_dot_vote(session, activity_id))

    def ideas(self, activity_id: str) -> list[IdeaData]:
        """The notes to vote on, in board order."""
        with self.db.session() as session:
            source = notes_source(session, load_dot_vote(session, activity_id))
            rows = session.scalars(select(Idea).where(Idea.activity_id == source)
                                   .order_by(Idea.cluster_id.is_(None), Idea.position, Idea.created_at))
            return [idea_data(row) for row in rows]

    def cast(self, activity_id: str, idea_id: str, *, participant_id: str | None = None,
             voter: str | None = None) -> Ballot:
        """Put one of the voter's dots on a note; refused with a sentence when their dots are used up."""
        who = _who(participant_id, voter)
        now = utcnow()
        with self.db.transaction() as session:
            conn = session.connection()
            # The write comes first: it takes SQLite's write lock, so the count below sees every other cast.
            found = conn.execute(update(_VOTES).where(_VOTES.c.idea_id == idea_id, who)
                                 .values(dots=_VOTES.c.dots + 1, updated_at=now, laptop_id=self.db.laptop_id))
            activity = load_dot_vote(session, activity_id)
            source = notes_source(session, activity)
            _check_idea(session, idea_id, source)
            ensure_can_respond(session, participant_id)
            if found.rowcount == 0:
                conn.execute(insert(_VOTES).values(id=new_id(), idea_id=idea_id, participant_id=participant_id,
                                                   voter=voter or "", dots=1, created_at=now, updated_at=now,
                                                   laptop_id=self.db.laptop_id))
            ballot = _ballot(session, source, who, _dots(activity))
            if ballot.used > ballot.dots:
                raise UserError(errors.tr("All {n} dots are placed. Take one back to move it.", "", ballot.dots))
        self.changed.emit(activity_id)
        return ballot

    def uncast(self, activity_id: str, idea_id: str, *, participant_id: str | None = None,
               voter: str | None = None) -> Ballot:
        """Take one of the voter's dots back from a note."""
        who = _who(participant_id, voter)
        now = utcnow()
        with self.db.transaction() as session:
            conn = session.connection()
            found = conn.execute(update(_VOTES).where(_VOTES.c.idea_id == idea_id, _VOTES.c.dots > 1, who)
                                 .values(dots=_VOTES.c.dots - 1, updated_at=now, laptop_id=self.db.laptop_id))
            if found.rowcount == 0:
                removed = conn.execute(delete(_VOTES).where(_VOTES.c.idea_id == idea_id, who)
                                       .returning(_VOTES.c.id)).scalars().all()
                if not removed:
                    raise UserError(QT_TRANSLATE_NOOP("errors", "There is no dot of yours on that note."))
                write_tombstones(conn, _VOTES.name, removed, laptop_id=self.db.laptop_id, now=now)
            activity = load_dot_vote(session, activity_id)
            ballot = _ballot(session, notes_source(session, activity), who, _dots(activity))
        self.changed.emit(activity_id)
        return ballot

    def ballot(self, activity_id: str, *, participant_id: str | None = None, voter: str | None = None) -> Ballot:
        """Where one voter's dots are."""
        who = _who(participant_id, voter)
        with self.db.session() as session:
            activity = load_dot_vote(session, activity_id)
            return _ballot(session, notes_source(session, activity), who, _dots(activity))

    def set_tally(self, activity_id: str, idea_id: str, dots: int) -> int:
        """Record the dots the facilitator counted on a note in the room (0 clears); returns the previous count."""
        if isinstance(dots, bool) or not isinstance(dots, int) or not 0 <= dots <= MAX_TALLY:
            raise UserError(QT_TRANSLATE_NOOP("errors", "A count of dots is a whole number from 0 to {maximum:,}."),
                            maximum=MAX_TALLY)
        who = _who(None, TALLY, tally=True)
        now = utcnow()
        with self.db.transaction() as session:
            conn = session.connection()
            row = conn.execute(select(_VOTES.c.id, _VOTES.c.dots).where(_VOTES.c.idea_id == idea_id, who)).first()
            _check_idea(session, idea_id, notes_source(session, load_dot_vote(session, activity_id)))
            if row is not None and dots:
                conn.execute(update(_VOTES).where(_VOTES.c.id == row.id)
                             .values(dots=dots, updated_at=now, laptop_id=self.db.laptop_id))
            elif row is not None:
                conn.execute(delete(_VOTES).where(_VOTES.c.id == row.id))
                write_tombstones(conn, _VOTES.name, [row.id], laptop_id=self.db.laptop_id, now=now)
            elif dots:
                conn.execute(insert(_VOTES).values(id=new_id(), idea_id=idea_id, participant_id=None, voter=TALLY,
                                                   dots=dots, created_at=now, updated_at=now,
                                                   laptop_id=self.db.laptop_id))
        self.changed.emit(activity_id)
        return row.dots if row is not None else 0

    def tallies(self, activity_id: str) -> dict[str, int]:
        """The dots the facilitator counted in the room, by note (notes without a count are left out)."""
        who = _who(None, TALLY, tally=True)
        with self.db.session() as session:
            source = notes_source(session, load_dot_vote(session, activity_id))
            rows = session.execute(select(_VOTES.c.idea_id, _VOTES.c.dots)
                                   .join(Idea.__table__, Idea.id == _VOTES.c.idea_id)
                                   .where(Idea.activity_id == source, who))
            return {idea_id: dots for idea_id, dots in rows}

    def totals(self, activity_id: str) -> VoteTotals:
        """Every note's dots, most first (notes without dots too), and how many voters took part."""
        with self.db.session() as session:
            return vote_totals(session, activity_id)


def vote_totals(session: Session, activity_id: str) -> VoteTotals:
    """The dot vote's totals read in ``session`` (also what the projector shows, once enough people voted)."""
    source = notes_source(session, load_dot_vote(session, activity_id))
    dots = (select(Vote.idea_id, func.sum(Vote.dots).label("dots")).join(Idea, Idea.id == Vote.idea_id)
            .where(Idea.activity_id == source).group_by(Vote.idea_id).subquery())
    rows = session.execute(
        select(Idea.id, Idea.text, Idea.colour, IdeaCluster.name, dots.c.dots, Idea.position)
        .outerjoin(IdeaCluster, IdeaCluster.id == Idea.cluster_id)
        .outerjoin(dots, dots.c.idea_id == Idea.id)
        .where(Idea.activity_id == source).order_by(Idea.position, Idea.created_at, Idea.id))
    totals = sorted((VoteTotal(i, text, name or "", colour or "", int(n or 0)) for i, text, colour, name, n, _ in rows),
                    key=lambda t: -t.dots)
    return VoteTotals(activity_id, voter_count(session, source), tuple(totals))


def voter_count(session: Session, source_activity_id: str) -> int:
    """People who placed dots on the notes of ``source_activity_id`` (participants and anonymous kiosk voters)."""
    voters = session.execute(select(Vote.participant_id, Vote.voter).join(Idea, Idea.id == Vote.idea_id)
                             .where(Idea.activity_id == source_activity_id, Vote.voter != TALLY).distinct())
    return len({participant or voter for participant, voter in voters if participant or voter})


def has_tally(session: Session, source_activity_id: str) -> bool:
    """Whether the facilitator entered counted dots for these notes."""
    return session.scalar(select(func.count()).select_from(Vote).join(Idea, Idea.id == Vote.idea_id)
                          .where(Idea.activity_id == source_activity_id, Vote.voter == TALLY)) > 0


def _who(participant_id: str | None, voter: str | None, *, tally: bool = False) -> ColumnElement[bool]:
    if (participant_id is None) == (voter is None):
        raise UserError(QT_TRANSLATE_NOOP("errors", "Say who votes: a participant, or an anonymous kiosk voter's "
                                                    "token."))
    if participant_id is not None:
        return and_(_VOTES.c.participant_id == participant_id, _VOTES.c.voter == "")
    token = TALLY if tally else validate_voter_token(voter or "")
    return and_(_VOTES.c.participant_id.is_(None), _VOTES.c.voter == token)


def _ballot(session: Session, source: str, who: ColumnElement[bool], dots: int) -> Ballot:
    rows = session.execute(select(_VOTES.c.idea_id, _VOTES.c.dots).join(Idea.__table__, Idea.id == _VOTES.c.idea_id)
                           .where(Idea.activity_id == source, who))
    return Ballot(dots, {idea_id: n for idea_id, n in rows})


def load_dot_vote(session: Session, activity_id: str) -> Activity:
    """The dot vote activity with this id; ``UserError`` if it is gone or is not a dot vote."""
    activity = get_existing(session, Activity, activity_id, "activity")
    if activity.kind != "dot_vote":
        raise UserError(QT_TRANSLATE_NOOP("errors", "Dots are placed in a dot vote."))
    return activity


def _dots(activity: Activity) -> int:
    dots = (activity.options or {}).get("dots", DEFAULT_DOTS)
    return dots if isinstance(dots, int) and not isinstance(dots, bool) and dots > 0 else DEFAULT_DOTS


def notes_source(session: Session, activity: Activity) -> str:
    """The id of the activity whose notes a dot vote is about (see the module's notes)."""
    named = (activity.options or {}).get("ideas_from")
    if isinstance(named, str) and named:
        other = session.get(Activity, named)
        if other is None or other.workshop_id != activity.workshop_id:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The brainstorm this dot vote is about no longer exists."))
        return other.id
    if session.scalar(select(func.count()).where(Idea.activity_id == activity.id)):
        return activity.id
    earlier = session.scalars(select(Activity).where(
        Activity.workshop_id == activity.workshop_id, Activity.kind == "brainstorm",
        Activity.position < activity.position).order_by(Activity.position.desc()).limit(1)).first()
    return earlier.id if earlier is not None else activity.id


def _check_idea(session: Session, idea_id: str, source: str) -> None:
    activity = session.scalar(select(Idea.activity_id).where(Idea.id == idea_id))
    if activity is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That sticky note no longer exists."))
    if activity != source:
        raise UserError(QT_TRANSLATE_NOOP("errors", "That sticky note is not part of this dot vote."))
