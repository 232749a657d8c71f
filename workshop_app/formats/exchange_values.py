"""Turning the cells of a stakeholder spreadsheet into clean values, and gathering what could not be used.

Spreadsheets made by hand say "Public sector", "NGO", "strong", "7,5" or "mutual"; the common words are
understood, the rest falls back to a default and is reported once per distinct value, not once per row.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime, time
from typing import Any

from workshop_app.core.map_rules import ATTITUDES, SECTORS
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext, translate

core = TranslationContext("core")


# Words people use for the four sectors (in English and Portuguese, the languages of the first ULGs).
SECTOR_WORDS = {
    "public": "public", "public sector": "public", "government": "public", "municipality": "public",
    "local authority": "public", "público": "public", "publico": "public", "setor público": "public",
    "private": "private", "private sector": "private", "business": "private", "company": "private",
    "privado": "private", "empresa": "private", "setor privado": "private",
    "civic": "civic", "civil society": "civic", "community": "civic", "ngo": "civic", "association": "civic",
    "cívico": "civic", "civico": "civic", "sociedade civil": "civic", "associação": "civic",
    "knowledge": "knowledge", "academia": "knowledge", "university": "knowledge", "research": "knowledge",
    "education": "knowledge", "conhecimento": "knowledge", "universidade": "knowledge",
}
ATTITUDE_WORDS = {
    "supportive": "supportive", "support": "supportive", "supporter": "supportive", "positive": "supportive",
    "favourable": "supportive", "favorable": "supportive", "ally": "supportive", "apoiante": "supportive",
    "neutral": "neutral", "neutro": "neutral",
    "opposed": "opposed", "opposing": "opposed", "against": "opposed", "negative": "opposed",
    "resistant": "opposed", "opositor": "opposed", "contra": "opposed",
    "unknown": "unknown", "?": "unknown", "desconhecido": "unknown",
}
STRENGTH_WORDS = {"weak": 1, "low": 1, "fraca": 1, "medium": 2, "moderate": 2, "média": 2, "strong": 3,
                  "high": 3, "forte": 3}
DIRECTED_WORDS = {"directed": True, "one-way": True, "one way": True, "yes": True, "true": True, "1": True,
                  "undirected": False, "mutual": False, "two-way": False, "two way": False, "no": False,
                  "false": False, "0": False, "": False}
SHOWN_ROWS = 5


def cell_text(value: Any) -> str:
    """A cell's value as the text a person sees in it (``7`` not ``7.0``, dates as 2026-11-26)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def cell_number(value: Any) -> float | None:
    """A cell's value as a finite number ("7,5" counts), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(cell_text(value).strip().replace(",", "."))
        except ValueError:
            return None
    return number if math.isfinite(number) else None


class Findings:
    """Warnings about one sheet, grouped so 40 rows with the same odd value make one sentence.

    They are sentences for the person importing, in the interface language.
    """

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        self.lines: list[str] = []
        self._grouped: dict[tuple[str, str], list[int]] = defaultdict(list)

    def row(self, row: int, sentence: str) -> None:
        """A warning about one row; ``sentence`` (translated) follows "Row N of the sheet 'S': "."""
        self.lines.append(translate("core", "Row {row} of the sheet {sheet!r}: {problem}").format(
            row=row, sheet=self.sheet, problem=sentence))

    def group(self, row: int, template: str, value: str) -> None:
        """A warning shared by every row where ``value`` appears; ``template`` (marked ``QT_TRANSLATE_NOOP("core",
        ...)``) has {rows}, {value} and {sheet}, and may have {sectors} and {attitudes}."""
        self._grouped[(template, value)].append(row)

    def all(self) -> list[str]:
        """Every warning, the row-by-row ones first."""
        grouped = [translate("core", template).format(rows=_rows(rows), value=repr(value), sheet=repr(self.sheet),
                                                      sectors=", ".join(SECTORS), attitudes=", ".join(ATTITUDES))
                   for (template, value), rows in self._grouped.items()]
        return self.lines + grouped


def _rows(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
    more = len(rows) - SHOWN_ROWS
    if len(rows) == 1:
        return translate("core", "row {rows}").format(rows=shown)
    if more > 0:
        return str(core.tr("rows {rows} and {n:,} more", "", more, rows=shown))
    return translate("core", "rows {rows}").format(rows=shown)


def sector_of(text: str, row: int, findings: Findings) -> str:
    """The sector a cell names; an empty cell is civic, an unknown word is civic with a warning."""
    word = " ".join(text.split()).casefold()
    if not word:
        return "civic"
    if word in SECTOR_WORDS:
        return SECTOR_WORDS[word]
    findings.group(row, QT_TRANSLATE_NOOP("core", "The type {value} in {rows} of the sheet {sheet} is not a sector "
                                                  "({sectors}); those stakeholders were put in the civic sector."),
                   text.strip())
    return "civic"


def attitude_of(text: str, row: int, findings: Findings) -> str:
    """The attitude a cell names; empty or unknown words are "unknown" (the latter with a warning)."""
    word = " ".join(text.split()).casefold()
    if not word:
        return "unknown"
    if word in ATTITUDE_WORDS:
        return ATTITUDE_WORDS[word]
    findings.group(row, QT_TRANSLATE_NOOP("core", "The attitude {value} in {rows} of the sheet {sheet} is not one "
                                                  "of {attitudes}; it was imported as unknown."), text.strip())
    return "unknown"


def strength_of(value: Any, row: int, findings: Findings) -> int:
    """A strength of 1 to 3 from a number (rounded and kept in range) or a word; 2 when empty or unreadable."""
    text = cell_text(value).strip()
    if not text:
        return 2
    if text.casefold() in STRENGTH_WORDS:
        return STRENGTH_WORDS[text.casefold()]
    number = cell_number(value)
    if number is None:
        findings.group(row, QT_TRANSLATE_NOOP("core", "The strength {value} in {rows} of the sheet {sheet} is not "
                                                      "a number from 1 to 3; 2 was used."), text)
        return 2
    strength = min(max(round(number), 1), 3)
    if strength != number:
        findings.group(row, QT_TRANSLATE_NOOP("core", "The strength {value} in {rows} of the sheet {sheet} is "
                                                      "outside 1 to 3; the nearest was used."), text)
    return strength


def directed_of(value: Any, row: int, findings: Findings) -> bool:
    """Whether a Direction cell says the connection has a direction ("directed"); Kumu's "mutual" has none."""
    text = " ".join(cell_text(value).split()).casefold()
    if text in DIRECTED_WORDS:
        return DIRECTED_WORDS[text]
    findings.group(row, QT_TRANSLATE_NOOP("core", "The direction {value} in {rows} of the sheet {sheet} is neither "
                                                  "directed nor undirected; undirected was used."),
                   cell_text(value).strip())
    return False
