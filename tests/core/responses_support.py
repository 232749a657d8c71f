"""Surveys, people and workshops for the response, kiosk and live-activity tests."""

from __future__ import annotations

from workshop_app.core.forms import Choice, ChoiceList, Form, Question
from workshop_app.core.participants import ParticipantService
from workshop_app.core.surveys import SurveyService
from workshop_app.core.workshops import WorkshopService
from workshop_app.db.database import Database


def small_form(*, allow_anonymous: bool = True) -> Form:
    """Eight rows in English and Portuguese: a note, text, numbers with a constraint, selects, skip logic."""
    yes_no = ChoiceList("yes_no", [Choice("yes", {"en": "Yes", "pt": "Sim"}), Choice("no", {"en": "No", "pt": "Não"})])
    topics = ChoiceList("topics", [Choice(c, {"en": c.title(), "pt": c.upper()}) for c in ("jobs", "housing", "care")])
    rows = [
        Question("intro", "note", {"en": "Welcome!", "pt": "Bem-vindo!"}),
        Question("name", "text", {"en": "What should we call you?", "pt": "Como o devemos chamar?"}),
        Question("age", "integer", {"en": "Your age", "pt": "A sua idade"}, required=True,
                 constraint=". >= 0 and . <= 120", constraint_message={"en": "An age from 0 to 120."}),
        Question("height", "decimal", {"en": "Height (m)", "pt": "Altura (m)"}),
        Question("likes", "select_one", {"en": "Do you like it here?", "pt": "Gosta de cá estar?"},
                 list_name="yes_no", required=True),
        Question("why", "text", {"en": "Why?", "pt": "Porquê?"}, relevant="${likes} = 'yes'", required=True),
        Question("topics", "select_multiple", {"en": "Topics", "pt": "Temas"}, list_name="topics"),
        Question("score", "range", {"en": "Score", "pt": "Nota"}, parameters={"start": "1", "end": "5", "step": "1"}),
    ]
    return Form("small", "Small survey", rows, [yes_no, topics], ["en", "pt"], "en",
                {"en": "English", "pt": "Português"}, allow_anonymous=allow_anonymous)


def add_survey(db: Database, form: Form | None = None) -> str:
    """Store ``form`` (default: ``small_form()``) and return the survey id."""
    return SurveyService(db).import_form(form or small_form()).id


def add_person(db: Database, *, consent: bool = True) -> tuple[str, str]:
    """Register a participant (with consent to take part unless told otherwise); returns (id, code)."""
    data = ParticipantService(db).register(consents=["take_part"] if consent else [], recorded_by="Ana")
    return data.id, data.code


def add_workshop(db: Database, *kinds: str) -> tuple[str, list[str]]:
    """A workshop with agenda items of ``kinds``; returns (workshop id, activity ids)."""
    service = WorkshopService(db)
    workshop = service.create("Listening session")
    return workshop.id, [service.add_activity(workshop.id, kind).id for kind in kinds]


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
