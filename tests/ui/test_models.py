"""The item models obey Qt's model rules (pytest-qt's model tester) and sort naturally."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import Qt

from workshop_app.core.workshop_rules import ActivityData, WorkshopSummary
from workshop_app.ui.agenda_model import AgendaModel
from workshop_app.ui.workshop_list_model import WorkshopFilterProxy, WorkshopListModel

NOW = datetime(2025, 3, 18, 17, 30, tzinfo=timezone.utc)


def summary(n: int, *, title: str = "", place: str = "", minutes: int = 0, dated: bool = True) -> WorkshopSummary:
    starts = NOW + timedelta(days=n) if dated else None
    return WorkshopSummary(f"id-{n}", title or f"Workshop {n}", starts, place, "planned", n, minutes, 0)


def test_workshop_list_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = WorkshopListModel()
    model.set_rows([summary(1, place="Hall"), summary(2, dated=False), summary(3, minutes=85)])
    qtmodeltester.check(model, force_py=True)
    proxy = WorkshopFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_agenda_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = AgendaModel(lambda *args: True)
    model.set_activities("w", (ActivityData("a", "brainstorm", "Ideas", 10), ActivityData("b", "dot_vote", "", 15,
                                                                                         {"dots": 3})))
    qtmodeltester.check(model, force_py=True)


def test_set_rows_updates_in_place_without_resetting() -> None:
    model = WorkshopListModel()
    model.set_rows([summary(1), summary(2)])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([summary(2, title="Renamed"), summary(3)])
    assert not resets
    assert [model.summary(r).id for r in range(model.rowCount())] == ["id-2", "id-3"]
    assert model.index(0, WorkshopListModel.TITLE).data() == "Renamed"


def test_proxy_sorts_dates_and_minutes_as_values_not_text() -> None:
    model = WorkshopListModel()
    model.set_rows([summary(1, minutes=120), summary(2, minutes=45, dated=False), summary(3, minutes=9)])
    proxy = WorkshopFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(WorkshopListModel.MINUTES, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, WorkshopListModel.MINUTES).data() for r in range(3)]
    assert shown == ["9 min", "45 min", "2 h"]
    proxy.sort(WorkshopListModel.STARTS_AT, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Workshop 3", "Workshop 1", "Workshop 2"]
