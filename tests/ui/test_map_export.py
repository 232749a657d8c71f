"""Saving a stakeholder map as PDF, PNG and SVG, printing it, and ``render_map`` for the command line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageSize

from tests.ui.map_render_support import big_map, demo_map
from workshop_app.core.map_rules import MapData
from workshop_app.db.database import Database
from workshop_app.errors import UserError
from workshop_app.render_map_command import render_map
from workshop_app.ui.map_export import ensure_gui_application, export_map, paint_on_printer, preview_map, print_map
from workshop_app.ui.map_style import ATTITUDES, SECTOR_ORDER, attitude_label, sector_label

DATE = "27 November 2026"
LEGEND_WORDS = ["Sectors", "Relationships", "Attitude", "Weak tie", "Strong tie"]


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Fonts need a GUI application; pytest-qt's is shared by every UI test."""


@pytest.fixture
def demo(db: Database) -> MapData:
    return demo_map(db)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for the exports (``tmp_path`` also holds the test's database and app home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _flat(text: str) -> str:
    """Text with ligatures undone and every run of white space made one space (names may wrap on the page)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # -raw keeps the order the text was drawn in, so the two lines of a wrapped name stay together.
    return _flat(subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                                check=True).stdout)


def media_box(path: Path) -> tuple[float, float]:
    """Width and height of the PDF's page in points."""
    found = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", path.read_bytes())
    assert found, "no page size in the PDF"
    return float(found[1]), float(found[2])


def expected_words(data: MapData) -> list[str]:
    return ([s.name for s in data.stakeholders] + [data.title, data.x_title, data.y_title, DATE]
            + list(data.quadrant_names) + [sector_label(s) for s in SECTOR_ORDER]
            + [attitude_label(a) for a in ATTITUDES] + LEGEND_WORDS)


def test_the_demo_map_as_pdf_has_every_name_and_the_legend(demo: MapData, out_dir: Path) -> None:
    out = export_map(demo, out_dir / "map.pdf", date_text=DATE)
    assert out == out_dir / "map.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    missing = [word for word in expected_words(demo) if _flat(word) not in text]
    assert missing == []
    assert media_box(out) == pytest.approx((841.9, 595.3), abs=1.5)  # A4 landscape
    assert sorted(os.listdir(out_dir)) == ["map.pdf"]


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("A3", True, (1190.6, 841.9)), ("A3", False, (841.9, 1190.6)), ("a4", False, (595.3, 841.9)),
])
def test_paper_size_and_orientation(demo: MapData, tmp_path: Path, paper: str, landscape: bool,
                                    size: tuple[float, float]) -> None:
    out = export_map(demo, tmp_path / "map.pdf", paper=paper, landscape=landscape)
    assert media_box(out) == pytest.approx(size, abs=1.5)
    text = pdf_text(out)
    assert all(_flat(s.name) in text for s in demo.stakeholders)


@pytest.mark.parametrize("dpi", [72, 150, 300])
def test_png_has_the_size_of_the_page_at_the_resolution(demo: MapData, tmp_path: Path, dpi: int) -> None:
    out = export_map(demo, tmp_path / "map.PNG", dpi=dpi)
    image = QImage(str(out))
    assert not image.isNull()
    portrait = QPageSize(QPageSize.PageSizeId.A4).sizePixels(dpi)
    assert (image.width(), image.height()) == (portrait.height(), portrait.width())
    assert image.dotsPerMeterX() == round(dpi / 0.0254)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the margin is white, not transparent


def test_svg_is_xml_with_every_name_as_text(demo: MapData, tmp_path: Path) -> None:
    out = export_map(demo, tmp_path / "map.svg", paper="A3", date_text=DATE)
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert root.get("width", "").startswith("42")  # 420 mm wide, give or take a rounded pixel
    text = _flat(" ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")))
    missing = [word for word in expected_words(demo) if _flat(word) not in text]
    assert missing == []


def _svg_font_sizes_pt(path: Path) -> list[float]:
    """Point sizes of every piece of text in an SVG written at 96 user units to the inch."""
    root = ET.parse(path).getroot()
    return [float(t.get("font-size", "0")) * 72 / 96 for t in root.iter("{http://www.w3.org/2000/svg}text")]


@pytest.mark.parametrize("which", ["demo", "big"])
def test_no_text_smaller_than_7_pt_on_a4(demo: MapData, tmp_path: Path, which: str) -> None:
    """Read back from the file itself, not from what the painter says it did."""
    data = demo if which == "demo" else big_map(1000, 3000)
    sizes = _svg_font_sizes_pt(export_map(data, tmp_path / "map.svg"))
    assert len(sizes) > len(data.stakeholders)
    assert min(sizes) >= 7.0 - 0.01


def test_unknown_suffix_is_refused_and_nothing_is_written(demo: MapData, out_dir: Path) -> None:
    for name in ("map.docx", "map", "map.pdf.bak"):
        with pytest.raises(UserError, match="PDF, PNG or SVG"):
            export_map(demo, out_dir / name)
    assert os.listdir(out_dir) == []


