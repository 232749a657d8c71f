"""XLSForm files in and out of the Surveys section: the file dialogs, and the reading and writing off the GUI thread.

Reading runs on a worker thread and hands the ``Form`` back; the page stores it on the GUI thread only if the
person did not cancel, so a cancelled import leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from workshop_app.core.forms import Form
from workshop_app.ui.worker import BackgroundTask, Progress, run_with_progress

translate = QCoreApplication.translate


def xlsform_filter() -> str:
    """The file-type filter of the XLSForm dialogs."""
    return translate("xlsform", "XLSForm spreadsheets (*.xlsx *.xls);;All files (*)")


def choose_xlsform(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for an XLSForm file to import; None if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("xlsform", "Import XLSForm"), str(start or Path.home()),
                                          xlsform_filter())
    return Path(name) if name else None


def choose_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to write an XLSForm; None if cancelled. The ``.xlsx`` suffix is added if missing."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("xlsform", "Export XLSForm"), str(suggested),
                                          translate("xlsform", "XLSForm spreadsheets (*.xlsx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def read_in_background(parent: QWidget | None, path: Path, on_read: Callable[[tuple[Form, list[str]]], None],
                       on_failure: Callable[[str], None] | None = None,
                       on_cancel: Callable[[], None] | None = None) -> BackgroundTask:
    """Read and check the XLSForm at ``path`` on a worker thread; ``on_read((form, warnings))`` on success."""

    def work(progress: Progress) -> tuple[Form, list[str]]:
        from workshop_app.formats.xlsform import read_xlsform

        progress.report(0, 0, translate("xlsform", "Reading {name}…").format(name=path.name))
        result = read_xlsform(path)
        progress.check()
        return result

    return run_with_progress(parent, work, title=translate("xlsform", "Import XLSForm"),
                             label=translate("xlsform", "Reading {name}…").format(name=path.name),
                             on_success=on_read, on_failure=on_failure, on_cancel=on_cancel)


def write_in_background(parent: QWidget | None, form: Form, path: Path, on_written: Callable[[Any], None],
                        on_failure: Callable[[str], None] | None = None) -> BackgroundTask:
    """Write ``form`` (a copy no one edits meanwhile) as an XLSForm at ``path`` on a worker thread.

    The writer replaces the file only once it is complete, so an error never leaves a half-written file.
    """

    def work(progress: Progress) -> Path:
        from workshop_app.formats.xlsform import write_xlsform

        progress.check()
        return write_xlsform(form, path)

    return run_with_progress(parent, work, title=translate("xlsform", "Export XLSForm"),
                             label=translate("xlsform", "Writing {name}…").format(name=path.name),
                             on_success=on_written, on_failure=on_failure)
