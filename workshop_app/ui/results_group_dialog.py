"""Make a group from several answers of one profile question ("Age group: 60–74 / 75 or over")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from workshop_app.core.results_rules import ProfileGroup, ProfileQuestionOption


class GroupDialog(QDialog):
    """Pick a profile question and tick the answers that make up the group."""

    def __init__(self, questions: Sequence[ProfileQuestionOption], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsGroupDialog")
        self.setWindowTitle(self.tr("Group of several answers"))
        self._questions = list(questions)
        self.question_combo = QComboBox(self)
        self.question_combo.setAccessibleName(self.tr("Profile question"))
        for question in self._questions:
            self.question_combo.addItem(question.label, question.name)
        self.choice_list = QListWidget(self)
        self.choice_list.setAccessibleName(self.tr("Answers in the group"))
        self.choice_list.setMinimumHeight(180)
        self.preview = QLabel(self)
        self.preview.setObjectName("hint")
        self.preview.setWordWrap(True)
        hint = QLabel(self.tr("People count in the group when their profile answer is one of those ticked. "
                              "People who answered anonymously are never in a group."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question_combo)
        form.addRow(self.tr("&Answers"), self.choice_list)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.question_combo.currentIndexChanged.connect(lambda _i: self._show_choices())
        self.choice_list.itemChanged.connect(lambda _item: self._update())
        self.resize(440, 420)
        self._show_choices()

    def question(self) -> ProfileQuestionOption | None:
        """The profile question chosen."""
        index = self.question_combo.currentIndex()
        return self._questions[index] if 0 <= index < len(self._questions) else None

    def set_checked(self, codes: Sequence[str]) -> None:
        """Tick the answers with these codes (and untick the others)."""
        for row in range(self.choice_list.count()):
            item = self.choice_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def codes(self) -> list[str]:
        """The codes of the ticked answers."""
        return [self.choice_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.choice_list.count())
                if self.choice_list.item(row).checkState() == Qt.CheckState.Checked]

    def group(self) -> ProfileGroup | None:
        """The group described, or ``None`` while no answer is ticked."""
        question, codes = self.question(), self.codes()
        return question.group(codes) if question is not None and codes else None

    def _show_choices(self) -> None:
        self.choice_list.blockSignals(True)
        self.choice_list.clear()
        question = self.question()
        for choice in question.choices if question else ():
            item = QListWidgetItem(choice.label, self.choice_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.choice_list.blockSignals(False)
        self._update()

    def _update(self) -> None:
        group = self.group()
        self.preview.setText(self.tr("The group will be called “{name}”.").format(name=group.label) if group
                             else self.tr("Tick at least one answer."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(group is not None)
