"""Easy read at the kiosk: bigger text and easy sentences for one person, pictograms, and the next person unaffected.

``KIOSK_SHOTS=1`` also saves screenshots of the easy-read screens to ``shots/kiosk_easy_*.png``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLayout, QWidget

from workshop_app import paths
from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.ui import kiosk_pictograms
from workshop_app.ui.kiosk_activities import FeedbackPage, IdeaPage, ThankingPage
from workshop_app.ui.kiosk_common import THANKS_SECONDS
from workshop_app.ui.kiosk_dot_vote import DotVotePage
from workshop_app.ui.kiosk_easy_read import EASY_SCALE, easy_style_sheet
from workshop_app.ui.kiosk_phrases import PHRASES, phrase
from workshop_app.ui.kiosk_phrases_easy import EASY
from workshop_app.ui.kiosk_survey import KioskSurveyPage
from workshop_app.ui.kiosk_window import KioskWindow

from .kiosk_support import Clock, click, clock, kiosks, make_setup, open_kiosk, typed_values

__all__ = ["clock", "kiosks"]  # the fixtures, imported for pytest

SHOTS = Path(__file__).resolve().parents[2] / "shots"
PICTOGRAMS = {"yes", "no", "maybe", "dont_know", "happy", "neutral", "sad", "very_happy", "very_sad", "agree",
              "disagree", "next", "back", "finish", "help", "person", "house", "bus", "computer", "money", "time",
              "child_care", "language", "easy_read", "code", "start"}



@pytest.fixture(autouse=True)
def styled() -> Iterator[None]:
    """The app's style sheet, as the running app has it (the kiosk's sizes come from it)."""
    from workshop_app.app import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    yield
    app.setStyleSheet(before)


def _start(qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow], **options: Any) -> tuple[
        KioskWindow, KioskSurveyPage]:
    window = open_kiosk(qtbot, make_setup(db, **options), clock)
    kiosks.append(window)
    assert isinstance(window.page, KioskSurveyPage)
    return window, window.page


def _points(label: QWidget) -> float:
    label.ensurePolished()
    return QFontInfo(label.font()).pointSizeF()


def _next(qtbot: Any, page: KioskSurveyPage, clock: Clock) -> None:
    clock.advance(1)
    click(qtbot, page.question.next)


def _spacings(page: QWidget) -> list[int]:
    return [layout.spacing() for layout in page.findChildren(QLayout) if layout.spacing() > 0]


def test_easy_read_makes_the_text_bigger_and_the_sentences_easy(qtbot: Any, db: Database, clock: Clock,
                                                                 kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks)
    welcome = page.welcome
    toggle = welcome.easy_read
    ordinary, spacing = _points(welcome.subtitle), sum(_spacings(page))
    assert toggle.text() == "Easy read" and not toggle.isChecked() and toggle.icon().isNull() is False
    assert toggle.accessibleName() == "Easy read" and toggle.accessibleDescription() == phrase("easy_read_hint", "en")
    assert welcome.start.icon().isNull()

    click(qtbot, toggle)
    assert page.easy and toggle.isChecked()
    assert welcome.subtitle.text() == phrase("welcome_text", "en", easy=True)
    assert welcome.subtitle.text().count("\n") == 2  # one short sentence per line
    assert _points(welcome.subtitle) == pytest.approx(ordinary * EASY_SCALE, rel=0.05)
    assert sum(_spacings(page)) > spacing  # more room between things
    assert not welcome.start.icon().isNull() and not welcome.code.icon().isNull()  # buttons carry pictograms

    click(qtbot, toggle)  # and off again, as it was
    assert not page.easy and welcome.subtitle.text() == phrase("welcome_text", "en")
    assert _points(welcome.subtitle) == pytest.approx(ordinary, rel=0.01) and sum(_spacings(page)) == spacing
    assert welcome.start.icon().isNull() and page.styleSheet() == ""


def test_easy_read_speaks_the_language_the_person_picked(qtbot: Any, db: Database, clock: Clock,
                                                         kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.language_button("pt"))
    click(qtbot, page.welcome.easy_read)
    assert page.welcome.easy_read.text() == "Leitura fácil"
    assert page.welcome.subtitle.text() == EASY["pt"]["welcome_text"]
    click(qtbot, page.welcome.language_button("ar"))  # easy read stays on for the same person
    assert page.easy and page.welcome.easy_read.text() == "قراءة سهلة"
    assert page.welcome.subtitle.text() == EASY["ar"]["welcome_text"]
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    click(qtbot, page.welcome.start)
    assert page.question.next.layoutDirection() == Qt.LayoutDirection.LeftToRight  # "← التالي": the arrow after
    assert not page.question.next.icon().isNull()


def test_the_next_participant_starts_without_easy_read(qtbot: Any, db: Database, clock: Clock,
                                                       kiosks: list[KioskWindow]) -> None:
    window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.easy_read)
    click(qtbot, page.welcome.start)
    _next(qtbot, page, clock)  # the note
    _next(qtbot, page, clock)  # the required choice, unanswered: an easy-read reminder
    assert page.question.problem.text() == EASY["en"]["required"]
    click(qtbot, page.question.widget.buttons()[1])  # "No"
    for _ in range(4):
        _next(qtbot, page, clock)
    page.question.widget.edit.setText("40")
    _next(qtbot, page, clock)
    _next(qtbot, page, clock)
    assert page.session.screen == "finish" and page.finish.text.text() == EASY["en"]["finish_text"]
    click(qtbot, page.finish.send)
    assert page.thanks.text.text() == EASY["en"]["thanks_text"]  # still theirs while they read it
    clock.advance(THANKS_SECONDS)
    window.tick()
    assert page.screen_name() == "welcome" and not page.easy and not page.welcome.easy_read.isChecked()
    assert page.welcome.subtitle.text() == phrase("welcome_text", "en") and page.styleSheet() == ""
    assert typed_values(window) == []


def test_someone_who_walks_away_leaves_the_ordinary_kiosk(qtbot: Any, db: Database, clock: Clock,
                                                          kiosks: list[KioskWindow]) -> None:
    window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.easy_read)
    clock.advance(page.session.idle_timeout + 1)
    window.tick()  # turned on, then nobody started
    assert not page.easy and not page.welcome.easy_read.isChecked()

    click(qtbot, page.welcome.easy_read)
    click(qtbot, page.welcome.code)
    clock.advance(page.session.idle_timeout + 1)
    window.tick()  # walked away from typing their code
    assert page.screen_name() == "welcome" and not page.easy
    assert page.welcome.subtitle.text() == phrase("welcome_text", "en")

    click(qtbot, page.welcome.easy_read)
    click(qtbot, page.welcome.start)
    _next(qtbot, page, clock)
    clock.advance(page.session.idle_timeout - page.session.idle_warning + 1)
    window.tick()
    assert page.screen_name() == "still_there" and page.still.text.text() == EASY["en"]["still_there_text"]
    clock.advance(page.session.idle_warning)
    window.tick()  # gone mid-survey
    assert page.screen_name() == "welcome" and not page.easy


def test_every_easy_sentence_exists_in_every_kiosk_language() -> None:
    assert set(EASY) == set(PHRASES)
    for language, sentences in EASY.items():
        assert set(sentences) == set(EASY["en"]), language
        assert set(sentences) <= set(PHRASES["en"]), language
        for key, text in sentences.items():
            assert text.count("{") == PHRASES["en"][key].count("{"), (language, key)
            assert all(line.strip() for line in text.split("\n")), (language, key)
    assert phrase("required", "xx", easy=True) == EASY["en"]["required"]  # a language the kiosk lacks: English


def test_the_pictograms_ship_and_draw() -> None:
    folder = paths.resource("pictograms")
    names = {path.stem for path in folder.glob("*.svg")}
    assert PICTOGRAMS <= names == kiosk_pictograms.known()
    for name in names:
        text = (folder / f"{name}.svg").read_text(encoding="utf-8")
        assert 'stroke-width="2"' in text and kiosk_pictograms.INK in text and "CC0" in text, name
        assert QSvgRenderer(str(folder / f"{name}.svg")).isValid(), name
        icon = kiosk_pictograms.pictogram_icon(name, "#ffffff", 48)
        assert not icon.isNull() and icon.pixmap(48, 48).toImage().pixelColor(0, 0).alpha() == 0
    assert kiosk_pictograms.pictogram_name("media/Bus.PNG") == "bus"
    assert kiosk_pictograms.pictogram_name("child-care.jpg") == "child_care"
    assert kiosk_pictograms.pictogram_name("tractor.png") is None and kiosk_pictograms.pictogram_icon("x").isNull()


def _pictogram_form() -> Form:
    yes_no = ChoiceList("yes_no", [Choice("yes", {"en": "Yes"}), Choice("no", {"en": "No"}),
                                   Choice("dont_know", {"en": "I don't know"})])
    stops = ChoiceList("stops", [
        Choice("time", {"en": "No time"}, {"media::image": {"en": "time.png"}}),
        Choice("bus", {"en": "No bus at night"}, {"pictogram": "bus"}),
        Choice("other", {"en": "Something else"})])
    districts = ChoiceList("districts", [Choice(str(n), {"en": f"District {n}"}) for n in range(1, 6)])
    rows = [Question("before", "select_one", {"en": "Were you here before?"}, list_name="yes_no"),
            Question("stops", "select_multiple", {"en": "What stops you?"}, list_name="stops"),
            Question("where", "select_one", {"en": "Where do you live?"}, list_name="districts"),
            Question("rating", "select_one", {"en": "How was it?"}, list_name="districts", appearance="pictograms"),
            Question("score", "range", {"en": "How was today?"}, parameters={"start": "1", "end": "5"})]
    return Form("pictograms", "Pictograms", rows, [yes_no, stops, districts], ["en"], "en", {"en": "English"})


def _icons(page: KioskSurveyPage) -> dict[str, bool]:
    assert page.question.widget is not None
    found = {}
    for button in page.question.widget.findChildren(QAbstractButton):
        code = button.property("code")
        found[str(code) if code is not None else button.text()] = not button.icon().isNull()
    return found


@pytest.mark.parametrize("easy", [False, True])
def test_choices_show_the_pictograms_the_survey_asks_for(qtbot: Any, db: Database, clock: Clock,
                                                         kiosks: list[KioskWindow], easy: bool) -> None:
    _window, page = _start(qtbot, db, clock, kiosks, form=_pictogram_form())
    if easy:
        click(qtbot, page.welcome.easy_read)
    click(qtbot, page.welcome.start)
    # yes / no / don't know: usual words, pictograms in easy read
    assert _icons(page) == {"yes": easy, "no": easy, "dont_know": easy}
    _next(qtbot, page, clock)
    assert _icons(page) == {"time": True, "bus": True, "other": False}  # media::image and pictogram columns
    _next(qtbot, page, clock)
    assert not any(_icons(page).values())  # districts numbered 1-5 are not faces
    _next(qtbot, page, clock)
    assert all(_icons(page).values())  # the same list with the "pictograms" appearance: faces 1 to 5
    _next(qtbot, page, clock)
    assert _icons(page) == dict.fromkeys("12345", easy)  # a rating scale: faces in easy read


def test_the_keyboard_works_in_easy_read(qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow]) -> None:
    _window, page = _start(qtbot, db, clock, kiosks)
    toggle = page.welcome.easy_read
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert page.easy
    assert _tab_after(toggle) is page.welcome.start  # Tab goes on to Start
    assert _tab_after(page.welcome.language_button("ar")) is toggle  # and comes to it after the languages
    qtbot.keyClick(page.welcome.start, Qt.Key.Key_Space)
    assert page.session.screen == "question"
    clock.advance(1)
    qtbot.keyClick(page.question.widget, Qt.Key.Key_Return)  # the note: Enter moves on
    buttons = page.question.widget.buttons()
    buttons[0].setFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    assert page.question.widget.value() == "yes"
    clock.advance(1)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Return)
    assert page.session.view().name == "times" and page.easy


def _tab_after(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next visible widget in the focus chain that takes Tab."""
    found = widget.nextInFocusChain()
    while found is not widget and not (found.isVisible() and found.focusPolicy() & Qt.FocusPolicy.TabFocus):
        found = found.nextInFocusChain()
    return found


