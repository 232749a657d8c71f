"""Keep the interface translations up to date: ``python tools/translations.py update|status|carry|check|export|apply``.

* ``update``  — collect every ``tr()``/``translate()`` string of ``workshop_app`` into
  ``resources/translations/workshop_app_<lang>.ts`` (Qt Linguist files; existing translations are kept, and a
  string that only moved to another context keeps its translation through ``carry``), then compile them to
  ``.qm`` (what the app loads).
* ``status``  — how many messages each language still lacks.
* ``carry [LANG]`` — fill each unfinished message with the translation of the same English text elsewhere in the
  same language's file (a message that moved context, or one translated alike wherever it appears).
* ``check``   — what the tests check (``tools/translation_checks.py``): every string the code translates is where
  lupdate files it (context and plural), nothing is unfinished, placeholders and shortcut letters survive
  translation, the .qm files are fresh.
* ``export LANG [--unfinished] [--start N] [--count M]`` — messages as JSON lines, for translators without Qt
  Linguist: ``{"i": n, "context": ..., "source": ..., "comment": ..., "numerus": bool, "forms": k}``.
* ``apply LANG FILE.jsonl`` — write translations back: each line ``{"i": n, "translation": "..."}`` or, for a
  numerus message, ``{"i": n, "forms": ["...", "..."]}``; ``"i"`` is the index from ``export``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("pt", "es", "fr", "pl", "it", "ar")
"""Shipped languages besides English, the language of the source strings."""
DONE_TYPES = (None, "")
"""``type`` of a finished translation (unfinished ones say "unfinished"; gone ones "vanished" or "obsolete")."""
GONE_TYPES = ("vanished", "obsolete")


def _qt_tool(name: str) -> str:
    import PySide6

    tool = Path(PySide6.__file__).parent / name
    return str(tool) if tool.exists() else f"pyside6-{name}"


def ts_path(language: str) -> Path:
    """The Linguist file of ``language``."""
    return FOLDER / f"workshop_app_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled file of ``language``, the one the app loads."""
    return FOLDER / f"workshop_app_{language}.qm"


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository (stable locations in the .ts files)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workshop_app").rglob("*.py"))


