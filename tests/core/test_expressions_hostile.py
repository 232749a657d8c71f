"""Random and hostile expressions: a clear ``ExpressionError`` every time, never a crash, a hang or a recursion."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.core.expressions import FUNCTIONS, MAX_LENGTH, ExpressionError, evaluate, parse_expression
from workshop_app.core.expressions.context import SimpleContext

pytestmark = pytest.mark.reliability

# HYPOTHESIS_EXAMPLES=8000 for a longer hunt; the default keeps the core suite within seconds.
FAST = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
ANSWERS = {"a": "1", "b": "x y", "c": "", "d": "2024-02-29", "e": "-1e308", "f": "999999999999999999999"}

# Pieces an attacker (or a typo) might combine: every token kind, unbalanced brackets, odd characters.
PIECES = st.sampled_from([
    "${a}", "${b}", "${c}", "${zz}", "${", "}", "(", ")", ",", ".", "..", "/", "//", "[", "]", "@", "*", "|",
    "=", "!=", "<", "<=", ">", ">=", "+", "-", "div", "mod", "and", "or", "not(", "selected(", "if(",
    "count-selected(", "concat(", "today()", "'text'", '"q"', "'", "1", "0", "-0", "1.5", ".5", "1e308",
    "foo(", "jr:choice-name(", "current()", "instance(", " ", "\n", "\x00", "é", "€", "$", "#", "\\",
])


@FAST
@given(st.text(max_size=200))
def test_random_text_parses_or_fails_clearly(text: str) -> None:
    _parse_and_run(text)


@FAST
@given(st.lists(PIECES, max_size=40).map("".join))
def test_random_token_soup_parses_or_fails_clearly(text: str) -> None:
    _parse_and_run(text)


def _literal() -> st.SearchStrategy[str]:
    numbers = st.one_of(st.integers(-10**12, 10**12).map(str), st.sampled_from(
        ["0", "1" + "0" * 308, "0.000001", "99999999999999999999999", "-1", "1 div 0", "0 div 0", "-(1 div 0)",
         "'1e308'"]))
    texts = st.sampled_from(["''", "'a b'", "'2024-02-29'", "'9999-12-31T23:59:59Z'", "'NaN'", "'%Y-%m %b %3'",
                             "'(a+)+'", "'[0-9]'", "'-5'", "' '"])
    return st.one_of(numbers, texts, st.sampled_from(["${a}", "${b}", "${c}", "${d}", "${e}", "${f}", "."]))


def _calls(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    names = sorted(name for name in FUNCTIONS if name not in ("instance", "indexed-repeat", "current"))

    @st.composite
    def call(draw: st.DrawFn) -> str:
        name = draw(st.sampled_from(names))
        spec = FUNCTIONS[name]
        top = spec.max_args if spec.max_args is not None else spec.min_args + 3
        count = draw(st.integers(spec.min_args, top))
        return f"{name}({', '.join(draw(inner) for _ in range(count))})"

    operators = st.sampled_from(["+", "-", "*", "div", "mod", "=", "!=", "<", ">=", "and", "or"])
    return st.one_of(call(), st.tuples(inner, operators, inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
                     inner.map(lambda s: f"-{s}"))


@FAST
@given(st.recursive(_literal(), _calls, max_leaves=12))
def test_every_function_evaluates_without_exception(text: str) -> None:
    try:
        expression = parse_expression(text, "q")
    except ExpressionError:
        return  # e.g. a regular expression that could freeze the kiosk is refused up front
    for current in ("", "3", "a b", "2024-01-01"):
        expression.compile()(SimpleContext(ANSWERS, current))


def _parse_and_run(text: str) -> None:
    try:
        expression = parse_expression(text, "q", "relevant")
    except ExpressionError as error:
        assert error.question == "q"
        assert 1 <= error.position <= len(text) + 1
        assert str(error).startswith("In 'q', position ")
        return
    expression.compile()(SimpleContext(ANSWERS, "1"))


@pytest.mark.parametrize("text", [
    "(" * 100_000,
    "(" * 5_000 + "1" + ")" * 5_000,
    "not(" * 5_000 + "1" + ")" * 5_000,
    "-" * 5_000 + "1",
    "1" + " = 1" * 3_000,
    "concat(" * 3_000 + "'a'" + ")" * 3_000,
    "${a}" * 30_000,
])
def test_deep_and_long_input_is_refused_quickly(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text, "q")
    assert time.perf_counter() - start < 1.0
    assert "nested more than" in str(caught.value) or "longer than" in str(caught.value) \
        or "missing" in str(caught.value)


def test_length_limit_is_reported_where_it_is_passed() -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression("1" * (MAX_LENGTH + 1), "q")
    assert caught.value.position == MAX_LENGTH + 1


def test_catastrophic_regex_from_an_answer_does_not_hang() -> None:
    start = time.perf_counter()
    assert evaluate("regex(${a}, ${b})", {"a": "a" * 40 + "!", "b": "(a+)+$"}) is False
    assert evaluate("regex(${a}, ${b})", {"a": "x", "b": "(unclosed"}) is False
    assert time.perf_counter() - start < 0.5


def test_huge_numbers_do_not_overflow() -> None:
    assert evaluate("pow(10, 400)") == float("inf") or evaluate("pow(10, 400)") != evaluate("pow(10, 400)")
    assert evaluate("substr('abc', 1 div 0)") == ""
    assert evaluate("round(1.5, 1" + "0" * 308 + ")") == 1.5
    assert evaluate("date(1" + "0" * 308 + ")") == ""
    assert evaluate("format-date(1" + "0" * 300 + ", '%Y')") == ""
