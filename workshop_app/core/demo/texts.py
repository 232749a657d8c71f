"""Word lists of the demo: fictional names, sticky-note ideas and what people typed into the survey.

Everything here is invented. Names are common first names and surnames put together at random, so they
do not describe anyone; free texts are short, plausible things people say in such workshops.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """Where a participant (or their parents) comes from, and what follows from it in the demo."""

    women: tuple[str, ...]
    men: tuple[str, ...]
    surnames: tuple[str, ...]
    first_language: str
    """The usual answer to the first-language question: local, local_and_other or other."""
    language_name: str = ""
    """The language in the person's own words (typed by a Portuguese facilitator), when it is not local."""
    writes: tuple[tuple[str, float], ...] = (("pt", 1.0),)
    """Languages the person types free text in, with weights."""


ORIGINS: dict[str, Origin] = {
    "pt": Origin(
        ("Maria", "Ana", "Beatriz", "Carla", "Sofia", "Inês", "Rita", "Catarina", "Helena", "Teresa", "Filipa",
         "Cláudia", "Sandra", "Patrícia", "Lurdes", "Graça", "Conceição", "Fernanda"),
        ("João", "José", "António", "Manuel", "Rui", "Pedro", "Miguel", "Nuno", "Paulo", "Luís", "Ricardo",
         "Diogo", "Fernando", "Armando"),
        ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
         "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Pinto", "Carvalho",
         "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira"),
        "local",
    ),
    "br": Origin(
        ("Luana", "Jéssica", "Thaís", "Daiane", "Larissa"), ("Thiago", "Wellington", "Gabriel", "Leandro"),
        ("da Silva", "Souza", "Barbosa", "Araújo", "Nascimento", "Cavalcanti"),
        "local",
    ),
    "cv": Origin(
        ("Djamila", "Edna", "Keila", "Zenaida", "Elisângela"), ("Edmilson", "Nelson", "Adilson", "Jailson"),
        ("Tavares", "Semedo", "Fortes", "Monteiro", "Varela", "Delgado"),
        "local_and_other", "Crioulo cabo-verdiano",
    ),
    "uk": Origin(
        ("Олена", "Ірина", "Наталія", "Оксана", "Тетяна", "Юлія", "Катерина"),
        ("Андрій", "Олександр", "Сергій", "Дмитро", "Богдан"),
        ("Коваленко", "Шевчук", "Бондаренко", "Мельник", "Ткаченко", "Кравченко", "Олійник"),
        "other", "Ucraniano", (("uk", 0.6), ("en", 0.4)),
    ),
    "ar": Origin(
        ("مريم", "أمينة", "سلمى", "نور", "خديجة", "ليلى"), ("يوسف", "محمد", "عمر", "كريم", "سامي"),
        ("حداد", "الخطيب", "العلي", "منصور", "الأحمد"),
        "other", "Árabe", (("ar", 0.6), ("pt", 0.2), ("en", 0.2)),
    ),
    "ne": Origin(
        ("Sita", "Gita", "Sunita", "Anita"), ("Ram", "Bikash", "Suman", "Prakash"),
        ("Thapa", "Gurung", "Shrestha", "Tamang", "Rai"),
        "other", "Nepalês", (("en", 1.0),),
    ),
    "in": Origin(
        ("Priya", "Kavita", "Neha", "Harpreet"), ("Rajesh", "Amit", "Sandeep", "Gurpreet"),
        ("Sharma", "Singh", "Kumar", "Patel"),
        "other", "Punjabi", (("en", 1.0),),
    ),
    "ro": Origin(
        ("Ioana", "Elena", "Andreea", "Mihaela"), ("Andrei", "Mihai", "Ionuț", "Florin"),
        ("Popescu", "Ionescu", "Stan", "Dumitru", "Munteanu"),
        "other", "Romeno", (("pt", 0.5), ("en", 0.5)),
    ),
}

# Where people who moved here come from, and where the parents of the second generation came from.
MOVED_HERE_ORIGINS = {"br": 30, "uk": 18, "cv": 12, "ar": 12, "ne": 10, "in": 8, "ro": 10}
PARENTS_MOVED_ORIGINS = {"cv": 40, "br": 20, "ar": 15, "uk": 10, "ro": 15}

OWN_WORDS_GENDER = ("Pessoa não-binária de género fluido", "Agénero", "Prefiro descrever-me como queer")
OWN_WORDS_WORK = ("Voluntária na paróquia", "Trabalho sazonal na agricultura", "Biscates nas obras")

