"""Painting a stakeholder map: readable at every paper size, every name drawn, sectors apart in black and white."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPolygonF, QTransform

from tests.ui.map_render_support import big_map, demo_map
from workshop_app.core.map_rules import SECTORS, MapData, RelationshipData, StakeholderData
from workshop_app.db.database import Database
from workshop_app.ui.map_export import page_layout
from workshop_app.ui.map_render import RenderReport, paint_map
from workshop_app.ui.map_render_labels import BoxIndex, LabelSpec, place_labels, wrap_name
from workshop_app.ui.map_style import (
    ATTITUDES,
    SECTOR_LABELS,
    attitude_mark,
    sector_colour,
    sector_label,
    sector_mark_colour,
    sector_shape_path,
)


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Fonts need a GUI application; pytest-qt's is shared by every UI test."""


def paint_page(data: MapData, paper: str = "A4", landscape: bool = True, dpi: int = 100,
               min_font_pt: float = 7.0) -> tuple[RenderReport, QImage]:
    """Paint ``data`` on an image of the printable area of a page, as the PNG export does."""
    rect = page_layout(paper, landscape).paintRectPixels(dpi)
    image = QImage(rect.size(), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        report = paint_map(painter, data, QRectF(0, 0, rect.width(), rect.height()), date_text="27 November 2026",
                           min_font_pt=min_font_pt)
    finally:
        painter.end()
    return report, image


@pytest.fixture
def demo(db: Database) -> MapData:
    return demo_map(db)


@pytest.mark.parametrize(("paper", "landscape"), [("A4", True), ("A4", False), ("A3", True), ("A3", False)])
def test_the_demo_map_is_readable_on_every_page(demo: MapData, paper: str, landscape: bool) -> None:
    report, _ = paint_page(demo, paper, landscape)
    assert report.smallest_font_pt >= 7.0
    assert report.labels == len(demo.stakeholders) == 27
    # Every name has a spot of its own, whole: nothing elided, nothing covering another name or marker.
    assert report.crowded_labels == 0
    assert report.elided_labels == 0


def test_a3_prints_bigger_than_a4(demo: MapData) -> None:
    a4, _ = paint_page(demo, "A4")
    a3, _ = paint_page(demo, "A3")
    # A3 is √2 times A4; the fixed 10 mm margins make the printable area a little more than that.
    assert 1.38 < a3.label_font_pt / a4.label_font_pt < 1.5
    assert a4.label_font_pt >= 8


def test_a_thousand_stakeholders_elide_names_instead_of_shrinking_them() -> None:
    report, _ = paint_page(big_map(1000, 3000))
    assert report.smallest_font_pt >= 7.0
    assert report.label_font_pt == 7.0
    assert report.labels == 1000


def test_a_small_page_never_goes_below_the_minimum(demo: MapData) -> None:
    report, _ = paint_page(demo, "A4", dpi=72, min_font_pt=9.0)
    assert report.smallest_font_pt >= 9.0
    tiny = QImage(300, 200, QImage.Format.Format_RGB32)  # far smaller than A4
    painter = QPainter(tiny)
    report = paint_map(painter, demo, QRectF(0, 0, 300, 200), date_text="today")
    painter.end()
    assert report.smallest_font_pt >= 7.0


def test_the_painter_is_left_as_it_was(demo: MapData) -> None:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setTransform(QTransform.fromTranslate(5, 7))
    pen, font = painter.pen(), painter.font()
    paint_map(painter, demo, QRectF(0, 0, 700, 500), date_text="today")
    assert painter.transform() == QTransform.fromTranslate(5, 7)
    assert painter.pen() == pen and painter.font() == font
    painter.end()


def test_the_page_shows_the_sector_colours_and_white_margins(demo: MapData) -> None:
    _, image = paint_page(demo, dpi=72)
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    for sector in SECTORS:
        assert sector_colour(sector).name() in colours


@pytest.mark.parametrize(
    "name",
    ["A" * 2000, "word " * 400, "جمعية النساء المهاجرات في المدينة", "Câmara 🏛️ Municipal 🎉", "", "   ", "\n\t"],
)
def test_awkward_names_are_drawn_without_trouble(name: str) -> None:
    people = (StakeholderData("a", name, sector="private", attitude="opposed"),
              StakeholderData("b", "Neighbour", sector="odd-sector", attitude="who knows"))
    data = MapData("m", name, "blank", x_title=name, y_title=name, quadrant_names=(name,) * 4, notes=name,
                   stakeholders=people, relationships=(RelationshipData("r", "a", "b", directed=True),
                                                       RelationshipData("x", "a", "gone"),
                                                       RelationshipData("y", "a", "a", strength=7)))
    report, _ = paint_page(data)
    assert report.labels == 2
    assert report.smallest_font_pt >= 7.0


def test_stakeholders_on_the_same_spot_are_spread_so_each_shows() -> None:
    people = tuple(StakeholderData(f"s{i}", f"New stakeholder {i}") for i in range(12))
    report, _ = paint_page(MapData("m", "Defaults", stakeholders=people))
    assert report.labels == 12
    assert report.crowded_labels == 0


def test_every_kind_of_map_paints() -> None:
    people = tuple(StakeholderData(f"s{i}", f"S {i}", sector=SECTORS[i % 4], x=i % 10, y=(i * 3) % 10)
                   for i in range(20))
    for kind in ("power_interest", "importance_influence", "ecosystem", "blank"):
        data = MapData("m", kind, kind, stakeholders=people, quadrant_names=("a", "b", "c", "d"))
        report, _ = paint_page(data)
        assert report.labels == 20


# -- the style shared with the canvas ----------------------------------------------------------------
def _luma(colour: QColor) -> float:
    return 0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue()


def test_sectors_differ_in_grey_as_well_as_in_colour() -> None:
    greys = [_luma(sector_colour(s)) for s in SECTORS]
    assert min(abs(a - b) for a, b in itertools.combinations(greys, 2)) >= 40


def test_sectors_differ_in_shape_but_weigh_the_same() -> None:
    paths = {s: sector_shape_path(s, QPointF(50, 50), 10) for s in SECTORS}
    polygons = {s: p.toFillPolygon() for s, p in paths.items()}
    # How much of its bounding box a shape fills, and how many corners it has, tell the four shapes apart.
    signatures = {s: (min(p.count(), 9), round(_area(p) / _box_area(p), 2)) for s, p in polygons.items()}
    assert signatures["public"] == (5, 1.0)  # square (the closing point repeats the first)
    assert signatures["private"] == (5, 0.5)  # diamond
    assert signatures["knowledge"] == (4, 0.5)  # triangle
    assert signatures["civic"][0] == 9 and signatures["civic"][1] == pytest.approx(0.785, abs=0.02)  # circle
    areas = [_area(p) for p in polygons.values()]
    assert max(areas) / min(areas) < 1.1
    assert sector_shape_path("unknown", QPointF(0, 0), 5).boundingRect().width() == pytest.approx(10)


def _box_area(polygon: QPolygonF) -> float:
    box = polygon.boundingRect()
    return box.width() * box.height()


def _area(polygon: QPolygonF) -> float:
    points = [polygon.at(i) for i in range(polygon.count())]
    return abs(sum(a.x() * b.y() - b.x() * a.y() for a, b in itertools.pairwise([*points, points[0]]))) / 2


def test_marks_and_words_for_attitudes_and_sectors() -> None:
    marks = [attitude_mark(a) for a in ATTITUDES]
    assert len(set(marks)) == len(ATTITUDES)
    assert attitude_mark("") == attitude_mark("unknown") == attitude_mark("nonsense") == "?"
    assert [sector_label(s) for s in SECTORS] == [SECTOR_LABELS[s] for s in SECTORS]
    assert sector_label("other") == "other"
    assert sector_mark_colour("civic").name() == "#000000"
    assert sector_mark_colour("public").name() == "#ffffff"


# -- label placement --------------------------------------------------------------------------------------
def test_long_names_wrap_then_elide_within_the_width(qapp: object) -> None:
    from PySide6.QtGui import QFont

    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("School of Technology")
    lines, elided = wrap_name("School of Technology and Management", metrics, width, 2)
    assert len(lines) == 2 and not elided
    lines, elided = wrap_name("x" * 2000, metrics, 100, 2)
    assert elided and len(lines) == 1 and metrics.horizontalAdvance(lines[0]) <= 100
    lines, elided = wrap_name("word " * 300, metrics, 100, 2)
    assert elided and len(lines) == 2 and all(metrics.horizontalAdvance(line) <= 100 for line in lines)


def test_labels_keep_clear_of_each_other_and_inside_the_plot(qapp: object) -> None:
    from PySide6.QtGui import QFont

    metrics = QFontMetricsF(QFont())
    centres = [QPointF(100 + 60 * (i % 5), 100 + 40 * (i // 5)) for i in range(15)]
    bounds = QRectF(0, 0, 500, 300)
    spec = LabelSpec(metrics, max_width=80, max_lines=2, gap=2, pad=1)
    labels = place_labels([f"Name {i}" for i in range(15)], centres, 6, bounds, [], spec)
    assert all(label.clear for label in labels)
    assert all(bounds.contains(label.box) for label in labels)
    for a, b in itertools.combinations(labels, 2):
        assert not a.box.intersects(b.box)


def test_the_box_index_measures_overlap() -> None:
    index = BoxIndex(10)
    index.add((0, 0, 20, 20))
    assert index.overlap((10, 10, 30, 30)) >= 100  # counted once per shared cell: a rough score, never 0
    assert index.overlap((10, 10, 30, 30), enough=50) >= 50
    assert index.overlap((25, 25, 30, 30)) == 0
    assert index.overlap((20, 0, 30, 10)) == 0  # touching is not overlapping


def test_a_map_without_stakeholders_still_has_its_frame_and_legend(tmp_path: Path) -> None:
    report, _ = paint_page(dataclasses.replace(big_map(0, 0), title=""))
    assert report.labels == 0
    assert report.smallest_font_pt >= 7.0
