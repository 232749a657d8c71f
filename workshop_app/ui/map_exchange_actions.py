"""Files in and out of the Maps section: Excel workbooks (elements + connections), and PDF, PNG or SVG pictures.

Reading a workbook runs on a worker thread and only checks and parses it; the page then adds what it found in
one transaction on the GUI thread, so a cancelled import leaves nothing behind. Writing a workbook runs on a
worker thread from a frozen copy of the map. Pictures are drawn by the rendering code (``map_export``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.ui import dialogs
from workshop_app.ui.map_commands import ImportStakeholders, undo_import
from workshop_app.ui.map_list_model import relationship_count, stakeholder_count
from workshop_app.ui.map_new_dialog import template_fields
from workshop_app.ui.translations import TranslationContext
from workshop_app.ui.worker import BackgroundTask, Cancelled, Progress, run_with_progress

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData
    from workshop_app.ui.maps_page import MapsPage

translate = QCoreApplication.translate
maps = TranslationContext("maps")
"""Plural messages go through ``maps.tr``, whose number lupdate sees (it misreads ``translate``'s)."""

PICTURE_FILTERS = {
    ".pdf": QCoreApplication.translate("maps", "PDF documents (*.pdf)"),
    ".png": QCoreApplication.translate("maps", "PNG pictures (*.png)"),
    ".svg": QCoreApplication.translate("maps", "SVG drawings (*.svg)"),
}


def exchange_filter() -> str:
    """The file-type filter of the Excel dialogs."""
    return translate("maps", "Excel workbooks (*.xlsx);;All files (*)")


def choose_workbook(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a workbook of stakeholders to import; None if cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("maps", "Import stakeholders from Excel"),
                                          str(start or Path.home()), exchange_filter())
    return Path(name) if name else None


def with_suffix(name: str, suffix: str) -> Path:
    """``name`` as a path ending in ``suffix`` (added if the person left it out)."""
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def choose_workbook_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to write the workbook; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("maps", "Export stakeholders to Excel"), str(suggested),
                                          translate("maps", "Excel workbooks (*.xlsx)"))
    return with_suffix(name, ".xlsx") if name else None


def choose_picture_target(parent: QWidget | None, suggested: Path, suffix: str) -> Path | None:
    """Ask where to save the map as a PDF, PNG or SVG; None if cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("maps", "Export map"), str(suggested.with_suffix(suffix)),
                                          PICTURE_FILTERS[suffix])
    return with_suffix(name, suffix) if name else None


def safe_file_name(title: str) -> str:
    """A map title as a file name: letters, digits, spaces and dashes only."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(kept.split())[:80] or "map"


