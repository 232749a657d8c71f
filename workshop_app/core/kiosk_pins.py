"""Where a workshop's kiosk PIN is kept: its salted hash on the workshop row (see ``core.pin``)."""

from __future__ import annotations

import time
from collections.abc import Callable

from workshop_app.core.events import Event
from workshop_app.core.pin import PinGuard, hash_pin
from workshop_app.db.database import Database
from workshop_app.db.lookup import get_existing
from workshop_app.db.models import Workshop
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP


class KioskPinService:
    """Sets, clears and checks workshops' kiosk PINs; ``changed`` carries the workshop id."""

    def __init__(self, db: Database, *, iterations: int | None = None) -> None:
        self.db = db
        self.changed = Event()
        self._iterations = iterations

    def set_kiosk_pin(self, workshop_id: str, pin: str) -> None:
        """Store a new PIN (4–8 digits) for the workshop's kiosk; only its hash is kept."""
        stored = hash_pin(pin) if self._iterations is None else hash_pin(pin, iterations=self._iterations)
        with self.db.transaction() as session:
            get_existing(session, Workshop, workshop_id, "workshop").kiosk_pin_hash = stored
        self.changed.emit(workshop_id)

    def clear_kiosk_pin(self, workshop_id: str) -> None:
        """Remove the workshop's PIN."""
        with self.db.transaction() as session:
            get_existing(session, Workshop, workshop_id, "workshop").kiosk_pin_hash = ""
        self.changed.emit(workshop_id)

    def has_kiosk_pin(self, workshop_id: str) -> bool:
        """Whether the workshop has a PIN (the kiosk should not start without one)."""
        return bool(self._stored(workshop_id))

    def guard(self, workshop_id: str, *, clock: Callable[[], float] = time.monotonic) -> PinGuard:
        """A ``PinGuard`` for the workshop's PIN; ``UserError`` when none is set."""
        stored = self._stored(workshop_id)
        if not stored:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Set a kiosk PIN for this workshop before starting the kiosk."))
        return PinGuard(stored, clock=clock)

    def _stored(self, workshop_id: str) -> str:
        with self.db.session() as session:
            return get_existing(session, Workshop, workshop_id, "workshop").kiosk_pin_hash or ""
