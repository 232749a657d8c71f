"""XLSForm expressions (``relevant``, ``constraint``, ``calculation``): a safe parser and evaluator.

Never ``eval``: text is tokenized, parsed by a recursive-descent (Pratt) parser with depth and length limits,
and compiled to closures. Semantics follow ODK's XPath: unanswered is ``""``, ``selected()`` works on
space-separated answers, numbers and numeric text compare as numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from workshop_app.core.expressions.compiler import Compiled, RefResolver, compile_node
from workshop_app.core.expressions.context import SimpleContext
from workshop_app.core.expressions.errors import ExpressionError
from workshop_app.core.expressions.functions import FUNCTIONS, regex_problem
from workshop_app.core.expressions.lexer import MAX_LENGTH
from workshop_app.core.expressions.nodes import Call, Column, Current, Literal, Node, Ref, walk
from workshop_app.core.expressions.parser import MAX_DEPTH, parse
from workshop_app.core.expressions.values import Value, format_number, to_bool, to_number, to_string


@dataclass(frozen=True)
class Expression:
    """A parsed expression and what it refers to."""

    text: str
    tree: Node
    references: tuple[tuple[str, int], ...] = field(default=())
    """``(question name, position)`` of every reference, in order of appearance."""
    uses_current: bool = False
    functions: frozenset[str] = frozenset()
    columns: frozenset[str] = frozenset()

    @property
    def names(self) -> frozenset[str]:
        """The names of the questions referred to."""
        return frozenset(name for name, _ in self.references)

    @property
    def offline_unavailable(self) -> frozenset[str]:
        """Functions used that cannot be computed offline (they evaluate to empty text)."""
        return frozenset(f for f in self.functions if not FUNCTIONS[f].offline)

    def compile(self, resolve_ref: RefResolver | None = None, question: str = "") -> Compiled:
        """A closure computing the value in an evaluation context."""
        return compile_node(self.tree, resolve_ref, question)


def parse_expression(text: str, question: str = "", field: str = "", *, bare_names: bool = False) -> Expression:
    """Parse ``text``; raises ``ExpressionError`` naming ``question``, the column ``field`` and the position."""
    try:
        if len(text) <= _CACHED_LENGTH:
            return _parse_cached(text, bare_names, question)
        return _parse(text, bare_names, question)
    except ExpressionError as exc:
        raise exc.located(question, field) from None


# Forms repeat the same short expressions (${x} = 'yes') across questions and versions; long hostile texts are
# not worth keeping in memory.
_CACHED_LENGTH = 2_000


@lru_cache(maxsize=4096)
def _parse_cached(text: str, bare_names: bool, question: str) -> Expression:
    return _parse(text, bare_names, question)


def _parse(text: str, bare_names: bool, question: str) -> Expression:
    tree = parse(text, question, bare_names=bare_names)
    nodes = walk(tree)
    references = tuple((n.name, n.position) for n in nodes if isinstance(n, Ref))
    functions = frozenset(n.name for n in nodes if isinstance(n, Call))
    for node in nodes:
        if isinstance(node, Call) and node.name == "regex" and len(node.args) == 2:
            pattern = node.args[1]
            if isinstance(pattern, Literal) and isinstance(pattern.value, str):
                problem = regex_problem(pattern.value)
                if problem:
                    raise ExpressionError(question, pattern.position, problem)
    return Expression(
        text, tree, references,
        uses_current=any(isinstance(n, Current) for n in nodes) or any(
            isinstance(n, Call) and n.name in ("once", "string", "string-length", "number", "normalize-space")
            and not n.args for n in nodes),
        functions=functions,
        columns=frozenset(n.name for n in nodes if isinstance(n, Column)),
    )


def evaluate(text: str, answers: Mapping[str, Value] | None = None, current: Value = "", *,
             today: date | None = None, question: str = "") -> Value:
    """Parse and evaluate ``text`` once against ``answers`` by name (for tests and one-off checks)."""
    compiled = parse_expression(text, question).compile(question=question)
    return compiled(SimpleContext(answers, current, today=today))


__all__ = [
    "FUNCTIONS", "MAX_DEPTH", "MAX_LENGTH", "Compiled", "Expression", "ExpressionError", "SimpleContext", "Value",
    "evaluate", "format_number", "parse_expression", "to_bool", "to_number", "to_string",
]
