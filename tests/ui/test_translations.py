"""The interface language: loading the translations, switching live from the View menu, locale and direction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from tools import translations as tools
from workshop_app import paths
from workshop_app.app import apply_preferences
from workshop_app.db.database import Database
from workshop_app.errors import DatabaseError
from workshop_app.settings import Settings, load_settings, settings_path
from workshop_app.ui import appearance, translations, view_menu
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.translations import LANGUAGES, current_language, install_language

from .conftest import started_window

# Words that are the same in Portuguese, or names: the app's name, the languages named in themselves, sizes.
SAME_IN_PORTUGUESE = {"Workshop App", "PIN", "Excel", "XLSForm", "Workshops", "Status", *LANGUAGES.values(),
                      *(f"{scale} %" for scale in appearance.SCALES)}


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Translations, locale and look are the whole app's: every test leaves them as the others expect."""
    yield
    app = QApplication.instance()
    install_language(app, "en")
    appearance.apply_appearance(app)


@pytest.fixture
def window(qtbot: Any, existing_db_path: Path) -> Iterator[MainWindow]:
    """A started main window; a test that switches language closes the window it ends with itself."""
    window = started_window(qtbot, existing_db_path)
    yield window


def switch(window: MainWindow, code: str) -> MainWindow:
    """Choose ``code`` in View › Language, as a person does; the new main window."""
    new = window.view_menu.choose_language(code)
    assert new is not None and new is not window
    return new


def close(window: MainWindow) -> None:
    window.close()
    window.deleteLater()


def held_open(path: Path) -> bool:
    """Whether the database file is held open (locked) by a window."""
    try:
        Database.open(path).close()
    except DatabaseError:
        return True
    return False


def menu_texts(window: MainWindow) -> list[str]:
    """Every menu title and action text of the menu bar, in order (separators left out)."""
    texts: list[str] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            texts.append(action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())

    walk(window.menuBar().actions())
    return texts


def visible_texts(window: MainWindow) -> list[str]:
    """Menus, the sections of the navigation and the title of every section page."""
    sections = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    titles = [label.text() for label in window.findChildren(QLabel) if label.objectName() == "pageTitle"]
    return menu_texts(window) + sections + sorted(titles)


# -- loading -----------------------------------------------------------------------------------------------------
def test_a_language_brings_its_translations_qt_buttons_locale_and_direction() -> None:
    app = QApplication.instance()
    assert install_language(app, "pt") == "pt"
    assert QCoreApplication.translate("labels", "Survey") == "Questionário"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar", "Qt's own buttons too"
    assert QLocale().language() == QLocale.Language.Portuguese
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert install_language(app, "ar") == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert install_language(app, "en") == "en"
    assert QCoreApplication.translate("labels", "Survey") == "Survey"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_plural_forms_follow_the_number() -> None:
    install_language(QApplication.instance(), "pl")
    texts = {n: QCoreApplication.translate("WorkshopsView", "Its agenda of %n activities goes with it.", "", n)
             for n in (2, 5, 22)}
    assert texts[2] != texts[5] and texts[2] == texts[22].replace("22", "2"), "Polish: 2 and 22 alike, 5 apart"


def test_an_unknown_language_or_a_missing_file_gives_english(monkeypatch: pytest.MonkeyPatch,
                                                              tmp_path: Path) -> None:
    app = QApplication.instance()
    assert install_language(app, "xx") == "en"
    assert install_language(app, None) == "en"
    real = paths.resource
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path if parts == ("translations",) else real(*parts))
    assert install_language(app, "pt") == "en", "no .qm file: English, never a crash"
    assert current_language() == "en"
    assert QCoreApplication.translate("labels", "Survey") == "Survey"


def test_language_codes_with_a_country_are_understood() -> None:
    assert translations.supported("pt_BR") == "pt"
    assert translations.supported("ar-MA") == "ar"
    assert translations.supported("de") == "en"
    assert translations.locale_for("pt").name() in ("pt_PT", QLocale.system().name())


