"""The survey templates shipped in ``resources/templates`` and making a new survey from one."""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from workshop_app import paths
from workshop_app.core.forms import Form
from workshop_app.errors import UserError
from workshop_app.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workshop_app.core.surveys import SurveyService, SurveySummary

TEMPLATE_KEYS = ("ulg_workshop_feedback", "needs_assessment", "training_evaluation")
_cache: dict[str, Form] = {}


def load_template(key: str) -> Form:
    """The form of template ``key`` (read once per run, then copied so callers may change it)."""
    if key not in _cache:
        from workshop_app.formats.xlsform import read_xlsform

        try:
            path = paths.resource("templates", f"{key}.xlsx")
        except FileNotFoundError:
            path = None
        if path is None or not path.is_file():
            raise UserError(QT_TRANSLATE_NOOP("errors", "The template {key} is missing from this installation."),
                            key=key)
        _cache[key], _warnings = read_xlsform(path)
    return copy.deepcopy(_cache[key])


def fresh_form_id(base: str, taken: set[str]) -> str:
    """A form id not stored yet: a new survey from a template must not become a new version of another."""
    base = re.sub(r"\W+", "_", base).strip("_") or "survey"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}_{number}"
    return candidate


def create_from_template(surveys: SurveyService, key: str, *, title: str | None = None) -> SurveySummary:
    """Store a new survey made from template ``key`` (its own form id, optionally another title)."""
    form = load_template(key)
    form.title = (title or "").strip() or form.title
    form.form_id = fresh_form_id(form.form_id, {s.form_id for s in surveys.list()})
    return surveys.import_form(form)
