"""The builder's live preview: the selected question as a participant will see it, in a language of the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from workshop_app.core.forms import Question
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.builder_types import fill_language_combo
from workshop_app.ui.question_widgets import QuestionWidget, build_question_widget

# Typing a label rebuilds the preview once the typing pauses, not on every key.
REBUILD_DELAY_MS = 120


class QuestionPreview(QWidget):
    """A heading with a language switch over a card that holds the participant's widget."""

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.doc = doc
        self.question: Question | None = None
        self.shown: QuestionWidget | None = None
        heading = QLabel(self.tr("Preview"), self)
        heading.setObjectName("sectionHeading")
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Preview language"))
        self.language_combo.setToolTip(self.tr("See the question in another language of the survey"))
        self.language_combo.currentIndexChanged.connect(lambda _row: self.rebuild())
        self.card = QFrame(self)
        self.card.setObjectName("previewCard")
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(22, 20, 22, 22)
        self.empty = QLabel(self.tr("The selected question appears here as participants will see it."), self.card)
        self.empty.setObjectName("emptyText")
        self.empty.setWordWrap(True)
        self.card_layout.addWidget(self.empty)
        self.card_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("previewScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.card)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.language_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        doc.question_changed.connect(self._changed)
        doc.form_changed.connect(self._form_changed)
        doc.loaded.connect(self._form_changed)

    def language(self) -> str | None:
        """The language shown."""
        data = self.language_combo.currentData()
        return str(data) if data else None

    def set_language(self, code: str) -> None:
        """Show the preview in ``code``."""
        row = self.language_combo.findData(code)
        if row >= 0:
            self.language_combo.setCurrentIndex(row)

    def set_question(self, question: Question | None) -> None:
        """Preview ``question`` (None: nothing selected)."""
        self.question = question
        self.rebuild()

    def _changed(self, _question: Question) -> None:
        self._timer.start()

    def _form_changed(self) -> None:
        fill_language_combo(self.language_combo, self.doc.form)
        self._timer.start()

    def rebuild(self) -> None:
        """Build the participant's widget again from the question as it is now."""
        self._timer.stop()
        if self.shown is not None:
            self.card_layout.removeWidget(self.shown)
            self.shown.deleteLater()
            self.shown = None
        form, question = self.doc.form, self.question
        if form is None or question is None or not self.doc.model.contains(question):
            self.empty.show()
            return
        self.empty.hide()
        self.shown = build_question_widget(question, form, self.language(), parent=self.card)
        self.card_layout.insertWidget(0, self.shown)