def test_dates_follow_the_systems_country_and_a_system_without_a_locale_gets_the_default() -> None:
    french_swiss = translations.locale_for("fr", QLocale("fr_CH"))
    assert french_swiss.name() == "fr_CH", "the person's country is kept"
    assert translations.locale_for("fr", QLocale("de_DE")).name() == "fr_FR"
    bare = translations.locale_for("en", QLocale.c())
    assert bare.name() == "en_GB"
    assert bare.toString(QDate(2026, 11, 12), QLocale.FormatType.ShortFormat) == "12/11/2026", "never C's 12 11 2026"


def test_the_systems_first_language_that_the_app_speaks_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    def system_preferring(*names: str) -> Any:
        return type("SystemLocale", (), {"system": staticmethod(lambda: SimpleNamespace(uiLanguages=lambda: names))})

    monkeypatch.setattr(translations, "QLocale", system_preferring("de-DE", "pl-PL", "en-US"))
    assert translations.system_language() == "pl"
    monkeypatch.setattr(translations, "QLocale", system_preferring("de-DE", "tr-TR"))
    assert translations.system_language() == "en"
    monkeypatch.undo()  # before the language is set back to English


def test_the_first_start_picks_the_systems_language_and_later_starts_keep_the_choice() -> None:
    settings_path().unlink(missing_ok=True)
    assert load_settings(first_run_language=lambda: "pl").language == "pl"
    assert json.loads(settings_path().read_text(encoding="utf-8"))["language"] == "pl", "saved at once"
    saved = load_settings()
    saved.language = "fr"
    from workshop_app.settings import save_settings

    save_settings(saved)
    assert load_settings(first_run_language=lambda: "pl").language == "fr", "a choice once made stays"


def test_a_test_window_speaks_the_language_of_its_settings(qtbot: Any, existing_db_path: Path) -> None:
    window = started_window(qtbot, existing_db_path, Settings(language="pt"))
    try:
        assert window.navigation.item(1).text() == "Participantes"
        assert window.view_menu.language_actions["pt"].isChecked()
    finally:
        close(window)


# -- switching live ----------------------------------------------------------------------------------------------
def test_switching_rebuilds_the_window_in_the_language_on_the_same_open_database(qtbot: Any,
                                                                                 window: MainWindow) -> None:
    db = window.db
    assert db is not None
    workshop_id = window.new_workshop()
    assert workshop_id is not None
    qtbot.keyClicks(window.workshops_view.editor.place_edit, "Parish hall")  # typed, not yet committed
    window.show_section(2)
    english = visible_texts(window)

    portuguese_window = switch(window, "pt")
    assert portuguese_window.db is db, "the same open database: nothing closed or reopened"
    assert held_open(db.path)
    assert portuguese_window.navigation.currentRow() == 2, "the same section"
    assert portuguese_window.workshops_view.current_workshop_id() == workshop_id, "the same workshop"
    workshop = portuguese_window.workshop_service.get(workshop_id)
    assert workshop.place == "Parish hall", "what was being typed was saved first"
    assert load_settings().language == "pt", "remembered for the next start"
    assert portuguese_window.view_menu.language_actions["pt"].isChecked()
    portuguese = visible_texts(portuguese_window)
    assert len(portuguese) == len(english)
    untranslated = [e for e, p in zip(english, portuguese, strict=True) if e == p and e not in SAME_IN_PORTUGUESE]
    assert not untranslated, "every menu, section and page title is in Portuguese"

    arabic_window = switch(portuguese_window, "ar")
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic_window.isRightToLeft() and arabic_window.navigation.isRightToLeft()
    assert arabic_window.db is db

    arabic_window.view_menu.language_actions["en"].trigger()  # as from the menu
    english_window = view_menu._replacements[-1]
    assert english_window is not arabic_window and english_window.db is db
    try:
        assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert visible_texts(english_window) == english
        assert load_settings().language == "en"
    finally:
        close(english_window)
    assert not held_open(db.path), "closing the last window releases the database"


