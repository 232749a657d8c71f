"""Save a Results chart as PNG or SVG, with the question as its title, the filters and "n = …" under it.

The picture is drawn afresh on its own figure (the card's canvas keeps its size), written to a temporary file
beside the target and renamed into place, so a failed save never leaves half a file or spoils an old one.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from workshop_app.core.bidi_text import has_rtl
from workshop_app.core.results_rules import Comparison, QuestionResult
from workshop_app.core.suppression import SMALL
from workshop_app.errors import UserError
from workshop_app.ui import charts, results_chart

translate = QCoreApplication.translate
SUFFIXES = (".png", ".svg")
WIDTH_IN = 8.0
PNG_DPI = 200
"""Sharp on a projected slide and in a printed report."""
TITLE_WIDTH = 70


def picture_filters() -> dict[str, str]:
    """The file-type filters of the save dialog, by suffix."""
    return {".png": translate("results", "PNG pictures (*.png)"), ".svg": translate("results", "SVG drawings (*.svg)")}


def choose_chart_target(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save a chart; the suffix follows the type chosen when the name has none. None if cancelled."""
    filters = picture_filters()
    name, chosen = QFileDialog.getSaveFileName(parent, translate("results", "Save chart"),
                                               str(suggested.with_suffix(".png")), ";;".join(filters.values()))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in SUFFIXES:
        return path
    suffix = next((s for s, text in filters.items() if text == chosen), ".png")
    return path.with_name(path.name + suffix)


def file_name(title: str) -> str:
    """A question as a file name: letters, digits, spaces and dashes only."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return " ".join(kept.split())[:60] or "chart"


def save_chart(path: Path | str, *, title: str, description: str, result: QuestionResult | None = None,
               comparison: Comparison | None = None, names: tuple[str, str] = ("", ""), caption: str = "") -> Path:
    """Write the chart of ``result`` (or of ``comparison`` between ``names``) to ``path`` (.png or .svg).

    Under the title: ``description`` (the filters), "n = …" for one group (a comparison's legend gives each
    group's), then ``caption`` (mean and median, a scale's meaning).
    """
    from matplotlib.figure import Figure

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(translate("results", "A chart can be saved as PNG or SVG; “{name}” ends in neither.")
                        .format(name=path.name))
    if comparison is not None:
        height = results_chart.comparison_height(comparison)
        counts = [*comparison.a.counts, *comparison.b.counts]
    elif result is not None:
        height = results_chart.result_height(result)
        counts = list(result.counts)
    else:
        raise ValueError("save_chart needs a result or a comparison")
    if not height:
        raise UserError(translate("results", "This question has no chart to save."))
    title_text = results_chart.wrap(title, TITLE_WIDTH)
    if result is not None and comparison is None:
        description = translate("results", "{filters} · n = {n}").format(filters=description,
                                                                        n=result.respondents_display)
    notes = [results_chart.wrap(text, 110) for text in (description, caption) if text]
    if any(c.hidden for c in counts):
        notes.append(translate("results", "“{small}” marks fewer than 5 people; some counts are hidden so that a "
                                          "small one cannot be worked out.").format(small=SMALL))
    header_px = 24 + 22 * (title_text.count("\n") + 1) + 17 * sum(n.count("\n") + 1 for n in notes)
    charts.use_chart_fonts()
    figure = Figure(figsize=(WIDTH_IN, (header_px + height + 16) / 100), dpi=100, facecolor="white",
                    layout="constrained")
    top, body = figure.subfigures(2, 1, height_ratios=[header_px, height + 16])
    # A right-to-left title starts at the right edge, as its reader looks for it.
    right = has_rtl(title)
    top.text(0.988 if right else 0.012, 0.88, charts.shown(title_text), ha="right" if right else "left", va="top",
             fontsize=13, fontweight="bold", color=charts.INK)
    top.text(0.012, 0.1, charts.shown("\n".join(notes)), ha="left", va="bottom", fontsize=9, color=charts.MUTED,
             linespacing=1.4)
    if comparison is not None:
        results_chart.draw_comparison(body, comparison, *names)
    elif result is not None:
        results_chart.draw_result(body, result)
    _write(figure, path, suffix)
    return path


def _write(figure: Any, path: Path, suffix: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(translate("results", "The folder {folder} does not exist.").format(folder=folder))
    temp = folder / f".{path.stem[:40]}-{secrets.token_hex(6)}{suffix}"
    try:
        temp.open("xb").close()  # as a new file is made: readable by others as the umask says (not mkstemp's 0600)
        figure.savefig(temp, format=suffix[1:], dpi=PNG_DPI if suffix == ".png" else 100, facecolor="white",
                       metadata={"Creator": "Workshop App"})
        os.replace(temp, path)
    except OSError as error:
        raise UserError(translate("results", "Cannot save the chart as {path}: {reason}").format(
            path=path, reason=error.strerror or error)) from error
    finally:
        temp.unlink(missing_ok=True)


__all__ = ["SUFFIXES", "choose_chart_target", "file_name", "picture_filters", "save_chart"]
