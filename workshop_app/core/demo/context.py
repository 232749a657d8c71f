"""The seeded random source and fixed clock every part of the demo draws from, so a seed gives identical rows."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")

# Every demo timestamp is this date plus offsets: the clock of the machine never leaks into the data.
BASE = datetime(2026, 9, 1, tzinfo=timezone.utc)
# Rows are flushed in slices: each flush checks the new ids against tombstones with one IN (...) list, and
# SQLite refuses statements with more than 32,766 parameters.
FLUSH_SLICE = 5000


class Rng(random.Random):
    """``random.Random`` that also makes row ids and independent child sources."""

    def new_id(self) -> str:
        """A version-4 UUID drawn from this source, in canonical text form."""
        return str(uuid.UUID(int=self.getrandbits(128), version=4))

    def fork(self) -> Rng:
        """A child source: each part of the demo gets its own, so adding rows to one leaves the others as they were."""
        return Rng(self.getrandbits(64))

    def row(self, at: datetime) -> dict[str, Any]:
        """The synced columns of a new row created (and last changed) at ``at``."""
        return {"id": self.new_id(), "created_at": at, "updated_at": at}

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.random() < p

    def pick(self, weights: Mapping[T, float]) -> T:
        """One key of ``weights``, drawn in proportion to its weight."""
        keys = list(weights)
        return self.choices(keys, weights=[weights[k] for k in keys])[0]

    def minutes(self, low: float, high: float) -> timedelta:
        """A duration between ``low`` and ``high`` minutes, to the second."""
        return timedelta(seconds=round(self.uniform(low, high) * 60))


def quota(rng: Rng, weights: Mapping[T, float], n: int) -> list[T]:
    """``n`` keys in shuffled order whose counts follow ``weights`` as closely as whole numbers allow.

    Sampling each person independently would let a small group drift far from the intended shares
    (the demo promises about 58 % women and 9 % over-60s); largest remainders keep them on target.
    """
    total = sum(weights.values())
    exact = {key: n * w / total for key, w in weights.items()}
    counts = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(weights, key=lambda key: exact[key] - counts[key], reverse=True)
    for key in by_remainder[: n - sum(counts.values())]:
        counts[key] += 1
    result = [key for key in weights for _ in range(counts[key])]
    rng.shuffle(result)
    return result


def add_rows(session: Session, rows: Sequence[Any]) -> int:
    """Add ``rows`` (parents before children) and flush them; returns how many."""
    for start in range(0, len(rows), FLUSH_SLICE):
        session.add_all(rows[start : start + FLUSH_SLICE])
        session.flush()
    return len(rows)

