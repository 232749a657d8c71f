"""Countdown timers for the run view and the projector: start, pause, add minutes, a signal once at the end.

Pure Python with an injectable monotonic clock (a wall clock would jump when the laptop's time changes);
the screen polls ``remaining()`` a few times a second and plays a gentle sound when ``take_signal()`` says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_SECONDS = 24 * 3600.0


@dataclass(frozen=True)
class TimerState:
    """A timer as a screen draws it."""

    remaining: float
    """Seconds left; negative once the time is over (the overrun)."""
    duration: float
    running: bool
    finished: bool

    @property
    def text(self) -> str:
        """``09:58``, ``1:02:03``, or ``-00:12`` after the end."""
        return format_clock(self.remaining)

    @property
    def fraction_left(self) -> float:
        """Between 0 and 1, for a ring or bar."""
        return max(0.0, min(1.0, self.remaining / self.duration)) if self.duration > 0 else 0.0


class CountdownTimer:
    """Counts down from ``seconds``; keeps counting below zero so the overrun can be shown."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.duration = _bounded(seconds)
        self._elapsed = 0.0
        self._started: float | None = None
        self._signalled = False

    @property
    def running(self) -> bool:
        """Whether the time is counting down now."""
        return self._started is not None

    def start(self) -> None:
        """Start, or resume after a pause; does nothing while running."""
        if self._started is None:
            self._started = self._clock()

    resume = start

    def pause(self) -> None:
        """Stop counting, keeping the time left."""
        if self._started is not None:
            self._elapsed += self._clock() - self._started
            self._started = None

    def toggle(self) -> None:
        """Pause when running, else start (one button)."""
        self.pause() if self.running else self.start()

    def add_minutes(self, minutes: float) -> None:
        """Give more time (or less, with a negative number; never below what has already passed)."""
        self.duration = _bounded(max(self.elapsed(), self.duration + minutes * 60))
        if self.remaining() > 0:
            self._signalled = False  # the end moved: signal again when the new end comes

    def reset(self, seconds: float | None = None) -> None:
        """Back to the full time (or a new one), stopped."""
        if seconds is not None:
            self.duration = _bounded(seconds)
        self._elapsed, self._started, self._signalled = 0.0, None, False

    def elapsed(self) -> float:
        """Seconds counted so far."""
        running = self._clock() - self._started if self._started is not None else 0.0
        return self._elapsed + running

    def remaining(self) -> float:
        """Seconds left; negative after the end."""
        return self.duration - self.elapsed()

    @property
    def finished(self) -> bool:
        """Whether the time is up."""
        return self.remaining() <= 0

    def take_signal(self) -> bool:
        """True exactly once when the time runs out (again after ``add_minutes`` moved the end)."""
        if self.finished and not self._signalled:
            self._signalled = True
            return True
        return False

    def state(self) -> TimerState:
        """A snapshot for drawing."""
        return TimerState(self.remaining(), self.duration, self.running, self.finished)


def format_clock(seconds: float) -> str:
    """``mm:ss`` (``h:mm:ss`` from an hour), with a minus sign for time past the end."""
    # Counting down, 59.2 s left reads 01:00 (whole seconds round up); past the end, -00:01 after a full second.
    whole = int(abs(seconds) + 0.999) if seconds > 0 else int(abs(seconds))
    sign = "-" if seconds < 0 and whole else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes:02d}:{secs:02d}"


def _bounded(seconds: float) -> float:
    return max(0.0, min(MAX_SECONDS, float(seconds)))
