"""The "ULG workbook" panel of the Export page: choose what to export, then write the workbook off the GUI thread.

The panel only gathers the person's choices and shows what the core says: the workshops and label languages
(``core.workbook_scope.export_choices``), how much a choice covers (``scope_summary``) and the export itself
(``core.workbook_data.export_workbook``), which runs on a worker thread with a progress bar and Cancel.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.ui import dialogs
from workshop_app.ui.labels import format_date, language_label
from workshop_app.ui.worker import BackgroundTask, Cancelled, Progress, run_with_progress
from workshop_app.ui.wrapping_buttons import WrapCheckBox

if TYPE_CHECKING:
    from workshop_app.core.workbook_data import ExportResult
    from workshop_app.core.workbook_scope import ExportChoices, ExportScope
    from workshop_app.db.database import Database

RECENT_DAYS = 92
"""The date range offered first: about the last quarter, as a ULG secretary reports it."""


def suggested_name(today: date | None = None) -> str:
    """The file name offered in the save dialog, e.g. ``ULG-workbook-2026-11-21.xlsx``."""
    return f"ULG-workbook-{(today or date.today()).isoformat()}.xlsx"


class WorkbookPanel(QWidget):
    """Scope, label language and personal data choices, a line saying how much that is, and the export button."""

    exported = Signal(object)
    """The ``ExportResult`` of a finished export."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbookPanel")
        self.db: Database | None = None
        self.choices: ExportChoices | None = None
        self.task: BackgroundTask | None = None
        self.last_result: ExportResult | None = None
        self.folder = Path.home()
        if language is None:
            from workshop_app.settings import load_settings

            settings = getattr(parent, "settings", None) or getattr(self.window(), "settings", None)
            language = getattr(settings or load_settings(), "language", "")
        self._language = language or "en"
        """The app's language: the labels' language offered first."""

        heading = QLabel(self.tr("ULG workbook"), self)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        intro = QLabel(self.tr("One Excel file for the ULG meeting and the Integrated Action Plan: a summary with "
                               "charts, every survey response, ideas and votes, stakeholder maps and who took "
                               "part."), self)
        intro.setObjectName("quietText")
        intro.setWordWrap(True)

        self.all_button = QRadioButton(self.tr("E&verything"), self)
        self.workshop_button = QRadioButton(self.tr("One &workshop"), self)
        self.range_button = QRadioButton(self.tr("Workshops &between"), self)
        self.all_button.setAccessibleName(self.tr("Export everything"))
        self.workshop_button.setAccessibleName(self.tr("Export one workshop"))
        self.range_button.setAccessibleName(self.tr("Export the workshops between two dates"))
        self.scope_group = QButtonGroup(self)
        for button in (self.all_button, self.workshop_button, self.range_button):
            self.scope_group.addButton(button)
        self.all_button.setChecked(True)
        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setAccessibleName(self.tr("Workshop to export"))
        self.workshop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_combo.setMinimumContentsLength(36)
        self.date_from = self._date_edit(self.tr("First day of the range"))
        self.date_to = self._date_edit(self.tr("Last day of the range"))
        today = date.today()
        self.date_from.setDate(_qdate(today - timedelta(days=RECENT_DAYS)))
        self.date_to.setDate(_qdate(today))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the labels"))
        self.personal_box = WrapCheckBox(self.tr("Include names and contacts (personal &data)"), self)
        self.personal_box.setAccessibleName(self.tr("Include names and contacts"))
        self.personal_box.setAccessibleDescription(self.tr("Personal data is left out unless you tick this"))
        self.personal_warning = QLabel(self.tr(
            "The workbook will contain personal data. Keep it safe, share it only with people who need it, and "
            "delete it when it is no longer needed."), self)
        self.personal_warning.setObjectName("warningText")
        self.personal_warning.setWordWrap(True)
        self.personal_warning.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("quietText")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport ULG workbook…"), self)
        self.export_button.setObjectName("primaryButton")
        self.export_button.setAccessibleName(self.tr("Export ULG workbook"))
        self.export_button.clicked.connect(lambda: self.export())

        self.result_box = QFrame(self)
        self.result_box.setObjectName("infoMessage")
        self.result_label = QLabel(self.result_box)
        self.result_label.setObjectName("inlineMessageText")
        self.result_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self.result_box)
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the workbook"))
        self.open_folder_button.clicked.connect(self.open_folder)
        result_layout = QHBoxLayout(self.result_box)
        result_layout.setContentsMargins(12, 8, 8, 8)
        result_layout.addWidget(self.result_label, 1)
        result_layout.addWidget(self.open_folder_button)
        self.result_box.hide()

        dates = QHBoxLayout()
        dates.setSpacing(8)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("and"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        language_label_widget = self._field_label(self.tr("&Labels in"))
        language_label_widget.setBuddy(self.language_combo)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._field_label(self.tr("Export")), 0, 0)
        grid.addWidget(self.all_button, 0, 1, 1, 2)
        grid.addWidget(self.workshop_button, 1, 1)
        grid.addWidget(self.workshop_combo, 1, 2)
        grid.addWidget(self.range_button, 2, 1)
        grid.addLayout(dates, 2, 2)
        grid.addWidget(language_label_widget, 3, 0)
        grid.addWidget(self.language_combo, 3, 1, 1, 2)
        grid.addWidget(self.personal_box, 4, 1, 1, 2)
        grid.addWidget(self.personal_warning, 5, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        self.language_combo.setMaximumWidth(320)
        self.workshop_combo.setMaximumWidth(620)
        self.personal_warning.setMaximumWidth(700)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.result_box)
        layout.addStretch(1)

        self.scope_group.buttonToggled.connect(lambda *_: self._scope_changed())
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.date_from.dateChanged.connect(lambda _d: self._scope_changed())
        self.date_to.dateChanged.connect(lambda _d: self._scope_changed())
        self.personal_box.toggled.connect(self.personal_warning.setVisible)
        self.set_database(None)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _field_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("fieldLabel")
        return label

    # -- the database -----------------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        """Offer what ``db`` holds (its workshops and label languages), or nothing while no database is open."""
        self.db = db
        self.result_box.hide()
        self.refresh()

    def commit_pending(self) -> None:
        """Nothing is typed here that needs saving (part of the section page protocol)."""

    def refresh(self) -> None:
        """Read the workshops and languages again (another screen may have changed them)."""
        for widget in (self.all_button, self.workshop_button, self.range_button, self.workshop_combo,
                       self.date_from, self.date_to, self.language_combo, self.personal_box, self.export_button):
            widget.setEnabled(self.db is not None)
        if self.db is None:
            self.choices = None
            self.summary.setText(self.tr("Open a database to export its workbook."))
            return
        from workshop_app.core.workbook_scope import export_choices

        self.choices = export_choices(self.db)
        chosen_workshop = self.workshop_combo.currentData()
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        for workshop in self.choices.workshops:
            when = format_date(workshop.starts_at) if workshop.starts_at else self.tr("no date")
            self.workshop_combo.addItem(self.tr("{title} ({date})").format(title=workshop.title, date=when),
                                        workshop.id)
        found = self.workshop_combo.findData(chosen_workshop)
        self.workshop_combo.setCurrentIndex(max(0, found))
        self.workshop_combo.blockSignals(False)
        has_workshops = bool(self.choices.workshops)
        self.workshop_button.setEnabled(has_workshops)
        self.workshop_combo.setEnabled(has_workshops)
        chosen_language = self.language_combo.currentData() or self._language
        self.language_combo.clear()
        for code in self.choices.languages or (self._language,):
            self.language_combo.addItem(self.tr("{name} ({code})").format(name=language_label(code), code=code),
                                        code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen_language)))
        self._scope_changed()

    def showEvent(self, event: QShowEvent) -> None:
        """Counts may have changed while another page was shown."""
        super().showEvent(event)
        if self.db is not None and (self.task is None or self.task.outcome is not None):
            self.refresh()

    # -- the choices ------------------------------------------------------------------------------------------
    def scope(self) -> ExportScope:
        """The person's choices as the core's ``ExportScope``."""
        from workshop_app.core.workbook_scope import ExportScope

        language = self.language_combo.currentData() or self._language
        personal = self.personal_box.isChecked()
        if self.workshop_button.isChecked() and self.workshop_combo.currentData():
            return ExportScope(self.workshop_combo.currentData(), None, None, language, personal)
        if self.range_button.isChecked():
            return ExportScope(None, self.date_from.date().toPython(), self.date_to.date().toPython(), language,
                               personal)
        return ExportScope(None, None, None, language, personal)

    def _scope_changed(self) -> None:
        self.workshop_combo.setEnabled(self.db is not None and bool(self.choices and self.choices.workshops))
        if self.db is None:
            return
        from workshop_app.core.workbook_scope import scope_summary

        try:
            counted = scope_summary(self.db, self.scope())
        except UserError as exc:
            self.summary.setText(str(exc))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        w, r, p = counted.workshops, counted.responses, counted.participants
        # Singular and plural as separate literal strings (not "workshop(s)"): English reads right without a
        # translation file, and lupdate still finds every string.
        self.summary.setText(self.tr("{workshops}, {responses} and {participants} will be exported.").format(
            workshops=self.tr("%n workshop", "", w) if w == 1 else self.tr("%n workshops", "", w),
            responses=self.tr("%n survey response", "", r) if r == 1 else self.tr("%n survey responses", "", r),
            participants=self.tr("%n participant", "", p) if p == 1 else self.tr("%n participants", "", p)))

    # -- exporting --------------------------------------------------------------------------------------------
    def ask_path(self) -> Path | None:
        """Where to save the workbook (a suggested dated name in the last folder used); None if cancelled."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export ULG workbook"),
                                              str(self.folder / suggested_name()),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        """Ask where (unless ``path`` is given), then write the workbook on a worker thread with progress."""
        if self.db is None:
            return None
        path = path or self.ask_path()
        if path is None:
            return None
        self.folder = path.parent
        db, scope = self.db, self.scope()
        self.result_box.hide()

        def work(progress: Progress) -> Any:
            from workshop_app.core.workbook_data import ExportCancelled, export_workbook

            try:
                return export_workbook(db, path, scope, progress.report, lambda: progress.cancelled)
            except ExportCancelled:
                raise Cancelled from None

        self.export_button.setEnabled(False)
        self.task = run_with_progress(self, work, title=self.tr("Export ULG workbook"),
                                      label=self.tr("Writing {name}…").format(name=path.name),
                                      on_success=self._done, on_failure=self._failed)
        self.task.finished.connect(lambda: self.export_button.setEnabled(self.db is not None))
        return self.task

    def _done(self, result: ExportResult) -> None:
        self.last_result = result
        text = self.tr("Saved {path}.").format(path=result.path)
        if result.personal_data:
            text += " " + self.tr("It contains names and contacts: keep it safe.")
        if result.cut_cells:
            n = result.cut_cells
            text += " " + (self.tr("%n long text was cut to fit an Excel cell; the Answers sheet marks it.", "", n)
                           if n == 1 else
                           self.tr("%n long texts were cut to fit Excel's cells; the Answers sheet marks them.", "",
                                   n))
        self.result_label.setText(text)
        self.result_box.show()
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        dialogs.warn(self, self.tr("Export ULG workbook"), message)

    def open_folder(self) -> None:
        """Show the folder of the last workbook in the system's file manager."""
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = ["WorkbookPanel", "suggested_name"]
