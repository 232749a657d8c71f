"""A four-language survey, a workshop with a kiosk PIN, a hand-moved clock, and the kiosk window under test."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy import func, select

from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.kiosk_activity import link_survey
from workshop_app.core.kiosk_pins import KioskPinService
from workshop_app.core.services import Services
from workshop_app.db.database import Database
from workshop_app.db.models import Answer, Response
from workshop_app.db.models import Question as QuestionRow
from workshop_app.ui.kiosk_window import KioskWindow

PIN = "2468"
LANGUAGES = ["en", "pt", "uk", "ar"]


def _t(en: str, pt: str, uk: str, ar: str) -> dict[str, str]:
    return {"en": en, "pt": pt, "uk": uk, "ar": ar}


def kiosk_form(*, allow_anonymous: bool = True) -> Form:
    """Eight rows: a note, a required choice that opens a follow-up, numbers, several choices, text, a scale."""
    yes_no = ChoiceList("yes_no", [Choice("yes", _t("Yes", "Sim", "Так", "نعم")),
                                   Choice("no", _t("No", "Não", "Ні", "لا"))])
    topics = ChoiceList("topics", [
        Choice("jobs", _t("Jobs", "Emprego", "Робота", "العمل")),
        Choice("housing", _t("Housing", "Habitação", "Житло", "السكن")),
        Choice("care", _t("Care", "Cuidados", "Догляд", "الرعاية"))])
    rows = [
        Question("intro", "note", _t("Welcome! A few questions about today.",
                                     "Bem-vindo! Algumas perguntas sobre hoje.",
                                     "Вітаємо! Кілька питань про сьогодні.", "أهلًا بك! بعض الأسئلة عن اليوم.")),
        Question("before", "select_one", _t("Have you been to one of our workshops before?",
                                            "Já esteve numa das nossas sessões?",
                                            "Ви вже бували на наших зустрічах?", "هل حضرت إحدى ورشاتنا من قبل؟"),
                 list_name="yes_no", required=True),
        Question("times", "integer", _t("How many times?", "Quantas vezes?", "Скільки разів?", "كم مرة؟"),
                 relevant="${before} = 'yes'", required=True),
        Question("distance", "decimal", _t("How far did you travel today (km)?",
                                           "Que distância percorreu hoje (km)?",
                                           "Яку відстань ви сьогодні подолали (км)?",
                                           "ما المسافة التي قطعتها اليوم (كم)؟")),
        Question("topics", "select_multiple", _t("Which topics matter to you?", "Que temas são importantes para si?",
                                                 "Які теми для вас важливі?", "ما المواضيع المهمة بالنسبة لك؟"),
                 list_name="topics"),
        Question("better", "text", _t("What would make your neighbourhood better?",
                                      "O que tornaria o seu bairro melhor?", "Що зробило б ваш район кращим?",
                                      "ما الذي يجعل حيّك أفضل؟"), appearance="multiline"),
        Question("age", "integer", _t("How old are you?", "Que idade tem?", "Скільки вам років?", "كم عمرك؟"),
                 required=True, constraint=". >= 0 and . <= 120"),
        Question("score", "range", _t("How was today?", "Como foi hoje?", "Як вам сьогодні?", "كيف كان اليوم؟"),
                 parameters={"start": "1", "end": "5", "step": "1"}),
    ]
    return Form("kiosk_test", "Listening survey", rows, [yes_no, topics], LANGUAGES, "en",
                {"en": "English", "pt": "Portuguese", "uk": "Ukrainian", "ar": "Arabic"},
                allow_anonymous=allow_anonymous)


@dataclass
class Setup:
    """A workshop with one agenda item ready for the kiosk."""

    db: Database
    workshop_id: str
    activity_id: str
    survey_id: str | None = None


def make_setup(db: Database, kind: str = "survey", *, pin: str | None = PIN, form: Form | None = None,
               title: str = "Listening session", **options: Any) -> Setup:
    """A workshop titled ``title`` with an agenda item of ``kind`` (a survey item runs ``form``)."""
    services = Services.of(db)
    workshop = services.workshops.create(title)
    activity = services.workshops.add_activity(workshop.id, kind, **options)
    survey_id = None
    if kind == "survey":
        survey_id = services.surveys.import_form(form or kiosk_form()).id
        link_survey(db, activity.id, survey_id)
    if pin:
        KioskPinService(db, iterations=1_000).set_kiosk_pin(workshop.id, pin)  # a quick hash: tests need no strength
    return Setup(db, workshop.id, activity.id, survey_id)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_kiosk(qtbot: Any, setup: Setup, clock: Clock, **options: Any) -> KioskWindow:
    """A started kiosk window (full screen on the offscreen platform)."""
    window = KioskWindow(setup.db, None, workshop_id=setup.workshop_id, activity_id=setup.activity_id,
                         clock=clock, **options)
    qtbot.addWidget(window)
    assert window.start()
    return window


@pytest.fixture
def clock() -> Clock:
    """The kiosk tests' clock (import the fixture into a test module to use it)."""
    return Clock()


@pytest.fixture
def kiosks() -> Iterator[list[KioskWindow]]:
    """The kiosks a test opened, each shut down after so no event filter outlives it."""
    opened: list[KioskWindow] = []
    yield opened
    for window in opened:
        window.shut_down()


def click(qtbot: Any, widget: QWidget) -> None:
    """A real mouse click in the middle of ``widget``."""
    assert widget.isVisible(), f"{widget.objectName() or widget} is not on screen"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def typed_values(window: QWidget) -> list[str]:
    """Every text and every checked choice left anywhere in the window (what the next person could see)."""
    found = [w.text() for w in window.findChildren(QLineEdit) if w.text()]
    found += [w.toPlainText() for w in window.findChildren(QPlainTextEdit) if w.toPlainText()]
    found += [w.text() for w in window.findChildren(QAbstractButton)
              if w.isCheckable() and w.isChecked() and w.objectName() != "kioskLanguage"]
    return found


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, any script (QTest.keyClicks knows only Latin-1 and aborts on the rest)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@dataclass
class Stored:
    """A response as the database holds it."""

    id: str
    mode: str
    language: str
    finished: bool
    participant_id: str | None
    answers: dict[str, str]


def stored(db: Database) -> list[Stored]:
    """Every response in the database with its answers by question name, oldest first."""
    with db.session() as session:
        found = []
        for response in session.scalars(select(Response).order_by(Response.started_at, Response.id)):
            rows = session.execute(select(QuestionRow.name, Answer.value).join(Answer, Answer.question_id ==
                                                                               QuestionRow.id)
                                   .where(Answer.response_id == response.id)).all()
            found.append(Stored(response.id, response.mode, response.language, response.completed_at is not None,
                                response.participant_id, dict(rows)))
        return found


def answer_rows(db: Database) -> int:
    """How many answer rows exist (a duplicate would show here)."""
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Answer)) or 0
