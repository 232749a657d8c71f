"""An evaluation context over a plain dict of answers, for one-off evaluations and tests."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from workshop_app.core.expressions.values import Value, iso_now


class SimpleContext:
    """Answers by question name (no repeats); ``current`` is the value ``.`` stands for."""

    def __init__(self, answers: Mapping[str, Value] | None = None, current: Value = "", *,
                 today: date | None = None, columns: Mapping[str, str] | None = None,
                 labels: Mapping[tuple[str, str], str] | None = None) -> None:
        self.answers = answers or {}
        self.current = current
        self.columns = columns or {}
        self.labels = labels or {}
        self._today = today

    def value(self, name: str) -> Value:
        return self.answers.get(name, "")

    def column(self, name: str) -> str:
        return self.columns.get(name, "")

    def today(self) -> str:
        return (self._today or date.today()).isoformat()

    def now(self) -> str:
        return iso_now()

    def position(self) -> int:
        return 1

    def choice_label(self, question: str, value: str) -> str:
        return self.labels.get((question, value), "")

    def indexed(self, name: str, indexes: list[tuple[str, float]]) -> Value:
        value = self.answers.get(name, "")
        if isinstance(value, list):
            index = indexes[-1][1] if indexes else 1
            return value[int(index) - 1] if index == index and 1 <= index <= len(value) else ""
        return value if indexes and all(i == 1 for _, i in indexes) else ""
