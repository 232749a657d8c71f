"""Fetching a row the person is acting on, which may have gone meanwhile (undo, another window, a merge)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

T = TypeVar("T")


# One whole sentence per kind of row: the words around the row's name change with it in most languages.
GONE = {
    "activity": QT_TRANSLATE_NOOP("errors", "That activity no longer exists."),
    "choice": QT_TRANSLATE_NOOP("errors", "That choice no longer exists."),
    "cluster": QT_TRANSLATE_NOOP("errors", "That cluster no longer exists."),
    "consent record": QT_TRANSLATE_NOOP("errors", "That consent record no longer exists."),
    "map": QT_TRANSLATE_NOOP("errors", "That map no longer exists."),
    "participant": QT_TRANSLATE_NOOP("errors", "That participant no longer exists."),
    "profile question": QT_TRANSLATE_NOOP("errors", "That profile question no longer exists."),
    "relationship": QT_TRANSLATE_NOOP("errors", "That relationship no longer exists."),
    "response": QT_TRANSLATE_NOOP("errors", "That response no longer exists."),
    "snapshot": QT_TRANSLATE_NOOP("errors", "That snapshot no longer exists."),
    "stakeholder": QT_TRANSLATE_NOOP("errors", "That stakeholder no longer exists."),
    "sticky note": QT_TRANSLATE_NOOP("errors", "That sticky note no longer exists."),
    "survey": QT_TRANSLATE_NOOP("errors", "That survey no longer exists."),
    "target": QT_TRANSLATE_NOOP("errors", "That target no longer exists."),
    "workshop": QT_TRANSLATE_NOOP("errors", "That workshop no longer exists."),
}
"""``what`` of ``get_existing`` -> the sentence saying that such a row is gone."""


def get_existing(session: Session, model: type[T], row_id: str | None, what: str) -> T:
    """The ``model`` row with ``row_id``, or ``UserError("That <what> no longer exists.")``."""
    row = session.get(model, row_id) if row_id else None
    if row is None:
        if what in GONE:
            raise UserError(GONE[what])
        raise UserError(QT_TRANSLATE_NOOP("errors", "That {what} no longer exists."), what=what)
    return row
