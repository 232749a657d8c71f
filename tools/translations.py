"""Keep the interface translations up to date: ``python tools/translations.py update|status|export|apply``.

* ``update``  — collect every ``tr()``/``translate()`` string of ``workshop_app`` into
  ``resources/translations/workshop_app_<lang>.ts`` (Qt Linguist files; existing translations are kept) and
  compile them to ``.qm`` (what the app loads).
* ``status``  — how many messages each language still lacks.
* ``export LANG [--unfinished] [--start N] [--count M]`` — messages as JSON lines, for translators without Qt
  Linguist: ``{"i": n, "context": ..., "source": ..., "comment": ..., "numerus": bool, "forms": k}``.
* ``apply LANG FILE.jsonl`` — write translations back: each line ``{"i": n, "translation": "..."}`` or, for a
  numerus message, ``{"i": n, "forms": ["...", "..."]}``; ``"i"`` is the index from ``export``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("pt", "es", "fr", "pl", "it", "ar")
"""Shipped languages besides English, the language of the source strings."""


def _qt_tool(name: str) -> str:
    import PySide6

    tool = Path(PySide6.__file__).parent / name
    return str(tool) if tool.exists() else f"pyside6-{name}"


def ts_path(language: str) -> Path:
    """The Linguist file of ``language``."""
    return FOLDER / f"workshop_app_{language}.ts"


def sources() -> list[str]:
    """Every Python file of the app, relative to the repository (stable locations in the .ts files)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "workshop_app").rglob("*.py"))


def update() -> None:
    """Refresh every .ts file from the code, then compile the .qm files."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([_qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
                        "-source-language", "en", "-target-language", language, *sources(),
                        "-ts", str(ts_path(language).relative_to(ROOT))], cwd=ROOT, check=True)
    release()


def release() -> None:
    """Compile each .ts file to the .qm file the app loads."""
    for language in LANGUAGES:
        subprocess.run([_qt_tool("lrelease"), "-silent", str(ts_path(language))], check=True)


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in tree.getroot().iter("context") for message in context.iter("message")]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def status() -> dict[str, int]:
    """Unfinished messages per language."""
    result = {}
    for language in LANGUAGES:
        messages = _messages(ET.parse(ts_path(language)))
        result[language] = sum(1 for _, m in messages if _unfinished(m))
        print(f"{language}: {result[language]} of {len(messages)} unfinished")
    return result


def export(language: str, unfinished_only: bool, start: int, count: int | None) -> None:
    """Print messages as JSON lines."""
    messages = _messages(ET.parse(ts_path(language)))
    shown = 0
    for index, (context, message) in enumerate(messages):
        if index < start or (unfinished_only and not _unfinished(message)):
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
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _restore_doctype(path)
    print(f"{language}: {done} translations written")


def _restore_doctype(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>'),
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """The command line described in the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    sub.add_parser("status")
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
    elif args.command == "export":
        export(args.language, args.unfinished, args.start, args.count)
    else:
        apply(args.language, args.file)


if __name__ == "__main__":
    main()
