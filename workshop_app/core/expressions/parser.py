"""A Pratt parser for the XLSForm (XPath 1.0 subset) expression language, guarded against hostile input."""

from __future__ import annotations

from workshop_app.core.expressions.errors import ExpressionError
from workshop_app.core.expressions.functions import FUNCTIONS
from workshop_app.core.expressions.lexer import Token, tokenize
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
    children,
)

MAX_DEPTH = 100
"""Deepest nesting of brackets, calls and operators: far above real forms, far below Python's recursion limit."""

# Binding powers: higher binds tighter. Word operators (and, or, div, mod) are names in prefix position.
_POWER = {"or": 10, "and": 20, "=": 30, "!=": 30, "<": 40, "<=": 40, ">": 40, ">=": 40,
          "+": 50, "-": 50, "*": 60, "div": 60, "mod": 60, "|": 80}
_UNARY_POWER = 70
_WORD_OPERATORS = {"and", "or", "div", "mod"}
_ADDITIVE = {"+", "-"}
_MULTIPLICATIVE = {"*", "div", "mod"}


class _Parser:
    def __init__(self, text: str, question: str, bare_names: bool) -> None:
        self.question = question
        self.bare_names = bare_names
        self.tokens = tokenize(text, question)
        self.index = 0
        self.depth = 0

    # -- helpers -----------------------------------------------------------------------------------
    def peek(self, ahead: int = 0) -> Token:
        return self.tokens[min(self.index + ahead, len(self.tokens) - 1)]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index = min(self.index + 1, len(self.tokens) - 1)
        return token

    def error(self, token: Token, message: str) -> ExpressionError:
        return ExpressionError(self.question, token.position, message)

    def expect(self, text: str, what: str) -> Token:
        token = self.peek()
        if token.kind != "op" or token.text != text:
            found = f"{what} is missing" if token.kind == "end" else f"expected {what}, found {_show(token)}"
            raise self.error(token, found)
        return self.advance()

    def nest(self, token: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(token, f"the expression is nested more than {MAX_DEPTH} levels deep")

    # -- grammar -----------------------------------------------------------------------------------
    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise self.error(self.peek(), "the expression is empty")
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            raise self.error(token, f"unexpected {_show(token)}")
        _check_depth(node, self.question)
        return node

    def infix(self, token: Token) -> str | None:
        if token.kind == "op" and token.text in _POWER:
            return token.text
        if token.kind == "name" and token.text in _WORD_OPERATORS:
            return token.text
        return None

    def expression(self, min_power: int) -> Node:
        left = self.prefix()
        while True:
            token = self.peek()
            op = self.infix(token)
            if op is None:
                if token.kind == "end" or (token.kind == "op" and token.text in (")", ",", "]")):
                    return left
                raise self.error(token, f"an operator such as 'and' or '=' is missing before {_show(token)}")
            power = _POWER[op]
            if power <= min_power:
                return left
            self.advance()
            if op == "|":
                raise self.error(token, "the union operator '|' is not supported")
            if self.peek().kind == "end":
                raise self.error(token, f"'{op}' needs something after it")
            right = self.expression(power)
            left = _combine(op, left, right, token.position)

    def prefix(self) -> Node:
        token = self.peek()
        if token.kind == "number":
            self.advance()
            return Literal(token.position, float(token.text))
        if token.kind == "string":
            self.advance()
            return Literal(token.position, token.text[1:-1])
        if token.kind == "ref":
            self.advance()
            self.no_path_after(token)
            return Ref(token.position, token.text, token.last_saved)
        if token.kind == "op" and token.text == "-":
            self.advance()
            self.nest(token)
            operand = self.expression(_UNARY_POWER)
            self.depth -= 1
            return Unary(token.position, operand)
        if token.kind == "op" and token.text == "(":
            self.advance()
            self.nest(token)
            if self.peek().kind == "op" and self.peek().text == ")":
                raise self.error(self.peek(), "empty brackets '()'")
            node = self.expression(0)
            self.expect(")", "a closing ')'")
            self.depth -= 1
            self.no_path_after(token)
            return node
        if token.kind == "name" and self.peek(1).kind == "op" and self.peek(1).text == "(":
            return self.call()
        if token.kind in ("name", "op") and (token.kind == "name" or token.text in (".", "..", "/", "//", "@", "*")):
            return self.path(None)
        if token.kind == "end":
            raise self.error(token, "the expression ends too early")
        raise self.error(token, f"unexpected {_show(token)}")

    def no_path_after(self, token: Token) -> None:
        following = self.peek()
        if following.kind == "op" and following.text in ("/", "//", "["):
            raise self.error(following, f"{_show(following)} cannot follow {_show(token)}")

    def call(self) -> Node:
        token = self.advance()
        name = token.text
        spec = FUNCTIONS.get(name)
        if spec is None:
            raise self.error(token, f"unknown function '{name}()'")
        self.advance()  # (
        self.nest(token)
        args: list[Node] = []
        if not (self.peek().kind == "op" and self.peek().text == ")"):
            while True:
                args.append(self.expression(0))
                if self.peek().kind == "op" and self.peek().text == ",":
                    self.advance()
                    continue
                break
        self.expect(")", f"a closing ')' for '{name}('")
        self.depth -= 1
        if not spec.min_args <= len(args) <= (spec.max_args if spec.max_args is not None else len(args)):
            raise self.error(token, f"'{name}()' {spec.arity_text()}, not {len(args)}")
        if name == "current":
            return self.path(Current(token.position))
        if name == "instance":
            raise self.error(token, "lookups in instance() are not supported")
        self.no_path_after(token)
        return Call(token.position, name, tuple(args))

    def path(self, start: Node | None) -> Node:
        """A location path; ODK resolves ``../name`` and ``/data/group/name`` to the question called ``name``."""
        first = self.peek()
        steps: list[Token] = []
        absolute = False
        if start is None:
            if first.kind == "op" and first.text in ("/", "//"):
                if first.text == "//":
                    raise self.error(first, "'//' paths are not supported; use ${name}")
                absolute = True
                self.advance()
            steps.append(self.step())
        while self.peek().kind == "op" and self.peek().text in ("/", "//"):
            slash = self.advance()
            if slash.text == "//":
                raise self.error(slash, "'//' paths are not supported; use ${name}")
            steps.append(self.step())
        if self.peek().kind == "op" and self.peek().text == "[":
            raise self.error(self.peek(), "filters in square brackets are not supported")
        position = first.position
        if not steps:
            return start if start is not None else Current(position)
        last = steps[-1]
        if last.text in (".", ".."):
            return Current(position) if all(s.text == "." for s in steps) else Parent(position)
        if len(steps) == 1 and start is None and not absolute:
            if self.bare_names:
                return Column(position, last.text)
            raise ExpressionError(self.question, position, f"'{last.text}' is not a reference; write "
                                                           f"${{{last.text}}} to use that question's answer")
        return Ref(position, last.text)

    def step(self) -> Token:
        token = self.peek()
        if token.kind == "name" or (token.kind == "op" and token.text in (".", "..")):
            return self.advance()
        if token.kind == "op" and token.text in ("@", "*"):
            raise self.error(token, f"{_show(token)} in a path is not supported")
        raise self.error(token, "a path step is missing" if token.kind == "end" else f"unexpected {_show(token)}")


def _combine(op: str, left: Node, right: Node, position: int) -> Node:
    """Build the node for ``left op right``, keeping chains of one kind flat."""
    if op in ("and", "or"):
        if isinstance(left, Logical) and left.op == op:
            return Logical(left.position, op, (*left.items, right))
        return Logical(left.position, op, (left, right))
    family = _ADDITIVE if op in _ADDITIVE else _MULTIPLICATIVE if op in _MULTIPLICATIVE else None
    if family is not None:
        if isinstance(left, Arithmetic) and left.rest[0][0] in family:
            return Arithmetic(left.position, left.first, (*left.rest, (op, right)))
        return Arithmetic(left.position, left, ((op, right),))
    return Compare(position, op, left, right)


def _check_depth(root: Node, question: str) -> None:
    """Refuse trees deeper than ``MAX_DEPTH`` (e.g. ``a = b = c = ...``), which evaluation would recurse into."""
    pending: list[tuple[Node, int]] = [(root, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ExpressionError(question, node.position,
                                  f"the expression is nested more than {MAX_DEPTH} levels deep")
        pending.extend((child, depth + 1) for child in children(node))


def _show(token: Token) -> str:
    if token.kind == "end":
        return "the end"
    text = token.text if len(token.text) <= 30 else token.text[:27] + "..."
    return f"${{{text}}}" if token.kind == "ref" else f"'{text}'"


def parse(text: str, question: str = "", *, bare_names: bool = False) -> Node:
    """The syntax tree of ``text``; raises ``ExpressionError`` naming ``question`` and the position.

    ``bare_names`` lets plain names stand for choice columns, as in a ``choice_filter``.
    """
    return _Parser(text, question, bare_names).parse()
