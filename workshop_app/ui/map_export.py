"""Save a stakeholder map as PDF, PNG or SVG, or print it through the system's print dialog.

Every file is written to a temporary file beside the target and renamed into place, so a failed export
never leaves half a file behind (nor replaces a good one). The same ``paint_map`` draws every format, the
print preview and the printer.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from workshop_app.errors import UserError
from workshop_app.ui.map_render import RenderReport, paint_map

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from workshop_app.core.map_rules import MapData

translate = QCoreApplication.translate

SUFFIXES = (".pdf", ".png", ".svg")
PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
MARGIN_MM = 10.0
MIN_DPI, MAX_DPI = 50, 600
PDF_DPI = 600
"""Coordinates of the PDF page; fine enough that no line lands visibly off, whatever the zoom."""
SVG_DPI = 96
"""SVG user units are CSS pixels, 96 to the inch."""
_APP: QGuiApplication | None = None


def today_text() -> str:
    """Today's date as the printout shows it, in the locale's long format."""
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for painting without a window (the command line).

    Without a display (no ``DISPLAY`` or ``WAYLAND_DISPLAY`` on Linux) Qt is told to paint offscreen, which
    needs no X server; Windows and macOS always have their native platform.
    """
    global _APP
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise UserError(translate("map_export", "Maps can only be drawn in a program that shows windows."))
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QGuiApplication([sys.argv[0] if sys.argv else "workshop-app"])
    return _APP


def page_layout(paper: str = "A4", landscape: bool = True) -> QPageLayout:
    """The page of a printout: A4 or A3, portrait or landscape, 10 mm margins."""
    key = str(paper).strip().upper()
    if key not in PAPERS:
        raise UserError(translate("map_export", "Paper size {paper} is not available; choose A4 or A3.").format(
            paper=paper))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(PAPERS[key]), orientation, QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def export_map(data: MapData, path: Path | str, *, paper: str = "A4", landscape: bool = True, dpi: int = 150,
               date_text: str | None = None) -> Path:
    """Write ``data`` to ``path`` as PDF, PNG or SVG (chosen by the suffix); returns the path written.

    ``dpi`` is the resolution of a PNG (a PDF and an SVG are vector drawings). Raises ``UserError`` for an
    unknown suffix, paper or resolution, a folder that does not exist or cannot be written, or a failed
    write; then no file is left behind and an existing file at ``path`` is untouched.
    """
    ensure_gui_application()
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(translate("map_export", "A map can be saved as PDF, PNG or SVG; “{name}” ends in none of "
                                                "these (.pdf, .png, .svg).").format(name=path.name))
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not MIN_DPI <= dpi <= MAX_DPI:
        raise UserError(translate("map_export", "The resolution must be between {low} and {high} dots per inch.")
                        .format(low=MIN_DPI, high=MAX_DPI))
    layout = page_layout(paper, landscape)
    date_text = today_text() if date_text is None else date_text
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(translate("map_export", "The folder {folder} does not exist.").format(folder=folder))
    temp = folder / f".{path.stem[:40]}-{secrets.token_hex(6)}{suffix}"
    try:
        # Made with open(), not mkstemp: mkstemp's 0600 would survive the rename, and a map saved for the
        # newsletter must be readable by others as any new file is (the umask decides).
        temp.open("xb").close()
    except OSError as error:
        raise UserError(translate("map_export", "Cannot write in the folder {folder}: {reason}").format(
            folder=folder, reason=error.strerror or error)) from error
    try:
        writer = {".pdf": _write_pdf, ".png": _write_png, ".svg": _write_svg}[suffix]
        writer(data, temp, layout, dpi, date_text)
        os.replace(temp, path)
    except OSError as error:
        raise UserError(translate("map_export", "Cannot save the map as {path}: {reason}").format(
            path=path, reason=error.strerror or error)) from error
    finally:
        temp.unlink(missing_ok=True)
    return path


