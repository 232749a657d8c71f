"""Words a person reads for the codes the core uses: kinds, statuses, languages, durations and dates."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from workshop_app.ui.translations import TranslationContext

labels = TranslationContext("labels")
"""The translation context of these words (``labels.tr`` lets lupdate see a plural's number)."""

# QT_TRANSLATE_NOOP marks the words for lupdate; they are translated when shown, in the language of the day.
_KINDS = {
    "survey": QT_TRANSLATE_NOOP("labels", "Survey"),
    "brainstorm": QT_TRANSLATE_NOOP("labels", "Brainstorm"),
    "dot_vote": QT_TRANSLATE_NOOP("labels", "Dot vote"),
    "feedback_round": QT_TRANSLATE_NOOP("labels", "Feedback round"),
    "stakeholder_mapping": QT_TRANSLATE_NOOP("labels", "Stakeholder mapping"),
}
_KIND_HINTS = {
    "survey": QT_TRANSLATE_NOOP("labels", "People answer a questionnaire, on paper or on the laptop."),
    "brainstorm": QT_TRANSLATE_NOOP("labels", "Ideas from the room go on sticky notes and into clusters."),
    "dot_vote": QT_TRANSLATE_NOOP("labels", "Everyone places a few dots on the ideas they like most."),
    "feedback_round": QT_TRANSLATE_NOOP("labels", "Each person says, in turn, how the session went for them."),
    "stakeholder_mapping": QT_TRANSLATE_NOOP("labels", "The group places stakeholders on a map together."),
}
_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "running": QT_TRANSLATE_NOOP("labels", "Running"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
}
# The workshop languages the ULG partners use most; a code not listed here still shows, as its code.
_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("labels", "English"),
    "pt": QT_TRANSLATE_NOOP("labels", "Portuguese"),
    "es": QT_TRANSLATE_NOOP("labels", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("labels", "French"),
    "pl": QT_TRANSLATE_NOOP("labels", "Polish"),
    "it": QT_TRANSLATE_NOOP("labels", "Italian"),
    "ar": QT_TRANSLATE_NOOP("labels", "Arabic"),
}
LANGUAGE_CODES: tuple[str, ...] = tuple(_LANGUAGES)


def _translate(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def kind_label(kind: str) -> str:
    """The name of an activity kind, e.g. "Dot vote"."""
    return _translate(_KINDS[kind]) if kind in _KINDS else kind


def kind_hint(kind: str) -> str:
    """One sentence saying what happens in an activity of this kind."""
    return _translate(_KIND_HINTS[kind]) if kind in _KIND_HINTS else ""


def status_label(status: str) -> str:
    """The name of a workshop status, e.g. "Planned"."""
    return _translate(_STATUSES[status]) if status in _STATUSES else status


def language_label(code: str) -> str:
    """The name of a language code, e.g. "Portuguese" for ``pt``."""
    return _translate(_LANGUAGES[code]) if code in _LANGUAGES else code


def native_language_name(code: str) -> str:
    """The language's name in itself (e.g. "português"), so speakers recognise it whatever the UI language."""
    return QLocale(code).nativeLanguageName()


def format_duration(minutes: int) -> str:
    """A duration as people say it: "45 min", "2 h", "1 h 25 min"."""
    hours, rest = divmod(max(0, int(minutes)), 60)
    if hours == 0:
        return labels.tr("%n min", "", rest)
    if rest == 0:
        return labels.tr("%n h", "", hours)
    return labels.tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)


def dots_label(dots: int) -> str:
    """How many dots each person has in a dot vote."""
    # Two numerus strings instead of "dot(s)": English reads right without a translation file, and translators
    # still get every plural form of their language.
    if dots == 1:
        return labels.tr("%n dot each", "", dots)
    return labels.tr("%n dots each", "", dots)


# -- dates -------------------------------------------------------------------------------------
def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a local-time QDateTime (what the person sees and edits), to the minute."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """A local-time QDateTime as an aware UTC datetime, to the minute (what the core stores)."""
    date, time = value.date(), value.time()
    naive_local = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    # astimezone() on a naive datetime reads it as the computer's local time, daylight saving included.
    return naive_local.astimezone(timezone.utc)


def format_datetime(value: datetime | None, long: bool = False) -> str:
    """A start time in the computer's local time and the locale's format; empty when not set."""
    if value is None:
        return ""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(to_qdatetime(value), kind)


def format_date(value: datetime | None) -> str:
    """The local calendar day of ``value`` in the locale's short format; empty when not set."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).date(), QLocale.FormatType.ShortFormat)


def format_number(value: float, decimals: int = 0) -> str:
    """A number as the interface language writes it ("4.5", "4,5", "1 234"), with ``decimals`` decimals."""
    if decimals <= 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def format_decimal(value: float, most: int = 2) -> str:
    """A measured number as the interface language writes it: "12", "3.89", "3,89"; at most ``most`` decimals."""
    shown = f"{float(value):.{most}f}".rstrip("0").rstrip(".")
    return format_number(value, len(shown.partition(".")[2]))


def format_time(value: datetime) -> str:
    """Only the local clock time of ``value``, in the locale's short format."""
    return QLocale().toString(to_qdatetime(value).time(), QLocale.FormatType.ShortFormat)
