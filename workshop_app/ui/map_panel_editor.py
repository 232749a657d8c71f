"""What the canvas, the side panel and the toolbar ask for, turned into undoable commands on the shown map.

The editor holds no data of its own: it reads the ``MapData`` the page shows, builds one small command per
request and lets the page run it (``MapsPage.run``), which also redraws the map from the service.
"""

from __future__ import annotations

import math
from statistics import mean
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from workshop_app.ui.map_commands import (
    AddRelationship,
    AddStakeholder,
    DeleteStakeholders,
    EditMap,
    EditRelationship,
    EditStakeholder,
    MoveStakeholders,
)

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData
    from workshop_app.ui.maps_page import MapsPage

translate = QCoreApplication.translate

DEFAULT_TIE = {"kind": "works with", "strength": 2, "directed": False}
"""A line drawn in connect mode: an ordinary two-way tie, to be named in the panel."""


def _stakeholder_edit_text(field: str) -> str:
    texts = {
        "name": translate("maps", "Rename stakeholder"), "organisation": translate("maps", "Edit organisation"),
        "sector": translate("maps", "Change sector"), "attitude": translate("maps", "Change attitude"),
        "engagement": translate("maps", "Edit engagement"), "notes": translate("maps", "Edit notes"),
        "contact": translate("maps", "Edit contact"), "x": translate("maps", "Move stakeholder"),
        "y": translate("maps", "Move stakeholder"),
    }
    return texts.get(field, translate("maps", "Edit stakeholder"))


def _map_edit_text(field: str) -> str:
    texts = {
        "title": translate("maps", "Rename map"), "x_title": translate("maps", "Rename horizontal axis"),
        "y_title": translate("maps", "Rename vertical axis"), "quadrant_names": translate("maps", "Rename quadrants"),
        "notes": translate("maps", "Edit map notes"),
    }
    return texts.get(field, translate("maps", "Edit map"))


def free_spot(data: MapData, x: float, y: float) -> tuple[float, float]:
    """The spot nearest (``x``, ``y``) with nobody on it, on a sunflower spiral (so new people never stack)."""
    step_x, step_y = data.x_max / 20, data.y_max / 20
    taken = [(s.x, s.y) for s in data.stakeholders]
    for n in range(400):
        reach, angle = math.sqrt(n), n * 2.39996
        spot = (min(max(x + reach * step_x * math.cos(angle), 0.0), data.x_max),
                min(max(y + reach * step_y * math.sin(angle), 0.0), data.y_max))
        if all(abs(spot[0] - a) > step_x * 0.9 or abs(spot[1] - b) > step_y * 0.9 for a, b in taken):
            return round(spot[0], 2), round(spot[1], 2)
    return x, y


