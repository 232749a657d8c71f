"""Text size and high contrast: applied live to open windows, cheap to ask for twice, every text 7:1 in high
contrast, and a focus ring that shows on every kind of control in both themes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.ui import appearance
from workshop_app.ui.appearance import (
    FOCUS,
    apply_appearance,
    clamp_scale,
    contrast_ratio,
    current_scale,
    high_contrast_palette,
    is_high_contrast,
    scale_sheet,
    style_sheet,
)

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, back to the normal look after the test."""
    application = qapp
    apply_appearance(application)
    yield application
    apply_appearance(application)


def _declarations(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    for selector, body in _RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        props = {d.split(":", 1)[0].strip(): d.split(":", 1)[1].strip() for d in body.split(";") if ":" in d}
        yield selector.strip(), props


def test_text_size_scales_the_font_and_every_font_size_of_the_sheet(app: QApplication) -> None:
    base = app.font().pointSizeF()
    apply_appearance(app, scale=200)
    assert app.font().pointSizeF() == pytest.approx(2 * base)
    assert current_scale(app) == 200 and not is_high_contrast(app)
    normal, double = style_sheet(100), style_sheet(200)
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", normal)]
    assert [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", double)] == pytest.approx([2 * s for s in sizes])
    assert "#pageTitle {\n    font-size: 32pt;" in double
    # Heights that hold a line of text are in em: they follow the text without being multiplied twice.
    assert re.findall(r"min-height:\s*([\d.]+em)", normal) == re.findall(r"min-height:\s*([\d.]+em)", double)
    apply_appearance(app, scale=100)
    assert app.font().pointSizeF() == pytest.approx(base), "back to 100 % is the same font as before"


def test_scaling_keeps_hairlines_and_clamps_to_100_to_200() -> None:
    sheet = "#a { font-size: 10pt; max-height: 1px; max-width: 56px; min-height: 2em; }"
    assert scale_sheet(sheet, 150) == "#a { font-size: 15pt; max-height: 1px; max-width: 84px; min-height: 2em; }"
    assert clamp_scale(50) == 100 and clamp_scale(400) == 200 and clamp_scale(125) == 125


def test_an_open_window_follows_at_once(app: QApplication, qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Workshops", window)
    label.setObjectName("pageTitle")
    plain = QLabel("Text", window)
    layout = QVBoxLayout(window)
    layout.addWidget(label)
    layout.addWidget(plain)
    window.show()
    qtbot.waitExposed(window)
    before_title, before_plain = label.fontInfo().pointSizeF(), plain.fontInfo().pointSizeF()

    apply_appearance(app, scale=150, high_contrast=True)
    QApplication.processEvents()

    assert label.fontInfo().pointSizeF() == pytest.approx(1.5 * before_title, rel=0.05)
    assert plain.fontInfo().pointSizeF() == pytest.approx(1.5 * before_plain, rel=0.05)
    assert plain.palette().color(QPalette.ColorRole.Window).name() == "#000000"


def test_asking_for_the_same_look_again_changes_nothing(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    apply_appearance(app, scale=175, high_contrast=True)
    calls: list[str] = []
    monkeypatch.setattr(app, "setStyleSheet", lambda sheet: calls.append(sheet))
    monkeypatch.setattr(app, "setFont", lambda font: calls.append("font"))
    apply_appearance(app, scale=175, high_contrast=True)
    assert calls == []
    monkeypatch.undo()


def test_every_text_colour_of_the_high_contrast_theme_is_7_to_1(app: QApplication) -> None:
    sheet = style_sheet(100, True)
    assert "#1f2933" not in sheet and "#2364aa" not in sheet, "no colour of the light theme is left"
    for selector, props in _declarations(sheet):
        colour = _HEX.search(props.get("color", ""))
        background = _HEX.search(props.get("background", props.get("background-color", "")))
        if colour is None or ":disabled" in selector:
            continue
        behind = background.group(0) if background else "#000000"
        assert contrast_ratio(colour.group(0), behind) >= 7, f"{selector}: {colour.group(0)} on {behind}"
    palette = high_contrast_palette()
    for text, behind in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
                         (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base)):
        assert contrast_ratio(palette.color(text).name(), palette.color(behind).name()) >= 7


def test_high_contrast_focus_is_a_thick_cyan_ring_and_selection_is_yellow() -> None:
    rules = dict(_declarations(style_sheet(100, True)))
    assert FOCUS in rules["QLineEdit:focus, QComboBox:focus, QDateTimeEdit:focus, QPlainTextEdit:focus"]["border"]
    assert "3px" in rules["QPushButton:focus, QToolButton:focus"]["border"]
    assert rules["QTableView::item:selected"]["background"] == "#ffff00"
    assert rules["QTableView::item:selected"]["color"] == "#000000"


def _grab(widget: QWidget, focused: bool, qtbot: Any) -> QImage:
    if focused:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        widget.clearFocus()
    qtbot.waitUntil(lambda: widget.hasFocus() == focused, timeout=1000)
    QApplication.processEvents()
    return widget.grab().toImage()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_every_kind_of_control_shows_a_clear_ring_when_it_has_the_keyboard(
        app: QApplication, qtbot: Any, high_contrast: bool) -> None:
    apply_appearance(app, high_contrast=high_contrast)
    window = QWidget()
    qtbot.addWidget(window)
    list_view = QListView()
    list_view.setModel(QStringListModel(["Brainstorm", "Dot vote"], list_view))
    combo = QComboBox()
    combo.addItem("Portuguese")
    controls = [QPushButton("Save"), QLineEdit("Parish hall"), combo, QCheckBox("May be contacted again"),
                QRadioButton("One workshop"), list_view]
    layout = QVBoxLayout(window)
    for control in controls:
        layout.addWidget(control)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for control in controls:
        plain, ringed = _grab(control, False, qtbot), _grab(control, True, qtbot)
        changed = [(x, y) for y in range(plain.height()) for x in range(plain.width())
                   if plain.pixel(x, y) != ringed.pixel(x, y)]
        perimeter = 2 * (plain.width() + plain.height())
        name = type(control).__name__
        assert len(changed) >= perimeter, f"{name}: only {len(changed)} pixels change with the focus"
        strongest = max(contrast_ratio(QColor(ringed.pixel(x, y)).name(), QColor(plain.pixel(x, y)).name())
                        for x, y in changed)
        assert strongest >= 3, f"{name}: the ring is too faint ({strongest:.1f}:1 against what it covers)"


def test_the_style_sheet_is_made_once_per_look() -> None:
    appearance.style_sheet.cache_clear()
    style_sheet(150, True)
    style_sheet(150, True)
    assert appearance.style_sheet.cache_info().hits == 1
