"""Core events into the Qt world: a listener that turns ``core.events.Event`` callbacks into one throttled signal.

The core announces changes with plain callbacks, possibly from a kiosk's save on another thread. A listener
forwards each one through a Qt signal (queued across threads), and coalesces bursts: the screen redraws at most
once per ``interval_ms``. It disconnects from the core when stopped or destroyed, so a closed window is never
called back.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.core.events import Event


class ServiceListener(QObject):
    """Emits ``changed`` at most once per ``interval_ms`` after any of the watched core events fired."""

    changed = Signal()
    _poked = Signal()

    def __init__(self, events: list[Event], interval_ms: int = 150, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events = list(events)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.changed)
        self._poked.connect(self._schedule)
        self._callback = _forwarder(self)
        for event in self._events:
            event.connect(self._callback)
        events, callback = self._events, self._callback
        # A listener deleted with its window (never stopped) lets go of the core too.
        self.destroyed.connect(lambda *_a: [event.disconnect(callback) for event in events])

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def poke(self) -> None:
        """Announce a change later (as if the core had fired)."""
        self._schedule()

    @property
    def pending(self) -> bool:
        """Whether a change is waiting to be announced."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """Forget a waiting change (the screen has just redrawn anyway)."""
        self._timer.stop()

    def flush(self) -> None:
        """Announce a waiting change now."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def stop(self) -> None:
        """Stop listening to the core."""
        self._timer.stop()
        self._disconnect_all()

    def _disconnect_all(self) -> None:
        for event in self._events:
            event.disconnect(self._callback)


def _forwarder(listener: ServiceListener) -> Callable[..., None]:
    """The core's callback: holds the listener weakly and does nothing once it is gone."""
    ref = weakref.ref(listener)

    def forward(*_args: Any) -> None:
        target = ref()
        if target is None:
            return
        # May run on a worker thread: the signal hops to the listener's thread before a timer is touched. A
        # RuntimeError means the Qt side was deleted first.
        with contextlib.suppress(RuntimeError):
            target._poked.emit()

    return forward
