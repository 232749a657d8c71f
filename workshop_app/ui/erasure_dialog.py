"""The question asked before erasing a participant for good: what goes, what may stay, and that it is final."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from workshop_app.core.participant_rules import ANSWER_MODES
from workshop_app.ui.layouts import fit_to_text
from workshop_app.ui.wrapping_buttons import WrapRadioButton


class ErasureDialog(QDialog):
    """Asks to confirm erasing ``code``; ``answers()`` says what happens to their answers (default: erased)."""

    def __init__(self, code: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasureDialog")
        self.setWindowTitle(self.tr("Erase {code}").format(code=code))
        fit_to_text(self)
        title = QLabel(self.tr("Erase {code} for good?").format(code=code), self)
        title.setObjectName("dialogTitle")
        goes = QLabel(self.tr(
            "This removes everything about this person: their name and contact, every consent record, their "
            "profile answers and the workshops they checked in to. Their code will not come back."), self)
        goes.setWordWrap(True)
        question = QLabel(self.tr("Their survey answers, ideas and votes:"), self)
        question.setObjectName("sectionHeading")
        question.setWordWrap(True)
        self.erase_radio = WrapRadioButton(self.tr("&Erase them too (recommended)"), self)
        self.erase_radio.setAccessibleName(self.tr("Erase their answers, ideas and votes too"))
        self.keep_radio = WrapRadioButton(self.tr("&Keep them anonymously, with no link to this person"), self)
        self.keep_radio.setAccessibleName(self.tr("Keep their answers, ideas and votes anonymously"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.erase_radio)
        self._group.addButton(self.keep_radio)
        self.erase_radio.setChecked(True)
        final = QLabel(self.tr(
            "This cannot be undone, and the undo history is cleared so the person cannot be brought back. An audit "
            "entry records when and by whom, never who was erased. Backups made before now still contain them "
            "until those backups are deleted."), self)
        final.setObjectName("warningText")
        final.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        # Named before it joins the box: a style sheet rule by name only reaches a widget not yet polished.
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setObjectName("eraseButton")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        # Cancel is the default: Enter by habit must not erase anyone.
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(goes)
        layout.addSpacing(4)
        layout.addWidget(question)
        layout.addWidget(self.erase_radio)
        layout.addWidget(self.keep_radio)
        layout.addSpacing(4)
        layout.addWidget(final)
        layout.addSpacing(6)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.cancel_button.setFocus()

    def answers(self) -> str:
        """``erase`` or ``anonymise``."""
        return ANSWER_MODES[0] if self.erase_radio.isChecked() else ANSWER_MODES[1]
