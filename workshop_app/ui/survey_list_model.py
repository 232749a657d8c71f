"""The list of stored surveys (every version), and the two-line look of each row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workshop_app.core.forms import display_name
from workshop_app.ui.labels import LANGUAGE_CODES, language_label

if TYPE_CHECKING:  # imports SQLAlchemy
    from workshop_app.core.surveys import SurveySummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate


def language_names(codes: tuple[str, ...] | list[str]) -> str:
    """"English, Portuguese" for ``("en", "pt")``."""
    return ", ".join(language_label(code) if code in LANGUAGE_CODES else display_name(code) for code in codes)


def question_count(count: int) -> str:
    """"1 question", "14 questions"."""
    # Two numerus strings, so English reads right without a translation file.
    if count == 1:
        return translate("surveys", "%n question", None, count)
    return translate("surveys", "%n questions", None, count)


def response_count(count: int) -> str:
    """"1 response", "37 responses"."""
    if count == 1:
        return translate("surveys", "%n response", None, count)
    return translate("surveys", "%n responses", None, count)


def survey_details(summary: SurveySummary) -> str:
    """Two lines: "Version 2 · English, Portuguese" and "14 questions · 37 responses"."""
    return translate("surveys", "Version {version} · {languages}\n{questions} · {responses}").format(
        version=summary.version, languages=language_names(summary.languages),
        questions=question_count(summary.question_count), responses=response_count(summary.response_count))


class SurveyListModel(QAbstractListModel):
    """One row per stored survey version, by title then version (as ``SurveyService.list`` gives them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SurveySummary] = []
        self._modified: str | None = None

    def set_modified(self, survey_id: str | None) -> None:
        """Mark the survey with unsaved changes ("• " before its title), or none."""
        if survey_id == self._modified:
            return
        rows = [self.row_of(i) for i in (self._modified, survey_id)]
        self._modified = survey_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def set_rows(self, rows: list[SurveySummary]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> SurveySummary:
        """The survey of a row."""
        return self._rows[row]

    def row_of(self, survey_id: str | None) -> int:
        """The row of a survey, or -1."""
        return next((row for row, s in enumerate(self._rows) if s.id == survey_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"• {summary.title}" if summary.id == self._modified else summary.title
        if role == DETAILS_ROLE:
            return survey_details(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.title}\n{survey_details(summary)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return survey_details(summary)
        if role == ID_ROLE:
            return summary.id
        return None


class SurveyDelegate(QStyledItemDelegate):
    """The title in bold and the details below it in grey."""

    PADDING = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + self.PADDING * 2 + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = QColor("#dbe8f6") if selected else QColor("#ffffff")
        if not selected and option.state & QStyle.StateFlag.State_MouseOver:
            background = QColor("#f3f6fa")
        painter.fillRect(option.rect, background)
        if selected:
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()), QColor("#2364aa"))
        painter.setPen(QColor("#e6ebf0"))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        area = option.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)
        title_font = QFont(option.font)
        title_font.setBold(True)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(QColor("#12243a"))
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(option.font)
        painter.setPen(QColor("#52606d"))
        small = QFontMetrics(option.font)
        top = area.top() + metrics.height() + 4
        for line in str(index.data(DETAILS_ROLE) or "").splitlines():
            text = small.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRect(area.left(), top, area.width(), small.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            top += small.height() + 1
        painter.restore()
