"""Set, change or remove the workshop's kiosk PIN (4–8 digits): the code that lets the facilitator out of the kiosk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from workshop_app.errors import UserError

if TYPE_CHECKING:
    from workshop_app.core.kiosk_pins import KioskPinService

MIN_DIGITS, MAX_DIGITS = 4, 8


class KioskPinDialog(QDialog):
    """Two masked fields (the PIN twice); OK stores its hash, "Remove PIN" clears it."""

    def __init__(self, pins: KioskPinService, workshop_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.pins = pins
        self.workshop_id = workshop_id
        has_pin = pins.has_kiosk_pin(workshop_id)
        self.setWindowTitle(self.tr("Change kiosk PIN") if has_pin else self.tr("Set kiosk PIN"))
        intro = QLabel(self.tr("The kiosk asks for this PIN before it lets anyone leave it. Choose {low} to {high} "
                               "digits that participants will not guess.").format(low=MIN_DIGITS, high=MAX_DIGITS),
                       self)
        intro.setWordWrap(True)
        validator = QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_DIGITS}}}"), self)
        self.pin_edit = self._pin_field(self.tr("New PIN"), validator)
        self.again_edit = self._pin_field(self.tr("New PIN again"), validator)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("warningText")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&PIN"), self.pin_edit)
        form.addRow(self.tr("&Again"), self.again_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remove_button: QPushButton | None = None
        if has_pin:
            self.remove_button = self.buttons.addButton(self.tr("&Remove PIN"),
                                                        QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.setAccessibleName(self.tr("Remove the kiosk PIN"))
            self.remove_button.clicked.connect(self.remove)
        for button in self.buttons.buttons():
            if not button.accessibleName():
                button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _pin_field(self, name: str, validator: QRegularExpressionValidator) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setValidator(validator)
        edit.setMaxLength(MAX_DIGITS)
        edit.setAccessibleName(name)
        return edit

    def _problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> bool:
        """Store the PIN if both fields agree and it has 4–8 digits."""
        pin = self.pin_edit.text()
        if not (MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isdigit()):
            self._problem(self.tr("A PIN has {low} to {high} digits.").format(low=MIN_DIGITS, high=MAX_DIGITS))
            return False
        if pin != self.again_edit.text():
            self._problem(self.tr("The two PINs are not the same. Type it again in both fields."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return False
        try:
            self.pins.set_kiosk_pin(self.workshop_id, pin)
        except UserError as exc:
            self._problem(str(exc))
            return False
        self.accept()
        return True

    def remove(self) -> None:
        """Clear the PIN (the kiosk will not start again until one is set)."""
        self.pins.clear_kiosk_pin(self.workshop_id)
        self.done(2)
