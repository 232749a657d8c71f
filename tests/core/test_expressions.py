"""XLSForm expression semantics, as ODK evaluates them: a table of expressions and their values."""

from __future__ import annotations

import math
from datetime import date

import pytest

from workshop_app.core.expressions import ExpressionError, evaluate, parse_expression, to_string

TODAY = date(2024, 3, 15)
ANSWERS = {
    "age": "34", "name": "Ana", "empty": "", "colours": "red blue", "yes": "yes", "decimal": "2.5",
    "dob": "2000-03-15", "zero": "0", "text5": "5",
}


@pytest.mark.parametrize(("expression", "expected"), [
    # references and comparisons
    ("${age} = 34", True),
    ("${age} = '34'", True),
    ("${age} != 34", False),
    ("${age} > 18", True),
    ("${age} >= 34 and ${age} <= 34", True),
    ("${age} < 18 or ${age} > 30", True),
    ("${empty} = ''", True),
    ("${empty} != ''", False),
    ("${missing} = ''", True),
    ("${empty} = 0", False),
    ("${empty} < 1", False),
    ("${yes} = 'yes'", True),
    ("${yes} = 'no'", False),
    ("${text5} = 5.0", True),
    ("${text5} = '5.0'", False),
    ("'abc' < 'abd'", False),
    ("${zero} = 0", True),
    ("true() = 'yes'", True),
    ("false() = ''", True),
    # arithmetic
    ("1 + 2 * 3", 7.0),
    ("(1 + 2) * 3", 9.0),
    ("10 - 4 - 3", 3.0),
    ("7 div 2", 3.5),
    ("7 mod 3", 1.0),
    ("-7 mod 3", -1.0),
    ("-${age} + 4", -30.0),
    ("- - 3", 3.0),
    ("${decimal} * 2", 5.0),
    ("2 * 3 div 4", 1.5),
    ("1 - -1", 2.0),
    # logic
    ("not(${yes} = 'yes')", False),
    ("not(${empty})", True),
    ("true() and false()", False),
    ("true() or false() and false()", True),
    ("boolean(${name})", True),
    ("boolean(0)", False),
    ("if(${age} > 18, 'adult', 'child')", "adult"),
    ("if(${empty} = '', 1, 1 div 0)", 1.0),
    ("coalesce(${empty}, 'fallback')", "fallback"),
    # selects
    ("selected(${colours}, 'blue')", True),
    ("selected(${colours}, 'green')", False),
    ("selected(${colours}, 'bl')", False),
    ("selected(${empty}, 'x')", False),
    ("count-selected(${colours})", 2.0),
    ("count-selected(${empty})", 0.0),
    ("selected-at(${colours}, 1)", "blue"),
    ("selected-at(${colours}, 5)", ""),
    # text
    ("string-length(${name})", 3.0),
    ("string-length(${empty})", 0.0),
    ("concat(${name}, ' is ', ${age})", "Ana is 34"),
    ("concat('a', 1.5, true())", "a1.5true"),
    ("substr('hello', 1, 3)", "el"),
    ("contains(${name}, 'n')", True),
    ("starts-with(${name}, 'A')", True),
    ("normalize-space('  a   b ')", "a b"),
    ("translate('abc', 'abc', 'ABC')", "ABC"),
    ("regex(${age}, '^[0-9]+$')", True),
    ("regex(${name}, '^[0-9]+$')", False),
    ("string(3.0)", "3"),
    ("string(1 div 0)", "Infinity"),
    ("join('-', 'a', 'b')", "a-b"),
    # numbers
    ("number('12')", 12.0),
    ("int(7.9)", 7.0),
    ("int(-7.9)", -7.0),
    ("round(2.5)", 3.0),
    ("round(3.14159, 2)", 3.14),
    ("pow(2, 10)", 1024.0),
    ("max(1, 5, 3)", 5.0),
    ("min(4, ${age})", 4.0),
    ("abs(-3)", 3.0),
    # dates
    ("today()", "2024-03-15"),
    ("today() = '2024-03-15'", True),
    ("${dob} < today()", True),
    ("int((today() - ${dob}) div 365.25)", 24.0),
    ("format-date(${dob}, '%d/%m/%Y')", "15/03/2000"),
    ("date(0)", "1970-01-01"),
    ("decimal-date-time('1970-01-02')", 1.0),
])
def test_expression_values(expression: str, expected: object) -> None:
    assert evaluate(expression, ANSWERS, today=TODAY) == expected


