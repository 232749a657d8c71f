"""The voluntary profile questions as a small form: one choice list per question, and own words where invited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from workshop_app.core.participant_rules import MAX_OWN_WORDS, ProfileQuestionData, ProfileValue

# Long questions wrap here, leaving the answers room to be read whole.
LABEL_WIDTH = 210
LABEL_MIN_WIDTH = 150


class ProfileForm(QWidget):
    """Shows ``questions`` with the answers given to ``set_values``; ``answer_changed`` reports each change.

    Every list starts with "Not answered" (nothing recorded) and ends with the question's own "Prefer not to say".
    """

    answer_changed = Signal(str, object)
    """(question name, ``ProfileValue`` or ``None``) when the person picks an answer or finishes own words."""

    def __init__(self, parent: Any = None, *, columns: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("profileForm")
        self._columns = max(1, columns)
        self._questions: list[ProfileQuestionData] = []
        self._combos: dict[str, QComboBox] = {}
        self._own: dict[str, QLineEdit] = {}
        self._loading = False
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(8)
        for column in range(self._columns):
            self._grid.setColumnStretch(column * 2 + 1, 1)
            self._grid.setColumnMinimumWidth(column * 2, LABEL_MIN_WIDTH)

    # -- building --------------------------------------------------------------------------------
    def set_questions(self, questions: list[ProfileQuestionData], language: str) -> None:
        """Rebuild the form for ``questions``, keeping answers already chosen where they still fit."""
        kept = self.values()
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._questions = list(questions)
        self._combos.clear()
        self._own.clear()
        for index, question in enumerate(self._questions):
            row, column = divmod(index, self._columns)
            column *= 2
            label = QLabel(question.label(language), self)
            label.setObjectName("fieldLabel")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            label.setMaximumWidth(LABEL_WIDTH)
            combo = QComboBox(self)
            combo.setAccessibleName(question.label(language))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(self.tr("Not answered"), None)
            for choice in question.choices:
                combo.addItem(choice.label(language), choice.code)
                combo.setItemData(combo.count() - 1, choice.label(language), Qt.ItemDataRole.ToolTipRole)
            combo.activated.connect(lambda _i, name=question.name: self._picked(name))
            label.setBuddy(combo)
            self._grid.addWidget(label, row * 2, column)
            self._grid.addWidget(combo, row * 2, column + 1)
            self._combos[question.name] = combo
            if any(choice.own_words for choice in question.choices):
                own = QLineEdit(self)
                own.setMaxLength(MAX_OWN_WORDS)
                own.setPlaceholderText(self.tr("In their own words (optional)"))
                own.setAccessibleName(self.tr("{question}: in their own words").format(
                    question=question.label(language)))
                own.editingFinished.connect(lambda name=question.name: self._own_finished(name))
                own.hide()
                self._grid.addWidget(own, row * 2 + 1, column + 1)
                self._own[question.name] = own
        self.set_values(kept)

    def focus_order(self) -> list[QWidget]:
        """The form's fields in the order Tab visits them."""
        order: list[QWidget] = []
        for question in self._questions:
            order.append(self._combos[question.name])
            if question.name in self._own:
                order.append(self._own[question.name])
        return order

    def combo(self, question_name: str) -> QComboBox:
        """The choice list of a question (for tests and focus)."""
        return self._combos[question_name]

    def own_words_edit(self, question_name: str) -> QLineEdit | None:
        """The own-words field of a question that invites them."""
        return self._own.get(question_name)

    # -- values ----------------------------------------------------------------------------------
    def value(self, question_name: str) -> ProfileValue | None:
        """The answer shown for a question, or ``None`` when not answered."""
        combo = self._combos.get(question_name)
        if combo is None or combo.currentData() is None:
            return None
        own = self._own.get(question_name)
        code = str(combo.currentData())
        text = own.text().strip() if own is not None and self._invites_own_words(question_name, code) else ""
        return ProfileValue(code, text)

    def values(self) -> dict[str, ProfileValue]:
        """Every answer shown, by question name (unanswered questions are absent)."""
        found = {name: self.value(name) for name in self._combos}
        return {name: value for name, value in found.items() if value is not None}

    def set_values(self, profile: dict[str, ProfileValue]) -> None:
        """Show these answers (questions not in ``profile`` show "Not answered")."""
        self._loading = True
        try:
            for name, combo in self._combos.items():
                value = profile.get(name)
                index = combo.findData(value.code) if value is not None else 0
                combo.setCurrentIndex(max(0, index))
                own = self._own.get(name)
                if own is not None:
                    own.setText(value.text if value is not None else "")
                    own.setModified(False)
                self._show_own(name)
        finally:
            self._loading = False

    def clear(self) -> None:
        """Every question back to "Not answered"."""
        self.set_values({})

    def commit_pending(self) -> None:
        """Report own words typed but not yet finished."""
        for name, own in self._own.items():
            if own.isModified():
                self._own_finished(name)

    # -- reacting --------------------------------------------------------------------------------
    def _invites_own_words(self, question_name: str, code: str) -> bool:
        question = next((q for q in self._questions if q.name == question_name), None)
        return question is not None and any(c.code == code and c.own_words for c in question.choices)

    def _show_own(self, name: str) -> None:
        own = self._own.get(name)
        if own is not None:
            data = self._combos[name].currentData()
            own.setVisible(data is not None and self._invites_own_words(name, str(data)))

    def _picked(self, name: str) -> None:
        self._show_own(name)
        if not self._loading:
            self.answer_changed.emit(name, self.value(name))

    def _own_finished(self, name: str) -> None:
        own = self._own[name]
        if self._loading or not own.isModified():
            return
        own.setModified(False)
        self.answer_changed.emit(name, self.value(name))
