"""The shipped survey templates: valid XLSForms in English and Portuguese, with skip logic, kept in sync.

The .xlsx files are committed; nothing is generated here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from pyxform.xls2xform import convert

from workshop_app.core.forms import SELECTS, FormLogic
from workshop_app.formats.xlsform import read_xlsform
from workshop_app.paths import resource

TEMPLATES = ("ulg_workshop_feedback.xlsx", "needs_assessment.xlsx", "training_evaluation.xlsx")


def _builder() -> ModuleType:
    path = resource("templates", "build_templates.py")
    spec = importlib.util.spec_from_file_location("build_templates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_is_a_bilingual_xlsform_with_skip_logic(name: str) -> None:
    path = resource("templates", name)
    result = convert(xlsform=str(path))
    assert result.warnings == []
    form, warnings = read_xlsform(path)
    assert warnings == []
    assert form.languages == ["en", "pt"] and form.default_language == "en"
    assert form.question_count >= 12
    assert any(q.relevant for q in form.walk())
    for question in form.walk():
        if question.type not in ("calculate", "group", "repeat"):
            assert set(question.label) == {"en", "pt"}, question.name
            assert question.label["en"] != question.label["pt"] or question.label["en"].isdigit(), question.name
        if question.type in SELECTS:
            for choice in form.choice_list(question.list_name).choices:  # type: ignore[union-attr]
                assert set(choice.label) == {"en", "pt"}
    FormLogic(form).new_state(language="pt")


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_files_match_their_source(name: str) -> None:
    builder = _builder()
    form, _ = read_xlsform(resource("templates", name))
    assert form == builder.TEMPLATES[name](), "run resources/templates/build_templates.py and commit the result"


def test_templates_ship_with_the_resources() -> None:
    assert {p.name for p in Path(resource("templates")).glob("*.xlsx")} >= set(TEMPLATES)
