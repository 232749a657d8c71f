"""The ULG workbook benchmark's data: a 50-question survey and a database of 10,000 responses to it.

Built with SQLAlchemy Core bulk inserts, so building it takes seconds rather than the minutes the services would.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

RESPONSES = 10_000
QUESTIONS = 50
WORKSHOPS = 40
PARTICIPANTS = 4_000
KINDS = ("select_one",) * 15 + ("select_multiple",) * 8 + ("integer",) * 8 + ("decimal",) * 5 + \
        ("range",) * 5 + ("date",) * 3 + ("text",) * 6
WORDS = ("the library should open in the evening", "more courses for older people", "não tenho computador",
         "childcare during the sessions", "courses in Ukrainian please", "free wifi in the parish hall",
         "help with the social security website", "short sessions of one hour")


# -- the database --------------------------------------------------------------------------------------------
def bench_form() -> Any:
    """A 50-question survey in English and Portuguese: choices, numbers, dates and free text."""
    from workshop_app.core.forms import Choice, ChoiceList, Form, Question

    lists = [ChoiceList(f"list{k}", [Choice(f"c{k}_{n}", {"en": f"Choice {n} of list {k}",
                                                          "pt": f"Opção {n} da lista {k}"}) for n in range(6)])
             for k in range(4)]
    questions = []
    for index, kind in enumerate(KINDS):
        label = {"en": f"Question {index + 1}: what do you think about topic {index + 1}?",
                 "pt": f"Pergunta {index + 1}: o que pensa do tema {index + 1}?"}
        extra: dict[str, Any] = {}
        if kind in ("select_one", "select_multiple"):
            extra["list_name"] = f"list{index % 4}"
        if kind == "range":
            extra["parameters"] = {"start": "1", "end": "5"}
        questions.append(Question(f"q{index + 1:02d}", kind, label, **extra))
    return Form("bench_export", "Benchmark survey", questions, lists, ["en", "pt"], "en")


def _value(kind: str, rng: random.Random, question: int) -> str:
    if kind == "select_one":
        return f"c{question % 4}_{rng.randrange(6)}"
    if kind == "select_multiple":
        return " ".join(f"c{question % 4}_{n}" for n in sorted(rng.sample(range(6), rng.randint(1, 3))))
    if kind == "integer":
        return str(rng.randint(0, 90))
    if kind == "decimal":
        return f"{rng.uniform(0, 100):.2f}"
    if kind == "range":
        return str(rng.randint(1, 5))
    if kind == "date":
        return (datetime(2026, 1, 1) + timedelta(days=rng.randrange(365))).date().isoformat()
    return rng.choice(WORDS)


def build_database(path: Path, count: int = RESPONSES) -> None:
    """Write the benchmark database: 10,000 responses (500,000 answers) by 4,000 participants at 40 workshops, or
    ``count`` responses with participants and workshops in the same proportion."""
    from sqlalchemy import insert, select

    from workshop_app.core.surveys import SurveyService
    from workshop_app.db.database import Database
    from workshop_app.db.models import Answer, Participant, Question, Response, Workshop

    rng = random.Random(7)
    participants = max(1, count * PARTICIPANTS // RESPONSES)
    workshop_count = max(1, count * WORKSHOPS // RESPONSES)
    db = Database.open(path, create=True, laptop_id="bench")
    try:
        survey_id = SurveyService(db).import_form(bench_form()).id
        now = datetime(2026, 11, 1, tzinfo=timezone.utc)
        stamp = {"created_at": now, "updated_at": now, "laptop_id": "bench"}
        with db.transaction() as session:
            questions = dict(session.execute(select(Question.name, Question.id).where(
                Question.survey_id == survey_id)).all())
            workshops = [{"id": str(uuid.uuid4()), "title": f"Listening session {n + 1}", "place": "Library",
                          "starts_at": now - timedelta(days=3 * n), **stamp} for n in range(workshop_count)]
            session.execute(insert(Workshop), workshops)
            people = [{"id": str(uuid.uuid4()), "code": f"P-{n + 1:04d}", **stamp} for n in range(participants)]
            session.execute(insert(Participant), people)
            responses, answers = [], []
            for n in range(count):
                started = now - timedelta(minutes=n)
                rid = str(uuid.uuid4())
                responses.append({"id": rid, "survey_id": survey_id, "workshop_id": workshops[n % workshop_count]["id"],
                                  "participant_id": people[n % participants]["id"] if n % 10 else None,
                                  "language": "pt" if n % 3 else "en", "mode": "kiosk", "started_at": started,
                                  "completed_at": started + timedelta(minutes=6), **stamp})
                for index, kind in enumerate(KINDS):
                    answers.append({"id": str(uuid.uuid4()), "response_id": rid,
                                    "question_id": questions[f"q{index + 1:02d}"], "instance": "",
                                    "value": _value(kind, rng, index), "answered_at": started, **stamp})
                if len(answers) >= 50_000 or n == count - 1:
                    session.execute(insert(Response), responses)  # before their answers (foreign keys)
                    session.execute(insert(Answer), answers)
                    responses, answers = [], []
    finally:
        db.close()
