"""The Workshops screen: the list of workshops with a search box, the editor beside it, and an empty state."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelection, QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui import dialogs
from workshop_app.ui.commands import CreateWorkshop, DeleteWorkshop
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.icons import icon
from workshop_app.ui.layouts import centred_column, keep_column_readable, keep_rows_high
from workshop_app.ui.tables import ActionTable
from workshop_app.ui.undo import CommandContext, execute
from workshop_app.ui.workshop_editor import WorkshopEditor
from workshop_app.ui.workshop_list_model import ID_ROLE, WorkshopFilterProxy, WorkshopListModel

if TYPE_CHECKING:  # the service imports SQLAlchemy; the window is built before any database is open
    from workshop_app.core.workshops import WorkshopService

# Hidden at first, to leave room for the titles on a laptop screen; the header's context menu shows them.
OPTIONAL_COLUMNS = (WorkshopListModel.ACTIVITIES, WorkshopListModel.MINUTES)
STATE_SPLITTER = "workshops/splitter"
# The pages of the screen: the list with its editor, "no workshops yet", and "opening the database".
LIST_PAGE, EMPTY_PAGE, OPENING_PAGE = 0, 1, 2
STATE_HEADER = "workshops/header"


def next_full_hour(now: datetime | None = None) -> datetime:
    """The next full hour in local time (a new workshop's start), as an aware datetime."""
    now = (now or datetime.now()).astimezone()
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


class WorkshopsView(QWidget):
    """Lists, creates, edits and deletes workshops through ``WorkshopService``; every edit is undoable."""

    def __init__(self, stack: QUndoStack, parent: Any = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._service: WorkshopService | None = None
        self._ctx: CommandContext | None = None

        self.model = WorkshopListModel(self)
        self.proxy = WorkshopFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.editor = WorkshopEditor(stack, lambda: self._ctx, self)
        self.editor.delete_button.clicked.connect(self.delete_current)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._build_content())
        self._pages.addWidget(self._build_empty_state())
        self._pages.addWidget(self._build_opening_state())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._update_empty_state()

    # -- building --------------------------------------------------------------------------------
    def _build_content(self) -> QWidget:
        heading = QLabel(self.tr("Workshops"), self)
        heading.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New workshop"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New workshop"))
        self.new_button.setToolTip(self.tr("Create a workshop (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_workshop)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search titles and places"))
        self.search.setAccessibleName(self.tr("Search workshops"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.table = ActionTable(self)
        self.table.setObjectName("workshopTable")
        self.table.delete_requested.connect(self.delete_current)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Workshops"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WorkshopListModel.STARTS_AT, Qt.SortOrder.DescendingOrder)
        self.table.setShowGrid(False)
        # Two lines per row show most of a long title in a narrow pane; the editor shows the rest.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        keep_rows_high(self.table, lines=2, extra=12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        keep_column_readable(self.table, WorkshopListModel.TITLE)
        header.setSectionResizeMode(WorkshopListModel.PLACE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WorkshopListModel.PLACE, 115)
        header.setMinimumSectionSize(60)
        for column in OPTIONAL_COLUMNS:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        # Heading and button share a line while they fit; with large text the button goes below.
        top = FlowRow(push_right_from=1).add_widgets(heading, self.new_button)
        left = QWidget(self)
        left.setObjectName("listPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 16, 12, 16)
        left_layout.setSpacing(10)
        left_layout.addWidget(top)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("workshopSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 480])
        self.splitter = splitter
        return splitter

    def tab_order(self) -> list[QWidget]:
        """The screen's widgets in the order Tab visits them: the list side, then the editor."""
        return [self.new_button, self.search, self.table, *self.editor.tab_order(), self.empty_button]

    def _build_empty_state(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("emptyState")
        picture = QLabel(page)
        picture.setPixmap(icon("empty-workshops").pixmap(QSize(112, 112)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("No workshops yet — create your first one"), page)
        title.setObjectName("emptyTitle")
        text = QLabel(
            self.tr("A workshop holds the date, the place and the agenda of one meeting with your group. "
                    "You can change everything later."),
            page,
        )
        text.setObjectName("emptyText")
        for label in (title, text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("Create a workshop"), page)
        self.empty_button.setObjectName("primaryButton")
        self.empty_button.setAccessibleName(self.tr("Create a workshop"))
        self.empty_button.clicked.connect(self.new_workshop)
        return centred_column(page, [picture, title, text, self.empty_button], keep_size=[picture, self.empty_button])

    def _build_opening_state(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("openingState")
        self.opening_label = QLabel(self.tr("No database is open."), page)
        # Styled like the empty state's sentence: a quiet line, nothing to click, no table to flash.
        self.opening_label.setObjectName("emptyText")
        self.opening_label.setWordWrap(True)
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return centred_column(page, [self.opening_label])

    def show_opening(self, text: str) -> None:
        """The sentence shown instead of the list while no database is bound (e.g. while one is being opened)."""
        self.opening_label.setText(text)
        self._update_empty_state()

    def _column_menu(self, pos: QPoint) -> None:
        """Let the person choose which columns the list shows (the title always stays)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))

    def save_state(self, store: QSettings) -> None:
        """Remember the split and the list's columns and sorting."""
        store.setValue(STATE_SPLITTER, self.splitter.saveState())
        store.setValue(STATE_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self, store: QSettings) -> None:
        """Bring back what ``save_state`` remembered (ignored if missing or from another version)."""
        splitter, header = store.value(STATE_SPLITTER), store.value(STATE_HEADER)
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if isinstance(header, QByteArray) and self.table.horizontalHeader().restoreState(header):
            head = self.table.horizontalHeader()
            self.table.sortByColumn(head.sortIndicatorSection(), head.sortIndicatorOrder())

    # -- the service ---------------------------------------------------------------------------
    def set_service(self, service: WorkshopService | None) -> None:
        """Work on another database's workshops (or none, while a database is being replaced)."""
        if self._service is not None:
            self._service.changed.disconnect(self._on_changed)
        self._service = service
        self._ctx = CommandContext(service, self.editor.show_message, self._focus) if service else None
        self.editor.clear()
        self.search.clear()
        self.model.set_rows(service.list() if service else [])
        if service is not None:
            service.changed.connect(self._on_changed)
        self._update_empty_state()
        self._select_row(0)

    def commit_pending(self) -> None:
        """Save whatever is typed but not yet committed (before switching databases or quitting)."""
        self.editor.commit_pending()

    def _on_changed(self, workshop_id: str | None) -> None:
        if self._service is None:
            return
        current = self.editor.current_id
        rows = self.table.selectionModel().selectedRows()
        old_row = rows[0].row() if rows else 0
        self.model.set_rows(self._service.list())
        self._update_empty_state()
        if current is not None and self.model.row_of(current) < 0:
            # The workshop went (deleted, or its creation undone): nothing typed in it can be saved any more,
            # and its neighbour takes its place.
            self.editor.clear()
            self._select_row(old_row)
        elif current is not None and workshop_id in (current, None):
            self.editor.reload()

    # -- selection -----------------------------------------------------------------------------
    def current_workshop_id(self) -> str | None:
        """The id of the selected workshop."""
        return self.editor.current_id

    def select_workshop(self, workshop_id: str) -> bool:
        """Select a workshop in the list (clearing the search if it hides it) and edit it."""
        row = self.model.row_of(workshop_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.editor.set_workshop(workshop_id)  # also when the selection did not change
        return True

    def _select_row(self, row: int) -> None:
        count = self.proxy.rowCount()
        if count == 0:
            self.table.clearSelection()
            self.editor.clear()
            return
        row = max(0, min(row, count - 1))
        self.table.selectRow(row)
        # The row may have been selected already (Qt moves the selection off removed rows): load it anyway.
        self.editor.set_workshop(self.proxy.index(row, 0).data(ID_ROLE))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        # An empty selection (a row removed, a search) keeps the editor; _on_changed picks the next workshop.
        if rows:
            self.editor.set_workshop(rows[0].data(ID_ROLE))

    def _focus(self, workshop_id: str | None, activity_id: str | None) -> None:
        """After undo/redo: show the workshop that changed, and the activity if one is named."""
        if workshop_id is None or not self.select_workshop(workshop_id):
            return
        if activity_id is not None:
            self.editor.agenda.select_activity(activity_id)

    def _search(self, text: str) -> None:
        self.proxy.set_search_text(text)
        # Filtering drops the selection of a hidden row; when it shows again, so does its selection.
        current = self.editor.current_id
        row = self.model.row_of(current) if current else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_empty_state(self) -> None:
        if self._service is None:
            self._pages.setCurrentIndex(OPENING_PAGE)
        else:
            self._pages.setCurrentIndex(EMPTY_PAGE if self.model.rowCount() == 0 else LIST_PAGE)

    # -- actions -------------------------------------------------------------------------------
    def new_workshop(self) -> str | None:
        """Create "New workshop" at the next full hour, select it and put the cursor in its title."""
        if self._ctx is None:
            return None
        self.commit_pending()
        self.search.clear()
        command = CreateWorkshop(self._ctx, self.tr("New workshop"), {"starts_at": next_full_hour()})
        if not execute(self._stack, command) or command.workshop_id is None:
            return None
        self.select_workshop(command.workshop_id)
        self.editor.focus_title()
        return command.workshop_id

    def delete_current(self) -> bool:
        """Delete the selected workshop after saying what goes with it (undoable)."""
        workshop_id = self.editor.current_id
        if self._ctx is None or workshop_id is None:
            return False
        row = self.model.row_of(workshop_id)
        if row < 0:
            return False
        summary = self.model.summary(row)
        text = self.tr("Delete the workshop “{title}”?").format(title=summary.title)
        details = []
        # One numerus string per English form, so English reads right without a translation file.
        count = summary.activity_count
        if count == 1:
            details.append(self.tr("Its agenda of %n activity goes with it.", "", count))
        elif count > 1:
            details.append(self.tr("Its agenda of %n activities goes with it.", "", count))
        people = summary.participant_count
        if people == 1:
            details.append(self.tr("The attendance of %n participant goes with it; the person stays.", "", people))
        elif people > 1:
            details.append(self.tr("The attendance of %n participants goes with it; the people stay.", "", people))
        details.append(self.tr("You can undo this with Edit › Undo."))
        if not dialogs.confirm(self, self.tr("Delete workshop"), text, " ".join(details), self.tr("Delete")):
            return False
        return execute(self._stack, DeleteWorkshop(self._ctx, workshop_id))
