"""Right-to-left text for places that draw glyphs one by one: Arabic shaped and right-to-left runs put in screen order.

matplotlib (our charts, the projector, saved PNG/SVG) draws each character as it comes: Arabic letters would stand
unjoined, in their isolated forms, and a right-to-left sentence would read backwards. ``display_text`` gives the
text as it must be drawn left to right: letters in their joined presentation forms (``arabic_reshaper``) and the
Unicode bidirectional algorithm applied (``python-bidi``, its Python implementation, which also mirrors brackets).
Text without a right-to-left letter comes back unchanged, so Latin, Cyrillic or Greek labels cost nothing.

Only for drawing: Qt widgets and Excel shape and order text themselves, so stored data, cells and widget texts stay
in logical order and never go through here. No Qt in this module.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

log = logging.getLogger(__name__)

RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "iw", "yi", "ps", "ckb", "sd", "ug", "dv"})
"""Languages written right to left (base codes)."""

_RTL_LETTER = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""Hebrew, Arabic (with its supplements and presentation forms), Syriac, Thaana, N'Ko and the other right-to-left
blocks."""


def base_language(code: str | None) -> str:
    """``pt`` for ``pt-BR``, ``pt_PT`` or ``PT``."""
    return (code or "").replace("_", "-").split("-")[0].lower()


def is_rtl_language(code: str | None) -> bool:
    """Whether ``code`` (``ar``, ``fa-IR``, ``he``...) is written right to left."""
    return base_language(code) in RTL_LANGUAGES


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a letter of a right-to-left script."""
    return bool(text) and _RTL_LETTER.search(text) is not None


def display_text(text: str, has_glyph: Callable[[str], bool] | None = None) -> str:
    """``text`` in the order and letter forms to draw it left to right; unchanged without right-to-left letters.

    Each line is treated on its own (wrap the logical text first, then call this), as a paragraph whose direction
    comes from its first strong letter. ``has_glyph(char)`` tells whether the drawing font has a character: a
    joined form it lacks is drawn as the plain letter rather than as a box. Without the shaping libraries the text
    comes back unchanged.
    """
    if not isinstance(text, str) or not has_rtl(text):
        return text
    return "\n".join(_display_line(line, has_glyph) for line in text.split("\n"))


@lru_cache(maxsize=4096)
def _display_line(line: str, has_glyph: Callable[[str], bool] | None) -> str:
    if not has_rtl(line):
        return line
    shaper = _shaper()
    if shaper is None:
        return line
    reshape, reorder = shaper
    shaped = reshape(line)
    if has_glyph is not None:
        shaped = "".join(_plain(char) if _PRESENTATION.match(char) and not has_glyph(char) else char
                         for char in shaped)
    return reorder(shaped)


_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
"""Arabic presentation forms: the joined shapes ``arabic_reshaper`` puts in place of plain letters."""


def _plain(char: str) -> str:
    """The plain letter(s) of a presentation form (a lam-alef ligature gives two)."""
    return unicodedata.normalize("NFKC", char) or char


@cache
def _shaper() -> tuple[Callable[[str], str], Callable[[str], str]] | None:
    try:
        import arabic_reshaper
    except ImportError:
        log.warning("arabic-reshaper is not installed: Arabic letters in charts stay unjoined")
        reshape: Callable[[str], str] = _unchanged
    else:
        # Keeping the harakat (vowel marks) and not forcing ligatures the fonts may lack: DejaVu Sans has the
        # presentation forms of the letters, and the lam-alef ligatures that every Arabic reader expects.
        reshape = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True}).reshape
    try:
        # The Python implementation mirrors brackets in right-to-left runs; the Rust one of python-bidi >= 0.5
        # (``bidi.get_display``) does not, and "(نعم)" would be drawn as ")نعم(".
        from bidi.algorithm import get_display
    except ImportError:
        try:
            from bidi import get_display  # type: ignore[no-redef]
        except ImportError:
            log.warning("python-bidi is not installed: right-to-left text in charts stays in logical order")
            return None if reshape is _unchanged else (reshape, _unchanged)
    return reshape, get_display


def _unchanged(text: str) -> str:
    return text


__all__ = ["RTL_LANGUAGES", "base_language", "display_text", "has_rtl", "is_rtl_language"]
