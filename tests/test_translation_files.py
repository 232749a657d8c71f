"""The shipped translations: complete, compiled, in step with the code, and found where the app looks for them.

No display needed: these read the .ts/.qm files and run Qt's lupdate and lrelease on the code.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translation_checks as checks
from tools import translations as tools
from workshop_app import paths
from workshop_app.ui.translations import LANGUAGES

SHIPPED = tools.LANGUAGES


def test_the_app_offers_exactly_the_shipped_languages() -> None:
    assert set(LANGUAGES) == {"en", *SHIPPED}


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_is_translated(language: str) -> None:
    unfinished = checks.unfinished_messages(language)
    assert not unfinished, f"{len(unfinished)} messages wait for a {language} translation: {unfinished[:20]}"


@pytest.mark.parametrize("language", SHIPPED)
def test_placeholders_plural_numbers_and_shortcut_letters_survive_translation(language: str) -> None:
    assert checks.translation_problems(language) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_the_qm_file_is_compiled_from_the_ts_file(language: str) -> None:
    assert not checks.stale_qm(language), "run: python tools/translations.py release"


def test_every_string_of_the_code_is_in_every_ts_file() -> None:
    fresh = checks.fresh_messages()
    assert fresh, "lupdate found the app's strings"
    for language in SHIPPED:
        committed = tools.ts_messages(tools.ts_path(language))
        missing = sorted(key for key in fresh if key not in committed)
        assert not missing, f"{language}: run python tools/translations.py update; missing {missing[:20]}"
        plural = sorted(key for key, message in fresh.items()
                        if message.get("numerus") != committed[key].get("numerus"))
        assert not plural, f"{language}: plural or not, the .ts file disagrees with the code: {plural}"


def test_lupdate_files_every_string_under_the_context_the_app_looks_it_up_in() -> None:
    # A wrapper such as tr = lambda text: translate("MainWindow", text), a context held in a variable, a tr() inside an
    # f-string or translate()'s plural number: lupdate misfiles or drops each of these, and the string stays English.
    assert checks.context_problems() == []


def test_the_code_scanner_knows_each_way_of_naming_a_context(tmp_path: Path) -> None:
    code = tmp_path / "sample.py"
    code.write_text(
        'from PySide6.QtCore import QCoreApplication\n'
        'from workshop_app.ui.translations import TranslationContext\n'
        'translate = QCoreApplication.translate\n'
        'maps = TranslationContext("maps")\n'
        'wrong = TranslationContext("other")\n'
        'CONTEXT = "Dialog"\n'
        'class Page:\n'
        '    def title(self, n):\n'
        '        return self.tr("Maps"), maps.tr("%n maps", "", n), translate("ctx", "Text")\n'
        'def loose(window, n):\n'
        '    return (window.tr("Agenda"), translate(CONTEXT, "Hidden"), translate("ctx", "%n lost", None, n),\n'
        '            wrong.tr("Named wrongly"), translate("One text"), translate(CONTEXT, window))\n',
        encoding="utf-8")
    found, problems = checks._scan(code, "sample.py")
    assert {(m.context, m.source, m.numerus) for m in found if m.context} == {
        ("Page", "Maps", False), ("maps", "%n maps", True), ("ctx", "Text", False), ("ctx", "%n lost", True),
        ("other", "Named wrongly", False)}
    assert len(problems) == 5, problems
    assert any("'Agenda'" in p for p in problems) and any("'Hidden'" in p for p in problems)
    assert any("number" in p for p in problems) and any("named like its context" in p for p in problems)
    assert any("of one text" in p for p in problems), "a wrapper called with only the text hides its context"


def test_shortcut_letters_are_counted_apart_from_entities_and_doubled_ampersands() -> None:
    assert checks.mnemonics("&File") == 1
    assert checks.mnemonics("Save && quit") == 0
    assert checks.mnemonics("Tom &amp; Jerry &Play") == 1
    assert checks.mnemonics("Ideas & votes") == 0


def test_the_translations_ship_inside_the_package() -> None:
    folder = paths.resource("translations")
    for language in SHIPPED:
        assert (folder / f"workshop_app_{language}.qm").stat().st_size > 10_000, language
    # tomllib is Python 3.11+; the app supports 3.10, so the line is read as text.
    pyproject = (tools.ROOT / "pyproject.toml").read_text(encoding="utf-8")
    wheel = pyproject.split("[tool.hatch.build.targets.wheel.force-include]", 1)[1].split("\n[", 1)[0]
    assert '"resources" = "workshop_app/resources"' in wheel, "the wheel carries resources/, .qm files included"


CARRY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message><source>&amp;File</source><translation type="vanished">&amp;Ficheiro</translation></message>
</context>
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation type="unfinished"></translation></message>
    <message><source>Open</source><translation type="unfinished"></translation></message>
    <message><source>Save</source><translation type="unfinished"></translation></message>
    <message numerus="yes"><source>%n notes</source>
        <translation type="unfinished"><numerusform>%n notas</numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message><source>Open</source><translation>Abrir</translation></message>
    <message><source>Save</source><translation>Guardar</translation></message>
    <message><source>%n notes</source><translation>%n notas</translation></message>
</context>
<context>
    <name>Third</name>
    <message><source>Save</source><translation>Gravar</translation></message>
</context>
</TS>
"""


def test_carry_fills_moved_and_agreed_translations_and_leaves_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "workshop_app_pt.ts"
    path.write_text(CARRY_TS, encoding="utf-8")
    assert tools.carry("pt", path, history=False) == 2
    messages = {(context, m.findtext("source")): m for context, m in tools._messages(ET.parse(path))}
    moved = messages[("MainWindow", "&File")].find("translation")
    assert moved.text == "&Ficheiro" and moved.get("type") is None, "the string that moved keeps its translation"
    assert messages[("MainWindow", "Open")].find("translation").text == "Abrir", "one translation elsewhere"
    saved = messages[("MainWindow", "Save")].find("translation")
    assert saved.get("type") == "unfinished", "translated two ways elsewhere: the translator decides"
    plural = messages[("MainWindow", "%n notes")].find("translation")
    assert plural.get("type") == "unfinished", "a singular translation says nothing of the other plural forms"
    assert "<!DOCTYPE TS>" in path.read_text(encoding="utf-8")


def test_the_committed_translations_are_a_donor_for_carry() -> None:
    committed = tools._committed(tools.ts_path("pt"))
    assert len(committed) > 1000, "git HEAD's Portuguese file is read (a string gone for a while keeps its words)"


def test_update_keeps_the_translation_of_a_string_that_moved_context(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    import shutil

    for language in SHIPPED:
        shutil.copy(tools.ts_path(language), tmp_path / tools.ts_path(language).name)
    monkeypatch.setattr(tools, "FOLDER", tmp_path)
    tools.update()
    portuguese = tools.ts_messages(tools.ts_path("pt"))
    file_menu = portuguese[("MainWindow", "&File")].find("translation")
    assert file_menu.get("type") is None and file_menu.text == "&Ficheiro"
    assert not [key for key in portuguese if key[0] == ""], "nothing is left in the empty context"
    assert all((tmp_path / f"workshop_app_{language}.qm").is_file() for language in SHIPPED)
