"""The agenda editor: a table of activities with add, remove, move, in-place edits and the total time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.workshop_rules import ACTIVITY_KINDS, MAX_DOTS, MAX_MINUTES, WorkshopData, activity_defaults
from workshop_app.errors import UserError
from workshop_app.ui.agenda_model import AgendaModel
from workshop_app.ui.commands import AddActivity, EditActivity, MoveActivity, RemoveActivity
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.icons import icon
from workshop_app.ui.labels import format_duration, format_time, kind_hint, kind_label
from workshop_app.ui.layouts import follow_font, keep_rows_high
from workshop_app.ui.tables import ActionTable
from workshop_app.ui.undo import CommandContext, execute

# A survey item's Details offer templates too; choosing one makes a survey from it first.
TEMPLATE_PREFIX = "template:"


class _NumberDelegate(QStyledItemDelegate):
    """Spin boxes with sensible ranges for the minutes and the dots columns; a list of surveys for survey items."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Select the survey the item runs now."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        """Hand the chosen survey (or template) to the model."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        """A spin box for numbers, the default editor otherwise."""
        if index.column() == AgendaModel.MINUTES:
            spin = QSpinBox(parent)
            spin.setRange(1, MAX_MINUTES)
            spin.setSuffix(self.tr(" min"))
            spin.setAccessibleName(self.tr("Planned minutes"))
            return spin
        model = index.model()
        survey_row = isinstance(model, AgendaModel) and model.is_survey_row(index.row())
        if index.column() == AgendaModel.DETAILS and survey_row:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Survey this activity runs"))
            for value, label in model.survey_choices():
                combo.addItem(label, value)
            return combo
        if index.column() == AgendaModel.DETAILS:
            spin = QSpinBox(parent)
            spin.setRange(1, MAX_DOTS)
            spin.setAccessibleName(self.tr("Dots per person"))
            return spin
        return super().createEditor(parent, option, index)


class AgendaView(QWidget):
    """Shows and edits the agenda of the workshop given to ``set_workshop``."""

    def __init__(self, stack: QUndoStack, context: Callable[[], CommandContext | None], parent: Any = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._context = context
        self._workshop: WorkshopData | None = None
        self._selected_id: str | None = None

        self.model = AgendaModel(self._edit, self)
        self.table = ActionTable(
            self, self.tr("No activities yet. Use “Add activity” to plan a brainstorm, a dot vote or a survey.")
        )
        self.table.delete_requested.connect(self.remove_selected)
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_NumberDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        keep_rows_high(self.table, lines=1, extra=18)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        # The title is what the facilitator reads: it takes the room left. The kind and the details get bounded
        # widths (a long kind name such as "Stakeholder mapping" in Portuguese, or a long survey title, would
        # otherwise squeeze the titles to nothing); the columns stay resizable by hand.
        header.setSectionResizeMode(AgendaModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AgendaModel.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.DETAILS, QHeaderView.ResizeMode.Interactive)
        follow_font(self.table, _fit_columns)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setAccessibleDescription(self.tr("The activities of the workshop, in order. Double-click to edit."))
        self.table.setMinimumHeight(150)

        self.heading = QLabel(self.tr("A&genda"), self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setBuddy(self.table)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setWordWrap(True)
        self.total_label.setAccessibleName(self.tr("Total time of the agenda"))

        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("&Add activity"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setAccessibleName(self.tr("Add activity"))
        self.add_button.setObjectName("primaryButton")
        menu = QMenu(self.add_button)
        for kind in ACTIVITY_KINDS:
            action = menu.addAction(kind_label(kind))
            action.setToolTip(kind_hint(kind))
            action.setStatusTip(kind_hint(kind))
            action.setData(kind)
            action.triggered.connect(lambda _checked=False, k=kind: self.add_activity(k))
        menu.setToolTipsVisible(True)
        self.add_button.setMenu(menu)

        self.remove_button = self._button(self.tr("&Remove"), self.tr("Remove activity"), self.remove_selected)
        # Arrows rather than words keep the row short enough for a laptop screen; names and tooltips say it all.
        self.up_button = self._arrow("arrow-up", self.tr("Move activity up"), lambda: self.move_selected(-1))
        self.down_button = self._arrow("arrow-down", self.tr("Move activity down"), lambda: self.move_selected(1))
        self.remove_button.setToolTip(self.tr("Remove the selected activity (Delete)"))
        self.up_button.setToolTip(self.tr("Move the selected activity earlier (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected activity later (Alt+Down)"))
        # Shortcuts that act only while the agenda table has the focus (Delete is handled by the table).
        for keys, slot in (
            (QKeySequence("Alt+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_selected(1)),
        ):
            QShortcut(keys, self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)

        top = FlowRow(push_right_from=1).add_widgets(self.heading, self.total_label)
        buttons = FlowRow(spacing=6, push_right_from=1).add_widgets(
            self.add_button, self.up_button, self.down_button, self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _arrow(self, icon_name: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setIcon(icon(icon_name))
        button.setObjectName("iconButton")
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def focus_order(self) -> list[QWidget]:
        """The agenda's widgets in tab order."""
        return [self.table, self.add_button, self.up_button, self.down_button, self.remove_button]

    # -- showing -------------------------------------------------------------------------------
    def set_workshop(self, workshop: WorkshopData | None) -> None:
        """Show the agenda of ``workshop`` (or nothing)."""
        self._workshop = workshop
        self.model.set_activities(workshop.id if workshop else None, workshop.activities if workshop else ())
        self._load_surveys()
        # Most agendas have no dot vote: the Details column then gives its width to the titles.
        self.table.setColumnHidden(AgendaModel.DETAILS, not self.model.has_any_details())
        total = workshop.planned_minutes if workshop else 0
        if workshop is not None and workshop.starts_at is not None and total:
            end = workshop.starts_at + timedelta(minutes=total)
            text = self.tr("Total: {duration} (ends about {time})").format(
                duration=format_duration(total), time=format_time(end)
            )
        else:
            text = self.tr("Total: {duration}").format(duration=format_duration(total))
        self.total_label.setText(text)
        self.setEnabled(workshop is not None)
        self._update_buttons()

    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_activity(self, activity_id: str | None) -> None:
        """Select an activity (or nothing) and scroll to it."""
        row = self.model.row_of(activity_id) if activity_id else -1
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        # The title is the current cell, so typing (or F2) names the activity straight away.
        self.table.setCurrentIndex(self.model.index(row, AgendaModel.TITLE))
        self.table.scrollTo(self.model.index(row, 0))

    # -- editing -------------------------------------------------------------------------------
    def add_activity(self, kind: str) -> bool:
        """Append an activity of ``kind`` to the agenda (undoable) and select it."""
        ctx = self._context()
        if ctx is None or self._workshop is None:
            return False
        values = activity_defaults(kind)
        text = self.tr("Add {activity}").format(activity=kind_label(kind))
        command = AddActivity(ctx, self._workshop.id, kind, values, text)
        if not execute(self._stack, command):
            return False
        self.select_activity(command.activity_id)
        self.table.setFocus()
        return True

    def remove_selected(self) -> bool:
        """Remove the selected activity (undoable)."""
        ctx, row = self._context(), self.selected_row()
        if ctx is None or self._workshop is None or row < 0:
            return False
        return execute(self._stack, RemoveActivity(ctx, self._workshop.id, self.model.activity(row).id))

    def move_selected(self, step: int) -> bool:
        """Move the selected activity ``step`` places (-1 up, 1 down), if it can go there."""
        ctx, row = self._context(), self.selected_row()
        if ctx is None or self._workshop is None or row < 0 or not 0 <= row + step < self.model.rowCount():
            return False
        activity_id = self.model.activity(row).id
        return execute(self._stack, MoveActivity(ctx, self._workshop.id, activity_id, row + step))

    def _edit(self, activity_id: str, field: str, value: Any) -> bool:
        ctx = self._context()
        if ctx is None or self._workshop is None:
            return False
        if field == "survey_id" and isinstance(value, str) and value.startswith(TEMPLATE_PREFIX):
            value = self._survey_from_template(ctx, value.removeprefix(TEMPLATE_PREFIX))
            if value is None:
                return False
        item = self.model.activity(self.model.row_of(activity_id))
        old = getattr(item, field)
        if old == value:
            return True
        texts = {
            "title": self.tr("Change activity title"),
            "planned_minutes": self.tr("Change activity time"),
            "options": self.tr("Change dots per person"),
            "survey_id": self.tr("Choose the survey"),
        }
        command = EditActivity(ctx, self._workshop.id, activity_id, field, old, value, texts.get(field, field))
        return execute(self._stack, command)

    def _survey_from_template(self, ctx: CommandContext, key: str) -> str | None:
        # Making the survey is not part of the undo step: undo unlinks it, and the survey stays in the list.
        from workshop_app.core.services import Services
        from workshop_app.core.survey_templates import create_from_template

        try:
            created = create_from_template(Services.of(ctx.service.db).surveys, key)
        except UserError as exc:
            ctx.report(str(exc))
            return None
        self._load_surveys()
        return created.id

    def _load_surveys(self) -> None:
        """Name the stored surveys and offer them, and the templates, to survey items."""
        ctx = self._context()
        if ctx is None or self._workshop is None or not any(a.kind == "survey" for a in self._workshop.activities):
            return
        from workshop_app.core.services import Services
        from workshop_app.ui.survey_template_dialog import TEMPLATES

        summaries = Services.of(ctx.service.db).surveys.list()
        labels = {s.id: self.tr("{title} (version {version})").format(title=s.title, version=s.version)
                  for s in summaries}
        choices = [("", self.tr("No survey chosen yet")), *labels.items()]
        choices += [(TEMPLATE_PREFIX + t.key, self.tr("New from template: {title}").format(
            title=QCoreApplication.translate("templates", t.title))) for t in TEMPLATES if t.key]
        self.model.set_surveys(labels, choices)

    # -- keeping the selection through model resets ---------------------------------------------
    def _remember_selection(self) -> None:
        row = self.selected_row()
        self._selected_id = self.model.activity(row).id if row >= 0 else None

    def _restore_selection(self) -> None:
        self.select_activity(self._selected_id)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row, count = self.selected_row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)



def _fit_columns(table: QWidget) -> None:
    """The kind column as wide as the longest kind's name up to about 11 letters, the details about 9."""
    if not isinstance(table, QTableView):
        return
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    letter = metrics.horizontalAdvance("M")
    longest = max(metrics.horizontalAdvance(kind_label(kind)) for kind in ACTIVITY_KINDS) + 24
    for column, width in ((AgendaModel.KIND, min(longest, letter * 11)), (AgendaModel.DETAILS, letter * 9)):
        # Never narrower than the column's own heading ("Punkt programu" in Polish).
        heading = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(width, heading))
