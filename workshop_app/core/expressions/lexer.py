"""Split an XLSForm expression into tokens, with their positions (counted from 1)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop_app.core.expressions.errors import ExpressionError
from workshop_app.texts import QT_TRANSLATE_NOOP

MAX_LENGTH = 20_000

# XPath names may hold '-', '.' and one ':' prefix (jr:choice-name, count-selected); letters may be any script.
_NAME = r"[^\W\d][\w.-]*(?::[^\W\d][\w.-]*)?"
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<ref>\$\{{(?P<last_saved>last-saved\#)?(?P<ref_name>{_NAME})\}})
  | (?P<name>{_NAME})
  | (?P<op>!=|<=|>=|//|\.\.|[=<>+\-*|(),/\[\]@.])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind (number, string, ref, name, op, end), its text and its position."""

    kind: str
    text: str
    position: int
    last_saved: bool = False


def tokenize(text: str, question: str = "") -> list[Token]:
    """The tokens of ``text``, ending with an ``end`` token; raises ``ExpressionError`` on a stray character."""
    if len(text) > MAX_LENGTH:
        raise ExpressionError(question, MAX_LENGTH + 1, QT_TRANSLATE_NOOP("errors", "the expression is longer than "
                                                                            "{maximum:,} characters"),
                              maximum=MAX_LENGTH)
    tokens: list[Token] = []
    at = 0
    end = len(text)
    while at < end:
        match = _TOKEN.match(text, at)
        if match is None:
            char = text[at]
            if char in "'\"":
                raise ExpressionError(question, at + 1, QT_TRANSLATE_NOOP("errors", "the text starting with {quote} is "
                                                                            "never closed"), quote=char)
            if text.startswith("${", at):
                raise ExpressionError(question, at + 1, QT_TRANSLATE_NOOP("errors", "a reference must look like "
                                                                            "{example}"), example="${question_name}")
            raise ExpressionError(question, at + 1, QT_TRANSLATE_NOOP("errors", "unexpected character {char!r}"),
                                  char=char)
        kind = match.lastgroup if match.lastgroup not in ("ref_name", "last_saved") else "ref"
        if match.group("ref") is not None:
            tokens.append(Token("ref", match.group("ref_name"), at + 1, match.group("last_saved") is not None))
        elif kind != "space":
            tokens.append(Token(kind or "op", match.group(), at + 1))
        at = match.end()
    tokens.append(Token("end", "", end + 1))
    return tokens
