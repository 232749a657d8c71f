"""One question on the kiosk's screen: where the person is, the question (from ``question_widgets``), Back and Next.

The widget of each question is made new and thrown away after, so no answer can stay behind in it. Choices are
saved the moment they are picked; typed answers when the person pauses (and, in any case, on Next or Back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop_app.core.question_view import Progress, QuestionView
from workshop_app.ui.kiosk_common import big_button, button_row, centre, label, touch_scrolling, write_in
from workshop_app.ui.kiosk_easy_read import set_pictogram
from workshop_app.ui.kiosk_phrases import phrase
from workshop_app.ui.question_widgets import QuestionWidget, build_view_widget

TYPED = ("text", "integer", "decimal")
"""Answers typed key by key: saved after a pause rather than on every key."""
TYPING_PAUSE_MS = 1200
CHOICE_PICTOGRAM_PX = 48
SCALE_PICTOGRAM_PX = 44


class WholeBoxTaps(QObject):
    """A choice drawn as a wide box answers a tap anywhere in the box, not only on its circle and words.

    (Qt's radio buttons and check boxes react only on the indicator and the text; in the kiosk a finger on the
    empty right part of the box must count too.)
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QAbstractButton) \
                and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            if watched.rect().contains(point) and not watched.hitButton(point) and watched.isEnabled():
                if isinstance(watched, QRadioButton) and watched.isChecked():
                    return True  # tapping the picked answer again keeps it
                watched.click()
                return True
        return False


class QuestionScreen(QWidget):
    """Progress, the question, a kind message when something is missing, and Back/Next.

    ``answered`` carries the person's answer when they pick a choice or pause typing (the page saves it);
    ``next_clicked``/``back_clicked`` come from the buttons and from Enter.
    """

    answered = Signal(str)
    next_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskQuestionScreen")
        self.widget: QuestionWidget | None = None
        self.view: QuestionView | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("kioskProgress")
        self.progress.setTextVisible(False)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.position = label("", self, "kioskPosition")
        self.repeat = label("", self, "kioskRepeat")
        self.repeat.hide()
        self.card = QWidget(self)
        self.card.setObjectName("kioskCard")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(36, 30, 36, 30)
        self.card_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("kioskScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.card)
        touch_scrolling(self.scroll)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answer, not to its frame
        self.problem = label("", self, "kioskProblem")
        self.problem.hide()
        self.back = big_button("", self, name="kioskBack")
        self.next = big_button("", self, primary=True, name="kioskNext")
        self.back.clicked.connect(self.back_clicked)
        self.next.clicked.connect(self.next_clicked)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.position)
        layout.addWidget(self.progress)
        layout.addWidget(self.repeat)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addStretch(0)
        layout.addLayout(button_row(self.back, self.next))
        centre(self, inner)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._typed)
        self._taps = WholeBoxTaps(self)

    def show_question(self, view: QuestionView, language: str, progress: Progress, *,
                      pictograms: dict[str, str] | None = None) -> QuestionWidget:
        """Put ``view`` on screen in ``language`` with a fresh widget showing the answer given so far.

        ``pictograms``: pictogram names by choice code (by value on a rating scale), from ``kiosk_pictograms``.
        """
        self.clear()
        self.view = view
        self.widget = build_view_widget(view, language, parent=self.card)
        self.widget.changed.connect(self._changed)
        self.card_layout.addWidget(self.widget)
        self.card_layout.addStretch(1)
        self.widget.show()  # a child added to a shown parent appears only after the next event loop pass otherwise
        for editor in self.widget.findChildren(QPlainTextEdit):
            write_in(editor, self.layoutDirection())
        for box in self.widget.findChildren(QRadioButton) + self.widget.findChildren(QCheckBox):
            box.installEventFilter(self._taps)
        self._show_pictograms(pictograms or {})
        self.update_progress(language, progress)
        self.repeat.setText(f"{view.repeat_label} {view.instance[-1]}" if view.repeat_label and view.instance else "")
        self.repeat.setVisible(bool(self.repeat.text()))
        self.back.setText(phrase("back", language))
        self.next.setText(phrase("next", language))
        self.scroll.verticalScrollBar().setValue(0)
        self.fit_card()
        return self.widget

    def _show_pictograms(self, pictograms: dict[str, str]) -> None:
        """Each choice (or scale step) the survey gave a pictogram shows it, in the choice's own text colour."""
        if self.widget is None or not pictograms:
            return
        for button in self.widget.findChildren(QAbstractButton):
            code = button.property("code")
            scale = button.objectName() == "scaleButton"
            name = pictograms.get(str(code) if code is not None else button.text() if scale else "")
            if name:
                set_pictogram(button, name, SCALE_PICTOGRAM_PX if scale else CHOICE_PICTOGRAM_PX)

    def fit_card(self) -> None:
        """The white card as tall as its question (not the whole screen); longer questions scroll."""
        if self.widget is None:
            return
        self.card.ensurePolished()  # the kiosk's big fonts count in the height only once the style is applied
        self.widget.ensurePolished()
        width = max(self.scroll.viewport().width(), 200)
        margins = self.card_layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        layout = self.widget.layout()
        height = layout.heightForWidth(inner) if layout is not None and layout.hasHeightForWidth() else -1
        # Styled choice boxes under-report their height for a width; their minimum size does not.
        height = max(height, self.widget.minimumSizeHint().height())
        self.scroll.setMaximumHeight(height + margins.top() + margins.bottom() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_card()

    def update_progress(self, language: str, progress: Progress) -> None:
        """Skip logic may change how many questions apply after an answer."""
        position = max(progress.position, 1)
        total = max(progress.total, position)
        self.position.setText(phrase("question_of", language, n=position, total=total))
        self.progress.setRange(0, total)
        self.progress.setValue(position)
        self.progress.setAccessibleName(self.position.text())

    def value(self) -> str | None:
        """The answer on screen, or None when no question that takes one is shown."""
        if self.widget is None or self.view is None or not self.view.answerable:
            return None
        return self.widget.value()

    def show_problem(self, text: str) -> None:
        """Say kindly what keeps the person here (empty: nothing)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text and self.widget is not None:
            self.widget.focus_input()

    def clear(self) -> None:
        """Throw the question's widget away, with whatever was in it."""
        self._pause.stop()
        self.show_problem("")
        self.view = None
        while self.card_layout.count():
            item = self.card_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.widget = None

    def focus_answer(self) -> None:
        """Put the keyboard in the answer."""
        if self.widget is not None:
            self.widget.focus_input()

    def _changed(self, value: str) -> None:
        self.problem.hide()
        if self.view is not None and self.view.type in TYPED:
            self._pause.start()
        else:
            self.answered.emit(value)

    def _typed(self) -> None:
        if self.widget is not None:
            self.answered.emit(self.widget.value())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPlainTextEdit) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return  # a new line in a long answer
            (self.back_clicked if focus is self.back else self.next_clicked).emit()
            event.accept()
            return
        super().keyPressEvent(event)
