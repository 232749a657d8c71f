"""The interface language: which translations are loaded, the locale of dates and numbers, the layout direction.

The app's own strings come from ``resources/translations/workshop_app_<code>.qm`` (compiled from the ``.ts``
files by ``tools/translations.py``); Qt's own (the Cancel and OK of standard buttons, the context menu of a text
field) from Qt's ``qtbase_<code>.qm``. Changing the language here affects strings translated from then on: the
main window is rebuilt to show them (``ui.view_menu``). The kiosk keeps the language each participant chose.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from workshop_app import paths, texts

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {
    "en": "English",
    "pt": "Português",
    "es": "Español",
    "fr": "Français",
    "pl": "Polski",
    "it": "Italiano",
    "ar": "العربية",
}
"""The interface languages, each named in itself so that its speakers find it whatever language is showing."""
DEFAULT_LANGUAGE = "en"
"""The language of the source strings: shown when no translation is loaded."""
RIGHT_TO_LEFT = frozenset({"ar"})

# Where the system's locale is of another language, the country whose conventions the translation follows
# (the Portuguese translation is European Portuguese; Qt's plain "pt" would be Brazil's formats).
_DEFAULT_LOCALES = {"en": "en_GB", "pt": "pt_PT", "es": "es_ES", "fr": "fr_FR", "pl": "pl_PL", "it": "it_IT",
                    "ar": "ar"}

# Installed translators, kept alive here (Qt does not own them) so the next language can take them out again.
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def _translate_core(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


# The sentences core, db and formats make (errors, warnings, labels) go through Qt's translators too, once the
# interface is loaded: whatever language is installed then, or later, is the one they are shown in. Qt's
# translate is thread-safe, so a worker thread's error is translated alike.
texts.set_translator(_translate_core)


def _format_number(value: float, decimals: int) -> str:
    if QLocale().language() == QLocale.Language.C:  # no language chosen yet (a command that draws a map): English
        return f"{round(value):,}" if decimals <= 0 else f"{value:,.{decimals}f}"
    from workshop_app.ui.labels import format_number  # labels itself imports this module

    return format_number(value, decimals)


# And their numbers ("10,000" in English, "10 000" in French, "10.000" in Portuguese), in the locale in force.
texts.set_number_formatter(_format_number)


def supported(language: str | None) -> str:
    """``language`` (a code such as ``pt`` or ``pt_BR``) as one of ours, or English if it is none of them."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The first of the system's preferred languages that the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = (name or "").replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale of dates and numbers: the system's (or ``system``) when it is of ``language`` (its country kept),
    else a default."""
    language = supported(language)
    system = system if system is not None else QLocale.system()
    # A system without a locale ("C": a bare Linux, LANG unset) gets the default, never C's "12 11 2026".
    if system.language() == QLocale(_DEFAULT_LOCALES[language]).language():
        return system
    return QLocale(_DEFAULT_LOCALES[language])


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for Arabic, left to right for the others."""
    return Qt.LayoutDirection.RightToLeft if supported(language) in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


def current_language() -> str:
    """The interface language in force (``en`` until ``install_language`` chose another)."""
    return _current


def install_language(app: QCoreApplication, language: str | None) -> str:
    """Make ``language`` the interface language of ``app``: translations, locale, direction; returns the code used.

    A language the app does not speak, or whose translation file is missing or damaged, gives English: never an
    error, since a person must always be able to start the app and choose again.
    """
    global _current
    language = supported(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != DEFAULT_LANGUAGE:
        own = _load(app, f"workshop_app_{language}.qm", _translations_folder())
        if own is None:
            log.warning("No translation for %r; the interface stays in English", language)
            language = DEFAULT_LANGUAGE
        else:
            _installed.append(own)
            # Qt's strings: qtbase_pt_BR is the only Portuguese Qt ships, found from the locale's fallbacks.
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt = QTranslator(app)
            if qt.load(QLocale(language), "qtbase", "_", qt_folder):
                _installed.append(qt)
            else:
                log.info("Qt's own translation for %r is missing; standard buttons stay in English", language)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    # Set, not left to Qt's QT_LAYOUT_DIRECTION in qtbase_ar: Arabic mirrors even without Qt's translations.
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(layout_direction(language))
    _current = language
    return language


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(name, folder) and not translator.isEmpty():
        return translator
    translator.deleteLater()
    return None


def _translations_folder() -> str:
    try:
        return str(paths.resource("translations"))
    except FileNotFoundError:  # no resources at all: English, and the app says so elsewhere
        return ""


class TranslationContext:
    """A translation context for code outside any QObject: ``surveys.tr("%n questions", "", count)``.

    lupdate files ``<name>.tr(...)`` under the context ``<name>``, so the variable must be called like its context
    (``surveys = TranslationContext("surveys")``; a test checks it). Unlike ``QCoreApplication.translate``, whose
    fourth argument lupdate misreads, the number here is seen and the message is marked plural.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the interface language; ``%n`` in it becomes ``n`` in the right plural form."""
        return QCoreApplication.translate(self.name, text, disambiguation, n)
