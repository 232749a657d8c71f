"""The facilitator's kiosk PIN: salted PBKDF2 hashes, a constant-time check, and growing waits after wrong tries.

Pure Python (hashlib, hmac); ``PinGuard`` takes its clock from the caller so tests need not wait. A 4–8 digit
PIN cannot resist someone who copies the database and tries every number; the hash keeps it from being read
off a screen or an export, and ``PinGuard`` makes guessing at the kiosk itself slow.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext, translate

core = TranslationContext("core")


MIN_DIGITS, MAX_DIGITS = 4, 8
ITERATIONS = 200_000
SCHEME = "pbkdf2_sha256"
DELAYS = (0.0, 0.0, 0.0, 2.0, 5.0, 10.0, 30.0)
"""Seconds to wait after the 1st, 2nd, ... consecutive wrong PIN; the last value repeats."""


def validate_pin(pin: str) -> str:
    """``pin`` if it is 4 to 8 digits, else ``UserError``."""
    text = str(pin or "").strip()
    if not (text.isascii() and text.isdigit() and MIN_DIGITS <= len(text) <= MAX_DIGITS):
        raise UserError(QT_TRANSLATE_NOOP("errors", "A kiosk PIN is {fewest} to {most} digits."),
                        fewest=MIN_DIGITS, most=MAX_DIGITS)
    return text


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """A storable hash of ``pin``: ``pbkdf2_sha256$iterations$salt$hash`` (hex), with a fresh random salt."""
    pin = validate_pin(pin)
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored`` (from ``hash_pin``); compared in constant time. False for junk."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != SCHEME or not 1 <= int(iterations) <= 10_000_000:
            return False
        expected = bytes.fromhex(digest)
        salt_bytes = bytes.fromhex(salt)
    except (ValueError, AttributeError):
        return False
    text = str(pin or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > MAX_DIGITS:
        text = ""  # still hash something, so a malformed try takes as long as a wrong one
    actual = hashlib.pbkdf2_hmac("sha256", text.encode(), salt_bytes, int(iterations))
    return hmac.compare_digest(actual, expected) and bool(text)


@dataclass(frozen=True)
class PinResult:
    """The outcome of one try: ``ok``, or how long to wait before the next try is even looked at."""

    ok: bool
    wait: float = 0.0
    """Seconds before another try is accepted (0 when one may try again at once)."""
    refused_unchecked: bool = False
    """True when the try came during a wait and was not checked at all."""

    @property
    def message(self) -> str:
        """What to tell the facilitator, in the interface language."""
        if self.ok:
            return translate("core", "PIN accepted.")
        seconds = int(self.wait + 0.999)
        if self.wait > 0 and self.refused_unchecked:
            return str(core.tr("Please wait {n} seconds before trying again.", "", seconds))
        if self.wait > 0:
            return str(core.tr("Wrong PIN. Wait {n} seconds before trying again.", "", seconds))
        return translate("core", "Wrong PIN. Try again.")


class PinGuard:
    """Checks PINs against one stored hash, making each try after repeated wrong ones wait longer.

    A right PIN resets the count. Tries during a wait are refused without being checked, so guessing cannot
    go faster than ``DELAYS`` allow.
    """

    def __init__(self, stored: str, *, clock: Callable[[], float] = time.monotonic,
                 delays: tuple[float, ...] = DELAYS) -> None:
        self.stored = stored
        self.failures = 0
        self._clock = clock
        self._delays = delays
        self._not_before = clock()

    def wait_left(self) -> float:
        """Seconds until the next try is accepted."""
        return max(0.0, self._not_before - self._clock())

    def attempt(self, pin: str) -> PinResult:
        """Check one try."""
        left = self.wait_left()
        if left > 0:
            return PinResult(False, left, refused_unchecked=True)
        if verify_pin(pin, self.stored):
            self.failures = 0
            self._not_before = self._clock()
            return PinResult(True)
        self.failures += 1
        delay = self._delays[min(self.failures, len(self._delays)) - 1] if self._delays else 0.0
        self._not_before = self._clock() + delay
        return PinResult(False, delay)
