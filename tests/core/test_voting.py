"""Dot voting: a limit of dots per voter, participants and anonymous kiosk voters, tallies, totals."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from tests.core.responses_support import add_person, add_workshop
from workshop_app.core.activity_rules import new_voter_token
from workshop_app.core.brainstorm import BrainstormService
from workshop_app.core.voting import VotingService
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database
from workshop_app.db.models import Vote
from workshop_app.errors import UserError


@pytest.fixture
def vote(db: Database) -> tuple[VotingService, str, list[str]]:
    """A brainstorm with three notes followed by a dot vote with 3 dots each."""
    _, (brainstorm, dot_vote) = add_workshop(db, "brainstorm", "dot_vote")
    board = BrainstormService(db)
    ideas = [board.add_idea(brainstorm, text).id for text in ("Bus pass", "Childcare", "Laptops")]
    return VotingService(db), dot_vote, ideas


def test_each_voter_spends_their_dots_and_no_more(db: Database, vote: tuple[VotingService, str, list[str]]) -> None:
    service, activity, ideas = vote
    person, _ = add_person(db)
    assert service.dots_per_voter(activity) == 3
    assert [i.text for i in service.ideas(activity)] == ["Bus pass", "Childcare", "Laptops"]
    service.cast(activity, ideas[0], participant_id=person)
    service.cast(activity, ideas[0], participant_id=person)
    ballot = service.cast(activity, ideas[2], participant_id=person)
    assert (ballot.used, ballot.left, ballot.by_idea) == (3, 0, {ideas[0]: 2, ideas[2]: 1})
    with pytest.raises(UserError, match="All 3 dots are placed"):
        service.cast(activity, ideas[1], participant_id=person)
    ballot = service.uncast(activity, ideas[0], participant_id=person)
    assert ballot.by_idea == {ideas[0]: 1, ideas[2]: 1}
    service.uncast(activity, ideas[2], participant_id=person)
    with pytest.raises(UserError, match="no dot of yours"):
        service.uncast(activity, ideas[2], participant_id=person)
    service.cast(activity, ideas[1], participant_id=person)
    assert service.ballot(activity, participant_id=person).by_idea == {ideas[0]: 1, ideas[1]: 1}


def test_anonymous_kiosk_voters_each_have_their_own_dots(vote: tuple[VotingService, str, list[str]]) -> None:
    service, activity, ideas = vote
    first, second = new_voter_token(), new_voter_token()
    for _ in range(3):
        service.cast(activity, ideas[1], voter=first)
    with pytest.raises(UserError):
        service.cast(activity, ideas[1], voter=first)
    assert service.cast(activity, ideas[1], voter=second).left == 2
    totals = service.totals(activity)
    assert totals.voters == 2
    assert [(t.text, t.dots) for t in totals.totals] == [("Childcare", 4), ("Bus pass", 0), ("Laptops", 0)]
    for bad in ({}, {"participant_id": "p", "voter": first}, {"voter": "tally"}, {"voter": ""}):
        with pytest.raises(UserError):
            service.cast(activity, ideas[0], **bad)


def test_the_facilitator_tallies_dots_counted_in_the_room(vote: tuple[VotingService, str, list[str]]) -> None:
    service, activity, ideas = vote
    assert service.set_tally(activity, ideas[2], 7) == 0
    assert service.set_tally(activity, ideas[2], 9) == 7
    service.cast(activity, ideas[2], voter=new_voter_token())
    assert service.totals(activity).totals[0].dots == 10
    assert service.set_tally(activity, ideas[2], 0) == 9
    for bad in (-1, 10_000, 2.5, True):
        with pytest.raises(UserError, match="whole number"):
            service.set_tally(activity, ideas[2], bad)  # type: ignore[arg-type]


def test_casts_at_the_same_moment_cannot_pass_the_limit(db: Database,
                                                        vote: tuple[VotingService, str, list[str]]) -> None:
    _, activity, ideas = vote
    token = new_voter_token()
    services = [VotingService(db) for _ in range(6)]
    barrier = threading.Barrier(6)
    refused: list[str] = []

    def press(service: VotingService, idea: str) -> None:
        barrier.wait()
        try:
            service.cast(activity, idea, voter=token)
        except UserError as error:
            refused.append(str(error))

    threads = [threading.Thread(target=press, args=(s, ideas[i % 3])) for i, s in enumerate(services)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with db.session() as session:
        assert session.scalar(select(func.sum(Vote.dots)).where(Vote.voter == token)) == 3
    assert len(refused) == 3 and all("dots are placed" in r for r in refused)


def test_which_notes_a_dot_vote_is_about(db: Database) -> None:
    workshops = WorkshopService(db)
    _, (first, second, dot_vote) = add_workshop(db, "brainstorm", "brainstorm", "dot_vote")
    board = BrainstormService(db)
    board.add_idea(first, "Early idea")
    late = board.add_idea(second, "Late idea")
    service = VotingService(db)
    assert service.source_activity(dot_vote) == second  # the nearest brainstorm before it
    workshops.update_activity(dot_vote, options={"dots": 5, "ideas_from": first})
    assert service.source_activity(dot_vote) == first and service.dots_per_voter(dot_vote) == 5
    with pytest.raises(UserError, match="not part of this dot vote"):
        service.cast(dot_vote, late.id, voter=new_voter_token())
    _, (own,) = add_workshop(db, "dot_vote")
    option = board.add_idea(own, "Option typed into the vote")
    assert service.source_activity(own) == own
    assert service.cast(own, option.id, voter=new_voter_token()).used == 1
    with pytest.raises(UserError, match="Dots are placed in a dot vote"):
        service.cast(first, late.id, voter=new_voter_token())