class PageOptionsDialog(QDialog):
    """Paper (A4 or A3), orientation and, for a PNG, the resolution."""

    def __init__(self, suffix: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageOptionsDialog")
        self.setWindowTitle(self.tr("Export map"))
        self.paper_combo = QComboBox(self)
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItems(["A4", "A3"])
        self.landscape = QRadioButton(self.tr("&Landscape"), self)
        self.portrait = QRadioButton(self.tr("&Portrait"), self)
        self.landscape.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.landscape)
        group.addButton(self.portrait)
        self.dpi_combo = QComboBox(self)
        self.dpi_combo.setAccessibleName(self.tr("Resolution"))
        for dpi in (150, 300):
            self.dpi_combo.addItem(self.tr("{dpi} dots per inch").format(dpi=dpi), dpi)
        form = QFormLayout()
        form.addRow(self.tr("&Paper"), self.paper_combo)
        form.addRow(self.tr("Orientation"), self.landscape)
        form.addRow("", self.portrait)
        if suffix == ".png":
            form.addRow(self.tr("&Resolution"), self.dpi_combo)
        else:
            self.dpi_combo.hide()
        hint = QLabel(self.tr("The map is drawn with its title, today's date, the quadrant names and the legend."),
                      self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``export_map``."""
        return {"paper": self.paper_combo.currentText(), "landscape": self.landscape.isChecked(),
                "dpi": int(self.dpi_combo.currentData())}


def read_workbook_in_background(parent: QWidget | None, path: Path, known_labels: list[str],
                                on_read: Callable[[Any], None],
                                on_failure: Callable[[str], None] | None = None) -> BackgroundTask:
    """Check and read the workbook at ``path`` on a worker thread; ``on_read(content)`` on success."""

    def work(progress: Progress) -> Any:
        from workshop_app.formats.stakeholder_exchange import read_exchange

        progress.report(0, 0, translate("maps", "Reading {name}…").format(name=path.name))
        content = read_exchange(path, known_labels=known_labels)
        progress.check()
        return content

    return run_with_progress(parent, work, title=translate("maps", "Import stakeholders"),
                             label=translate("maps", "Reading {name}…").format(name=path.name),
                             on_success=on_read, on_failure=on_failure)


def write_workbook_in_background(parent: QWidget | None, data: MapData, path: Path, include_contacts: bool,
                                 on_written: Callable[[Any], None],
                                 on_failure: Callable[[str], None] | None = None) -> BackgroundTask:
    """Write ``data`` (frozen, so nobody edits it meanwhile) to the workbook ``path`` on a worker thread."""

    def work(progress: Progress) -> Path:
        from workshop_app.formats.stakeholder_exchange import export_exchange

        progress.check()
        return export_exchange(data, path, include_contacts=include_contacts)

    return run_with_progress(parent, work, title=translate("maps", "Export stakeholders"),
                             label=translate("maps", "Writing {name}…").format(name=path.name),
                             on_success=on_written, on_failure=on_failure)


class MapFiles(QObject):
    """Import and export of the Maps section: Excel workbooks in and out, the map printed or saved as a picture."""

    def __init__(self, page: MapsPage) -> None:
        super().__init__(page)
        self.page = page
        self.task: BackgroundTask | None = None
        self.import_action = QAction(translate("maps", "Import stakeholders from E&xcel…"), page)
        self.import_action.setStatusTip(translate("maps", "Add stakeholders and who works with whom from a workbook"))
        self.import_action.triggered.connect(lambda: self.import_workbook())
        self.export_action = QAction(translate("maps", "Export stakeholders to Excel…"), page)
        self.export_action.setStatusTip(translate("maps", "Save the map's stakeholders and relationships as a "
                                                          "workbook"))
        self.export_action.triggered.connect(lambda: self.export_workbook())
        tools = page.toolbar
        tools.print_action.triggered.connect(lambda: self.print_map())
        tools.preview_action.triggered.connect(lambda: self.print_map(preview=True))
        tools.export_pdf_action.triggered.connect(lambda: self.export_picture(".pdf"))
        tools.export_png_action.triggered.connect(lambda: self.export_picture(".png"))
        tools.export_svg_action.triggered.connect(lambda: self.export_picture(".svg"))

    # -- Excel in ------------------------------------------------------------------------------------
    def ask_target(self) -> str | None:
        """Import into a new map or into the one shown? "new", the shown map's id, or None (cancelled)."""
        data = self.page.data
        if data is None:
            return "new"
        box = QMessageBox(QMessageBox.Icon.Question, translate("maps", "Import stakeholders"),
                          translate("maps", "Where should the stakeholders go?"), QMessageBox.StandardButton.NoButton,
                          self.page)
        new = box.addButton(translate("maps", "Into a &new map"), QMessageBox.ButtonRole.AcceptRole)
        into = box.addButton(translate("maps", "Into “{title}”").format(title=data.title),
                             QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return "new" if clicked is new else data.id if clicked is into else None

    def import_workbook(self, path: Path | None = None, into: str | None = None) -> BackgroundTask | None:
        """Add the stakeholders and connections of a workbook, as one undoable step, off the GUI thread.

        ``into`` is "new" (a new power/interest map named after the file) or the id of a map; without it the
        person is asked. The workbook is read and checked first; nothing is written if it cannot be used.
        """
        page = self.page
        page.activate_requested.emit()
        if page.service is None or page.db is None:
            return None
        path = path or choose_workbook(page)
        if path is None:
            return None
        into = into or self.ask_target()
        if into is None:
            return None
        service, db = page.service, page.db
        new_map = into == "new"
        known = [] if new_map or page.data is None else [s.name for s in page.data.stakeholders]
        title = Path(path).stem.replace("_", " ").strip() or translate("maps", "Imported stakeholders")
        fields = template_fields("power_interest")

        def work(progress: Progress) -> tuple[str, dict[str, Any]]:
            from workshop_app.formats.stakeholder_exchange import import_exchange, read_exchange

            progress.report(0, 0, translate("maps", "Reading {name}…").format(name=path.name))
            read_exchange(path, known_labels=known)  # refuse a bad workbook before anything is written
            progress.check()
            map_id = service.create(title, "power_interest", **fields).id if new_map else into
            try:
                result = import_exchange(db, map_id, path)
            except BaseException:
                if new_map:
                    service.delete(map_id)
                raise
            if progress.cancelled:  # cancelled while writing: take it all back, as promised
                undo_import(service, map_id, new_map, result.get("stakeholder_ids", []),
                            result.get("relationship_ids", []))
                raise Cancelled
            return map_id, result

        def done(outcome: tuple[str, dict[str, Any]]) -> None:
            map_id, result = outcome
            if page.service is not service:
                return  # another database was opened meanwhile
            page.run(ImportStakeholders(page.context, map_id, result, new_map=new_map))
            page.open_map(map_id)
            self.show_import_result(result, path.name)

        self.task = run_with_progress(page, work, title=translate("maps", "Import stakeholders"),
                                      label=translate("maps", "Reading {name}…").format(name=path.name),
                                      on_success=done)
        return self.task

    def show_import_result(self, result: dict[str, Any], file_name: str) -> None:
        """What was imported; the warnings (rows skipped, names already there) in a box if there are any."""
        text = translate("maps", "Imported {stakeholders} and {relationships} from {file}.").format(
            stakeholders=stakeholder_count(int(result.get("stakeholders", 0))),
            relationships=relationship_count(int(result.get("relationships", 0))), file=file_name)
        warnings = list(result.get("warnings", []))
        self.page.info.show_message(text)
        if warnings:
            shown = "\n".join(f"• {w}" for w in warnings[:15])
            if len(warnings) > 15:
                shown += "\n" + maps.tr("… and %n more.", "", len(warnings) - 15)
            dialogs.inform(self.page, translate("maps", "Import stakeholders"), f"{text}\n\n{shown}")

    # -- Excel out -----------------------------------------------------------------------------------
    def export_workbook(self, path: Path | None = None, include_contacts: bool | None = None) -> BackgroundTask | None:
        """Write the shown map's stakeholders and relationships to a workbook; contacts only if the person says so."""
        page = self.page
        page.activate_requested.emit()
        data = page.data
        if data is None:
            return None
        path = path or choose_workbook_target(page, Path.home() / f"{safe_file_name(data.title)}.xlsx")
        if path is None:
            return None
        if include_contacts is None:
            include_contacts = any(s.contact for s in data.stakeholders) and QMessageBox.question(
                page, translate("maps", "Export stakeholders"),
                translate("maps", "Some stakeholders have a contact, which is personal data. Include the contacts "
                                  "in the workbook?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

        def written(target: Path) -> None:
            page.info.show_message(translate("maps", "Exported to {path}.").format(path=target))

        self.task = write_workbook_in_background(page, data, path, include_contacts, written)
        return self.task

    # -- pictures and paper --------------------------------------------------------------------------
    def print_map(self, *, preview: bool = False) -> bool:
        """Print the shown map through the system's print dialog, or its print preview first."""
        self.page.activate_requested.emit()  # from the File menu: show which map is printed
        if self.page.data is None:
            return False
        from workshop_app.ui import map_export

        try:
            if preview:
                return map_export.print_map(self.page.data, self.page, preview=True)
            return map_export.print_map(self.page.data, self.page)
        except UserError as exc:
            dialogs.warn(self.page, translate("maps", "Print map"), str(exc))
            return False

    def export_picture(self, suffix: str, path: Path | None = None,
                       options: dict[str, Any] | None = None) -> Path | None:
        """Save the shown map as a PDF, PNG or SVG with its title, date and legend (asking where and how)."""
        self.page.activate_requested.emit()
        page, data = self.page, self.page.data
        if data is None:
            return None
        path = path or choose_picture_target(page, Path.home() / safe_file_name(data.title), suffix)
        if path is None:
            return None
        if options is None:
            dialog = PageOptionsDialog(path.suffix.lower(), page)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            options = dialog.options() if accepted else None
            dialog.deleteLater()
            if options is None:
                return None
        from workshop_app.ui import map_export

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = map_export.export_map(data, path, **options)
        except UserError as exc:
            dialogs.warn(page, translate("maps", "Export map"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        page.info.show_message(translate("maps", "Saved the map as {path}.").format(path=written))
        return written
