"""The View menu: the interface language, the text size and the high-contrast theme, each changed at once.

A new language needs every text of the main window again. Rather than teach every screen to translate itself
anew, the main window is built again on the same open database (nothing is closed or reopened; what was being
typed is saved first), in the same place, on the same section and workshop. Open run views, with their kiosk,
paper entry and projector, move to the new window untouched: the kiosk speaks the language each participant
chose, and a run view shows the new language when it is next opened. Text size and contrast need no rebuild.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from workshop_app.settings import Settings, save_settings
from workshop_app.ui.appearance import SCALES, apply_appearance, clamp_scale
from workshop_app.ui.translations import LANGUAGES, current_language, install_language

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RUN_WINDOW_MODULE = "workshop_app.ui.run_window"
# The main window made by the latest switch: a window without a parent lives only while Python holds it.
_replacements: list[MainWindow] = []


class ViewMenu(QObject):
    """The View menu of one main window; its choices are saved in the settings and apply to the whole app."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&View"), window)
        self.menu.setObjectName("viewMenu")

        self.language_menu = self.menu.addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            # Each language is named in itself, so its speakers find it whatever the app is showing now.
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setToolTip(self.tr("Show the app in this language"))
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.size_menu = self.menu.addMenu(self.tr("Text &size"))
        self.size_menu.setObjectName("textSizeMenu")
        sizes = QActionGroup(self)
        self.size_actions: dict[int, QAction] = {}
        for scale in SCALES:
            action = QAction(self.tr("{percent} %").format(percent=QLocale().toString(scale)), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, scale=scale: self.choose_text_size(scale))
            sizes.addAction(action)
            self.size_menu.addAction(action)
            self.size_actions[scale] = action

        self.contrast_action = QAction(self.tr("&High contrast"), self)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setStatusTip(self.tr("White and yellow on black, with thick outlines"))
        self.contrast_action.triggered.connect(self.choose_high_contrast)
        self.menu.addAction(self.contrast_action)
        self.show_choices()

    @property
    def settings(self) -> Settings:
        """The settings of the window (shared by every window of the app)."""
        return self.window.settings

    def show_choices(self) -> None:
        """Tick the language, text size and contrast in force."""
        self.language_actions[current_language()].setChecked(True)
        scale = clamp_scale(self.settings.text_scale)
        nearest = min(SCALES, key=lambda s: abs(s - scale))
        self.size_actions[nearest].setChecked(True)
        self.contrast_action.setChecked(bool(self.settings.high_contrast))

    def choose_language(self, language: str) -> MainWindow | None:
        """Show the app in ``language`` from now on; returns the new main window (None if nothing changed)."""
        if language == current_language() or not self.window.may_leave():
            self.show_choices()  # Cancel on "unsaved changes" leaves the language as it was
            return None
        return switch_language(self.window, language)

    def choose_text_size(self, scale: int) -> None:
        """Make text ``scale`` percent of its normal size, in every window, and remember it."""
        self.settings.text_scale = clamp_scale(scale)
        self._apply()

    def choose_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme on or off, in every window, and remember it."""
        self.settings.high_contrast = bool(on)
        self._apply()

    def _apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, scale=self.settings.text_scale, high_contrast=self.settings.high_contrast)
        _save(self.settings)
        self.show_choices()


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Translate the app into ``language`` and rebuild ``window`` in it, on the same database; returns the new one."""
    app = QApplication.instance()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # building every screen again takes half a second
    try:
        return _rebuild(window, language, app)
    finally:
        QApplication.restoreOverrideCursor()


def _rebuild(window: MainWindow, language: str, app: QCoreApplication | None) -> MainWindow:
    from workshop_app.ui.main_window import MainWindow

    window.commit_all_pending()
    window.settings.language = install_language(app, language) if app is not None else language
    _save(window.settings)
    section = window.navigation.currentRow()
    workshop_id = window.workshops_view.current_workshop_id()
    window.save_geometry()  # the new window reads it back while it is built
    runs = [run for run in _run_windows() if run.parentWidget() is window]
    for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        # Other windows of the old one (a non-modal dialog) close properly rather than vanish with it; the run
        # views' own windows (kiosk, projector, paper entry) are theirs, not the main window's, and stay.
        if child.isWindow() and child.isVisible() and child not in runs:
            child.close()
    db = window.detach_database()

    new = MainWindow(window.settings)
    for run in runs:
        _move_window(run, new)
    # One automatic backup per session, not one per language.
    new._backup_scheduled = window._backup_scheduled
    if db is not None:
        new.adopt_database(db)
        if workshop_id is not None:
            new.workshops_view.select_workshop(workshop_id)
    elif window._start is not None:  # switched before the start database opened: the new window opens it
        path, create = window._start
        new.set_start_database(path, create=create)
    new.show_section(section)
    if window.isVisible():
        new.setWindowState(window.windowState())
        new.show()
        new.activateWindow()
    window.close()
    window.deleteLater()
    _replacements[:] = [new]
    return new


def _run_windows() -> list[QWidget]:
    module = sys.modules.get(RUN_WINDOW_MODULE)
    return list(module.open_run_windows()) if module is not None else []


def _move_window(child: QWidget, parent: QWidget) -> None:
    """Give a window of the old main window to the new one, where it was and as it was."""
    geometry, state, visible = child.geometry(), child.windowState(), child.isVisible()
    child.setParent(parent, child.windowFlags())
    child.setGeometry(geometry)
    child.setWindowState(state)
    if visible:
        child.show()
    kiosk = getattr(getattr(child, "launchers", None), "kiosk", None)
    if kiosk is not None and kiosk.isVisible():
        kiosk.raise_()  # a participant may be answering: the kiosk stays in front


def _save(settings: Settings) -> None:
    try:
        save_settings(settings)
    except OSError:
        log.warning("Could not save the settings", exc_info=True)
