"""Sentences and labels made outside the interface (core, db, formats), shown in the interface language.

These packages never import Qt, yet what they say reaches the screen. They mark each English text with
``QT_TRANSLATE_NOOP("context", "text")`` so that lupdate collects it (it reads the call from the source without
running it), and translate it when it is shown through the translator the interface installs with
``set_translator`` — none on the command line and in core tests, where every text stays English.

* An error: ``raise UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=p)``.
* A label that ends up on screen or inside a sentence: ``Text("core", QT_TRANSLATE_NOOP("core", "take part"))``.
* A sentence returned to the interface as plain text: ``translate("core", "Will add {what}").format(what=...)``
  (lupdate collects ``translate`` calls of two literal arguments as well).
* A sentence whose words change with a number: ``errors.tr("{n} rows were lost.", "", n)``, with
  ``errors = TranslationContext("errors")`` at the top of the module (lupdate makes it a plural message).

Templates name their placeholders (``{folder}``, never ``{}``) so a translation can put them in any order; a
parameter called ``n`` also picks the plural form of a message lupdate marked as plural.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from typing import Any

Translator = Callable[[str, str, int], str]
"""``(context, text, n) -> translated text``; ``n`` is -1 when no number picks a plural form."""

_translator: Translator | None = None

NumberFormatter = Callable[[float, int], str]
"""``(number, decimals) -> text`` in the interface language's way of writing numbers ("1 234,5")."""

_numbers: NumberFormatter | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged: the call only marks it for lupdate, filed under ``context``."""
    return text


def set_translator(translator: Translator | None) -> Translator | None:
    """Translate from now on with ``translator`` (the interface installs Qt's), None for English; returns the one
    it replaces (to put back)."""
    global _translator
    previous, _translator = _translator, translator
    return previous


def set_number_formatter(formatter: NumberFormatter | None) -> NumberFormatter | None:
    """Write the numbers of ``Text`` placeholders with a grouping or decimals spec (``{n:,}``, ``{km:.1f}``) with
    ``formatter`` (the interface installs the locale's), None for Python's English way; returns the one it
    replaces. A bare ``{n}`` (a year, a row number, a code) is never grouped."""
    global _numbers
    previous, _numbers = _numbers, formatter
    return previous


class _LocalNumbers(string.Formatter):
    """``str.format`` that writes grouped and decimal numbers the interface language's way."""

    def format_field(self, value: Any, format_spec: str) -> str:
        numbers = _numbers
        spec = _NUMBER_SPEC.fullmatch(format_spec)
        # Only a grouped or decimal spec is the locale's to write: a bare {n} (a year, a row) stays as it is.
        local = spec is not None and (spec.group("grouped") or spec.group("decimals"))
        if numbers is None or not local or isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        return numbers(value, int(spec.group("decimals") or 0))


_NUMBER_SPEC = re.compile(r"(?P<grouped>,)?(?:\.(?P<decimals>\d+)f)?d?")
_LOCAL = _LocalNumbers()


class Template(str):
    """A translated template whose ``format`` writes grouped and decimal numbers the interface language's way
    (``translate("core", "{n:,} rows").format(n=n)`` gives "1 234 rows" in French)."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:
        """``str.format`` with the interface's numbers."""
        return _LOCAL.vformat(self, args, kwargs)


def translate(context: str, text: str, n: int = -1) -> Template:
    """``text`` in the interface language; itself when no translator is installed or it has no translation."""
    translator = _translator
    if translator is None or not text:
        return Template(text)
    return Template(translator(context, text, n) or text)


def english(value: object) -> object:
    """``value`` as the English source would show it: a ``Text`` (or an error holding one) untranslated."""
    shown = getattr(value, "english", None)
    return shown if isinstance(shown, str) else value


class Text:
    """An English text, translated each time it is shown: ``str(text)`` is in the interface language.

    ``params`` fill the template's ``{placeholders}`` (a ``Text`` among them is translated as well); without
    params the text is shown as it is, braces and all. Two texts are equal when their context, source and params
    are, so a label table of ``Text`` still compares and hashes as before.
    """

    __slots__ = ("context", "params", "source")
    context: str
    source: str
    params: dict[str, Any]

    def __init__(self, context: str, source: str, /, **params: Any) -> None:
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "params", params)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.context, self.source, self.params)

    @property
    def english(self) -> str:
        """The text in English, as the source has it."""
        if not self.params:
            return self.source
        return self.source.format(**{key: english(value) for key, value in self.params.items()})

    def __str__(self) -> str:
        n = self.params.get("n", -1)
        translated = translate(self.context, self.source, n if isinstance(n, int) else -1)
        if not self.params:
            return translated
        try:
            return _LOCAL.vformat(translated, (), self.params)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: say it in English
            return self.source.format(**self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        extra = "".join(f", {key}={value!r}" for key, value in self.params.items())
        return f"Text({self.context!r}, {self.source!r}{extra})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return (self.context, self.source, self.params) == (other.context, other.source, other.params)

    def __hash__(self) -> int:
        return hash((self.context, self.source))


def _rebuild(context: str, source: str, params: dict[str, Any]) -> Text:
    return Text(context, source, **params)


class TranslationContext:
    """Sentences whose words change with a number, in code without Qt: ``errors.tr("{n} rows lost", "", n)``.

    lupdate files ``<name>.tr(text, "", n)`` under the context ``<name>`` as a plural message, so the variable is
    named like its context (``errors = TranslationContext("errors")``; the translation checks verify it), as for the
    interface's class of the same name (``ui.translations``). Unlike that one, ``tr`` returns a ``Text``: the
    plural form for ``n`` (and ``params``) in the interface language each time it is shown; ``{n}`` in the text is
    the number.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1, /, **params: Any) -> Text:
        """``text`` as a ``Text`` of this context; ``n`` picks the plural form and fills ``{n}``."""
        return Text(self.name, text, n=n, **params)


class Joined:
    """Items shown one after the other with ``separator`` between them; a ``Text`` among them is translated."""

    __slots__ = ("items", "separator")

    def __init__(self, items: Iterable[object], separator: str | Text = ", ") -> None:
        self.items = tuple(items)
        self.separator = separator

    @property
    def english(self) -> str:
        """The items in English."""
        return str(english(self.separator)).join(str(english(item)) for item in self.items)

    def __str__(self) -> str:
        return str(self.separator).join(str(item) for item in self.items)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Joined({list(self.items)!r}, {self.separator!r})"
