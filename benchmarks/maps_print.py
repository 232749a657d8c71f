"""Printing benchmark: a stakeholder map of 1,000 stakeholders and 3,000 relationships to PDF.

``python -m benchmarks.maps_print`` prints a table. Target: ``export_map`` to an A4 PDF in under 3 s (median
of 5). The baseline is what Qt alone costs for the same amount of drawing: a bare QGraphicsScene holding
1,000 ellipses, 1,000 texts and 3,000 lines, rendered to a PDF with QPdfWriter; the ratio says how much our
layout (labels placed clear of each other, legend, axes) adds on top.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import print_table
from benchmarks.report import Row, under

if TYPE_CHECKING:
    from workshop_app.core.map_rules import MapData

STAKEHOLDERS = 1_000
RELATIONSHIPS = 3_000
RUNS = 5
TARGET = 3.0


def big_map(stakeholders: int = STAKEHOLDERS, relationships: int = RELATIONSHIPS, seed: int = 7) -> MapData:
    """A MapData with realistic names, all four sectors and attitudes, and random ties (a third one-way)."""
    from workshop_app.core.map_rules import SECTORS, MapData, RelationshipData, StakeholderData

    rng = random.Random(seed)
    words = ("Association", "Centre", "Office", "Network", "Cooperative", "Institute", "Foundation", "Council")
    places = ("São Vicente", "Old Town", "Riverside", "North", "Harbour", "Station", "Hillside", "Market")
    people = tuple(
        StakeholderData(id=f"s{i}", name=f"{rng.choice(places)} {rng.choice(words)} {i}", sector=rng.choice(SECTORS),
                        x=rng.uniform(0, 10), y=rng.uniform(0, 10),
                        attitude=rng.choice(("supportive", "neutral", "opposed", "unknown")))
        for i in range(stakeholders)
    )
    ties = tuple(
        RelationshipData(id=f"r{i}", from_id=f"s{rng.randrange(stakeholders)}",
                         to_id=f"s{rng.randrange(stakeholders)}", strength=rng.choice((1, 2, 3)),
                         directed=rng.random() < 0.3)
        for i in range(relationships)
    )
    return MapData(id="bench", title="Benchmark map", kind="power_interest", x_title="Interest", y_title="Power",
                   quadrant_names=("Manage closely", "Keep informed", "Monitor", "Keep satisfied"),
                   stakeholders=people, relationships=ties)


def bare_scene_to_pdf(data: MapData, path: Path) -> None:
    """The baseline: the same number of plain items in a QGraphicsScene, rendered onto an A4 PDF page."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPdfWriter
    from PySide6.QtWidgets import QGraphicsScene

    from workshop_app.ui.map_export import page_layout

    scene = QGraphicsScene(0, 0, 1000, 700)
    where = {}
    for s in data.stakeholders:
        x, y = s.x * 100, 700 - s.y * 70
        where[s.id] = (x, y)
        scene.addEllipse(x - 5, y - 5, 10, 10)
        scene.addSimpleText(s.name).setPos(x + 7, y - 6)
    for r in data.relationships:
        (x1, y1), (x2, y2) = where[r.from_id], where[r.to_id]
        scene.addLine(x1, y1, x2, y2)
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    layout = page_layout("A4", landscape=True)
    writer.setPageLayout(layout)
    painter = QPainter(writer)
    rect = layout.paintRectPixels(600)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()))
    painter.end()


def _median_time(work: Callable[[], None], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _application() -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        global _APP
        _APP = QApplication([sys.argv[0]])  # kept: Qt needs the application alive while painting


_APP = None


def time_print(folder: Path, stakeholders: int = STAKEHOLDERS, relationships: int = RELATIONSHIPS,
               runs: int = RUNS) -> dict[str, float]:
    """Median seconds to print the map to A4 PDF, A3 PDF and a PNG, and for the bare scene to an A4 PDF."""
    from workshop_app.ui.map_export import export_map

    _application()
    data = big_map(stakeholders, relationships)
    export_map(data, folder / "warm-up.pdf")  # fonts are loaded once per process; not what we measure
    bare_scene_to_pdf(data, folder / "warm-up-bare.pdf")
    result = {"bare": _median_time(lambda: bare_scene_to_pdf(data, folder / "bare.pdf"), runs)}
    for key, name, options in (("A4 PDF", "map.pdf", {}), ("A3 PDF", "map-a3.pdf", {"paper": "A3"}),
                               ("A4 PNG at 150 dpi", "map.png", {"dpi": 150})):
        result[key] = _median_time(lambda name=name, options=options: export_map(data, folder / name, **options),
                                   runs)
    return result


def bench_print(folder: Path, stakeholders: int = STAKEHOLDERS, relationships: int = RELATIONSHIPS) -> list[list[str]]:
    """The detail rows of the printing measurement."""
    return _rows(time_print(folder, stakeholders, relationships), stakeholders, relationships)


def _rows(result: dict[str, float], stakeholders: int, relationships: int) -> list[list[str]]:
    baseline = result["bare"]
    return [[f"{stakeholders:,} stakeholders, {relationships:,} relationships → {label}", f"{ours:.3f} s",
             f"{baseline:.3f} s (bare QGraphicsScene → PDF)", f"{ours / baseline:.1f}×",
             f"{'ok' if ours < TARGET else 'SLOW'} (< {TARGET:g} s)"]
            for label, ours in result.items() if label != "bare"]


def memory_print(stakeholders: int, relationships: int) -> float:
    """The map printed to an A4 PDF once, alone (run in a child process for its peak memory)."""
    from workshop_app.ui.map_export import export_map

    _application()
    data = big_map(stakeholders, relationships)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        export_map(data, Path(folder) / "map.pdf")
        return time.perf_counter() - start


def collect(scale: str) -> list[Row]:
    """Measure at ``scale``, print the detail table, return the summary row."""
    from benchmarks.child import in_child

    sizes = (60, 180) if scale == "quick" else (STAKEHOLDERS, RELATIONSHIPS)
    with tempfile.TemporaryDirectory() as folder:
        result = time_print(Path(folder), *sizes, runs=2 if scale == "quick" else RUNS)
    print_table([["measurement", "ours", "baseline", "ratio", "target"], *_rows(result, *sizes)])
    _, peak = in_child("benchmarks.maps_print:memory_print", stakeholders=sizes[0], relationships=sizes[1])
    return [Row(f"map print to A4 PDF ({sizes[0]:,} st./{sizes[1]:,} rel.)",
                result["A4 PDF"], "< 3 s", under(result["A4 PDF"], TARGET), "bare scene to PDF",
                result["bare"], peak, group="maps_print")]


def main() -> None:
    """Run the printing benchmark and print its table."""
    with tempfile.TemporaryDirectory() as folder:
        rows = bench_print(Path(folder))
    print_table([["measurement", "ours", "baseline", "ratio", "target"], *rows])


if __name__ == "__main__":
    main()