class MapEditor(QObject):
    """Connects the canvas, the panel and the toolbar of ``page`` to commands."""

    def __init__(self, page: MapsPage) -> None:
        super().__init__(page)
        self.page = page
        scene, view, panel, tools = page.scene, page.view, page.panel, page.toolbar
        scene.moves_requested.connect(lambda moves: self.move(moves, translate("maps", "Move stakeholders")
                                                              if len(moves) > 1 else
                                                              translate("maps", "Move stakeholder")))
        scene.connect_requested.connect(self.connect_stakeholders)
        scene.add_requested.connect(lambda x, y: self.add_stakeholder((x, y)))
        scene.stakeholder_activated.connect(lambda _id: panel.edit_current())
        scene.relationship_activated.connect(lambda _id: panel.edit_current())
        scene.selectionChanged.connect(self.show_selection)
        view.delete_requested.connect(self.delete_selected)
        view.nudge_requested.connect(self.nudge)
        view.edit_requested.connect(panel.edit_current)
        view.escape_pressed.connect(self.escape)
        panel.stakeholder_form.edited.connect(self.edit_stakeholder)
        panel.stakeholder_form.delete_requested.connect(self.delete_selected)
        panel.relationship_form.edited.connect(self.edit_relationship)
        panel.relationship_form.delete_requested.connect(self.delete_selected)
        panel.map_form.edited.connect(self.edit_map)
        panel.selection_form.align_requested.connect(self.align)
        panel.selection_form.delete_requested.connect(self.delete_selected)
        tools.add_action.triggered.connect(lambda: self.add_stakeholder())
        tools.connect_action.toggled.connect(self.set_connect_mode)
        tools.align_left_action.triggered.connect(lambda: self.align("left"))
        tools.align_top_action.triggered.connect(lambda: self.align("top"))
        tools.align_centre_action.triggered.connect(lambda: self.align("centre"))
        tools.delete_action.triggered.connect(self.delete_selected)
        tools.zoom_in_action.triggered.connect(view.zoom_in)
        tools.zoom_out_action.triggered.connect(view.zoom_out)
        tools.fit_action.triggered.connect(view.fit)
        tools.snap_action.toggled.connect(lambda on: setattr(scene, "snap_to_grid", on))
        tools.legend_action.toggled.connect(view.set_legend_visible)

    # -- the selection ----------------------------------------------------------------------------
    def show_selection(self) -> None:
        """Show what is selected in the panel (the map itself when nothing is)."""
        scene = self.page.scene
        self.page.panel.show_selection(self.page.data, scene.selected_stakeholder_ids(),
                                       scene.selected_relationship_ids())
        self.page.update_actions()

    def escape(self) -> None:
        """Leave connect mode, or else clear the selection."""
        if self.page.toolbar.connect_action.isChecked():
            self.page.toolbar.connect_action.setChecked(False)
        else:
            self.page.scene.clearSelection()

    def set_connect_mode(self, on: bool) -> None:
        """In connect mode a drag from a stakeholder draws a relationship instead of moving it."""
        self.page.scene.connect_mode = on
        self.page.view.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        if on:
            self.page.info.show_message(translate("maps", "Connect: drag from one stakeholder to another. Press "
                                                          "Escape when you are done."))
        else:
            self.page.info.dismiss()

    # -- stakeholders -----------------------------------------------------------------------------
    def add_stakeholder(self, at: tuple[float, float] | None = None, name: str | None = None) -> str | None:
        """Add a stakeholder at ``at`` (axis values; default: a free spot in the middle of the view), then put the
        keyboard on its name."""
        data = self.page.data
        if data is None:
            return None
        if at is None:  # the toolbar's Add: in the middle of what is shown, beside anybody already there
            centre = self.page.scene.to_values(self.page.view.mapToScene(self.page.view.viewport().rect().center()))
            at = free_spot(data, *centre)
        fields: dict[str, Any] = {"x": at[0], "y": at[1]}
        command = AddStakeholder(self.page.context, data.id, name or translate("maps", "New stakeholder"), fields)
        if not self.page.run(command) or command.stakeholder_id is None:
            return None
        self.page.scene.select([command.stakeholder_id])
        if name is None:
            self.page.panel.edit_current()
        return command.stakeholder_id

    def move(self, moves: dict[str, tuple[float, float]], text: str, *, nudge: bool = False) -> bool:
        """Move stakeholders as one step; if that is refused they go back where the map says they are."""
        data = self.page.data
        if data is None or not moves:
            return False
        done = self.page.run(MoveStakeholders(self.page.context, data.id, moves, text, nudge=nudge))
        if not done:
            self.page.scene.show_map(self.page.data)
        return done

    def nudge(self, dx: float, dy: float) -> bool:
        """Move the selected stakeholders a little (arrow keys); holding the key is one undo step."""
        data = self.page.data
        if data is None:
            return False
        moves = {}
        for stakeholder_id in self.page.scene.selected_stakeholder_ids():
            stakeholder = data.stakeholder(stakeholder_id)
            if stakeholder is not None:
                moves[stakeholder_id] = (min(max(stakeholder.x + dx, 0.0), data.x_max),
                                         min(max(stakeholder.y + dy, 0.0), data.y_max))
        return self.move(moves, translate("maps", "Nudge stakeholders"), nudge=True)

    def align(self, how: str) -> bool:
        """Line the selected stakeholders up: on the leftmost, on the highest, or on their middle."""
        data = self.page.data
        if data is None:
            return False
        chosen = [s for s in (data.stakeholder(i) for i in self.page.scene.selected_stakeholder_ids()) if s]
        if len(chosen) < 2:
            self.page.info.show_message(translate("maps", "Select two or more stakeholders to align them."))
            return False
        if how == "left":
            left = min(s.x for s in chosen)
            moves, text = {s.id: (left, s.y) for s in chosen}, translate("maps", "Align left")
        elif how == "top":
            top = max(s.y for s in chosen)  # the highest on the map has the largest value
            moves, text = {s.id: (s.x, top) for s in chosen}, translate("maps", "Align top")
        else:
            middle = round(mean(s.x for s in chosen), 2)
            moves, text = {s.id: (middle, s.y) for s in chosen}, translate("maps", "Align centres")
        return self.move(moves, text)

    def edit_stakeholder(self, stakeholder_id: str, field: str, value: Any) -> bool:
        """Change one field of a stakeholder from the panel."""
        data = self.page.data
        stakeholder = data.stakeholder(stakeholder_id) if data is not None else None
        if data is None or stakeholder is None:
            return False
        old = {field: getattr(stakeholder, field)}
        if data.kind == "ecosystem":  # the region is the sector there: one may change the other
            old.update(sector=stakeholder.sector, x=stakeholder.x, y=stakeholder.y)
        command = EditStakeholder(self.page.context, data.id, stakeholder_id, field, old, value,
                                  _stakeholder_edit_text(field))
        if not self.page.run(command):
            self.show_selection()  # put the stored value back in the field
            return False
        return True

    def delete_selected(self) -> bool:
        """Delete the selected stakeholders (with their relationships) and relationships, as one step."""
        data = self.page.data
        if data is None:
            return False
        stakeholders = self.page.scene.selected_stakeholder_ids()
        gone = set(stakeholders)
        relationships = [r.id for r in data.relationships if r.id in set(self.page.scene.selected_relationship_ids())
                         and r.from_id not in gone and r.to_id not in gone]
        if not stakeholders and not relationships:
            return False
        return self.page.run(DeleteStakeholders(self.page.context, data.id, stakeholders, relationships))

    # -- relationships and the map ------------------------------------------------------------------
    def connect_stakeholders(self, from_id: str, to_id: str) -> str | None:
        """Draw a relationship from one stakeholder to another and show it in the panel."""
        data = self.page.data
        if data is None:
            return None
        command = AddRelationship(self.page.context, data.id, from_id, to_id, DEFAULT_TIE)
        if not self.page.run(command) or command.relationship_id is None:
            return None
        self.page.scene.select(relationship_ids=[command.relationship_id])
        return command.relationship_id

    def edit_relationship(self, relationship_id: str, values: dict[str, Any]) -> bool:
        """Change a relationship's kind, strength or direction from the panel."""
        data = self.page.data
        relationship = next((r for r in data.relationships if r.id == relationship_id), None) if data else None
        if data is None or relationship is None:
            return False
        old = {name: getattr(relationship, name) for name in values}
        text = translate("maps", "Edit relationship")
        if not self.page.run(EditRelationship(self.page.context, data.id, relationship_id, old, values, text)):
            self.show_selection()
            return False
        return True

    def edit_map(self, field: str, value: Any) -> bool:
        """Change the map's title, an axis title, the quadrant names or the notes from the panel."""
        data = self.page.data
        if data is None:
            return False
        old = getattr(data, field)
        if field == "quadrant_names":
            old = list(old)
        if not self.page.run(EditMap(self.page.context, data.id, field, old, value, _map_edit_text(field))):
            self.show_selection()
            return False
        return True
