"""Pictograms for the kiosk: the line drawings in ``resources/pictograms``, coloured like the text beside them.

Which choice gets which pictogram:

- the survey names one for the choice, in the XLSForm ``media::image`` column (``bus.png`` or ``bus``: the file name
  without its extension is looked up among ours; the app is offline and ships no other images) or in a
  ``pictogram`` column of the choices sheet. Shown always: the survey's author asked for it;
- the question has the ``pictograms`` appearance, or the person reads in easy-read mode: choices whose codes are
  all usual answer words (``yes``, ``no``, ``dont_know``, ``agree``...) get theirs; a scale of 1–5 (or 1–3) gets
  faces, for a rating scale (``range``) or with the ``pictograms`` appearance (a list coded 1 to 5 may be anything,
  a district for instance, and a face there would mislead).
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from workshop_app import paths

if TYPE_CHECKING:
    from workshop_app.core.forms import Form
    from workshop_app.core.question_view import QuestionView

INK = "#1f2933"
"""The stroke colour the pictogram files are drawn in (replaced by the colour asked for)."""
APPEARANCE = "pictograms"
WORDS = {
    "yes": "yes", "y": "yes", "oui": "yes", "si": "yes", "sim": "yes", "ja": "yes", "tak": "yes",
    "no": "no", "n": "no", "non": "no", "nao": "no", "nein": "no", "nie": "no",
    "maybe": "maybe", "perhaps": "maybe", "sometimes": "maybe",
    "dont_know": "dont_know", "don_t_know": "dont_know", "dk": "dont_know", "not_sure": "dont_know",
    "unsure": "dont_know", "do_not_know": "dont_know",
    "agree": "agree", "strongly_agree": "agree", "disagree": "disagree", "strongly_disagree": "disagree",
    "neutral": "neutral", "neither": "neutral", "neither_agree_nor_disagree": "neutral",
}
"""Usual answer codes of XLSForms and their pictograms."""
FACES = {3: ("sad", "neutral", "happy"), 5: ("very_sad", "sad", "neutral", "happy", "very_happy")}


@cache
def known() -> frozenset[str]:
    """The names of the pictograms shipped (file names without ``.svg``)."""
    try:
        folder = paths.resource("pictograms")
    except FileNotFoundError:
        return frozenset()
    return frozenset(path.stem for path in folder.glob("*.svg")) if folder.is_dir() else frozenset()


def pictogram_name(value: object) -> str | None:
    """Ours for a survey's image name ("Bus.PNG", "media/bus.svg", "bus"); None when we have none by that name."""
    if not isinstance(value, str) or not value.strip():
        return None
    stem = PurePosixPath(value.strip().replace("\\", "/")).stem.lower().replace("-", "_").replace(" ", "_")
    return stem if stem in known() else None


@cache
def _svg(name: str) -> str | None:
    try:
        return paths.resource("pictograms", f"{name}.svg").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None


def gap(size: int) -> int:
    """The room ``pictogram_icon`` leaves between a pictogram of ``size`` and the text beside it."""
    return size // 4


@lru_cache(maxsize=256)
def pictogram_icon(name: str, colour: str = INK, size: int = 64, checked_colour: str = "", *,
                   text_side: str = "") -> QIcon:
    """The pictogram ``name`` drawn in ``colour`` (in ``checked_colour`` on a checked button, if given); an empty
    icon when there is none: a missing pictogram never stops the kiosk.

    ``text_side`` ("right" or "left"): where a button's text follows the pictogram; the icon then keeps a gap on
    that side (``gap(size)`` wider than tall), as Qt leaves only a few pixels between a button's icon and text.
    """
    from PySide6.QtSvg import QSvgRenderer

    text = _svg(name)
    if text is None:
        return QIcon()
    icon = QIcon()
    width = size + (gap(size) if text_side else 0)
    left = gap(size) if text_side == "left" else 0
    states = [(colour, QIcon.State.Off)] + ([(checked_colour, QIcon.State.On)] if checked_colour else [])
    for ink, state in states:
        renderer = QSvgRenderer(QByteArray(text.replace(INK, ink).encode("utf-8")))
        for scale in (1, 2):  # sharp on high-density screens too
            pixmap = QPixmap(width * scale, size * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(left, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


def _explicit(extra: dict[str, object], language: str) -> str | None:
    for column in ("pictogram", "media::image"):
        value = extra.get(column)
        if isinstance(value, dict):
            value = value.get(language) or next((v for v in value.values() if v), None)
        found = pictogram_name(value)
        if found:
            return found
    return None


def _faces(codes: list[str]) -> dict[str, str]:
    try:
        numbers = [float(code) for code in codes]
    except ValueError:
        return {}
    if not all(n.is_integer() for n in numbers):
        return {}
    low = min(numbers, default=0)
    faces = FACES.get(len(numbers))
    if faces is None or sorted(numbers) != [low + k for k in range(len(numbers))]:
        return {}
    return {code: faces[int(number - low)] for code, number in zip(codes, numbers, strict=True)}


def _automatic(codes: list[str], *, faces: bool) -> dict[str, str]:
    words = {code: WORDS.get(code.strip().lower()) for code in codes}
    if codes and all(words.values()):
        return {code: name for code, name in words.items() if name}
    return _faces(codes) if faces else {}


def choice_pictograms(view: QuestionView, form: Form | None, language: str, *, easy: bool) -> dict[str, str]:
    """Pictogram names by choice code (by value for a rating scale) for the question on screen."""
    asked = APPEARANCE in view.appearance.split()
    if view.type == "range":
        values = _scale_values(view)
        return _automatic(values, faces=True) if (asked or easy) and values else {}
    codes = [choice.code for choice in view.choices]
    found: dict[str, str] = {}
    if form is not None:
        question = next((q for q in form.walk() if q.name == view.name), None)
        choice_list = form.choice_list(question.list_name) if question is not None and question.list_name else None
        for choice in choice_list.choices if choice_list is not None else []:
            explicit = _explicit(choice.extra, language)
            if explicit:
                found[choice.name] = explicit
    if asked or easy:
        for code, name in _automatic(codes, faces=asked).items():
            found.setdefault(code, name)
    return {code: name for code, name in found.items() if code in codes}


def _scale_values(view: QuestionView) -> list[str]:
    parameters = view.parameters
    try:
        start, end, step = (float(parameters.get(k, d)) for k, d in (("start", "1"), ("end", "5"), ("step", "1")))
    except ValueError:
        return []
    if step <= 0 or end < start or (end - start) / step > 10:
        return []
    count = int((end - start) / step + 1e-9) + 1
    values = [round(start + k * step, 6) for k in range(count)]
    return [str(int(value)) if value.is_integer() else str(value) for value in values]  # as the scale's buttons


__all__ = ["APPEARANCE", "FACES", "WORDS", "choice_pictograms", "gap", "known", "pictogram_icon", "pictogram_name"]
