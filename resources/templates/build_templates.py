"""Developer script: write the survey templates shipped in this folder (English and Portuguese XLSForms).

Run from the checkout with ``python resources/templates/build_templates.py``; the .xlsx files it writes are
committed, and the app only reads them. Edit the texts here, run it again, and commit both.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from workshop_app.core.forms import Choice, ChoiceList, Form, Question  # noqa: E402
from workshop_app.formats.xlsform import write_xlsform  # noqa: E402

LANGUAGES = {"en": "English", "pt": "Português"}
LIKERT = {"start": "1", "end": "5", "step": "1"}


def texts(english: str, portuguese: str) -> dict[str, str]:
    return {"en": english, "pt": portuguese} if english else {}


def q(name: str, kind: str, label: tuple[str, str], hint: tuple[str, str] = ("", ""), *, list_name: str = "",
      required: bool = False, relevant: str = "", constraint: str = "", message: tuple[str, str] = ("", ""),
      calculation: str = "", parameters: dict[str, str] | None = None, appearance: str = "",
      default: str = "", choice_filter: str = "", children: list[Question] | None = None) -> Question:
    return Question(name, kind, texts(*label), texts(*hint), list_name=list_name, required=required,
                    relevant=relevant, constraint=constraint, constraint_message=texts(*message),
                    calculation=calculation, parameters=dict(parameters or {}), appearance=appearance,
                    default=default, extra={"choice_filter": choice_filter} if choice_filter else {},
                    children=children or [])


def choices(name: str, *items: tuple[str, str, str]) -> ChoiceList:
    return ChoiceList(name, [Choice(code, texts(en, pt)) for code, en, pt in items])


AGREE5 = choices(
    "agree5", ("strongly_disagree", "Strongly disagree", "Discordo totalmente"), ("disagree", "Disagree", "Discordo"),
    ("neutral", "Neither agree nor disagree", "Não concordo nem discordo"), ("agree", "Agree", "Concordo"),
    ("strongly_agree", "Strongly agree", "Concordo totalmente"))
YES_NO = choices("yes_no", ("yes", "Yes", "Sim"), ("no", "No", "Não"))
YES_NO_MAYBE = choices("yes_no_maybe", ("yes", "Yes", "Sim"), ("maybe", "Maybe", "Talvez"), ("no", "No", "Não"))
ALL_THAT_APPLY = ("Choose all that apply.", "Escolha todas as opções que se aplicam.")
OWN_WORDS = ("In your own words, in any language.", "Por palavras suas, em qualquer língua.")
# Straight quotes: pyxform turns typographic ones into straight ones when it reads a form.
ONLY_NONE = ('"None" cannot go with other answers.', "«Nenhum» não pode ser escolhido com outras respostas.")


def feedback() -> Form:
    questions = [
        q("welcome", "note", ("Thank you for taking part today. This short survey is anonymous: your answers never "
                              "appear with your name.",
                              "Obrigado/a por ter participado hoje. Este breve inquérito é anónimo: as suas respostas "
                              "nunca aparecem associadas ao seu nome.")),
        q("workshop_rating", "range", ("Overall, how useful was today's workshop for you?",
                                       "No geral, até que ponto a sessão de hoje foi útil para si?"),
          ("1 = not useful at all, 5 = very useful", "1 = nada útil, 5 = muito útil"), required=True,
          parameters=LIKERT),
        q("felt_heard", "select_one", ("I felt that my opinion was listened to.",
                                       "Senti que a minha opinião foi ouvida."), list_name="agree5", required=True),
        q("clear_purpose", "select_one", ("The purpose of the workshop was clear to me.",
                                          "O objetivo da sessão foi claro para mim."), list_name="agree5"),
        q("everyone_took_part", "select_one", ("The facilitation helped everyone to take part.",
                                               "A forma como a sessão foi conduzida ajudou todos a participar."),
          list_name="agree5"),
        q("followed_language", "select_one", ("Could you follow the workshop in the language used?",
                                              "Conseguiu acompanhar a sessão na língua utilizada?"),
          list_name="yes_no", required=True),
        q("language_help", "text", ("What would have helped you to follow it better?",
                                    "O que o/a teria ajudado a acompanhar melhor?"), OWN_WORDS,
          relevant="${followed_language} = 'no'"),
        q("most_useful", "text", ("What was the most useful part of the workshop?",
                                  "Qual foi a parte mais útil da sessão?"), OWN_WORDS),
        q("improve", "select_multiple", ("What should we improve next time?", "O que devemos melhorar da próxima vez?"),
          ALL_THAT_APPLY, list_name="improvements",
          constraint="not(selected(., 'nothing') and count-selected(.) > 1)", message=ONLY_NONE),
        q("improve_other", "text", ("What else should we improve?", "Que outra coisa devemos melhorar?"), OWN_WORDS,
          required=True, relevant="selected(${improve}, 'other')"),
        q("heard_from", "select_one", ("How did you hear about this workshop?", "Como soube desta sessão?"),
          list_name="channels"),
        q("come_again", "select_one", ("Would you take part in another meeting of this group?",
                                       "Voltaria a participar numa reunião deste grupo?"), list_name="yes_no_maybe"),
        q("topics_next", "text", ("Which topic would you like the group to discuss next?",
                                  "Que tema gostaria que o grupo discutisse a seguir?"), OWN_WORDS,
          relevant="${come_again} != 'no'"),
        q("thanks", "note", ("Thank you! Your answers help the URBACT Local Group to plan the next steps.",
                             "Obrigado/a! As suas respostas ajudam o Grupo Local URBACT a planear os próximos "
                             "passos.")),
    ]
    lists = [AGREE5, YES_NO, YES_NO_MAYBE, choices(
        "improvements", ("timing", "The time of day", "O horário"), ("venue", "The venue", "O local"),
        ("accessibility", "Access for people with disabilities", "A acessibilidade para pessoas com deficiência"),
        ("materials", "Materials and visuals", "Os materiais e os suportes visuais"),
        ("discussion_time", "More time for discussion", "Mais tempo para debate"),
        ("childcare", "Childcare during the session", "Acolhimento de crianças durante a sessão"),
        ("interpretation", "Interpretation into other languages", "Interpretação para outras línguas"),
        ("other", "Something else", "Outra coisa"), ("nothing", "Nothing, it was fine", "Nada, correu bem")),
        choices("channels", ("friend", "A friend or neighbour", "Um amigo ou vizinho"),
                ("association", "An association or NGO", "Uma associação ou ONG"),
                ("city_hall", "The city council", "A câmara municipal"),
                ("social_media", "Social media", "Redes sociais"),
                ("poster", "A poster or leaflet", "Um cartaz ou folheto"),
                ("other", "Another way", "Outra forma"))]
    return Form("ulg_workshop_feedback", "ULG workshop feedback", questions, lists, ["en", "pt"], "en",
                dict(LANGUAGES), {"version": "1"})


def needs() -> Form:
    about = [
        q("age_band", "select_one", ("How old are you?", "Que idade tem?"), list_name="age_bands"),
        q("years_here", "select_one", ("How long have you lived in this city?", "Há quanto tempo vive nesta cidade?"),
          list_name="years"),
        q("neighbourhood", "text", ("Which neighbourhood do you live in?", "Em que bairro vive?"),
          ("Leave it empty if you prefer not to say.", "Deixe em branco se preferir não dizer.")),
    ]
    questions = [
        q("intro", "note", ("This survey asks what your neighbourhood needs most. It takes about ten minutes and is "
                            "anonymous.",
                            "Este inquérito pergunta o que mais falta no seu bairro. Demora cerca de dez minutos e é "
                            "anónimo.")),
        q("about_you", "group", ("About you", "Sobre si"), appearance="field-list", children=about),
        q("priorities", "select_multiple", ("Which topics matter most to you?",
                                            "Que temas são mais importantes para si?"),
          ("Choose up to three.", "Escolha no máximo três."), list_name="topics", required=True,
          constraint="count-selected(.) <= 3",
          message=("Choose at most three topics.", "Escolha no máximo três temas.")),
        q("priority_order", "rank", ("Put the topics you chose in order of importance.",
                                     "Ordene os temas que escolheu por ordem de importância."), list_name="topics",
          relevant="count-selected(${priorities}) > 1", choice_filter="selected(${priorities}, name)"),
        q("biggest_problem", "text", ("In a few words, what is the biggest problem in your neighbourhood?",
                                      "Em poucas palavras, qual é o maior problema do seu bairro?"), OWN_WORDS),
        q("services_used", "select_multiple", ("Which local services have you used in the last year?",
                                               "Que serviços locais utilizou no último ano?"), ALL_THAT_APPLY,
          list_name="services", constraint="not(selected(., 'none') and count-selected(.) > 1)", message=ONLY_NONE),
        q("services_rating", "range", ("How satisfied are you with these services?",
                                       "Até que ponto está satisfeito/a com esses serviços?"),
          ("1 = not at all, 5 = very satisfied", "1 = nada, 5 = muito satisfeito/a"), parameters=LIKERT,
          relevant="${services_used} != '' and not(selected(${services_used}, 'none'))"),
        q("missing_service", "text", ("Which service is missing in your neighbourhood?",
                                      "Que serviço falta no seu bairro?"), OWN_WORDS),
        q("participation_barriers", "select_multiple", ("What makes it hard for you to take part in meetings like "
                                                        "this one?",
                                                        "O que lhe dificulta participar em reuniões como esta?"),
          ALL_THAT_APPLY, list_name="barriers"),
        q("barriers_other", "text", ("What else makes it hard?", "Que outra dificuldade sente?"), OWN_WORDS,
          required=True, relevant="selected(${participation_barriers}, 'other')"),
        q("volunteer", "select_one", ("Would you like to help with a project in your neighbourhood?",
                                      "Gostaria de ajudar num projeto no seu bairro?"), list_name="yes_no_maybe"),
        q("volunteer_hours", "integer", ("How many hours a month could you give?",
                                         "Quantas horas por mês poderia dedicar?"),
          relevant="${volunteer} = 'yes' or ${volunteer} = 'maybe'", constraint=". >= 1 and . <= 80",
          message=("Between 1 and 80 hours.", "Entre 1 e 80 horas.")),
        q("thanks", "note", ("Thank you for sharing what your neighbourhood needs.",
                             "Obrigado/a por partilhar o que o seu bairro precisa.")),
    ]
    lists = [YES_NO_MAYBE, choices(
        "age_bands", ("under_18", "Under 18", "Menos de 18"), ("18_29", "18 to 29", "18 a 29"),
        ("30_44", "30 to 44", "30 a 44"), ("45_64", "45 to 64", "45 a 64"), ("65_plus", "65 or older", "65 ou mais"),
        ("prefer_not", "Prefer not to say", "Prefiro não dizer")), choices(
        "years", ("less_1", "Less than a year", "Menos de um ano"), ("1_5", "1 to 5 years", "1 a 5 anos"),
        ("5_plus", "More than 5 years", "Mais de 5 anos"), ("always", "All my life", "Toda a vida"),
        ("prefer_not", "Prefer not to say", "Prefiro não dizer")), choices(
        "topics", ("housing", "Housing", "Habitação"), ("jobs", "Jobs and training", "Emprego e formação"),
        ("public_space", "Public spaces and green areas", "Espaços públicos e zonas verdes"),
        ("transport", "Public transport", "Transportes públicos"), ("safety", "Safety", "Segurança"),
        ("health", "Health and care", "Saúde e cuidados"), ("culture", "Culture and leisure", "Cultura e lazer"),
        ("digital", "Digital skills and internet access", "Competências digitais e acesso à internet")), choices(
        "services", ("health_centre", "Health centre", "Centro de saúde"),
        ("employment_office", "Employment office", "Centro de emprego"),
        ("library", "Public library", "Biblioteca municipal"), ("social_services", "Social services", "Ação social"),
        ("sports", "Sports facilities", "Equipamentos desportivos"), ("none", "None", "Nenhum")), choices(
        "barriers", ("time", "The time of the meetings", "O horário das reuniões"),
        ("childcare", "Nobody to look after my children", "Não tenho com quem deixar os filhos"),
        ("language", "The language used", "A língua utilizada"), ("transport", "Getting there", "A deslocação"),
        ("information", "I don't hear about them", "Não sei quando acontecem"),
        ("other", "Something else", "Outro motivo"))]
    return Form("needs_assessment", "Neighbourhood needs assessment", questions, lists, ["en", "pt"], "en",
                dict(LANGUAGES), {"version": "1"})


def training() -> Form:
    questions = [
        q("intro", "note", ("Please tell us what you thought of the training. Your answers are anonymous.",
                            "Diga-nos o que achou da formação. As suas respostas são anónimas.")),
        q("training_date", "date", ("Date of the training", "Data da formação"), default="today()"),
        q("role", "select_one", ("Which best describes your role in the group?",
                                 "O que descreve melhor o seu papel no grupo?"), list_name="roles"),
        q("role_other", "text", ("What is your role?", "Qual é o seu papel?"), relevant="${role} = 'other'"),
        q("objectives_met", "select_one", ("The training met its objectives.", "A formação cumpriu os seus objetivos."),
          list_name="agree5", required=True),
        q("content_relevant", "select_one", ("The content was relevant to my work in the group.",
                                             "Os conteúdos foram relevantes para o meu trabalho no grupo."),
          list_name="agree5"),
        q("pace", "select_one", ("How was the pace of the training?", "Como foi o ritmo da formação?"),
          list_name="pace"),
        q("trainer_rating", "range", ("How would you rate the trainer?", "Como avalia o/a formador/a?"),
          ("1 = poor, 5 = excellent", "1 = fraco, 5 = excelente"), parameters=LIKERT),
        q("knowledge_before", "range", ("How much did you know about the topic before the training?",
                                        "Quanto sabia sobre o tema antes da formação?"),
          ("1 = nothing, 5 = a lot", "1 = nada, 5 = muito"), parameters=LIKERT, required=True),
        q("knowledge_after", "range", ("And how much do you know now?", "E quanto sabe agora?"),
          ("1 = nothing, 5 = a lot", "1 = nada, 5 = muito"), parameters=LIKERT, required=True),
        q("knowledge_gain", "calculate", ("", ""), calculation="${knowledge_after} - ${knowledge_before}"),
        q("gain_note", "note", ("You rate your knowledge ${knowledge_gain} point(s) higher than before. Thank you!",
                                "Avalia o seu conhecimento com mais ${knowledge_gain} ponto(s) do que antes. "
                                "Obrigado/a!"), relevant="${knowledge_gain} > 0"),
        q("will_apply", "select_one", ("Will you use what you learned in the next months?",
                                       "Vai aplicar o que aprendeu nos próximos meses?"), list_name="yes_no_maybe"),
        q("apply_how", "text", ("How will you use it?", "Como vai aplicá-lo?"), OWN_WORDS,
          relevant="${will_apply} = 'yes'"),
        q("recommend", "integer", ("From 0 to 10, how likely are you to recommend this training to a colleague?",
                                   "De 0 a 10, qual a probabilidade de recomendar esta formação a um colega?"),
          constraint=". >= 0 and . <= 10", message=("Enter a number from 0 to 10.", "Indique um número de 0 a 10.")),
        q("comments", "text", ("Anything else you would like to tell us?", "Quer dizer-nos mais alguma coisa?"),
          OWN_WORDS, appearance="multiline"),
    ]
    lists = [AGREE5, YES_NO_MAYBE, choices(
        "roles", ("resident", "Resident", "Morador/a"), ("association", "Association or NGO", "Associação ou ONG"),
        ("municipality", "Municipal staff", "Técnico/a municipal"), ("business", "Local business", "Comércio local"),
        ("school", "School or university", "Escola ou universidade"), ("other", "Other", "Outro")), choices(
        "pace", ("too_slow", "Too slow", "Demasiado lento"), ("right", "About right", "Adequado"),
        ("too_fast", "Too fast", "Demasiado rápido"))]
    return Form("training_evaluation", "Training evaluation", questions, lists, ["en", "pt"], "en",
                dict(LANGUAGES), {"version": "1"})


TEMPLATES = {"ulg_workshop_feedback.xlsx": feedback, "needs_assessment.xlsx": needs,
             "training_evaluation.xlsx": training}


def main() -> None:
    for filename, build in TEMPLATES.items():
        print(write_xlsform(build(), HERE / filename))


if __name__ == "__main__":
    main()
