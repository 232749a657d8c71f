"""Arabic (and other right-to-left) text in our matplotlib charts: joined letters, reading order, real glyphs.

matplotlib 3.11 lays right-to-left text out itself (libraqm); older versions draw characters one by one, and our
charts then shape and reorder the labels first (``charts.shown``). These tests draw every kind of chart we make
with Arabic labels, both ways (``native`` says which), check what is given to matplotlib and that no glyph is
missing, and that the projector mirrors for an Arabic workshop. ``RTL_SHOTS=1`` also saves screenshots to
``shots/rtl_*.png``.
"""

from __future__ import annotations

import io
import logging
import os
import warnings
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.run_support import answer, link_survey, make_workshop
from workshop_app.core.activity_rules import Count, FeedbackSummary, ResultsData, VoteTotal, VoteTotals
from workshop_app.core.diversity import ChoiceCount, QuestionPicture
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.results_rules import CategoryCount, Comparison, QuestionResult
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui import charts, diversity_chart, live_chart, results_chart, results_save
from workshop_app.ui.projector_window import CHART_PAGE, ProjectorWindow

SHOTS = Path(__file__).resolve().parents[2] / "shots"
BUS = "الحافلة الليلية"
WIFI = "إنترنت مجاني (واي فاي)"
QUESTION = "ما الذي يمنعك من حضور دورة رقمية؟"


def _drawn(figure: Any) -> list[str]:
    return live_chart.figure_texts(figure)


def _render_cleanly(figure: Any, caplog: pytest.LogCaptureFixture) -> None:
    """Draw ``figure`` to PNG and SVG; fail on a missing glyph or a font matplotlib could not find."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if figure.canvas is None or not hasattr(figure.canvas, "print_png"):
        FigureCanvasAgg(figure)
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING, "matplotlib"):
        warnings.simplefilter("always")
        for form in ("png", "svg"):
            figure.savefig(io.BytesIO(), format=form)
    problems = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    problems += [r.getMessage() for r in caplog.records if "findfont" in r.getMessage()]
    assert not problems


@pytest.fixture(params=[True, False], ids=["matplotlib-lays-out", "we-shape"])
def native(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways of drawing right-to-left text: matplotlib's own layout (3.11+), or shaped by us first."""
    if request.param and not charts.native_text_layout():
        pytest.skip("this matplotlib does not lay right-to-left text out itself")
    monkeypatch.setattr(charts, "native_text_layout", lambda: request.param)
    return request.param


def _is_display_form(drawn: str, logical: str) -> bool:
    """``drawn`` is ``logical`` as a chart must get it: as typed where matplotlib lays it out, else joined
    (presentation forms) and in screen order."""
    if charts.native_text_layout():
        return drawn == logical
    return drawn != logical and any("\ufe70" <= c <= "\ufeff" for c in drawn) and drawn == charts.shown(logical)


def test_a_chart_label_is_shaped_and_put_in_screen_order_unless_matplotlib_does_it(native: bool) -> None:
    drawn = charts.shown(BUS)
    if native:
        assert drawn == BUS
    else:
        assert all("\ufe70" <= c <= "\ufeff" or c == " " for c in drawn)  # every letter in its joined form
        assert drawn.split(" ")[0] != BUS.split(" ")[0]  # the last word first, read from the right
    assert charts.shown("Night bus · 12") == "Night bus · 12"
    assert charts.shown("") == ""
    two_lines = charts.shown(results_chart.wrap(QUESTION, 12))
    assert two_lines.count("\n") == results_chart.wrap(QUESTION, 12).count("\n")  # wrapped first, then per line


def test_matplotlib_311_puts_the_first_arabic_letter_on_the_right() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font, LoadFlags

    font = FT2Font(font_manager.findfont("DejaVu Sans"))
    if not charts.native_text_layout() or not hasattr(font, "_layout"):
        pytest.skip("this matplotlib draws characters one by one")
    font.set_size(12, 72)
    placed = {item.char: item.x for item in font._layout("نعم", LoadFlags.NO_HINTING)}
    assert placed["ن"] > placed["ع"] > placed["م"]  # read from the right: what charts.shown relies on