# Sticky notes by topic; each brainstorm draws its clusters from these topics and its notes from them.
CLUSTER_NAMES = {
    "time_place": "When and where",
    "childcare": "Childcare and caring",
    "confidence": "Confidence and first steps",
    "devices": "Devices and internet",
    "language": "Language and information",
    "jobs": "Jobs and certificates",
    "cost": "Cost and transport",
}
IDEAS = {
    "time_place": (
        "Courses in the evening and on Saturdays", "Classes in the parish hall, close to home",
        "Short sessions of one hour, not whole afternoons", "Courses at the public library with free computers",
        "Same day and time every week so people can plan", "A digital bus that visits the neighbourhoods",
        "Aulas ao sábado de manhã", "Meet where people already go: the market, the health centre",
    ),
    "childcare": (
        "A childcare corner during courses", "Courses during school hours for mothers",
        "Volunteers to look after children during class", "Sessions where you can bring your baby",
        "Help for people who care for older parents to come", "Espaço para as crianças durante as aulas",
    ),
    "confidence": (
        "Start with the phone, not the computer", "Patient tutors, no jargon",
        "Learn in small groups of people like me", "Young people helping older people as digital buddies",
        "Practise real tasks: booking a doctor, paying bills", "Nobody should feel stupid for asking",
        "Step-by-step guides with pictures", "Alguém com paciência para explicar devagar",
    ),
    "devices": (
        "Lend laptops and tablets from the library", "Free Wi-Fi in public buildings",
        "Cheap data plans for families on low incomes", "Recycled computers from local companies",
        "Help to set up email and passwords safely", "Wi-Fi grátis no bairro",
    ),
    "language": (
        "Courses in English, Ukrainian and Arabic", "Cultural mediators in class",
        "Posters in several languages at the health centre",
        "Tell people about courses through associations they trust",
        "Word of mouth works better than Facebook", "Simple Portuguese, with pictures",
    ),
    "jobs": (
        "A certificate that employers recognise", "Help with CVs and online job applications",
        "Internships with local employers", "Courses linked to real jobs in the city",
        "Paid time off work to take a course", "Learn to use the employment office website",
        "Formação com certificado reconhecido",
    ),
    "cost": (
        "A free bus ticket on course days", "Courses must be free", "Coffee and snacks: people come straight from work",
        "A small allowance for people on low incomes", "Car-sharing to the courses from the villages",
    ),
}

# Free-text survey answers, by the language they are written in.
SUGGESTIONS = {
    "en": (
        "Evening courses, after work.", "Someone patient who explains things slowly.",
        "Free Wi-Fi in the parish hall and the library.", "Courses for older people, at our own pace.",
        "Help to write a CV and apply for jobs online.", "A bus that runs later in the evening.",
        "Lend laptops to people who cannot buy one.", "Short courses with a certificate employers recognise.",
        "Put all the courses in one place, on paper too, not only on Facebook.",
        "Teach us how to spot scams by SMS and email.", "Courses for parents and children together.",
        "Ask the associations to spread the word; people trust them.",
    ),
    "pt": (
        "Mais cursos à noite na biblioteca, por favor.",
        "Um espaço para as crianças enquanto as mães estão na formação.",
        "Ajuda para marcar consultas no centro de saúde pela internet.", "Cursos gratuitos e perto de casa.",
        "Ensinar a tratar de assuntos da Segurança Social no telemóvel.",
        "Computadores na junta de freguesia com alguém para ajudar.",
        "Formação com certificado para pôr no currículo.",
        "Aulas em grupos pequenos, com tempo para praticar.", "Explicar como evitar burlas no telemóvel.",
        "Ir aos bairros em vez de esperar que as pessoas venham ao centro.",
        "Horários ao fim do dia para quem trabalha.", "Ter alguém na junta que ajude a preencher formulários online.",
    ),
    "uk": (
        "Потрібні курси англійською або українською, бо я ще погано знаю португальську.",
        "Хочу навчитися складати резюме онлайн.", "Курси ввечері, після роботи.",
    ),
    "ar": (
        "أحتاج إلى دروس باللغة العربية أو مع مترجم.", "أتمنى وجود حضانة للأطفال أثناء الدورة.",
        "دورات مجانية قريبة من البيت.",
    ),
}
OTHER_BARRIERS = {
    "en": (
        "I work shifts and they change every week.", "My eyesight makes small screens hard to read.",
        "I didn't know there were free courses.", "I feel embarrassed to ask for help at my age.",
    ),
    "pt": (
        "Trabalho por turnos e o horário muda todas as semanas.", "Não tenho carro e o autocarro não passa à noite.",
        "Tenho vergonha de pedir ajuda na minha idade.", "Não sabia que havia cursos gratuitos.",
    ),
    "uk": ("Працюю на двох роботах, немає часу.", "Не знаю, де записатися на курс."),
    "ar": ("لا أعرف أين تُقام الدورات.", "زوجي يعمل ليلاً ولا أستطيع ترك الأطفال وحدهم."),
}
# One answer starts with "=": an export must write it as text, never as a formula.
FORMULA_LIKE_ANSWER = "=2+2 is all the maths I remember; I want to learn spreadsheets properly."
