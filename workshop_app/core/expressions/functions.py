"""The XLSForm function library: each function's arity and how it is evaluated offline.

Functions that need the world outside the laptop (``pulldata``, GPS geometry, digests) are known, so a form
that uses them still imports, but they evaluate to empty text.
"""

from __future__ import annotations

import math
import random
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from workshop_app.core.expressions.values import (
    Value,
    date_to_days,
    days_to_date,
    format_number,
    to_bool,
    to_number,
    to_string,
)
from workshop_app.texts import QT_TRANSLATE_NOOP, Text

MAX_REGEX_INPUT = 10_000
# A quantified group that itself holds a quantifier ("(a+)+", "(\w*\s?)*") can take exponential time in
# Python's backtracking engine; such patterns are refused rather than allowed to freeze the kiosk.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,)")


@dataclass(frozen=True)
class FunctionSpec:
    """How many arguments a function takes and how it is computed (``impl(ctx, *args)``)."""

    min_args: int
    max_args: int | None
    impl: Callable[..., Value]
    offline: bool = True
    """False for functions that need data the laptop does not have; they evaluate to empty text."""


def _flat(args: tuple[Value, ...]) -> list[Value]:
    found: list[Value] = []
    for arg in args:
        found.extend(arg if isinstance(arg, list) else [arg])
    return found


def _split(value: Value) -> list[str]:
    return to_string(value).split()


def _safe_float(compute: Callable[[], float]) -> float:
    try:
        return float(compute())
    except (OverflowError, ValueError, ZeroDivisionError):
        return math.nan


def _whole(value: Value) -> int | None:
    """A number as an int for positions and counts; None for NaN; infinities clamp to a large bound."""
    number = to_number(value)
    if math.isnan(number):
        return None
    return int(max(-(2**31), min(2**31, number)))


def _round(ctx: Any, value: Value, digits: Value = 0.0) -> float:
    """Round half away from zero to ``digits`` decimals (ODK's ``round``)."""
    number, places = to_number(value), _whole(digits)
    if places is None:
        return math.nan
    if math.isnan(number) or math.isinf(number):
        return number
    scale = 10.0 ** max(-300, min(300, places))
    return _safe_float(lambda: math.copysign(math.floor(abs(number) * scale + 0.5), number) / scale)


def _int(ctx: Any, value: Value) -> float:
    number = to_number(value)
    return number if math.isnan(number) or math.isinf(number) else float(math.trunc(number))


def _substr(ctx: Any, text: Value, start: Value, end: Value | None = None) -> str:
    """ODK ``substr``: characters from ``start`` (counted from 0) up to, not including, ``end``."""
    string = to_string(text)
    first = _whole(start)
    if first is None:
        return ""
    first = max(0, first)
    if end is None:
        return string[first:]
    last = _whole(end)
    return "" if last is None else string[first:max(first, last)]


def _selected_at(ctx: Any, value: Value, index: Value) -> str:
    items = _split(value)
    position = _whole(index)
    return items[position] if position is not None and 0 <= position < len(items) else ""


def _uuid(ctx: Any, length: Value | None = None) -> str:
    if length is None:
        return str(uuid.uuid4())
    size = _whole(length)
    return uuid.uuid4().hex[: max(0, min(32, size or 0))]


def _around(text: str, separator: str, part: int) -> str:
    """XPath substring-before (part 0) and substring-after (part 2); an empty separator is found at the start."""
    if separator == "":
        return "" if part == 0 else text
    if separator not in text:
        return ""
    return text.partition(separator)[part]


def _translate(ctx: Any, text: Value, source: Value, target: Value) -> str:
    source_s, target_s = to_string(source), to_string(target)
    table: dict[int, int | None] = {}
    for index, char in enumerate(source_s):
        table.setdefault(ord(char), ord(target_s[index]) if index < len(target_s) else None)
    return to_string(text).translate(table)


@lru_cache(maxsize=256)
def _compiled_regex(pattern: str) -> re.Pattern[str] | None:
    if _NESTED_QUANTIFIER.search(pattern):
        return None
    try:
        return re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return None


def regex_problem(pattern: str) -> Text | None:
    """Why ``pattern`` cannot be used by ``regex()``, or None when it can."""
    if _NESTED_QUANTIFIER.search(pattern):
        return Text("errors", QT_TRANSLATE_NOOP("errors", "this regular expression repeats a repeated group, which "
                                                          "could freeze the kiosk"))
    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError) as exc:
        return Text("errors", QT_TRANSLATE_NOOP("errors", "the regular expression is not valid ({problem})"),
                    problem=str(exc))
    return None


def _regex(ctx: Any, value: Value, pattern: Value) -> bool:
    compiled = _compiled_regex(to_string(pattern))
    text = to_string(value)
    if compiled is None or len(text) > MAX_REGEX_INPUT:
        return False
    return compiled.search(text) is not None


def _min_max(pick: Callable[..., float]) -> Callable[..., float]:
    def impl(ctx: Any, *args: Value) -> float:
        numbers = [to_number(v) for v in _flat(args)]
        if not numbers or any(math.isnan(n) for n in numbers):
            return math.nan
        return pick(numbers)

    return impl


