"""The left side of the Surveys section: the stored surveys, New from template, XLSForm in and out, Delete."""

from __future__ import annotations

from typing import Any

from workshop_app.ui.list_pane import ListPane, PaneTexts
from workshop_app.ui.survey_list_model import SurveyDelegate, SurveyListModel


class SurveyListPane(ListPane):
    """The surveys list and its buttons; the page connects them."""

    def __init__(self, model: SurveyListModel, parent: Any = None) -> None:
        texts = PaneTexts(
            heading=self.tr("Surveys"),
            new=self.tr("&New from template…"),
            new_name=self.tr("New survey from a template"),
            list_object_name="surveyList",
            import_=self.tr("&Import XLSForm…"),
            import_name=self.tr("Import XLSForm"),
            import_tip=self.tr("Add a questionnaire from KoboToolbox, ODK or another XLSForm file"),
            export=self.tr("E&xport XLSForm…"),
            export_name=self.tr("Export XLSForm"),
            export_tip=self.tr("Save the survey as an XLSForm for KoboToolbox or ODK"),
            delete=self.tr("Delete survey…"),
            delete_name=self.tr("Delete survey"),
            undo_name=self.tr("Undo deleting the survey"),
        )
        super().__init__(model, SurveyDelegate(), texts, parent)