def test_every_letter_of_arabic_persian_and_hebrew_has_a_glyph(native: bool,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    from matplotlib.figure import Figure

    charts.use_chart_fonts()
    figure = Figure(figsize=(6, 3))
    # DejaVu Sans (matplotlib's own font) has these; Urdu's ے needs an Arabic font such as Noto Naskh Arabic.
    samples = ["مرحبًا بكم (نعم) 12", "کجا پنجره گچ ژ یک", "اردو ٹ ڈ ں ھ", "שלום עולם", "لا إله"]
    for row, text in enumerate(samples):
        figure.text(0.05, 0.1 + row * 0.18, charts.shown(text), fontsize=14)
    _render_cleanly(figure, caplog)


def test_projector_charts_draw_arabic_labels_joined(qtbot: Any, native: bool,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    canvas = live_chart.make_live_canvas()
    qtbot.addWidget(canvas)
    results = ResultsData("why", QUESTION, "select_one", 7, (Count("bus", BUS, 4), Count("wifi", WIFI, 3)))
    live_chart.draw_results(canvas.figure, results)
    drawn = _drawn(canvas.figure)
    assert any(_is_display_form(text, BUS) for text in drawn) and (native or BUS not in drawn)
    assert any(_is_display_form(text, WIFI) for text in drawn)
    _render_cleanly(canvas.figure, caplog)

    votes = VoteTotals("a", 5, (VoteTotal("1", BUS, "", "#FFF176", 6), VoteTotal("2", WIFI, "", "", 2)))
    live_chart.draw_votes(canvas.figure, votes, rtl=True)
    assert any(_is_display_form(text, BUS) for text in _drawn(canvas.figure))
    _render_cleanly(canvas.figure, caplog)
    live_chart.draw_feedback(canvas.figure, FeedbackSummary("a", 5, (0, 1, 1, 2, 1), 3.6), rtl=True)
    _render_cleanly(canvas.figure, caplog)
    assert BUS in live_chart.describe(results)  # screen readers get the text as typed


def _arabic_result(kind: str = "bars") -> QuestionResult:
    counts = (CategoryCount("time", "ليس لدي وقت", "12", 12, 0.5),
              CategoryCount("money", "الدورات مكلفة جدًا", "8", 8, 0.33),
              CategoryCount("care", "رعاية الأطفال", "<5", None))
    if kind == "likert":
        counts = (CategoryCount("1", "غير موافق", "6", 6, 0.25, side="negative"),
                  CategoryCount("2", "محايد", "8", 8, 0.33, side="neutral"),
                  CategoryCount("3", "موافق", "10", 10, 0.42, side="positive"))
    return QuestionResult("why", QUESTION, "select_one", kind, 24, counts)


def test_results_charts_and_saved_pictures_with_arabic_labels(qtbot: Any, tmp_path: Path, native: bool,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    from matplotlib.figure import Figure

    for kind in ("bars", "likert"):
        result = _arabic_result(kind)
        figure = Figure(figsize=(6, 3))
        results_chart.draw_result(figure, result)
        drawn = _drawn(figure)
        label = result.counts[0].label
        assert any(_is_display_form(text, label) for text in drawn) and (native or label not in drawn)
        _render_cleanly(figure, caplog)
    comparison = Comparison("why", QUESTION, "select_one", "bars", None, None, _arabic_result(), _arabic_result())
    figure = Figure(figsize=(6, 4))
    results_chart.draw_comparison(figure, comparison, "أقل من 30", "60 أو أكثر")
    assert any(_is_display_form(text, "أقل من 30 · n = 24") for text in _drawn(figure))
    _render_cleanly(figure, caplog)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for suffix in (".png", ".svg"):
            saved = results_save.save_chart(tmp_path / f"chart{suffix}", title=QUESTION, description="كل الورشات",
                                            result=_arabic_result())
            assert saved.stat().st_size > 1000
    assert not [w for w in caught if "missing from font" in str(w.message)]
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "<path" in svg  # drawn, as outlines


def test_the_diversity_chart_draws_arabic_answers_joined(native: bool, caplog: pytest.LogCaptureFixture) -> None:
    from matplotlib.figure import Figure

    picture = QuestionPicture("gender", "الجنس", 20, 18, (
        ChoiceCount("woman", "امرأة", "11", 11, 0.61, "61 %"), ChoiceCount("man", "رجل", "7", 7, 0.39, "39 %"),
        ChoiceCount("prefer_not_to_say", "أفضّل عدم القول", "<5", None, None, "")))
    figure = Figure(figsize=(6, 2))
    diversity_chart.draw_question(figure, picture)
    assert any(_is_display_form(text, "امرأة") for text in _drawn(figure))
    _render_cleanly(figure, caplog)


def _arabic_workshop(db: Database) -> tuple[str, str]:
    choices = ChoiceList("why", [Choice("time", {"ar": "ليس لدي وقت", "en": "No time"}),
                                 Choice("money", {"ar": "الدورات مكلفة جدًا", "en": "Too expensive"}),
                                 Choice("care", {"ar": "رعاية الأطفال", "en": "Child care"})])
    form = Form("digital", "دورة رقمية", [Question("why", "select_one", {"ar": QUESTION, "en": "What stops you?"},
                                                   list_name="why")],
                [choices], ["ar", "en"], "ar", {"ar": "العربية", "en": "English"})
    services = Services.of(db)
    survey = services.surveys.import_form(form).id
    workshop, (activity,) = make_workshop(db, "survey", title="جلسة استماع")
    services.workshops.update(workshop, language="ar")
    link_survey(db, activity, survey)
    for value in ("time", "time", "money", "care", "time", "money"):
        answer(db, survey, workshop, why=value)
    return workshop, activity


def test_the_projector_mirrors_for_an_arabic_workshop(qtbot: Any, db: Database, native: bool,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    workshop, _activity = _arabic_workshop(db)
    projector = ProjectorWindow(db, workshop)
    qtbot.addWidget(projector)
    projector.resize(1200, 700)
    projector.show_activity(Services.of(db).workshops.get(workshop).activities[0], "why")
    assert projector.pages.currentIndex() == CHART_PAGE
    assert projector.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert projector.chart_title.text() == QUESTION  # Qt shapes widget text itself: it stays as typed
    axes = projector.canvas.figure.axes[0]
    assert axes.xaxis_inverted()  # the bars grow from the right
    assert any(_is_display_form(text, "ليس لدي وقت") for text in projector.texts())
    assert "ليس لدي وقت" in projector.canvas.accessibleDescription()
    _render_cleanly(projector.canvas.figure, caplog)
    if os.environ.get("RTL_SHOTS") and native:
        from PySide6.QtWidgets import QApplication

        from workshop_app.app import style_sheet

        app = QApplication.instance()
        before = app.styleSheet()
        app.setStyleSheet(style_sheet())  # as the app looks
        try:
            projector.show()
            qtbot.waitExposed(projector)
            qtbot.wait(50)
            projector._draw_chart()
            projector.canvas.draw()
            SHOTS.mkdir(exist_ok=True)
            projector.grab().save(str(SHOTS / "rtl_projector.png"))
        finally:
            app.setStyleSheet(before)


def test_an_english_workshop_keeps_its_projector_left_to_right(qtbot: Any, db: Database) -> None:
    workshop, _activities = make_workshop(db, "feedback_round")
    projector = ProjectorWindow(db, workshop)
    qtbot.addWidget(projector)
    assert projector.layoutDirection() == Qt.LayoutDirection.LeftToRight and not projector.rtl


@pytest.mark.skipif(not os.environ.get("RTL_SHOTS"), reason="screenshots only when RTL_SHOTS is set")
def test_screenshot_of_an_arabic_results_chart(qtbot: Any, tmp_path: Path) -> None:
    SHOTS.mkdir(exist_ok=True)
    results_save.save_chart(SHOTS / "rtl_results.png", title=QUESTION, description="كل الورشات",
                            result=_arabic_result())
    results_save.save_chart(SHOTS / "rtl_results_likert.png", title="الدورات الرقمية مفيدة لي",
                            description="كل الورشات", result=_arabic_result("likert"))
    comparison = Comparison("why", QUESTION, "select_one", "bars", None, None, _arabic_result(), _arabic_result())
    results_save.save_chart(SHOTS / "rtl_results_compare.png", title=QUESTION, description="كل الورشات",
                            comparison=comparison, names=("أقل من 30", "60 أو أكثر"))


def test_the_projector_keeps_its_room_sizes_at_any_text_size(qtbot: Any, db: Database) -> None:
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication

    from workshop_app.ui.appearance import apply_appearance

    workshop, _activity = _arabic_workshop(db)
    app = QApplication.instance()
    before = (app.styleSheet(), app.font(), app.palette())
    sizes = []
    try:
        for scale in (100, 200):
            apply_appearance(app, scale=scale, high_contrast=scale == 200)
            projector = ProjectorWindow(db, workshop)
            qtbot.addWidget(projector)
            projector.ensurePolished()
            projector.title_label.ensurePolished()
            sizes.append((QFontInfo(projector.title_label.font()).pointSizeF(),
                          QFontInfo(projector.font()).pointSizeF()))
    finally:
        apply_appearance(app, scale=100, high_contrast=False)
        app.setStyleSheet(before[0])  # as the other tests expect it
        app.setFont(before[1])
        app.setPalette(before[2])
    # Sized for the back of the hall (the style sheet's 20 pt title), not by the facilitator's laptop text size.
    assert sizes[0][0] > 15 and sizes[0] == pytest.approx(sizes[1], rel=0.02)
