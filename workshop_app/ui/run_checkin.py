"""Check-in from the run view: the main window's Participants › Check-in for this workshop, or a small list.

Registering people (consent, code, profile) is the Participants section's job; the run view only takes the
facilitator there, set to this workshop. Without a main window (a run window opened on its own) it shows
who is checked in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from workshop_app.ui.labels import format_time

if TYPE_CHECKING:
    from workshop_app.core.participants import ParticipantService


def show_checkin_in_main_window(window: QWidget | None, workshop_id: str) -> bool:
    """Switch the main window to Participants › Check-in for ``workshop_id``; False when there is no such page."""
    pages = getattr(window, "section_pages", None)
    if window is None or pages is None:
        return False
    page = next((p for p in pages if type(p).__name__ == "ParticipantsPage"), None)
    if page is None:
        return False
    if page.checkin.workshop_combo.findData(workshop_id) < 0:
        page.refresh_workshops()
    combo = page.checkin.workshop_combo
    index = combo.findData(workshop_id)
    if index >= 0:
        combo.setCurrentIndex(index)
    window.show_section(window.pages.indexOf(page))
    page.tabs.setCurrentWidget(page.checkin)
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    return True


class CheckinListDialog(QDialog):
    """Who is checked in to a workshop (codes and times only)."""

    def __init__(self, participants: ParticipantService, workshop_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checked in"))
        people = participants.attendance(workshop_id)
        heading = QLabel(self.tr("Checked in: {count}").format(count=len(people)), self)
        heading.setObjectName("sectionHeading")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People checked in"))
        for person in people:
            self.list.addItem(self.tr("{code} — {time}").format(code=person.code,
                                                                time=format_time(person.checked_in_at)))
        note = QLabel(self.tr("Register people and record their consent in Participants › Check-in."), self)
        note.setObjectName("quietText")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(360, 420)
