"""Screenshots of the main screens, the run window and the kiosk in each look a reviewer must see: Portuguese,
Polish and Arabic at normal size, and 200 % text in high contrast (English and Arabic).

Only with ``SHOTS=1``: they save ``shots/<look>_<screen>.png`` to look at, and check nothing a test elsewhere does
not. The walk itself fails if a screen cannot be reached in a language.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app.core.forms import Form
from workshop_app.ui.appearance import apply_appearance
from workshop_app.ui.translations import install_language

from .a11y_screens import (
    demo_window,
    full_workshop,
    walk_dialogs,
    walk_kiosk,
    walk_main_window,
    walk_run_window,
)
from .kiosk_support import kiosk_form
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
        for name, shown in walk_kiosk(qtbot, window.db, language=language, form=with_polish(kiosk_form())):
            # "Kiosk: question felt_heard" -> kiosk_felt_heard
            shown.grab().save(str(SHOTS / f"{prefix}_kiosk_{name.split()[-1].replace(':', '')}.png"))
    finally:
        window.close()
        window.deleteLater()
        install_language(QApplication.instance(), "en")
        apply_appearance(QApplication.instance(), scale=100, high_contrast=False)
