"""The merge preview: per-kind counts, conflicts named in words (codes, never names), renumbered codes, notes;
Merge only when there is something to merge; the same dialog as the result. Screenshots go to shots/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.core.merge_support import laptop, package_of
from workshop_app.core.demo import fill_demo
from workshop_app.core.merge import merge, preview_merge
from workshop_app.core.merge_report import Conflict, MergeReport, PackageSummary, Renumbered
from workshop_app.core.participants import ParticipantService
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.models import Participant, Workshop
from workshop_app.ui.merge_preview_dialog import MergePreviewDialog, ReportTableModel

SHOTS = Path(__file__).resolve().parents[2] / "shots"


def _report(**changes: Any) -> MergeReport:
    values: dict[str, Any] = dict(
        packages=(PackageSummary("/media/usb/ana-2026-11-17.wspack", "laptop-ana", "Ana Costa",
                                 "2026-11-17T21:40:00+00:00", "everything"),),
        added={"participants": 14, "responses": 12, "answers": 130},
        updated={"workshops": 1},
        skipped={"participants": 1},
        conflicts=(Conflict("workshops", "w1", "workshop “Skills for the digital economy”", "title",
                            "“Skills — listening session”", "“Skills — Tuesday”", "laptop-ana",
                            "2026-11-17 20:00 UTC", "laptop-rui", "2026-11-16 09:12 UTC"),),
        renumbered=(Renumbered("participant", "p1", "P-0003", "P-0061", "laptop-ana"),),
        warnings=("ana-2026-11-17.wspack was made by an older version of Workshop App (0.1.0); its data was brought "
                  "up to date first.",),
        local_laptop="laptop-rui",
    )
    values.update(changes)
    return MergeReport(**values)


def test_the_preview_lists_what_will_change(qtbot: Any, qtmodeltester: Any) -> None:
    dialog = MergePreviewDialog(_report())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Merge packages"
    assert dialog.heading.text() == "Merging will add 156 rows and update 1. Conflicts: 1. Renumbered codes: 1."
    assert dialog.sources.text().startswith("ana-2026-11-17.wspack — from Ana Costa, packed ")
    assert "2026" in dialog.sources.text().split("packed ")[1], "the packing time, in the locale's format"
    assert dialog.sources.text().endswith(", everything")
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["What changes", "Conflicts (1)", "Renumbered (1)", "Notes (1)"]
    assert dialog.tabs.currentIndex() == 1, "conflicts first: they are what needs a look"
    kinds = dialog.kinds_view.model()
    rows = [[kinds.index(r, c).data() for c in range(kinds.columnCount())] for r in range(kinds.rowCount())]
    assert rows == [["Workshops", "", "1", "", ""], ["Participants", "14", "", "", "1"],
                    ["Survey responses", "12", "", "", ""], ["Answers", "130", "", "", ""]]
    conflicts = dialog.conflicts_view.model()
    assert [conflicts.index(0, c).data() for c in range(4)] == [
        "workshop “Skills for the digital economy”", "title",
        "“Skills — listening session”\nAna Costa, ana-2026-11-17.wspack, 2026-11-17 20:00 UTC",
        "“Skills — Tuesday”\nthis laptop, 2026-11-16 09:12 UTC"]
    renumbered = dialog.renumbered_view.model()
    assert [renumbered.index(0, c).data() for c in range(4)] == [
        "Participant code", "P-0003", "P-0061", "Ana Costa, ana-2026-11-17.wspack"]
    for view in (dialog.kinds_view, dialog.conflicts_view, dialog.renumbered_view):
        qtmodeltester.check(view.model())
    assert dialog.merge_button is not None and dialog.merge_button.isDefault()
    with qtbot.waitSignal(dialog.accepted):
        dialog.merge_button.click()


def test_nothing_new_offers_only_close_and_the_result_reads_as_done(qtbot: Any) -> None:
    empty = MergePreviewDialog(_report(added={}, updated={}, skipped={}, conflicts=(), renumbered=(), warnings=()))
    qtbot.addWidget(empty)
    assert empty.merge_button is None
    assert empty.heading.text() == "Nothing new: this database already holds everything in these packages."
    done = MergePreviewDialog(_report(written=True))
    qtbot.addWidget(done)
    assert done.windowTitle() == "Packages merged" and done.merge_button is None
    assert done.heading.text() == ("Merged: 156 new rows, 1 updated, 0 removed. Conflicts: 1. "
                                   "Renumbered codes: 1.")
    assert done.tabs.currentIndex() == 0


def test_the_table_model_is_plain_text() -> None:
    model = ReportTableModel(["Kind", "New"], [("Answers", "1,200")])
    assert model.rowCount() == 1 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "New"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@pytest.fixture
def real_report(tmp_path: Path, migrated_template: Path) -> MergeReport:
    """Rui's preview of three packages: one merged before, edits on two laptops, codes given out twice."""
    with laptop(tmp_path, "rui", migrated_template) as rui, laptop(tmp_path, "ana", migrated_template) as ana, \
            laptop(tmp_path, "joao", migrated_template) as joao:
        fill_demo(ana, participants=30, seed=1)
        fill_demo(joao, participants=30, seed=2)
        merge(rui, [package_of(ana, tmp_path, "ana-last-week", made_by="Ana Costa")])
        with rui.session() as session:
            workshop = session.scalars(select(Workshop.id).order_by(Workshop.starts_at)).first()
            people = session.scalars(select(Participant.id).order_by(Participant.code).limit(2)).all()
        WorkshopService(rui).update(workshop, title="Digital skills — listening session (parish hall)")
        ParticipantService(rui).update(people[0], notes="Needs large print")
        WorkshopService(ana).update(workshop, title="Skills for the digital economy — Tuesday evening",
                                    place="Parish hall of São Vicente")
        ParticipantService(ana).update(people[0], notes="Comes with her daughter")
        ParticipantService(ana).update(people[1], code="P-0101")
        packages = [package_of(ana, tmp_path, "ana-2026-11-17", made_by="Ana Costa"),
                    package_of(joao, tmp_path, "joao-2026-11-18", made_by="João Silva")]
        return preview_merge(rui, packages)


def test_a_real_preview_with_conflicts_and_renumbering(qtbot: Any, real_report: MergeReport) -> None:
    assert real_report.conflicts and real_report.renumbered
    assert not any("Ana Costa" in c.kept or "Ana Costa" in c.dropped for c in real_report.conflicts)
    from workshop_app.app import style_sheet

    dialog = MergePreviewDialog(real_report)
    dialog.setStyleSheet(style_sheet())  # as in the app, which sets it on the whole application
    qtbot.addWidget(dialog)
    dialog.resize(980, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "merge_preview_conflicts.png"))
    dialog.tabs.setCurrentIndex(0)
    dialog.grab().save(str(SHOTS / "merge_preview_summary.png"))
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save(str(SHOTS / "merge_preview_renumbered.png"))
    conflicts = dialog.conflicts_view.model()
    rows = {conflicts.index(r, 1).data() for r in range(conflicts.rowCount())}
    assert {"title", "notes"} <= rows
