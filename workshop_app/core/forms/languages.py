"""Languages of a form: short codes (``en``, ``pt``) for the app, names (``English``) for XLSForm columns.

XLSForm writes ``label::English (en)``; older forms write ``label:English`` or ``label::fr``. Either way the
app keeps the code (``en``) and the name (``English``) and exports ``label::English (en)``. ``default`` is
pyxform's name for columns without a language (plain ``label``).
"""

from __future__ import annotations

import re

DEFAULT = "default"
MAX_CODE = 16  # the database's language columns
_WITH_CODE = re.compile(r"^(.*?)\s*\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)\s*\)\s*$")

# English (and own) names of the languages ULG workshops meet most, for columns that give no code.
NAMES = {
    "en": "English", "pt": "Portuguese", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "ro": "Romanian", "el": "Greek", "bg": "Bulgarian", "hr": "Croatian",
    "sl": "Slovenian", "sk": "Slovak", "cs": "Czech", "hu": "Hungarian", "sv": "Swedish", "fi": "Finnish",
    "da": "Danish", "no": "Norwegian", "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "ca": "Catalan",
    "gl": "Galician", "eu": "Basque", "sq": "Albanian", "sr": "Serbian", "uk": "Ukrainian", "ru": "Russian",
    "tr": "Turkish", "ar": "Arabic", "fa": "Persian", "ur": "Urdu", "hi": "Hindi", "bn": "Bengali",
    "zh": "Chinese", "sw": "Swahili", "am": "Amharic", "ti": "Tigrinya", "so": "Somali", "ps": "Pashto",
    "ku": "Kurdish", "ha": "Hausa", "yo": "Yoruba", "ig": "Igbo", "wo": "Wolof", "ln": "Lingala",
    "mt": "Maltese", "ga": "Irish", "cy": "Welsh", "lb": "Luxembourgish",
}
_OWN_NAMES = {"português": "pt", "portugues": "pt", "français": "fr", "francais": "fr", "español": "es",
              "espanol": "es", "castellano": "es", "deutsch": "de", "italiano": "it", "nederlands": "nl",
              "polski": "pl", "română": "ro", "romana": "ro", "ελληνικά": "el", "українська": "uk",
              "русский": "ru", "türkçe": "tr", "العربية": "ar", "farsi": "fa", "kiswahili": "sw"}
_CODES = {name.lower(): code for code, name in NAMES.items()} | _OWN_NAMES


def slug(text: str) -> str:
    """A short code made of ``text``: lower case, underscores, at most 16 characters."""
    code = re.sub(r"\W+", "_", text.strip().lower()).strip("_")[:MAX_CODE]
    return code or "language"


def split_language(column_language: str) -> tuple[str, str]:
    """``(code, name)`` of the language part of a column header: "English (en)" → ("en", "English")."""
    text = column_language.strip()
    if text == DEFAULT:
        return DEFAULT, ""
    match = _WITH_CODE.match(text)
    if match:
        code = match.group(2)[:MAX_CODE]
        return code, match.group(1).strip() or NAMES.get(code.lower().split("-")[0], code)
    if text.lower() in _CODES:
        return _CODES[text.lower()], text
    if text.lower() in NAMES:
        return text.lower(), NAMES[text.lower()]
    return slug(text), text


def language_column(code: str, name: str) -> str:
    """The language part of a column header for ``code``: "English (en)", or "" for pyxform's default."""
    if code == DEFAULT:
        return ""
    if not name or name == code:
        name = NAMES.get(code.lower(), "")
        if not name:
            return code
    return name if slug(name) == code else f"{name} ({code})"


def display_name(code: str, name: str = "") -> str:
    """What a person sees for a language: its name, or its code."""
    return name or NAMES.get(code, "") or code


class LanguageRegistry:
    """Gives each language header of one form its own code, in order of first appearance."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}

    def code(self, column_language: str) -> str:
        """The code for a header's language part, registering it on first sight."""
        if column_language in self.codes:
            return self.codes[column_language]
        code, name = split_language(column_language)
        if code in self.names:
            # "English" and "English (en)" in one form: two languages to pyxform, so two codes here.
            base = code = slug(column_language)
            number = 1
            while code in self.names:
                number += 1
                code = f"{base[: MAX_CODE - len(str(number)) - 1]}_{number}"
        self.codes[column_language] = code
        self.names[code] = name
        return code
