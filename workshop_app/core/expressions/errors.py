"""The one error an expression can raise: what is wrong, in which question, at which character."""

from __future__ import annotations

from typing import Any

from workshop_app.errors import ERRORS, UserError
from workshop_app.texts import QT_TRANSLATE_NOOP, Text, english


class ExpressionError(UserError):
    """A syntax error, an unknown function or a bad reference in an XLSForm expression.

    ``position`` counts characters from 1; the message reads like
    "In 'age_check', position 12: unknown function 'foo()'." ``message`` is the part after the colon, in the
    interface language; ``detail`` the same as a ``Text`` (made from ``message`` and ``params``).
    """

    def __init__(self, question: str, position: int, message: str | Text, field: str = "", /, **params: Any) -> None:
        self.question = question
        self.position = position
        self.detail = message if isinstance(message, Text) else Text(ERRORS, message, **params)
        self.field = field
        shown = _WithoutStop(self.detail)
        column = field.replace("_", " ")
        if question and field:
            super().__init__(QT_TRANSLATE_NOOP("errors", "In '{question}', position {position} of the {field}: "
                                                         "{message}."),
                             question=question, position=position, field=column, message=shown)
        elif question:
            super().__init__(QT_TRANSLATE_NOOP("errors", "In '{question}', position {position}: {message}."),
                             question=question, position=position, message=shown)
        elif field:
            super().__init__(QT_TRANSLATE_NOOP("errors", "At position {position} of the {field}: {message}."),
                             position=position, field=column, message=shown)
        else:
            super().__init__(QT_TRANSLATE_NOOP("errors", "At position {position}: {message}."),
                             position=position, message=shown)

    @property
    def message(self) -> str:
        """What is wrong, without where, in the interface language."""
        return str(self.detail)

    def located(self, question: str, field: str = "") -> ExpressionError:
        """The same error, told about the question (and column) it belongs to."""
        return ExpressionError(question, self.position, self.detail, field or self.field)


class _WithoutStop:
    """A text shown without its full stop, so the sentence it ends does not get two."""

    __slots__ = ("text",)

    def __init__(self, text: Text) -> None:
        self.text = text

    @property
    def english(self) -> str:
        """The text in English, without its full stop."""
        return str(english(self.text)).rstrip(".")

    def __str__(self) -> str:
        return str(self.text).rstrip(".")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
