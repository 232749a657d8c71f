"""The facilitator's way out of the kiosk: a big PIN pad, and a dialog to set a PIN before the first start.

These speak to the facilitator, so their words go through ``tr()`` (the app's language), not the kiosk phrasebook.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.pin import MAX_DIGITS, MIN_DIGITS, PinResult, validate_pin
from workshop_app.errors import UserError
from workshop_app.ui.kiosk_common import readable_width, scroll_body

_DIGITS = QRegularExpression(rf"\d{{0,{MAX_DIGITS}}}")


class PinPad(QWidget):
    """Digits as big keys (the keyboard works too), OK, and "back to the kiosk"; waits after wrong tries."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel(self.tr("Facilitator: enter the kiosk PIN to leave the kiosk"), self)
        self.title.setObjectName("kioskPinTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit(self)
        self.field.setObjectName("kioskPinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setValidator(QRegularExpressionValidator(_DIGITS, self.field))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(self.tr("Kiosk PIN"))
        self.field.setAccessibleDescription(self.tr("The facilitator's PIN, to leave the kiosk"))
        self.field.returnPressed.connect(self.submit)
        self.message = QLabel(self)
        self.message.setObjectName("kioskPinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.keys: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(12)
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", self.tr("OK")]
        for index, text in enumerate(labels):
            key = QPushButton(text, self)
            key.setObjectName("kioskPinOk" if index == 11 else "kioskKey")
            key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing keeps going to the field
            if index == 9:
                key.setAccessibleName(self.tr("Delete the last digit"))
                key.clicked.connect(self.field.backspace)
            elif index == 11:
                key.clicked.connect(self.submit)
            else:
                key.clicked.connect(lambda _=False, digit=text: self._type(digit))
            grid.addWidget(key, index // 3, index % 3)
            self.keys.append(key)
        for index in range(3):
            grid.setColumnStretch(index, 1)
        self.cancel = QPushButton(self.tr("Back to the kiosk"), self)
        self.cancel.setObjectName("kioskSecondary")
        self.cancel.clicked.connect(self._cancel)
        body = scroll_body(self, "kioskPinScroll")  # large text: the pad scrolls rather than being cut off
        column = QWidget(body)
        readable_width(column, 520)
        column.setMinimumWidth(min(520, column.maximumWidth()))
        inner = QVBoxLayout(column)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.field)
        inner.addWidget(self.message)
        inner.addLayout(grid)
        inner.addWidget(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer = QVBoxLayout(body)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.waiting = False

    def open(self) -> None:
        """Show the pad empty, ready for typing."""
        self.field.clear()
        if not self.waiting:
            self.message.clear()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Hand the typed PIN over (nothing while waiting after wrong tries)."""
        if self.waiting:
            return
        pin = self.field.text()
        self.field.clear()
        if pin:
            self.submitted.emit(pin)

    def show_result(self, result: PinResult) -> None:
        """Say what came of a try; a wrong one may start a wait."""
        if result.ok:
            self.message.clear()
            return
        if result.wait > 0:
            self.set_wait(result.wait)
        else:
            self.message.setText(self.tr("Wrong PIN. Try again."))

    def set_wait(self, seconds: float) -> None:
        """Disable the pad for ``seconds`` more (0 ends the wait); the kiosk calls this every second."""
        waiting = seconds > 0
        if waiting:
            self.message.setText(self.tr("Wrong PIN. Try again in {seconds} s.").format(seconds=math.ceil(seconds)))
        elif self.waiting:
            self.message.setText(self.tr("You can try again now."))
        self.waiting = waiting
        self.field.setEnabled(not waiting)
        for key in self.keys:
            key.setEnabled(not waiting)
        if not waiting and self.isVisible():
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _type(self, digit: str) -> None:
        if len(self.field.text()) < MAX_DIGITS:
            self.field.insert(digit)

    def _cancel(self) -> None:
        self.field.clear()
        self.cancelled.emit()


class NewPinDialog(QDialog):
    """Asks the facilitator for a kiosk PIN (twice) before the kiosk starts for the first time."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set a kiosk PIN"))
        text = QLabel(self.tr("Participants cannot leave the kiosk. You leave it with this PIN (press Ctrl+Shift+L "
                              "or tap the top corner of the screen five times). Use {low} to {high} digits.")
                      .format(low=MIN_DIGITS, high=MAX_DIGITS), self)
        text.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(QRegularExpressionValidator(_DIGITS, field))
        self.problem = QLabel(self)
        self.problem.setObjectName("warningText")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.first)
        form.addRow(self.tr("PIN again"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def pin(self) -> str:
        """The PIN typed."""
        return self.first.text()

    def _check(self) -> None:
        try:
            validate_pin(self.first.text())
        except UserError as problem:
            self.problem.setText(str(problem))
            return
        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two PINs are not the same."))
            return
        self.accept()


def ask_new_pin(parent: QWidget | None) -> str | None:
    """The PIN the facilitator chose, or None when they cancelled."""
    dialog = NewPinDialog(parent)
    return dialog.pin() if dialog.exec() == QDialog.DialogCode.Accepted else None
