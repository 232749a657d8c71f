"""The Surveys section: the stored surveys on the left, the builder of the selected one on the right.

A survey is edited as a document with its own undo stack (the Edit menu follows it while this section is
shown); Save writes it, as a new version when the stored one already has responses. Leaving the survey,
the section, the database or the app with unsaved changes asks Save / Discard / Cancel.
The page is built before any database is open, so SQLAlchemy is imported only in ``set_database``.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.errors import UserError
from workshop_app.ui import dialogs, survey_dialogs
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.layouts import centred_column
from workshop_app.ui.survey_builder import SurveyBuilder
from workshop_app.ui.survey_list_model import ID_ROLE, SurveyListModel, response_count
from workshop_app.ui.survey_list_pane import SurveyListPane
from workshop_app.ui.survey_template_dialog import TemplateDialog
from workshop_app.ui.worker import BackgroundTask
from workshop_app.ui.xlsform_actions import choose_export_path, choose_xlsform, read_in_background, write_in_background

if TYPE_CHECKING:
    from workshop_app.core.forms import Form
    from workshop_app.core.surveys import SurveyService, SurveySummary
    from workshop_app.db.database import Database
    from workshop_app.db.snapshots import RowSnapshot

CONTENT_PAGE, NO_DATABASE_PAGE = range(2)


class SurveysPage(QWidget):
    """The section page (a ``DatabasePage``): list, templates, XLSForm in and out, and the builder."""

    activate_requested = Signal()
    """Asks the window to show this section (a File menu action was used from elsewhere)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveysPage")
        self.service: SurveyService | None = None
        self._refreshing = False
        self._deleted: tuple[RowSnapshot, str] | None = None
        self.import_task: BackgroundTask | None = None
        self.export_task: BackgroundTask | None = None
        self.import_dialog: survey_dialogs.ImportResultDialog | None = None
        self.model = SurveyListModel(self)
        self.builder = SurveyBuilder(self)
        self.builder.save_button.clicked.connect(self.save)
        self.builder.doc.stack.cleanChanged.connect(self._clean_changed)

        self.pane = SurveyListPane(self.model, self)
        self.list = self.pane.list
        self.pane.new_button.clicked.connect(lambda: self.new_from_template())
        self.list.selectionModel().currentChanged.connect(lambda *_args: self._selection_changed())
        self.list.delete_requested.connect(self.delete_survey)
        self.pane.import_button.clicked.connect(lambda: self.import_xlsform())
        self.pane.export_button.clicked.connect(lambda: self.export_xlsform())
        self.pane.delete_button.clicked.connect(self.delete_survey)
        self.pane.undo_button.clicked.connect(self.undo_delete)
        self.undo_banner = self.pane.undo_banner
        self.message = InlineMessage(self)
        self.info = InlineMessage(self)
        self.info.setObjectName("surveyInfo")

        right = QWidget(self)
        right.setObjectName("editorPage")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        messages = QVBoxLayout()
        messages.setContentsMargins(16, 8, 16, 0)
        messages.addWidget(self.message)
        messages.addWidget(self.info)
        right_layout.addLayout(messages)
        right_layout.addWidget(self.builder, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("surveysSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        empty = QWidget(self)
        self.no_database_label = QLabel(self.tr("No database is open."), empty)
        self.no_database_label.setObjectName("emptyText")
        self.no_database_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centred_column(empty, [self.no_database_label])
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.splitter)
        self._pages.addWidget(empty)
        self._pages.setCurrentIndex(NO_DATABASE_PAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

        self.save_action = QAction(self.tr("&Save survey"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.import_action = QAction(self.tr("&Import XLSForm…"), self)
        self.import_action.setStatusTip(self.tr("Add a questionnaire from an XLSForm file (KoboToolbox, ODK)"))
        self.import_action.triggered.connect(lambda: self.import_xlsform())
        self.export_action = QAction(self.tr("E&xport XLSForm…"), self)
        self.export_action.setStatusTip(self.tr("Save the selected survey as an XLSForm file"))
        self.export_action.triggered.connect(lambda: self.export_xlsform())
        for first, second in itertools.pairwise([*self.pane.tab_order(), *self.builder.tab_order()]):
            QWidget.setTabOrder(first, second)
        self._update_actions()

    # -- what the main window asks -------------------------------------------------------------
    def file_actions(self) -> list[QAction]:
        """Actions for the File menu."""
        return [self.import_action, self.export_action]

    def document_undo_stack(self) -> QUndoStack:
        """The stack the Edit menu undoes while this section is shown: the open survey's."""
        return self.builder.doc.stack

    def set_database(self, db: Database | None) -> None:
        """Work on ``db``'s surveys, or on nothing (unsaved edits were dealt with by ``commit_pending``)."""
        if self.service is not None:
            self.service.changed.disconnect(self._on_changed)
        self.service = None
        self._deleted = None
        self.pane.hide_undo()
        self.builder.doc.load(None, None)
        if db is None:
            self.model.set_rows([])
            self._pages.setCurrentIndex(NO_DATABASE_PAGE)
            self._update_actions()
            return
        from workshop_app.core.services import Services

        self.service = Services.of(db).surveys  # shared: the kiosk and the results hear what is saved here
        self.service.changed.connect(self._on_changed)
        self._pages.setCurrentIndex(CONTENT_PAGE)
        self._refresh_list()
        if self.model.rowCount():
            self.open_survey(self.model.summary(0).id)
        self._update_actions()

    def commit_pending(self) -> None:
        """Before the database goes away: save or discard unsaved changes (there is no way back here)."""
        doc = self.builder.doc
        if doc.is_modified() and self.service is not None:
            answer = survey_dialogs.ask_unsaved(self, self._title(), can_cancel=False)
            if answer != survey_dialogs.SAVE or not self.save():
                self.revert()

    def may_leave(self) -> bool:
        """Ask Save / Discard / Cancel if the open survey has unsaved changes; False means stay."""
        doc = self.builder.doc
        if not doc.is_modified() or self.service is None:
            return True
        answer = survey_dialogs.ask_unsaved(self, self._title())
        if answer == survey_dialogs.SAVE:
            return self.save()
        if answer == survey_dialogs.DISCARD:
            self.revert()
            return True
        return False

    def _title(self) -> str:
        form = self.builder.doc.form
        return form.title if form is not None else ""

    # -- the list ------------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        """The id of the survey selected in the list."""
        index = self.list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _refresh_list(self) -> None:
        if self.service is None:
            return
        self._refreshing = True
        try:
            self.model.set_rows(self.service.list())
            self._select_row(self.model.row_of(self.builder.doc.survey_id))
        finally:
            self._refreshing = False
        self._update_actions()

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.list.selectionModel().clearCurrentIndex()
            return
        self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        survey_id = self.selected_id()
        if self._refreshing or survey_id is None or survey_id == self.builder.doc.survey_id:
            return
        if not self.may_leave():
            self._refreshing = True
            self._select_row(self.model.row_of(self.builder.doc.survey_id))
            self._refreshing = False
            return
        self.open_survey(survey_id)

    def _on_changed(self, _survey_id: str | None = None) -> None:
        row = self.list.currentIndex().row()
        self._refresh_list()
        doc = self.builder.doc
        if doc.survey_id is not None and self.model.row_of(doc.survey_id) < 0:
            doc.load(None, None)  # deleted: its edits cannot be saved any more
            if self.model.rowCount():
                self.open_survey(self.model.summary(max(0, min(row, self.model.rowCount() - 1))).id)

    def open_survey(self, survey_id: str) -> bool:
        """Show a stored survey in the builder (its undo history starts empty)."""
        if self.service is None:
            return False
        try:
            summary, form = self.service.get(survey_id), self.service.load_form(survey_id)
        except UserError as exc:
            self.message.show_message(str(exc))
            return False
        self.builder.doc.load(summary, form)
        self._refreshing = True
        self._select_row(self.model.row_of(survey_id))
        self._refreshing = False
        self._update_actions()
        return True

    def revert(self) -> None:
        """Throw the unsaved changes away: show the stored version again."""
        survey_id = self.builder.doc.survey_id
        if survey_id is None or not self.open_survey(survey_id):
            self.builder.doc.load(None, None)

    def _clean_changed(self, _clean: bool) -> None:
        self.model.set_modified(self.builder.doc.survey_id if self.builder.doc.is_modified() else None)

    def _update_actions(self) -> None:
        has_db = self.service is not None
        has_survey = self.builder.doc.form is not None
        for widget in (self.pane.new_button, self.pane.import_button, self.import_action):
            widget.setEnabled(has_db)
        for widget in (self.pane.export_button, self.export_action, self.pane.delete_button, self.save_action):
            widget.setEnabled(has_survey)

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the open survey (a new version when the stored one has responses); False if it cannot be."""
        doc = self.builder.doc
        if self.service is None or doc.form is None or doc.summary is None:
            return False
        self.builder.editor.commit_name()
        problems = self.builder.problems.check()
        if problems:
            self.message.show_message(self.tr("The survey cannot be saved yet: {problem}").format(
                problem=problems[0].message))
            self.builder.show_problem(problems[0].question, problems[0].field)
            return False
        old = doc.summary
        try:
            summary = self.service.save_form(old.id, doc.snapshot())
        except UserError as exc:
            self.message.show_message(str(exc))
            return False
        doc.mark_saved(summary)
        self.builder._update_header()
        if summary.id != old.id:
            self.info.show_message(self.tr(
                "Saved as version {version}. Version {old} keeps its {responses} with the questions they "
                "answered.").format(version=summary.version, old=old.version,
                                    responses=response_count(old.response_count)))
        self._refresh_list()
        return True

    # -- new, import, export, delete -----------------------------------------------------------
    def new_from_template(self, key: str | None = None) -> str | None:
        """Pick a template and create a survey from it; returns the new survey's id."""
        self.activate_requested.emit()
        if self.service is None or not self.may_leave():
            return None
        dialog = TemplateDialog({s.form_id for s in self.service.list()}, self)
        self.template_dialog = dialog
        if key is not None:
            dialog.pick(key)
        form = dialog.result_form() if dialog.exec() == TemplateDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return self._store_new(form) if form is not None else None

    def _store_new(self, form: Form) -> str | None:
        assert self.service is not None
        try:
            summary = self.service.import_form(form)
        except UserError as exc:
            dialogs.warn(self, self.tr("New survey"), str(exc))
            return None
        self.open_survey(summary.id)
        return summary.id

    def import_xlsform(self, path: Path | None = None) -> BackgroundTask | None:
        """Choose an XLSForm and import it off the GUI thread; the result lists the warnings."""
        self.activate_requested.emit()
        if self.service is None or not self.may_leave():
            return None
        path = path or choose_xlsform(self)
        if path is None:
            return None
        service = self.service

        def read(result: tuple[Form, list[str]]) -> None:
            form, warnings = result
            if self.service is not service:
                return  # another database was opened meanwhile
            survey_id = self._store_new(form)
            if survey_id is not None:
                self.show_import_result(service.get(survey_id), warnings, path.name)

        self.import_task = read_in_background(self, path, read)
        return self.import_task

    def show_import_result(self, summary: SurveySummary, warnings: list[str], filename: str) -> None:
        """What was imported, with its warnings (not modal to the app: the survey is already there)."""
        self.import_dialog = survey_dialogs.ImportResultDialog(summary, warnings, filename, self)
        self.import_dialog.open()

    def export_xlsform(self, path: Path | None = None) -> BackgroundTask | None:
        """Write the open survey, as it is on screen, to an XLSForm file off the GUI thread."""
        self.activate_requested.emit()
        doc = self.builder.doc
        if doc.form is None:
            return None
        problems = self.builder.problems.check()
        if problems:
            self.message.show_message(self.tr("The survey cannot be exported yet: {problem}").format(
                problem=problems[0].message))
            return None
        path = path or choose_export_path(self, Path.home() / f"{doc.form.form_id}.xlsx")
        if path is None:
            return None

        def written(target: Path) -> None:
            self.info.show_message(self.tr("Exported to {path}.").format(path=target))

        self.export_task = write_in_background(self, doc.snapshot(), path, written)
        return self.export_task

    def delete_survey(self) -> bool:
        """Delete the selected survey version with its responses, after saying so; Undo is offered for a while."""
        survey_id = self.selected_id()
        if self.service is None or survey_id is None:
            return False
        summary = self.model.summary(self.model.row_of(survey_id))
        text = self.tr("Delete “{title}” (version {version})?").format(title=summary.title, version=summary.version)
        details = [self.tr("Its {responses} are deleted with it.").format(
            responses=response_count(summary.response_count))] if summary.response_count else []
        if self.builder.doc.is_modified():
            details.append(self.tr("Its unsaved changes are lost."))
        if not dialogs.confirm(self, self.tr("Delete survey"), text, " ".join(details), self.tr("Delete")):
            return False
        self._deleted = (self.service.delete(survey_id), survey_id)
        self.pane.offer_undo(self.tr("“{title}” was deleted.").format(title=summary.title))
        return True

    def undo_delete(self) -> bool:
        """Bring back the survey deleted last, with its responses."""
        if self.service is None or self._deleted is None or not self.may_leave():
            return False
        (snapshot, survey_id), self._deleted = self._deleted, None
        self.pane.hide_undo()
        self.service.restore(snapshot)
        return self.open_survey(survey_id)
