"""Participants' rules as plain data: codes, consent purposes, limits, text cleaning and the shapes screens get.

No SQLAlchemy here, so the screens can import this at start-up cheaply. The services that use these rules are
in ``core.participants``, ``core.consent``, ``core.profiles`` and ``core.erasure``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Joined, Text

# -- codes -------------------------------------------------------------------------------------------------
CODE_PREFIX = "P-"
CODE_DIGITS = 4
MAX_CODE = 32
# Up to six digits: a slip such as P-99999999 stays a hand-made code instead of pushing every later number up.
_ISSUED = re.compile(r"^P-([0-9]{1,6})$", re.IGNORECASE)


def format_code(number: int) -> str:
    """The code issued as the ``number``-th: ``P-0001``; past 9999 it simply grows (``P-10000``)."""
    return f"{CODE_PREFIX}{number:0{CODE_DIGITS}d}"


def code_number(code: str) -> int | None:
    """The number inside an issued-style code (``P-0042`` → 42), or ``None`` for a code typed by hand."""
    match = _ISSUED.match(code.strip())
    return int(match.group(1)) if match else None


def validate_code(text: str) -> str:
    """A code typed by hand, cleaned, or ``UserError`` saying what is wrong.

    Issued-style codes are written the one way (``p-42`` → ``P-0042``), so the same number cannot be used twice.
    """
    code = clean_line(text, QT_TRANSLATE_NOOP("core", "A participant code"), MAX_CODE)
    if not code:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A participant needs a code, such as P-0042."))
    if any(ch.isspace() for ch in code):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A participant code cannot contain spaces."))
    number = code_number(code)
    return code if number is None else format_code(number)


def code_sort_key(code: str) -> tuple[int, int, str]:
    """Issued codes in numeric order (``P-0009`` before ``P-0010``), hand-made codes after them."""
    number = code_number(code)
    return (0, number, "") if number is not None else (1, 0, code.casefold())


# -- consent -----------------------------------------------------------------------------------------------
TAKE_PART = "take_part"
BE_CONTACTED = "be_contacted"
PHOTOS = "photos"
PURPOSES = (TAKE_PART, BE_CONTACTED, PHOTOS)
PURPOSE_LABELS = {TAKE_PART: Text("core", QT_TRANSLATE_NOOP("core", "take part")),
                  BE_CONTACTED: Text("core", QT_TRANSLATE_NOOP("core", "be contacted")),
                  PHOTOS: Text("core", QT_TRANSLATE_NOOP("core", "appear in photos"))}
"""What each purpose lets the app do, as the end of "consents to ...": ``str()`` is in the interface language."""
# A date-and-time field rounds to the minute and laptop clocks drift; "the future" starts a little later.
CLOCK_TOLERANCE = timedelta(minutes=5)


def validate_purpose(purpose: str) -> str:
    """``purpose`` if it is one of ``PURPOSES``, else ``UserError``."""
    if purpose not in PURPOSES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Consent is given to {purposes}; {purpose!r} is not one of these."),
                        purposes=Joined(PURPOSE_LABELS.values()), purpose=purpose)
    return purpose


def validate_moment(at: datetime | None, what: str, *, now: datetime | None = None) -> datetime:
    """When something happened: ``now`` if ``None``; refused when naive or in the future.

    ``what`` names it at the start of a sentence, marked ``QT_TRANSLATE_NOOP("core", ...)`` for translation.
    """
    now = now or datetime.now(timezone.utc)
    if at is None:
        return now
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} needs a date and time with its time zone."),
                        what=Text("core", what))
    if at > now + CLOCK_TOLERANCE:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} cannot be in the future ({moment} has not happened yet)."),
                        what=Text("core", what), moment=format_moment(at))
    return at


def format_moment(at: datetime) -> str:
    """A moment as a sentence shows it: local date and time to the minute."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


_NO_RECORDER = {
    "consent": QT_TRANSLATE_NOOP("errors", "Say who is recording the consent (set your name in the settings)."),
    "withdrawal": QT_TRANSLATE_NOOP("errors", "Say who is recording the withdrawal (set your name in the settings)."),
    "erasure": QT_TRANSLATE_NOOP("errors", "Say who is recording the erasure (set your name in the settings)."),
}