# -- lupdate and lrelease ----------------------------------------------------------------------------------------
def lupdate(ts: Path, language: str, *, keep_gone: bool = False, locations: str = "relative") -> None:
    """Refresh ``ts`` from the code (made if missing); ``keep_gone`` keeps messages the code no longer has."""
    options = [] if keep_gone else ["-no-obsolete"]
    subprocess.run([_qt_tool("lupdate"), "-silent", *options, "-locations", locations, "-source-language", "en",
                    "-target-language", language, *sources(), "-ts", str(ts)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update() -> dict[str, int]:
    """Refresh every .ts file from the code, carry translations of moved strings, compile; unfinished per language."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = Path(os.path.relpath(ts_path(language), ROOT))  # locations in the file stay relative to it
        # First keep what the code no longer has: a string that moved context finds its translation there.
        lupdate(ts, language, keep_gone=True)
        carry(language)
        lupdate(ts, language)
    release()
    return status()


def release() -> None:
    """Compile each .ts file to the .qm file the app loads."""
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))


# -- reading and writing .ts files -----------------------------------------------------------------------------
def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") not in DONE_TYPES


def translated_forms(message: ET.Element) -> list[str]:
    """The translated text, one item per plural form (one item for an ordinary message)."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>'),
                    encoding="utf-8")


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The current (not vanished) messages of a .ts file by (context, source)."""
    result = {}
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in GONE_TYPES:
            continue
        result[(context, message.findtext("source") or "")] = message
    return result


def status() -> dict[str, int]:
    """Unfinished messages per language."""
    result = {}
    for language in LANGUAGES:
        messages = [(c, m) for c, m in _messages(ET.parse(ts_path(language)))
                    if (m.find("translation") is None or m.find("translation").get("type") not in GONE_TYPES)]
        result[language] = sum(1 for _, m in messages if is_unfinished(m))
        print(f"{language}: {result[language]} of {len(messages)} unfinished")
    return result


def carry(language: str, path: Path | None = None, *, history: bool = True) -> int:
    """Fill unfinished messages from finished ones with the same English text; how many were filled.

    Donors, best first: the same message as committed in git (``history``; a string that vanished for a while,
    say while a file was being edited, comes back with its translation); a message the code no longer has, kept
    as "vanished" by ``update`` (the same string, moved to another context); any other message with the same text,
    but only when all its translations agree, so a word translated differently in different places is left to the
    translator. Plural forms are carried only between plural messages (a singular translation says nothing of
    the other forms).
    """
    path = path or ts_path(language)
    tree = ET.parse(path)
    messages = _messages(tree)
    committed = _committed(path) if history else []
    same: dict[tuple[str, str, bool], tuple[str, ...]] = {}
    moved: dict[tuple[str, bool], set[tuple[str, ...]]] = defaultdict(set)
    alike: dict[tuple[str, bool], set[tuple[str, ...]]] = defaultdict(set)
    for origin, (context, message) in [("now", m) for m in messages] + [("git", m) for m in committed]:
        translation = message.find("translation")
        forms = tuple(translated_forms(message))
        if translation is None or not forms or not all(forms):
            continue
        key = (message.findtext("source") or "", message.get("numerus") == "yes")
        if translation.get("type") in GONE_TYPES:
            moved[key].add(forms)
        elif translation.get("type") in DONE_TYPES:
            alike[key].add(forms)
            if origin == "git":
                same[(context, *key)] = forms
    filled = 0
    for context, message in messages:
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        key = (message.findtext("source") or "", message.get("numerus") == "yes")
        candidates = ({same[(context, *key)]} if (context, *key) in same else moved.get(key) or alike.get(key)
                      or set())
        if len(candidates) != 1:
            continue
        (forms,) = candidates
        if key[1]:
            elements = translation.findall("numerusform")
            if len(elements) != len(forms):
                continue
            for element, text in zip(elements, forms, strict=True):
                element.text = text
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        _write(tree, path)
    print(f"{language}: {filled} translations carried")
    return filled


def _committed(path: Path) -> list[tuple[str, ET.Element]]:
    """The messages of ``path`` as last committed in git (none outside a git checkout)."""
    try:
        relative = path.resolve().relative_to(ROOT).as_posix()
        shown = subprocess.run(["git", "show", f"HEAD:{relative}"], cwd=ROOT, capture_output=True, check=True)
        return _messages(ET.ElementTree(ET.fromstring(shown.stdout)))
    except (ValueError, OSError, subprocess.CalledProcessError, ET.ParseError):
        return []


def export(language: str, unfinished_only: bool, start: int, count: int | None) -> None:
    """Print messages as JSON lines."""
    messages = _messages(ET.parse(ts_path(language)))
    shown = 0
    for index, (context, message) in enumerate(messages):
        if index < start or (unfinished_only and not is_unfinished(message)):
            continue
        if count is not None and shown >= count:
            break
        translation = message.find("translation")
        forms = len(translation.findall("numerusform")) if translation is not None else 0
        print(json.dumps({"i": index, "context": context, "source": message.findtext("source"),
                          "comment": message.findtext("comment") or "", "numerus": message.get("numerus") == "yes",
                          "forms": forms}, ensure_ascii=False))
        shown += 1


def apply(language: str, file: Path) -> None:
    """Write the translations in ``file`` into the language's .ts file."""
    path = ts_path(language)
    tree = ET.parse(path)
    messages = _messages(tree)
    done = 0
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        _, message = messages[item["i"]]
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if len(item.get("forms", [])) != len(forms):
                sys.exit(f"{file}:{number}: message {item['i']} needs {len(forms)} plural forms")
            for element, text in zip(forms, item["forms"], strict=True):
                element.text = text
        else:
            translation.text = item["translation"]
        translation.attrib.pop("type", None)
        done += 1
    _write(tree, path)
    print(f"{language}: {done} translations written")


def main(argv: list[str] | None = None) -> None:
    """The command line described in the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    sub.add_parser("status")
    sub.add_parser("check")
    carrier = sub.add_parser("carry")
    carrier.add_argument("language", nargs="?", choices=LANGUAGES)
    exporter = sub.add_parser("export")
    exporter.add_argument("language", choices=LANGUAGES)
    exporter.add_argument("--unfinished", action="store_true")
    exporter.add_argument("--start", type=int, default=0)
    exporter.add_argument("--count", type=int)
    applier = sub.add_parser("apply")
    applier.add_argument("language", choices=LANGUAGES)
    applier.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    elif args.command == "status":
        status()
    elif args.command == "carry":
        for language in [args.language] if args.language else LANGUAGES:
            carry(language)
    elif args.command == "check":
        sys.path.insert(0, str(ROOT))  # run as a script, tools/ is not a package on the path yet
        from tools.translation_checks import check

        problems = check()
        print("\n".join(problems) or "No problems.")
        sys.exit(1 if problems else 0)
    elif args.command == "export":
        export(args.language, args.unfinished, args.start, args.count)
    else:
        apply(args.language, args.file)


if __name__ == "__main__":
    main()
