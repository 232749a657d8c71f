"""The Results section as Rui uses it: the demo's survey, filters, two age groups side by side, a chart saved."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from workshop_app.core.demo import fill_demo
from workshop_app.core.results_rules import ProfileGroup
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.results_cards import QuestionCard
from workshop_app.ui.results_filters import SEVERAL
from workshop_app.ui.results_group_dialog import GroupDialog
from workshop_app.ui.results_page import CARDS, EMPTY, NO_DATABASE_PAGE, ResultsPage

from .conftest import started_window

SHOTS = Path(__file__).resolve().parents[2] / "shots"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with enough people for both age groups to show (made once per module, then copied)."""
    path = tmp_path_factory.mktemp("results-demo") / "demo.sqlite"
    with Database.open(path, create=True, laptop_id="laptop-demo") as db:
        fill_demo(db, participants=300, seed=1)
    return path


def open_results(qtbot: Any, db_path: Path) -> tuple[MainWindow, ResultsPage]:
    window = started_window(qtbot, db_path)
    return window, show_results(window)


@pytest.fixture
def demo_window(qtbot: Any, demo_file: Path, db_path: Path) -> Iterator[tuple[MainWindow, ResultsPage]]:
    shutil.copyfile(demo_file, db_path)
    window, page = open_results(qtbot, db_path)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window, page
    window.close()
    window.deleteLater()


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from ``widget``."""
    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus) or not following.isVisible():
        following = following.nextInFocusChain()
    return following


def pick(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_the_demo_survey_shows_a_card_per_question(demo_window: tuple[MainWindow, ResultsPage]) -> None:
    _, page = demo_window
    assert page.model.rowCount() == 1 and page.current_form_id() == "ulg_feedback"
    assert page.results is not None and page.body.currentIndex() == CARDS
    assert len(page.cards) == len(page.results.questions) == 11
    titles = [card.title.text() for card in page.cards]
    assert titles[0] == "How useful was today's workshop for you?"
    assert "What stops you from taking a digital course?" in titles
    assert f"{page.results.responses} responses" in page.summary.text()
    barriers = next(card for card in page.cards if card.result and card.result.name == "barriers")
    assert barriers.has_chart() and "No time" in barriers.canvas.accessibleDescription()
    words = next(card for card in page.cards if card.result and card.result.name == "suggestion")
    assert "words used by at least 5 people" in words.subtitle.text()


def test_filters_change_what_is_shown(demo_window: tuple[MainWindow, ResultsPage], qtbot: Any) -> None:
    _, page = demo_window
    everyone = page.results.responses
    page.filters.workshop_combo.setCurrentIndex(1)
    assert page.results.filter.workshop_id == page.filters.workshop_combo.currentData()
    in_one = page.results.responses
    assert 0 < in_one < everyone
    assert page.filters.workshop_combo.currentText().split(" — ")[0] in page.summary.text()
    pick(page.filters.group_combo, "Gender: Woman")
    assert page.results.filter.group == ProfileGroup("gender", ("woman",), "Gender: Woman")
    assert page.results.responses < in_one
    page.filters.completed_check.setChecked(True)
    assert page.results.filter.completed_only
    page.filters.clear_button.click()
    assert page.results.responses == everyone and page.filters.group_combo.currentText() == "Everyone"
    first, _ = page.service.date_span("ulg_feedback")
    page.filters.date_to.setDate(page.filters.date_to.minimumDate().addDays(1))  # the first day only
    assert page.results.filter.date_to == first and 0 < page.results.responses < everyone


def test_two_age_groups_side_by_side(demo_window: tuple[MainWindow, ResultsPage]) -> None:
    _, page = demo_window
    pick(page.filters.group_combo, "Age group: Under 30")
    pick(page.filters.compare_combo, "Age group: 60 or over")
    assert page.filters.comparing() and len(page.comparisons) == len(page.cards)
    assert all(card.comparison is not None for card in page.cards)
    barriers = next(card for card in page.cards if card.comparison.name == "barriers")
    assert barriers.comparison.a.shown and barriers.comparison.b.shown
    assert "Age group: Under 30" in barriers.subtitle.text() and "Age group: 60 or over" in barriers.subtitle.text()
    description = barriers.canvas.accessibleDescription()
    assert description.count("No time") == 2
    assert "side by side" in page.summary.text()
    pick(page.filters.compare_combo, "No comparison")
    assert page.comparisons == () and page.cards[0].result is not None


def test_saving_a_chart_writes_png_and_svg(demo_window: tuple[MainWindow, ResultsPage], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _, page = demo_window
    pick(page.filters.group_combo, "Age group: Under 30")
    pick(page.filters.compare_combo, "Age group: 60 or over")
    card = next(card for card in page.cards if card.comparison.name == "barriers")
    answers = iter([(str(tmp_path / "barriers"), "PNG pictures (*.png)"),
                    (str(tmp_path / "barriers.svg"), "PNG pictures (*.png)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: next(answers)))
    card.save_button.click()
    png = (tmp_path / "barriers.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    assert "barriers.png" in page.message.text()
    assert page.save_chart(card) == tmp_path / "barriers.svg"
    svg = (tmp_path / "barriers.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "What stops you" in svg and "n = " in svg and "Under 30" in svg
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temporary file is left behind"


def test_a_chart_is_not_saved_where_it_cannot_be(demo_window: tuple[MainWindow, ResultsPage], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _, page = demo_window
    target = tmp_path / "missing" / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert page.save_chart(page.cards[0]) is None
    assert "does not exist" in page.message.text() and not target.exists()


def test_several_answers_make_a_group(demo_window: tuple[MainWindow, ResultsPage],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _, page = demo_window

    def choose(dialog: GroupDialog) -> int:
        dialog.question_combo.setCurrentIndex(dialog.question_combo.findData("age_band"))
        dialog.set_checked(["45_59", "60_74"])
        return 1

    monkeypatch.setattr(GroupDialog, "exec", choose)
    combo = page.filters.group_combo
    combo.setCurrentIndex(combo.findData(SEVERAL))
    assert page.results.filter.group == ProfileGroup("age_band", ("45_59", "60_74"), "Age group: 45–59 / 60–74")
    assert combo.currentText() == "Age group: 45–59 / 60–74"
    assert page.filters.compare_combo.findText("Age group: 45–59 / 60–74") >= 0
    monkeypatch.setattr(GroupDialog, "exec", lambda dialog: 0)
    compare = page.filters.compare_combo
    compare.setCurrentIndex(compare.findData(SEVERAL))
    assert compare.currentText() == "No comparison", "cancelled: back to what was picked"


def show_results(window: MainWindow) -> ResultsPage:
    keys = [window.navigation.item(row).data(256) for row in range(window.navigation.count())]
    window.show_section(keys.index("results"))
    page = window.pages.currentWidget()
    assert isinstance(page, ResultsPage)
    return page


def test_empty_states_without_answers_or_database(main_window: MainWindow) -> None:
    page = show_results(main_window)
    assert page.body.currentIndex() == EMPTY and page.empty_title.text() == "No answers yet"
    assert page.filters.isHidden() and not page.list_hint.isHidden()
    page.set_database(None)
    assert page._pages.currentIndex() == NO_DATABASE_PAGE and page.cards == []


def test_empty_states_of_filters_and_small_groups(demo_window: tuple[MainWindow, ResultsPage]) -> None:
    _, page = demo_window
    pick(page.filters.group_combo, "Gender: Non-binary")
    assert page.body.currentIndex() == EMPTY and page.empty_title.text() == "Too few answers to show"
    page.filters.clear_button.click()
    page.filters.workshop_combo.setCurrentIndex(1)
    page.filters.date_from.setDate(page.filters.date_from.maximumDate())
    assert page.body.currentIndex() == EMPTY and page.empty_title.text() == "No answers match"
    page.filters.clear_button.click()
    assert page.body.currentIndex() == CARDS
    pick(page.filters.group_combo, "Age group: Under 18")
    small = next(card for card in page.cards if card.result.name == "course_place")
    assert small.result.withheld == "few"
    assert small.message.isVisibleTo(small) and "Fewer than 5 answers" in small.message.text()
    assert not small.has_chart() and small.save_button.isHidden()
    assert small.subtitle.text().startswith("<5 answered")


def test_new_answers_show_without_asking(demo_window: tuple[MainWindow, ResultsPage], qtbot: Any) -> None:
    window, page = demo_window
    before = page.results.responses
    responses = Services.of(window.db).responses
    survey_id = page.model.summary(0).latest_id
    response = responses.start(survey_id, language="en", mode="data_entry")
    responses.save_answer(response.id, "workshop_rating", "5")
    qtbot.waitUntil(lambda: page.results.responses == before + 1, timeout=3000)


def test_every_control_has_a_name_and_tab_reaches_the_filters(demo_window: tuple[MainWindow, ResultsPage]) -> None:
    _, page = demo_window
    controls: list[QWidget] = [page.list, *page.filters.focus_order()]
    controls += [card.save_button for card in page.cards if not card.save_button.isHidden()]
    assert all(control.accessibleName() for control in controls)
    assert next_tab_stop(page.list) is page.filters.workshop_combo
    assert next_tab_stop(page.filters.clear_button) is not page.list
    assert all(isinstance(card, QuestionCard) and card.accessibleName() for card in page.cards)


@pytest.mark.skipif(not os.environ.get("RESULTS_SHOTS"), reason="screenshots only when RESULTS_SHOTS is set")
def test_screenshots(demo_window: tuple[MainWindow, ResultsPage], qtbot: Any) -> None:
    window, page = demo_window
    SHOTS.mkdir(exist_ok=True)

    def shot(name: str, width: int, height: int) -> None:
        window.resize(width, height)
        qtbot.wait(300)
        window.grab().save(str(SHOTS / f"results_{name}.png"))

    shot("1280", 1280, 800)
    shot("1440", 1440, 900)
    pick(page.filters.group_combo, "Age group: Under 30")
    pick(page.filters.compare_combo, "Age group: 60 or over")
    shot("compare_top", 1280, 800)
    card = next(card for card in page.cards if card.comparison.name == "barriers")
    page.scroll.ensureWidgetVisible(card, 0, 0)
    shot("compare", 1280, 800)
    pick(page.filters.compare_combo, "No comparison")
    pick(page.filters.group_combo, "Gender: Non-binary")
    shot("empty_few", 1280, 800)


@pytest.mark.skipif(not os.environ.get("RESULTS_SHOTS"), reason="screenshots only when RESULTS_SHOTS is set")
def test_screenshot_without_answers(main_window: MainWindow, qtbot: Any) -> None:
    show_results(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.wait(300)
    SHOTS.mkdir(exist_ok=True)
    main_window.grab().save(str(SHOTS / "results_empty.png"))
