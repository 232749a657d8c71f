"""The form as a flat, indexed list of rows, its parsed expressions, and the order values depend on each other.

A row's value depends on its relevance (an irrelevant row counts as unanswered), which depends on its
``relevant`` expression and on its group's relevance; a calculation depends on what it refers to. These
edges must form no cycle; their topological order lets a change be propagated in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workshop_app.core.expressions import Expression, ExpressionError, parse_expression
from workshop_app.core.forms.model import Form, Question, specify_other
from workshop_app.texts import QT_TRANSLATE_NOOP

# Columns holding expressions, and whether bare names there mean choice columns.
EXPRESSION_FIELDS = ("relevant", "constraint", "calculation", "required_if")
EXTRA_EXPRESSIONS = {"choice_filter": True, "repeat_count": False}
VALUE_FIELDS = ("relevant", "calculation")
"""Fields whose references decide a row's value, and so make dependency edges."""
_DYNAMIC_DEFAULT = re.compile(r"\$\{|[\w-]\s*\(")
LABEL_REFERENCE = re.compile(r"\$\{([^}]*)\}")
NO_QUESTION = QT_TRANSLATE_NOOP("errors", "there is no question named '{name}'")


def is_dynamic_default(default: str) -> bool:
    """True when a default is an expression (``today()``, ``${other}``) rather than a plain value."""
    return bool(_DYNAMIC_DEFAULT.search(default))


@dataclass
class Item:
    """One row of the flattened form."""

    index: int
    question: Question
    parent: int | None
    repeats: tuple[int, ...]
    """Indexes of the repeats around this row, outermost first, including the row itself if it is a repeat."""
    expressions: dict[str, Expression] = field(default_factory=dict)
    depends_on: set[int] = field(default_factory=set)
    generated: bool = False
    """True for the ``<name>_other`` row an ``or_other`` select implies (see ``specify_other``)."""

    @property
    def name(self) -> str:
        return self.question.name


def expression_texts(question: Question) -> list[tuple[str, str, bool]]:
    """``(field, text, bare_names)`` of every expression a row holds."""
    found = [(name, getattr(question, name), False) for name in EXPRESSION_FIELDS if getattr(question, name)]
    found += [(name, question.extra[name], bare) for name, bare in EXTRA_EXPRESSIONS.items()
              if isinstance(question.extra.get(name), str) and question.extra[name]]
    if question.default and is_dynamic_default(question.default):
        found.append(("default", question.default, False))
    return found


@dataclass
class _Generated:
    question: Question


class FormIndex:
    """Rows by position and by name, with parsed expressions and dependency edges.

    ``errors`` collects expression problems instead of raising, so validation can list them all; ``cycle``
    names the rows of a dependency cycle, if there is one.
    """

    def __init__(self, form: Form) -> None:
        self.form = form
        self.items: list[Item] = []
        self.by_name: dict[str, int] = {}
        self.errors: list[ExpressionError] = []
        self._flatten(form.questions, None, ())
        for item in self.items:
            self._parse(item)
        self.order, self.cycle = self._sort()

    def _flatten(self, questions: list[Question], parent: int | None, repeats: tuple[int, ...]) -> None:
        pending: list[tuple[Question | _Generated, int | None, tuple[int, ...]]] = [
            (q, parent, repeats) for q in questions]
        pending.reverse()
        while pending:
            entry, parent_index, outer = pending.pop()
            generated = isinstance(entry, _Generated)
            question = entry.question if isinstance(entry, _Generated) else entry
            index = len(self.items)
            own = (*outer, index) if question.type == "repeat" else outer
            self.items.append(Item(index, question, parent_index, own, generated=generated))
            self.by_name.setdefault(question.name, index)
            if generated:
                continue
            pending.extend((child, index, own) for child in reversed(question.children))
            if question.or_other and question.type in ("select_one", "select_multiple"):
                pending.append((_Generated(specify_other(question, self.form.languages)), parent_index, outer))

    def _parse(self, item: Item) -> None:
        question = item.question
        for name, text, bare in expression_texts(question):
            try:
                expression = parse_expression(text, question.name, name, bare_names=bare)
            except ExpressionError as exc:
                self.errors.append(exc)
                continue
            item.expressions[name] = expression
            for ref, position in expression.references:
                if ref not in self.by_name:
                    self.errors.append(ExpressionError(question.name, position, NO_QUESTION, name, name=ref))
                elif name in VALUE_FIELDS:
                    item.depends_on.add(self.by_name[ref])
        for name, texts in (("label", question.label), ("hint", question.hint)):
            for text in texts.values():
                for match in LABEL_REFERENCE.finditer(text):
                    if match.group(1).strip() not in self.by_name:
                        self.errors.append(ExpressionError(question.name, match.start() + 1, NO_QUESTION, name,
                                                           name=match.group(1)))
        if item.parent is not None:
            item.depends_on.add(item.parent)

    def _sort(self) -> tuple[list[int], list[str]]:
        """Kahn's algorithm in form order; on a cycle, returns the names along one cycle."""
        dependents: list[list[int]] = [[] for _ in self.items]
        waiting = [0] * len(self.items)
        for item in self.items:
            for dependency in item.depends_on:
                dependents[dependency].append(item.index)
                waiting[item.index] += 1
        self.dependents = dependents
        ready = [i for i in range(len(self.items)) if waiting[i] == 0]
        ready.reverse()
        order: list[int] = []
        while ready:
            index = ready.pop()
            order.append(index)
            for dependent in reversed(dependents[index]):
                waiting[dependent] -= 1
                if waiting[dependent] == 0:
                    ready.append(dependent)
        if len(order) == len(self.items):
            return order, []
        return order, self._find_cycle({i for i in range(len(self.items)) if waiting[i] > 0})

    def _find_cycle(self, stuck: set[int]) -> list[str]:
        # Every stuck row waits on another stuck row; walking back from any of them must revisit one.
        start = min(stuck)
        seen: dict[int, int] = {}
        path: list[int] = []
        current = start
        while current not in seen:
            seen[current] = len(path)
            path.append(current)
            current = min(d for d in self.items[current].depends_on if d in stuck)
        loop = path[seen[current]:]  # each row uses the next one
        names = [self.items[i].name for i in loop]
        return [*names, names[0]]