def _focusable(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.objectName().startswith("qt_")]


def _unnamed(window: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in _focusable(window)
            if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text().strip()))]


def test_every_control_has_a_name_in_easy_read(qtbot: Any, db: Database, clock: Clock,
                                               kiosks: list[KioskWindow]) -> None:
    window, page = _start(qtbot, db, clock, kiosks)
    click(qtbot, page.welcome.easy_read)
    assert not _unnamed(window)
    click(qtbot, page.welcome.code)
    assert not _unnamed(window)
    clock.advance(1)
    click(qtbot, page.code.back_button)
    click(qtbot, page.welcome.start)
    for _ in range(3):
        assert not _unnamed(window)
        if page.question.widget is not None and hasattr(page.question.widget, "buttons"):
            click(qtbot, page.question.widget.buttons()[1])
        _next(qtbot, page, clock)
    assert not _unnamed(window)
    window.request_leave()
    assert not _unnamed(window)


def _activity(db: Database, kind: str) -> tuple[Any, str]:
    setup = make_setup(db, "brainstorm")
    services = Services.of(db)
    for text in ("A bench by the bus stop", "Free computer classes", "Childcare during workshops"):
        services.brainstorm.add_idea(setup.activity_id, text)
    if kind == "brainstorm":
        return setup, setup.activity_id
    return setup, services.workshops.add_activity(setup.workshop_id, kind).id