def _sum(ctx: Any, values: Value) -> float:
    return _safe_float(lambda: math.fsum(to_number(v) for v in _flat((values,))))


def _format_date(ctx: Any, value: Value, pattern: Value) -> str:
    """ODK ``format-date``: %Y %y %m %n %b %d %e %a %H %h %M %S %3."""
    text = to_string(value)
    days = to_number(value) if text == "" or text.strip().lstrip("-").replace(".", "", 1).isdigit() else \
        date_to_days(text)
    if days is None or math.isnan(days) or math.isinf(days) or abs(days) > 2_900_000:
        return ""
    day = date.fromisoformat(days_to_date(days))
    seconds = round((days - math.floor(days)) * 86400)
    hour, minute, second = seconds // 3600 % 24, seconds // 60 % 60, seconds % 60
    codes = {"Y": f"{day.year:04d}", "y": f"{day.year % 100:02d}", "m": f"{day.month:02d}", "n": str(day.month),
             "b": day.strftime("%b"), "d": f"{day.day:02d}", "e": str(day.day), "a": day.strftime("%a"),
             "H": f"{hour:02d}", "h": str(hour), "M": f"{minute:02d}", "S": f"{second:02d}", "3": "000", "%": "%"}
    return re.sub(r"%(.)", lambda m: codes.get(m.group(1), m.group(0)), to_string(pattern))


def _decimal_time(ctx: Any, value: Value) -> float:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?.*", to_string(value))
    if match is None:
        return math.nan
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    return (hour * 3600 + minute * 60 + second) / 86400 if hour < 24 and minute < 60 else math.nan


def _date(ctx: Any, value: Value) -> str:
    if isinstance(value, str) and date_to_days(value) is not None:
        return value.strip()[:10]
    return days_to_date(to_number(value))


def _date_time(ctx: Any, value: Value) -> str:
    days = to_number(value)
    day = days_to_date(days)
    if not day:
        return ""
    seconds = round((days - math.floor(days)) * 86400) % 86400
    return f"{day}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _weighted(ctx: Any, low: Value, high: Value, *pairs: Value) -> bool:
    values = _flat(pairs)
    total = sum(to_number(w) for v, w in zip(values[::2], values[1::2], strict=False) if to_bool(v))
    lo, hi = to_number(low), to_number(high)
    return (lo < 0 or total >= lo) and (hi < 0 or total <= hi)


def _checklist(ctx: Any, low: Value, high: Value, *values: Value) -> bool:
    count = sum(1 for v in _flat(values) if to_bool(v))
    lo, hi = to_number(low), to_number(high)
    return (lo < 0 or count >= lo) and (hi < 0 or count <= hi)


def _unavailable(ctx: Any, *args: Value) -> str:
    return ""


def _math(function: Callable[..., float]) -> Callable[..., float]:
    return lambda ctx, *args: _safe_float(lambda: function(*(to_number(a) for a in args)))


def _choice_name(ctx: Any, value: Value, path: Value) -> str:
    match = re.search(r"\$\{([^}]+)\}|([^/\s]+)\s*$", to_string(path))
    name = (match.group(1) or match.group(2)) if match else ""
    return ctx.choice_label(name, to_string(value)) if name else ""


