"""The main window's menus: File, Edit (through the undo group, so it follows the active page), View and Help.

The strings keep the main window's translation context, where they have always been. Each call names it itself
(``translate("MainWindow", ...)``): lupdate reads the context only from the call, never from a wrapper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

import workshop_app
from workshop_app.ui.icons import icon
from workshop_app.ui.view_menu import ViewMenu

if TYPE_CHECKING:
    from workshop_app.ui.main_window import MainWindow

translate = QCoreApplication.translate


def build_menus(window: MainWindow) -> None:
    """Create the menus and keep their actions on ``window`` (tests and pages reach them there)."""
    file_menu = window.file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.new_workshop_action = QAction(icon("workshops"), translate("MainWindow", "&New workshop"), window)
    window.new_workshop_action.setShortcut(QKeySequence.StandardKey.New)
    new_tip = translate("MainWindow", "Create a workshop, starting at the next full hour")
    window.new_workshop_action.setStatusTip(new_tip)
    window.new_workshop_action.triggered.connect(window.new_workshop)
    file_menu.addAction(window.new_workshop_action)
    # Section pages put their File actions (Import XLSForm...) above this separator once they are built.
    window.page_actions_anchor = file_menu.addSeparator()
    for action in window.database_actions.actions():
        file_menu.addAction(action)
        if action is window.database_actions.open_action:
            file_menu.addSeparator()
    file_menu.addAction(window.exchange_actions.check_action)
    file_menu.addSeparator()
    file_menu.addActions(window.exchange_actions.actions())
    file_menu.addSeparator()
    window.quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)
    # Windows has no standard Quit key; Ctrl+Q is what people try there too.
    window.quit_action.setShortcut(quit_keys if not quit_keys.isEmpty() else QKeySequence("Ctrl+Q"))
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.quit_action.triggered.connect(window.close)
    file_menu.addAction(window.quit_action)

    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    window.undo_action = window.undo_group.createUndoAction(window, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.undo_group.createRedoAction(window, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)

    window.view_menu = ViewMenu(window)
    window.menuBar().addMenu(window.view_menu.menu)

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.about_action = QAction(translate("MainWindow", "&About Workshop App"), window)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.about_action.triggered.connect(window.show_about)
    help_menu.addAction(window.about_action)


def show_about(window: MainWindow) -> None:
    """The About box: name, version, purpose."""
    text = translate(
        "MainWindow",
        "<h3>Workshop App {version}</h3><p>Prepare and run community workshops and surveys offline, "
        "keep every answer, and report to your URBACT Local Group.</p>",
    ).format(version=workshop_app.__version__)
    QMessageBox.about(window, translate("MainWindow", "About Workshop App"), text)
