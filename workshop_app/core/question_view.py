"""What a screen shows for one question (kiosk, data entry, preview): plain data built from a ``FormState``.

No SQLAlchemy and no Qt: the kiosk screen draws a ``QuestionView``; the rules stay here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.core.forms import ANSWERABLE, FormState, Slot, is_required, text_in
from workshop_app.core.forms.logic import Instance


@dataclass(frozen=True)
class ChoiceView:
    """One answer to pick: its code (what is stored) and its label in the person's language."""

    code: str
    label: str


@dataclass(frozen=True)
class QuestionView:
    """One question as a screen shows it, in the person's language, with the answer given so far."""

    name: str
    instance: Instance
    type: str
    label: str
    hint: str
    required: bool
    value: str
    choices: tuple[ChoiceView, ...] = ()
    appearance: str = ""
    parameters: dict[str, str] = field(default_factory=dict)
    """A range's ``start``/``end``/``step``, as XLSForm text."""
    repeat_label: str = ""
    """For a question inside a repeat, the repeat's label (e.g. "Household member"), shown with the number."""

    @property
    def answerable(self) -> bool:
        """False for a note, which only says something."""
        return self.type in ANSWERABLE

    @property
    def slot(self) -> Slot:
        """Where this question's answer goes."""
        return Slot(self.name, self.instance)


@dataclass(frozen=True)
class Progress:
    """How far a person is: answered questions among those that apply to them now."""

    answered: int
    total: int
    position: int = 0
    """The current question's number among those that apply (1-based; 0 when none is on screen)."""

    @property
    def fraction(self) -> float:
        """Between 0 and 1, for a progress bar."""
        return self.answered / self.total if self.total else 1.0


def question_view(state: FormState, slot: Slot, language: str | None = None) -> QuestionView:
    """The view of ``slot`` in ``language`` (the state's language by default)."""
    logic = state.logic
    index = logic.row(slot.name).index
    question = logic.questions[index]
    language = language or state.language
    choices: tuple[ChoiceView, ...] = ()
    if question.type in ("select_one", "select_multiple", "rank"):
        default = logic.form.default_language
        choices = tuple(ChoiceView(c.name, text_in(c.label, language, default) or c.name)
                        for c in state.choices(slot.name, slot.instance))
    repeat_label = ""
    repeats = logic.index.items[index].repeats
    if repeats:
        repeat = logic.questions[repeats[-1]]
        repeat_label = text_in(repeat.label, language, logic.form.default_language) or repeat.name
    return QuestionView(
        slot.name, tuple(slot.instance), question.type,
        state.label(slot.name, language, slot.instance), state.hint(slot.name, language, slot.instance),
        is_required(state, slot.name, slot.instance), state.answer(slot.name, slot.instance), choices,
        question.appearance, dict(question.parameters), repeat_label)


def answerable_slots(state: FormState) -> list[Slot]:
    """Relevant slots a person answers (notes left out), in form order."""
    questions, by_name = state.logic.questions, state.logic.by_name
    return [slot for slot in state.slots() if questions[by_name[slot.name]].type in ANSWERABLE]


def progress(state: FormState, current: Slot | None = None) -> Progress:
    """Answered among the questions that apply now, and where ``current`` stands among them (one pass)."""
    questions, by_name = state.logic.questions, state.logic.by_name
    answered = total = position = 0
    for slot in state.slots():
        if questions[by_name[slot.name]].type in ANSWERABLE:
            total += 1
            answered += state.answer(slot.name, slot.instance) != ""
        if slot == current:
            position = max(total, 1)
    return Progress(answered, total, position)


def fill_repeats(state: FormState) -> bool:
    """Give every repeat the instances it should have now: ``repeat_count`` of them, or else at least one.

    The kiosk asks a repeat's questions once by default (a screen may offer "add another" with
    ``FormState.add_instance``); instances of a repeat that does not apply are simply not shown.
    Returns True when instances were added.
    """
    logic = state.logic
    added = False
    for row in logic.rows:
        if row.kind != "container" or logic.questions[row.index].type != "repeat":
            continue
        parents = state.instances(row.parent) if row.depth > 1 and row.parent is not None else [()]
        for parent in parents:
            expected = state.expected_instances(row.name, parent)
            wanted = 1 if expected is None else expected
            while state.instance_count(row.name, parent) < wanted:
                state.add_instance(row.name, parent)
                added = True
    return added
