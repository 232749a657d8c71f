"""The Targets dialog: "at least 15 % aged 60 or over" — the shares the room should have, per group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.participant_rules import PREFER_NOT_TO_SAY, ProfileQuestionData
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.layouts import follow_font, keep_wrapped_height, scrolling_body
from workshop_app.ui.participant_commands import RemoveTarget, SetTarget, while_open
from workshop_app.ui.undo import CommandContext, execute

if TYPE_CHECKING:
    from workshop_app.core.diversity_targets import TargetData

AnyIndex = QModelIndex | QPersistentModelIndex


class TargetTableModel(QAbstractTableModel):
    """The targets set, one per row: the group, the question and the least share."""

    GROUP, QUESTION, SHARE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[TargetData, str, str]] = []

    def set_targets(self, targets: list[TargetData], questions: list[ProfileQuestionData], language: str) -> None:
        """Show ``targets``, naming groups by their label or by the answers they are made of."""
        by_name = {q.name: q for q in questions}
        rows = []
        for target in targets:
            question = by_name.get(target.question_name)
            labels = {c.code: c.label(language) for c in question.choices} if question else {}
            group = target.label(language) or " / ".join(labels.get(code, code) for code in target.codes)
            rows.append((target, group, question.label(language) if question else target.question_name))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def target(self, row: int) -> TargetData:
        """The target in ``row``."""
        return self._rows[row][0]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per target."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Group, question, least share."""
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Group"), self.tr("Question"), self.tr("At least"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each cell's text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        target, group, question = self._rows[index.row()]
        if index.column() == self.GROUP:
            return group
        if index.column() == self.QUESTION:
            return question
        return f"{round(target.min_share * 100)} %"


class TargetsDialog(QDialog):
    """Lists the targets and sets new ones; each change is undoable on the window's undo stack."""

    def __init__(self, stack: QUndoStack, ctx: CommandContext, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._stack, self._ctx, self._language = stack, ctx, language
        self._questions = ctx.service.profiles.questions()
        self.setWindowTitle(self.tr("Diversity targets"))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr("Say which groups should make up at least a share of those who took part. The "
                               "“Who took part” tab then says plainly when a group is missing."), self)
        intro.setWordWrap(True)
        keep_wrapped_height(intro)
        self.message = InlineMessage(self)
        self.model = TargetTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Targets set"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(TargetTableModel.SHARE,
                                                           QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._load_target(current.row()))
        # A few rows, more with larger text; the list scrolls beyond.
        follow_font(self.table, lambda t: (t.setMinimumHeight(4 * t.fontMetrics().lineSpacing()),
                                           t.setMaximumHeight(9 * t.fontMetrics().lineSpacing())))
        self.remove_button = QPushButton(self.tr("&Remove target"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected target"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.question_combo = QComboBox(self)
        self.question_combo.setAccessibleName(self.tr("Question the group is defined by"))
        self.question_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_combo.setMinimumContentsLength(20)
        for question in self._questions:
            self.question_combo.addItem(question.label(language), question.name)
        self.question_combo.currentIndexChanged.connect(lambda _i: self._fill_choices())
        self.choice_list = QListWidget(self)
        self.choice_list.setObjectName("choicePicker")
        follow_font(self.choice_list, lambda w: w.setMinimumHeight(5 * w.fontMetrics().lineSpacing()))
        self.choice_list.setAccessibleName(self.tr("Answers that make up the group"))
        self.share_spin = QSpinBox(self)
        self.share_spin.setRange(1, 100)
        self.share_spin.setValue(15)
        self.share_spin.setSuffix(" %")
        self.share_spin.setAccessibleName(self.tr("Least share, in per cent"))
        follow_font(self.share_spin, lambda w: w.setMaximumWidth(w.fontMetrics().horizontalAdvance("100 %") + 60))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. People over 60 (optional)"))
        self.name_edit.setAccessibleName(self.tr("Name of the group"))
        self.set_button = QPushButton(self.tr("&Set target"), self)
        self.set_button.setObjectName("primaryButton")
        self.set_button.setAccessibleName(self.tr("Set target"))
        self.set_button.clicked.connect(self.set_target)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setColumnStretch(1, 1)
        rows = ((self.tr("&Question"), self.question_combo), (self.tr("A&nswers"), self.choice_list),
                (self.tr("At &least"), self.share_spin), (self.tr("Group &name"), self.name_edit))
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text, self)
            label.setObjectName("fieldLabel")
            label.setBuddy(widget)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if widget is self.choice_list
                           else Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(widget, row, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        set_row = QHBoxLayout()
        set_row.addStretch(1)
        set_row.addWidget(self.set_button)
        heading = QLabel(self.tr("New or changed target"), self)
        heading.setObjectName("sectionHeading")
        # Everything but Close scrolls when large text makes it higher than the screen.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 16, 18, 4)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addLayout(remove_row)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addLayout(set_row)
        scroll = scrolling_body(self, body, tall=0.75)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 18, 14)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._fill_choices()
        self.refresh()

    def refresh(self) -> None:
        """Read the targets again."""
        self.model.set_targets(self._ctx.service.targets.targets(), self._questions, self._language)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def _fill_choices(self) -> None:
        self.choice_list.clear()
        name = self.question_combo.currentData()
        question = next((q for q in self._questions if q.name == name), None)
        for choice in question.choices if question else ():
            if choice.code == PREFER_NOT_TO_SAY:
                continue
            item = QListWidgetItem(choice.label(self._language), self.choice_list)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _load_target(self, row: int) -> None:
        """Put a listed target into the form, ready to be changed."""
        if not 0 <= row < self.model.rowCount():
            return
        target = self.model.target(row)
        index = self.question_combo.findData(target.question_name)
        if index < 0:
            return
        self.question_combo.setCurrentIndex(index)
        self.check_choices(list(target.codes))
        self.share_spin.setValue(round(target.min_share * 100))
        self.name_edit.setText(target.labels.get(self._language, ""))

    def check_choices(self, codes: list[str]) -> None:
        """Tick the answers with these codes (and untick the others)."""
        for row in range(self.choice_list.count()):
            item = self.choice_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_target(self) -> bool:
        """Set the target described by the form."""
        codes = [self.choice_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.choice_list.count())
                 if self.choice_list.item(r).checkState() == Qt.CheckState.Checked]
        name = self.name_edit.text().strip()
        labels = {self._language: name} if name else None
        command = SetTarget(self._report_here(), self.question_combo.currentData(), tuple(codes),
                            self.share_spin.value() / 100, labels)
        if not execute(self._stack, command):
            return False
        self.message.dismiss()
        self.name_edit.clear()
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        """Remove the selected target (or the only one)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.model.rowCount() == 1 else -1)
        if row < 0:
            self.message.show_message(self.tr("Select the target to remove."))
            return False
        ok = execute(self._stack, RemoveTarget(self._report_here(), self.model.target(row).id))
        self.refresh()
        return ok

    def _report_here(self) -> CommandContext:
        # Problems are shown in this dialog while it is open, later (an undo) on the screen.
        return while_open(self, self.message.show_message, lambda _a, _b: self.refresh(), self._ctx)
