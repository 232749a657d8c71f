"""The left side of the Surveys section: the stored surveys, New from template, XLSForm in and out, Delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from workshop_app.ui.survey_list_model import SurveyDelegate, SurveyListModel

UNDO_DELETE_MS = 20_000
"""How long "… was deleted. Undo" stays."""


class SurveyList(QListView):
    """The list of surveys; Delete asks to delete the selected one (item views eat the key before shortcuts)."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            event.accept()
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class SurveyListPane(QWidget):
    """Widgets only: the page connects the buttons and owns what they do."""

    def __init__(self, model: SurveyListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPane")
        heading = QLabel(self.tr("Surveys"), self)
        heading.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("&New from template…"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New survey from a template"))
        self.list = SurveyList(self)
        self.list.setObjectName("surveyList")
        self.list.setAccessibleName(self.tr("Surveys"))
        self.list.setModel(model)
        self.list.setItemDelegate(SurveyDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.import_button = QPushButton(self.tr("&Import XLSForm…"), self)
        self.import_button.setAccessibleName(self.tr("Import XLSForm"))
        self.import_button.setToolTip(self.tr("Add a questionnaire from KoboToolbox, ODK or another XLSForm file"))
        self.export_button = QPushButton(self.tr("E&xport XLSForm…"), self)
        self.export_button.setAccessibleName(self.tr("Export XLSForm"))
        self.export_button.setToolTip(self.tr("Save the survey as an XLSForm for KoboToolbox or ODK"))
        self.delete_button = QPushButton(self.tr("Delete survey…"), self)
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete survey"))
        self.undo_banner = QWidget(self)
        self.undo_banner.setObjectName("undoBanner")
        self.undo_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.undo_text = QLabel(self.undo_banner)
        self.undo_text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"), self.undo_banner)
        self.undo_button.setAccessibleName(self.tr("Undo deleting the survey"))
        banner = QHBoxLayout(self.undo_banner)
        banner.setContentsMargins(10, 6, 6, 6)
        banner.addWidget(self.undo_text, 1)
        banner.addWidget(self.undo_button)
        self.undo_banner.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.undo_banner.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 12, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.undo_banner)
        layout.addWidget(self.import_button)
        layout.addWidget(self.export_button)
        layout.addWidget(self.delete_button)

    def tab_order(self) -> list[QWidget]:
        """The pane's widgets in Tab order."""
        return [self.new_button, self.list, self.undo_button, self.import_button, self.export_button,
                self.delete_button]

    def offer_undo(self, text: str) -> None:
        """Say what was deleted, with an Undo button, for a while."""
        self.undo_text.setText(text)
        self.undo_banner.show()
        self._undo_timer.start(UNDO_DELETE_MS)

    def hide_undo(self) -> None:
        """Nothing to undo any more."""
        self._undo_timer.stop()
        self.undo_banner.hide()
