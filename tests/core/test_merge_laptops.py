"""Several laptops' demo databases (different seeds) merged in different orders: totals, idempotence, symmetry,
conflicts, renumbered codes, surveys, erasures, one-workshop packages and failures that leave nothing behind."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.core.merge_support import content, dump, laptop, package_of, totals
from workshop_app.core import merge_tables
from workshop_app.core.demo import fill_demo
from workshop_app.core.erasure import erase_participant
from workshop_app.core.merge import merge, preview_merge
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.integrity import check_database
from workshop_app.db.models import Participant, Response, Survey, Tombstone, Workshop
from workshop_app.errors import UserError

PEOPLE = 40
SEEDS = {"A": 1, "B": 2, "C": 3}


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> dict[str, Path]:
    """Laptops A, B and C: demo databases with different seeds, made once, copied by every test."""
    folder = tmp_path_factory.mktemp("laptops")
    files = {}
    for name, seed in SEEDS.items():
        shutil.copyfile(migrated_template, folder / f"{name}.sqlite")
        with laptop(folder, name) as db:
            fill_demo(db, participants=PEOPLE, seed=seed)
        files[name] = folder / f"{name}.sqlite"
    return files


@pytest.fixture
def packages(tmp_path: Path, demo_files: dict[str, Path]) -> dict[str, Path]:
    """A package from each demo laptop."""
    found = {}
    for name, source in demo_files.items():
        with laptop(tmp_path, f"{name}-copy", source) as db:
            found[name] = package_of(db, tmp_path, name)
    return found


@pytest.fixture
def secretary(tmp_path: Path, migrated_template: Path) -> Iterator:
    """Rui's empty database at the town hall."""
    with laptop(tmp_path, "ulg", migrated_template) as db:
        yield db


def _assert_sound(db) -> None:
    report = check_database(db)
    assert report.ok, report.problems


def test_merging_in_any_order_gives_the_same_totals(tmp_path, migrated_template, packages, demo_files) -> None:
    results = []
    for order in (("A", "B", "C"), ("C", "A", "B"), ("B", "C", "A")):
        with laptop(tmp_path, "-".join(order), migrated_template) as db:
            for name in order:  # one merge per package, as Rui would do them on different days
                merge(db, [packages[name]])
                _assert_sound(db)
            results.append((totals(db), check_database(db).counts))
    assert results[0] == results[1] == results[2]
    counts = results[0][1]
    singles = []
    for source in demo_files.values():
        with laptop(tmp_path, f"single-{source.stem}", source) as db:
            singles.append(check_database(db).counts)
    for kind in ("workshops", "participants", "consents", "responses", "answers", "ideas", "votes", "stakeholders"):
        assert counts[kind] == sum(single[kind] for single in singles), kind
    assert counts["surveys"] == 1  # the same demo survey on three laptops is one survey
    assert results[0][0]["profile_questions"] == 7


def test_merging_again_changes_nothing_and_reports_nothing(secretary, packages) -> None:
    first = merge(secretary, list(packages.values()))
    assert first.changes_anything and first.renumbered
    before = dump(secretary)
    again = merge(secretary, list(packages.values()))
    assert dict(again.added) == dict(again.updated) == dict(again.deleted) == {}
    assert again.conflicts == () and again.renumbered == ()
    assert not again.changes_anything
    assert again.sentences()[0].startswith("Nothing new")
    assert dump(secretary) == before
    _assert_sound(secretary)


def test_a_into_b_gives_the_same_data_as_b_into_a(tmp_path, demo_files, packages) -> None:
    with laptop(tmp_path, "b-gets-a", demo_files["B"]) as b, laptop(tmp_path, "a-gets-b", demo_files["A"]) as a:
        into_b = merge(b, [packages["A"]])
        into_a = merge(a, [packages["B"]])
        _assert_sound(a)
        _assert_sound(b)
        assert content(a) == content(b)
        assert totals(a) == totals(b)
        assert sorted((r.old, r.new) for r in into_a.renumbered) == sorted((r.old, r.new) for r in into_b.renumbered)


