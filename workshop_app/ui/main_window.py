"""The main window: navigation, menus, status bar, and the one open database the screens work on.

The window is built and shown before any database is open: importing SQLAlchemy and opening (perhaps
migrating) the file take longer than drawing the window, and a window that appears at once tells the person
the app started. The start database opens on the turn of the event loop after the window's first paint.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from workshop_app.errors import DatabaseError
from workshop_app.settings import Settings, save_settings
from workshop_app.ui import dialogs
from workshop_app.ui.coming_view import ComingPage, coming_pages
from workshop_app.ui.database_actions import DatabaseActions
from workshop_app.ui.exchange_actions import ExchangeActions
from workshop_app.ui.icons import icon
from workshop_app.ui.main_menus import build_menus, show_about
from workshop_app.ui.run_resume import ResumeOffer
from workshop_app.ui.sections import SECTIONS_WITH_PAGES, DatabasePage, build_section_page
from workshop_app.ui.startup import open_database, open_interactively
from workshop_app.ui.window_state import restore_window_state, save_window_state
from workshop_app.ui.workshops_view import WorkshopsView

if TYPE_CHECKING:  # both import SQLAlchemy, which is loaded only when the first database opens
    from workshop_app.core.workshops import WorkshopService
    from workshop_app.db.database import Database

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1200, 760)
NAVIGATION_WIDTH = 200
"""The narrowest the navigation gets (wider when the section names need it)."""
# Long enough for the window to be painted and the person to start; short enough to run in every session.
AUTOMATIC_BACKUP_DELAY_MS = 1500
# Opening the database blocks the event loop, so it waits for the window's first paint; a window that is never
# painted (started minimised, or a platform that sends no paint) opens it after this long anyway.
FIRST_PAINT_WAIT_MS = 300


class MainWindow(QMainWindow):
    """Holds the open ``Database`` and its services; every screen works through them.

    Built without a database: ``set_start_database`` names the file to open, which happens once the shown
    window has been painted (or on the next turn of the event loop after ``schedule_start``).
    """

    database_ready = Signal()
    """Emitted each time a database is bound and the screens show its data (at start, after a switch or restore)."""

    def __init__(self, settings: Settings, parent: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db: Database | None = None
        self.workshop_service: WorkshopService | None = None
        self.undo_stack = QUndoStack(self)
        # The Edit menu undoes the shared stack, or the stack of a section that edits a document of its own.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self._start: tuple[Path, bool] | None = None
        self._start_scheduled = False
        self._start_after_paint = False
        self._backup_scheduled = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Workshop App"))
        self.setWindowIcon(icon("app"))

        self.workshops_view = WorkshopsView(self.undo_stack, self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._add_section("workshops", self.tr("Workshops"), self.workshops_view)
        self.section_pages: list[QWidget] = []
        # Real pages are built after the first paint (``build_sections``): they cost more than the whole
        # window, and nobody can reach them before then anyway.
        self._unbuilt: dict[str, QWidget] = {}
        for key, title, text, icon_name in coming_pages():
            if key in SECTIONS_WITH_PAGES:
                page = self._unbuilt[key] = QWidget(self)
            else:
                page = ComingPage(title, text, icon_name, self)
            self._add_section(key, title, page, icon_name)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.navigation.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        # One chain set once every widget has its final parent (reparenting reorders the focus chain).
        for first, second in itertools.pairwise([self.navigation, *self.workshops_view.tab_order()]):
            QWidget.setTabOrder(first, second)

        self.database_actions = DatabaseActions(self)
        self.exchange_actions = ExchangeActions(self)
        build_menus(self)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        # "2 surveys were not finished — Resume…" after a crash: in the status bar, never a dialog in the way
        # (permanent, so the status messages shown at start-up do not hide it).
        self.resume_offer = ResumeOffer(self)
        self.statusBar().insertPermanentWidget(0, self.resume_offer)
        self._set_database_actions_enabled(False)
        self._restore_geometry()
        self._fit_navigation()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size: the navigation widens so that section names stay whole."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_navigation()

    def _fit_navigation(self) -> None:
        # Section names are longer in some languages ("Mapas de partes interessadas") and grow with the text size.
        metrics = self.navigation.fontMetrics()
        items = [self.navigation.item(row) for row in range(self.navigation.count())]
        widest = max(metrics.horizontalAdvance(item.text()) for item in items)
        self.navigation.setFixedWidth(max(NAVIGATION_WIDTH, widest + self.navigation.iconSize().width() + 64))
        for item in items:
            item.setSizeHint(QSize(0, max(42, metrics.height() + 22)))

    def _database_pages(self) -> list[DatabasePage]:
        return [page for page in self.section_pages if isinstance(page, DatabasePage)]

    def build_sections(self) -> None:
        """Build the real section pages in place of their placeholders (once); the database opens after this."""
        if not self._unbuilt:
            return
        current = self.pages.currentIndex()
        page_actions: list[QAction] = []
        for key, placeholder in self._unbuilt.items():
            page = build_section_page(key, self.undo_stack, self)
            if page is None:
                continue
            index = self.pages.indexOf(placeholder)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages.insertWidget(index, page)
            self.section_pages.append(page)
            self._plug_page(page)
            page_actions += getattr(page, "file_actions", list)()
        self._unbuilt.clear()
        self.pages.setCurrentIndex(current)
        if page_actions:
            self.file_menu.insertActions(self.page_actions_anchor, page_actions)
            self.file_menu.insertSeparator(self.page_actions_anchor)

    def _plug_page(self, page: QWidget) -> None:
        """Optional hooks of a page: its own undo stack, File menu actions, asking to be shown."""
        stack = getattr(page, "document_undo_stack", None)
        if stack is not None:
            self.undo_group.addStack(stack())
        activate = getattr(page, "activate_requested", None)
        if activate is not None:
            activate.connect(lambda p=page: self.show_section(self.pages.indexOf(p)))

    def _navigate(self, row: int) -> None:
        """Show section ``row``, unless the page being left keeps the person there (unsaved changes, Cancel)."""
        current = self.pages.currentWidget()
        if row != self.pages.currentIndex() and not self.may_leave([current]):
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.pages.currentIndex())
            self.navigation.blockSignals(False)
            return
        self.pages.setCurrentIndex(row)
        stack = getattr(self.pages.currentWidget(), "document_undo_stack", None)
        self.undo_group.setActiveStack(stack() if stack is not None else self.undo_stack)

    def may_leave(self, pages: list[QWidget] | None = None) -> bool:
        """Ask pages with unsaved documents whether they may be left; False when the person chose Cancel."""
        for page in self.section_pages if pages is None else pages:
            may_leave = getattr(page, "may_leave", None)
            if may_leave is not None and not may_leave():
                return False
        return True

    def commit_all_pending(self) -> None:
        """Save whatever is being typed on any page."""
        self.workshops_view.commit_pending()
        for page in self._database_pages():
            page.commit_pending()

    # -- building ------------------------------------------------------------------------------
    def _add_section(self, key: str, title: str, page: QWidget, icon_name: str = "workshops") -> None:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        number = self.navigation.count() + 1
        item.setToolTip(self.tr("{section} (Ctrl+{number})").format(section=title, number=number))
        item.setSizeHint(QSize(0, 42))
        self.navigation.addItem(item)
        self.pages.addWidget(page)
        # Ctrl+1…6 jump to a section from anywhere in the window.
        jump = QAction(title, self)
        jump.setShortcut(QKeySequence(f"Ctrl+{number}"))
        jump.triggered.connect(lambda _checked=False, row=number - 1: self.show_section(row))
        self.addAction(jump)

    def new_workshop(self) -> str | None:
        """Show the Workshops section and start a new workshop there."""
        self.show_section(0)
        return self.workshops_view.new_workshop()

    def show_section(self, row: int) -> None:
        """Switch to a section of the navigation (0 is Workshops)."""
        self.navigation.setCurrentRow(row)

    def show_about(self) -> None:
        """The About box: name, version, purpose."""
        show_about(self)

    # -- the start database --------------------------------------------------------------------
    def set_start_database(self, path: Path, *, create: bool) -> None:
        """Name the file to open once the window is shown; until then the screens say it is being opened."""
        self._start = (Path(path), create)
        opening = self.tr("Opening {name}…").format(name=path.name)
        self.workshops_view.show_opening(opening)
        self.database_label.setText(opening)
        self.database_label.setToolTip(str(path))
        self.database_label.setAccessibleName(opening)

    def schedule_start(self) -> None:
        """Open the start database on the next turn of the event loop (the shown window does this once painted)."""
        self._start_after_paint = False
        if self._start is not None and not self._start_scheduled:
            self._start_scheduled = True
            QTimer.singleShot(0, self, self.open_start_database)

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint the window is on screen: now the database may keep the event loop busy."""
        super().paintEvent(event)
        if self._start_after_paint:
            # Scheduled, not called: the paint is flushed to the screen after this returns.
            self.schedule_start()

    def open_start_database(self) -> bool:
        """Open the start database, or, if it cannot be, ask for another; Quit there closes the window."""
        if self._start is None:
            return self.db is not None
        path, create = self._start
        self._start = None
        self.build_sections()
        db = open_interactively(path, create=create, laptop_id=self.settings.laptop_id, parent=self,
                                on_failure=self._show_no_database)
        if db is None:
            # The person chose Quit: with its only window closed, the app ends (status 0, nothing went wrong).
            self.close()
            return False
        self._bind_database(db)
        self._schedule_backup()
        return True

    def _show_no_database(self, _reason: str) -> None:
        """Say so while no database is open (e.g. behind the "could not be opened" question), not "Opening…"."""
        text = self.tr("No database is open.")
        self.workshops_view.show_opening(text)
        self.database_label.setText(text)
        self.database_label.setToolTip("")
        self.database_label.setAccessibleName(text)

    # -- the database --------------------------------------------------------------------------
    def _set_database_actions_enabled(self, enabled: bool) -> None:
        """Actions that need an open database are greyed out while there is none (e.g. while it opens)."""
        for action in (self.new_workshop_action, self.database_actions.backup_action,
                       self.database_actions.restore_action):
            action.setEnabled(enabled)

    def _bind_database(self, db: Database) -> None:
        """Make ``db`` the one every screen works on; the undo history of another file means nothing here."""
        from workshop_app.core.services import Services

        self.build_sections()
        self.db = db
        self.workshop_service = Services.of(db).workshops
        self.undo_stack.clear()
        self.workshops_view.set_service(self.workshop_service)
        for page in self._database_pages():
            page.set_database(db)
        self.setWindowTitle(self.tr("{name} — Workshop App").format(name=db.path.name))
        self.setWindowFilePath(str(db.path))
        self.database_label.setText(self.tr("Database: {name}").format(name=db.path.name))
        self.database_label.setToolTip(str(db.path))
        self.database_label.setAccessibleName(self.tr("Open database: {path}").format(path=db.path))
        self._set_database_actions_enabled(True)
        self.resume_offer.bind(db)
        self.settings.remember_database(db.path)
        try:
            save_settings(self.settings)
        except OSError:
            log.warning("Could not save the settings", exc_info=True)
        self.database_ready.emit()

    def adopt_database(self, db: Database) -> None:
        """Work on ``db``, which the caller opened (e.g. after a restore); the current one must be released."""
        if self.db is not None and self.db is not db:
            self.db.close()
        self._bind_database(db)

    def release_database(self) -> Path | None:
        """Close the open database (e.g. to replace its file); the screens show nothing until ``reopen``."""
        if self.db is None:
            return None
        self.commit_all_pending()
        self.resume_offer.bind(None)  # run views of this database close with it
        db = self.detach_database()
        assert db is not None
        db.close()
        return db.path

    def detach_database(self) -> Database | None:
        """Let go of the open database without closing it (another window takes it over); the screens go blank."""
        db, self.db = self.db, None
        if db is not None:
            self.workshops_view.set_service(None)
            for page in self._database_pages():
                page.set_database(None)
            self._show_no_database("")
            self.undo_stack.clear()
            self.workshop_service = None
            self._set_database_actions_enabled(False)
        return db

    def switch_database(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` instead of the current database; on failure say why and keep the current one."""
        path = Path(path).expanduser().absolute()
        if self.db is not None and path == self.db.path:
            self.statusBar().showMessage(self.tr("{name} is already open.").format(name=path.name), 5000)
            return True
        if not self.may_leave():
            return False
        self.commit_all_pending()
        try:
            new = open_database(path, create=create, laptop_id=self.settings.laptop_id)
        except DatabaseError as exc:
            dialogs.warn(self, self.tr("Cannot open database"), str(exc))
            return False
        self._start = None  # a file the person chose wins over the start file still waiting to open
        old = self.db
        self._bind_database(new)
        if old is not None:
            old.close()
        self.statusBar().showMessage(self.tr("Opened {name}.").format(name=path.name), 5000)
        return True

    # -- once shown: the start database, then the automatic backup -----------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Once the window is painted, open the start database; the session's backup follows later."""
        super().showEvent(event)
        # Qt paints a newly shown window only after the events already queued (a timer of 0 ms among them), so
        # opening at once would leave the window blank until the database is open.
        if self._start is not None and not self._start_scheduled:
            self._start_after_paint = True
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self.schedule_start)
        self._schedule_backup()

    def _schedule_backup(self) -> None:
        """Once per session, when the window is shown and a database is open, a little later (start-up stays fast)."""
        if not self._backup_scheduled and self.db is not None and self.isVisible():
            self._backup_scheduled = True
            QTimer.singleShot(AUTOMATIC_BACKUP_DELAY_MS, self, self.make_automatic_backup)

    def make_automatic_backup(self) -> Path | None:
        """Keep a rotating copy of the database; a failure is reported in the status bar, never raised."""
        if self.db is None:
            return None
        try:
            from workshop_app.db.backup import automatic_backup

            target = automatic_backup(self.db, keep=self.settings.automatic_backups)
        except Exception as exc:  # a backup problem must never take the app (and the workshop) down
            log.warning("Automatic backup failed", exc_info=True)
            self.statusBar().showMessage(self.tr("The automatic backup could not be made: {reason}").format(
                reason=str(exc) or type(exc).__name__), 15000)
            return None
        self.statusBar().showMessage(self.tr("Automatic backup saved."), 5000)
        return target

    # -- geometry and closing ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        restore_window_state(self, self.workshops_view, DEFAULT_SIZE)

    def save_geometry(self) -> None:
        """Remember the window's size and place for next time."""
        save_window_state(self, self.workshops_view)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save what was typed, remember the geometry, close the database (unless a page keeps it open)."""
        if self.db is not None and not self.may_leave():
            event.ignore()
            return
        self._start = None  # closed before the start database opened: it is not opened at all
        self.save_geometry()
        self.release_database()
        event.accept()
