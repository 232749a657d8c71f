"""Keeping ordered rows (agenda items, profile questions, choices) numbered 0, 1, 2, ... without gaps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def renumber(items: Sequence[Any]) -> None:
    """Set each item's ``position`` to its index, touching only those that change (so only they are stamped)."""
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index


def move_item(items: Sequence[Any], item: Any, position: int) -> int:
    """Move ``item`` to ``position`` (clamped) among ``items``, renumber them all; returns where it was."""
    ordered = list(items)
    old = ordered.index(item)
    ordered.pop(old)
    ordered.insert(max(0, min(position, len(ordered))), item)
    renumber(ordered)
    return old