def test_missing_or_unwritable_folder_is_a_clear_error(demo: MapData, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        export_map(demo, tmp_path / "no such folder" / "map.pdf")
    (tmp_path / "a file").write_text("x")
    with pytest.raises(UserError, match="does not exist"):
        export_map(demo, tmp_path / "a file" / "map.pdf")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere")
        with pytest.raises(UserError, match="Cannot write"):
            export_map(demo, locked / "map.pdf")
        assert os.listdir(locked) == []
    finally:
        locked.chmod(0o700)


def test_a_folder_that_refuses_writing_is_a_clear_error(demo: MapData, out_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Like a read-only folder, for when the tests run as a user who may write anywhere."""
    real_open = Path.open

    def refuse(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if "x" in mode:
            raise PermissionError(13, "Permission denied")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(UserError, match=r"Cannot write in the folder .*Permission denied"):
        export_map(demo, out_dir / "map.svg")
    assert os.listdir(out_dir) == []


def test_a_failed_write_leaves_the_old_file_alone(demo: MapData, out_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    old = out_dir / "map.png"
    old.write_bytes(b"the picture from last week")
    monkeypatch.setattr(QImage, "save", lambda *args, **kwargs: False)
    with pytest.raises(UserError, match="Cannot save"):
        export_map(demo, old)
    assert old.read_bytes() == b"the picture from last week"
    assert sorted(os.listdir(out_dir)) == ["map.png"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_file_gets_the_usual_permissions(demo: MapData, out_dir: Path) -> None:
    """Readable by others as any new file is: the temporary file's mode survives the rename."""
    mask = os.umask(0o022)
    try:
        out = export_map(demo, out_dir / "map.svg")
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644


def test_a_new_export_replaces_the_old_file(demo: MapData, tmp_path: Path) -> None:
    old = tmp_path / "map.pdf"
    old.write_bytes(b"old")
    export_map(demo, old)
    assert old.read_bytes().startswith(b"%PDF")


def test_bad_paper_or_resolution_is_refused(demo: MapData, out_dir: Path) -> None:
    with pytest.raises(UserError, match="A4 or A3"):
        export_map(demo, out_dir / "map.pdf", paper="Letter")
    for dpi in (0, 10, 5000, True):
        with pytest.raises(UserError, match="resolution"):
            export_map(demo, out_dir / "map.png", dpi=dpi)  # type: ignore[arg-type]
    assert os.listdir(out_dir) == []


def test_render_map_finds_the_map_by_title_or_id_prefix(db: Database, tmp_path: Path) -> None:
    data = demo_map(db)
    by_title = render_map(db, data.title, tmp_path / "a.pdf", paper="A3", landscape=True, dpi=150)
    by_prefix = render_map(db, data.id[:8], tmp_path / "b.png", paper="A4", landscape=False, dpi=100)
    assert by_title.read_bytes().startswith(b"%PDF")
    assert QImage(str(by_prefix)).height() > QImage(str(by_prefix)).width()
    with pytest.raises(UserError):
        render_map(db, "no such map", tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_render_map_works_without_a_display(db: Database, tmp_path: Path) -> None:
    """The command line starts its own offscreen Qt application when there is no screen."""
    data = demo_map(db)
    db.close()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = (
        "import sys; from pathlib import Path\n"
        "from workshop_app.db.database import Database\n"
        "from workshop_app.render_map_command import render_map\n"
        "db = Database.open(Path(sys.argv[1]))\n"
        "print(render_map(db, sys.argv[2], Path(sys.argv[3]), paper='A4', landscape=True, dpi=72))\n"
    )
    out = tmp_path / "map.svg"
    done = subprocess.run([sys.executable, "-c", code, str(db.path), data.id, str(out)], capture_output=True,
                          text=True, env=env, timeout=120, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert data.stakeholders[0].name in out.read_text(encoding="utf-8")


# -- printing -------------------------------------------------------------------------------------
def test_ensure_gui_application_reuses_the_running_one(qapp: object) -> None:
    assert ensure_gui_application() is qapp


def _to_pdf(printer: object, path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))


def test_print_goes_through_the_print_dialog(demo: MapData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        _to_pdf(dialog.printer(), out)  # as if the person chose "Print to file"
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_map(demo, None) is True
    assert all(_flat(s.name) in pdf_text(out) for s in demo.stakeholders)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: 0)
    assert print_map(demo, None) is False


def test_print_preview_paints_the_map(demo: MapData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    out = tmp_path / "preview.pdf"

    def show(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _to_pdf(printer, out)
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    assert print_map(demo, None, preview=True) is False  # closed without printing
    assert _flat(demo.title) in pdf_text(out)
    out.unlink()
    assert preview_map(demo, None) is False
    assert out.exists()


def test_paint_on_printer_fits_the_page(demo: MapData, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _to_pdf(printer, tmp_path / "p.pdf")
    report = paint_on_printer(printer, demo, DATE)
    assert report.smallest_font_pt >= 7.0
    assert report.crowded_labels == 0
    assert DATE in pdf_text(tmp_path / "p.pdf")
