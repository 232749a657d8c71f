"""Helpers of the stakeholder map tests (no tests here): a shown Maps section, and the mouse on the canvas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from workshop_app.core.map_rules import MapData
from workshop_app.core.maps import MapService
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.maps_page import MapsPage

from .conftest import started_window

LEFT = Qt.MouseButton.LeftButton


def maps_page(window: MainWindow) -> MapsPage:
    """The Maps section of ``window``, shown."""
    page = next(p for p in window.section_pages if isinstance(p, MapsPage))
    window.show_section(window.pages.indexOf(page))
    return page


@pytest.fixture
def maps_window(qtbot: Any, existing_db_path: Path) -> Iterator[MainWindow]:
    """The window on an empty database, shown at a laptop's size, the Maps section open."""
    window = started_window(qtbot, existing_db_path)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    maps_page(window)
    yield window
    window.close()
    window.deleteLater()


def service(page: MapsPage) -> MapService:
    """The map service the page works with."""
    assert page.service is not None
    return page.service


def current(page: MapsPage) -> MapData:
    """The shown map, as stored."""
    assert page.data is not None
    return service(page).get(page.data.id)


def at(page: MapsPage, x: float, y: float) -> QPoint:
    """Where the axis values (x, y) are in the canvas's viewport."""
    return page.view.mapFromScene(page.scene.to_scene(x, y))


def node_point(page: MapsPage, stakeholder_id: str) -> QPoint:
    """The viewport point at the centre of a stakeholder's node."""
    return page.view.mapFromScene(page.scene.nodes[stakeholder_id].pos())


def drag(qtbot: Any, page: MapsPage, start: QPoint, end: QPoint, modifier: Any = Qt.KeyboardModifier.NoModifier,
         steps: int = 6) -> None:
    """Press at ``start``, move in steps, release at ``end`` (as a hand does)."""
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * step / steps)
    qtbot.mouseRelease(viewport, LEFT, modifier, end)


def near(a: tuple[float, float], b: tuple[float, float], tolerance: float = 0.15) -> bool:
    """Two positions within ``tolerance`` on both axes."""
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


def scene_distance(a: QPointF, b: QPointF) -> float:
    """The distance between two scene points."""
    return ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5


def new_power_interest_map(page: MapsPage, title: str = "Digital skills — who matters") -> str:
    """A power/interest map made through the page, shown; returns its id."""
    map_id = page.new_map("power_interest", title)
    assert map_id is not None
    return map_id


def add_people(page: MapsPage, people: list[tuple[str, str, float, float]]) -> list[str]:
    """Stakeholders (name, sector, x, y) added straight through the service; the page redraws."""
    assert page.data is not None
    ids = [service(page).add_stakeholder(page.data.id, name, sector=sector, x=x, y=y).id
           for name, sector, x, y in people]
    page.flush()
    return ids
