"""A form compiled for running: every expression parsed once into closures, with the dependency graph.

``FormLogic(form)`` is built once per survey version; ``FormLogic.new_state()`` gives a ``FormState`` per
person answering. Values are stored per ``(row index, instance)``, where the instance is a tuple of repeat
positions counted from 1 (``()`` outside repeats, ``(2,)`` in the second household member, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from workshop_app.core.expressions import Compiled, Value, to_string
from workshop_app.core.expressions.nodes import Ref
from workshop_app.core.expressions.values import iso_now
from workshop_app.core.forms.graph import LABEL_REFERENCE, FormIndex, is_dynamic_default
from workshop_app.core.forms.model import Choice, Form
from workshop_app.core.forms.types import ANSWERABLE, CONTAINERS, DISPLAY, SELECTS
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workshop_app.core.forms.state import FormState

Instance = tuple[int, ...]
Key = tuple[int, Instance]
SHOWN = ANSWERABLE + DISPLAY
"""Row types the kiosk puts on screen."""


class Context:
    """What a compiled expression sees while it runs for one row in one instance."""

    __slots__ = ("columns", "current", "index", "inst", "state", "values")

    def __init__(self, state: FormState, index: int, inst: Instance, current: Value = "",
                 columns: Mapping[str, str] | None = None) -> None:
        self.state = state
        self.values = state.values
        self.index = index
        self.inst = inst
        self.current = current
        self.columns = columns

    def value(self, name: str) -> Value:
        return self.state.value(name, self.inst)

    def column(self, name: str) -> str:
        return (self.columns or {}).get(name, "")

    def today(self) -> str:
        return self.state.today.isoformat()

    def now(self) -> str:
        return iso_now()

    def position(self) -> int:
        return self.inst[-1] if self.inst else 1

    def choice_label(self, question: str, value: str) -> str:
        return self.state.choice_label(question, value)

    def indexed(self, name: str, indexes: list[tuple[str, float]]) -> Value:
        return self.state.indexed(name, indexes, self.inst)


class CompiledRow:
    """One row's compiled expressions and what the state needs to know about it."""

    __slots__ = ("calculation", "choice_filter", "constraint", "default", "depth", "dynamic_default", "index",
                 "kind", "name", "parent", "relevant", "repeat_count", "repeats", "required_if")

    def __init__(self, index: int, name: str, kind: str, parent: int | None, repeats: tuple[int, ...]) -> None:
        self.index = index
        self.name = name
        self.kind = kind
        self.parent = parent
        self.repeats = repeats
        self.depth = len(repeats)
        self.relevant: Compiled | None = None
        self.calculation: Compiled | None = None
        self.constraint: Compiled | None = None
        self.required_if: Compiled | None = None
        self.choice_filter: Compiled | None = None
        self.repeat_count: Compiled | None = None
        self.dynamic_default: Compiled | None = None
        self.default = ""


