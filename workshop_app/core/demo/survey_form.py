"""The demo's survey: "ULG workshop feedback", in English and Portuguese, with skip logic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop_app.core.demo.context import BASE, Rng, add_rows
from workshop_app.db.models import Choice, ChoiceList, ChoiceTranslation, Question, QuestionTranslation, Survey

FORM_ID = "ulg_feedback"
TITLE = "ULG workshop feedback"
LANGUAGES = ("en", "pt")
LIKERT = {"start": 1, "end": 5, "step": 1}
ALL_THAT_APPLY = ("Choose all that apply.", "Escolha todas as opções que se aplicam.")
OWN_WORDS = ("In your own words, in any language.", "Por palavras suas, em qualquer língua.")

# list name → (code, English label, Portuguese label)
CHOICE_LISTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "agree5": (
        ("strongly_disagree", "Strongly disagree", "Discordo totalmente"), ("disagree", "Disagree", "Discordo"),
        ("neutral", "Neither agree nor disagree", "Não concordo nem discordo"), ("agree", "Agree", "Concordo"),
        ("strongly_agree", "Strongly agree", "Concordo totalmente"),
    ),
    "internet_uses": (
        ("messages", "Messages and video calls", "Mensagens e videochamadas"), ("email", "Email", "Correio eletrónico"),
        ("social_media", "Social media", "Redes sociais"),
        ("public_services", "Public services (tax, social security, health)",
         "Serviços públicos (Finanças, Segurança Social, saúde)"),
        ("banking", "Online banking", "Banco pela internet"), ("job_search", "Looking for work", "Procurar trabalho"),
        ("learning", "Learning something new", "Aprender coisas novas"),
        ("none", "I don't use the internet", "Não uso a internet"),
    ),
    "yes_no": (("yes", "Yes", "Sim"), ("no", "No", "Não")),
    "course_places": (
        ("library", "Public library", "Biblioteca municipal"),
        ("employment_office", "Employment office", "Centro de emprego"),
        ("association", "An association or NGO", "Uma associação ou ONG"),
        ("online", "Online, on my own", "Online, por conta própria"),
        ("school", "School or university", "Escola ou universidade"),
        ("workplace", "At work", "No trabalho"),
    ),
    "barriers": (
        ("time", "No time", "Falta de tempo"),
        ("childcare", "Nobody to look after my children", "Não tenho com quem deixar os filhos"),
        ("cost", "Courses cost too much", "Os cursos são caros"),
        ("transport", "Hard to get there", "É difícil lá chegar"),
        ("language", "Courses are not in my language", "Os cursos não são na minha língua"),
        ("no_device", "No computer or internet at home", "Não tenho computador nem internet em casa"),
        ("confidence", "I don't feel confident enough", "Não me sinto à vontade"),
        ("information", "I don't know where to find courses", "Não sei onde há cursos"),
        ("other", "Something else", "Outro motivo"),
    ),
    "course_times": (
        ("morning", "Weekday mornings", "Manhãs, durante a semana"),
        ("afternoon", "Weekday afternoons", "Tardes, durante a semana"),
        ("evening", "Weekday evenings", "Noites, durante a semana"),
        ("weekend", "Weekends", "Fins de semana"),
    ),
}


@dataclass(frozen=True)
class QuestionSpec:
    """One row of the form as data; labels and hints are (English, Portuguese)."""

    name: str
    type: str
    label: tuple[str, str]
    hint: tuple[str, str] = ("", "")
    list_name: str | None = None
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    constraint_message: tuple[str, str] = ("", "")
    parameters: dict[str, Any] = field(default_factory=dict)


QUESTIONS = (
    QuestionSpec("welcome", "note", (
        "Thank you for coming. This survey takes about five minutes, and your answers never appear with your name.",
        "Obrigado/a por ter vindo. Este inquérito demora cerca de cinco minutos e as suas respostas nunca "
        "aparecem com o seu nome.")),
    QuestionSpec("workshop_rating", "range", ("How useful was today's workshop for you?",
                 "Até que ponto a sessão de hoje foi útil para si?"),
                 ("1 = not useful at all, 5 = very useful", "1 = nada útil, 5 = muito útil"),
                 required=True, parameters=LIKERT),
    QuestionSpec("felt_heard", "select_one", ("I felt that my opinion was listened to.",
                 "Senti que a minha opinião foi ouvida."), list_name="agree5", required=True),
    QuestionSpec("internet_use", "select_multiple", ("What do you use the internet for?", "Para que usa a internet?"),
                 ALL_THAT_APPLY, list_name="internet_uses",
                 constraint="not(selected(., 'none') and count-selected(.) > 1)",
                 constraint_message=("“I don't use the internet” cannot go with other answers.",
                                     "«Não uso a internet» não pode ser escolhido com outras respostas.")),
    QuestionSpec("confidence", "range", ("How confident do you feel using online public services?",
                 "Até que ponto se sente à vontade a usar serviços públicos online?"),
                 ("1 = not at all, 5 = very confident", "1 = nada, 5 = muito à vontade"), parameters=LIKERT),
    QuestionSpec("took_course", "select_one", ("In the last two years, have you taken a course on digital skills?",
                 "Nos últimos dois anos, frequentou algum curso de competências digitais?"),
                 list_name="yes_no", required=True),
    QuestionSpec("course_place", "select_one", ("Where did you take it?", "Onde o frequentou?"),
                 list_name="course_places", relevant="${took_course} = 'yes'"),
    QuestionSpec("barriers", "select_multiple", ("What stops you from taking a digital course?",
                 "O que o/a impede de frequentar um curso de competências digitais?"), ALL_THAT_APPLY,
                 list_name="barriers", required=True, relevant="${took_course} = 'no'"),
    QuestionSpec("barriers_other", "text", ("What else stops you?", "Que outro motivo o/a impede?"), OWN_WORDS,
                 required=True, relevant="selected(${barriers}, 'other')"),
    QuestionSpec("hours_per_week", "integer", ("How many hours a week could you give to a course?",
                 "Quantas horas por semana poderia dedicar a um curso?"), constraint=". >= 0 and . <= 40",
                 constraint_message=("Between 0 and 40 hours.", "Entre 0 e 40 horas.")),
    QuestionSpec("best_time", "select_one", ("When would a course suit you best?",
                 "Quando lhe daria mais jeito um curso?"), list_name="course_times"),
    QuestionSpec("suggestion", "text", ("What one thing should the city do to help people learn digital skills?",
                 "Qual é a primeira coisa que a cidade deveria fazer para ajudar as pessoas a aprender "
                 "competências digitais?"), OWN_WORDS),
)


@dataclass
class Form:
    """The survey as written, as the response generator needs it."""

    survey_id: str
    question_ids: dict[str, str]
    specs: tuple[QuestionSpec, ...] = QUESTIONS

    def codes(self, list_name: str) -> tuple[str, ...]:
        """The choice codes of a list, in order."""
        return tuple(code for code, _, _ in CHOICE_LISTS[list_name])


def add_survey(session: Session, rng: Rng) -> tuple[Form, int]:
    """Write the survey with its choice lists, questions and translations; returns it and the number of surveys.

    Its version is 1, or the next free one when the database already holds this form (e.g. an imported copy).
    """
    latest = session.scalar(select(func.max(Survey.version)).where(Survey.form_id == FORM_ID))
    at = BASE - timedelta(days=25)
    survey = Survey(**rng.row(at), form_id=FORM_ID, version=(latest or 0) + 1, title=TITLE, default_language="en",
                    allow_anonymous=True, settings={})
    rows: list[Any] = [survey]
    list_ids: dict[str, str] = {}
    for name, choices in CHOICE_LISTS.items():
        choice_list = ChoiceList(**rng.row(at), survey_id=survey.id, name=name)
        list_ids[name] = choice_list.id
        rows.append(choice_list)
        for position, (code, *labels) in enumerate(choices):
            choice = Choice(**rng.row(at), list_id=choice_list.id, position=position, name=code)
            rows.append(choice)
            rows.extend(ChoiceTranslation(**rng.row(at), choice_id=choice.id, language=language, label=label)
                        for language, label in zip(LANGUAGES, labels, strict=True))
    # Questions point at their choice list by id alone (no relationship), so the unit of work cannot know
    # to insert the lists first: they are flushed before.
    add_rows(session, rows)
    rows = []
    question_ids: dict[str, str] = {}
    for position, spec in enumerate(QUESTIONS):
        question = Question(
            **rng.row(at), survey_id=survey.id, parent_id=None, position=position, name=spec.name, type=spec.type,
            list_id=list_ids[spec.list_name] if spec.list_name else None, required=spec.required,
            relevant=spec.relevant, constraint=spec.constraint, parameters=dict(spec.parameters),
        )
        question_ids[spec.name] = question.id
        rows.append(question)
        rows.extend(
            QuestionTranslation(**rng.row(at), question_id=question.id, language=language, label=spec.label[k],
                                hint=spec.hint[k], constraint_message=spec.constraint_message[k])
            for k, language in enumerate(LANGUAGES)
        )
    add_rows(session, rows)
    return Form(survey.id, question_ids), 1
