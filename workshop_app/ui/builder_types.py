"""What the survey builder calls each question type, the icon it draws for it, and a new question of each type."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox

from workshop_app.core.forms import CONTAINERS, SELECTS, Choice, ChoiceList, Form, Question
from workshop_app.core.forms.validation import MAX_NAME
from workshop_app.ui.translations import TranslationContext

builder = TranslationContext("builder")

# The types the Add menu offers, in its order, with the names facilitators know them by.
ADDABLE: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("builder", "Text"),
    "integer": QT_TRANSLATE_NOOP("builder", "Whole number"),
    "decimal": QT_TRANSLATE_NOOP("builder", "Decimal"),
    "select_one": QT_TRANSLATE_NOOP("builder", "Single choice"),
    "select_multiple": QT_TRANSLATE_NOOP("builder", "Multiple choice"),
    "rank": QT_TRANSLATE_NOOP("builder", "Ranking"),
    "range": QT_TRANSLATE_NOOP("builder", "Rating scale"),
    "date": QT_TRANSLATE_NOOP("builder", "Date"),
    "time": QT_TRANSLATE_NOOP("builder", "Time"),
    "note": QT_TRANSLATE_NOOP("builder", "Note"),
    "acknowledge": QT_TRANSLATE_NOOP("builder", "Acknowledge"),
    "calculate": QT_TRANSLATE_NOOP("builder", "Calculation"),
    "group": QT_TRANSLATE_NOOP("builder", "Group"),
    "repeat": QT_TRANSLATE_NOOP("builder", "Repeat"),
}
_DEVICE = QT_TRANSLATE_NOOP("builder", "Filled in by the device ({type})")
_KEPT = QT_TRANSLATE_NOOP("builder", "Kept as a note ({type})")
QUESTION_TYPES = tuple(kind for kind in ADDABLE if kind not in CONTAINERS)
"""Types a question can be switched to (a group stays a group or becomes a repeat)."""

# Where the Add menu puts a separator: after plain inputs, choices, dates, display rows.
MENU_BREAKS = ("decimal", "range", "time", "calculate")

# Glyph and colour of each type's icon: inputs blue, choices green, scales amber, dates purple, the rest grey.
_GLYPHS: dict[str, tuple[str, str]] = {
    "text": ("Aa", "#2364aa"), "integer": ("12", "#2364aa"), "decimal": ("1.5", "#2364aa"),
    "select_one": ("◉", "#1d6b3a"), "select_multiple": ("☑", "#1d6b3a"), "rank": ("⇅", "#1d6b3a"),
    "range": ("★", "#a15c00"), "date": ("31", "#6941c6"), "time": ("◷", "#6941c6"),
    "note": ("i", "#52606d"), "acknowledge": ("✓", "#52606d"), "calculate": ("=", "#52606d"),
    "group": ("▤", "#0f6f73"), "repeat": ("↻", "#0f6f73"),
}
_BASE_NAMES = {"text": "text", "integer": "number", "decimal": "number", "select_one": "choice",
               "select_multiple": "choices", "rank": "ranking", "range": "rating", "date": "date", "time": "time",
               "note": "note", "acknowledge": "agree", "calculate": "calc", "group": "group", "repeat": "repeat"}
_NUMBERED = re.compile(r"^(.*?)_(\d+)$")
# XML names, as pyxform checks them (core.forms.validation has the same rule for whole forms).
NAME_RULE = re.compile(r"[^\W\d][\w.-]*")


def type_label(question_or_type: Question | str) -> str:
    """The friendly name of a type ("Single choice"); device rows and kept notes say what they are."""
    if isinstance(question_or_type, Question):
        if question_or_type.source_type:
            return translate(_KEPT).format(type=question_or_type.source_type)
        kind = question_or_type.type
    else:
        kind = question_or_type
    if kind in ADDABLE:
        return translate(ADDABLE[kind])
    return translate(_DEVICE).format(type=kind)


def translate(text: str) -> str:
    """``text`` in the interface language."""
    return QCoreApplication.translate("builder", text)


@cache
def type_icon(kind: str) -> QIcon:
    """A small badge for a type: a glyph on a tinted rounded square, drawn once (no icon files to ship)."""
    glyph, colour = _GLYPHS.get(kind, ("•", "#9aa5b1"))
    icon = QIcon()
    for size in (16, 20, 24, 32):
        pixmap = QPixmap(size * 2, size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tint = QColor(colour)
        tint.setAlpha(36)
        painter.setBrush(tint)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.25, size * 0.25)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, int(size * (0.5 if len(glyph) > 1 else 0.68))))
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), glyph)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def question_icon(question: Question) -> QIcon:
    """The icon of a row: its type's, or a grey dot for device values and kept notes."""
    return type_icon("" if question.source_type else question.type)


def unique_name(form: Form, base: str, taken: set[str] | None = None) -> str:
    """``base`` if no row of ``form`` uses it, else ``base_2``, ``base_3``, ... (XLSForm names are unique)."""
    used = {q.name for q in form.walk()} | {f"{q.name}_other" for q in form.walk() if q.or_other} | (taken or set())
    if base not in used:
        return base
    match = _NUMBERED.match(base)
    stem, number = (match.group(1), int(match.group(2))) if match else (base, 1)
    while True:
        number += 1
        candidate = f"{stem}_{number}"
        if candidate not in used:
            return candidate


def unique_list_name(form: Form, base: str) -> str:
    """A choice list name no list of ``form`` uses yet."""
    used = {c.name for c in form.choice_lists}
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}_{number}"
    return candidate


def new_question(form: Form, kind: str) -> tuple[Question, ChoiceList | None]:
    """A question of ``kind`` with a unique name and a label in the default language; a select's new list too."""
    language = form.default_language
    name = unique_name(form, f"{_BASE_NAMES.get(kind, 'question')}_1")
    labels = {
        "note": builder.tr("A note for the participant."), "group": builder.tr("New group"),
        "repeat": builder.tr("New repeat"), "calculate": "",
        "acknowledge": builder.tr("I have read and understood this."),
    }
    label = labels.get(kind, builder.tr("New question"))
    question = Question(name, kind, {language: label} if label else {})
    choice_list = None
    if kind in SELECTS:
        choice_list = ChoiceList(unique_list_name(form, f"{name}_list"), [
            Choice("option_1", {language: builder.tr("Option 1")}),
            Choice("option_2", {language: builder.tr("Option 2")}),
        ])
        question.list_name = choice_list.name
    elif kind == "range":
        question.parameters = {"start": "1", "end": "5", "step": "1"}
    elif kind == "calculate":
        question.calculation = "1"
    return question, choice_list


def name_problem(form: Form, question: Question, name: str) -> str:
    """Why ``question`` cannot be called ``name`` ("" if it can), in a sentence."""
    if not NAME_RULE.fullmatch(name) or len(name) > MAX_NAME:
        return builder.tr("Start with a letter or “_”, then use letters, digits, “_”, “-” or “.”, no spaces.")
    others = {q.name for q in form.walk() if q is not question}
    others |= {f"{q.name}_other" for q in form.walk() if q.or_other and q is not question}
    if name in others:
        return builder.tr("Another question is already called “{name}”.").format(name=name)
    return ""


def fill_language_combo(combo: QComboBox, form: Form | None) -> None:
    """Offer the languages of ``form`` (names shown, codes as data), keeping the one picked if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code in form.languages if form is not None else []:
        combo.addItem(form.language_name(code), code)
    row = combo.findData(current)
    if row < 0 and form is not None:
        row = combo.findData(form.default_language)
    combo.setCurrentIndex(max(0, row))
    combo.blockSignals(False)