def test_switching_before_the_database_opened_opens_it_in_the_new_window(qtbot: Any,
                                                                         existing_db_path: Path) -> None:
    from workshop_app.app import create_main_window

    window = create_main_window(existing_db_path, load_settings())  # built, its database not yet open
    new = switch(window, "pt")
    try:
        with qtbot.waitSignal(new.database_ready, timeout=10_000):
            new.schedule_start()
        assert new.db is not None and new.db.path == existing_db_path.absolute()
    finally:
        close(new)


def test_choosing_the_language_in_force_changes_nothing(window: MainWindow) -> None:
    try:
        assert window.view_menu.choose_language("en") is None
        assert window.view_menu.language_actions["en"].isChecked()
    finally:
        close(window)


def test_unsaved_work_can_keep_the_language_as_it_was(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        monkeypatch.setattr(window, "may_leave", lambda pages=None: False)  # the person chose Cancel
        assert window.view_menu.choose_language("pt") is None
        assert current_language() == "en" and window.view_menu.language_actions["en"].isChecked()
        assert not window.view_menu.language_actions["pt"].isChecked()
    finally:
        monkeypatch.undo()
        close(window)


def test_an_open_run_view_moves_to_the_new_window_untouched(window: MainWindow) -> None:
    from workshop_app.ui.run_window import open_run_window, open_run_windows

    service = window.workshop_service
    assert service is not None
    workshop = service.create("Tuesday listening session")
    service.add_activity(workshop.id, "brainstorm")
    run = open_run_window(window, window.db, window.settings, workshop.id)
    projector = run.open_projector()
    new = switch(window, "pt")
    try:
        assert open_run_windows() == [run], "the run view was not closed"
        assert run.parentWidget() is new and run.db is new.db
        assert run.isVisible() and projector.isVisible() and run.launchers.projector is projector
        run.ui.checkin_button.click()
        page = new.pages.currentWidget()
        assert type(page).__name__ == "ParticipantsPage", "its check-in goes to the new window"
    finally:
        close(new)
    assert open_run_windows() == [], "it still closes with its database"


def test_a_running_kiosk_is_left_alone_by_a_language_switch(window: MainWindow) -> None:
    from tests.ui.kiosk_support import make_setup
    from workshop_app.ui.run_window import open_run_window

    setup = make_setup(window.db)
    run = open_run_window(window, window.db, window.settings, setup.workshop_id)
    kiosk = run.launchers.start_kiosk(setup.activity_id)
    assert kiosk is not None and kiosk.isVisible()
    page = kiosk.stack.currentWidget()
    direction = kiosk.page.layoutDirection()
    new = switch(window, "ar")
    try:
        assert run.launchers.kiosk is kiosk and kiosk.isVisible(), "the participant's screen stays as it was"
        assert kiosk.parentWidget() is run and run.parentWidget() is new
        assert kiosk.stack.currentWidget() is page
        assert kiosk.page.layoutDirection() == direction, "it speaks the participant's language, not the app's"
    finally:
        kiosk.shut_down()
        close(new)


def test_text_size_and_high_contrast_change_at_once_and_are_remembered(window: MainWindow) -> None:
    app = QApplication.instance()
    try:
        menu = window.view_menu
        menu.size_actions[150].trigger()
        assert appearance.current_scale(app) == 150 and load_settings().text_scale == 150
        assert menu.size_actions[150].isChecked()
        menu.contrast_action.trigger()
        assert appearance.is_high_contrast(app) and load_settings().high_contrast
        menu.contrast_action.trigger()
        assert not appearance.is_high_contrast(app) and not load_settings().high_contrast
        apply_preferences(app, Settings(text_scale=200, high_contrast=True))
        assert appearance.current_scale(app) == 200 and appearance.is_high_contrast(app)
    finally:
        close(window)


def test_the_language_menu_names_each_language_in_itself(window: MainWindow) -> None:
    try:
        names = [a.text() for a in window.view_menu.language_menu.actions()]
        assert names == ["English", "Português", "Español", "Français", "Polski", "Italiano", "العربية"]
        assert [a.isChecked() for a in window.view_menu.language_menu.actions()].count(True) == 1
        top = [a.text() for a in window.menuBar().actions()]
        assert top == ["&File", "&Edit", "&View", "&Help"]
    finally:
        close(window)


# -- what a person actually sees -----------------------------------------------------------------------------------
class UntranslatedLog(QTranslator):
    """Installed before the app's translators, so Qt asks it only what none of them knows: what stays English.

    ``self.tr`` in PySide asks for each class of the object's MRO in turn, until one knows the text; a lookup is
    missing only when even Qt's own base classes were asked (or, for a context that is no class, at once).
    """

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self.calls: list[tuple[str, str, str, int]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """Note the lookup; know nothing."""
        self.calls.append((context, source, disambiguation or "", n))
        return None

    def missing(self, ours: set[str], classes: set[str]) -> set[tuple[str, str, bool]]:
        """(context, text, with a number) of each lookup of one of ``ours`` that no translation answered."""
        found: set[tuple[str, str, bool]] = set()
        chain: list[tuple[str, str, str, int]] = []
        for call in [*self.calls, None]:
            if chain and (call is None or call[1:] != chain[0][1:]):
                first = chain[0][0]
                if first in ours and (first not in classes or any(c[0] not in ours for c in chain[1:])):
                    found.add((first, chain[0][1], chain[0][3] >= 0))
                chain = []
            if call is not None:
                chain.append(call)
        return found


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.mark.parametrize("language", ["pt", "pl", "ar"])
def test_walking_the_app_meets_no_english(qtbot: Any, tmp_path: Path, language: str) -> None:
    import ast

    from workshop_app.core.demo import fill_demo
    from workshop_app.ui.run_window import open_run_window

    path = tmp_path / "demo.sqlite"
    with Database.open(path, create=True, laptop_id="demo") as db:
        fill_demo(db, participants=30, seed=3)
    app = QApplication.instance()
    log = UntranslatedLog(app)
    app.installTranslator(log)  # first in, so asked last
    try:
        window = started_window(qtbot, path, Settings(language=language))
        window.resize(1280, 800)
        for row in range(window.navigation.count()):
            window.show_section(row)
            settle()
        run = open_run_window(window, window.db, window.settings, window.workshop_service.list()[0].id)
        for row in range(run.ui.agenda_model.rowCount()):
            run.ui.agenda.setCurrentIndex(run.ui.agenda_model.index(row, 0))
            settle(50)
        run.open_projector()
        settle()
        close(window)
    finally:
        app.removeTranslator(log)
    ours = {context for context, _ in tools.ts_messages(tools.ts_path(language))}
    classes = {node.name for file in tools.sources()
               for node in ast.walk(ast.parse((tools.ROOT / file).read_text(encoding="utf-8")))
               if isinstance(node, ast.ClassDef)}
    missing = sorted(log.missing(ours, classes))
    assert len(log.calls) > 100, "the walk looked texts up"
    assert not missing, f"{len(missing)} texts stay English in {language}: {missing[:30]}"


def test_the_log_tells_a_lookup_a_base_class_answered_from_one_nobody_did(qapp: QApplication) -> None:
    log = UntranslatedLog(qapp)
    log.calls = [("Sub", "Undo", "", -1), ("Base", "Undo", "", -1),  # Base's translation answered
                 ("Sub", "Gone", "", -1), ("Base", "Gone", "", -1), ("QWidget", "Gone", "", -1),
                 ("labels", "%n min", "", 5), ("labels", "%n min", "", 5),
                 ("QPlatformTheme", "Cancel", "", -1)]
    assert log.missing({"Sub", "Base", "labels"}, {"Sub", "Base"}) == {("Sub", "Gone", False),
                                                                      ("labels", "%n min", True)}
