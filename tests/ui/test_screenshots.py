"""Screenshots of the main screens, the run window and the kiosk in each look a reviewer must see: Portuguese,
Polish and Arabic at normal size, and 200 % text in high contrast (English and Arabic).

Only with ``SHOTS=1``: they save ``shots/<look>_<screen>.png`` to look at, and check nothing a test elsewhere does
not. The walk itself fails if a screen cannot be reached in a language.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app.core.forms import Form
from workshop_app.ui.appearance import apply_appearance
from workshop_app.ui.translations import install_language

from .a11y_screens import (
    SCREEN,
    Step,
    demo_window,
    full_workshop,
    settle,
    walk_dialogs,
    walk_main_window,
    walk_run_window,
)
from .kiosk_support import Clock, kiosk_form, make_setup
from .participants_support import demo_database

pytestmark = pytest.mark.skipif(not os.environ.get("SHOTS"), reason="screenshots only when SHOTS is set")

SHOTS = Path(__file__).resolve().parents[2] / "shots"

MAIN = {"Workshops: agenda item selected": "workshops", "Participants: people": "participants",
        "Participants: check-in": "checkin", "Participants: who took part": "diversity",
        "Surveys: builder on question felt_heard (select_one)": "surveys",
        "Stakeholder maps: a stakeholder in the side panel": "maps", "Results": "results", "Export": "export",
        "Run window: survey": "run", "Run window: dot_vote": "run_dot_vote",
        "Diversity targets dialog": "targets_dialog", "Erasure dialog": "erasure_dialog"}

LOOKS = [pytest.param(("pt", 100, False), id="pt"), pytest.param(("pl", 100, False), id="pl"),
         pytest.param(("ar", 100, False), id="ar"), pytest.param(("en", 200, True), id="en-200-hc"),
         pytest.param(("ar", 200, True), id="ar-200-hc")]

POLISH = {"intro": "Witamy! Kilka pytań o dzisiejszy dzień.",
          "before": "Czy był(a) Pan/Pani już na naszych warsztatach?",
          "times": "Ile razy?", "distance": "Jak daleko Pan/Pani dziś dojechał(a) (km)?",
          "topics": "Które tematy są dla Pana/Pani ważne?", "better": "Co poprawiłoby Pana/Pani okolicę?",
          "age": "Ile ma Pan/Pani lat?", "score": "Jak minął dzisiejszy dzień?",
          "yes": "Tak", "no": "Nie", "jobs": "Praca", "housing": "Mieszkanie", "care": "Opieka"}


def with_polish(form: Form) -> Form:
    """The kiosk test survey with Polish beside its other languages."""
    questions = [replace(q, label={**q.label, "pl": POLISH[q.name]}) for q in form.questions]
    lists = [replace(c, choices=[replace(x, label={**x.label, "pl": POLISH[x.name]}) for x in c.choices])
             for c in form.choice_lists]
    return replace(form, questions=questions, choice_lists=lists, languages=[*form.languages, "pl"],
                   language_names={**form.language_names, "pl": "Polski"})


def kiosk_steps(qtbot: Any, db: Any, language: str) -> Iterator[Step]:
    """The kiosk's welcome, then each question of the survey answered in ``language`` as a participant would."""
    from workshop_app.ui.kiosk_window import KioskWindow

    clock = Clock()
    setup = make_setup(db, form=with_polish(kiosk_form()))
    window = KioskWindow(db, None, workshop_id=setup.workshop_id, activity_id=setup.activity_id, clock=clock)
    assert window.start()
    window.resize(SCREEN)
    try:
        page: Any = window.page
        button = page.welcome.language_button(language)
        if button is not None:
            button.click()
        settle(qtbot, window)
        yield "kiosk_welcome", window
        page.welcome.start.click()
        for index in range(7):
            clock.advance(2)
            settle(qtbot, window)
            yield f"kiosk_q{index + 1}", window
            widget = page.question.widget
            buttons = getattr(widget, "buttons", None)
            if callable(buttons) and buttons():
                buttons()[0].click()
            elif hasattr(widget, "edit"):
                qtbot.keyClicks(widget.edit, "3")
            page.question.next.click()
    finally:
        window.shut_down()
        window.deleteLater()


@pytest.mark.parametrize("look", LOOKS)
def test_screenshots(qtbot: Any, tmp_path: Path, look: tuple[str, int, bool]) -> None:
    """shots/<look>_<screen>.png for the main window's sections, dialogs, the run window and the kiosk."""
    language, scale, high_contrast = look
    prefix = language if scale == 100 else f"{language}_{scale}_hc"
    SHOTS.mkdir(exist_ok=True)
    demo_database(tmp_path / "demo.sqlite").close()
    window = demo_window(qtbot, tmp_path / "demo.sqlite", scale=scale, high_contrast=high_contrast, language=language)
    try:
        steps = [walk_main_window(qtbot, window), walk_dialogs(qtbot, window),
                 walk_run_window(qtbot, window.db, full_workshop(window.db))]
        for walk in steps:
            for name, shown in walk:
                if name in MAIN:
                    shown.grab().save(str(SHOTS / f"{prefix}_{MAIN[name]}.png"))
        for name, shown in kiosk_steps(qtbot, window.db, language):
            shown.grab().save(str(SHOTS / f"{prefix}_{name}.png"))
    finally:
        window.close()
        window.deleteLater()
        install_language(QApplication.instance(), "en")
        apply_appearance(QApplication.instance(), scale=100, high_contrast=False)
