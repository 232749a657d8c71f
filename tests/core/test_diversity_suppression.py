"""Small-count suppression: counts under 5 never show, and cannot be worked out from what does show."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.core.suppression import HIDDEN, SMALL, WITHHELD, PublishedCount, group_range, protect


def _displays(counts: list[int]) -> list[str]:
    return [p.display for p in protect(counts)]


def test_counts_under_five_show_as_under_five_and_zero_shows_as_zero() -> None:
    assert _displays([12, 7, 3, 2, 0]) == ["12", "7", "<5", "<5", "0"]
    assert _displays([12, 7, 5]) == ["12", "7", "5"]
    assert [p.reason for p in protect([12, 7, 3, 2, 0])] == [None, None, "small", "small", None]


def test_a_single_small_count_is_not_left_to_subtraction() -> None:
    # 30 + 20 shown out of 51 would give away the 1; an empty answer is hidden with it ("<5" is true of 0).
    published = protect([30, 20, 1, 0, 0])
    assert [p.display for p in published] == ["30", "20", "<5", "0", "<5"]
    assert [p.reason for p in published] == [None, None, "small", None, "protects_small"]
    assert (published[2].low, published[2].high) == (0, 1)
    # With no empty answer to hide, the next smallest count is hidden and shown as "≥5".
    assert _displays([30, 20, 1, 7, 6]) == ["30", "20", "<5", "7", "≥5"]


def test_two_small_counts_that_would_give_each_other_away_are_protected() -> None:
    # 4 and 4 out of 28 with 20 shown: both must be 4. Hiding the 20 as well leaves them open.
    assert _displays([4, 4, 20]) == ["<5", "<5", "≥5"]
    assert _displays([2, 2, 30]) == ["<5", "<5", "30"]  # 4 split two ways: 1+3, 2+2 or 3+1


def test_a_table_that_cannot_be_protected_is_withheld() -> None:
    assert _displays([1, 5]) == [WITHHELD, WITHHELD]
    assert _displays([4, 4]) == [WITHHELD, WITHHELD]


def test_without_a_published_total_only_small_counts_hide() -> None:
    assert [p.display for p in protect([30, 20, 1], total_published=False)] == ["30", "20", "<5"]


def test_group_range_uses_only_what_is_published() -> None:
    published = protect([30, 20, 2, 0, 6])  # the 2 and the 0 hide
    assert group_range(published, [2], 58) == (0, 2)
    assert group_range(published, [2, 4], 58) == (6, 8)
    assert group_range(published, [0], 58) == (30, 30)


def _reader_values(published: list[PublishedCount], total: int) -> list[set[int]]:
    """Every value each cell can take in some table that fits what is published (found by enumeration)."""
    ranges = []
    for p in published:
        if p.count is not None:
            ranges.append([p.count])
        elif p.display == SMALL:
            ranges.append(range(0, 5))
        elif p.display == HIDDEN:
            ranges.append(range(5, total + 1))
        else:
            ranges.append(range(0, total + 1))
    small = [i for i, p in enumerate(published) if p.display == SMALL]
    # A reader who knows the rules: "<5" is 0-4 (an empty answer may hide too) but at least one is a real 1-4.
    fitting = [v for v in product(*ranges) if sum(v) == total and (not small or any(v[i] >= 1 for i in small))]
    return [{v[i] for v in fitting} for i in range(len(published))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=12), min_size=2, max_size=5))
def test_no_hidden_count_can_be_worked_out_and_every_display_is_true(counts: list[int]) -> None:
    published = protect(counts)
    total = sum(counts)
    for count, p in zip(counts, published, strict=True):
        if 0 < count < 5:
            assert p.count is None  # a small count never shows
        if p.count is not None:
            assert p.count == count
        elif p.display == SMALL:
            assert count < 5
        elif p.display == HIDDEN:
            assert count >= 5
        else:
            assert all(q.display == WITHHELD for q in published)
        assert p.low <= count <= p.high
    if any(p.hidden for p in published):
        possible = _reader_values(published, total)
        for count, p, values in zip(counts, published, possible, strict=True):
            if p.hidden:
                assert count in values and len(values) >= 2, (counts, [q.display for q in published])
