"""Errors that reach a person as one clear sentence, in the interface language."""

from __future__ import annotations

from typing import Any

from workshop_app.texts import Text

ERRORS = "errors"
"""The translation context of every error sentence: the same English sentence is translated once."""


class UserError(Exception):
    """A problem the user can act on; its message is a complete sentence shown as is.

    ``UserError(QT_TRANSLATE_NOOP("errors", "Cannot write {path}."), path=target)``: ``str(error)`` is the
    sentence in the interface language, translated when it is shown; ``error.args[0]`` stays the English one
    (for logs). A ready-made sentence (no params) works too, and is translated if the catalogue has it.
    """

    def __init__(self, message: str | Text = "", /, **params: Any) -> None:
        if isinstance(message, Text):
            text = Text(message.context, message.source, **{**message.params, **params}) if params else message
        else:
            text = Text(ERRORS, str(message), **params)
        self.text = text
        super().__init__(text.english)

    @property
    def english(self) -> str:
        """The sentence in English."""
        return self.text.english

    def __str__(self) -> str:
        return str(self.text)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt as a plain error of the same class, whatever its own constructor takes: ``text`` keeps the rest.
        return _rebuild, (type(self), self.text, self.__dict__)


def _rebuild(cls: type[UserError], text: Text, state: dict[str, Any]) -> UserError:
    error = cls.__new__(cls)
    UserError.__init__(error, text)
    error.__dict__.update(state)
    return error


class DatabaseError(UserError):
    """A database file cannot be opened or used; the file has not been modified."""


class DatabaseBusyError(DatabaseError):
    """Another Workshop App process is writing to the same database."""