def validate_recorder(name: str, what: str = "consent") -> str:
    """Who is recording (``what``: consent, withdrawal or erasure): required, because a record must say who took it."""
    recorder = clean_line(name, QT_TRANSLATE_NOOP("core", "The name of who records"), MAX_RECORDER)
    if not recorder:
        if what in _NO_RECORDER:
            raise UserError(_NO_RECORDER[what])
        raise UserError(QT_TRANSLATE_NOOP("errors", "Say who is recording the {what} (set your name in the "
                                                    "settings)."), what=what)
    return recorder


# -- text --------------------------------------------------------------------------------------------------
MAX_NAME = 300
MAX_CONTACT = 300
MAX_RECORDER = 200
MAX_NOTES = 10_000
MAX_OWN_WORDS = 200
# Control characters (a pasted NUL, a bell) break exports and search; format characters such as the
# right-to-left and zero-width-joiner marks that Arabic names and emoji need are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def clean_line(text: str | None, what: str, limit: int) -> str:
    """One line of text: NFC, runs of white space made one space, trimmed; longer than ``limit`` is refused.

    Refused, not cut: cutting a name or phone number would silently keep something wrong. ``what`` names the text
    at the start of a sentence, marked ``QT_TRANSLATE_NOOP("core", ...)`` for translation.
    """
    line = _SPACES.sub(" ", _CONTROL.sub("", unicodedata.normalize("NFC", str(text or "")))).strip()
    if len(line) > limit:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} can have at most {limit:,} characters; this one has "
                                                    "{count:,}."),
                        what=Text("core", what), limit=limit, count=len(line))
    return line


def clean_text(text: str | None, what: str, limit: int) -> str:
    """Several lines of text (notes): NFC, line breaks kept, control characters dropped, trimmed (see clean_line)."""
    value = _CONTROL.sub("", unicodedata.normalize("NFC", str(text or "")).replace("\r\n", "\n")).strip()
    if len(value) > limit:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} can have at most {limit:,} characters; this one has "
                                                    "{count:,}."),
                        what=Text("core", what), limit=limit, count=len(value))
    return value


def fold(text: str) -> str:
    """``text`` for matching: case and accents ignored (``Wiśniewska`` matches ``wisniewska``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# -- profile questions ------------------------------------------------------------------------------------
PREFER_NOT_TO_SAY = "prefer_not_to_say"
# A choice with one of these codes invites the person's own words, kept in ``ProfileAnswer.text``.
OWN_WORDS_CODES = frozenset({"self_described", "other"})
MAX_LABEL = 300
_QUESTION_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")
_CHOICE_CODE = re.compile(r"^[a-z0-9_]{1,64}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})?$")


def validate_question_name(name: str) -> str:
    """A profile question's stable name (``age_band``): what exports, targets and merges know it by."""
    name = str(name or "").strip()
    if not _QUESTION_NAME.match(name):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A question's name uses lower-case letters a–z, digits and _, "
                                                    "starts with a letter and has at most 64 characters, such as "
                                                    "age_band."))
    return name


def validate_choice_code(code: str) -> str:
    """A choice's stable code (``60_74``)."""
    code = str(code or "").strip()
    if not _CHOICE_CODE.match(code):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A choice code uses lower-case letters a–z, digits and _ (at "
                                                    "most 64), such as 60_74."))
    return code


_LABEL_OF = {
    "A question": QT_TRANSLATE_NOOP("core", "A question's label"),
    "A choice": QT_TRANSLATE_NOOP("core", "A choice's label"),
    "A group": QT_TRANSLATE_NOOP("core", "A group's label"),
}


def validate_labels(labels: object, what: str) -> dict[str, str]:
    """``{language: text}`` cleaned; empty texts dropped; at least one label is required.

    ``what`` is "A question", "A choice" or "A group" (marked ``QT_TRANSLATE_NOOP("core", ...)``).
    """
    if not isinstance(labels, dict):
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} needs its labels as language and text pairs."),
                        what=Text("core", what))
    clean: dict[str, str] = {}
    for language, text in labels.items():
        if not isinstance(language, str) or not _LANGUAGE.match(language):
            raise UserError(QT_TRANSLATE_NOOP("errors", "{language!r} is not a language code such as en, pt or pt_BR."),
                            language=language)
        line = clean_line(text, _LABEL_OF.get(what, f"{what}'s label"), MAX_LABEL)
        if line:
            clean[language] = line
    if not clean:
        raise UserError(QT_TRANSLATE_NOOP("errors", "{what} needs a label in at least one language."),
                        what=Text("core", what))
    return clean


