"""A form as plain data: questions (groups and repeats hold others), choice lists, texts in several languages.

No database and no Qt here: the builder edits these objects, the XLSForm reader and writer convert them,
``core.surveys`` stores them, and ``FormLogic`` runs them in the kiosk.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from workshop_app.core.forms.languages import DEFAULT, display_name
from workshop_app.core.forms.types import CONTAINERS, METADATA

Translations = dict[str, str]
"""A text in several languages: ``{language code: text}``."""
Extra = dict[str, "str | Translations"]
"""Other XLSForm columns kept for export, by column name (``read_only``, ``media::image``, ``choice_filter``);
a translatable column's value is a ``Translations``."""


@dataclass
class Choice:
    """One answer of a choice list: its code (XLSForm ``name``) and its label."""

    name: str
    label: Translations = field(default_factory=dict)
    extra: Extra = field(default_factory=dict)
    """Other columns of the choices sheet (filter columns for cascading selects, media)."""


@dataclass
class ChoiceList:
    """A named list of choices (XLSForm ``list_name``) that select questions share."""

    name: str
    choices: list[Choice] = field(default_factory=list)

    def get(self, name: str) -> Choice | None:
        """The choice with code ``name``, if any."""
        return next((choice for choice in self.choices if choice.name == name), None)


@dataclass
class Question:
    """One row of the form: a question, a note, a calculation, metadata, or a group/repeat of other rows."""

    name: str
    type: str
    label: Translations = field(default_factory=dict)
    hint: Translations = field(default_factory=dict)
    list_name: str = ""
    """The choice list of a select_one, select_multiple or rank."""
    or_other: bool = False
    """A select with an extra "Other" choice and a text question ``<name>_other`` shown when it is chosen."""
    required: bool = False
    required_if: str = ""
    """An expression: the question is required only when it is true (XLSForm ``required`` with a formula)."""
    relevant: str = ""
    constraint: str = ""
    constraint_message: Translations = field(default_factory=dict)
    calculation: str = ""
    default: str = ""
    appearance: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    """XLSForm ``parameters``: ``start``/``end``/``step`` of a range, ``randomize``, ..."""
    extra: Extra = field(default_factory=dict)
    source_type: str = ""
    """For a type the app cannot show offline (geopoint, image, ...): the row's XLSForm type, which an export
    writes back; the app treats the row as a note."""
    children: list[Question] = field(default_factory=list)

    @property
    def is_container(self) -> bool:
        """True for a group or a repeat."""
        return self.type in CONTAINERS

    def walk(self) -> Iterator[Question]:
        """This row and every row under it, in form order."""
        pending = [self]
        while pending:
            question = pending.pop()
            yield question
            pending.extend(reversed(question.children))


@dataclass
class Form:
    """A whole survey: its settings, its rows (top level; groups and repeats nest) and its choice lists."""

    form_id: str
    title: str
    questions: list[Question] = field(default_factory=list)
    choice_lists: list[ChoiceList] = field(default_factory=list)
    languages: list[str] = field(default_factory=lambda: [DEFAULT])
    """Codes of the languages the form can be shown in, in the order the form gives them."""
    default_language: str = DEFAULT
    language_names: dict[str, str] = field(default_factory=dict)
    """Names of the languages by code ("en" → "English"), for display and for XLSForm column headers."""
    settings: dict[str, str] = field(default_factory=dict)
    """Other values of the XLSForm settings sheet (``version``, ``instance_name``, ``style``, ...)."""
    allow_anonymous: bool = True

    def walk(self) -> Iterator[Question]:
        """Every row of the form, groups before their contents, in form order."""
        for question in self.questions:
            yield from question.walk()

    def find(self, name: str) -> Question | None:
        """The row called ``name``, if any."""
        return next((q for q in self.walk() if q.name == name), None)

    def choice_list(self, name: str) -> ChoiceList | None:
        """The choice list called ``name``, if any."""
        return next((c for c in self.choice_lists if c.name == name), None)

    @property
    def question_count(self) -> int:
        """Rows that are not groups, repeats or device metadata: questions, notes and calculations."""
        return sum(1 for q in self.walk() if not q.is_container and q.type not in METADATA)

    def language_name(self, code: str) -> str:
        """What a person sees for a language of this form."""
        return display_name(code, self.language_names.get(code, ""))

    def text(self, translations: Translations, language: str | None = None) -> str:
        """``translations`` in ``language``, else in the default language, else in any language it has."""
        return text_in(translations, language, self.default_language)


OTHER = {"en": "Other", "pt": "Outro", "fr": "Autre", "es": "Otro", "it": "Altro", "de": "Andere"}
"""The label of the "other" choice an ``or_other`` select adds (pyxform writes "Other" in every language)."""
SPECIFY_OTHER = {"en": "Specify other.", "pt": "Especifique outro.", "fr": "Précisez autre.",
                 "es": "Especifique otro.", "it": "Specificare altro.", "de": "Bitte angeben."}


def specify_other(question: Question, languages: list[str]) -> Question:
    """The text row ``<name>_other`` that an ``or_other`` select implies, shown when "other" is chosen.

    XLSForm never writes this row (pyxform makes it from ``or_other``); the app makes it so the kiosk can ask
    it and the answer has somewhere to be stored.
    """
    label = {code: SPECIFY_OTHER.get(code, SPECIFY_OTHER["en"]) for code in languages}
    return Question(f"{question.name}_other", "text", label,
                    relevant=f"selected(${{{question.name}}}, 'other')")


def text_in(translations: Translations, language: str | None, default_language: str = DEFAULT) -> str:
    """A text in ``language``, falling back to ``default_language``, then ``default``, then any non-empty one."""
    for code in (language, default_language, DEFAULT):
        if code is not None and translations.get(code):
            return translations[code]
    return next((text for text in translations.values() if text), "")
