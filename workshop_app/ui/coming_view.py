"""A calm page for a section that is not built yet: what it will do, in a sentence or two, and nothing to click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.ui.icons import icon
from workshop_app.ui.layouts import centred_column

# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate


class ComingPage(QWidget):
    """A title, a short description and a "coming in a later version" note."""

    def __init__(self, title: str, text: str, icon_name: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingPage")
        self.title = title
        badge = QLabel(self)
        badge.setObjectName("comingIcon")
        badge.setFixedSize(QSize(88, 88))
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setPixmap(icon(icon_name).pixmap(QSize(44, 44)))
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        body = QLabel(text, self)
        body.setObjectName("comingText")
        for label in (heading, body):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        note = QLabel(self.tr("Coming in a later version."), self)
        note.setObjectName("comingBadge")
        centred_column(self, [badge, heading, body, note], keep_size=[badge, note])


def coming_pages() -> list[tuple[str, str, str, str]]:
    """(key, title, text, icon) of every section that is still to come, in navigation order."""
    return [
        (
            "participants",
            translate("coming", "Participants"),
            translate("coming", "Check people in at the door with a pseudonymous code each, and record consent "
                                "for every purpose. Names and phone numbers stay optional and are kept apart."),
            "participants",
        ),
        (
            "surveys",
            translate("coming", "Surveys"),
            translate("coming", "Build questionnaires in several languages or import them from KoboToolbox, and "
                                "let people answer on this laptop in a locked kiosk."),
            "surveys",
        ),
        (
            "maps",
            translate("coming", "Stakeholder maps"),
            translate("coming", "Place stakeholders on a power and interest grid or an ecosystem map, draw who "
                                "works with whom, and print it on A4 or A3."),
            "maps",
        ),
        (
            "results",
            translate("coming", "Results"),
            translate("coming", "See answers, ideas and votes as charts, and who took part: the diversity of the "
                                "group, never names."),
            "results",
        ),
        (
            "export",
            translate("coming", "Export"),
            translate("coming", "Save the ULG workbook for Excel, and pack workshops onto a USB stick for the ULG "
                                "secretary to merge."),
            "export",
        ),
    ]
