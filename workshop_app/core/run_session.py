"""The run view as plain logic: a workshop's agenda, the current activity, and a countdown timer for each.

No database and no Qt: the run view builds a ``RunSession`` from ``WorkshopService.get()`` and polls
``tick()``; check-ins come from ``ParticipantService.attendance()``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from workshop_app.core.timer import CountdownTimer
from workshop_app.core.workshop_rules import ActivityData, WorkshopData
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


class RunSession:
    """A workshop being run: which agenda item is on, and one timer per item (planned minutes at first)."""

    def __init__(self, workshop: WorkshopData, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.workshop = workshop
        self._clock = clock
        self._timers: dict[str, CountdownTimer] = {}
        self.current_index = 0 if workshop.activities else -1

    @property
    def activities(self) -> tuple[ActivityData, ...]:
        """The agenda, in order."""
        return self.workshop.activities

    @property
    def current(self) -> ActivityData | None:
        """The agenda item on now."""
        return self.activities[self.current_index] if self.current_index >= 0 else None

    def timer(self, activity_id: str | None = None) -> CountdownTimer:
        """The timer of an agenda item (the current one by default), made on first use."""
        activity = self._activity(activity_id)
        if activity.id not in self._timers:
            self._timers[activity.id] = CountdownTimer(activity.planned_minutes * 60, clock=self._clock)
        return self._timers[activity.id]

    def select(self, activity_id: str) -> ActivityData:
        """Make an agenda item the current one; the previous one's timer pauses."""
        index = next((i for i, a in enumerate(self.activities) if a.id == activity_id), None)
        if index is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That activity is not on this workshop's agenda."))
        if index != self.current_index and self.current is not None and self.current.id in self._timers:
            self._timers[self.current.id].pause()
        self.current_index = index
        return self.activities[index]

    def next_activity(self) -> ActivityData | None:
        """Move on to the next agenda item (None at the end)."""
        if self.current_index + 1 >= len(self.activities):
            return None
        return self.select(self.activities[self.current_index + 1].id)

    def previous_activity(self) -> ActivityData | None:
        """Go back to the previous agenda item (None at the start)."""
        if self.current_index <= 0:
            return None
        return self.select(self.activities[self.current_index - 1].id)

    def tick(self) -> list[str]:
        """Ids of agenda items whose time just ran out (each reported once): when to play the gentle signal."""
        return [activity_id for activity_id, timer in self._timers.items() if timer.take_signal()]

    def update_workshop(self, workshop: WorkshopData) -> None:
        """Take an edited agenda (an item added or lengthened while running), keeping the timers and the
        current item where possible."""
        current = self.current.id if self.current else None
        self.workshop = workshop
        ids = [a.id for a in workshop.activities]
        self._timers = {k: v for k, v in self._timers.items() if k in ids}
        self.current_index = ids.index(current) if current in ids else (0 if ids else -1)

    def _activity(self, activity_id: str | None) -> ActivityData:
        if activity_id is None:
            if self.current is None:
                raise UserError(QT_TRANSLATE_NOOP("errors", "This workshop has no agenda yet."))
            return self.current
        found = next((a for a in self.activities if a.id == activity_id), None)
        if found is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That activity is not on this workshop's agenda."))
        return found
