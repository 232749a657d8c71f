"""The side panel's forms for one stakeholder and for one relationship.

Widgets only: each form shows plain data and emits what the person changed (a field and its new value) when
an edit is finished (Enter, leaving the field, picking from a list); the page turns that into an undoable
command. A form that is shown again with fresh data never overwrites the field being typed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui.map_render_legend import strength_label
from workshop_app.ui.map_style import (
    ATTITUDES,
    OUTLINE_COLOUR,
    SECTOR_ORDER,
    attitude_label,
    attitude_mark,
    sector_colour,
    sector_label,
    sector_shape_path,
)

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData, RelationshipData, StakeholderData

KIND_SUGGESTIONS = ("works with", "funds", "informs", "refers people to", "recruits from", "advises",
                    "in tension with", "competes with")
"""Kinds offered for a relationship (anything else may be typed)."""
ENGAGEMENT_SUGGESTIONS = ("Manage closely", "Keep satisfied", "Keep informed", "Monitor", "Involve as a partner",
                          "Consult", "Inform")


def sector_icon(sector: str, size: int = 18) -> QIcon:
    """The sector's marker as a small icon (for lists and combo boxes)."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(OUTLINE_COLOUR, 1))
    painter.setBrush(sector_colour(sector))
    painter.drawPath(sector_shape_path(sector, QPointF(size / 2, size / 2), size * 0.36))
    painter.end()
    return QIcon(pixmap)


class NotesEdit(QPlainTextEdit):
    """Multi-line text whose edit is finished when the field is left."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field finishes the edit."""
        super().focusOutEvent(event)
        self.editing_finished.emit()


def set_text(widget: QLineEdit | QPlainTextEdit, text: str, *, keep_typing: bool) -> None:
    """Show ``text``, unless the person is typing something else in ``widget`` (``keep_typing``: same item).

    Typing means the field has the keyboard and holds text that is not what was last shown; a field whose
    edit was just saved (or undone from the Edit menu) shows the stored value again.
    """
    current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    if current != text and keep_typing and widget.hasFocus() and current != widget.property("shownText"):
        return
    widget.setProperty("shownText", text)
    if current == text:
        return
    if isinstance(widget, QLineEdit):
        widget.setText(text)
        widget.setCursorPosition(0)
    else:
        widget.setPlainText(text)


def heading(text: str, parent: QWidget) -> QLabel:
    """A bold heading of a form."""
    label = QLabel(text, parent)
    label.setObjectName("sectionHeading")
    label.setWordWrap(True)
    return label


