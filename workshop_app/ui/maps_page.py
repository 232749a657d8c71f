"""The Stakeholder maps section: the maps on the left; the canvas, its toolbar and the side panel on the right.

The scene draws what the map service holds and nothing else. Every edit is a small command on this page's own
undo stack (the Edit menu follows it while the section is shown); after each change the service announces,
the page reads the map again and the scene updates the items it already has. The service may announce a
change from a worker thread (an import), so its event reaches the page through a queued Qt signal.
The page is built before any database is open, so SQLAlchemy and openpyxl are imported only when needed.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.errors import UserError
from workshop_app.ui import dialogs
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.layouts import centred_column
from workshop_app.ui.map_commands import CreateMap, DeleteMap
from workshop_app.ui.map_exchange_actions import MapFiles
from workshop_app.ui.map_list_model import ID_ROLE, MapListModel
from workshop_app.ui.map_list_pane import MapListPane
from workshop_app.ui.map_new_dialog import NewMapDialog, template_fields
from workshop_app.ui.map_panel import MapPanel
from workshop_app.ui.map_panel_editor import MapEditor
from workshop_app.ui.map_scene import MapScene
from workshop_app.ui.map_snapshots import ComparisonBar, MapSnapshots
from workshop_app.ui.map_toolbar import MapToolbar
from workshop_app.ui.map_view import MapView
from workshop_app.ui.undo import CommandContext, ServiceCommand, execute

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData
    from workshop_app.core.maps import MapService
    from workshop_app.db.database import Database

CONTENT_PAGE, NO_DATABASE_PAGE = range(2)
CANVAS_PAGE, NO_MAP_PAGE = range(2)


class MapsPage(QWidget):
    """The section page (a ``DatabasePage``) of stakeholder maps."""

    activate_requested = Signal()
    """Asks the window to show this section (a File menu action was used from elsewhere)."""
    _changed = Signal(str)
    """The service's ``changed``, carried to the GUI thread (queued when emitted on a worker thread)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapsPage")
        self.service: MapService | None = None
        self.db: Database | None = None
        self.data: MapData | None = None
        self.stack = QUndoStack(self)
        self.context = CommandContext(None, self._report, self._focus)
        self._refreshing = False
        self._dirty: set[str] = set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._changed.connect(self._on_changed)
        self._deleted: DeleteMap | None = None

        self.model = MapListModel(self)
        self.pane = MapListPane(self.model, self)
        self.list = self.pane.list
        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.panel = MapPanel()
        self.toolbar = MapToolbar(self, self.view)
        self.comparison = ComparisonBar()
        self.message = InlineMessage()
        self.info = InlineMessage()
        self.info.setObjectName("surveyInfo")
        self.editor = MapEditor(self)
        self.files = MapFiles(self)
        self.snapshots = MapSnapshots(self)
        self._build_layout()

        self.pane.new_button.clicked.connect(lambda: self.new_map())
        self.pane.delete_button.clicked.connect(lambda: self.delete_map())
        self.list.delete_requested.connect(lambda: self.delete_map())
        self.list.selectionModel().currentChanged.connect(lambda *_args: self._selection_changed())
        self.pane.undo_button.clicked.connect(self._undo_delete)
        self.pane.import_button.clicked.connect(lambda: self.files.import_workbook())
        self.pane.export_button.clicked.connect(lambda: self.files.export_workbook())
        self.stack.indexChanged.connect(self._index_changed)
        chain = [*self.pane.tab_order(), self.view, *self._panel_tab_order()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.update_actions()

    def _panel_tab_order(self) -> list[QWidget]:
        forms = self.panel
        stakeholder, relationship, map_form = forms.stakeholder_form, forms.relationship_form, forms.map_form
        return [map_form.title_edit, map_form.x_title_edit, map_form.y_title_edit,
                *(map_form.quadrant_edits[i] for i in (3, 0, 2, 1)),
                map_form.notes_edit, stakeholder.name_edit, stakeholder.organisation_edit, stakeholder.sector_combo,
                stakeholder.attitude_combo, stakeholder.x_spin, stakeholder.y_spin, stakeholder.engagement_edit,
                stakeholder.notes_edit, stakeholder.contact_edit, stakeholder.delete_button,
                relationship.kind_combo, relationship.strength_combo, relationship.direction_combo,
                relationship.delete_button]

    def _build_layout(self) -> None:
        work = QSplitter(Qt.Orientation.Horizontal, self)
        work.setObjectName("mapWorkSplitter")
        work.setChildrenCollapsible(False)
        work.addWidget(self.view)
        work.addWidget(self.panel)
        work.setStretchFactor(0, 1)
        work.setStretchFactor(1, 0)
        work.setSizes([900, 290])
        canvas = QWidget(self)
        canvas.setObjectName("mapCanvas")
        canvas_layout = QVBoxLayout(canvas)
        canvas_layout.setContentsMargins(0, 0, 0, 0)
        canvas_layout.setSpacing(0)
        canvas_layout.addWidget(self.toolbar)
        messages = QVBoxLayout()
        messages.setContentsMargins(12, 6, 12, 0)
        messages.addWidget(self.message)
        messages.addWidget(self.info)
        messages.addWidget(self.comparison)
        canvas_layout.addLayout(messages)
        canvas_layout.addWidget(work, 1)
        no_map = QWidget(self)
        no_map_label = QLabel(self.tr("Choose a map on the left, or start one with New map."), no_map)
        no_map_label.setObjectName("emptyText")
        no_map_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centred_column(no_map, [no_map_label])
        self.right = QStackedWidget(self)
        self.right.addWidget(canvas)
        self.right.addWidget(no_map)
        self.right.setCurrentIndex(NO_MAP_PAGE)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mapsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1100])
        empty = QWidget(self)
        label = QLabel(self.tr("No database is open."), empty)
        label.setObjectName("emptyText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centred_column(empty, [label])
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.splitter)
        self._pages.addWidget(empty)
        self._pages.setCurrentIndex(NO_DATABASE_PAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)

    # -- what the main window asks -------------------------------------------------------------
    def file_actions(self) -> list[QAction]:
        """Actions for the File menu."""
        tools = self.toolbar
        return [self.files.import_action, self.files.export_action, tools.print_action, tools.preview_action,
                tools.export_pdf_action, tools.export_png_action, tools.export_svg_action]

    def document_undo_stack(self) -> QUndoStack:
        """The stack the Edit menu undoes while this section is shown."""
        return self.stack

    def set_database(self, db: Database | None) -> None:
        """Work on ``db``'s maps, or on nothing; the undo history of another database means nothing here."""
        if self.service is not None:
            self.service.changed.disconnect(self._relay)
        self.service, self.db, self.data = None, db, None
        self.context.service = None
        self.stack.clear()
        self._deleted = None
        self.pane.hide_undo()
        self.snapshots.close_comparison()
        self.scene.show_map(None)
        if db is None:
            self.model.set_rows([])
            self._pages.setCurrentIndex(NO_DATABASE_PAGE)
            self.update_actions()
            return
        from workshop_app.core.services import Services

        self.service = self.context.service = Services.of(db).maps
        self.service.changed.connect(self._relay)
        self._pages.setCurrentIndex(CONTENT_PAGE)
        self._refresh_list()
        if self.model.rowCount():
            self.open_map(self.model.summary(0).id)
        self.update_actions()

    def commit_pending(self) -> None:
        """Finish the edit being typed in the panel (leaving a field saves it)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.panel.isAncestorOf(focus):
            focus.clearFocus()

    # -- commands --------------------------------------------------------------------------------
    def run(self, command: ServiceCommand) -> bool:
        """Do ``command`` and make it undoable; the map is drawn again at once."""
        if self.service is None:
            return False
        done = execute(self.stack, command)
        self.flush()
        return done

    def _report(self, text: str) -> None:
        self.message.show_message(text)

    def _focus(self, map_id: str | None, _unused: str | None = None) -> None:
        """After an undo or a redo: show the map it changed."""
        if map_id is not None and map_id != (self.data.id if self.data else None):
            self.flush()
            self.open_map(map_id)

    def _relay(self, map_id: str) -> None:
        self._changed.emit(map_id)

    def _on_changed(self, map_id: str) -> None:
        """A change announced by the service: draw it once the current step is over (changes come in bursts)."""
        self._dirty.add(map_id)
        self._flush_timer.start(0)

    def flush(self) -> None:
        """Bring the list and the shown map up to date with the service."""
        self._flush_timer.stop()
        if self.service is None:
            return
        dirty, self._dirty = self._dirty, set()
        if not dirty:
            return
        if self.scene.dragging:
            self._dirty = dirty  # never redraw under the mouse; the drop asks for a move and flushes again
            return
        self._refresh_list()
        if self.data is not None and self.data.id in dirty:
            self.reload()

    def reload(self) -> None:
        """Read the shown map again and draw it; if it is gone, show another one."""
        if self.service is None or self.data is None:
            return
        try:
            self.data = self.service.get(self.data.id)
        except UserError:
            self.data = None
            row = max(0, min(self.list.currentIndex().row(), self.model.rowCount() - 1))
            self.open_map(self.model.summary(row).id if self.model.rowCount() else None)
            return
        self.scene.show_map(self.data)
        self.editor.show_selection()
        self.snapshots.map_changed()

    # -- the list ------------------------------------------------------------------------------
    def _refresh_list(self) -> None:
        if self.service is None:
            return
        self._refreshing = True
        try:
            self.model.set_rows(self.service.list())
            self._select_row(self.model.row_of(self.data.id if self.data else None))
        finally:
            self._refreshing = False

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.list.selectionModel().clearCurrentIndex()
            return
        self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        index = self.list.currentIndex()
        map_id = index.data(ID_ROLE) if index.isValid() else None
        if not self._refreshing and map_id is not None and map_id != (self.data.id if self.data else None):
            self.open_map(map_id)

    def open_map(self, map_id: str | None) -> bool:
        """Show a map on the canvas (None: no map)."""
        self.snapshots.close_comparison()
        if self.toolbar.connect_action.isChecked():
            self.toolbar.connect_action.setChecked(False)
        if self.service is None or map_id is None:
            self.data = None
            self.scene.show_map(None)
            self.right.setCurrentIndex(NO_MAP_PAGE)
            self.update_actions()
            return False
        try:
            self.data = self.service.get(map_id)
        except UserError as exc:
            self.message.show_message(str(exc))
            return False
        self.scene.show_map(self.data)
        self.right.setCurrentIndex(CANVAS_PAGE)
        self._refreshing = True
        self._select_row(self.model.row_of(map_id))
        self._refreshing = False
        self.editor.show_selection()
        self.view.fit()
        self.update_actions()
        return True

    def update_actions(self) -> None:
        """Grey out what cannot be done now."""
        has_db, has_map = self.service is not None, self.data is not None
        for widget in (self.pane.new_button, self.pane.import_button, self.files.import_action):
            widget.setEnabled(has_db)
        for widget in (self.pane.export_button, self.pane.delete_button, self.files.export_action):
            widget.setEnabled(has_map)
        for action in self.toolbar.map_actions():
            action.setEnabled(has_map)
        selected = len(self.scene.selected_stakeholder_ids())
        for action in (self.toolbar.align_left_action, self.toolbar.align_top_action,
                       self.toolbar.align_centre_action):
            action.setEnabled(has_map and selected > 1)
        self.toolbar.delete_action.setEnabled(has_map and bool(self.scene.selectedItems()))

    # -- new and delete ------------------------------------------------------------------------
    def new_map(self, kind: str | None = None, title: str | None = None) -> str | None:
        """Create a map from a template (asking which, unless ``kind`` and ``title`` are given); returns its id."""
        self.activate_requested.emit()
        if self.service is None:
            return None
        if kind is None or title is None:
            dialog = NewMapDialog(self)
            if kind is not None:
                dialog.pick(kind)
            accepted = dialog.exec() == NewMapDialog.DialogCode.Accepted
            values = dialog.result_values() if accepted else None
            dialog.deleteLater()
            if values is None:
                return None
            title, kind, fields = values
        else:
            fields = template_fields(kind)
        command = CreateMap(self.context, title, kind, fields)
        if not self.run(command) or command.map_id is None:
            return None
        self.open_map(command.map_id)
        return command.map_id

    def delete_map(self, map_id: str | None = None, *, ask: bool = True) -> bool:
        """Delete a map (the shown one by default), after asking; Undo is offered for a while."""
        map_id = map_id or (self.data.id if self.data else None)
        if self.service is None or map_id is None:
            return False
        row = self.model.row_of(map_id)
        if row < 0:
            return False
        summary = self.model.summary(row)
        if ask:
            text = self.tr("Delete “{title}”?").format(title=summary.title)
            details = self.tr("Its stakeholders, relationships and snapshots are deleted with it. You can undo this.")
            if not dialogs.confirm(self, self.tr("Delete map"), text, details, self.tr("Delete")):
                return False
        command = DeleteMap(self.context, map_id, summary.title)
        if not self.run(command):
            return False
        self._deleted = command
        self.pane.offer_undo(self.tr("“{title}” was deleted.").format(title=summary.title))
        return True

    def _index_changed(self, _index: int) -> None:
        """An undo, a redo or a new step: draw it, and stop offering to undo a deletion that is no longer last."""
        self.flush()
        if self._deleted is not None and not self._deletion_is_last():
            self._deleted = None
            self.pane.hide_undo()

    def _deletion_is_last(self) -> bool:
        index = self.stack.index()
        return index > 0 and self.stack.command(index - 1) is self._deleted

    def _undo_delete(self) -> None:
        """The banner's Undo: take back the deletion if it is still the last step."""
        if self._deleted is not None and self._deletion_is_last():
            self.stack.undo()
        self._deleted = None
        self.pane.hide_undo()
