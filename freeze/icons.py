"""The app icon for executables, menus and installers, drawn from ``resources/icons/app.svg`` with QtSvg.

Qt writes PNG itself and ICO/ICNS through its image format plugins, so no Pillow is needed on any platform.
"""

from __future__ import annotations

from pathlib import Path

ICON_SIZE = 256


def render_icons(svg: Path, out: Path, formats: tuple[str, ...] = ("png", "ico", "icns")) -> dict[str, Path]:
    """Draw ``svg`` at 256 px into ``out/app.<format>``; returns the files written (a format Qt cannot write is
    left out with a note on stdout, since only the platform's own format matters)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Painting text and images needs a QGuiApplication; kept alive in this name until the icons are written.
    _app = QGuiApplication.instance() or QGuiApplication(["build_installer", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"Cannot draw {svg}")
    image = QImage(ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out.mkdir(parents=True, exist_ok=True)
    writable = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    written = {}
    for fmt in formats:
        target = out / f"app.{fmt}"
        if fmt in writable and image.save(str(target), fmt.upper()):
            written[fmt] = target
        else:
            print(f"note: Qt cannot write {fmt.upper()} here; that icon is left out")
    return written
