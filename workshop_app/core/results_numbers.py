"""Numbers in results: the points of a scale, readable histogram bins, mean and median. Pure Python."""

from __future__ import annotations

import itertools
import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

MAX_BINS = 10


def scale_steps(parameters: Mapping[str, str]) -> list[float]:
    """The points of a ``range`` question (``start``, ``end``, ``step``; XLSForm defaults 1 to 10 by 1)."""
    try:
        start = float(parameters.get("start", "1"))
        end = float(parameters.get("end", "10"))
        step = abs(float(parameters.get("step", "1"))) or 1.0
    except (TypeError, ValueError):
        return []
    if not all(math.isfinite(x) for x in (start, end, step)):
        return []
    low, high = min(start, end), max(start, end)
    if (high - low) / step > 100:
        return []
    return [low + k * step for k in range(round((high - low) / step) + 1)]


def number_text(number: float) -> str:
    """12 rather than 12.0; at most two decimals."""
    return str(int(number)) if float(number).is_integer() else f"{number:.2f}".rstrip("0").rstrip(".")


def to_number(value: str) -> float | None:
    """An answer as a finite number, or ``None``."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def numbers_in(values: Iterable[str]) -> list[float]:
    """The answers among ``values`` that are numbers."""
    return [n for n in (to_number(v) for v in values) if n is not None]


def bin_edges(numbers: Sequence[float]) -> list[float]:
    """Edges of readable bins: one per whole number over a short span, else at most ``MAX_BINS`` round steps.

    The last edge is above the largest number: every bin is [edge, next edge).
    """
    if not numbers:
        return []
    low, high = min(numbers), max(numbers)
    whole = all(float(n).is_integer() for n in numbers)
    if whole and high - low < MAX_BINS:
        return [low + k for k in range(int(high - low) + 2)]
    step = _nice_step(((high - low) or 1.0) / MAX_BINS, whole)
    start = math.floor(low / step) * step
    edges = [start]
    while edges[-1] <= high:
        edges.append(start + len(edges) * step)
    return edges


def bin_labels(edges: Sequence[float], whole_numbers: bool) -> list[str]:
    """What each bin is called: "7" (one whole number), "0–4" (whole numbers), "0.5–1" (other numbers)."""
    whole = whole_numbers and all(float(e).is_integer() for e in edges)
    one_each = whole and all(math.isclose(b - a, 1) for a, b in itertools.pairwise(edges))
    labels = []
    for low, high in itertools.pairwise(edges):
        if one_each:
            labels.append(number_text(low))
        elif whole:
            labels.append(f"{number_text(low)}–{number_text(high - 1)}")
        else:
            labels.append(f"{number_text(low)}–{number_text(high)}")
    return labels


def bin_of(edges: Sequence[float], number: float) -> int:
    """The index of the bin holding ``number`` (the end bins take what lies beyond)."""
    return min(len(edges) - 2, max(0, bisect_right(edges, number) - 1))


def mean_median(numbers: Counter[float]) -> tuple[float | None, float | None]:
    """Mean and median of numbers given with how often each occurs, to two decimals."""
    total = sum(numbers.values())
    if not total:
        return None, None
    mean = round(sum(n * k for n, k in numbers.items()) / total, 2)
    middle = ((total - 1) // 2, total // 2)
    picked: list[float] = []
    seen = 0
    for number, k in sorted(numbers.items()):
        while len(picked) < 2 and middle[len(picked)] < seen + k:
            picked.append(number)
        seen += k
    return mean, round((picked[0] + picked[1]) / 2, 2)


def _nice_step(raw: float, whole: bool) -> float:
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw and (not whole or float(step).is_integer()):
            return step
    return 10 * magnitude


__all__ = ["MAX_BINS", "bin_edges", "bin_labels", "bin_of", "mean_median", "number_text", "numbers_in",
           "scale_steps", "to_number"]
