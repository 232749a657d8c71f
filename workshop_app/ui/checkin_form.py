"""The registration form at the door: made for the keyboard, Enter registers, then it is ready for the next person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.participant_rules import (
    BE_CONTACTED,
    MAX_CONTACT,
    PHOTOS,
    PURPOSES,
    TAKE_PART,
    ProfileQuestionData,
    ProfileValue,
)
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.profile_form import ProfileForm
from workshop_app.ui.wrapping_buttons import WrapCheckBox

# Long enough for a pasted paragraph to reach the service, which then says how long a name may be.
MAX_TYPED = 20_000


class CheckinForm(QFrame):
    """Optional name and contact, consent per purpose ("take part" ticked), optional profile; Enter submits.

    Return or Enter in any field (a checkbox, a choice list) reaches this frame, which emits ``submitted``.
    """

    submitted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorForm")
        heading = QLabel(self.tr("Register someone new"), self)
        heading.setObjectName("sectionHeading")
        heading.setWordWrap(True)
        hint = QLabel(self.tr("Everything is optional except the consent. Press Enter to register."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.name_edit = self._door_field(self.tr("Name (optional, personal data)"),
                                          self.tr("Name — optional"))
        self.contact_edit = self._door_field(self.tr("Phone or e-mail (optional, personal data)"),
                                             self.tr("Phone or e-mail — optional"))
        self.contact_edit.setMaxLength(max(MAX_TYPED, MAX_CONTACT))
        texts = {
            TAKE_PART: self.tr("&Takes part (needed to answer surveys)"),
            BE_CONTACTED: self.tr("May be &contacted again"),
            PHOTOS: self.tr("Agrees to appear in &photos"),
        }
        self.consent_boxes: dict[str, QCheckBox] = {}
        for purpose in PURPOSES:
            box = WrapCheckBox(texts[purpose], self)
            box.setAccessibleName(texts[purpose].replace("&", ""))
            self.consent_boxes[purpose] = box
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("disclosure")
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setText(self.tr("About them (optional profile questions)"))
        self.more_button.setAccessibleName(self.tr("Show the optional profile questions"))
        self.more_button.toggled.connect(self._toggle_profile)
        self.profile = ProfileForm(self, columns=2)
        self.profile.hide()
        self.register_button = QPushButton(self.tr("Register  ⏎"), self)
        self.register_button.setObjectName("primaryButton")
        self.register_button.setAccessibleName(self.tr("Register"))
        self.register_button.setToolTip(self.tr("Register and check in (Enter)"))
        self.register_button.clicked.connect(self.submitted)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(6)
        for column, (text, edit) in enumerate(((self.tr("&Name"), self.name_edit),
                                               (self.tr("Phone or &e-mail"), self.contact_edit))):
            label = QLabel(text, self)
            label.setObjectName("fieldLabel")
            label.setBuddy(edit)
            fields.addWidget(label, 0, column)
            fields.addWidget(edit, 1, column)
        # Rows that wrap onto more lines with large text or a long translation.
        consent_label = QLabel(self.tr("Consent:"), self)
        consent_label.setObjectName("fieldLabel")
        consent_row = FlowRow(spacing=18).add_widgets(consent_label, *self.consent_boxes.values())
        bottom = FlowRow(push_right_from=1).add_widgets(self.more_button, self.register_button)
        top = FlowRow().add_widgets(heading, hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(top)
        layout.addLayout(fields)
        layout.addWidget(consent_row)
        layout.addWidget(bottom)
        layout.addWidget(self.profile)
        self.reset()

    def _door_field(self, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName("doorField")
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(MAX_TYPED)
        edit.setClearButtonEnabled(True)
        return edit

    def focus_order(self) -> list[QWidget]:
        """Name, contact, the consents, the profile toggle, the profile questions, Register."""
        return [self.name_edit, self.contact_edit, *self.consent_boxes.values(), self.more_button,
                *self.profile.focus_order(), self.register_button]

    # -- values ----------------------------------------------------------------------------------
    def set_questions(self, questions: list[ProfileQuestionData], language: str) -> None:
        """The profile questions offered under "About them"."""
        self.profile.set_questions(questions, language)

    def values(self) -> dict[str, Any]:
        """What was typed and ticked, as ``ParticipantService.register`` takes it."""
        profile: dict[str, ProfileValue] = self.profile.values()
        return {
            "name": self.name_edit.text(),
            "contact": self.contact_edit.text(),
            "consents": [p for p, box in self.consent_boxes.items() if box.isChecked()],
            "profile": profile,
        }

    def reset(self) -> None:
        """Empty the form for the next person: "take part" ticked, the rest not, the cursor in the name."""
        self.name_edit.clear()
        self.contact_edit.clear()
        for purpose, box in self.consent_boxes.items():
            box.setChecked(purpose == TAKE_PART)
        self.profile.clear()
        self.more_button.setChecked(False)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keys ------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter anywhere in the form registers (fields pass Return on to their parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _toggle_profile(self, shown: bool) -> None:
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.profile.setVisible(shown)
