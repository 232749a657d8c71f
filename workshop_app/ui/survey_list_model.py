"""The list of stored surveys (every version), and the two-line look of each row."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workshop_app.core.forms import display_name
from workshop_app.ui.card_list import DETAILS_ROLE, ID_ROLE, CardDelegate, CardListModel
from workshop_app.ui.labels import LANGUAGE_CODES, language_label
from workshop_app.ui.translations import TranslationContext

if TYPE_CHECKING:  # imports SQLAlchemy
    from workshop_app.core.surveys import SurveySummary

__all__ = ["DETAILS_ROLE", "ID_ROLE", "SurveyDelegate", "SurveyListModel", "language_names", "question_count",
           "response_count", "survey_details"]
# lupdate finds translate("context", "text") calls by this name.
translate = QCoreApplication.translate
surveys = TranslationContext("surveys")
"""Plural messages go through ``surveys.tr``, whose number lupdate sees (it misreads ``translate``'s)."""


def language_names(codes: tuple[str, ...] | list[str]) -> str:
    """"English, Portuguese" for ``("en", "pt")``."""
    return ", ".join(language_label(code) if code in LANGUAGE_CODES else display_name(code) for code in codes)


def question_count(count: int) -> str:
    """"1 question", "14 questions"."""
    # Two numerus strings, so English reads right without a translation file.
    if count == 1:
        return surveys.tr("%n question", "", count)
    return surveys.tr("%n questions", "", count)


def response_count(count: int) -> str:
    """"1 response", "37 responses"."""
    if count == 1:
        return surveys.tr("%n response", "", count)
    return surveys.tr("%n responses", "", count)


def survey_details(summary: SurveySummary) -> str:
    """Two lines: "Version 2 · English, Portuguese" and "14 questions · 37 responses"."""
    return translate("surveys", "Version {version} · {languages}\n{questions} · {responses}").format(
        version=summary.version, languages=language_names(summary.languages),
        questions=question_count(summary.question_count), responses=response_count(summary.response_count))


class SurveyListModel(CardListModel):
    """One row per stored survey version, by title then version (as ``SurveyService.list`` gives them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._modified: str | None = None

    def details(self, summary: SurveySummary) -> str:
        """"Version 2 · English, Portuguese" and "14 questions · 37 responses"."""
        return survey_details(summary)

    def title(self, summary: SurveySummary) -> str:
        """The title, with "• " before it while the survey has unsaved changes."""
        return f"• {summary.title}" if summary.id == self._modified else summary.title

    def set_modified(self, survey_id: str | None) -> None:
        """Mark the survey with unsaved changes ("• " before its title), or none."""
        if survey_id == self._modified:
            return
        rows = [self.row_of(i) for i in (self._modified, survey_id)]
        self._modified = survey_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))


SurveyDelegate = CardDelegate
