"""The checks of the interface translations, shared by ``python tools/translations.py check`` and the tests.

* Every string the code translates is filed by lupdate under the context the app looks it up in at run time,
  marked plural when the code passes a number (lupdate's Python parser misses wrappers, contexts held in
  variables, ``tr()`` inside f-strings and ``translate()``'s number; each of those stays English).
* Nothing is unfinished; placeholders (``{name}``, ``%n``, ``%1``) and shortcut letters survive translation.
* The shipped .qm files are what the .ts files compile to.
"""

from __future__ import annotations

import ast
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from tools.translations import (
    LANGUAGES,
    ROOT,
    is_unfinished,
    lrelease,
    lupdate,
    qm_path,
    sources,
    translated_forms,
    ts_messages,
    ts_path,
)


@dataclass(frozen=True)
class CodeMessage:
    """A string the code translates: its runtime context, whether a number picks its plural form, and where."""

    context: str | None
    source: str
    numerus: bool
    file: str
    line: int


TR_NAMES = frozenset({"tr"})
TRANSLATE_NAMES = frozenset({"translate", "QT_TRANSLATE_NOOP"})


def code_messages() -> tuple[list[CodeMessage], list[str]]:
    """Every literal string the code translates, with the context it is looked up in at run time; and problems.

    The runtime context of ``self.tr`` is the class it is written in (PySide looks it up along the class's MRO);
    of ``name.tr`` a ``name = TranslationContext("context")``; of ``translate`` and ``QT_TRANSLATE_NOOP`` their
    first argument, which must be a literal. A call whose context cannot be known so is a problem: lupdate files it
    under a context the app never asks for.
    """
    messages: list[CodeMessage] = []
    problems: list[str] = []
    for file in sources():
        found, trouble = _scan(ROOT / file, file)
        messages += found
        problems += trouble
    return messages, problems


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _scan(path: Path, name: str) -> tuple[list[CodeMessage], list[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    contexts: dict[str, str | None] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            if isinstance(call.func, ast.Name) and call.func.id == "TranslationContext" and call.args:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        contexts[target.id] = _literal(call.args[0])
    found: list[CodeMessage] = []
    problems: list[str] = []

    def visit(node: ast.AST, klass: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                look_at(child, klass)
            visit(child, child.name if isinstance(child, ast.ClassDef) else klass)

    def look_at(call: ast.Call, klass: str | None) -> None:
        func = call.func
        called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        where = f"{name}:{call.lineno}"
        if called in TR_NAMES and call.args:
            source = _literal(call.args[0])
            if source is None:
                return
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
            context = klass if owner == "self" else contexts.get(owner or "")
            if owner in contexts and contexts[owner] != owner:
                problems.append(f"{where}: the TranslationContext {owner!r} must be named like its context")
            numerus = len(call.args) >= 3 or any(k.arg == "n" for k in call.keywords)
        elif called in TRANSLATE_NAMES:
            source = _literal(call.args[1]) if len(call.args) >= 2 else None
            if source is None:
                if len(call.args) == 1 and _literal(call.args[0]) is not None:
                    problems.append(f"{where}: {called}() of one text: lupdate sees no context; use a "
                                    "TranslationContext")
                return
            context = _literal(call.args[0])
            numerus = len(call.args) >= 4 or any(k.arg == "n" for k in call.keywords)
            if numerus and called == "translate":
                problems.append(f"{where}: lupdate does not see translate()'s number; use a TranslationContext")
        else:
            return
        if context is None:
            problems.append(f"{where}: {source!r} is translated in a context lupdate cannot know")
        found.append(CodeMessage(context, source, numerus, name, call.lineno))

    visit(tree, None)
    return found, problems


def fresh_messages(language: str = "pt") -> dict[tuple[str, str], Element]:
    """What lupdate finds in the code now (into a temporary file, the committed ones untouched)."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "fresh.ts"
        lupdate(target, language, locations="none")
        return ts_messages(target)


def context_problems() -> list[str]:
    """Strings lupdate files differently from how the code looks them up (context, plural), or not at all."""
    code, problems = code_messages()
    fresh = fresh_messages()
    expected: dict[tuple[str, str], CodeMessage] = {}
    for message in code:
        if message.context is not None:
            expected.setdefault((message.context, message.source), message)
    for key, message in sorted(expected.items()):
        if key not in fresh:
            problems.append(f"{message.file}:{message.line}: lupdate misses {key[1]!r} (context {key[0]!r})")
        elif (fresh[key].get("numerus") == "yes") != any(m.numerus for m in code if (m.context, m.source) == key):
            problems.append(f"{message.file}:{message.line}: {key[1]!r} is plural in the code but not for lupdate, "
                            "or the other way round")
    for context, source in sorted(set(fresh) - set(expected)):
        problems.append(f"lupdate files {source!r} under context {context!r}, which the code never asks for")
    return problems


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?\d+|%n")
MNEMONIC = re.compile(r"&(?![A-Za-z]+;|#\d+;)(?=\S)")


def mnemonics(text: str) -> int:
    """How many shortcut letters (``&File``) a text marks; ``&&`` is a literal ampersand, ``&amp;`` an entity."""
    return len(MNEMONIC.findall(text.replace("&&", "")))


def unfinished_messages(language: str) -> list[str]:
    """The messages of ``language`` still waiting for a translation, as "context: source"."""
    return [f"{context}: {source!r}" for (context, source), message in ts_messages(ts_path(language)).items()
            if is_unfinished(message)]


def translation_problems(language: str) -> list[str]:
    """Translations whose placeholders (``{name}``, ``%n``, ``%1``) or shortcut letters differ from the source."""
    problems = []
    for (context, source), message in ts_messages(ts_path(language)).items():
        if is_unfinished(message):
            continue
        for form in translated_forms(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"{language}: placeholders differ: {context}: {source!r} -> {form!r}")
            if mnemonics(source) != mnemonics(form):
                problems.append(f"{language}: shortcut letters differ: {context}: {source!r} -> {form!r}")
    return problems


def stale_qm(language: str) -> bool:
    """Whether the shipped .qm differs from what its .ts compiles to now."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "fresh.qm"
        lrelease(ts_path(language), fresh)
        return not qm_path(language).is_file() or fresh.read_bytes() != qm_path(language).read_bytes()


def check() -> list[str]:
    """Everything the translation tests check, as one list of problems."""
    problems = context_problems()
    fresh = fresh_messages()
    for language in LANGUAGES:
        committed = ts_messages(ts_path(language))
        problems += [f"{language}: not in the .ts file yet (run update): {c}: {s!r}" for c, s in fresh
                     if (c, s) not in committed]
        problems += [f"{language}: unfinished: {text}" for text in unfinished_messages(language)]
        problems += translation_problems(language)
        if stale_qm(language):
            problems.append(f"{language}: the .qm file is not compiled from the .ts file (run release)")
    return problems
