"""A feedback round in the run window: note each person's rating (1–5) and comment as they say it; the summary.

Comments stay on this screen: the projector shows only how many gave each rating.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.workshop_rules import ActivityData
from workshop_app.errors import UserError
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.labels import format_number
from workshop_app.ui.run_events import ServiceListener
from workshop_app.ui.undo import CommandContext, ServiceCommand, execute

if TYPE_CHECKING:
    from workshop_app.core.services import Services
    from workshop_app.db.snapshots import RowSnapshot

translate = QCoreApplication.translate
RATINGS = (1, 2, 3, 4, 5)


class SubmitFeedback(ServiceCommand):
    """Record one person's rating and comment; undo removes that response, redo brings it back."""

    def __init__(self, ctx: CommandContext, activity_id: str, rating: int, comment: str) -> None:
        super().__init__(ctx, translate("feedback", "Record feedback"))
        self.activity_id, self.rating, self.comment = activity_id, rating, comment
        self.response_id: str | None = None
        self._snapshot: RowSnapshot | None = None

    def apply(self) -> None:
        services = self.ctx.service
        if self._snapshot is None:
            self.response_id = services.feedback.submit(self.activity_id, self.rating, self.comment).id
        else:
            services.responses.restore(self._snapshot)

    def revert(self) -> None:
        assert self.response_id is not None
        self._snapshot = self.ctx.service.responses.discard(self.response_id)


class FeedbackPanel(QWidget):
    """Quick entry of ratings said out loud, the kiosk for the rest, and what the round says so far."""

    kiosk_requested = Signal(str, str)

    def __init__(self, services: Services, stack: QUndoStack, report: Callable[[str], None],
                 focus: Callable[[str | None, str | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.services = services
        self.stack = stack
        self.ctx = CommandContext(services, report, focus)
        self.activity: ActivityData | None = None

        heading = QLabel(self.tr("How useful was this session? 1 = not useful, 5 = very useful"), self)
        heading.setObjectName("panelHeading")
        heading.setWordWrap(True)
        self.kiosk_button = QPushButton(self.tr("Start &kiosk"), self)
        self.kiosk_button.setAccessibleName(self.tr("Start the kiosk for the feedback round"))
        self.kiosk_button.clicked.connect(lambda: self.activity and self.kiosk_requested.emit(self.activity.id, ""))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.rating_buttons: list[QPushButton] = []
        ratings = QHBoxLayout()
        ratings.setSpacing(6)
        for rating in RATINGS:
            button = QPushButton(str(rating), self)
            button.setObjectName("ratingButton")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Rating {rating}").format(rating=rating))
            button.setToolTip(self.tr("Rating {rating} (key {rating})").format(rating=rating))
            self.group.addButton(button, rating)
            self.rating_buttons.append(button)
            ratings.addWidget(button)
            QShortcut(QKeySequence(str(rating)), self, lambda r=rating: self.pick(r),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ratings.addStretch(1)
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setPlaceholderText(self.tr("One thing to keep or change — optional; Enter saves"))
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(self.tr("Save this person's feedback"))
        self.save_button.clicked.connect(self.save)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("sectionHeading")
        self.bars: list[QProgressBar] = []
        self.bar_counts: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for row, rating in enumerate(reversed(RATINGS)):
            grid.addWidget(QLabel(str(rating), self), row, 0)
            bar = QProgressBar(self)
            bar.setObjectName("ratingBar")
            bar.setTextVisible(False)
            bar.setFixedHeight(14)
            bar.setAccessibleName(self.tr("People who gave {rating}").format(rating=rating))
            count = QLabel("0", self)
            grid.addWidget(bar, row, 1)
            grid.addWidget(count, row, 2)
            self.bars.insert(0, bar)
            self.bar_counts.insert(0, count)
        grid.setColumnStretch(1, 1)
        comments_label = QLabel(self.tr("Comments — on this screen only, never on the projector"), self)
        comments_label.setObjectName("quietText")
        comments_label.setWordWrap(True)
        self.comments = QListWidget(self)
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.kiosk_button)
        # The five ratings, the comment and Save wrap onto two lines with large text.
        rating_row = QWidget(self)
        rating_row.setLayout(ratings)
        ratings.setContentsMargins(0, 0, 0, 0)
        entry = FlowRow(spacing=8, stretch=1).add_widgets(rating_row, self.comment_edit, self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(entry)
        layout.addSpacing(6)
        layout.addWidget(self.summary_label)
        layout.addLayout(grid)
        layout.addWidget(comments_label)
        layout.addWidget(self.comments, 1)

        self.listener = ServiceListener([services.responses.changed, services.responses.answered], 300, self)
        self.listener.changed.connect(self.refresh)

    def focus_order(self) -> list[QWidget]:
        """Tab order, as the panel is read: the kiosk, the ratings, the comment, Save, the comments."""
        return [self.kiosk_button, *self.rating_buttons, self.comment_edit, self.save_button, self.comments]

    def stop(self) -> None:
        """Stop listening to the services."""
        self.listener.stop()

    def set_activity(self, activity: ActivityData) -> None:
        """Show the feedback round ``activity``."""
        self.activity = activity
        self.refresh()

    def pick(self, rating: int) -> None:
        """Choose a rating (keys 1–5) and go on to the comment."""
        self.rating_buttons[rating - 1].setChecked(True)
        self.comment_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> bool:
        """Record the chosen rating with the comment; the form empties for the next person."""
        rating = self.group.checkedId()
        if self.activity is None:
            return False
        if rating not in RATINGS:
            self.ctx.report(self.tr("Choose a rating from 1 to 5 first (keys 1–5)."))
            return False
        command = SubmitFeedback(self.ctx, self.activity.id, rating, self.comment_edit.text().strip())
        if not execute(self.stack, command):
            return False
        self.group.setExclusive(False)
        for button in self.rating_buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.comment_edit.clear()
        self.rating_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()
        return True

    def refresh(self) -> None:
        """Read the round's ratings and comments again."""
        self.listener.cancel()
        if self.activity is None:
            return
        try:
            summary = self.services.feedback.summary(self.activity.id)
        except UserError as exc:
            self.ctx.report(str(exc))
            return
        if summary.average is None:
            self.summary_label.setText(self.tr("No feedback yet"))
        else:
            self.summary_label.setText(self.tr("{count} answers · average {average}").format(
                count=summary.respondents, average=format_number(summary.average, 1)))
        top = max([1, *summary.counts])
        for bar, label, count in zip(self.bars, self.bar_counts, summary.counts, strict=True):
            bar.setRange(0, top)
            bar.setValue(count)
            label.setText(str(count))
        self.comments.clear()
        self.comments.addItems(list(summary.comments))
