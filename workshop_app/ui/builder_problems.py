"""The builder's validation panel: what must be fixed before the survey can be saved, exported or run."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workshop_app.core.forms import FormProblem, validate_form
from workshop_app.ui.builder_document import SurveyDocument
from workshop_app.ui.layouts import keep_wrapped_height

# Validation runs once typing pauses, not on every key.
CHECK_DELAY_MS = 200


class ProblemsPanel(QWidget):
    """A heading that counts the problems and a list of them; activating one asks to show its question."""

    problem_activated = Signal(str, str)
    """(question name, field) of the problem chosen; the name is "" for the whole form."""

    def __init__(self, doc: SurveyDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.doc = doc
        self.problems: list[FormProblem] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("problemsHeading")
        self.heading.setWordWrap(True)
        keep_wrapped_height(self.heading)
        self.list = QListWidget(self)
        self.list.setObjectName("problemList")
        self.list.setAccessibleName(self.tr("Problems to fix"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(130)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        doc.stack.indexChanged.connect(lambda _index: self._timer.start())
        doc.loaded.connect(self.check)
        self.check()

    def check(self) -> list[FormProblem]:
        """Validate the form now and show what is wrong; returns the problems."""
        self._timer.stop()
        form = self.doc.form
        self.problems = validate_form(form) if form is not None else []
        self.list.clear()
        for problem in self.problems:
            item = QListWidgetItem(problem.message)
            item.setData(Qt.ItemDataRole.UserRole, (problem.question, problem.field))
            item.setToolTip(problem.message)
            self.list.addItem(item)
        count = len(self.problems)
        self.list.setVisible(count > 0)
        self.setProperty("ok", count == 0)
        if form is None:
            self.heading.clear()
        elif count == 0:
            self.heading.setText(self.tr("✓ No problems: the survey can be saved and exported."))
        elif count == 1:
            self.heading.setText(self.tr("%n problem to fix before saving", "", count))
        else:
            self.heading.setText(self.tr("%n problems to fix before saving", "", count))
        self.heading.style().unpolish(self.heading)
        self.heading.style().polish(self.heading)
        names = {}
        for problem in self.problems:
            if problem.question:
                names.setdefault(problem.question, problem.message)
        self.doc.model.set_problems(names)
        return self.problems

    def _activated(self, item: QListWidgetItem) -> None:
        name, field = item.data(Qt.ItemDataRole.UserRole)
        self.problem_activated.emit(name, field)
