"""The "Who took part" tab: missing voices first, then one chart per profile question, for a workshop or all.

The picture is computed by ``core.diversity`` (small counts already hidden); this screen only draws it. The core
and matplotlib are imported when the tab is first shown, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.workshop_rules import WorkshopSummary
from workshop_app.errors import UserError
from workshop_app.ui.inline_message import InlineMessage
from workshop_app.ui.labels import format_datetime
from workshop_app.ui.participant_commands import reporting_to
from workshop_app.ui.undo import CommandContext

if TYPE_CHECKING:
    from workshop_app.core.diversity import DiversityPicture
    from workshop_app.ui.diversity_chart import QuestionChart

# Two charts side by side once each can be this wide.
TWO_COLUMNS_FROM = 900


class DiversityView(QWidget):
    """Shows the diversity picture of the chosen workshop (or of everyone) and the targets it is judged by."""

    def __init__(self, stack: QUndoStack, context: Callable[[], CommandContext | None],
                 language: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        context = reporting_to(context, lambda text: self.message.show_message(text))
        self._stack, self._context, self._language = stack, context, language
        self._dirty = True
        self.picture: DiversityPicture | None = None
        self.charts: list[QuestionChart] = []
        self._columns = 0

        self.workshop_combo = QComboBox(self)
        self.workshop_combo.setAccessibleName(self.tr("Show who took part in"))
        self.workshop_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Long enough for most workshop titles; the combo grows with the window, and shrinks for large text.
        self.workshop_combo.setMinimumContentsLength(20)
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.targets_button = QPushButton(self.tr("&Targets…"), self)
        self.targets_button.setAccessibleName(self.tr("Set diversity targets"))
        self.targets_button.setToolTip(self.tr("Say which groups should make up at least a share of the room"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.summary = QLabel(self)
        self.summary.setObjectName("quietText")
        self.summary.setWordWrap(True)
        self.message = InlineMessage(self)

        self.voices = QFrame(self)
        self.voices.setObjectName("missingVoices")
        self.voices_heading = QLabel(self.tr("Missing voices"), self.voices)
        self.voices_heading.setObjectName("missingHeading")
        self.missing_label = QLabel(self.voices)
        self.missing_label.setObjectName("missingText")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others_label = QLabel(self.voices)
        self.others_label.setObjectName("quietText")
        self.others_label.setWordWrap(True)
        voices_layout = QVBoxLayout(self.voices)
        voices_layout.setContentsMargins(16, 12, 16, 12)
        voices_layout.setSpacing(6)
        voices_layout.addWidget(self.voices_heading)
        voices_layout.addWidget(self.missing_label)
        voices_layout.addWidget(self.others_label)

        self.chart_page = QWidget(self)
        self.chart_page.setObjectName("chartPage")
        self.chart_grid = QGridLayout(self.chart_page)
        self.chart_grid.setContentsMargins(0, 0, 0, 0)
        self.chart_grid.setSpacing(12)
        scroll = self.scroll = QScrollArea(self)
        scroll.setObjectName("chartScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("Who took part: missing voices and charts"))
        scroll.setAccessibleDescription(self.tr("Scroll with the arrow keys to read every chart"))
        inner = QWidget(scroll)
        inner.setObjectName("chartPage")
        inner_layout = QVBoxLayout(inner)
        # The charts are added after the scroll area last sized the page: the layout grows the page itself.
        inner_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        inner_layout.setContentsMargins(0, 0, 6, 0)
        inner_layout.setSpacing(12)
        inner_layout.addWidget(self.voices)
        inner_layout.addWidget(self.summary)
        inner_layout.addWidget(self.chart_page)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Who took part in"), self)
        label.setObjectName("fieldLabel")
        label.setBuddy(self.workshop_combo)
        top.addWidget(label)
        top.addWidget(self.workshop_combo, 1)
        top.addStretch(1)
        top.addWidget(self.targets_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def focus_order(self) -> list[QWidget]:
        """The tab's widgets in the order Tab visits them."""
        return [self.workshop_combo, self.targets_button, self.message.close_button]

    # -- state -----------------------------------------------------------------------------------
    def workshop_id(self) -> str | None:
        """The workshop shown, or ``None`` for everyone."""
        return self.workshop_combo.currentData()

    def set_workshops(self, workshops: list[WorkshopSummary]) -> None:
        """Fill the picker: "All workshops" first, then each workshop, newest first."""
        current = self.workshop_id()
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        self.workshop_combo.addItem(self.tr("All workshops (everyone registered)"), None)
        for workshop in workshops:
            when = format_datetime(workshop.starts_at)
            text = self.tr("{title} — {when}").format(title=workshop.title, when=when) if when else workshop.title
            self.workshop_combo.addItem(text, workshop.id)
            self.workshop_combo.setItemData(self.workshop_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = self.workshop_combo.findData(current) if current else 0
        self.workshop_combo.setCurrentIndex(max(0, index))
        self.workshop_combo.blockSignals(False)
        self.mark_dirty()

    def select_workshop(self, workshop_id: str | None) -> None:
        """Show one workshop (``None``: all)."""
        self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(workshop_id)) if workshop_id else 0)

    def mark_dirty(self) -> None:
        """The data changed: redraw now if shown, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        """Show nothing (no database)."""
        self.picture = None
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        self.workshop_combo.blockSignals(False)
        self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        """Draw on first show (matplotlib loads here) and after changes made elsewhere."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the picture again and draw it."""
        ctx = self._context()
        if ctx is None:
            return
        from workshop_app.core.diversity import diversity_picture

        try:
            picture = diversity_picture(ctx.service.participants.db, self.workshop_id(), self._language())
        except UserError as exc:
            self.message.show_message(str(exc))
            return
        self._dirty = False
        self.picture = picture
        self._show_voices(picture)
        self.summary.setText(self.tr(
            "{people} people counted. Shares are of those who answered each question. Counts under 5 show as “<5” "
            "(a hatched stub), so no one can be singled out; “≥5” is hidden so a small group cannot be worked out."
        ).format(people=picture.people))
        self._show_charts(picture)

    def _show_voices(self, picture: DiversityPicture) -> None:
        missing = picture.missing_voices
        others = [check for check in picture.targets if not check.missing]
        if not picture.targets:
            self.missing_label.setText(self.tr("No targets are set yet. Use “Targets…” to say who should be in the "
                                               "room, for example at least 15 % aged 60 or over."))
        elif missing:
            self.missing_label.setText("\n".join(f"▲ {check.sentence}" for check in missing))
        else:
            self.missing_label.setText(self.tr("No group is below its target."))
        self.voices.setProperty("missing", bool(missing))
        self.voices.style().unpolish(self.voices)
        self.voices.style().polish(self.voices)
        self.others_label.setVisible(bool(others))
        self.others_label.setText("\n".join(check.sentence for check in others))
        self.voices.setAccessibleName(self.tr("Missing voices"))
        self.voices.setAccessibleDescription(f"{self.missing_label.text()}\n{self.others_label.text()}".strip())

    def _show_charts(self, picture: DiversityPicture) -> None:
        from workshop_app.ui.diversity_chart import QuestionChart

        while len(self.charts) < len(picture.questions):
            self.charts.append(QuestionChart(self.chart_page))
        while len(self.charts) > len(picture.questions):
            chart = self.charts.pop()
            chart.hide()
            chart.deleteLater()
        for chart, question in zip(self.charts, picture.questions, strict=True):
            chart.show_question(question)
        self._layout_charts(force=True)

    def _layout_charts(self, *, force: bool = False) -> None:
        columns = 2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        for chart in self.charts:
            self.chart_grid.removeWidget(chart)
        for index, chart in enumerate(self.charts):
            self.chart_grid.addWidget(chart, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self.chart_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: Any) -> None:
        """One or two columns of charts, by the width available."""
        super().resizeEvent(event)
        if self.charts:
            self._layout_charts()

    # -- targets ---------------------------------------------------------------------------------
    def edit_targets(self) -> None:
        """Open the targets dialog; the picture is redrawn as targets change."""
        ctx = self._context()
        if ctx is None:
            return
        from workshop_app.ui.diversity_targets_dialog import TargetsDialog

        dialog = TargetsDialog(self._stack, ctx, self._language(), self)
        dialog.exec()
        self.mark_dirty()
