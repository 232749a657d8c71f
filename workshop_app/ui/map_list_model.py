"""The list of stakeholder maps: title in bold, then the kind and the counts, one card per map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.ui.card_list import DETAILS_ROLE, ID_ROLE, CardDelegate, CardListModel
from workshop_app.ui.map_render import kind_label
from workshop_app.ui.translations import TranslationContext

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapSummary

__all__ = ["DETAILS_ROLE", "ID_ROLE", "MapDelegate", "MapListModel", "map_details", "relationship_count",
           "stakeholder_count"]
translate = QCoreApplication.translate
maps = TranslationContext("maps")
"""Plural messages go through ``maps.tr``, whose number lupdate sees (it misreads ``translate``'s)."""


def stakeholder_count(count: int) -> str:
    """"1 stakeholder", "27 stakeholders"."""
    if count == 1:
        return maps.tr("%n stakeholder", "", count)
    return maps.tr("%n stakeholders", "", count)


def relationship_count(count: int) -> str:
    """"1 relationship", "32 relationships"."""
    if count == 1:
        return maps.tr("%n relationship", "", count)
    return maps.tr("%n relationships", "", count)


def map_details(summary: MapSummary) -> str:
    """Two lines: the kind of map, then "27 stakeholders · 32 relationships"."""
    return translate("maps", "{kind}\n{stakeholders} · {relationships}").format(
        kind=kind_label(summary.kind), stakeholders=stakeholder_count(summary.stakeholder_count),
        relationships=relationship_count(summary.relationship_count))


class MapListModel(CardListModel):
    """One row per map, by title (as ``MapService.list`` gives them)."""

    def details(self, summary: MapSummary) -> str:
        """The kind of map, then "27 stakeholders · 32 relationships"."""
        return map_details(summary)


MapDelegate = CardDelegate