def pick_label(labels: dict[str, str], language: str, fallback: str) -> str:
    """The label in ``language``, else English, else any, else ``fallback``."""
    return labels.get(language) or labels.get("en") or next(iter(labels.values()), "") or fallback


@dataclass(frozen=True)
class ProfileChoiceData:
    """One possible answer of a profile question."""

    id: str
    code: str
    position: int
    labels: dict[str, str]

    @property
    def own_words(self) -> bool:
        """Choosing it invites the person's own words."""
        return self.code in OWN_WORDS_CODES

    def label(self, language: str = "en") -> str:
        """The label to show in ``language``."""
        return pick_label(self.labels, language, self.code)


@dataclass(frozen=True)
class ProfileQuestionData:
    """A profile question with its choices in order."""

    id: str
    name: str
    position: int
    labels: dict[str, str]
    choices: tuple[ProfileChoiceData, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """The choice codes, in order."""
        return tuple(choice.code for choice in self.choices)

    def label(self, language: str = "en") -> str:
        """The label to show in ``language``."""
        return pick_label(self.labels, language, self.name)


# -- erasure -----------------------------------------------------------------------------------------------
ANSWER_MODES = ("erase", "anonymise")
"""What happens to an erased person's survey answers, ideas and votes: erased too (default), or kept anonymous."""


# -- what the screens get ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsentRecord:
    """One consent as recorded: given, and perhaps withdrawn later (a withdrawal never deletes it)."""

    id: str
    purpose: str
    given_at: datetime
    recorded_by: str
    withdrawn_at: datetime | None = None
    withdrawn_recorded_by: str = ""

    @property
    def active(self) -> bool:
        """Given and not withdrawn."""
        return self.withdrawn_at is None


@dataclass(frozen=True)
class ConsentState:
    """Where a participant stands on one purpose: the latest record for it, if any."""

    purpose: str
    latest: ConsentRecord | None = None

    @property
    def active(self) -> bool:
        """Consent for this purpose stands now."""
        return self.latest is not None and self.latest.active

    @property
    def status(self) -> str:
        """``given``, ``withdrawn`` or ``never``."""
        if self.latest is None:
            return "never"
        return "given" if self.latest.active else "withdrawn"


@dataclass(frozen=True)
class ProfileValue:
    """An answer to a profile question: a choice code, plus the person's own words for a self-described choice."""

    code: str
    text: str = ""


@dataclass(frozen=True)
class ParticipantData:
    """A participant as a screen sees them; ``name``/``contact`` are filled only when personal data was asked for."""

    id: str
    code: str
    notes: str = ""
    created_at: datetime | None = None
    has_personal_data: bool = False
    name: str = ""
    contact: str = ""
    consents: dict[str, ConsentState] = field(default_factory=dict)
    profile: dict[str, ProfileValue] = field(default_factory=dict)
    """Profile question name → answer; unanswered questions are absent."""
    workshop_ids: tuple[str, ...] = ()

    @property
    def takes_part(self) -> bool:
        """Has an active consent to take part, so answers may be recorded for them."""
        state = self.consents.get(TAKE_PART)
        return state is not None and state.active


@dataclass(frozen=True)
class ParticipantSummary:
    """One line of a participant list or search result."""

    id: str
    code: str
    has_personal_data: bool
    active_consents: frozenset[str]
    workshop_count: int
    name: str = ""
    """Only when personal data was asked for."""
    contact: str = ""
    checked_in_at: datetime | None = None
    """When they checked in to the workshop the list was made for, if any."""

    @property
    def takes_part(self) -> bool:
        """Has an active consent to take part."""
        return TAKE_PART in self.active_consents


@dataclass(frozen=True)
class CheckIn:
    """A participant's attendance at a workshop."""

    participant_id: str
    code: str
    workshop_id: str
    checked_in_at: datetime
