"""New survey from a template: pick one of the shipped questionnaires, look at its questions in a language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from workshop_app.core.forms import Form, Question
from workshop_app.core.survey_templates import fresh_form_id
from workshop_app.core.survey_templates import load_template as load_shipped_template
from workshop_app.errors import UserError
from workshop_app.ui.appearance import paint_colours
from workshop_app.ui.builder_types import question_icon
from workshop_app.ui.layouts import fit_to_text, follow_font

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Template:
    """A survey template shipped in ``resources/templates`` ("" for the blank survey)."""

    key: str
    title: str
    text: str


TEMPLATES = (
    Template("ulg_workshop_feedback", QT_TRANSLATE_NOOP("templates", "ULG workshop feedback"),
             QT_TRANSLATE_NOOP("templates", "At the end of a workshop: was it useful, did people feel heard, could "
                                            "they follow, what to improve.")),
    Template("needs_assessment", QT_TRANSLATE_NOOP("templates", "Neighbourhood needs assessment"),
             QT_TRANSLATE_NOOP("templates", "What a neighbourhood needs most, which services people use and what "
                                            "keeps them from taking part.")),
    Template("training_evaluation", QT_TRANSLATE_NOOP("templates", "Training evaluation"),
             QT_TRANSLATE_NOOP("templates", "After a training: objectives, pace, the trainer, and what people "
                                            "learned.")),
    Template("", QT_TRANSLATE_NOOP("templates", "Blank survey"),
             QT_TRANSLATE_NOOP("templates", "Start with one question and build the rest yourself.")),
)


def load_template(key: str) -> Form:
    """The form of a template; the blank survey (in the app's language) for ``""``."""
    if not key:
        return Form("survey", translate("templates", "New survey"),
                    [Question("question_1", "text", {"en": translate("templates", "New question")})],
                    languages=["en"], default_language="en", language_names={"en": "English"})
    return load_shipped_template(key)


class TemplateDelegate(QStyledItemDelegate):
    """A template as a card: its name in bold, what it is for below, wrapped."""

    PADDING = 10
    WIDTH = 280
    """The card's width at the normal text size; it grows with the text (``width``)."""

    @classmethod
    def width(cls, metrics: QFontMetrics) -> int:
        """About 18 times the text height wide, never narrower than ``WIDTH``: the cards grow with the text."""
        return max(cls.WIDTH, 18 * metrics.height())

    def _text_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        area = self._text_rect(QRect(0, 0, self.width(metrics), 1000))
        text = metrics.boundingRect(area, int(Qt.TextFlag.TextWordWrap), str(index.data(Qt.ItemDataRole.ToolTipRole)))
        return QSize(self.width(metrics), metrics.height() + 4 + text.height() + self.PADDING * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        colours = paint_colours()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(option.rect, QColor(colours.selected if selected else colours.surface))
        if selected:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                             QColor(colours.accent))
        painter.setPen(QColor(colours.line))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        area = self._text_rect(option.rect)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(colours.selected_text if selected else colours.text))
        height = QFontMetrics(bold).height()
        title = QFontMetrics(bold).elidedText(str(index.data()), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top(), area.width(), height), int(Qt.AlignmentFlag.AlignLeft),
                         title)
        painter.setFont(option.font)
        painter.setPen(QColor(colours.selected_text if selected else colours.muted))
        painter.drawText(area.adjusted(0, height + 4, 0, 0), int(Qt.TextFlag.TextWordWrap),
                         str(index.data(Qt.ItemDataRole.ToolTipRole)))
        painter.restore()


class TemplateDialog(QDialog):
    """Pick a template, see its questions in a language, give the new survey a title."""

    def __init__(self, taken_ids: set[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("New survey from a template"))
        self.taken_ids = taken_ids
        self.form: Form | None = None
        self.templates = QListWidget(self)
        self.templates.setObjectName("templateList")
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.setItemDelegate(TemplateDelegate(self.templates))
        for template in TEMPLATES:
            item = QListWidgetItem(translate("templates", template.title))
            item.setToolTip(translate("templates", template.text))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.templates.addItem(item)
        follow_font(self.templates, lambda w: w.setFixedWidth(
            TemplateDelegate.width(w.fontMetrics()) + w.verticalScrollBar().sizeHint().width() + 4))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language of the preview"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the new survey"))
        self.questions = QTreeWidget(self)
        self.questions.setObjectName("templateQuestions")
        self.questions.setAccessibleName(self.tr("Questions of the template"))
        self.questions.setHeaderHidden(True)
        self.questions.setWordWrap(True)
        self.questions.setIconSize(QSize(20, 20))
        self.questions.setRootIsDecorated(False)
        self.problem = QLabel(self)
        self.problem.setObjectName("expressionProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        heading = QLabel(self.tr("Start from a questionnaire that works, then adapt it."), self)
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        fields = QFormLayout()
        fields.addRow(self.tr("&Title"), self.title_edit)
        fields.addRow(self.tr("&Show in"), self.language_combo)
        right = QVBoxLayout()
        right.addLayout(fields)
        right.addWidget(self.questions, 1)
        right.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.templates)
        row.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create survey"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.title_edit, self.language_combo)  # as they stand, the title first
        self.resize(860, 520)
        fit_to_text(self, 56)  # wider with larger text, so the preview keeps room beside the templates
        self.templates.currentRowChanged.connect(self._picked)
        self.language_combo.currentIndexChanged.connect(lambda _row: self._show_questions())
        self.templates.setCurrentRow(0)

    def pick(self, key: str) -> None:
        """Select the template ``key``."""
        row = next((i for i, t in enumerate(TEMPLATES) if t.key == key), 0)
        self.templates.setCurrentRow(row)

    def _picked(self, row: int) -> None:
        template = TEMPLATES[row] if 0 <= row < len(TEMPLATES) else TEMPLATES[0]
        try:
            self.form = load_template(template.key)
        except UserError as exc:
            self.form = None
            self.problem.setText(str(exc))
        self.problem.setVisible(self.form is None)
        self.create_button.setEnabled(self.form is not None)
        self.title_edit.setText(self.form.title if self.form is not None else "")
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code in self.form.languages if self.form is not None else []:
            self.language_combo.addItem(self.form.language_name(code), code)
        self.language_combo.blockSignals(False)
        self._show_questions()

    def _show_questions(self) -> None:
        self.questions.clear()
        form = self.form
        if form is None:
            return
        language = self.language_combo.currentData()
        pending: list[tuple[Question, QTreeWidget | QTreeWidgetItem]] = [(q, self.questions) for q in form.questions]
        while pending:
            question, parent = pending.pop(0)
            item = QTreeWidgetItem(parent, [form.text(question.label, language) or question.name])
            item.setIcon(0, question_icon(question))
            item.setToolTip(0, item.text(0))
            pending[0:0] = [(child, item) for child in question.children]
        self.questions.expandAll()

    def result_form(self) -> Form | None:
        """The new survey's form (its own id, the title typed), once accepted."""
        if self.form is None:
            return None
        form = self.form
        form.title = self.title_edit.text().strip() or form.title
        form.form_id = fresh_form_id(form.form_id, self.taken_ids)
        return form
