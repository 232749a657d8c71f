"""Tallies of answers → published results: counts, shares, Likert sides, histogram bins, word frequencies.

The rules are those of ``core.results_rules``; every count goes through ``core.suppression.protect``. Pure Python.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from workshop_app.core.results_numbers import (
    bin_edges,
    bin_labels,
    bin_of,
    mean_median,
    number_text,
    numbers_in,
    to_number,
)
from workshop_app.core.results_rules import (
    OFF_SCALE_CODES,
    TOP_WORDS,
    CategoryCount,
    QuestionResult,
    QuestionSpec,
    Tally,
    withheld_reason,
)
from workshop_app.core.suppression import SMALL, THRESHOLD, protect
from workshop_app.core.word_counts import word_respondents
from workshop_app.texts import translate


def question_result(spec: QuestionSpec, tally: Tally, *, others: int | None = None,
                    edges: Sequence[float] | None = None, words: Sequence[str] | None = None) -> QuestionResult:
    """Publish one question's tally; ``others`` as in ``withheld_reason``.

    ``edges`` fixes a histogram's bins and ``words`` the words shown (a comparison gives both groups the same).
    """
    respondents = sum(tally.values())
    reason = withheld_reason(respondents, others)
    base = QuestionResult(spec.name, spec.label, spec.type, spec.kind, respondents, (), reason, spec.hint,
                          multiple=spec.multiple)
    if reason is not None or spec.kind == "count_only":
        return base
    if spec.kind == "words":
        return replace(base, counts=_word_counts(tally, respondents, words))
    if spec.kind == "histogram":
        result = _histogram(spec, base, tally, edges)
    else:
        result = replace(base, counts=_choice_counts(spec, tally, respondents))
    if spec.type in ("range", "integer", "decimal"):
        mean, median = _mean_median_of(tally)
        result = replace(result, mean=mean, median=median)
    return result


def compare_results(spec: QuestionSpec, tally_a: Tally, tally_b: Tally, *, others_a: int | None = None,
                    others_b: int | None = None) -> tuple[QuestionResult, QuestionResult]:
    """Both groups' results of one question with the same categories: shared bins, the same words."""
    edges = words = None
    if spec.kind == "histogram":
        edges = bin_edges(_numbers(tally_a) + _numbers(tally_b))
    if spec.kind == "words":
        a, b = word_respondents(_texts(tally_a)), word_respondents(_texts(tally_b))
        shown = {w: (a[w] if a[w] >= THRESHOLD else 0) + (b[w] if b[w] >= THRESHOLD else 0) for w in (a | b)}
        # Ordered by the counts shown only: an order by exact totals would hint at the hidden ones.
        words = sorted((w for w, n in shown.items() if n), key=lambda w: (-shown[w], w))[:TOP_WORDS]
    return (question_result(spec, tally_a, others=others_a, edges=edges, words=words),
            question_result(spec, tally_b, others=others_b, edges=edges, words=words))


def _publish(codes: Sequence[tuple[str, str, str]], counts: Sequence[int], respondents: int,
             partition: bool) -> tuple[CategoryCount, ...]:
    published = protect(counts, total_published=partition)
    return tuple(
        CategoryCount(code, label, pub.display, pub.count,
                      pub.count / respondents if pub.count is not None and respondents else None, pub.reason, side)
        for (code, label, side), pub in zip(codes, published, strict=True))


def _choice_counts(spec: QuestionSpec, tally: Tally, respondents: int) -> tuple[CategoryCount, ...]:
    found: Counter[str] = Counter()
    for values, people in tally.items():
        found.update(dict.fromkeys(_codes_of(spec, values), people))
    categories = list(spec.choices)
    known = {code for code, _ in categories}
    extra = sorted(code for code in found if code not in known)
    # Codes no longer in the list (or "other"), after the listed ones, labelled by their code.
    categories += [(code, translate("core", "Other") if code == "other" else code) for code in extra]
    sides = _sides(spec, [code for code, _ in categories])
    rows = [(code, label, sides.get(code, "")) for code, label in categories]
    return _publish(rows, [found[code] for code, _ in categories], respondents, partition=not spec.multiple)


def _codes_of(spec: QuestionSpec, values: tuple[str, ...]) -> set[str]:
    codes: set[str] = set()
    for value in values:
        if spec.type == "range":
            codes.add(_step_code(spec, value))
        elif spec.type in ("select_multiple", "rank"):
            picked = value.split()
            codes.update(picked[:1] if spec.type == "rank" else picked)
        else:
            codes.add(value.strip())
    codes.discard("")
    return codes


def _step_code(spec: QuestionSpec, value: str) -> str:
    number = to_number(value)
    if number is None:
        return value.strip()
    for code, _ in spec.choices:
        if math.isclose(float(code), number):
            return code
    return number_text(number)


def _sides(spec: QuestionSpec, codes: Sequence[str]) -> dict[str, str]:
    """Where each point of a Likert scale sits: the first half negative, the middle neutral, the rest positive."""
    if spec.kind != "likert":
        return {}
    listed = {code for code, _ in spec.choices}
    on_scale = [c for c in codes if c in listed and c not in OFF_SCALE_CODES]
    half = len(on_scale) // 2
    sides = {code: "off_scale" for code in codes}
    for index, code in enumerate(on_scale):
        if index < half:
            sides[code] = "negative"
        elif index >= len(on_scale) - half:
            sides[code] = "positive"
        else:
            sides[code] = "neutral"
    return sides


def _word_counts(tally: Tally, respondents: int, words: Sequence[str] | None) -> tuple[CategoryCount, ...]:
    counts = word_respondents(_texts(tally))
    if words is None:
        words = sorted((w for w, n in counts.items() if n >= THRESHOLD), key=lambda w: (-counts[w], w))[:TOP_WORDS]
    result = []
    for word in words:
        n = counts[word]
        if n >= THRESHOLD:
            result.append(CategoryCount(word, word, str(n), n, n / respondents))
        else:  # only in a comparison: the other group used it often
            result.append(CategoryCount(word, word, SMALL if n else "0", None if n else 0,
                                        None if n else 0.0, "small" if n else None))
    return tuple(result)


def _texts(tally: Tally) -> list[tuple[str, int]]:
    # A respondent's several texts (in a repeat) are one text, so each word still counts once per person.
    return [(" ".join(values), people) for values, people in tally.items()]


def _histogram(spec: QuestionSpec, base: QuestionResult, tally: Tally,
               edges: Sequence[float] | None) -> QuestionResult:
    edges = list(edges) if edges is not None else bin_edges(_numbers(tally))
    if len(edges) < 2:
        return base
    per_bin: Counter[int] = Counter()
    for values, people in tally.items():
        # Inside a repeat one person may have several numbers in a bin: counted once there.
        for index in {bin_of(edges, n) for n in numbers_in(values)}:
            per_bin[index] += people
    labels = bin_labels(edges, whole_numbers=spec.type == "integer")
    rows = [(number_text(edges[k]), label, "") for k, label in enumerate(labels)]
    counts = _publish(rows, [per_bin[k] for k in range(len(rows))], base.respondents, partition=not base.multiple)
    return replace(base, counts=counts)


def _mean_median_of(tally: Tally) -> tuple[float | None, float | None]:
    numbers: Counter[float] = Counter()
    for values, people in tally.items():
        for number in numbers_in(values):
            numbers[number] += people
    return mean_median(numbers)


def _numbers(tally: Tally) -> list[float]:
    return [n for values in tally for n in numbers_in(values)]


__all__ = ["compare_results", "question_result"]