class StakeholderForm(QWidget):
    """Name, organisation, sector, attitude, position, engagement, notes, and contact (personal data)."""

    edited = Signal(str, str, object)
    """(stakeholder id, field, new value)."""
    delete_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stakeholder_id: str | None = None
        self.title = heading(self.tr("Stakeholder"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("stakeholderName")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.setAccessibleName(self.tr("Organisation"))
        self.sector_combo = QComboBox(self)
        self.sector_combo.setAccessibleName(self.tr("Sector"))
        for sector in SECTOR_ORDER:
            self.sector_combo.addItem(sector_icon(sector), sector_label(sector), sector)
        self.attitude_combo = QComboBox(self)
        self.attitude_combo.setAccessibleName(self.tr("Attitude"))
        for attitude in ATTITUDES:
            self.attitude_combo.addItem(f"{attitude_mark(attitude)}  {attitude_label(attitude)}", attitude)
        self.x_spin, self.y_spin = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for spin in (self.x_spin, self.y_spin):
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setKeyboardTracking(False)
        self.x_label, self.y_label = QLabel(self), QLabel(self)
        self.engagement_edit = QLineEdit(self)
        self.engagement_edit.setAccessibleName(self.tr("Engagement strategy"))
        self.engagement_edit.setPlaceholderText(self.tr("How to involve them"))
        self.engagement_completer = QCompleter(list(ENGAGEMENT_SUGGESTIONS), self)
        self.engagement_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.engagement_edit.setCompleter(self.engagement_completer)
        self.notes_edit = NotesEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(84)
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("contactEdit")
        self.contact_edit.setAccessibleName(self.tr("Contact (personal data)"))
        self.contact_edit.setPlaceholderText(self.tr("E-mail or phone of a contact person"))
        badge = QLabel(self.tr("Personal data"), self)
        badge.setObjectName("personalBadge")
        contact_hint = QLabel(self.tr("Left out of exports unless you choose to include contacts."), self)
        contact_hint.setObjectName("hint")
        contact_hint.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete stakeholder"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete stakeholder"))
        self.delete_button.clicked.connect(self.delete_requested)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: labels above
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("&Sector"), self.sector_combo)
        form.addRow(self.tr("&Attitude"), self.attitude_combo)
        form.addRow(self.x_label, self.x_spin)
        form.addRow(self.y_label, self.y_spin)
        form.addRow(self.tr("&Engagement"), self.engagement_edit)
        form.addRow(self.tr("No&tes"), self.notes_edit)
        contact_label = QLabel(self.tr("&Contact"), self)
        contact_label.setBuddy(self.contact_edit)
        contact_row = QHBoxLayout()
        contact_row.addWidget(contact_label)
        contact_row.addStretch(1)
        contact_row.addWidget(badge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(contact_row)
        layout.addWidget(self.contact_edit)
        layout.addWidget(contact_hint)
        layout.addSpacing(8)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        for edit, field in ((self.name_edit, "name"), (self.organisation_edit, "organisation"),
                            (self.engagement_edit, "engagement"), (self.contact_edit, "contact")):
            edit.editingFinished.connect(lambda e=edit, f=field: self._emit(f, e.text()))
        self.notes_edit.editing_finished.connect(lambda: self._emit("notes", self.notes_edit.toPlainText()))
        self.sector_combo.activated.connect(lambda _i: self._emit("sector", self.sector_combo.currentData()))
        self.attitude_combo.activated.connect(lambda _i: self._emit("attitude", self.attitude_combo.currentData()))
        self.x_spin.valueChanged.connect(lambda value: self._emit_position("x", value))
        self.y_spin.valueChanged.connect(lambda value: self._emit_position("y", value))
        self._shown: StakeholderData | None = None
        self._loading = False

    def _emit(self, field: str, value: Any) -> None:
        if self._loading or self.stakeholder_id is None or self._shown is None:
            return
        if getattr(self._shown, field) != value:
            self.edited.emit(self.stakeholder_id, field, value)

    def _emit_position(self, field: str, value: float) -> None:
        if self._shown is not None and abs(getattr(self._shown, field) - value) > 0.049:
            self._emit(field, value)

    def show_stakeholder(self, stakeholder: StakeholderData, data: MapData) -> None:
        """Show ``stakeholder`` of the map ``data``."""
        same = stakeholder.id == self.stakeholder_id
        self.stakeholder_id = stakeholder.id
        self._loading = True
        try:
            self._shown = stakeholder
            self.title.setText(stakeholder.name)
            texts = ((self.name_edit, stakeholder.name), (self.organisation_edit, stakeholder.organisation),
                     (self.engagement_edit, stakeholder.engagement), (self.contact_edit, stakeholder.contact),
                     (self.notes_edit, stakeholder.notes))
            for edit, value in texts:
                set_text(edit, value, keep_typing=same)
            self.sector_combo.setCurrentIndex(max(0, self.sector_combo.findData(stakeholder.sector)))
            self.attitude_combo.setCurrentIndex(max(0, self.attitude_combo.findData(stakeholder.attitude or
                                                                                     "unknown")))
            for spin, label, title, top, value in ((self.x_spin, self.x_label, data.x_title, data.x_max,
                                                    stakeholder.x),
                                                   (self.y_spin, self.y_label, data.y_title, data.y_max,
                                                    stakeholder.y)):
                spin.setRange(0.0, top)
                if not (same and spin.hasFocus()):
                    spin.setValue(value)
                label.setText(title or (self.tr("Across") if spin is self.x_spin else self.tr("Up")))
                spin.setAccessibleName(label.text())
            suggestions = list(dict.fromkeys([*data.quadrant_names, *ENGAGEMENT_SUGGESTIONS]))
            self.engagement_completer.model().setStringList(suggestions)  # type: ignore[attr-defined]
        finally:
            self._loading = False


class RelationshipForm(QWidget):
    """Kind, strength (1–3) and direction of one relationship."""

    edited = Signal(str, object)
    """(relationship id, dict of the fields that change)."""
    delete_requested = Signal()

    NONE, FORWARD, BACKWARD = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.relationship_id: str | None = None
        self._shown: RelationshipData | None = None
        self._loading = False
        self.title = heading(self.tr("Relationship"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setEditable(True)
        self.kind_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kind_combo.setAccessibleName(self.tr("Kind of relationship"))
        self.kind_combo.addItems(list(KIND_SUGGESTIONS))
        self.strength_combo = QComboBox(self)
        self.strength_combo.setAccessibleName(self.tr("Strength"))
        for strength in (1, 2, 3):
            self.strength_combo.addItem(self.tr("{number} — {label}").format(
                number=strength, label=strength_label(strength)), strength)
        self.direction_combo = QComboBox(self)
        self.direction_combo.setAccessibleName(self.tr("Direction"))
        # Its items name both stakeholders: as wide as the panel, not as the longest pair of names.
        self.direction_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.direction_combo.setMinimumContentsLength(12)
        self.delete_button = QPushButton(self.tr("Delete relationship"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete relationship"))
        self.delete_button.clicked.connect(self.delete_requested)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: labels above
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("St&rength"), self.strength_combo)
        form.addRow(self.tr("&Direction"), self.direction_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        line_edit = self.kind_combo.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(lambda: self._emit({"kind": self.kind_combo.currentText()}))
        self.kind_combo.activated.connect(lambda _i: self._emit({"kind": self.kind_combo.currentText()}))
        self.strength_combo.activated.connect(lambda _i: self._emit({"strength": self.strength_combo.currentData()}))
        self.direction_combo.activated.connect(self._direction_picked)

    def _emit(self, values: dict[str, Any]) -> None:
        if self._loading or self._shown is None or self.relationship_id is None:
            return
        changed = {k: v for k, v in values.items() if getattr(self._shown, k) != v}
        if changed:
            self.edited.emit(self.relationship_id, changed)

    def _direction_picked(self, index: int) -> None:
        shown = self._shown
        if shown is None:
            return
        if index == self.NONE:
            self._emit({"directed": False})
        elif index == self.FORWARD:
            self._emit({"directed": True})
        else:  # the other way round: the ends swap
            self._emit({"from_id": shown.to_id, "to_id": shown.from_id, "directed": True})

    def show_relationship(self, relationship: RelationshipData, data: MapData) -> None:
        """Show ``relationship`` of the map ``data``."""
        same = relationship.id == self.relationship_id
        self.relationship_id = relationship.id
        self._loading = True
        try:
            self._shown = relationship
            names = {s.id: s.name for s in data.stakeholders}
            source, target = names.get(relationship.from_id, "?"), names.get(relationship.to_id, "?")
            self.title.setText(self.tr("{source} and {target}").format(source=source, target=target))
            line_edit = self.kind_combo.lineEdit()
            if not (same and line_edit is not None and line_edit.hasFocus()):
                self.kind_combo.setCurrentText(relationship.kind)
            self.strength_combo.setCurrentIndex(max(0, self.strength_combo.findData(relationship.strength)))
            self.direction_combo.clear()
            self.direction_combo.addItem(self.tr("No direction (both ways)"))
            self.direction_combo.addItem(self.tr("{source} → {target}").format(source=source, target=target))
            self.direction_combo.addItem(self.tr("{target} → {source}").format(source=source, target=target))
            self.direction_combo.setCurrentIndex(self.FORWARD if relationship.directed else self.NONE)
        finally:
            self._loading = False