FUNCTIONS: dict[str, FunctionSpec] = {
    # logic
    "true": FunctionSpec(0, 0, lambda ctx: True),
    "false": FunctionSpec(0, 0, lambda ctx: False),
    "not": FunctionSpec(1, 1, lambda ctx, v: not to_bool(v)),
    "boolean": FunctionSpec(1, 1, lambda ctx, v: to_bool(v)),
    "boolean-from-string": FunctionSpec(1, 1, lambda ctx, v: to_string(v).strip().lower() in ("true", "1")),
    "if": FunctionSpec(3, 3, lambda ctx, c, a, b: a if to_bool(c) else b),
    "coalesce": FunctionSpec(2, 2, lambda ctx, a, b: a if to_string(a) != "" else b),
    "once": FunctionSpec(1, 1, lambda ctx, v: ctx.current if to_string(ctx.current) != "" else v),
    "checklist": FunctionSpec(2, None, _checklist),
    "weighted-checklist": FunctionSpec(2, None, _weighted),
    # choices
    "selected": FunctionSpec(2, 2, lambda ctx, v, c: to_string(c).strip() in _split(v)),
    "count-selected": FunctionSpec(1, 1, lambda ctx, v: float(len(_split(v)))),
    "selected-at": FunctionSpec(2, 2, _selected_at),
    "jr:choice-name": FunctionSpec(2, 2, _choice_name),
    # text
    "string": FunctionSpec(0, 1, lambda ctx, v=None: to_string(ctx.current if v is None else v)),
    "string-length": FunctionSpec(0, 1, lambda ctx, v=None: float(len(to_string(ctx.current if v is None else v)))),
    "concat": FunctionSpec(0, None, lambda ctx, *a: "".join(to_string(v) for v in _flat(a))),
    "join": FunctionSpec(1, None, lambda ctx, sep, *a: to_string(sep).join(to_string(v) for v in _flat(a))),
    "substr": FunctionSpec(2, 3, _substr),
    "substring-before": FunctionSpec(2, 2, lambda ctx, s, t: _around(to_string(s), to_string(t), 0)),
    "substring-after": FunctionSpec(2, 2, lambda ctx, s, t: _around(to_string(s), to_string(t), 2)),
    "contains": FunctionSpec(2, 2, lambda ctx, s, t: to_string(t) in to_string(s)),
    "starts-with": FunctionSpec(2, 2, lambda ctx, s, t: to_string(s).startswith(to_string(t))),
    "ends-with": FunctionSpec(2, 2, lambda ctx, s, t: to_string(s).endswith(to_string(t))),
    "translate": FunctionSpec(3, 3, _translate),
    "normalize-space": FunctionSpec(0, 1, lambda ctx, v=None: " ".join(to_string(ctx.current if v is None
                                                                                     else v).split())),
    "regex": FunctionSpec(2, 2, _regex),
    "uuid": FunctionSpec(0, 1, _uuid),
    # numbers
    "number": FunctionSpec(0, 1, lambda ctx, v=None: to_number(ctx.current if v is None else v)),
    "int": FunctionSpec(1, 1, _int),
    "round": FunctionSpec(1, 2, _round),
    "floor": FunctionSpec(1, 1, _math(math.floor)),
    "ceiling": FunctionSpec(1, 1, _math(math.ceil)),
    "abs": FunctionSpec(1, 1, _math(abs)),
    "pow": FunctionSpec(2, 2, _math(math.pow)),
    "sqrt": FunctionSpec(1, 1, _math(math.sqrt)),
    "exp": FunctionSpec(1, 1, _math(math.exp)),
    "exp10": FunctionSpec(1, 1, _math(lambda x: math.pow(10, x))),
    "log": FunctionSpec(1, 1, _math(math.log)),
    "log10": FunctionSpec(1, 1, _math(math.log10)),
    "sin": FunctionSpec(1, 1, _math(math.sin)),
    "cos": FunctionSpec(1, 1, _math(math.cos)),
    "tan": FunctionSpec(1, 1, _math(math.tan)),
    "asin": FunctionSpec(1, 1, _math(math.asin)),
    "acos": FunctionSpec(1, 1, _math(math.acos)),
    "atan": FunctionSpec(1, 1, _math(math.atan)),
    "atan2": FunctionSpec(2, 2, _math(math.atan2)),
    "pi": FunctionSpec(0, 0, lambda ctx: math.pi),
    "min": FunctionSpec(1, None, _min_max(min)),
    "max": FunctionSpec(1, None, _min_max(max)),
    "sum": FunctionSpec(1, 1, _sum),
    "count": FunctionSpec(1, 1, lambda ctx, v: float(len(v)) if isinstance(v, list) else 1.0),
    "count-non-empty": FunctionSpec(1, 1, lambda ctx, v: float(sum(1 for x in _flat((v,)) if to_string(x)))),
    "random": FunctionSpec(0, 0, lambda ctx: random.random()),
    # dates and times
    "today": FunctionSpec(0, 0, lambda ctx: ctx.today()),
    "now": FunctionSpec(0, 0, lambda ctx: ctx.now()),
    "date": FunctionSpec(1, 1, _date),
    "date-time": FunctionSpec(1, 1, _date_time),
    "decimal-date-time": FunctionSpec(1, 1, lambda ctx, v: to_number(v)),
    "decimal-date": FunctionSpec(1, 1, lambda ctx, v: to_number(v)),
    "decimal-time": FunctionSpec(1, 1, _decimal_time),
    "format-date": FunctionSpec(2, 2, _format_date),
    "format-date-time": FunctionSpec(2, 2, _format_date),
    # repeats (evaluated by the compiler, which knows the instance)
    "position": FunctionSpec(0, 1, lambda ctx, v=None: float(ctx.position())),
    "indexed-repeat": FunctionSpec(3, None, _unavailable),
    "current": FunctionSpec(0, 0, lambda ctx: ctx.current),
    "instance": FunctionSpec(1, 1, _unavailable, offline=False),
    # known to ODK, but they need data or sensors the laptop does not have
    "pulldata": FunctionSpec(4, 4, _unavailable, offline=False),
    "area": FunctionSpec(1, 1, _unavailable, offline=False),
    "distance": FunctionSpec(1, None, _unavailable, offline=False),
    "geofence": FunctionSpec(2, 2, _unavailable, offline=False),
    "digest": FunctionSpec(2, 3, _unavailable, offline=False),
    "base64-decode": FunctionSpec(1, 1, _unavailable, offline=False),
    "extract-signed": FunctionSpec(2, 2, _unavailable, offline=False),
    "version": FunctionSpec(0, 0, _unavailable, offline=False),
}

__all__ = ["FUNCTIONS", "FunctionSpec", "format_number", "regex_problem"]
