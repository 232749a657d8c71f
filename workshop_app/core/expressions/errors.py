"""The one error an expression can raise: what is wrong, in which question, at which character."""

from __future__ import annotations

from workshop_app.errors import UserError


class ExpressionError(UserError):
    """A syntax error, an unknown function or a bad reference in an XLSForm expression.

    ``position`` counts characters from 1; the message reads like
    "In 'age_check', position 12: unknown function 'foo()'."
    """

    def __init__(self, question: str, position: int, message: str, field: str = "") -> None:
        self.question = question
        self.position = position
        self.message = message
        self.field = field
        where = f"In '{question}', position {position}" if question else f"At position {position}"
        if field:
            where += f" of the {field.replace('_', ' ')}"
        super().__init__(f"{where}: {message.rstrip('.')}.")

    def located(self, question: str, field: str = "") -> ExpressionError:
        """The same error, told about the question (and column) it belongs to."""
        return ExpressionError(question, self.position, self.message, field or self.field)
