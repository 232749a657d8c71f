"""The "Who took part" tab: missing voices in plain words, small counts as "<5", targets set and undone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from workshop_app.core.diversity_targets import TargetService
from workshop_app.core.suppression import SMALL
from workshop_app.db.database import Database
from workshop_app.ui.diversity_targets_dialog import TargetsDialog
from workshop_app.ui.participants_page import DIVERSITY_TAB, ParticipantsPage

from .participants_support import demo_database, make_page, stack_of


@pytest.fixture
def demo(tmp_path: Path) -> Any:
    database = demo_database(tmp_path / "demo.sqlite")
    TargetService(database).set_target("age_band", ["60_74", "75_plus"], 0.15, labels={"en": "People over 60"})
    yield database
    database.close()


@pytest.fixture
def page(qtbot: Any, demo: Database) -> ParticipantsPage:
    page = make_page(qtbot, demo, show=True)
    page.tabs.setCurrentIndex(DIVERSITY_TAB)
    return page


def annotations(page: ParticipantsPage, question: str) -> list[str]:
    [chart] = [c for c in page.diversity.charts if c.question is not None and c.question.name == question]
    return [text.get_text() for text in chart.canvas.figure.axes[0].texts]


def test_missing_voices_and_small_counts_on_the_demo(page: ParticipantsPage) -> None:
    view = page.diversity
    assert view.picture is not None and view.workshop_id() is None, "all workshops at first"
    assert view.voices.property("missing") is True
    missing = view.missing_label.text()
    assert "People over 60" in missing and "below the 15 % target" in missing
    assert len(view.charts) == len(view.picture.questions) == 7
    ages = annotations(page, "age_band")
    assert ages.count(SMALL) >= 3, "over-60s and under-18s are fewer than 5 each"
    for text in ages:
        number = re.match(r"^(\d+)", text)
        assert number is None or int(number.group(1)) == 0 or int(number.group(1)) >= 5, f"{text} singles out"
    age_chart = next(c for c in view.charts if c.question and c.question.name == "age_band")
    assert "<5" in age_chart.canvas.accessibleDescription()


def test_one_workshop_counts_only_who_checked_in(page: ParticipantsPage) -> None:
    view, service = page.diversity, page.services.participants
    view.workshop_combo.setCurrentIndex(1)
    workshop = view.workshop_id()
    assert workshop is not None and view.picture is not None and view.picture.workshop_id == workshop
    assert view.picture.people == len(service.attendance(workshop))


def test_registering_someone_redraws_the_picture(page: ParticipantsPage) -> None:
    before = page.diversity.picture.people if page.diversity.picture else 0
    page.services.participants.register(consents=["take_part"], recorded_by="Ana")
    assert page.diversity.picture is not None and page.diversity.picture.people == before + 1


def test_no_targets_says_how_to_set_them(qtbot: Any, tmp_path: Path) -> None:
    db = demo_database(tmp_path / "plain.sqlite")
    try:
        page = make_page(qtbot, db, show=True)
        page.tabs.setCurrentIndex(DIVERSITY_TAB)
        assert page.diversity.missing_label.text().startswith("No targets are set yet.")
    finally:
        db.close()


def test_a_target_set_in_the_dialog_shows_and_undoes(page: ParticipantsPage, qtmodeltester: Any) -> None:
    ctx = page.diversity._context()
    assert ctx is not None
    dialog = TargetsDialog(stack_of(page), ctx, "en", page)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == "People over 60"
    dialog.question_combo.setCurrentIndex(dialog.question_combo.findData("gender"))
    dialog.check_choices(["woman"])
    dialog.share_spin.setValue(60)
    dialog.name_edit.setText("Women")
    dialog.set_button.click()
    assert dialog.model.rowCount() == 2
    dialog.reject()
    page.diversity.mark_dirty()
    assert "Women are 59 % of participants who answered, below the 60 % target." in page.diversity.missing_label.text()

    stack_of(page).undo()
    assert [t.question_name for t in page.services.targets.targets()] == ["age_band"]
    assert "Women" not in page.diversity.missing_label.text()


def test_a_target_without_answers_is_refused_in_the_dialog(page: ParticipantsPage) -> None:
    ctx = page.diversity._context()
    assert ctx is not None
    dialog = TargetsDialog(stack_of(page), ctx, "en", page)
    dialog.show()
    dialog.set_button.click()
    assert dialog.message.text() == "Choose at least one answer that makes up the group."
    assert stack_of(page).count() == 0
    assert dialog.choice_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.reject()
