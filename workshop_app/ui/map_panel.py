"""The side panel of the map canvas: the selected stakeholder, the selected relationship, or the map itself.

With nothing selected the panel edits the map: its title, the axis titles and the quadrant names (rename
them to Portuguese for a meeting in Lisbon); with several stakeholders selected it offers to align them.
Widgets only: the page turns what the panel emits into undoable commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.layouts import keep_content_width
from workshop_app.ui.map_panel_forms import NotesEdit, RelationshipForm, StakeholderForm, heading, set_text
from workshop_app.ui.map_render import kind_label

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData

MAP_PAGE, STAKEHOLDER_PAGE, RELATIONSHIP_PAGE, SELECTION_PAGE = range(4)


class MapForm(QWidget):
    """Title, kind, axis titles, the four quadrant names and notes of a map."""

    edited = Signal(str, object)
    """(field, new value)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._shown: MapData | None = None
        self.title = heading(self.tr("Map"), self)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("hint")
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the map"))
        self.x_title_edit = QLineEdit(self)
        self.x_title_edit.setAccessibleName(self.tr("Title of the horizontal axis"))
        self.y_title_edit = QLineEdit(self)
        self.y_title_edit.setAccessibleName(self.tr("Title of the vertical axis"))
        corners = (self.tr("Top right"), self.tr("Bottom right"), self.tr("Bottom left"), self.tr("Top left"))
        self.quadrant_edits = []
        for corner in corners:
            edit = QLineEdit(self)
            edit.setAccessibleName(self.tr("Quadrant name, {corner}").format(corner=corner.lower()))
            edit.setPlaceholderText(corner)
            self.quadrant_edits.append(edit)
        self.notes_edit = NotesEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes on the map"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(84)
        hint = QLabel(self.tr("Double-click an empty place to add a stakeholder. Select a stakeholder or a line "
                              "to edit it here."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: labels above
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Hori&zontal axis"), self.x_title_edit)
        form.addRow(self.tr("&Vertical axis"), self.y_title_edit)
        quadrants = QGridLayout()
        quadrants.setHorizontalSpacing(6)
        # One per line, read as on the map (top left, top right, bottom left, bottom right), each with an arrow
        # pointing at its corner: the names are too long for two side by side in a narrow panel.
        for row, (index, arrow) in enumerate(((3, "↖"), (0, "↗"), (2, "↙"), (1, "↘"))):
            corner = QLabel(arrow, self)
            corner.setObjectName("quadrantCorner")
            corner.setToolTip(corners[index])
            quadrants.addWidget(corner, row, 0)
            quadrants.addWidget(self.quadrant_edits[index], row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.kind_label)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Quadrants"), self))
        layout.addLayout(quadrants)
        layout.addWidget(QLabel(self.tr("Notes"), self))
        layout.addWidget(self.notes_edit)
        layout.addWidget(hint)
        layout.addStretch(1)
        for edit, field in ((self.title_edit, "title"), (self.x_title_edit, "x_title"),
                            (self.y_title_edit, "y_title")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._emit(f, e.text()))
        for edit in self.quadrant_edits:
            edit.editingFinished.connect(self._quadrants_edited)
        self.notes_edit.editing_finished.connect(lambda: self._emit("notes", self.notes_edit.toPlainText()))

    def _emit(self, field: str, value: Any) -> None:
        if self._shown is not None and getattr(self._shown, field) != value:
            self.edited.emit(field, value)

    def _quadrants_edited(self) -> None:
        if self._shown is None:
            return
        names = [edit.text().strip() for edit in self.quadrant_edits]
        old = [*self._shown.quadrant_names, "", "", "", ""][:4]
        if names != old:
            self.edited.emit("quadrant_names", names if any(names) or self._shown.quadrant_names else [])

    def show_map(self, data: MapData) -> None:
        """Show the fields of ``data``."""
        same = self._shown is not None and self._shown.id == data.id
        self._shown = data
        self.title.setText(data.title)
        self.kind_label.setText(kind_label(data.kind))
        names = [*data.quadrant_names, "", "", "", ""][:4]
        pairs = [(self.title_edit, data.title), (self.x_title_edit, data.x_title), (self.y_title_edit, data.y_title),
                 *zip(self.quadrant_edits, names, strict=True), (self.notes_edit, data.notes)]
        for edit, value in pairs:
            set_text(edit, value, keep_typing=same)


class SelectionForm(QWidget):
    """Several stakeholders selected: how many, align them, delete them."""

    align_requested = Signal(str)
    """"left", "top" or "centre"."""
    delete_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = heading("", self)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        for key, text in (("left", self.tr("Align &left")), ("top", self.tr("Align &top")),
                          ("centre", self.tr("Align &centres"))):
            button = self.buttons[key] = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _checked=False, k=key: self.align_requested.emit(k))
            layout.addWidget(button)
        self.delete_button = QPushButton(self.tr("Delete selected"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected stakeholders"))
        self.delete_button.clicked.connect(self.delete_requested)
        hint = QLabel(self.tr("Drag any of them to move them all; the arrow keys nudge them."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(self.delete_button)
        layout.addWidget(hint)
        layout.addStretch(1)

    def show_count(self, stakeholders: int, relationships: int) -> None:
        """Say what is selected."""
        if stakeholders == 1:
            text = self.tr("1 stakeholder selected")
        elif stakeholders:
            text = self.tr("%n stakeholders selected", None, stakeholders)
        else:
            text = self.tr("%n relationships selected", None, relationships)
        self.title.setText(text)
        for button in self.buttons.values():
            button.setEnabled(stakeholders > 1)


class MapPanel(QScrollArea):
    """The forms in a scrolling column; ``show_*`` picks the one that fits the selection."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; the panel scrolls to show them
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.map_form = MapForm()
        self.stakeholder_form = StakeholderForm()
        self.relationship_form = RelationshipForm()
        self.selection_form = SelectionForm()
        self.pages = QStackedWidget()
        self.pages.setObjectName("editorPage")
        for form in (self.map_form, self.stakeholder_form, self.relationship_form, self.selection_form):
            self.pages.addWidget(form)
        body = QWidget()
        body.setObjectName("editorPage")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.pages)
        self.setWidget(body)
        keep_content_width(self, 280)

    def current(self) -> int:
        """Which form is shown (``MAP_PAGE``, ``STAKEHOLDER_PAGE``, ...)."""
        return self.pages.currentIndex()

    def show_selection(self, data: MapData | None, stakeholder_ids: list[str], relationship_ids: list[str]) -> None:
        """Show the form for what is selected on the map ``data``."""
        if data is None:
            return
        if len(stakeholder_ids) == 1 and not relationship_ids:
            stakeholder = data.stakeholder(stakeholder_ids[0])
            if stakeholder is not None:
                self.stakeholder_form.show_stakeholder(stakeholder, data)
                self.pages.setCurrentIndex(STAKEHOLDER_PAGE)
                return
        if len(relationship_ids) == 1 and not stakeholder_ids:
            relationship = next((r for r in data.relationships if r.id == relationship_ids[0]), None)
            if relationship is not None:
                self.relationship_form.show_relationship(relationship, data)
                self.pages.setCurrentIndex(RELATIONSHIP_PAGE)
                return
        if stakeholder_ids or relationship_ids:
            self.selection_form.show_count(len(stakeholder_ids), len(relationship_ids))
            self.pages.setCurrentIndex(SELECTION_PAGE)
            return
        self.map_form.show_map(data)
        self.pages.setCurrentIndex(MAP_PAGE)

    def edit_current(self) -> None:
        """Put the keyboard in the first field of the form shown (F2 on the canvas)."""
        page = self.current()
        if page == STAKEHOLDER_PAGE:
            self.stakeholder_form.name_edit.setFocus()
            self.stakeholder_form.name_edit.selectAll()
        elif page == RELATIONSHIP_PAGE:
            self.relationship_form.kind_combo.setFocus()
        elif page == MAP_PAGE:
            self.map_form.title_edit.setFocus()
