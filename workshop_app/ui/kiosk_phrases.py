"""The kiosk's own few words ("Next", "Thank you!") in the participant's language, and language names in themselves.

Why not ``tr()``: Qt translates the app into the *facilitator's* language, one language per run. The kiosk speaks
the language each *participant* picks on the welcome screen, switching person after person, so its handful of
sentences live here, keyed by language code, with English as the fallback. Everything the facilitator sees (the
PIN pad, the data-entry window) still goes through ``tr()``.

Sentences avoid plurals ("Dots left: 2"), so one string per language is right in Ukrainian and Arabic too.
Polish and Italian live in ``kiosk_phrases_more``; the easy-read sentences (``phrase(..., easy=True)``) in
``kiosk_phrases_easy``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from workshop_app.ui.kiosk_phrases_easy import EASY
from workshop_app.ui.kiosk_phrases_more import ITALIAN, POLISH

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "start": "Start", "have_code": "I have a code", "choose_language": "Choose your language",
        "welcome_text": "Your answers help us. It takes a few minutes.",
        "anonymous": "Your answers are anonymous.",
        "code_title": "Type the code on your card", "continue": "Continue", "back": "Back", "next": "Next",
        "question_of": "Question {n} of {total}", "required": "Please answer this question to continue.",
        "finish_title": "That was the last question.", "finish_text": "Press “Send” to send your answers.",
        "send": "Send", "thanks": "Thank you!",
        "thanks_text": "Your answers are saved. The screen will be ready for the next person in a moment.",
        "still_there": "Are you still there?",
        "still_there_text": "If nobody touches the screen, it starts again for the next person.",
        "im_here": "Yes, I am here", "integer": "Please write a whole number.",
        "decimal": "Please write a number, for example 12,5.",
        "constraint": "This answer is not possible here. Please check it.",
        "choice": "Please choose one of the answers.", "range": "Please choose a value on the scale.",
        "date": "Please write a date.", "time": "Please write a time.", "too_long": "This answer is too long.",
        "unknown_code": "We cannot find this code. Please check your card or ask for help.",
        "no_consent": "Please talk to the person running the session before you start.",
        "already_answered": "You have already answered this survey. Thank you!",
        "code_needed": "Please type the code on your card.",
        "trouble": "Something went wrong. Please ask for help.",
        "idea_title": "Write your idea", "idea_hint": "One idea at a time. It goes on the board without your name.",
        "idea_sent": "Your idea is on the board. Thank you!", "idea_empty": "Please write something first.",
        "vote_title": "Give your dots to the ideas you like most",
        "vote_hint": "Touch an idea to give it a dot. Touch “−” to take a dot back.",
        "dots_left": "Dots left: {n}", "done": "I have finished", "no_ideas": "There are no ideas to vote on yet.",
        "vote_thanks": "Thank you for voting!",
        "too_many_dots": "You have given all your dots. Take one back to move it.",
        "take_back": "Take a dot back", "comment_placeholder": "Write here (you may leave it empty)",
        "pick_rating": "Please choose a number.",
        "easy_read": "Easy read", "easy_read_hint": "Bigger text and short sentences", "delete_key": "Delete",
    },
    "pt": {
        "start": "Começar", "have_code": "Tenho um código", "choose_language": "Escolha a sua língua",
        "welcome_text": "As suas respostas ajudam-nos. Demora poucos minutos.",
        "anonymous": "As suas respostas são anónimas.",
        "code_title": "Escreva o código do seu cartão", "continue": "Continuar", "back": "Voltar",
        "next": "Seguinte", "question_of": "Pergunta {n} de {total}",
        "required": "Por favor, responda a esta pergunta para continuar.",
        "finish_title": "Esta foi a última pergunta.",
        "finish_text": "Carregue em “Enviar” para enviar as suas respostas.", "send": "Enviar",
        "thanks": "Muito obrigado!",
        "thanks_text": "As suas respostas foram guardadas. Dentro de momentos o ecrã fica pronto para a "
                       "próxima pessoa.",
        "still_there": "Ainda está aí?",
        "still_there_text": "Se ninguém tocar no ecrã, ele recomeça para a próxima pessoa.",
        "im_here": "Sim, estou aqui", "integer": "Por favor, escreva um número inteiro.",
        "decimal": "Por favor, escreva um número, por exemplo 12,5.",
        "constraint": "Esta resposta não é possível aqui. Por favor, verifique-a.",
        "choice": "Por favor, escolha uma das respostas.", "range": "Por favor, escolha um valor na escala.",
        "date": "Por favor, escreva uma data.", "time": "Por favor, escreva uma hora.",
        "too_long": "Esta resposta é demasiado longa.",
        "unknown_code": "Não encontrámos este código. Confirme o cartão ou peça ajuda.",
        "no_consent": "Por favor, fale com a pessoa que orienta a sessão antes de começar.",
        "already_answered": "Já respondeu a este questionário. Muito obrigado!",
        "code_needed": "Por favor, escreva o código do seu cartão.",
        "trouble": "Algo correu mal. Por favor, peça ajuda.",
        "idea_title": "Escreva a sua ideia", "idea_hint": "Uma ideia de cada vez. Vai para o quadro sem o seu nome.",
        "idea_sent": "A sua ideia está no quadro. Muito obrigado!",
        "idea_empty": "Por favor, escreva alguma coisa primeiro.",
        "vote_title": "Dê os seus pontos às ideias de que mais gosta",
        "vote_hint": "Toque numa ideia para lhe dar um ponto. Toque em “−” para tirar um ponto.",
        "dots_left": "Pontos por dar: {n}", "done": "Terminei", "no_ideas": "Ainda não há ideias para votar.",
        "vote_thanks": "Obrigado pelo seu voto!",
        "too_many_dots": "Já deu todos os seus pontos. Tire um para o mudar de sítio.",
        "take_back": "Tirar um ponto", "comment_placeholder": "Escreva aqui (pode deixar em branco)",
        "pick_rating": "Por favor, escolha um número.",
        "easy_read": "Leitura fácil", "easy_read_hint": "Letra maior e frases curtas", "delete_key": "Apagar",
    },
    "es": {
        "start": "Empezar", "have_code": "Tengo un código", "choose_language": "Elija su idioma",
        "welcome_text": "Sus respuestas nos ayudan. Solo lleva unos minutos.",
        "anonymous": "Sus respuestas son anónimas.",
        "code_title": "Escriba el código de su tarjeta", "continue": "Continuar", "back": "Atrás",
        "next": "Siguiente", "question_of": "Pregunta {n} de {total}",
        "required": "Por favor, responda a esta pregunta para continuar.",
        "finish_title": "Esta era la última pregunta.", "finish_text": "Pulse «Enviar» para enviar sus respuestas.",
        "send": "Enviar", "thanks": "¡Muchas gracias!",
        "thanks_text": "Sus respuestas se han guardado. En un momento la pantalla estará lista para la "
                       "siguiente persona.",
        "still_there": "¿Sigue ahí?",
        "still_there_text": "Si nadie toca la pantalla, volverá a empezar para la siguiente persona.",
        "im_here": "Sí, estoy aquí", "integer": "Por favor, escriba un número entero.",
        "decimal": "Por favor, escriba un número, por ejemplo 12,5.",
        "constraint": "Esta respuesta no es posible aquí. Por favor, revísela.",
        "choice": "Por favor, elija una de las respuestas.", "range": "Por favor, elija un valor de la escala.",
        "date": "Por favor, escriba una fecha.", "time": "Por favor, escriba una hora.",
        "too_long": "Esta respuesta es demasiado larga.",
        "unknown_code": "No encontramos este código. Revise su tarjeta o pida ayuda.",
        "no_consent": "Por favor, hable con la persona que dirige la sesión antes de empezar.",
        "already_answered": "Ya ha respondido a esta encuesta. ¡Muchas gracias!",
        "code_needed": "Por favor, escriba el código de su tarjeta.",
        "trouble": "Algo ha salido mal. Por favor, pida ayuda.",
        "idea_title": "Escriba su idea", "idea_hint": "Una idea cada vez. Aparecerá en el tablero sin su nombre.",
        "idea_sent": "Su idea está en el tablero. ¡Muchas gracias!",
        "idea_empty": "Por favor, escriba algo primero.",
        "vote_title": "Dé sus puntos a las ideas que más le gustan",
        "vote_hint": "Toque una idea para darle un punto. Toque «−» para quitar un punto.",
        "dots_left": "Puntos que le quedan: {n}", "done": "He terminado",
        "no_ideas": "Todavía no hay ideas para votar.", "vote_thanks": "¡Gracias por votar!",
        "too_many_dots": "Ya ha dado todos sus puntos. Quite uno para moverlo.",
        "take_back": "Quitar un punto", "comment_placeholder": "Escriba aquí (puede dejarlo en blanco)",
        "pick_rating": "Por favor, elija un número.",
        "easy_read": "Lectura fácil", "easy_read_hint": "Letra más grande y frases cortas", "delete_key": "Borrar",
    },
    "fr": {
        "start": "Commencer", "have_code": "J’ai un code", "choose_language": "Choisissez votre langue",
        "welcome_text": "Vos réponses nous aident. Cela prend quelques minutes.",
        "anonymous": "Vos réponses sont anonymes.",
        "code_title": "Tapez le code de votre carte", "continue": "Continuer", "back": "Retour",
        "next": "Suivant", "question_of": "Question {n} sur {total}",
        "required": "Merci de répondre à cette question pour continuer.",
        "finish_title": "C’était la dernière question.",
        "finish_text": "Appuyez sur « Envoyer » pour envoyer vos réponses.", "send": "Envoyer",
        "thanks": "Merci beaucoup !",
        "thanks_text": "Vos réponses sont enregistrées. L’écran sera prêt pour la personne suivante dans un "
                       "instant.",
        "still_there": "Êtes-vous toujours là ?",
        "still_there_text": "Si personne ne touche l’écran, il recommencera pour la personne suivante.",
        "im_here": "Oui, je suis là", "integer": "Merci d’écrire un nombre entier.",
        "decimal": "Merci d’écrire un nombre, par exemple 12,5.",
        "constraint": "Cette réponse n’est pas possible ici. Merci de la vérifier.",
        "choice": "Merci de choisir une des réponses.", "range": "Merci de choisir une valeur sur l’échelle.",
        "date": "Merci d’écrire une date.", "time": "Merci d’écrire une heure.",
        "too_long": "Cette réponse est trop longue.",
        "unknown_code": "Nous ne trouvons pas ce code. Vérifiez votre carte ou demandez de l’aide.",
        "no_consent": "Merci de parler à la personne qui anime la séance avant de commencer.",
        "already_answered": "Vous avez déjà répondu à ce questionnaire. Merci beaucoup !",
        "code_needed": "Merci de taper le code de votre carte.",
        "trouble": "Un problème est survenu. Merci de demander de l’aide.",
        "idea_title": "Écrivez votre idée",
        "idea_hint": "Une idée à la fois. Elle apparaîtra au tableau sans votre nom.",
        "idea_sent": "Votre idée est au tableau. Merci beaucoup !",
        "idea_empty": "Merci d’écrire quelque chose d’abord.",
        "vote_title": "Donnez vos points aux idées que vous préférez",
        "vote_hint": "Touchez une idée pour lui donner un point. Touchez « − » pour reprendre un point.",
        "dots_left": "Points restants : {n}", "done": "J’ai fini", "no_ideas": "Il n’y a pas encore d’idées à voter.",
        "vote_thanks": "Merci d’avoir voté !",
        "too_many_dots": "Vous avez donné tous vos points. Reprenez-en un pour le déplacer.",
        "take_back": "Reprendre un point", "comment_placeholder": "Écrivez ici (vous pouvez laisser vide)",
        "pick_rating": "Merci de choisir un nombre.",
        "easy_read": "Facile à lire", "easy_read_hint": "Texte plus grand et phrases courtes", "delete_key": "Effacer",
    },
    "uk": {
        "start": "Почати", "have_code": "У мене є код", "choose_language": "Оберіть мову",
        "welcome_text": "Ваші відповіді нам допомагають. Це займе кілька хвилин.",
        "anonymous": "Ваші відповіді анонімні.",
        "code_title": "Введіть код зі своєї картки", "continue": "Продовжити", "back": "Назад", "next": "Далі",
        "question_of": "Питання {n} з {total}",
        "required": "Будь ласка, дайте відповідь на це питання, щоб продовжити.",
        "finish_title": "Це було останнє питання.",
        "finish_text": "Натисніть «Надіслати», щоб надіслати свої відповіді.", "send": "Надіслати",
        "thanks": "Щиро дякуємо!",
        "thanks_text": "Ваші відповіді збережено. За мить екран буде готовий для наступної людини.",
        "still_there": "Ви ще тут?",
        "still_there_text": "Якщо ніхто не торкнеться екрана, він почнеться спочатку для наступної людини.",
        "im_here": "Так, я тут", "integer": "Будь ласка, введіть ціле число.",
        "decimal": "Будь ласка, введіть число, наприклад 12,5.",
        "constraint": "Така відповідь тут неможлива. Будь ласка, перевірте її.",
        "choice": "Будь ласка, оберіть одну з відповідей.", "range": "Будь ласка, оберіть значення на шкалі.",
        "date": "Будь ласка, введіть дату.", "time": "Будь ласка, введіть час.", "too_long": "Ця відповідь задовга.",
        "unknown_code": "Ми не знайшли цей код. Перевірте картку або попросіть допомоги.",
        "no_consent": "Будь ласка, перед початком зверніться до організаторів зустрічі.",
        "already_answered": "Ви вже відповіли на це опитування. Щиро дякуємо!",
        "code_needed": "Будь ласка, введіть код зі своєї картки.",
        "trouble": "Щось пішло не так. Будь ласка, попросіть допомоги.",
        "idea_title": "Напишіть свою ідею",
        "idea_hint": "Одна ідея за раз. Вона з’явиться на дошці без вашого імені.",
        "idea_sent": "Ваша ідея на дошці. Щиро дякуємо!", "idea_empty": "Будь ласка, спочатку щось напишіть.",
        "vote_title": "Віддайте свої голоси ідеям, які вам найбільше подобаються",
        "vote_hint": "Торкніться ідеї, щоб віддати їй голос. Торкніться «−», щоб забрати голос.",
        "dots_left": "Залишилось голосів: {n}", "done": "Готово", "no_ideas": "Поки що немає ідей для голосування.",
        "vote_thanks": "Дякуємо, що проголосували!",
        "too_many_dots": "Ви вже віддали всі голоси. Заберіть один, щоб перенести його.",
        "take_back": "Забрати голос", "comment_placeholder": "Напишіть тут (можна залишити порожнім)",
        "pick_rating": "Будь ласка, оберіть число.",
        "easy_read": "Легке читання", "easy_read_hint": "Більший текст і короткі речення", "delete_key": "Стерти",
    },
    "ar": {
        "start": "ابدأ", "have_code": "لديّ رمز", "choose_language": "اختر لغتك",
        "welcome_text": "إجاباتك تساعدنا. يستغرق ذلك بضع دقائق.", "anonymous": "إجاباتك مجهولة الهوية.",
        "code_title": "اكتب الرمز الموجود على بطاقتك", "continue": "متابعة", "back": "رجوع", "next": "التالي",
        "question_of": "السؤال {n} من {total}", "required": "يرجى الإجابة عن هذا السؤال للمتابعة.",
        "finish_title": "كان هذا السؤال الأخير.", "finish_text": "اضغط على «إرسال» لإرسال إجاباتك.",
        "send": "إرسال", "thanks": "شكرًا جزيلًا!",
        "thanks_text": "تم حفظ إجاباتك. ستكون الشاشة جاهزة للشخص التالي بعد لحظات.",
        "still_there": "هل ما زلت هنا؟",
        "still_there_text": "إذا لم يلمس أحد الشاشة، فستبدأ من جديد للشخص التالي.",
        "im_here": "نعم، أنا هنا", "integer": "يرجى كتابة عدد صحيح.", "decimal": "يرجى كتابة رقم، مثلًا 12,5.",
        "constraint": "هذه الإجابة غير ممكنة هنا. يرجى التحقق منها.", "choice": "يرجى اختيار إحدى الإجابات.",
        "range": "يرجى اختيار قيمة على المقياس.", "date": "يرجى كتابة تاريخ.", "time": "يرجى كتابة الوقت.",
        "too_long": "هذه الإجابة طويلة جدًا.",
        "unknown_code": "لم نجد هذا الرمز. تحقق من بطاقتك أو اطلب المساعدة.",
        "no_consent": "يرجى التحدث إلى منظّم الجلسة قبل البدء.",
        "already_answered": "لقد أجبت عن هذا الاستبيان من قبل. شكرًا جزيلًا!",
        "code_needed": "يرجى كتابة الرمز الموجود على بطاقتك.", "trouble": "حدث خطأ ما. يرجى طلب المساعدة.",
        "idea_title": "اكتب فكرتك", "idea_hint": "فكرة واحدة في كل مرة. ستظهر على اللوحة بدون اسمك.",
        "idea_sent": "فكرتك الآن على اللوحة. شكرًا جزيلًا!", "idea_empty": "يرجى كتابة شيء أولًا.",
        "vote_title": "امنح نقاطك للأفكار التي تعجبك أكثر",
        "vote_hint": "المس فكرة لتمنحها نقطة. المس «−» لاسترجاع نقطة.",
        "dots_left": "النقاط المتبقية: {n}", "done": "انتهيت", "no_ideas": "لا توجد أفكار للتصويت عليها بعد.",
        "vote_thanks": "شكرًا على تصويتك!", "too_many_dots": "لقد استخدمت كل نقاطك. استرجع نقطة لتنقلها.",
        "take_back": "استرجاع نقطة", "comment_placeholder": "اكتب هنا (يمكنك تركه فارغًا)",
        "pick_rating": "يرجى اختيار رقم.",
        "easy_read": "قراءة سهلة", "easy_read_hint": "خط أكبر وجمل قصيرة", "delete_key": "حذف",
    },
}

PHRASES.update(pl=POLISH, it=ITALIAN)

ENDONYMS = {
    "en": "English", "pt": "Português", "es": "Español", "fr": "Français", "de": "Deutsch", "it": "Italiano",
    "nl": "Nederlands", "pl": "Polski", "ro": "Română", "el": "Ελληνικά", "bg": "Български", "hr": "Hrvatski",
    "sl": "Slovenščina", "sk": "Slovenčina", "cs": "Čeština", "hu": "Magyar", "sv": "Svenska", "fi": "Suomi",
    "da": "Dansk", "no": "Norsk", "lt": "Lietuvių", "lv": "Latviešu", "et": "Eesti", "ca": "Català",
    "gl": "Galego", "eu": "Euskara", "sq": "Shqip", "sr": "Српски", "uk": "Українська", "ru": "Русский",
    "tr": "Türkçe", "ar": "العربية", "fa": "فارسی", "ur": "اردو", "hi": "हिन्दी", "bn": "বাংলা", "zh": "中文",
    "sw": "Kiswahili", "am": "አማርኛ", "ti": "ትግርኛ", "so": "Soomaali", "ps": "پښتو", "ku": "Kurdî",
    "mt": "Malti", "ga": "Gaeilge", "cy": "Cymraeg",
}
"""Each language named in itself, as a person looking for their own language expects to read it."""

_RTL = {"ar", "fa", "ur", "ps", "he", "yi", "dv", "ckb", "sd", "ug"}


def base_code(language: str | None) -> str:
    """``pt`` for ``pt-BR``, ``pt_PT`` or ``PT``."""
    return (language or "").replace("_", "-").split("-")[0].lower()


def phrase(key: str, language: str | None, *, easy: bool = False, **values: object) -> str:
    """The kiosk's sentence ``key`` in ``language`` (English when the kiosk does not speak it), filled in.

    ``easy``: the easy-read version when there is one (short sentences, one per line).
    """
    code = base_code(language) if base_code(language) in PHRASES else "en"
    text = (EASY.get(code, {}).get(key) if easy else None) or PHRASES[code].get(key) or PHRASES["en"][key]
    return text.format(**values) if values else text


def speaks(language: str | None) -> bool:
    """Whether the kiosk has its own words in ``language`` (else it falls back to English)."""
    return base_code(language) in PHRASES


def endonym(code: str, fallback: str = "") -> str:
    """The language's name in itself ("Português", "العربية"); Qt's name, the form's name or the code if unknown."""
    found = ENDONYMS.get(base_code(code))
    if found:
        return found
    locale = QLocale(code)
    if locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        native = locale.nativeLanguageName()
        if native:
            return native[:1].upper() + native[1:]
    return fallback or code


def direction(language: str | None) -> Qt.LayoutDirection:
    """Right to left for Arabic, Persian, Urdu, Hebrew...; left to right otherwise."""
    return Qt.LayoutDirection.RightToLeft if base_code(language) in _RTL else Qt.LayoutDirection.LeftToRight


def problem_text(kind: str, message: str, language: str | None, *, from_form: bool = False,
                 easy: bool = False) -> str:
    """What to say about an answer that cannot be kept: the form's own message, else ours by ``kind``."""
    if from_form and message:
        return message
    code = base_code(language) if base_code(language) in PHRASES else "en"
    if kind in PHRASES[code] or kind in PHRASES["en"]:
        return phrase(kind, code, easy=easy)
    return message or phrase("trouble", code, easy=easy)
