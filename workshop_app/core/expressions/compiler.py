"""Turn a syntax tree into a tree of closures, so a form's expressions are parsed once and evaluated fast.

A compiled expression is a function of one argument, the evaluation context, which must offer
``current`` (the value of ``.``), ``value(name)``, ``column(name)``, ``today()``, ``now()``,
``position()``, ``choice_label(question, value)`` and ``indexed(name, [(repeat, index), ...])``.
``resolve_ref`` lets a form compile ``${name}`` into something faster than ``ctx.value(name)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from workshop_app.core.expressions.errors import ExpressionError
from workshop_app.core.expressions.functions import FUNCTIONS
from workshop_app.core.expressions.nodes import (
    Arithmetic,
    Call,
    Column,
    Compare,
    Current,
    Literal,
    Logical,
    Node,
    Parent,
    Ref,
    Unary,
)
from workshop_app.core.expressions.values import Value, arithmetic, compare, equals, to_bool, to_number
from workshop_app.texts import QT_TRANSLATE_NOOP

Compiled = Callable[[Any], Value]
RefResolver = Callable[[Ref], Compiled]


def _default_ref(node: Ref) -> Compiled:
    name = node.name
    if node.last_saved:
        return lambda ctx: ""  # the previous submission is not kept offline
    return lambda ctx: ctx.value(name)


def compile_node(node: Node, resolve_ref: RefResolver | None = None, question: str = "") -> Compiled:
    """A closure computing ``node``'s value in a context."""
    return _Compiler(resolve_ref or _default_ref, question).compile(node)


class _Compiler:
    def __init__(self, resolve_ref: RefResolver, question: str) -> None:
        self.resolve_ref = resolve_ref
        self.question = question

    def compile(self, node: Node) -> Compiled:
        if isinstance(node, Literal):
            value = node.value
            return lambda ctx: value
        if isinstance(node, Ref):
            return _default_ref(node) if node.last_saved else self.resolve_ref(node)
        if isinstance(node, Current):
            return lambda ctx: ctx.current
        if isinstance(node, Parent):
            return lambda ctx: ""
        if isinstance(node, Column):
            name = node.name
            return lambda ctx: ctx.column(name)
        if isinstance(node, Unary):
            operand = self.compile(node.operand)
            return lambda ctx: -to_number(operand(ctx))
        if isinstance(node, Compare):
            return self.compare(node)
        if isinstance(node, Arithmetic):
            return self.arithmetic(node)
        if isinstance(node, Logical):
            return self.logical(node)
        if isinstance(node, Call):
            return self.call(node)
        raise TypeError(f"unknown node {node!r}")  # pragma: no cover - the parser makes no other nodes

    def compare(self, node: Compare) -> Compiled:
        left, right, op = self.compile(node.left), self.compile(node.right), node.op
        if op == "=":
            if isinstance(node.right, Literal) and isinstance(node.right.value, str):
                # The commonest skip logic, ${x} = 'yes': text against text needs no type dispatch.
                text = node.right.value

                def equals_text(ctx: Any) -> bool:
                    value = left(ctx)
                    return value == text if value.__class__ is str else equals(value, text)

                return equals_text
            return lambda ctx: equals(left(ctx), right(ctx))
        if op == "!=":
            return lambda ctx: _not_equals(left(ctx), right(ctx))
        return lambda ctx: compare(op, left(ctx), right(ctx))

    def arithmetic(self, node: Arithmetic) -> Compiled:
        first = self.compile(node.first)
        rest = [(op, self.compile(operand)) for op, operand in node.rest]
        if len(rest) == 1:
            op, second = rest[0]
            return lambda ctx: arithmetic(op, to_number(first(ctx)), to_number(second(ctx)))

        def chain(ctx: Any) -> float:
            total = to_number(first(ctx))
            for op, operand in rest:
                total = arithmetic(op, total, to_number(operand(ctx)))
            return total

        return chain

    def logical(self, node: Logical) -> Compiled:
        items = [self.compile(item) for item in node.items]
        if node.op == "and":
            if len(items) == 2:
                a, b = items
                return lambda ctx: to_bool(a(ctx)) and to_bool(b(ctx))
            return lambda ctx: all(to_bool(item(ctx)) for item in items)
        if len(items) == 2:
            a, b = items
            return lambda ctx: to_bool(a(ctx)) or to_bool(b(ctx))
        return lambda ctx: any(to_bool(item(ctx)) for item in items)

    def call(self, node: Call) -> Compiled:
        name = node.name
        if name == "indexed-repeat":
            return self.indexed_repeat(node)
        args = [self.compile(arg) for arg in node.args]
        if name == "if":
            condition, then, otherwise = args
            return lambda ctx: then(ctx) if to_bool(condition(ctx)) else otherwise(ctx)
        if name == "position":
            return lambda ctx: float(ctx.position())
        impl = _guarded(FUNCTIONS[name].impl)
        if not args:
            return lambda ctx: impl(ctx)
        if len(args) == 1:
            (only,) = args
            return lambda ctx: impl(ctx, only(ctx))
        if len(args) == 2:
            a, b = args
            return lambda ctx: impl(ctx, a(ctx), b(ctx))
        return lambda ctx: impl(ctx, *[arg(ctx) for arg in args])

    def indexed_repeat(self, node: Call) -> Compiled:
        """``indexed-repeat(${name}, ${repeat}, n [, ${inner_repeat}, m])``: one instance's answer."""
        target, *pairs = node.args
        if not isinstance(target, Ref) or len(pairs) % 2 or not all(isinstance(r, Ref) for r in pairs[::2]):
            raise ExpressionError(self.question, node.position,
                                  QT_TRANSLATE_NOOP("errors", "indexed-repeat() takes {question}, then pairs of "
                                                              "{repeat} and a number"),
                                  question="${question}", repeat="${repeat}")
        repeats = [(r.name, self.compile(index)) for r, index in zip(pairs[::2], pairs[1::2], strict=True)]
        field = target.name  # type: ignore[union-attr]
        return lambda ctx: ctx.indexed(field, [(repeat, to_number(index(ctx))) for repeat, index in repeats])


def _guarded(impl: Callable[..., Value]) -> Callable[..., Value]:
    """A function that gives empty text instead of raising: a kiosk must keep going whatever a form computes."""

    def call(ctx: Any, *args: Value) -> Value:
        try:
            return impl(ctx, *args)
        except (ArithmeticError, ValueError, TypeError, IndexError, LookupError, re.error, RecursionError):
            return ""

    return call


def _not_equals(left: Value, right: Value) -> bool:
    if isinstance(left, list) or isinstance(right, list):
        lefts = left if isinstance(left, list) else [left]
        rights = right if isinstance(right, list) else [right]
        return any(not equals(a, b) for a in lefts for b in rights)
    return not equals(left, right)