class FormLogic:
    """A validated form, compiled: build once per survey version, then ``new_state()`` per respondent.

    Raises ``ExpressionError`` or ``UserError`` when the form's expressions cannot run.
    """

    def __init__(self, form: Form) -> None:
        self.form = form
        index = FormIndex(form)
        if index.errors:
            raise index.errors[0]
        if index.cycle:
            raise UserError("These questions depend on each other in a circle: "
                            + " → ".join(f"'{n}'" for n in index.cycle) + ".")
        self.index = index
        self.questions = [item.question for item in index.items]
        self.by_name = index.by_name
        self.children: list[list[int]] = [[] for _ in index.items]
        self.top_level: list[int] = []
        for item in index.items:
            (self.children[item.parent] if item.parent is not None else self.top_level).append(item.index)
        self.rank = [0] * len(index.items)
        for position, row in enumerate(index.order):
            self.rank[row] = position
        self.order = index.order
        self.dependents = index.dependents
        self._common: dict[tuple[int, int], int] = {}
        self._label_refs: dict[tuple[int, str], Compiled] = {}
        self.rows = [self._compile(item) for item in index.items]
        self.has_repeats = any(item.repeats for item in index.items)
        self.choice_lists = {c.name: c for c in form.choice_lists}

    def new_state(self, answers: Mapping[Any, str] | None = None, *, language: str | None = None,
                  today: date | None = None) -> FormState:
        """A fresh state for one respondent, optionally holding answers given before (e.g. a resumed response)."""
        from workshop_app.core.forms.state import FormState

        return FormState(self, answers, language=language, today=today)

    # -- compiling -------------------------------------------------------------------------------------
    def _compile(self, item: Any) -> CompiledRow:
        question = item.question
        kind = "container" if question.type in CONTAINERS else "calculated" if question.calculation else "answer"
        row = CompiledRow(item.index, question.name, kind, item.parent, item.repeats)
        resolve = self._resolver(item.index)
        for field, expression in item.expressions.items():
            compiled = expression.compile(resolve, question.name)
            if field == "default":
                row.dynamic_default = compiled
            else:
                setattr(row, field, compiled)
        if question.default and not is_dynamic_default(question.default):
            row.default = question.default
        return row

    def common_depth(self, a: int, b: int) -> int:
        """How many repeats rows ``a`` and ``b`` share (the length of their common instance prefix)."""
        key = (a, b)
        found = self._common.get(key)
        if found is None:
            ra, rb = self.index.items[a].repeats, self.index.items[b].repeats
            found = 0
            while found < len(ra) and found < len(rb) and ra[found] == rb[found]:
                found += 1
            self._common[key] = found
        return found

    def _resolver(self, owner: int) -> Callable[[Ref], Compiled]:
        def resolve(node: Ref) -> Compiled:
            target = self.by_name[node.name]
            common = self.common_depth(owner, target)
            if len(self.index.items[target].repeats) > common:
                # A row inside a repeat seen from outside it: every instance's value (a node-set).
                return lambda ctx: ctx.state.nodeset(target, ctx.inst[:common])
            if common == 0:
                key: Key = (target, ())
                return lambda ctx: ctx.values.get(key, "")
            return lambda ctx: ctx.values.get((target, ctx.inst[:common]), "")

        return resolve

    def label_reference(self, owner: int, name: str) -> Compiled | None:
        """A compiled ``${name}`` as seen from row ``owner`` (for labels that show earlier answers)."""
        key = (owner, name)
        if key not in self._label_refs:
            if name not in self.by_name:
                return None
            self._label_refs[key] = self._resolver(owner)(Ref(0, name))
        return self._label_refs[key]

    # -- facts about rows ------------------------------------------------------------------------------
    def row(self, name: str) -> CompiledRow:
        """The compiled row called ``name``; ``UserError`` if the form has none."""
        index = self.by_name.get(name)
        if index is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The form has no question called '{name}'."), name=name)
        return self.rows[index]

    def is_shown(self, index: int) -> bool:
        """True for rows the kiosk shows: questions and notes, not calculations, metadata or containers."""
        question = self.questions[index]
        if question.source_type and not any(question.label.values()):
            return False  # a row of a type the app cannot show, with nothing to say either
        return question.type in SHOWN

    def choices_of(self, index: int) -> list[Choice]:
        """The choices of a select row (its whole list, before any filter)."""
        question = self.questions[index]
        if question.type not in SELECTS:
            return []
        choice_list = self.choice_lists.get(question.list_name)
        return list(choice_list.choices) if choice_list else []

    def substitute(self, owner: int, text: str, state: FormState, inst: Instance) -> str:
        """``text`` with every ``${name}`` replaced by that answer."""
        if "${" not in text:
            return text

        def replace(match: Any) -> str:
            compiled = self.label_reference(owner, match.group(1).strip())
            if compiled is None:
                return match.group(0)
            value = compiled(Context(state, owner, inst))
            return " ".join(to_string(v) for v in value) if isinstance(value, list) else to_string(value)

        return LABEL_REFERENCE.sub(replace, text)
