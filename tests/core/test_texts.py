"""Sentences made outside the interface: English without a translator, translated with one, checked statically."""

from __future__ import annotations

import ast
import pickle
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app import texts
from workshop_app.core.participant_rules import PURPOSE_LABELS, validate_purpose
from workshop_app.errors import DatabaseError, UserError
from workshop_app.texts import (
    QT_TRANSLATE_NOOP,
    Joined,
    Text,
    TranslationContext,
    english,
    set_translator,
    translate,
)

PACKAGE = Path(texts.__file__).parent
SCANNED = ("core", "db", "formats")
CATALOGUE = {
    ("errors", "The folder {folder} does not exist."): "A pasta {folder} não existe.",
    ("errors", "{code} has no consent to {purpose} to withdraw."): "{code} não tem consentimento para {purpose}.",
    ("errors", "Plain sentence."): "Frase simples.",
    ("core", "take part"): "participar",
    ("core", "be contacted"): "ser contactado",
    ("errors", "{n} rows"): "{n} linhas",
}


@pytest.fixture
def portuguese() -> Iterator[list[tuple[str, str, int]]]:
    """A fake translator with a tiny catalogue; records every lookup."""
    asked: list[tuple[str, str, int]] = []

    def fake(context: str, text: str, n: int) -> str:
        asked.append((context, text, n))
        return CATALOGUE.get((context, text), text)

    previous = set_translator(fake)
    yield asked
    set_translator(previous)


@pytest.fixture(autouse=True)
def english_only() -> Iterator[None]:
    """No translator (the interface's, if a UI test module installed it, comes back afterwards)."""
    previous, numbers = set_translator(None), texts.set_number_formatter(None)
    yield
    set_translator(previous)
    texts.set_number_formatter(numbers)


def test_without_a_translator_everything_is_english() -> None:
    error = UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder="/tmp/x")
    assert str(error) == error.args[0] == error.english == "The folder /tmp/x does not exist."
    assert translate("errors", "Plain sentence.") == "Plain sentence."


def test_a_plain_sentence_still_works_and_keeps_its_braces() -> None:
    assert str(UserError("Use {curly} braces.")) == "Use {curly} braces."
    assert str(UserError()) == ""


def test_the_template_is_looked_up_in_errors_then_filled(portuguese: list[tuple[str, str, int]]) -> None:
    error = UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder="/tmp/x")
    assert str(error) == "A pasta /tmp/x não existe."
    assert ("errors", "The folder {folder} does not exist.", -1) in portuguese
    assert error.args[0] == "The folder /tmp/x does not exist."  # logs stay English
    assert str(UserError("Plain sentence.")) == "Frase simples."


def test_subclasses_translate_alike(portuguese: list[tuple[str, str, int]]) -> None:
    assert str(DatabaseError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder="d")) == (
        "A pasta d não existe.")


def test_a_switch_of_translator_changes_an_existing_error() -> None:
    error = UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder="f")
    set_translator(lambda context, text, n: CATALOGUE.get((context, text), text))
    try:
        assert str(error) == "A pasta f não existe."
    finally:
        set_translator(None)
    assert str(error) == "The folder f does not exist."


def test_a_label_inside_a_sentence_is_translated_too(portuguese: list[tuple[str, str, int]]) -> None:
    error = UserError(QT_TRANSLATE_NOOP("errors", "{code} has no consent to {purpose} to withdraw."),
                      code="P-0001", purpose=PURPOSE_LABELS["take_part"])
    assert str(error) == "P-0001 não tem consentimento para participar."
    assert error.args[0] == "P-0001 has no consent to take part to withdraw."


def test_nested_texts_and_lists_of_labels(portuguese: list[tuple[str, str, int]]) -> None:
    inner = Text("errors", QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder="x")
    outer = UserError(QT_TRANSLATE_NOOP("errors", "Cannot go on: {problem}"), problem=inner)
    assert str(outer) == "Cannot go on: A pasta x não existe."
    assert outer.args[0] == "Cannot go on: The folder x does not exist."
    listing = Joined([PURPOSE_LABELS["take_part"], PURPOSE_LABELS["be_contacted"]])
    assert str(listing) == "participar, ser contactado" and listing.english == "take part, be contacted"
    with pytest.raises(UserError) as caught:
        validate_purpose("fishing")
    assert "participar, ser contactado" in str(caught.value)
    assert "take part, be contacted, appear in photos" in caught.value.args[0]


