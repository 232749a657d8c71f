"""Small-count suppression for published counts, so that no one can be singled out. Pure Python, no database.

The rules, for one table of counts whose total is published:

* A count of 1 to 4 is shown as ``<5`` (primary suppression). A count of 0 is shown as ``0``: an empty group
  reveals nobody.
* Hidden counts must not be recoverable by subtracting the shown ones from the total. Whenever the published
  numbers would still pin a hidden count to one value, the next cell is hidden too (secondary suppression):
  an empty cell first (shown as ``<5``, which is still true), otherwise the smallest other count, shown as
  ``≥5``. This repeats until no hidden count can be worked out exactly.
* If even hiding everything leaves a count recoverable, the whole table is withheld (every cell ``–``).

"What a reader can work out" is computed from the published values only (shown counts, ``<5`` meaning 0–4 or
1–4, ``≥5`` meaning at least 5, and the total), so statements derived from the same bounds — such as whether a
group is below a target — reveal nothing more than the table itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

THRESHOLD = 5
SMALL = f"<{THRESHOLD}"
HIDDEN = f"≥{THRESHOLD}"
WITHHELD = "–"


@dataclass(frozen=True)
class PublishedCount:
    """How one count is published: its display, and the range a reader can deduce for it."""

    display: str
    count: int | None
    """The exact count when shown, ``None`` when hidden."""
    low: int
    high: int
    reason: str | None = None
    """``None`` (shown), ``small`` (1–4), ``protects_small`` (hidden so a small one cannot be worked out),
    or ``withheld``."""

    @property
    def hidden(self) -> bool:
        """The exact count is not published."""
        return self.count is None


def protect(counts: Sequence[int], total_published: bool = True) -> list[PublishedCount]:
    """Publish ``counts`` safely; ``total_published`` says whether their sum is shown (or known) elsewhere."""
    if any(c < 0 for c in counts):
        raise ValueError("counts cannot be negative")
    hidden = {i for i, c in enumerate(counts) if 0 < c < THRESHOLD}
    if total_published:
        while hidden and _pinned(counts, hidden):
            candidates = [i for i in range(len(counts)) if i not in hidden]
            if not candidates:
                return [PublishedCount(WITHHELD, None, *_range_all(counts), "withheld") for _ in counts]
            # An empty cell costs nothing to hide; otherwise the smallest, preferring later (rarer) ones.
            hidden.add(min(candidates, key=lambda i: (counts[i], -i)))
    return _publish(counts, hidden, total_published)


def group_range(published: Sequence[PublishedCount], members: Sequence[int], total: int) -> tuple[int, int]:
    """What a reader of ``published`` (summing to ``total``) can deduce about the sum of cells ``members``."""
    inside = [published[i] for i in set(members)]
    outside = [p for i, p in enumerate(published) if i not in set(members)]
    low = max(sum(p.low for p in inside), total - sum(p.high for p in outside))
    high = min(sum(p.high for p in inside), total - sum(p.low for p in outside))
    return low, high


def _bounds(counts: Sequence[int], hidden: set[int]) -> dict[int, tuple[int, int]]:
    # Once an empty cell may be shown as "<5", a reader can no longer rule out 0 for any "<5".
    small_low = 0 if any(counts[i] == 0 for i in hidden) else 1
    total = sum(counts)
    return {i: (small_low, THRESHOLD - 1) if counts[i] < THRESHOLD else (THRESHOLD, total) for i in hidden}


def _pinned(counts: Sequence[int], hidden: set[int]) -> bool:
    """Whether the published table fixes some hidden count to a single value."""
    bounds = _bounds(counts, hidden)
    rest = sum(counts[i] for i in hidden)  # = total − the shown counts, which a reader can compute
    low_sum = sum(lo for lo, _ in bounds.values())
    high_sum = sum(hi for _, hi in bounds.values())
    for lo, hi in bounds.values():
        feasible_low = max(lo, rest - (high_sum - hi))
        feasible_high = min(hi, rest - (low_sum - lo))
        if feasible_low >= feasible_high:
            return True
    return False


def _publish(counts: Sequence[int], hidden: set[int], total_published: bool) -> list[PublishedCount]:
    bounds = _bounds(counts, hidden)
    rest = sum(counts[i] for i in hidden)
    low_sum = sum(lo for lo, _ in bounds.values())
    high_sum = sum(hi for _, hi in bounds.values())
    published = []
    for i, count in enumerate(counts):
        if i not in hidden:
            published.append(PublishedCount(str(count), count, count, count))
            continue
        lo, hi = bounds[i]
        if total_published:
            lo, hi = max(lo, rest - (high_sum - hi)), min(hi, rest - (low_sum - lo))
        small = count < THRESHOLD
        reason = "small" if 0 < count < THRESHOLD else "protects_small"
        published.append(PublishedCount(SMALL if small else HIDDEN, None, lo, hi, reason))
    return published


def _range_all(counts: Sequence[int]) -> tuple[int, int]:
    return 0, sum(counts)


__all__ = ["HIDDEN", "SMALL", "THRESHOLD", "WITHHELD", "PublishedCount", "group_range", "protect"]
