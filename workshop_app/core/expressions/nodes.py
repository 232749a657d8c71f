"""The syntax tree of an expression; every node remembers where it starts (for error messages)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Node:
    """Base of every node; ``position`` counts characters from 1."""

    position: int


@dataclass(frozen=True, slots=True)
class Literal(Node):
    """A number or a quoted text."""

    value: float | str


@dataclass(frozen=True, slots=True)
class Ref(Node):
    """``${name}`` (or a path such as ``../name`` or ``/data/group/name``, which ODK resolves the same way)."""

    name: str
    last_saved: bool = False


@dataclass(frozen=True, slots=True)
class Current(Node):
    """``.`` or ``current()``: the value of the question the expression belongs to."""


@dataclass(frozen=True, slots=True)
class Parent(Node):
    """``..``: only meaningful as the argument of ``position(..)``."""


@dataclass(frozen=True, slots=True)
class Column(Node):
    """A bare name in a choice filter: a column of the choices sheet (``name``, ``filter``, ...)."""

    name: str


@dataclass(frozen=True, slots=True)
class Unary(Node):
    """``-x``."""

    operand: Node


@dataclass(frozen=True, slots=True)
class Compare(Node):
    """``=``, ``!=``, ``<``, ``<=``, ``>``, ``>=``."""

    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Arithmetic(Node):
    """A left-to-right chain of ``+ -`` or of ``* div mod``, kept flat so long sums do not nest deeply."""

    first: Node
    rest: tuple[tuple[str, Node], ...]


@dataclass(frozen=True, slots=True)
class Logical(Node):
    """A chain of ``and`` or of ``or``."""

    op: str
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Call(Node):
    """A function call such as ``selected(${x}, 'a')``."""

    name: str
    args: tuple[Node, ...]


def children(node: Node) -> tuple[Node, ...]:
    """The nodes directly under ``node``."""
    if isinstance(node, Unary):
        return (node.operand,)
    if isinstance(node, Compare):
        return (node.left, node.right)
    if isinstance(node, Arithmetic):
        return (node.first, *(operand for _, operand in node.rest))
    if isinstance(node, Logical | Call):
        return node.items if isinstance(node, Logical) else node.args
    return ()


def walk(node: Node) -> list[Node]:
    """Every node of the tree, parents before children (iterative: trees can be wide)."""
    found: list[Node] = []
    pending = [node]
    while pending:
        current = pending.pop()
        found.append(current)
        pending.extend(reversed(children(current)))
    return found
