"""The left side of the Maps section: the maps, New map, Excel in and out, Delete."""

from __future__ import annotations

from typing import Any

from workshop_app.ui.list_pane import ListPane, PaneTexts
from workshop_app.ui.map_list_model import MapDelegate, MapListModel


class MapListPane(ListPane):
    """The maps list and its buttons; the page connects them."""

    def __init__(self, model: MapListModel, parent: Any = None) -> None:
        texts = PaneTexts(
            heading=self.tr("Stakeholder maps"),
            new=self.tr("&New map…"),
            new_name=self.tr("New map from a template"),
            list_object_name="mapList",
            import_=self.tr("&Import from Excel…"),
            import_name=self.tr("Import stakeholders from Excel"),
            import_tip=self.tr("A workbook with an Elements sheet (stakeholders) and a Connections sheet (who works "
                               "with whom)"),
            export=self.tr("E&xport to Excel…"),
            export_name=self.tr("Export stakeholders to Excel"),
            export_tip=self.tr("Save the map's stakeholders and relationships as an Excel workbook"),
            delete=self.tr("Delete map…"),
            delete_name=self.tr("Delete map"),
            undo_name=self.tr("Undo deleting the map"),
            empty=self.tr("No maps yet. Start one with New map, or import a list of stakeholders from Excel."),
        )
        super().__init__(model, MapDelegate(), texts, parent)
