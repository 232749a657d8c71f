"""The kiosk PIN: hashed with a salt, checked in constant time, slower after wrong tries, kept on the workshop."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.core.responses_support import Clock, add_workshop
from workshop_app.core.kiosk_pins import KioskPinService
from workshop_app.core.pin import PinGuard, hash_pin, verify_pin
from workshop_app.db.database import Database
from workshop_app.db.models import Workshop
from workshop_app.errors import UserError

FAST = 1_000  # iterations: tests check the logic, not the cost


def test_a_pin_is_stored_salted_and_checked() -> None:
    stored = hash_pin("4821", iterations=FAST)
    assert stored.startswith("pbkdf2_sha256$1000$") and "4821" not in stored
    assert stored != hash_pin("4821", iterations=FAST)  # a fresh salt each time
    assert verify_pin("4821", stored) and verify_pin(" 4821 ", stored)
    for wrong in ("4822", "", "48210", "abcd", None, "٤٨٢١"):
        assert not verify_pin(wrong, stored)  # type: ignore[arg-type]
    for junk in ("", "md5$1$aa$bb", "pbkdf2_sha256$x$aa$bb", "pbkdf2_sha256$1000$zz$bb"):
        assert not verify_pin("4821", junk)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "    "])
def test_a_pin_is_4_to_8_digits(pin: str) -> None:
    with pytest.raises(UserError, match="4 to 8 digits"):
        hash_pin(pin, iterations=FAST)


def test_wrong_pins_make_the_next_try_wait_longer_and_a_right_one_resets() -> None:
    clock = Clock()
    guard = PinGuard(hash_pin("2468", iterations=FAST), clock=clock)
    waits = [guard.attempt("0000").wait for _ in range(3)]
    assert waits == [0, 0, 0]
    fourth = guard.attempt("0000")
    assert (fourth.ok, fourth.wait, fourth.message) == (False, 2, "Wrong PIN. Wait 2 seconds before trying again.")
    early = guard.attempt("2468")  # even the right PIN is not looked at during the wait
    assert early.refused_unchecked and not early.ok and "wait" in early.message.lower()
    clock.advance(2)
    assert guard.attempt("1111").wait == 5
    clock.advance(5)
    assert guard.attempt("1111").wait == 10
    clock.advance(10)
    assert guard.attempt("1111").wait == 30
    clock.advance(30)
    assert guard.attempt("1111").wait == 30
    clock.advance(30)
    assert guard.attempt("2468").ok and guard.failures == 0
    assert guard.attempt("0000").wait == 0


def test_the_pin_is_kept_on_the_workshop_as_a_hash(db: Database) -> None:
    workshop, _ = add_workshop(db)
    pins = KioskPinService(db, iterations=FAST)
    assert not pins.has_kiosk_pin(workshop)
    with pytest.raises(UserError, match="Set a kiosk PIN"):
        pins.guard(workshop)
    pins.set_kiosk_pin(workshop, "135790")
    with db.session() as session:
        assert "135790" not in session.scalar(select(Workshop.kiosk_pin_hash))
    clock = Clock()
    guard = pins.guard(workshop, clock=clock)
    assert guard.attempt("135790").ok
    pins.clear_kiosk_pin(workshop)
    assert not pins.has_kiosk_pin(workshop)
    with pytest.raises(UserError, match="no longer exists"):
        pins.set_kiosk_pin("gone", "1234")


def test_the_kiosk_leaves_only_with_the_pin() -> None:
    from tests.core.responses_support import small_form
    from workshop_app.core.forms import FormLogic
    from workshop_app.core.kiosk import KioskSession
    from workshop_app.core.response_memory import MemorySaver

    clock = Clock()
    logic = FormLogic(small_form())
    kiosk = KioskSession(MemorySaver({"s": logic}), logic, "s", clock=clock,
                         pin_guard=PinGuard(hash_pin("1234", iterations=FAST), clock=clock))
    assert not kiosk.unlock("9999").ok
    assert kiosk.unlock("1234").ok
    with pytest.raises(UserError):
        KioskSession(MemorySaver({"s": logic}), logic, "s").unlock("1234")
