"""The File menu's exchange actions: Export for merge…, Merge… and Check database…, with their dialogs.

Packing, the merge preview, the merge itself and the check run off the GUI thread with a cancellable progress
dialog. After a merge the database is closed and opened again, so every page, service and cache starts from
the merged data (and no undo step can refer to rows the merge changed).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workshop_app.ui import dialogs
from workshop_app.ui.labels import format_number
from workshop_app.ui.worker import BackgroundTask, Progress, run_with_progress

if TYPE_CHECKING:
    from workshop_app.core.merge_report import MergeReport
    from workshop_app.core.packing import PackResult
    from workshop_app.db.integrity import CheckReport
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.merge_preview_dialog import MergePreviewDialog

log = logging.getLogger(__name__)
SUFFIX = ".wspack"


def package_filter() -> str:
    """The file-type filter of the package dialogs."""
    return dialogs.translate("ExchangeActions", "Workshop App packages (*.wspack);;All files (*)")


def safe_name(text: str) -> str:
    """``text`` as part of a file name: letters, digits, dashes."""
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in text.strip())
    return "-".join(part for part in kept.split("-") if part)[:60]


class ExchangeActions(QObject):
    """Owns the exchange actions of one main window; the Export page's panel uses the same ones."""

    packed = Signal(object)
    """A ``PackResult`` after a package was written."""
    merged = Signal(object)
    """The ``MergeReport`` after a merge was written and the database reopened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None
        self.preview_dialog: MergePreviewDialog | None = None
        self.result_dialog: MergePreviewDialog | None = None
        self.export_action = QAction(self.tr("E&xport for merge…"), window)
        self.export_action.setStatusTip(self.tr("Save everything on this laptop in one file for the ULG secretary"))
        self.export_action.triggered.connect(lambda: self.export_for_merge())
        self.merge_action = QAction(self.tr("&Merge…"), window)
        self.merge_action.setStatusTip(self.tr("Bring in packages from other laptops, after a preview"))
        self.merge_action.triggered.connect(lambda: self.merge_packages())
        self.check_action = QAction(self.tr("&Check database…"), window)
        self.check_action.setStatusTip(self.tr("Look for damage and inconsistencies in the open database"))
        self.check_action.triggered.connect(self.check_database)
        for action in self.actions():
            action.setEnabled(False)
        window.database_ready.connect(self._database_ready)

    def actions(self) -> list[QAction]:
        """The exchange actions in menu order."""
        return [self.export_action, self.merge_action]

    def all_actions(self) -> list[QAction]:
        """Every action this object owns (the check belongs beside Backup and Restore)."""
        return [self.check_action, *self.actions()]

    def _database_ready(self) -> None:
        for action in self.all_actions():
            action.setEnabled(True)

    def _busy(self) -> bool:
        """True (and said) while earlier work still runs: a cancelled merge rolls back before it ends."""
        if self.task is not None and self.task.is_running():
            self.window.statusBar().showMessage(self.tr("The previous step is still finishing; try again in a "
                                                        "moment."), 5000)
            return True
        return False

    # -- packing -------------------------------------------------------------------------------
    def export_for_merge(self, workshop_id: str | None = None, target: Path | None = None) -> BackgroundTask | None:
        """Ask where (unless ``target`` is given), then pack everything — or one workshop — off the GUI thread."""
        db = self.window.db
        if db is None or self._busy():
            return None
        if target is None:
            who = safe_name(self.window.settings.user_name) or safe_name(db.path.stem) or "workshops"
            suggested = Path.home() / f"{who}-{date.today().isoformat()}{SUFFIX}"
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export for merge"), str(suggested),
                                                  package_filter())
            if not name:
                return None
            target = Path(name) if Path(name).suffix.lower() == SUFFIX else Path(name + SUFFIX)
        self.window.commit_all_pending()
        made_by = self.window.settings.user_name

        def work(progress: Progress) -> PackResult:
            from workshop_app.core.packing import pack

            return pack(db, target, workshop_id, progress.report, made_by=made_by,
                        cancelled=lambda: progress.cancelled)

        self.task = run_with_progress(self.window, work, title=self.tr("Export for merge"),
                                      label=self.tr("Packing…"), on_success=self._packed)
        return self.task

    def _packed(self, result: PackResult) -> None:
        text = self.tr("Saved {name} ({size} MB) in {folder}. Take it to the ULG secretary, who adds it to the "
                       "shared database with File > Merge.").format(
            name=result.path.name, size=format_number(result.size / 1e6, 1), folder=result.path.parent)
        self.window.statusBar().showMessage(self.tr("Package saved to {path}.").format(path=result.path), 10000)
        dialogs.inform(self.window, self.tr("Package saved"), text)
        self.packed.emit(result)

    # -- merging -------------------------------------------------------------------------------
    def choose_packages(self) -> list[Path]:
        """Ask for one or more packages; empty if cancelled."""
        names, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Merge packages"), str(Path.home()),
                                                package_filter())
        return [Path(name) for name in names]

    def merge_packages(self, paths: list[Path] | None = None) -> BackgroundTask | None:
        """Ask for packages (unless given), compute the preview off the GUI thread, then show it."""
        db = self.window.db
        if db is None or self._busy():
            return None
        paths = paths if paths is not None else self.choose_packages()
        if not paths:
            return None
        self.window.commit_all_pending()

        def work(progress: Progress) -> MergeReport:
            from workshop_app.core.merge import preview_merge

            return preview_merge(db, paths, progress.report)

        self.task = run_with_progress(self.window, work, title=self.tr("Merge packages"),
                                      label=self.tr("Reading the packages…"),
                                      on_success=lambda report: self._show_preview(paths, report))
        return self.task

    def _show_preview(self, paths: list[Path], report: MergeReport) -> None:
        from workshop_app.ui.merge_preview_dialog import MergePreviewDialog

        dialog = self.preview_dialog = MergePreviewDialog(report, self.window)
        dialog.accepted.connect(lambda: self._merge(paths))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _merge(self, paths: list[Path]) -> None:
        db = self.window.db
        if db is None or self._busy():
            return
        keep = self.window.settings.automatic_backups
        backing_up = self.tr("Saving a backup first…")
        no_backup = self.tr("The backup before merging could not be made ({reason}); nothing was merged.")

        def work(progress: Progress) -> tuple[MergeReport, Path]:
            from workshop_app.core.merge import merge
            from workshop_app.db.backup import automatic_backup
            from workshop_app.errors import UserError

            progress.report(0, 0, backing_up)
            try:
                # A merge cannot be undone step by step; this copy brings the database back as it was.
                kept = automatic_backup(db, keep=keep)
            except (UserError, OSError) as exc:
                raise UserError(no_backup.format(reason=str(exc).rstrip("."))) from None
            progress.check()
            return merge(db, paths, progress.report, cancelled=lambda: progress.cancelled), kept

        self.task = run_with_progress(self.window, work, title=self.tr("Merge packages"),
                                      label=self.tr("Merging…"), on_success=self._merged)

    def _merged(self, outcome: tuple[MergeReport, Path]) -> None:
        from workshop_app.ui.merge_preview_dialog import MergePreviewDialog

        report, kept = outcome
        path = self.window.release_database()
        if path is None or not self.window.database_actions.reopen(path):
            return
        self.window.statusBar().showMessage(self.tr("The packages were merged."), 10000)
        dialog = self.result_dialog = MergePreviewDialog(report, self.window)
        dialog.hint.setText(self.tr("A conflict keeps the newer change. The database as it was before the merge is "
                                    "kept at {backup}; File > Restore brings it back.").format(backup=kept))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.merged.emit(report)

    # -- checking ------------------------------------------------------------------------------
    def check_database(self) -> BackgroundTask | None:
        """Run ``workshop-app check`` off the GUI thread and say what it found, in words."""
        db = self.window.db
        if db is None or self._busy():
            return None
        self.window.commit_all_pending()

        def work(progress: Progress) -> CheckReport:
            from workshop_app.db.integrity import check_database

            return check_database(db)

        name = db.path.name
        self.task = run_with_progress(self.window, work, title=self.tr("Check database"),
                                      label=self.tr("Checking {name}…").format(name=name),
                                      on_success=lambda report: self._checked(name, report))
        return self.task

    def _checked(self, name: str, report: CheckReport) -> None:
        from workshop_app.ui.merge_preview_dialog import kind_label

        locale = QLocale()  # counts written as the interface language writes numbers
        held = ", ".join(self.tr("{kind}: {count}").format(kind=kind_label(kind), count=locale.toString(n))
                         for kind, n in report.counts.items())
        box = self.check_box = QMessageBox(self.window)
        box.setObjectName("checkDatabaseBox")
        box.setWindowTitle(self.tr("Check database"))
        if report.ok:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(self.tr("No problems found in {name}.").format(name=name))
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            count = len(report.problems)
            if count == 1:
                text = self.tr("%n problem found in {name}. Restore a recent backup (File > Restore) or ask for help "
                               "before going on.", "", count)
            else:
                text = self.tr("%n problems found in {name}. Restore a recent backup (File > Restore) or ask for "
                               "help before going on.", "", count)
            box.setText(text.format(name=name))
            box.setDetailedText("\n".join(report.problems))
        box.setInformativeText(self.tr("It holds: {held}.").format(held=held))
        box.finished.connect(box.deleteLater)
        box.open()


__all__ = ["ExchangeActions", "package_filter", "safe_name"]