def _paint(painter: QPainter, data: MapData, target: QRectF, date_text: str) -> RenderReport:
    if not painter.isActive():
        raise OSError(translate("map_export", "the file could not be opened for writing"))
    try:
        return paint_map(painter, data, target, date_text=date_text)
    finally:
        painter.end()


def _write_pdf(data: MapData, path: Path, layout: QPageLayout, dpi: int, date_text: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(layout)
    writer.setTitle(data.title)
    writer.setCreator("Workshop App")
    painter = QPainter(writer)
    # The painter's origin is the top left of the printable area, inside the margins.
    paint_rect = layout.paintRectPixels(PDF_DPI)
    _paint(painter, data, QRectF(0, 0, paint_rect.width(), paint_rect.height()), date_text)


def _write_png(data: MapData, path: Path, layout: QPageLayout, dpi: int, date_text: str) -> None:
    size = layout.fullRectPixels(dpi).size()
    image = QImage(size, QImage.Format.Format_RGB32)
    if image.isNull():
        raise OSError(translate("map_export", "not enough memory for a picture of {width} × {height} pixels").format(
            width=size.width(), height=size.height()))
    dots_per_metre = round(dpi / 0.0254)
    # Fonts are sized in points: the image must know its resolution for them to come out the right size.
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    _paint(painter, data, QRectF(layout.paintRectPixels(dpi)), date_text)
    if not image.save(str(path), "PNG"):
        raise OSError(translate("map_export", "the picture could not be written"))


def _write_svg(data: MapData, path: Path, layout: QPageLayout, dpi: int, date_text: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    full = layout.fullRectPixels(SVG_DPI)
    generator.setResolution(SVG_DPI)
    generator.setSize(QSize(full.width(), full.height()))
    generator.setViewBox(QRectF(0, 0, full.width(), full.height()))
    generator.setTitle(data.title)
    generator.setDescription(translate("map_export", "Stakeholder map made with Workshop App"))
    painter = QPainter(generator)
    if painter.isActive():
        painter.fillRect(QRectF(full), 0xFFFFFF)  # an SVG is transparent unless told otherwise
    _paint(painter, data, QRectF(layout.paintRectPixels(SVG_DPI)), date_text)


# -- printing ----------------------------------------------------------------------------------------
def paint_on_printer(printer: QPrinter, data: MapData, date_text: str | None = None) -> RenderReport:
    """Draw ``data`` on one page of ``printer`` (a real printer, a PDF printer or the print preview)."""
    painter = QPainter(printer)
    if not painter.isActive():
        raise UserError(translate("map_export", "The printer could not be started."))
    try:
        dpi = printer.resolution()
        rect = printer.pageLayout().paintRectPixels(dpi)
        return paint_map(painter, data, QRectF(0, 0, rect.width(), rect.height()),
                         date_text=today_text() if date_text is None else date_text)
    finally:
        painter.end()


def _new_printer(data: MapData) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout("A4", landscape=True))
    printer.setDocName(data.title)
    return printer


def print_map(data: MapData, parent: QWidget | None = None, *, preview: bool = False) -> bool:
    """Print ``data`` through the system print dialog (or, with ``preview``, the print preview first).

    Returns False when the person cancels. The paper and orientation chosen in the dialog are used: the map
    is laid out again for the page, it is not just scaled.
    """
    if preview:
        return preview_map(data, parent)
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    printer = _new_printer(data)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("map_export", "Print map"))
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return False
    paint_on_printer(printer, data)
    return True


def preview_map(data: MapData, parent: QWidget | None = None) -> bool:
    """Show the print preview of ``data``, where paper and orientation can change; True if printed from there."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog

    printer = _new_printer(data)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("map_export", "Print preview — {title}").format(title=data.title))
    date_text = today_text()  # one date for every repaint, even across midnight
    dialog.paintRequested.connect(lambda device: paint_on_printer(device, data, date_text))
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted.value
    finally:
        dialog.deleteLater()
