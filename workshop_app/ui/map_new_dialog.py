"""New map: pick a template (power/interest, importance/influence, ecosystem, blank) and give it a title.

The templates' axis titles and quadrant names are offered in the app's language; they can be renamed on the
map afterwards (the side panel, with nothing selected).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from workshop_app.core.map_rules import SECTOR_QUADRANT, map_template
from workshop_app.ui.map_style import sector_colour, sector_shape_path

translate = QCoreApplication.translate


@dataclass(frozen=True)
class MapTemplate:
    """A kind of map as the dialog offers it."""

    kind: str
    title: str
    text: str


TEMPLATES = (
    MapTemplate("power_interest", QT_TRANSLATE_NOOP("maps", "Power / interest grid"),
                QT_TRANSLATE_NOOP("maps", "Who can shape the plan, and who cares about it: manage closely, keep "
                                          "satisfied, keep informed, monitor.")),
    MapTemplate("importance_influence", QT_TRANSLATE_NOOP("maps", "Importance / influence matrix"),
                QT_TRANSLATE_NOOP("maps", "How much the action matters to each stakeholder, and how much they can "
                                          "sway it.")),
    MapTemplate("ecosystem", QT_TRANSLATE_NOOP("maps", "Stakeholder ecosystem"),
                QT_TRANSLATE_NOOP("maps", "The actors of the city in four sectors: public, private, civil society, "
                                          "knowledge and research.")),
    MapTemplate("blank", QT_TRANSLATE_NOOP("maps", "Blank canvas"),
                QT_TRANSLATE_NOOP("maps", "No axes and no quadrants: place people freely and draw who works with "
                                          "whom.")),
)

# The templates' words, marked for translation; the core keeps the English ones.
_WORDS = {
    "Interest": QT_TRANSLATE_NOOP("maps", "Interest"), "Power": QT_TRANSLATE_NOOP("maps", "Power"),
    "Influence": QT_TRANSLATE_NOOP("maps", "Influence"), "Importance": QT_TRANSLATE_NOOP("maps", "Importance"),
    "Manage closely": QT_TRANSLATE_NOOP("maps", "Manage closely"),
    "Keep informed": QT_TRANSLATE_NOOP("maps", "Keep informed"), "Monitor": QT_TRANSLATE_NOOP("maps", "Monitor"),
    "Keep satisfied": QT_TRANSLATE_NOOP("maps", "Keep satisfied"),
    "Key players": QT_TRANSLATE_NOOP("maps", "Key players"),
    "Least priority": QT_TRANSLATE_NOOP("maps", "Least priority"),
    "Protect and involve": QT_TRANSLATE_NOOP("maps", "Protect and involve"),
    "Public": QT_TRANSLATE_NOOP("maps", "Public"), "Private": QT_TRANSLATE_NOOP("maps", "Private"),
    "Civic": QT_TRANSLATE_NOOP("maps", "Civil society"),
    "Knowledge": QT_TRANSLATE_NOOP("maps", "Knowledge & research"),
}


def template_fields(kind: str) -> dict[str, Any]:
    """The template of ``kind`` with its words in the app's language."""
    fields = map_template(kind)

    def word(text: str) -> str:
        return translate("maps", _WORDS[text]) if text in _WORDS else text

    fields["x_title"], fields["y_title"] = word(fields["x_title"]), word(fields["y_title"])
    fields["quadrant_names"] = [word(name) for name in fields["quadrant_names"]]
    return fields


def template_icon(kind: str, size: int = 44) -> QIcon:
    """A small picture of a template: quadrants, the four sectors, or a plain sheet."""
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(3, 3, size - 6, size - 6)
    painter.setPen(QPen(QColor("#9aa5b1"), 1))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(box)
    half = box.width() / 2
    if kind == "ecosystem":
        corners = (QPointF(box.left() + half, box.top()), QPointF(box.left() + half, box.top() + half),
                   QPointF(box.left(), box.top() + half), box.topLeft())
        for sector, quadrant in SECTOR_QUADRANT.items():
            cell = QRectF(corners[quadrant], QSize(int(half), int(half)).toSizeF())
            tint = QColor(sector_colour(sector))
            tint.setAlpha(60)
            painter.fillRect(cell, tint)
            painter.setBrush(sector_colour(sector))
            painter.drawPath(sector_shape_path(sector, cell.center(), half * 0.22))
    elif kind != "blank":
        painter.fillRect(QRectF(box.left() + half, box.top(), half, half), QColor("#c9dcf0"))
        painter.drawLine(QPointF(box.left() + half, box.top()), QPointF(box.left() + half, box.bottom()))
        painter.drawLine(QPointF(box.left(), box.top() + half), QPointF(box.right(), box.top() + half))
        for x, y in ((0.72, 0.25), (0.3, 0.7), (0.8, 0.62), (0.35, 0.3)):
            painter.setBrush(QColor("#2364aa"))
            painter.drawEllipse(QPointF(box.left() + x * box.width(), box.top() + y * box.height()), 2.6, 2.6)
    painter.end()
    return QIcon(pixmap)


class NewMapDialog(QDialog):
    """Choose a template and a title; ``result_values()`` gives what to create."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("newMapDialog")
        self.setWindowTitle(self.tr("New stakeholder map"))
        heading = QLabel(self.tr("What kind of map?"), self)
        heading.setObjectName("dialogTitle")
        self.templates = QListWidget(self)
        self.templates.setObjectName("mapTemplates")
        self.templates.setAccessibleName(self.tr("Kinds of map"))
        self.templates.setIconSize(QSize(44, 44))
        self.templates.setWordWrap(True)
        self.templates.setSpacing(2)
        for template in TEMPLATES:
            text = f"{translate('maps', template.title)}\n{translate('maps', template.text)}"
            item = QListWidgetItem(template_icon(template.kind), text)
            item.setData(Qt.ItemDataRole.UserRole, template.kind)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, translate("maps", template.title))
            item.setSizeHint(QSize(420, 62))
            self.templates.addItem(item)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the new map"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Digital skills — who matters"))
        fields = QFormLayout()
        fields.addRow(self.tr("&Title"), self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create map"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.templates, 1)
        layout.addLayout(fields)
        layout.addWidget(buttons)
        self.resize(520, 460)
        self.templates.currentRowChanged.connect(self._picked)
        self.title_edit.textEdited.connect(lambda _text: setattr(self, "_title_typed", True))
        self._title_typed = False
        self.templates.setCurrentRow(0)
        self.title_edit.setFocus()

    def pick(self, kind: str) -> None:
        """Select the template of ``kind``."""
        row = next((n for n, t in enumerate(TEMPLATES) if t.kind == kind), 0)
        self.templates.setCurrentRow(row)

    def _picked(self, row: int) -> None:
        # Until the person types a title of their own, the title follows the template.
        if not self._title_typed and 0 <= row < len(TEMPLATES):
            self.title_edit.setText(translate("maps", TEMPLATES[row].title))

    def kind(self) -> str:
        """The chosen kind of map."""
        item = self.templates.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else TEMPLATES[0].kind

    def result_values(self) -> tuple[str, str, dict[str, Any]]:
        """(title, kind, fields) of the map to create."""
        kind = self.kind()
        title = self.title_edit.text().strip() or translate("maps", TEMPLATES[self.templates.currentRow()].title)
        return title, kind, template_fields(kind)
