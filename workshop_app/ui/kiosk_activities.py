"""Two short kiosk activities: writing one idea for the brainstorm board, and the feedback round's quick rating.

Both speak the workshop's language (the kiosk phrasebook, English where it has none), keep nobody's name, and
clear themselves after a thank-you, or when left half-done for a while. An "Easy read" toggle at the top gives the
person bigger text and easy-read sentences (``kiosk_easy_read``) until their thank-you.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QSizePolicy,
    QStackedLayout,
    QWidget,
)

from workshop_app.core.activity_rules import MAX_IDEA
from workshop_app.errors import UserError
from workshop_app.ui.kiosk_common import (
    IDLE_SECONDS,
    THANKS_SECONDS,
    KioskPage,
    MessageScreen,
    big_button,
    button_row,
    column,
    label,
    write_in,
)
from workshop_app.ui.kiosk_easy_read import EasyRead, EasyReadToggle
from workshop_app.ui.kiosk_phrases import direction, phrase

if TYPE_CHECKING:
    from workshop_app.core.kiosk_activity import KioskActivity
    from workshop_app.core.services import Services

RATINGS = (1, 2, 3, 4, 5)


class ThankingPage(KioskPage):
    """A page with one screen to fill in and a thank-you that returns to it, cleared, after a few seconds."""

    def __init__(self, activity: KioskActivity, clock: Callable[[], float], parent: Any = None) -> None:
        super().__init__(clock, parent)
        self.activity = activity
        self._language = activity.workshop_language
        self.setLayoutDirection(direction(self._language))
        self.form = QWidget(self)
        self.thanks = MessageScreen(self, name="kioskThanks")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.thanks)
        self.thanked_at: float | None = None
        self.easy_read = EasyRead(self)
        self.easy_toggle = EasyReadToggle(self.form)
        self.easy_toggle.clicked.connect(self.set_easy_read)

    @property
    def language(self) -> str:
        return self._language

    @property
    def easy(self) -> bool:
        """Whether easy read is on for the person at the kiosk."""
        return self.easy_read.on

    def toggle_row(self) -> QHBoxLayout:
        """The "Easy read" toggle at the end of a row, for the top of the form."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.easy_toggle)
        return row

    def set_easy_read(self, on: bool) -> None:
        """Turn easy read on or off for the person at the kiosk."""
        self.touch()
        if self.easy_read.set(on):
            self.show_texts()
            self.easy_read.refresh()

    def show_texts(self) -> None:
        """Say everything in the language, in easy read when it is on (subclasses add their own texts)."""
        self.easy_toggle.setChecked(self.easy)
        self.easy_toggle.show_language(self._language)

    def phrase(self, key: str, **values: object) -> str:
        """The kiosk's sentence ``key`` in this page's language, in easy read when it is on."""
        return phrase(key, self._language, easy=self.easy, **values)

    def thank(self, text: str) -> None:
        """Clear the form and say thank you; the form comes back after ``THANKS_SECONDS``."""
        self.clear()
        self.thanks.show_texts(phrase("thanks", self._language), text)
        self.stack.setCurrentWidget(self.thanks)
        self.thanked_at = self.clock()

    def tick(self) -> None:
        if self.thanked_at is not None and self.clock() - self.thanked_at >= THANKS_SECONDS:
            self.thanked_at = None
            self.stack.setCurrentWidget(self.form)
            self.clear()
            self.set_easy_read(False)  # the next person starts with the ordinary screen
        elif self.thanked_at is None and (self.has_input() or self.easy) and self.idle_for() >= IDLE_SECONDS:
            self.clear()
            self.set_easy_read(False)

    def shut_down(self) -> None:
        self.clear()
        self.thanked_at = None
        self.stack.setCurrentWidget(self.form)
        self.set_easy_read(False)

    def clear(self) -> None:
        """Empty the form for the next person."""

    def has_input(self) -> bool:
        """Whether the person left something on the form."""
        return False


class IdeaPage(ThankingPage):
    """"Write your idea": one sticky note at a time, onto the brainstorm's board, without a name."""

    def __init__(self, services: Services, activity: KioskActivity, *, clock: Callable[[], float],
                 parent: Any = None) -> None:
        super().__init__(activity, clock, parent)
        self.brainstorm = services.brainstorm
        language = self.language
        self.form.setObjectName("kioskIdea")
        layout = column(self.form, top=1, bottom=2)
        self.heading = label("", self.form, "kioskHeading", centred=True)
        self.hint = label("", self.form, "kioskText", centred=True)
        self.field = QPlainTextEdit(self.form)
        self.field.setObjectName("kioskIdeaField")
        self.field.setTabChangesFocus(True)
        self.field.setAccessibleName(phrase("idea_title", language))
        self.field.setAccessibleDescription(phrase("idea_hint", language))
        self.problem = label("", self.form, "kioskProblem")
        self.problem.hide()
        self.send = big_button(phrase("send", language), self.form, primary=True, name="kioskSend")
        self.send.clicked.connect(self.submit)
        self.easy_read.decorate(self.send, "finish")
        self.field.textChanged.connect(self.problem.hide)
        write_in(self.field, direction(language))
        self.field.setFocus()
        self.show_texts()
        layout.addLayout(self.toggle_row())
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addLayout(button_row(self.send))

    def show_texts(self) -> None:
        super().show_texts()
        self.heading.setText(self.phrase("idea_title"))
        self.hint.setText(self.phrase("idea_hint"))

    def submit(self) -> None:
        """Put the note on the board."""
        text = self.field.toPlainText()
        if not text.strip():
            self._problem(self.phrase("idea_empty"))
            return
        if len(text.strip()) > MAX_IDEA:
            self._problem(self.phrase("too_long"))
            return
        try:
            self.brainstorm.add_idea(self.activity.id, text)
        except UserError:
            self._problem(self.phrase("trouble"))
            return
        self.thank(self.phrase("idea_sent"))

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.field.setFocus()

    def clear(self) -> None:
        self.field.clear()
        self.problem.hide()
        self.field.setFocus()

    def has_input(self) -> bool:
        return bool(self.field.toPlainText())