def test_the_number_n_reaches_the_translator(portuguese: list[tuple[str, str, int]]) -> None:
    assert str(UserError(QT_TRANSLATE_NOOP("errors", "{n} rows"), n=3)) == "3 linhas"
    assert ("errors", "{n} rows", 3) in portuguese
    errors = TranslationContext("errors")  # a plural message for lupdate: the number picks the form
    error = UserError(errors.tr("{n} rows", "", 7))
    assert str(error) == "7 linhas" and error.args[0] == "7 rows" and ("errors", "{n} rows", 7) in portuguese


def test_a_translation_that_lost_a_placeholder_falls_back_to_english() -> None:
    set_translator(lambda context, text, n: "Sem a pasta.{gone}")
    try:
        assert str(UserError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder="d")) == (
            "The folder d does not exist.")
    finally:
        set_translator(None)


def test_grouped_and_decimal_numbers_are_written_the_interface_languages_way() -> None:
    text = Text("errors", "{n:,} rows from {year}, row {row}, {km:.1f} km, {flag}", n=12345, year=2026, row=1234,
                km=3.25, flag=True)
    assert str(text) == "12,345 rows from 2026, row 1234, 3.2 km, True", "English without a formatter"
    previous = texts.set_number_formatter(
        lambda value, decimals: f"{value:_.{decimals}f}".replace("_", " ").replace(".", ","))
    try:
        assert str(text) == "12 345 rows from 2026, row 1234, 3,2 km, True", "a bare {year} or {row} is not grouped"
        assert str(UserError(QT_TRANSLATE_NOOP("errors", "At most {limit:,} characters."), limit=32767)) == \
            "At most 32 767 characters."
        assert text.english.startswith("12,345 rows"), "the English text (logs, files) keeps Python's numbers"
        packed = texts.translate("core", "Packed into {path} ({size:.1f} MB): {n:,} rows.")
        assert packed.format(path="a.wspack", size=12.25, n=4096) == "Packed into a.wspack (12,2 MB): 4 096 rows."
    finally:
        texts.set_number_formatter(previous)


def test_texts_compare_and_hash_by_their_source() -> None:
    label = Text("core", "take part")
    assert label == Text("core", "take part") and hash(label) == hash(Text("core", "take part"))
    assert label != Text("core", "be contacted") and label != "take part"
    assert {label: 1}[Text("core", "take part")] == 1
    assert f"{label:>10}" == " take part" and english(label) == "take part" and english(3) == 3
    with pytest.raises(AttributeError):
        label.source = "other"  # type: ignore[misc]


def test_errors_and_texts_survive_pickling() -> None:
    error = DatabaseError(QT_TRANSLATE_NOOP("errors", "{code} has no consent to {purpose} to withdraw."),
                          code="P-1", purpose=PURPOSE_LABELS["photos"])
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is DatabaseError and str(copy) == str(error) and copy.args == error.args


# -- static checks of every marked sentence in core, db and formats ------------------------------------------------
def _sources() -> Iterator[tuple[str, ast.Module]]:
    for folder in SCANNED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                yield str(path.relative_to(PACKAGE.parent)), ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _marked(node: ast.AST) -> tuple[str, str] | None:
    """(context, text) of a ``QT_TRANSLATE_NOOP("context", "text")`` call, else None."""
    if isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
        context, text = node.args
        if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
            return context.value, text.value
    return None


def _placeholders(template: str) -> set[str]:
    names = set()
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None:
            assert field and field.isidentifier(), f"{template!r}: name every placeholder"
            names.add(field)
    return names


PROGRAMMER_ERRORS = frozenset({"ValueError", "TypeError", "RuntimeError", "KeyError", "AssertionError"})
"""Errors that say the code is wrong, never shown to a person as a sentence: left in English."""


