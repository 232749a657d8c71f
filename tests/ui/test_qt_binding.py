"""The Qt binding itself must be sound: a refcount leak on None/True aborts the whole app mid-workshop.

PySide6 6.12.0 on Python < 3.12 drops a reference to ``None`` on every call that returns nothing and to
``True`` on every signal emission; after a few thousand calls Python aborts ("none_dealloc"). The dependency
pin keeps that release out; this test fails loudly if a future release brings the leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_calls_and_signals_do_not_leak_references_to_none_or_true() -> None:
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        emitter.setObjectName("x")
        emitter.fired.emit()
    # A little slack for unrelated objects made meanwhile; the broken release loses 500 of each.
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
