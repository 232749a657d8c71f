"""Consent per purpose in the participant panel: where the person stands, a button to change it, and the history."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workshop_app.core.participant_rules import (
    BE_CONTACTED,
    PHOTOS,
    PURPOSES,
    TAKE_PART,
    ConsentRecord,
    ConsentState,
)
from workshop_app.ui.labels import format_datetime
from workshop_app.ui.layouts import follow_font

PURPOSE_NAMES = {
    TAKE_PART: QT_TRANSLATE_NOOP("consent", "Take part"),
    BE_CONTACTED: QT_TRANSLATE_NOOP("consent", "Be contacted"),
    PHOTOS: QT_TRANSLATE_NOOP("consent", "Appear in photos"),
}


def purpose_name(purpose: str) -> str:
    """The name of a consent purpose, e.g. "Appear in photos"."""
    return QCoreApplication.translate("consent", PURPOSE_NAMES.get(purpose, purpose))


def record_sentence(record: ConsentRecord) -> str:
    """One line of the history: what was given (and withdrawn), when and by whom."""
    given = QCoreApplication.translate("consent", "{purpose}: given {when} (recorded by {who})").format(
        purpose=purpose_name(record.purpose), when=format_datetime(record.given_at),
        who=record.recorded_by or "—")
    if record.withdrawn_at is None:
        return given
    return QCoreApplication.translate("consent", "{given}; withdrawn {when} (recorded by {who})").format(
        given=given, when=format_datetime(record.withdrawn_at), who=record.withdrawn_recorded_by or "—")


def state_sentence(state: ConsentState) -> str:
    """Where the person stands on one purpose now."""
    latest = state.latest
    if latest is None:
        return QCoreApplication.translate("consent", "Not given")
    if latest.withdrawn_at is not None:
        return QCoreApplication.translate("consent", "Withdrawn {when}").format(
            when=format_datetime(latest.withdrawn_at))
    return QCoreApplication.translate("consent", "Given {when}").format(when=format_datetime(latest.given_at))


class ConsentPanel(QWidget):
    """Three rows (take part, be contacted, photos) with Give/Withdraw, then every record as history."""

    give_requested = Signal(str)
    withdraw_requested = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentPanel")
        self._states: dict[str, ConsentState] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        self.status_labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, purpose in enumerate(PURPOSES):
            name = QLabel(purpose_name(purpose), self)
            name.setObjectName("consentPurpose")
            status = QLabel(self)
            status.setObjectName("consentStatus")
            status.setWordWrap(True)
            button = QPushButton(self)
            button.setText(self.tr("Record consent"))
            # As wide as the longer of its two texts, so the column does not jump when consent changes. (The texts
            # are bound now: a sizing function that held the panel would make a cycle PySide collects badly.)
            follow_font(button, partial(_fit_texts, texts=(self.tr("Record consent"), self.tr("Withdraw"))))
            button.setAccessibleName(self.tr("{purpose}: record consent").format(purpose=purpose_name(purpose)))
            button.clicked.connect(lambda _c=False, p=purpose: self._clicked(p))
            # The state under the purpose, the button beside both: narrow enough for large text.
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(name)
            cell.addWidget(status)
            grid.addLayout(cell, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.status_labels[purpose], self.buttons[purpose] = status, button
        self.history = QLabel(self)
        self.history.setObjectName("quietText")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setAccessibleName(self.tr("Consent history"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.history)

    def set_consent(self, states: dict[str, ConsentState], history: list[ConsentRecord]) -> None:
        """Show the current states and the full history (withdrawn records included)."""
        self._states = dict(states)
        for purpose in PURPOSES:
            state = states.get(purpose, ConsentState(purpose))
            status = self.status_labels[purpose]
            status.setText(state_sentence(state))
            status.setProperty("state", state.status)
            status.style().unpolish(status)
            status.style().polish(status)
            button = self.buttons[purpose]
            if state.active:
                button.setText(self.tr("Withdraw"))
                button.setAccessibleName(self.tr("{purpose}: withdraw consent").format(purpose=purpose_name(purpose)))
            else:
                button.setText(self.tr("Record consent"))
                button.setAccessibleName(self.tr("{purpose}: record consent").format(purpose=purpose_name(purpose)))
        if history:
            lines = [record_sentence(r) for r in reversed(history)]
            self.history.setText(self.tr("History (newest first):") + "\n" + "\n".join(lines))
        else:
            self.history.setText(self.tr("No consent recorded yet."))

    def focus_order(self) -> list[QWidget]:
        """The buttons, in purpose order."""
        return [self.buttons[p] for p in PURPOSES]

    def _clicked(self, purpose: str) -> None:
        state = self._states.get(purpose)
        if state is not None and state.active:
            self.withdraw_requested.emit(purpose)
        else:
            self.give_requested.emit(purpose)


def _fit_texts(button: QWidget, *, texts: tuple[str, ...]) -> None:
    """Wide enough for the longest of ``texts`` at the text size in force."""
    button.setMinimumWidth(max(button.fontMetrics().horizontalAdvance(text) for text in texts) + 36)