@pytest.mark.parametrize(("expression", "current", "expected"), [
    (". >= 0 and . <= 40", "12", True),
    (". >= 0 and . <= 40", "41", False),
    (". > 0", "", False),
    ("string-length(.) <= 5", "abcdef", False),
    ("not(selected(., 'none') and count-selected(.) > 1)", "none a", False),
    ("not(selected(., 'none') and count-selected(.) > 1)", "none", True),
    ("regex(., '^[A-Z]{2}[0-9]{4}$')", "AB1234", True),
    ("current() = 'x'", "x", True),
    ("string-length()", "four", 4.0),
])
def test_current_value(expression: str, current: str, expected: object) -> None:
    assert evaluate(expression, ANSWERS, current=current) == expected


def test_not_a_number_results() -> None:
    assert math.isnan(evaluate("${empty} + 1", ANSWERS))
    assert math.isnan(evaluate("0 div 0"))
    assert evaluate("1 div 0") == math.inf
    assert to_string(evaluate("${empty} * 2", ANSWERS)) == "NaN"


def test_paths_are_read_as_references() -> None:
    for text in ("../age", "/data/group/age", "current()/../age"):
        expression = parse_expression(text)
        assert expression.names == {"age"}
        assert evaluate(text, ANSWERS) == "34"


def test_references_and_functions_are_reported() -> None:
    expression = parse_expression("selected(${a}, 'x') and ${b} > count-selected(${a})")
    assert expression.references == (("a", 10), ("b", 25), ("a", 47))
    assert expression.functions == {"selected", "count-selected"}
    assert parse_expression("pulldata('f', 'x', 'y', ${a})").offline_unavailable == {"pulldata"}


def test_choice_filters_may_use_bare_column_names() -> None:
    assert parse_expression("filter = ${region}", bare_names=True).columns == {"filter"}
    with pytest.raises(ExpressionError, match="not a reference"):
        parse_expression("filter = ${region}")


@pytest.mark.parametrize(("text", "position", "message"), [
    ("foo(1) = 2", 1, "unknown function 'foo()'"),
    ("${age} > 18 and bar()", 17, "unknown function 'bar()'"),
    ("${age} >", 8, "'>' needs something after it"),
    ("(${age} > 1", 12, "a closing ')' is missing"),
    ("${age} > 1)", 11, "unexpected ')'"),
    ("'unclosed", 1, "never closed"),
    ("${age", 1, "${question_name}"),
    ("${age} 18", 8, "operator such as 'and' or '=' is missing"),
    ("selected(${age})", 1, "'selected()' takes 2 arguments, not 1"),
    ("if(1, 2)", 1, "'if()' takes 3 arguments, not 2"),
    ("${age} # 2", 8, "unexpected character '#'"),
    ("", 1, "the expression is empty"),
    ("()", 2, "empty brackets"),
    ("${a} | ${b}", 6, "union operator"),
    ("instance('x')/root/item", 1, "instance() are not supported"),
    ("${a}[1]", 5, "cannot follow"),
    ("regex(., '(a+)+$')", 10, "could freeze the kiosk"),
])
def test_errors_name_question_and_position(text: str, position: int, message: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression(text, "age_check")
    error = caught.value
    assert (error.question, error.position) == ("age_check", position)
    assert message in str(error)
    assert str(error).startswith(f"In 'age_check', position {position}: ")


def test_error_sentence_names_the_column() -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_expression("foo(1)", "age_check", "constraint")
    assert str(caught.value) == "In 'age_check', position 1 of the constraint: unknown function 'foo()'."
    assert caught.value.field == "constraint"


def test_long_chains_stay_flat() -> None:
    # Real forms sum dozens of scores or list many alternatives; that must not count as nesting.
    total = " + ".join(f"${{q{i}}}" for i in range(500))
    assert evaluate(total, {f"q{i}": "1" for i in range(500)}) == 500.0
    alternatives = " or ".join(f"${{x}} = '{i}'" for i in range(500))
    assert evaluate(alternatives, {"x": "499"}) is True
