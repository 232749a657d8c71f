"""The countdown as the facilitator sees it (clock, start/pause, more time, reset) and the clock the projector shows.

The widgets only draw a ``TimerState`` and say what was asked; the run window owns the timers (``RunSession``).
The style sheet colours the clock by its ``state`` property: amber in the last minute, a soft red once over.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from workshop_app.core.timer import TimerState
from workshop_app.ui.flow_row import FlowRow

WARNING_SECONDS = 60
PULSES = 6
PULSE_MS = 380


def timer_look(state: TimerState | None) -> str:
    """The clock's ``state`` property: idle, running, paused, warning (last minute) or over."""
    if state is None:
        return "idle"
    if state.finished:
        return "over"
    if state.remaining <= WARNING_SECONDS and (state.running or state.remaining < state.duration):
        return "warning"
    if state.running:
        return "running"
    return "paused" if state.remaining < state.duration else "idle"


def set_style_property(widget: QWidget, name: str, value: Any) -> None:
    """Change a property the style sheet selects on, and restyle the widget."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TimerClock(QLabel):
    """A large ``mm:ss`` clock coloured by how much time is left."""

    def __init__(self, parent: Any = None, *, object_name: str = "timerClock") -> None:
        super().__init__("--:--", parent)
        self.setObjectName(object_name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("state", "idle")
        self.setProperty("pulse", False)
        self.setAccessibleName(self.tr("Time left"))

    def show_state(self, state: TimerState | None) -> None:
        """Draw ``state`` (None: no timer, e.g. an empty agenda)."""
        text = state.text if state is not None else "--:--"
        if self.text() != text:
            self.setText(text)
        look = timer_look(state)
        if look == "over":
            description = self.tr("Time is up, {clock} over").format(clock=text.lstrip("-"))
        else:
            description = self.tr("{clock} left").format(clock=text)
        self.setAccessibleDescription(description)
        set_style_property(self, "state", look)


class TimerPanel(QWidget):
    """The run window's timer bar: what is on, the clock, and the buttons; a gentle pulse when time runs out."""

    toggle_requested = Signal()
    add_requested = Signal(int)
    reset_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("timerKind")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("timerTitle")
        self.title_label.setWordWrap(True)
        self.clock = TimerClock(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("timerBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Share of the time left"))
        self.start_button = self._button(self.tr("Start"), self.tr("Start or pause the timer (Space)"), "primaryButton")
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.start_button.clicked.connect(self.toggle_requested)
        self.plus_one = self._button(self.tr("+1 min"), self.tr("One more minute (+)"))
        self.plus_one.setAccessibleName(self.tr("Add one minute"))
        self.plus_one.clicked.connect(lambda: self.add_requested.emit(1))
        self.plus_five = self._button(self.tr("+5 min"), self.tr("Five more minutes (Shift++)"))
        self.plus_five.setAccessibleName(self.tr("Add five minutes"))
        self.plus_five.clicked.connect(lambda: self.add_requested.emit(5))
        self.reset_button = self._button(self.tr("Reset"), self.tr("Back to the planned time, stopped"))
        self.reset_button.setAccessibleName(self.tr("Reset the timer"))
        self.reset_button.clicked.connect(self.reset_requested)

        titles = QWidget(self)
        words = QVBoxLayout(titles)
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.kind_label)
        words.addWidget(self.title_label)
        words.addStretch(1)
        clock_column = QWidget(self)
        clock = QVBoxLayout(clock_column)
        clock.setContentsMargins(0, 0, 0, 0)
        clock.setSpacing(4)
        clock.addWidget(self.clock)
        clock.addWidget(self.bar)
        button_row = QWidget(self)
        buttons = QHBoxLayout(button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        for button in (self.start_button, self.plus_one, self.plus_five, self.reset_button):
            buttons.addWidget(button)
        # One line: what is on, the clock, the buttons; with large text the buttons wrap below.
        row = FlowRow(titles, clock_column, button_row, parent=self, spacing=18, stretch=0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(row)

        self._pulses_left = 0
        self._pulse_timer = QTimer(self)
        self._pulse_timer.setInterval(PULSE_MS)
        self._pulse_timer.timeout.connect(self._pulse_step)

    def _button(self, text: str, tip: str, name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        if name:
            button.setObjectName(name)
        return button

    def buttons(self) -> list[QPushButton]:
        """The buttons in the order Tab visits them."""
        return [self.start_button, self.plus_one, self.plus_five, self.reset_button]

    def show_activity(self, kind: str, title: str) -> None:
        """Name what is on now."""
        self.kind_label.setText(kind)
        self.title_label.setText(title)
        self.title_label.setToolTip(title)

    def show_state(self, state: TimerState | None) -> None:
        """Draw the current timer."""
        self.clock.show_state(state)
        enabled = state is not None
        for button in self.buttons():
            button.setEnabled(enabled)
        running = bool(state and state.running)
        self.start_button.setText(self.tr("Pause") if running else self.tr("Resume") if state is not None
                                  and 0 < state.remaining < state.duration else self.tr("Start"))
        value = round(1000 * state.fraction_left) if state is not None else 0
        if self.bar.value() != value:
            self.bar.setValue(value)
        set_style_property(self.bar, "state", timer_look(state))

    # -- the signal at the end -----------------------------------------------------------------
    @property
    def pulsing(self) -> bool:
        """Whether the end-of-time pulse is playing."""
        return self._pulse_timer.isActive()

    def pulse(self) -> None:
        """A few soft flashes of the clock: seen from across the room, never in the way."""
        self._pulses_left = PULSES
        self._pulse_timer.start()
        self._pulse_step()

    def stop_pulse(self) -> None:
        """End the pulse (the facilitator acted on it)."""
        self._pulse_timer.stop()
        self._pulses_left = 0
        set_style_property(self.clock, "pulse", False)

    def _pulse_step(self) -> None:
        if self._pulses_left <= 0:
            self.stop_pulse()
            return
        self._pulses_left -= 1
        set_style_property(self.clock, "pulse", self._pulses_left % 2 == 1)
