"""Excel's limits and traps, in one place: cell length, illegal characters, formula-looking text, names.

Nothing here imports openpyxl, so the core can use these rules (e.g. to flag a cut answer) without loading it.

* A cell holds at most 32,767 characters (counted in UTF-16 units, so an emoji counts twice). A longer text is
  cut, and a visible marker says how long it was.
* XML 1.0 cannot carry most control characters, lone surrogates, U+FFFE or U+FFFF; openpyxl refuses them with
  ``IllegalCharacterError``. They are removed.
* Text that starts with ``=``, ``+``, ``-``, ``@``, a tab, CR or LF, or that spells an error value such as
  ``#N/A``, must be stored as text so no spreadsheet ever evaluates it (formula and DDE injection).
* Sheet names: at most 31 characters, none of ``[]:*?/\\``, not starting or ending with ``'``, unique without
  regard to case. Table names: letters, digits, ``_`` and ``.``, not a cell reference, unique without case.
  Table column names: non-empty, unique without case, the same text as the header cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

CELL_LIMIT = 32_767
MAX_COLUMNS = 16_384
MAX_ROWS = 1_048_576
SHEET_TITLE_LIMIT = 31
COLUMN_NAME_LIMIT = 255
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
CUT_MARKER = "… [cut: {length:,} characters]"
"""Appended to a text cut at the cell limit; ``length`` is how many characters the whole text had."""

ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_NAME_FORBIDDEN = re.compile(r"[^0-9A-Za-z_.]")
_CELL_REFERENCE = re.compile(r"^(?:[A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*)$")
_SPACES = re.compile(r"\s+")


def utf16_length(text: str) -> int:
    """How many characters Excel counts in ``text`` (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def too_long(text: str) -> bool:
    """Whether ``text`` does not fit in one cell."""
    # A code point is at most two UTF-16 units, so short texts need no encoding to know.
    return len(text) > CELL_LIMIT // 2 and utf16_length(text) > CELL_LIMIT


def cut_text(text: str) -> str:
    """``text`` cut to fit one cell, ending with a marker that says how long it was (unchanged if it fits)."""
    if not too_long(text):
        return text
    marker = CUT_MARKER.format(length=len(text))
    room = CELL_LIMIT - utf16_length(marker)
    kept = text[:room]
    while utf16_length(kept) > room:  # characters outside the BMP take two units each
        kept = kept[: len(kept) - max(1, (utf16_length(kept) - room) // 2)]
    return kept + marker


def clean_text(text: str) -> str:
    """``text`` without the characters a workbook cannot hold."""
    return ILLEGAL_CHARACTERS.sub("", text)


def must_stay_text(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula or an error value if it were not marked as text."""
    return text.startswith(FORMULA_START) or text in ERROR_VALUES


def one_line(text: str) -> str:
    """``text`` cleaned and on one line, spaces collapsed (for headers and names)."""
    return _SPACES.sub(" ", clean_text(text)).strip()


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, ending with "…" when shortened."""
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def sheet_title(wanted: str, taken: Iterable[str]) -> str:
    """A valid sheet name close to ``wanted`` that is not in ``taken`` (compared without case)."""
    used = {name.casefold() for name in taken}
    base = one_line(_SHEET_FORBIDDEN.sub(" ", wanted)).strip("' ") or "Sheet"
    if base.casefold() == "history":  # Excel keeps this name for itself
        base = "History sheet"
    title = _fit(base, SHEET_TITLE_LIMIT)
    number = 1
    while title.casefold() in used:
        number += 1
        suffix = f" ({number})"
        title = _fit(base, SHEET_TITLE_LIMIT - len(suffix)) + suffix
    return title


def _fit(text: str, limit: int) -> str:
    """``text`` in ``limit`` characters, ending with "…" when cut (never with a quote, which Excel refuses)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip("' ") + "…"


def table_name(wanted: str, taken: Iterable[str]) -> str:
    """A valid, unused Excel table name made of ``wanted`` (``taken`` compared without case)."""
    used = {name.casefold() for name in taken}
    base = _NAME_FORBIDDEN.sub("_", wanted.strip())[:200] or "Table"
    if not (base[0].isalpha() or base[0] == "_") or _CELL_REFERENCE.match(base):
        base = f"t_{base}"
    name = base
    number = 1
    while name.casefold() in used:
        number += 1
        name = f"{base}_{number}"
    return name


def column_names(wanted: Iterable[str]) -> list[str]:
    """Header texts that can name a table's columns: on one line, non-empty, at most 255 characters, unique
    without regard to case ("Name", "Name (2)", ...)."""
    names: list[str] = []
    used: set[str] = set()
    for index, text in enumerate(wanted, 1):
        base = shorten(text, COLUMN_NAME_LIMIT - 8) or f"Column {index}"
        name = base
        number = 1
        while name.casefold() in used:
            number += 1
            name = f"{base} ({number})"
        used.add(name.casefold())
        names.append(name)
    return names


__all__ = [
    "CELL_LIMIT", "CUT_MARKER", "ERROR_VALUES", "FORMULA_START", "ILLEGAL_CHARACTERS", "MAX_COLUMNS", "MAX_ROWS",
    "SHEET_TITLE_LIMIT", "clean_text", "column_names", "cut_text", "must_stay_text", "one_line", "sheet_title",
    "shorten", "table_name", "too_long", "utf16_length",
]
