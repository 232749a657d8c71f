"""Word frequencies of free-text answers: which words many people used, never what anyone wrote.

Words are runs of letters in any script (accents and combining marks kept, so Portuguese, Ukrainian and Arabic
words stay whole), lower-cased; numbers, words shorter than ``MIN_LETTERS`` and common stop words in English,
Portuguese, Spanish, French, Polish and Italian are left out. Each word counts once per respondent, however
often that person wrote it. Pure Python, no database.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

MIN_LETTERS = 3
# Letters of any script, with the combining marks that Latin, Cyrillic, Hebrew, Arabic and Devanagari text may
# carry after NFC (an Arabic word with its vowel marks is still one word).
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
          "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f")
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*")
_MARK = re.compile(rf"[{_MARKS}]+")
_PLAIN_WORD = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")

_STOP_TEXT = {
    "en": """the and for are but not you all any can had her was one our out has him his how its may new now
        see two who did get let say she too use that with have this will your from they been were what when
        which their there them then than into more some such only also very just about would could should
        because these those other after before being here where while each most over under again doesn don
        didn isn aren wasn won""",
    "pt": """que para com uma por mais como mas dos das nos nas sem sua seu seus suas ele ela eles elas isso
        isto esse essa este esta aquele aquela muito muita muitos muitas também quando onde porque pela pelo
        pelas pelos são ser ter tem têm foi está estão sobre entre até ainda já não sim nós vocês você meu
        minha nossa nosso lhe lhes num numa aos às há quem vez alguém algum alguma""",
    "es": """que para con una por más como pero los las del sin sus ella ellos ellas eso esto ese esa este
        esta muy también cuando donde porque sobre entre hasta todo todos toda todas ser tiene tienen fue
        está están son hay nos sí mis tus nuestro nuestra usted ustedes""",
    "fr": """les des une pour par avec dans sur pas plus mais que qui est sont ont aux ces ses mes tes nos
        vos leur leurs elle elles ils nous vous tout tous toute toutes comme aussi très quand où parce être
        avoir fait été cette ceci cela ça entre sans sous chez oui non""",
    "pl": """nie się jest jak ale czy dla tak już był była było były może przez przy tylko też jego jej ich
        ten tym tego tej te to są lub oraz bardzo kiedy gdzie bo żeby który która które nad pod bez jestem
        mam mnie nam nas was wam""",
    "it": """che per con una non più come ma dei delle degli del della dello sul sulla nel nella sono essere
        avere anche molto quando dove perché tra fra tutto tutti tutta tutte questo questa questi queste
        quello quella suo sua suoi sue loro noi voi gli sei hanno era""",
}
STOP_WORDS: frozenset[str] = frozenset(
    unicodedata.normalize("NFC", word).casefold() for text in _STOP_TEXT.values() for word in text.split())
"""Words too common to say anything, in the six languages of the partner cities."""


def words_of(text: str) -> set[str]:
    """The distinct countable words of one answer: lower-cased, no numbers, no stop words, no short words."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if _MARK.search(folded) is None:  # the usual case: every character of a word is a letter
        return set(_PLAIN_WORD.findall(folded)) - STOP_WORDS
    return {word for word in _WORD.findall(folded) if _letters(word) >= MIN_LETTERS and word not in STOP_WORDS}


def word_respondents(answers: Mapping[str, int] | Iterable[tuple[str, int]]) -> Counter[str]:
    """How many respondents used each word, from ``(answer text, respondents who gave that text)`` pairs.

    A respondent with several texts (answers inside a repeat) must be passed as one text joined with spaces,
    so that their words still count once.
    """
    pairs = answers.items() if isinstance(answers, Mapping) else answers
    counts: Counter[str] = Counter()
    single = []
    for text, respondents in pairs:
        if respondents == 1:  # nearly every text: counted below in one C-speed pass
            single.append(text)
            continue
        for word in words_of(text):
            counts[word] += respondents
    counts.update(itertools.chain.from_iterable(map(words_of, single)))
    return counts


def _letters(word: str) -> int:
    return len(_MARK.sub("", word))


__all__ = ["MIN_LETTERS", "STOP_WORDS", "word_respondents", "words_of"]