@pytest.mark.parametrize("kind", ["brainstorm", "dot_vote", "feedback_round"])
def test_ideas_votes_and_feedback_offer_easy_read_until_the_thank_you(qtbot: Any, db: Database, clock: Clock,
                                                                      kiosks: list[KioskWindow], kind: str) -> None:
    setup, activity = _activity(db, kind)
    window = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=activity, clock=clock)
    qtbot.addWidget(window)
    assert window.start()
    kiosks.append(window)
    page = window.page
    assert isinstance(page, ThankingPage)
    heading = next((w for w in page.form.findChildren(QLabel) if w.objectName() == "kioskHeading"), None)
    ordinary = _points(heading)
    click(qtbot, page.easy_toggle)
    assert page.easy and _points(heading) == pytest.approx(ordinary * EASY_SCALE, rel=0.05)
    assert not _unnamed(window)
    if isinstance(page, IdeaPage):
        assert page.hint.text() == EASY["en"]["idea_hint"]
        page.field.setPlainText("More benches")
        page.submit()
    elif isinstance(page, DotVotePage):
        assert page.hint.text() == EASY["en"]["vote_hint"]
        page.finish()
    else:
        assert isinstance(page, FeedbackPage)
        assert page.comment.placeholderText() == EASY["en"]["comment_placeholder"]
        page.group.button(4).click()
        page.submit()
    assert page.stack.currentWidget() is page.thanks
    clock.advance(THANKS_SECONDS)
    window.tick()
    assert not page.easy and not page.easy_toggle.isChecked() and page.styleSheet() == ""
    assert _points(heading) == pytest.approx(ordinary, rel=0.01)