def _is_error(call: ast.Call) -> bool:
    name = _name(call)
    return (name.endswith("Error") and name not in PROGRAMMER_ERRORS) or name in (
        "AnswerRejected", "IdentityRefused", "IncompleteResponse")


def test_every_marked_text_is_a_literal_lupdate_can_read() -> None:
    found = 0
    for name, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) == "QT_TRANSLATE_NOOP":
                found += 1
                where = f"{name}:{node.lineno}"
                assert _marked(node) is not None and not node.keywords, f"{where}: two literal arguments only"
                context, text = _marked(node)
                assert context in ("errors", "core"), f"{where}: context {context!r}"
                _placeholders(text)
    assert found > 300


FILLED_LATER = frozenset({"group"})
"""Calls that keep a marked template and fill it themselves (``Findings.group``: rows, value and sheet)."""


def test_every_placeholder_is_passed_where_the_sentence_is_made() -> None:
    """``UserError(QT_TRANSLATE_NOOP(...), **params)``, ``Text(ctx, QT_TRANSLATE_NOOP(ctx, ...), **params)``, and
    any other call given a marked sentence (``report(...)``, ``self.error(...)``): its keywords fill the sentence."""
    problems = []
    checked = 0
    for name, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) in FILLED_LATER:
                continue
            where = f"{name}:{node.lineno}"
            marked = next((m for m in map(_marked, node.args) if m is not None), None)
            if marked is None:
                continue
            if _name(node) == "Text" and node.args[0].value != marked[0]:
                problems.append(f"{where}: Text's context differs from its QT_TRANSLATE_NOOP's")
            passed = {k.arg for k in node.keywords}
            if None in passed:
                continue  # **params: checked where they are made
            checked += 1
            if _placeholders(marked[1]) != passed:
                problems.append(f"{where}: {marked[1]!r} gets {sorted(passed)}")
    assert not problems, "\n".join(problems)
    assert checked > 300


def test_plural_sentences_get_their_number_and_placeholders() -> None:
    """``errors.tr("{n} rows of {table}", "", n, table=...)``: a context named like itself, ``{n}`` and the rest."""
    problems = []
    checked = 0
    for name, tree in _sources():
        contexts = {target.id: node.value.args[0].value for node in tree.body if isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Call) and _name(node.value) == "TranslationContext"
                    for target in node.targets if isinstance(target, ast.Name)}
        assert all(variable == context for variable, context in contexts.items()), name
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node) == "tr" and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in contexts):
                checked += 1
                source = node.args[0]
                assert isinstance(source, ast.Constant) and len(node.args) == 3, f"{name}:{node.lineno}"
                passed = {k.arg for k in node.keywords} | {"n"}
                if _placeholders(source.value) != passed:
                    problems.append(f"{name}:{node.lineno}: {source.value!r} gets {sorted(passed)}")
    assert not problems, "\n".join(problems)
    assert checked >= 15


def test_no_sentence_is_an_f_string_any_more() -> None:
    problems = []
    for name, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (_is_error(node) or _name(node) in ("Text", "translate", "tr")):
                for argument in node.args:
                    if isinstance(argument, ast.JoinedStr):
                        problems.append(f"{name}:{node.lineno}: {_name(node)}(f\"...\")")
    assert not problems, "\n".join(problems)


def test_translated_sentences_get_their_placeholders() -> None:
    """``translate("ctx", "template").format(**params)`` fills every placeholder of the template."""
    problems = []
    for name, tree in _sources():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                    and isinstance(node.func.value, ast.Call) and _name(node.func.value) == "translate"):
                inner = node.func.value
                if len(inner.args) >= 2 and isinstance(inner.args[1], ast.Constant):
                    passed = {k.arg for k in node.keywords}
                    if None not in passed and _placeholders(inner.args[1].value) != passed:
                        problems.append(f"{name}:{node.lineno}: {inner.args[1].value!r} gets {sorted(passed)}")
    assert not problems, "\n".join(problems)
