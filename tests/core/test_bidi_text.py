"""Right-to-left text made ready for glyph-by-glyph drawing: joined Arabic letters, screen order, mirrored brackets."""

from __future__ import annotations

import unicodedata

import pytest

from workshop_app.core import bidi_text
from workshop_app.core.bidi_text import base_language, display_text, has_rtl, is_rtl_language

YES = "نعم"


def test_text_without_right_to_left_letters_is_unchanged() -> None:
    for text in ("Night bus", "Нічний автобус", "Νυχτερινό", "12 · 50 %", "", "<5", "🌻"):
        assert display_text(text) is text


def test_arabic_is_joined_and_read_from_the_right() -> None:
    drawn = display_text(YES)
    # ن ع م joined: initial nun, medial ain, final meem — drawn left to right as meem, ain, nun.
    assert [unicodedata.name(c) for c in drawn] == ["ARABIC LETTER MEEM FINAL FORM", "ARABIC LETTER AIN MEDIAL FORM",
                                                     "ARABIC LETTER NOON INITIAL FORM"]
    assert display_text("لا") == "\ufefb"  # lam-alef: one ligature, as every Arabic reader expects


def test_numbers_and_latin_inside_arabic_keep_their_own_order() -> None:
    drawn = display_text("أقل من 30 · n = 34")
    assert drawn.startswith("n = 34 · 30 ")  # the left-to-right runs read left to right, placed from the right
    assert "34" in drawn and "43" not in drawn


def test_brackets_are_mirrored_in_a_right_to_left_run() -> None:
    drawn = display_text(f"({YES})")
    assert drawn[0] == "(" and drawn[-1] == ")"  # on screen the opening bracket is on the right, facing left


def test_each_line_is_its_own_paragraph() -> None:
    drawn = display_text(f"{YES}\nYes")
    first, second = drawn.split("\n")
    assert first == display_text(YES) and second == "Yes"


def test_hebrew_and_persian_are_reordered_too() -> None:
    assert display_text("שלום עולם") == "םלוע םולש"
    persian = display_text("پنجره")
    assert persian[-1] == "\ufb58"  # peh initial form, drawn last (rightmost)


def test_a_letter_form_missing_from_the_font_is_drawn_plain() -> None:
    # Urdu's yeh barree has no joined forms in DejaVu Sans: drawn as the plain letter rather than a box.
    drawn = display_text("ے", has_glyph=lambda char: not "\ufb50" <= char <= "\ufdff")
    assert drawn == "ے"


def test_without_the_shaping_libraries_text_comes_back_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bidi_text, "_shaper", lambda: None)
    bidi_text._display_line.cache_clear()
    try:
        assert display_text(YES) == YES
    finally:
        bidi_text._display_line.cache_clear()


def test_right_to_left_languages_and_letters() -> None:
    assert all(is_rtl_language(code) for code in ("ar", "AR", "fa-IR", "he", "ur_PK", "ps"))
    assert not any(is_rtl_language(code) for code in ("en", "pt-BR", "uk", "", None))
    assert base_language("pt_PT") == "pt"
    assert has_rtl("Survey: نعم") and has_rtl("שלום") and not has_rtl("Yes") and not has_rtl("")
