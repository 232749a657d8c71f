"""The form beside the workshop list: the workshop's details and its agenda, every change undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.workshop_rules import STATUSES, WorkshopData
from workshop_app.errors import UserError
from workshop_app.ui.agenda_view import AgendaView
from workshop_app.ui.commands import EditWorkshop
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.labels import (
    LANGUAGE_CODES,
    from_qdatetime,
    language_label,
    native_language_name,
    status_label,
    to_qdatetime,
)
from workshop_app.ui.layouts import keep_content_width, keep_lines_high
from workshop_app.ui.undo import CommandContext, execute

EDITOR_MIN_WIDTH = 460
TEXT_FIELDS = ("title", "place", "theme", "facilitator")
# The earliest date the date field accepts doubles as "not set" (Qt's special-value idiom).
NO_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


def date_format() -> str:
    """The locale's short date and time, with a weekday and a four-digit year (a workshop is planned by weekday)."""
    locale = QLocale()
    date = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in date:
        date = date.replace("yy", "yyyy")
    return f"ddd {date} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


class WorkshopEditor(QWidget):
    """Edits the workshop given to ``set_workshop``; text is committed when a field is left, not per keystroke."""

    def __init__(self, stack: Any, context: Callable[[], CommandContext | None], parent: Any = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._context = context
        self._data: WorkshopData | None = None
        self._loading = False

        self.message = InlineMessage(self)
        self.title_edit = self._line_edit("title", self.tr("Workshop title"))
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("What is the workshop called?"))
        self.when_edit = QDateTimeEdit(self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_format())
        self.when_edit.setMinimumDateTime(NO_DATE)
        self.when_edit.setSpecialValueText(self.tr("Not set"))
        # With keyboard tracking off the change arrives once the time is typed, not at every digit.
        self.when_edit.setKeyboardTracking(False)
        self.when_edit.setAccessibleName(self.tr("Date and time"))
        self.when_edit.dateTimeChanged.connect(self._commit_when)
        self.place_edit = self._line_edit("place", self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("e.g. Parish hall, Rua Direita 12"))
        self.theme_edit = self._line_edit("theme", self.tr("ULG theme"))
        self.theme_edit.setPlaceholderText(self.tr("The ULG theme this workshop feeds"))
        self.facilitator_edit = self._line_edit("facilitator", self.tr("Facilitator"))
        self.language_combo = QComboBox(self)
        for code in LANGUAGE_CODES:
            self.language_combo.addItem(language_label(code), code)
            self.language_combo.setItemData(
                self.language_combo.count() - 1, native_language_name(code), Qt.ItemDataRole.ToolTipRole
            )
        self.language_combo.setAccessibleName(self.tr("Language of the workshop"))
        self.language_combo.activated.connect(lambda _i: self._commit("language", self.language_combo.currentData()))
        self.status_combo = QComboBox(self)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.activated.connect(lambda _i: self._commit("status", self.status_combo.currentData()))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Anything to remember: access, interpreters, materials…"))
        self.notes_edit.setTabChangesFocus(True)
        keep_lines_high(self.notes_edit, 2.5)
        self.notes_edit.installEventFilter(self)

        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete workshop"))
        self.delete_button.setToolTip(self.tr("Delete this workshop and its agenda"))
        self.run_button = QPushButton(self.tr("&Run workshop…"), self)
        self.run_button.setObjectName("primaryButton")
        self.run_button.setAccessibleName(self.tr("Run workshop"))
        self.run_button.setToolTip(self.tr("Open the run view: agenda, timer, kiosk and projector (Ctrl+R)"))
        self.run_button.setShortcut(QKeySequence("Ctrl+R"))
        self.run_button.clicked.connect(self.run_workshop)
        self.agenda = AgendaView(stack, context, self)

        self._stack_widget = QStackedWidget(self)
        self._stack_widget.addWidget(self._placeholder())
        self._stack_widget.addWidget(self._form())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack_widget)

    # -- building --------------------------------------------------------------------------------
    def _line_edit(self, field: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setClearButtonEnabled(field != "title")
        edit.editingFinished.connect(lambda: self._commit_text(field, edit))
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setObjectName("fieldLabel")
        return label

    def _placeholder(self) -> QWidget:
        page = QWidget(self)
        label = QLabel(self.tr("Select a workshop in the list, or create a new one."), page)
        label.setObjectName("hint")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        return page

    def _form(self) -> QWidget:
        details = QWidget(self)
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        rows = (
            (self.tr("&Title"), self.title_edit),
            (self.tr("&When"), self.when_edit),
            (self.tr("&Place"), self.place_edit),
            (self.tr("ULG the&me"), self.theme_edit),
            (self.tr("Fa&cilitator"), self.facilitator_edit),
        )
        for row, (text, widget) in enumerate(rows):
            grid.addWidget(self._label(text, widget), row, 0)
            grid.addWidget(widget, row, 1)
        # Language and status are short choices: one row keeps the agenda in view on a laptop screen.
        pair = FlowRow(spacing=12, stretch=0).add_widgets(
            self.language_combo, self._label(self.tr("&Status"), self.status_combo), self.status_combo)
        grid.addWidget(self._label(self.tr("&Language"), self.language_combo), len(rows), 0)
        grid.addWidget(pair, len(rows), 1)
        grid.addWidget(self._label(self.tr("N&otes"), self.notes_edit), len(rows) + 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes_edit, len(rows) + 1, 1)

        heading = QLabel(self.tr("Workshop details"), self)
        heading.setObjectName("sectionHeading")
        # A refused edit is explained in place of the heading, so the form does not jump down.
        self.message.shown.connect(heading.hide)
        self.message.dismissed.connect(heading.show)
        # The buttons sit right of the heading while they fit, below it with large text or a narrow window.
        top = FlowRow(push_right_from=2).add_widgets(heading, self.message, self.run_button, self.delete_button)

        page = QWidget(self)
        page.setObjectName("editorPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(top)
        layout.addWidget(details)
        line = QFrame(page)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        layout.addWidget(line)
        layout.addWidget(self.agenda, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The form shrinks only down to a usable width (the splitter stops there); it scrolls only vertically.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to their frame
        scroll.setWidget(page)
        keep_content_width(scroll, EDITOR_MIN_WIDTH)
        return scroll

    def tab_order(self) -> list[QWidget]:
        """The editor's widgets in the order Tab visits them, as they are read: the buttons beside the heading, the
        form top to bottom, then the agenda."""
        return [
            self.message.close_button, self.run_button, self.delete_button, self.title_edit, self.when_edit,
            self.place_edit, self.theme_edit, self.facilitator_edit, self.language_combo, self.status_combo,
            self.notes_edit, *self.agenda.focus_order(),
        ]

    # -- showing ---------------------------------------------------------------------------------
    @property
    def current_id(self) -> str | None:
        """The id of the workshop being edited, or None."""
        return self._data.id if self._data else None

    @property
    def data(self) -> WorkshopData | None:
        """The workshop as last read from the service."""
        return self._data

    def set_workshop(self, workshop_id: str | None) -> None:
        """Edit another workshop (or none), first saving what was typed in the current one."""
        if workshop_id == self.current_id:
            return
        self.commit_pending()
        self.message.dismiss()
        self._load(workshop_id)

    def clear(self) -> None:
        """Show no workshop, without saving anything (the database it came from may be closed)."""
        self.message.dismiss()
        self._load(None)

    def reload(self) -> None:
        """Read the current workshop again from the service (after a change)."""
        self._load(self.current_id)

    def show_message(self, text: str) -> None:
        """Show a sentence above the form, without blocking."""
        self.message.show_message(text)

    def focus_title(self) -> None:
        """Put the cursor in the title with all of it selected, ready to type over."""
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def _load(self, workshop_id: str | None) -> None:
        ctx = self._context()
        data = None
        if workshop_id is not None and ctx is not None:
            try:
                data = ctx.service.get(workshop_id)
            except UserError:
                data = None  # deleted meanwhile: show nothing rather than a stale form
        self._data = data
        self._stack_widget.setCurrentIndex(1 if data else 0)
        self.agenda.set_workshop(data)
        if data is None:
            return
        self._loading = True
        try:
            for field in (*TEXT_FIELDS, "starts_at", "language", "status", "notes"):
                self._show_field(field)
        finally:
            self._loading = False

    def _show_field(self, field: str) -> None:
        """Put the stored value of ``field`` into its widget (also used to revert a refused edit)."""
        if self._data is None:
            return
        value = getattr(self._data, field)
        was_loading, self._loading = self._loading, True
        try:
            if field in TEXT_FIELDS:
                edit: QLineEdit = getattr(self, f"{field}_edit")
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)  # show the start of a long title, not its end
                edit.setModified(False)
            elif field == "starts_at":
                self.when_edit.setDateTime(NO_DATE if value is None else to_qdatetime(value))
            elif field == "notes":
                if self.notes_edit.toPlainText() != value:
                    self.notes_edit.setPlainText(value)
                self.notes_edit.document().setModified(False)
            else:
                combo = self.language_combo if field == "language" else self.status_combo
                index = combo.findData(value)
                if index < 0:  # a code from elsewhere (e.g. an import): show it as it is
                    combo.addItem(value, value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
        finally:
            self._loading = was_loading

    def run_workshop(self) -> Any:
        """Open the run view of this workshop (its own window), saving what is being typed first."""
        ctx = self._context()
        if ctx is None or self._data is None:
            return None
        self.commit_pending()
        from workshop_app.ui.run_window import open_run_window

        window = self.window()
        return open_run_window(window, ctx.service.db, getattr(window, "settings", None), self._data.id)

    # -- committing ------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Save text typed but not yet committed (the field still has the focus)."""
        if self._data is None:
            return
        for field in TEXT_FIELDS:
            edit: QLineEdit = getattr(self, f"{field}_edit")
            if edit.isModified():
                self._commit_text(field, edit)
        if self.notes_edit.document().isModified():
            self._commit_notes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Commit the notes when they lose the focus (a plain text edit has no editingFinished)."""
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self._commit_notes()
        return super().eventFilter(watched, event)

    def _commit_text(self, field: str, edit: QLineEdit) -> None:
        edit.setModified(False)
        self._commit(field, edit.text())

    def _commit_notes(self) -> None:
        self.notes_edit.document().setModified(False)
        self._commit("notes", self.notes_edit.toPlainText())

    def _commit_when(self, value: QDateTime) -> None:
        self._commit("starts_at", None if value == NO_DATE else from_qdatetime(value))

    def _commit(self, field: str, value: Any) -> None:
        ctx = self._context()
        if self._loading or self._data is None or ctx is None:
            return
        old = getattr(self._data, field)
        if value == old or (isinstance(value, datetime) and isinstance(old, datetime) and _same_minute(value, old)):
            return
        command = EditWorkshop(ctx, self._data.id, field, old, value, self._undo_text(field))
        if not execute(self._stack, command):
            self._show_field(field)  # the service refused: the stored value comes back

    def _undo_text(self, field: str) -> str:
        texts = {
            "title": self.tr("Change title"),
            "starts_at": self.tr("Change date and time"),
            "place": self.tr("Change place"),
            "theme": self.tr("Change ULG theme"),
            "facilitator": self.tr("Change facilitator"),
            "language": self.tr("Change language"),
            "status": self.tr("Change status"),
            "notes": self.tr("Change notes"),
        }
        return texts.get(field, field)


def _same_minute(a: datetime, b: datetime) -> bool:
    # The field shows minutes; seconds stored by another tool must not count as an edit.
    return abs((a - b).total_seconds()) < 60 and a.minute == b.minute