def test_the_easy_style_sheet_scales_only_the_kiosk_sizes() -> None:
    base = ("/* a comment { font-size: 99pt } */\n#kioskWindow #kioskText { font-size: 20pt; color: #111; }\n"
            "#kioskWindow QPushButton { min-height: 64px; padding: 6px 36px; border: 2px solid #999; }\n"
            "#workshopsView QLabel { font-size: 10pt; }")
    sheet = easy_style_sheet(base)
    assert "font-size: 28pt" in sheet and "min-height: 73.6px" in sheet and "padding: 6.9px 41.4px" in sheet
    assert "color" not in sheet and "border" not in sheet and "workshopsView" not in sheet and "99pt" not in sheet


@pytest.mark.skipif(not os.environ.get("KIOSK_SHOTS"), reason="screenshots only when KIOSK_SHOTS is set")
def test_screenshots_of_easy_read(qtbot: Any, db: Database, clock: Clock, kiosks: list[KioskWindow]) -> None:
    SHOTS.mkdir(exist_ok=True)

    def shot(window: QWidget, name: str) -> None:
        qtbot.wait(50)  # laid out at the new sizes
        window.grab().save(str(SHOTS / f"kiosk_easy_{name}.png"))

    window, page = _start(qtbot, db, clock, kiosks, form=_pictogram_form())
    window.resize(1280, 800)
    click(qtbot, page.welcome.easy_read)
    shot(window, "welcome")
    click(qtbot, page.welcome.start)
    shot(window, "choice")
    for name in ("stops", "where", "rating", "score"):
        _next(qtbot, page, clock)
        shot(window, name)
    for kind in ("brainstorm", "dot_vote", "feedback_round"):
        setup, activity = _activity(db, kind)
        other = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=activity, clock=clock)
        qtbot.addWidget(other)
        assert other.start()
        kiosks.append(other)
        other.resize(1280, 800)
        click(qtbot, other.page.easy_toggle)
        shot(other, kind)