def test_clashing_codes_are_renumbered_deterministically(secretary, packages) -> None:
    report = merge(secretary, [packages["A"], packages["B"]])
    with secretary.session() as session:
        codes = session.scalars(select(Participant.code)).all()
    assert len(codes) == len({c.lower() for c in codes}) == 2 * PEOPLE
    assert len(report.renumbered) == PEOPLE  # both laptops handed out P-0001 … P-0040
    assert sorted(r.new for r in report.renumbered) == [f"P-{n:04d}" for n in range(PEOPLE + 1, 2 * PEOPLE + 1)]
    assert all(r.kind == "participant" for r in report.renumbered)
    assert any("already taken" in line for line in report.sentences())


@pytest.mark.reliability
def test_an_erasure_on_one_laptop_is_not_undone_by_an_older_package(tmp_path, demo_files) -> None:
    with laptop(tmp_path, "A", demo_files["A"]) as a, laptop(tmp_path, "B", demo_files["B"]) as b:
        merge(b, [package_of(a, tmp_path, "a-monday")])  # B now knows A's participants
        old_b = package_of(b, tmp_path, "b-monday")
        with a.session() as session:
            victim, code = session.execute(select(Participant.id, Participant.code).where(
                Participant.personal_data.has()).limit(1)).one()
        # B changes the participant after A erased them: the erasure still wins.
        erase_participant(a, victim, by="Ana")
        with b.transaction() as session:
            session.get(Participant, victim).notes = "Changed on B later"
        newer_b = package_of(b, tmp_path, "b-tuesday")
        for package in (old_b, newer_b):
            report = merge(a, [package])
            with a.session() as session:
                assert session.get(Participant, victim) is None
            assert report.skipped.get("participants", 0) >= 1
            _assert_sound(a)
        report = merge(b, [package_of(a, tmp_path, "a-tuesday")])
        assert report.deleted["participants"] == 1
        with b.session() as session:
            assert session.get(Participant, victim) is None
            assert session.scalar(select(func.count()).select_from(Response)
                                  .where(Response.participant_id == victim)) == 0
            assert session.scalar(select(Tombstone.id).where(Tombstone.row_id == victim)) is not None
        _assert_sound(b)
        assert code not in {r.new for r in report.renumbered}


def test_a_title_changed_on_two_laptops_keeps_the_newer_and_lists_both(tmp_path, demo_files) -> None:
    with laptop(tmp_path, "A", demo_files["A"]) as a, laptop(tmp_path, "B", demo_files["B"]) as b:
        merge(b, [package_of(a, tmp_path, "a1")])
        with a.session() as session:
            workshop_id = session.scalars(select(Workshop.id).order_by(Workshop.starts_at)).first()
        WorkshopService(a).update(workshop_id, title="Digital skills — Tuesday (Ana)")
        anas = package_of(a, tmp_path, "a2")
        WorkshopService(b).update(workshop_id, title="Digital skills — Tuesday, parish hall")  # later: wins
        report = merge(a, [package_of(b, tmp_path, "b1")])
        title_conflicts = [c for c in report.conflicts if c.table == "workshops" and c.column == "title"]
        assert len(title_conflicts) == 1
        conflict = title_conflicts[0]
        assert conflict.kept == "“Digital skills — Tuesday, parish hall”"
        assert conflict.dropped == "“Digital skills — Tuesday (Ana)”"
        assert conflict.kept_laptop == "laptop-B" and conflict.dropped_laptop == "laptop-A"
        assert conflict.description.startswith("workshop “Digital skills")
        assert WorkshopService(a).get(workshop_id).title == "Digital skills — Tuesday, parish hall"
        assert report.updated["workshops"] == 1
        assert any(line.startswith("Conflict in workshop") for line in report.sentences())
        assert report.as_dict()["conflicts"][0]["field"] == "title"
        again = merge(a, [package_of(b, tmp_path, "b2")])
        assert again.conflicts == () and not again.changes_anything
        # The other way round, with Ana's package made before she merged: her older title is dropped, listed once.
        back = merge(b, [anas])
        assert [(c.column, c.dropped) for c in back.conflicts if c.table == "workshops"] == [
            ("title", "“Digital skills — Tuesday (Ana)”")]
        assert WorkshopService(b).get(workshop_id).title == "Digital skills — Tuesday, parish hall"
        assert merge(b, [anas]).conflicts == ()
        assert merge(b, [package_of(a, tmp_path, "a3")]).conflicts == ()


