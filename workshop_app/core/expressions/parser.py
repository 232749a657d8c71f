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
from workshop_app.texts import QT_TRANSLATE_NOOP, Text, TranslationContext

errors = TranslationContext("errors")


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

    def error(self, token: Token, message: str, /, **params: object) -> ExpressionError:
        return ExpressionError(self.question, token.position, message, **params)

    def close(self, function: str = "") -> Token:
        """The closing bracket of a group, or of a call of ``function``."""
        token = self.peek()
        if token.kind == "op" and token.text == ")":
            return self.advance()
        if function and token.kind == "end":
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "a closing ')' for '{name}(' is missing"),
                             name=function)
        if function:
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "expected a closing ')' for '{name}(', found {found}"),
                             name=function, found=_show(token))
        if token.kind == "end":
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "a closing ')' is missing"))
        raise self.error(token, QT_TRANSLATE_NOOP("errors", "expected a closing ')', found {found}"),
                         found=_show(token))

    def nest(self, token: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "the expression is nested more than {maximum} levels "
                                                                "deep"), maximum=MAX_DEPTH)

    # -- grammar -----------------------------------------------------------------------------------
    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise self.error(self.peek(), QT_TRANSLATE_NOOP("errors", "the expression is empty"))
        node = self.expression(0)
        token = self.peek()
        if token.kind != "end":
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "unexpected {found}"), found=_show(token))
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
                raise self.error(token, QT_TRANSLATE_NOOP("errors", "an operator such as 'and' or '=' is missing "
                                                                    "before {found}"), found=_show(token))
            power = _POWER[op]
            if power <= min_power:
                return left
            self.advance()
            if op == "|":
                raise self.error(token, QT_TRANSLATE_NOOP("errors", "the union operator '|' is not supported"))
            if self.peek().kind == "end":
                raise self.error(token, QT_TRANSLATE_NOOP("errors", "'{op}' needs something after it"), op=op)
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
                raise self.error(self.peek(), QT_TRANSLATE_NOOP("errors", "empty brackets '()'"))
            node = self.expression(0)
            self.close()
            self.depth -= 1
            self.no_path_after(token)
            return node
        if token.kind == "name" and self.peek(1).kind == "op" and self.peek(1).text == "(":
            return self.call()
        if token.kind in ("name", "op") and (token.kind == "name" or token.text in (".", "..", "/", "//", "@", "*")):
            return self.path(None)
        if token.kind == "end":
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "the expression ends too early"))
        raise self.error(token, QT_TRANSLATE_NOOP("errors", "unexpected {found}"), found=_show(token))

    def no_path_after(self, token: Token) -> None:
        following = self.peek()
        if following.kind == "op" and following.text in ("/", "//", "["):
            raise self.error(following, QT_TRANSLATE_NOOP("errors", "{found} cannot follow {token}"),
                             found=_show(following), token=_show(token))

    def call(self) -> Node:
        token = self.advance()
        name = token.text
        spec = FUNCTIONS.get(name)
        if spec is None:
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "unknown function '{name}()'"), name=name)
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
        self.close(name)
        self.depth -= 1
        if not spec.min_args <= len(args) <= (spec.max_args if spec.max_args is not None else len(args)):
            raise self.error(token, _arity(name, len(args), spec.min_args, spec.max_args))
        if name == "current":
            return self.path(Current(token.position))
        if name == "instance":
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "lookups in instance() are not supported"))
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
                    raise self.error(first, QT_TRANSLATE_NOOP("errors", "'//' paths are not supported; use {example}"),
                                     example="${name}")
                absolute = True
                self.advance()
            steps.append(self.step())
        while self.peek().kind == "op" and self.peek().text in ("/", "//"):
            slash = self.advance()
            if slash.text == "//":
                raise self.error(slash, QT_TRANSLATE_NOOP("errors", "'//' paths are not supported; use {example}"),
                                 example="${name}")
            steps.append(self.step())
        if self.peek().kind == "op" and self.peek().text == "[":
            raise self.error(self.peek(), QT_TRANSLATE_NOOP("errors", "filters in square brackets are not supported"))
        position = first.position
        if not steps:
            return start if start is not None else Current(position)
        last = steps[-1]
        if last.text in (".", ".."):
            return Current(position) if all(s.text == "." for s in steps) else Parent(position)
        if len(steps) == 1 and start is None and not absolute:
            if self.bare_names:
                return Column(position, last.text)
            raise ExpressionError(self.question, position, QT_TRANSLATE_NOOP("errors", "'{name}' is not a reference; "
                                                                               "write {reference} to use that "
                                                                               "question's answer"),
                                  name=last.text, reference="${" + last.text + "}")
        return Ref(position, last.text)

    def step(self) -> Token:
        token = self.peek()
        if token.kind == "name" or (token.kind == "op" and token.text in (".", "..")):
            return self.advance()
        if token.kind == "op" and token.text in ("@", "*"):
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "{found} in a path is not supported"),
                             found=_show(token))
        if token.kind == "end":
            raise self.error(token, QT_TRANSLATE_NOOP("errors", "a path step is missing"))
        raise self.error(token, QT_TRANSLATE_NOOP("errors", "unexpected {found}"), found=_show(token))


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
            raise ExpressionError(question, node.position, QT_TRANSLATE_NOOP("errors", "the expression is nested "
                                                                               "more than {maximum} levels deep"),
                                  maximum=MAX_DEPTH)
        pending.extend((child, depth + 1) for child in children(node))


def _arity(name: str, given: int, fewest: int, most: int | None) -> Text:
    """The sentence saying how many arguments ``name()`` takes, given ``given``."""
    if most == fewest == 1:
        return Text("errors", QT_TRANSLATE_NOOP("errors", "'{name}()' takes 1 argument, not {given}"), name=name,
                    given=given)
    if most is None and fewest == 1:
        return Text("errors", QT_TRANSLATE_NOOP("errors", "'{name}()' takes at least 1 argument, not {given}"),
                    name=name, given=given)
    if most == fewest:
        return errors.tr("'{name}()' takes {n} arguments, not {given}", "", fewest, name=name, given=given)
    if most is None:
        return errors.tr("'{name}()' takes at least {n} arguments, not {given}", "", fewest, name=name, given=given)
    return errors.tr("'{name}()' takes {fewest} to {n} arguments, not {given}", "", most, name=name, given=given,
                     fewest=fewest)


def _show(token: Token) -> str | Text:
    if token.kind == "end":
        return Text("errors", QT_TRANSLATE_NOOP("errors", "the end"))
    text = token.text if len(token.text) <= 30 else token.text[:27] + "..."
    return f"${{{text}}}" if token.kind == "ref" else f"'{text}'"


def parse(text: str, question: str = "", *, bare_names: bool = False) -> Node:
    """The syntax tree of ``text``; raises ``ExpressionError`` naming ``question`` and the position.

    ``bare_names`` lets plain names stand for choice columns, as in a ``choice_filter``.
    """
    return _Parser(text, question, bare_names).parse()
