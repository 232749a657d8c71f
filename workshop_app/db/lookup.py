"""Fetching a row the person is acting on, which may have gone meanwhile (undo, another window, a merge)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from workshop_app.errors import UserError

T = TypeVar("T")


def get_existing(session: Session, model: type[T], row_id: str | None, what: str) -> T:
    """The ``model`` row with ``row_id``, or ``UserError("That <what> no longer exists.")``."""
    row = session.get(model, row_id) if row_id else None
    if row is None:
        raise UserError(f"That {what} no longer exists.")
    return row