def test_the_same_laptops_newer_version_is_an_update_not_a_conflict(tmp_path, demo_files) -> None:
    with laptop(tmp_path, "A", demo_files["A"]) as a, laptop(tmp_path, "B", demo_files["B"]) as b:
        merge(b, [package_of(a, tmp_path, "a1")])
        with a.session() as session:
            workshop_id = session.scalars(select(Workshop.id)).first()
        WorkshopService(a).update(workshop_id, place="Library, room 2")
        report = merge(b, [package_of(a, tmp_path, "a2")])
        assert report.conflicts == ()
        assert report.updated == {"workshops": 1}
        assert WorkshopService(b).get(workshop_id).place == "Library, room 2"


def test_one_workshop_package_holds_that_workshop_and_every_erasure(tmp_path, demo_files, secretary) -> None:
    with laptop(tmp_path, "A", demo_files["A"]) as a:
        with a.session() as session:
            workshop_id, title = session.execute(select(Workshop.id, Workshop.title)
                                                 .where(Workshop.status == "done").limit(1)).one()
            other = session.scalars(select(Participant.id).where(~Participant.attendances.any(
                workshop_id=workshop_id))).first()
        erase_participant(a, other, by="Ana")  # someone from another workshop: the erasure still travels
        package = package_of(a, tmp_path, "one", workshop_id=workshop_id)
        with a.session() as session:
            expected_responses = session.scalar(select(func.count()).select_from(Response)
                                                .where(Response.workshop_id == workshop_id))
            attendees = session.scalar(select(func.count()).select_from(Participant)
                                       .where(Participant.attendances.any(workshop_id=workshop_id)))
            graves = session.scalar(select(func.count()).select_from(Tombstone))
    report = merge(secretary, [package])
    assert report.packages[0].scope == title
    with secretary.session() as session:
        assert session.scalars(select(Workshop.title)).all() == [title]
        assert session.scalar(select(func.count()).select_from(Response)) == expected_responses
        assert session.scalar(select(func.count()).select_from(Participant)) >= attendees
        assert session.scalar(select(func.count()).select_from(Tombstone)) == graves
        assert session.scalar(select(func.count()).select_from(Survey)) == 1
    _assert_sound(secretary)


def test_a_preview_writes_nothing_and_foretells_the_merge(secretary, packages) -> None:
    before = dump(secretary)
    preview = preview_merge(secretary, list(packages.values()))
    assert dump(secretary) == before
    assert not preview.written and preview.sentences()[0].startswith("Will add")
    done = merge(secretary, list(packages.values()))
    assert done.written
    assert dict(preview.added) == dict(done.added)
    assert [(r.old, r.new) for r in preview.renumbered] == [(r.old, r.new) for r in done.renumbered]


@pytest.mark.reliability
def test_an_error_in_the_middle_leaves_the_database_as_it_was(secretary, packages, monkeypatch) -> None:
    merge(secretary, [packages["A"]])
    before = dump(secretary)
    real, calls = merge_tables.merge_table, []

    def failing(ctx, pkg, table):
        calls.append(table.name)
        if table.name == "answers":
            raise RuntimeError("disk unplugged")
        real(ctx, pkg, table)

    monkeypatch.setattr("workshop_app.core.merge.merge_table", failing)
    with pytest.raises(RuntimeError):
        merge(secretary, [packages["B"], packages["C"]])
    assert "responses" in calls  # rows had been written before the failure
    assert dump(secretary) == before
    _assert_sound(secretary)


@pytest.mark.reliability
def test_a_cancelled_merge_writes_nothing(secretary, packages) -> None:
    before = dump(secretary)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 20

    with pytest.raises(UserError, match="cancelled"):
        merge(secretary, list(packages.values()), cancelled=cancelled)
    assert dump(secretary) == before


def test_progress_is_reported_up_to_the_end(secretary, packages) -> None:
    seen: list[tuple[int, int, str]] = []
    merge(secretary, [packages["A"]], progress=lambda done, total, text: seen.append((done, total, text)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] - 1
    assert any("answers" in text for _, _, text in seen)
