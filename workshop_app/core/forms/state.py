"""One respondent's answers to a form, with relevance and calculations kept up to date incrementally.

After one answer changes, only the rows that depend on it (directly or through a chain) are re-evaluated,
in dependency order, and the walk stops wherever a value does not change.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, NamedTuple

from workshop_app.core.expressions import Value, to_bool, to_number, to_string
from workshop_app.core.forms.logic import Context, FormLogic, Instance, Key
from workshop_app.core.forms.model import OTHER, Choice, text_in
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

MAX_INSTANCES = 500
"""Repeat instances per repeat and parent: plenty for a household or a team, and a bound for hostile counts."""


class Slot(NamedTuple):
    """A row in one repeat instance: what the kiosk shows on one screen (or one line of a screen)."""

    name: str
    instance: Instance = ()


def parse_instance(text: str) -> Instance:
    """``"2.1"`` (the database's ``Answer.instance``) → ``(2, 1)``; ``""`` → ``()``."""
    if not text:
        return ()
    try:
        instance = tuple(int(part) for part in text.split("."))
    except ValueError:
        instance = ()
    if not instance or min(instance) < 1:
        raise UserError(QT_TRANSLATE_NOOP("errors", "'{text}' is not a repeat instance (such as '2' or '2.1')."),
                        text=text)
    return instance


def format_instance(instance: Instance) -> str:
    """``(2, 1)`` → ``"2.1"``, as ``Answer.instance`` stores it."""
    return ".".join(str(part) for part in instance)


class FormState:
    """Answers, relevance and calculated values of one response; see ``FormLogic.new_state``."""

    def __init__(self, logic: FormLogic, answers: Mapping[Any, str] | None = None, *,
                 language: str | None = None, today: date | None = None) -> None:
        self.logic = logic
        self.language = language or logic.form.default_language
        self.today = today or date.today()
        self.raw: dict[Key, str] = {}
        self.values: dict[Key, Value] = {}
        self.relevance: dict[Key, bool] = {}
        self.counts: dict[Key, int] = {}
        for key, value in (answers or {}).items():
            name, inst = (key, ()) if isinstance(key, str) else key
            if name in logic.by_name:  # answers kept from rows this form no longer has do not stop a resume
                self._store(name, parse_instance(inst) if isinstance(inst, str) else tuple(inst), value)
        self.evaluate_all()

    # -- answers ---------------------------------------------------------------------------------------
    def _key(self, name: str, instance: Instance) -> Key:
        row = self.logic.row(name)
        if len(instance) != row.depth:
            shown = format_instance(instance)
            if not row.depth:
                raise UserError(QT_TRANSLATE_NOOP("errors", "'{name}' is not in a repeat; its instance {instance} does "
                                                            "not fit."), name=name, instance=shown)
            if not shown:
                raise UserError(QT_TRANSLATE_NOOP("errors", "'{name}' is in a repeat; its instance (none) does not "
                                                            "fit."), name=name)
            raise UserError(QT_TRANSLATE_NOOP("errors", "'{name}' is in a repeat; its instance {instance} does not "
                                                        "fit."), name=name, instance=shown)
        return row.index, tuple(instance)

    def _store(self, name: str, instance: Instance, value: str) -> Key:
        key = self._key(name, instance)
        row = self.logic.rows[key[0]]
        if any(not 1 <= position <= MAX_INSTANCES for position in key[1]):
            raise UserError(QT_TRANSLATE_NOOP("errors", "A repeat can have at most {maximum} entries; '{name}' was "
                                                        "given entry {instance}."),
                            maximum=MAX_INSTANCES, name=name, instance=format_instance(key[1]))
        if row.kind == "container":
            raise UserError(QT_TRANSLATE_NOOP("errors", "'{name}' is a group or repeat and has no answer of its own."),
                            name=name)
        self.raw[key] = value
        # An answer in instance 3 of a repeat means the repeat has (at least) 3 instances.
        for level, repeat in enumerate(self.logic.index.items[key[0]].repeats):
            parent = key[1][:level]
            self.counts[(repeat, parent)] = max(self.counts.get((repeat, parent), 0), key[1][level])
        return key

    def set_answer(self, name: str, value: str, instance: Instance = ()) -> set[Slot]:
        """Record an answer and update what depends on it; returns the rows whose relevance changed."""
        key = self._store(name, tuple(instance), value)
        return self._propagate([key])

    def clear_answer(self, name: str, instance: Instance = ()) -> set[Slot]:
        """Forget an answer (the default applies again); returns the rows whose relevance changed."""
        key = self._key(name, tuple(instance))
        self.raw.pop(key, None)
        return self._propagate([key])

    def answer(self, name: str, instance: Instance = ()) -> str:
        """What was answered (``""`` if nothing), whether or not the row is relevant now."""
        return self.raw.get(self._key(name, tuple(instance)), "")

    def answers(self) -> dict[Slot, str]:
        """Every recorded answer of a relevant row, by slot: what a finished response keeps."""
        return {Slot(self.logic.rows[i].name, inst): value for (i, inst), value in self.raw.items()
                if self.relevance.get((i, inst), False)}

    def value(self, name: str, instance: Instance = ()) -> Value:
        """A row's value as expressions see it: ``""`` when not relevant; a calculation's result."""
        index = self.logic.by_name.get(name)
        if index is None:
            return ""
        depth = self.logic.rows[index].depth
        if len(instance) < depth:
            return self.nodeset(index, tuple(instance))
        return self.values.get((index, tuple(instance)[:depth]), "")

    def is_relevant(self, name: str, instance: Instance = ()) -> bool:
        """Whether the row is shown (and counts) given the answers so far."""
        return self.relevance.get(self._key(name, tuple(instance)), False)

    # -- repeats ---------------------------------------------------------------------------------------
    def instance_count(self, repeat: str, parent: Instance = ()) -> int:
        """How many instances of ``repeat`` there are (in the parent instance ``parent``)."""
        return self.counts.get((self.logic.row(repeat).index, tuple(parent)), 0)

    def expected_instances(self, repeat: str, parent: Instance = ()) -> int | None:
        """How many instances the repeat's ``repeat_count`` asks for now, or None when it has none."""
        row = self.logic.row(repeat)
        if row.repeat_count is None:
            return None
        number = to_number(row.repeat_count(Context(self, row.index, (*tuple(parent), 1))))
        return 0 if math.isnan(number) else int(max(0, min(MAX_INSTANCES, number)))

    def add_instance(self, repeat: str, parent: Instance = ()) -> Instance:
        """Add one instance at the end of ``repeat``; returns it."""
        row = self.logic.row(repeat)
        if row.kind != "container" or self.logic.questions[row.index].type != "repeat":
            raise UserError(QT_TRANSLATE_NOOP("errors", "'{repeat}' is not a repeat."), repeat=repeat)
        key = (row.index, tuple(parent))
        if len(key[1]) != row.depth - 1:
            if not key[1]:
                raise UserError(QT_TRANSLATE_NOOP("errors", "The instance (none) does not fit the repeat '{repeat}'."),
                                repeat=repeat)
            raise UserError(QT_TRANSLATE_NOOP("errors", "The instance {instance} does not fit the repeat '{repeat}'."),
                            instance=format_instance(key[1]), repeat=repeat)
        count = self.counts.get(key, 0)
        if count >= MAX_INSTANCES:
            raise UserError(QT_TRANSLATE_NOOP("errors", "'{repeat}' can have at most {maximum} entries."),
                            repeat=repeat, maximum=MAX_INSTANCES)
        self.counts[key] = count + 1
        self.evaluate_all()
        return (*key[1], count + 1)

    def remove_instance(self, repeat: str, instance: Instance) -> None:
        """Remove one instance of ``repeat`` with its answers; later instances move up by one."""
        row = self.logic.row(repeat)
        instance = tuple(instance)
        parent, position = instance[:-1], instance[-1] if instance else 0
        count = self.counts.get((row.index, parent), 0)
        if not 1 <= position <= count:
            return
        level = row.depth - 1

        def moved(inst: Instance) -> Instance | None:
            if len(inst) <= level or inst[:level] != parent:
                return inst
            if inst[level] == position:
                return None
            return inst if inst[level] < position else (*inst[:level], inst[level] - 1, *inst[level + 1:])

        raw: dict[Key, str] = {}
        for (index, inst), value in self.raw.items():
            new = moved(inst) if self._inside(index, row.index) else inst
            if new is not None:
                raw[(index, new)] = value
        counts: dict[Key, int] = {}
        for (repeat, inst), number in self.counts.items():
            new = moved(inst) if repeat != row.index and self._inside(repeat, row.index) else inst
            if new is not None:
                counts[(repeat, new)] = number
        self.raw, self.counts = raw, counts
        self.counts[(row.index, parent)] = count - 1
        self.evaluate_all()

    def _inside(self, index: int, repeat: int) -> bool:
        return repeat in self.logic.index.items[index].repeats

    def instances(self, index: int, prefix: Instance = ()) -> list[Instance]:
        """Every existing instance of row ``index`` that starts with ``prefix``."""
        found = [prefix]
        for repeat in self.logic.index.items[index].repeats[len(prefix):]:
            found = [(*inst, k) for inst in found for k in range(1, self.counts.get((repeat, inst), 0) + 1)]
        return found

    def nodeset(self, index: int, prefix: Instance) -> list[Value]:
        """A row's values in every instance under ``prefix`` (what ``${x}`` means from outside its repeat)."""
        return [to_string(self.values.get((index, inst), "")) for inst in self.instances(index, prefix)]

    def indexed(self, name: str, indexes: list[tuple[str, float]], inst: Instance) -> Value:
        """``indexed-repeat()``: the value of ``name`` in the instance the (repeat, position) pairs pick."""
        index = self.logic.by_name.get(name)
        if index is None:
            return ""
        wanted = {self.logic.by_name.get(repeat): position for repeat, position in indexes}
        target: list[int] = []
        for level, repeat in enumerate(self.logic.index.items[index].repeats):
            position = wanted.get(repeat, inst[level] if level < len(inst) else 1)
            if math.isnan(position) or position < 1:
                return ""
            target.append(int(position))
        return self.values.get((index, tuple(target)), "")

    # -- evaluation ------------------------------------------------------------------------------------
    def _compute(self, index: int, inst: Instance) -> tuple[bool, Value]:
        row = self.logic.rows[index]
        key = (index, inst)
        relevant = True
        if row.parent is not None:
            relevant = self.relevance.get((row.parent, inst[: self.logic.rows[row.parent].depth]), False)
        if relevant and row.relevant is not None:
            relevant = to_bool(row.relevant(Context(self, index, inst, self.raw.get(key, ""))))
        if not relevant or row.kind == "container":
            return relevant, ""
        if row.calculation is not None:
            result = row.calculation(Context(self, index, inst, self.raw.get(key, "")))
            if isinstance(result, float) and math.isnan(result):
                return True, ""
            return True, to_string(result)
        if key in self.raw:
            return True, self.raw[key]
        if row.dynamic_default is not None:
            return True, to_string(row.dynamic_default(Context(self, index, inst)))
        return True, row.default

    def evaluate_all(self) -> None:
        """Evaluate every row in every instance from scratch (also the benchmark's naive baseline)."""
        self.values = {}
        self.relevance = {}
        for index in self.logic.order:
            for inst in self.instances(index):
                key = (index, inst)
                self.relevance[key], self.values[key] = self._compute(index, inst)

    def _affected(self, source: int, inst: Instance, target: int) -> list[Instance]:
        common = self.logic.common_depth(source, target)
        prefix = inst[:common]
        if self.logic.rows[target].depth == common:
            return [prefix]
        return self.instances(target, prefix)

    def _propagate(self, seeds: Iterable[Key]) -> set[Slot]:
        rank, rows = self.logic.rank, self.logic.rows
        heap = [(rank[i], i, inst) for i, inst in seeds]
        heapq.heapify(heap)
        queued = {(i, inst) for _, i, inst in heap}
        changed: set[Slot] = set()
        while heap:
            _, index, inst = heapq.heappop(heap)
            key = (index, inst)
            queued.discard(key)
            old_relevant, old_value = self.relevance.get(key), self.values.get(key)
            relevant, value = self._compute(index, inst)
            self.relevance[key], self.values[key] = relevant, value
            if relevant == old_relevant and value == old_value:
                continue
            if relevant != old_relevant:
                changed.add(Slot(rows[index].name, inst))
            for dependent in self.logic.dependents[index]:
                targets = self._affected(index, inst, dependent) if self.logic.has_repeats else [()]
                for target in targets:
                    if (dependent, target) not in queued:
                        queued.add((dependent, target))
                        heapq.heappush(heap, (rank[dependent], dependent, target))
        return changed

    # -- what the kiosk shows --------------------------------------------------------------------------
    def slots(self, *, relevant_only: bool = True) -> list[Slot]:
        """The rows the kiosk shows, in form order, each repeat instance in turn."""
        logic = self.logic
        found: list[Slot] = []
        pending: list[tuple[int, Instance]] = [(i, ()) for i in reversed(logic.top_level)]
        while pending:
            index, inst = pending.pop()
            question = logic.questions[index]
            if question.type == "repeat":
                instances = [(*inst, k) for k in range(1, self.counts.get((index, inst), 0) + 1)]
            else:
                instances = [inst]
            for child_inst in reversed(instances):
                if relevant_only and not self.relevance.get((index, child_inst), False):
                    continue
                if question.is_container:
                    pending.extend((child, child_inst) for child in reversed(logic.children[index]))
                elif logic.is_shown(index):
                    found.append(Slot(question.name, child_inst))
        return found

    def next_slot(self, current: Slot | None = None) -> Slot | None:
        """The first relevant row shown after ``current`` (or the first of all), or None at the end."""
        return self._step(current, 1)

    def previous_slot(self, current: Slot) -> Slot | None:
        """The last relevant row shown before ``current``, or None at the start."""
        return self._step(current, -1)

    def _step(self, current: Slot | None, direction: int) -> Slot | None:
        every = self.slots(relevant_only=False)
        if current is None:
            position = -1 if direction > 0 else len(every)
        else:
            current = Slot(current[0], tuple(current[1]))
            if current not in every:
                raise UserError(QT_TRANSLATE_NOOP("errors", "'{name}' is not a question the form shows."),
                                name=current.name)
            position = every.index(current)
        position += direction
        while 0 <= position < len(every):
            slot = every[position]
            if self.relevance.get((self.logic.by_name[slot.name], slot.instance), False):
                return slot
            position += direction
        return None

    def label(self, name: str, language: str | None = None, instance: Instance = ()) -> str:
        """The row's label in ``language`` (falling back to the default), with ``${...}`` filled in."""
        return self._text(name, "label", language, instance)

    def hint(self, name: str, language: str | None = None, instance: Instance = ()) -> str:
        """The row's hint, like ``label``."""
        return self._text(name, "hint", language, instance)

    def _text(self, name: str, field: str, language: str | None, instance: Instance) -> str:
        index = self.logic.row(name).index
        texts = getattr(self.logic.questions[index], field)
        text = text_in(texts, language or self.language, self.logic.form.default_language)
        return self.logic.substitute(index, text, self, tuple(instance))

    def choices(self, name: str, instance: Instance = ()) -> list[Choice]:
        """The choices to offer for a select row, after its choice filter, with "Other" for ``or_other``."""
        row = self.logic.row(name)
        question = self.logic.questions[row.index]
        choices = self.logic.choices_of(row.index)
        if row.choice_filter is not None:
            language = self.logic.form.default_language
            choices = [c for c in choices if to_bool(row.choice_filter(Context(
                self, row.index, tuple(instance), "",
                {"name": c.name, "label": text_in(c.label, language),
                 **{k: v for k, v in c.extra.items() if isinstance(v, str)}})))]
        if question.or_other and not any(c.name == "other" for c in choices):
            choices.append(Choice("other", {code: OTHER.get(code, OTHER["en"]) for code in self.logic.form.languages}))
        return choices

    def choice_label(self, question: str, value: str) -> str:
        """The label of choice ``value`` of ``question`` in the state's language (for ``jr:choice-name``)."""
        index = self.logic.by_name.get(question)
        if index is None:
            return ""
        for choice in self.logic.choices_of(index):
            if choice.name == value:
                return text_in(choice.label, self.language, self.logic.form.default_language)
        return ""
