"""XPath values and their conversions, as ODK evaluates them.

A value is a ``str`` (an answer; unanswered is ``""``), a ``float``, a ``bool``, or a ``list`` of strings
(the answers of one question in every repeat instance: a node-set).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone

Value = str | float | bool | list

EPOCH = date(1970, 1, 1)
_NUMBER = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*")
_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\s*")


def to_string(value: Value) -> str:
    """XPath ``string()``: numbers without a needless ``.0``, booleans as ``true``/``false``."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, list):
        return value[0] if value else ""
    return format_number(value)  # type: ignore[arg-type]


def format_number(number: float) -> str:
    """A number as XPath writes it: ``3`` not ``3.0``, ``NaN``, ``Infinity``."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == int(number) and abs(number) < 1e15:
        return str(int(number))
    return repr(number)


def to_number(value: Value) -> float:
    """XPath ``number()``; ISO dates count days since 1970-01-01, as ODK's date arithmetic does."""
    if value.__class__ is float:
        return value  # type: ignore[return-value]
    if value is True or value is False:
        return 1.0 if value else 0.0
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, int):
        return float(value)
    text = value  # type: ignore[assignment]
    if _NUMBER.fullmatch(text):
        return float(text)
    days = date_to_days(text)
    return math.nan if days is None else days


def to_bool(value: Value) -> bool:
    """XPath ``boolean()``: non-empty text, a non-zero number, a non-empty node-set."""
    if value.__class__ is bool:
        return value  # type: ignore[return-value]
    if value.__class__ is str:
        return value != ""
    if isinstance(value, list):
        return bool(value)
    return not (value == 0 or math.isnan(value))  # type: ignore[operator, arg-type]


def date_to_days(text: str) -> float | None:
    """Days since 1970-01-01 (with a fraction for a time of day) for an ISO date or date-time, else None."""
    match = _DATE.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, _zone = match.groups()
    try:
        days = (date(int(year), int(month), int(day)) - EPOCH).days
    except ValueError:
        return None
    if hour is None:
        return float(days)
    return days + (int(hour) * 3600 + int(minute) * 60 + int(second or 0)) / 86400


def days_to_date(days: float) -> str:
    """The ISO date ``days`` after 1970-01-01, or ``""`` when that is not a date."""
    if math.isnan(days) or math.isinf(days) or abs(days) > 2_900_000:
        return ""
    return (EPOCH + timedelta(days=math.floor(days))).isoformat()


def iso_now() -> str:
    """The current local date and time, as ODK's ``now()`` writes it."""
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="milliseconds")


def _scalars(value: Value) -> list[Value]:
    return value if isinstance(value, list) else [value]  # type: ignore[return-value]


def equals(left: Value, right: Value) -> bool:
    """XPath ``=``: booleans win, then numbers, else text; a node-set matches if any of its members does."""
    if isinstance(left, list) or isinstance(right, list):
        return any(equals(a, b) for a in _scalars(left) for b in _scalars(right))
    if left.__class__ is str and right.__class__ is str:
        return left == right
    if left.__class__ is bool or right.__class__ is bool:
        return to_bool(left) == to_bool(right)
    return to_number(left) == to_number(right)


def compare(op: str, left: Value, right: Value) -> bool:
    """XPath ``<``, ``<=``, ``>``, ``>=``: both sides as numbers (dates as day numbers)."""
    if isinstance(left, list) or isinstance(right, list):
        return any(compare(op, a, b) for a in _scalars(left) for b in _scalars(right))
    a, b = to_number(left), to_number(right)
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def arithmetic(op: str, a: float, b: float) -> float:
    """``+ - * div mod`` on numbers; division by zero gives Infinity or NaN as in XPath, never an exception."""
    try:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "div":
            if b == 0:
                return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * math.copysign(1, b)
            return a / b
        if b == 0 or math.isinf(a):
            return math.nan
        return math.fmod(a, b)
    except OverflowError:
        return math.inf
