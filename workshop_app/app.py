"""Start the desktop app: the QApplication, its look, the main window, and which database it opens first.

Only Qt is imported here. The database layer (SQLAlchemy, alembic) is imported when the window, already shown,
opens its first database; matplotlib, openpyxl and pyxform by the screens that need them. So the window opens fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

import workshop_app
from workshop_app import paths
from workshop_app.settings import Settings, load_settings
from workshop_app.ui import appearance
from workshop_app.ui.icons import icon
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.translations import current_language, install_language, system_language

log = logging.getLogger(__name__)

APP_NAME = "Workshop App"
ORGANISATION = "URBACT"
MIN_POINT_SIZE = 10.0
_CONFIGURED = "workshop_app_configured"
SMOKE_ENV = "WORKSHOP_APP_SMOKE"
"""Set by ``build_installer.py --smoke``: the window prints ``shown <language>`` on the first event-loop turn after
``show()``, then ``ready <workshops listed>`` once its database is open, draws a chart as the Results screens do,
prints ``chart``, and quits."""


def configure_application(app: QApplication) -> None:
    """Name, icon, style and font of the app; done once per QApplication."""
    if app.property(_CONFIGURED):
        return
    app.setProperty(_CONFIGURED, True)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(workshop_app.__version__)
    app.setDesktopFileName("workshop-app")
    app.setWindowIcon(icon("app"))
    # Fusion plus our light style sheet looks the same on every laptop, whatever the system theme.
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    # The normal look (palette and style sheet) until the person's own preferences are applied.
    appearance.apply_appearance(app)


def apply_preferences(app: QApplication, settings: Settings) -> str:
    """The person's interface language, text size and contrast, for every window from now on; returns the language.

    Tests call it too (through ``create_main_window``), so a test's window speaks the language of its settings.
    """
    language = install_language(app, settings.language)
    appearance.apply_appearance(app, scale=settings.text_scale, high_contrast=settings.high_contrast)
    return language


def light_palette() -> QPalette:
    """A light palette matching the style sheet, so dialogs and popups fit the rest."""
    return appearance.light_palette()


def style_sheet() -> str:
    """``resources/styles/app.qss`` as the app applies it at normal size and contrast (icon paths made real)."""
    return appearance.style_sheet()


def ensure_application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication (made if needed), configured."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    configure_application(app)
    return app


def start_database(db_path: Path | None, settings: Settings) -> tuple[Path, bool]:
    """Which file to open first, and whether it may be created (only the app's own default database may)."""
    default = paths.default_database_path()
    if db_path is not None:
        path = Path(db_path)
    elif settings.last_database:
        path = Path(settings.last_database)
    else:
        path = default
    path = path.expanduser().absolute()
    return path, path == default.absolute()


def create_main_window(db_path: Path | None, settings: Settings) -> MainWindow:
    """Build the window, not shown, with its first database named but not yet open.

    Showing the window opens the database once the window has been painted (``MainWindow.database_ready``
    follows); if it cannot be opened the person may choose another file, or Quit, which closes the window.
    """
    apply_preferences(ensure_application(), settings)
    window = MainWindow(settings)
    path, create = start_database(db_path, settings)
    window.set_start_database(path, create=create)
    return window


def run_gui(db_path: Path | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit status."""
    _setup_logging()
    app = ensure_application()
    sys.excepthook = _report_unexpected
    window = create_main_window(db_path, load_settings(first_run_language=system_language))
    window.show()
    if os.environ.get(SMOKE_ENV):
        _quit_when_ready(app, window)
    # Quit at the start problem dialog closes the only window, which ends the loop with status 0.
    return app.exec()


def _quit_when_ready(app: QApplication, window: MainWindow) -> None:
    """The installer's smoke run (``SMOKE_ENV``): markers on stdout, then quit once the database is shown."""
    QTimer.singleShot(0, lambda: print(f"shown {current_language()}", flush=True))

    def ready() -> None:
        print(f"ready {window.workshops_view.model.rowCount()}", flush=True)
        from workshop_app.ui.charts import figure_of, make_canvas

        canvas = make_canvas(window)  # matplotlib and its Qt canvas: the frozen app must carry both
        figure_of(canvas).add_subplot().bar(["Tak", "Nie"], [3, 5])
        canvas.draw()
        print("chart", flush=True)
        app.quit()

    window.database_ready.connect(ready)


def _setup_logging() -> None:
    if logging.getLogger().handlers:
        return
    try:
        handler: logging.Handler = logging.FileHandler(paths.data_dir() / "workshop-app.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def _report_unexpected(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log the details, tell the person in one sentence, keep running (their data is saved)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("Unexpected error", exc_info=(kind, value, tb))
    QMessageBox.warning(
        QApplication.activeWindow(),
        APP_NAME,
        QCoreApplication.translate(
            "app", "Something went wrong ({error}). Everything saved so far is safe; the details are in {log}."
        ).format(error=type(value).__name__, log=paths.data_dir() / "workshop-app.log"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``workshop-app-gui`` launcher: ``[--db PATH]``."""
    parser = argparse.ArgumentParser(prog="workshop-app-gui", description="Open Workshop App.")
    parser.add_argument("--db", type=Path, metavar="PATH", help="the database file to open")
    args = parser.parse_args(argv)
    return run_gui(args.db)


if __name__ == "__main__":
    sys.exit(main())
