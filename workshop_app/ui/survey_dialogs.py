"""Dialogs of the Surveys section: unsaved changes, and what an XLSForm import brought in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget

from workshop_app.ui.layouts import fit_to_text
from workshop_app.ui.survey_list_model import language_names, question_count

if TYPE_CHECKING:  # imports SQLAlchemy
    from workshop_app.core.surveys import SurveySummary

translate = QCoreApplication.translate
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget | None, title: str, *, can_cancel: bool = True) -> str:
    """Save, Discard or (if ``can_cancel``) Cancel the unsaved changes of the survey ``title``."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("surveys", "Unsaved changes"),
                      translate("surveys", "Save the changes to “{title}”?").format(title=title),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate("surveys", "If you don't save them, the changes since the last save are lost."))
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel) if can_cancel else None
    box.setDefaultButton(save)
    box.setEscapeButton(cancel or save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is save:
        return SAVE
    if clicked is not None and clicked is discard:
        return DISCARD
    return CANCEL if can_cancel else SAVE


class ImportResultDialog(QDialog):
    """Says what was imported, and lists the warnings (types kept as notes, columns pyxform ignored)."""

    def __init__(self, summary: SurveySummary, warnings: list[str], filename: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResultDialog")
        self.setWindowTitle(self.tr("XLSForm imported"))
        heading = QLabel(self.tr("“{title}” is now in your surveys").format(title=summary.title), self)
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        details = QLabel(self.tr("From {file}: version {version}, {questions}, in {languages}.").format(
            file=filename, version=summary.version, questions=question_count(summary.question_count),
            languages=language_names(summary.languages)), self)
        details.setWordWrap(True)
        self.warnings = QListWidget(self)
        self.warnings.setObjectName("warningList")
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.setWordWrap(True)
        self.warnings.addItems(warnings)
        # Two strings, so English reads right without a translation file.
        note = self.tr("One thing to know:") if len(warnings) == 1 else self.tr("%n things to know:", "",
                                                                                  len(warnings))
        warning_heading = QLabel(note, self)
        warning_heading.setObjectName("sectionHeading")
        for widget in (warning_heading, self.warnings):
            widget.setVisible(bool(warnings))
        self.warning_texts = list(warnings)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(details)
        layout.addWidget(warning_heading)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(buttons)
        fit_to_text(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