class FaceButton(QAbstractButton):
    """A rating as a big face and its number: 1 frowns, 3 is level, 5 smiles (readable without colour)."""

    def __init__(self, rating: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.rating = rating
        self.setObjectName("kioskFace")
        self.setCheckable(True)
        self.setText(str(rating))
        self.setAccessibleName(str(rating))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # narrower on a small screen

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()  # larger text, larger faces: the number below always fits
        return QSize(max(150, line * 7), max(190, line * 9))

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(96, line * 4), max(140, line * 7))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        checked = self.isChecked()
        painter.setPen(QPen(QColor("#174a7c" if checked else "#b8c4d0"), 5 if checked else 2))
        painter.setBrush(QColor("#dbe8f6" if checked else "#ffffff"))
        painter.drawRoundedRect(box, 18, 18)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#2f7fb8"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(7, 7, -7, -7), 12, 12)
        size = min(box.width() - 24, box.height() * 0.55)
        face = QRectF(box.center().x() - size / 2, box.top() + 14, size, size)
        painter.setPen(QPen(QColor("#1f2933"), 3))
        painter.setBrush(QColor("#ffe08a"))
        painter.drawEllipse(face)
        painter.setBrush(QColor("#1f2933"))
        eye = size * 0.07
        for x in (0.35, 0.65):
            painter.drawEllipse(QPointF(face.left() + size * x, face.top() + size * 0.38), eye, eye)
        curve = (self.rating - 3) / 2  # -1 frown ... +1 smile
        left = QPointF(face.left() + size * 0.28, face.top() + size * 0.68)
        right = QPointF(face.left() + size * 0.72, face.top() + size * 0.68)
        mouth = QPainterPath(left)
        mouth.quadTo(QPointF(face.center().x(), left.y() + curve * size * 0.22), right)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(QColor("#1f2933"), max(3.0, size * 0.05))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(mouth)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 12) * 1.9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(QRectF(box.left(), face.bottom() + 4, box.width(), box.bottom() - face.bottom() - 8),
                         Qt.AlignmentFlag.AlignCenter, str(self.rating))
        painter.end()


class FeedbackPage(ThankingPage):
    """The feedback round: how useful was it (1–5 faces), one optional comment, Send."""

    def __init__(self, services: Services, activity: KioskActivity, *, clock: Callable[[], float],
                 parent: Any = None) -> None:
        super().__init__(activity, clock, parent)
        from workshop_app.core.feedback import COMMENT, RATING, feedback_form

        self.feedback = services.feedback
        language = self.language
        form = feedback_form()
        in_form = language if language in form.languages else form.default_language
        texts = {q.name: (form.text(q.label, in_form), form.text(q.hint, in_form)) for q in form.questions}
        self.form.setObjectName("kioskFeedback")
        layout = column(self.form, top=1, bottom=2)
        layout.addLayout(self.toggle_row())
        self.heading = label(texts[RATING][0], self.form, "kioskHeading", centred=True)
        self.hint = label(texts[RATING][1], self.form, "kioskText", centred=True)
        faces = QHBoxLayout()
        faces.setSpacing(18)
        faces.addStretch(1)
        self.group = QButtonGroup(self)
        self.faces = [FaceButton(rating, self.form) for rating in RATINGS]
        for face in self.faces:
            self.group.addButton(face, face.rating)
            face.setAccessibleDescription(texts[RATING][1] or texts[RATING][0])
            faces.addWidget(face)
        faces.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.problem.hide())
        self.comment_label = label(texts[COMMENT][0], self.form, "kioskPrompt")
        self.comment = QPlainTextEdit(self.form)
        self.comment.setObjectName("kioskCommentField")
        self.comment.setTabChangesFocus(True)
        self.comment.setAccessibleName(texts[COMMENT][0])
        write_in(self.comment, direction(language))
        self.problem = label("", self.form, "kioskProblem")
        self.problem.hide()
        self.send = big_button(phrase("send", language), self.form, primary=True, name="kioskSend")
        self.send.clicked.connect(self.submit)
        self.easy_read.decorate(self.send, "finish")
        self.show_texts()
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(faces)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(self.problem)
        layout.addLayout(button_row(self.send))

    def show_texts(self) -> None:
        super().show_texts()
        self.comment.setPlaceholderText(self.phrase("comment_placeholder"))

    def rating(self) -> int | None:
        """The face picked, if any."""
        picked = self.group.checkedId()
        return picked if picked in RATINGS else None

    def submit(self) -> None:
        """Record the rating and the comment as one finished response."""
        rating = self.rating()
        if rating is None:
            self.problem.setText(self.phrase("pick_rating"))
            self.problem.show()
            return
        comment = self.comment.toPlainText()
        try:
            self.feedback.submit(self.activity.id, rating, comment, language=self.language, mode="kiosk")
        except UserError:
            self.problem.setText(self.phrase("too_long" if len(comment) > 10_000 else "trouble"))
            self.problem.show()
            return
        self.thank("")

    def clear(self) -> None:
        self.group.setExclusive(False)
        for face in self.faces:
            face.setChecked(False)
        self.group.setExclusive(True)
        self.comment.clear()
        self.problem.hide()

    def has_input(self) -> bool:
        return self.rating() is not None or bool(self.comment.toPlainText())
