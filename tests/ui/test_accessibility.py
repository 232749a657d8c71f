"""Every screen, walked on the demo data at 100 % and 200 % text (and in high contrast): each control has a name a
screen reader can say, no text is cut off, every window fits a 1280×800 laptop screen, and Tab follows the reading
order (it never goes back up a column, but for the wrap from the end of a window to its top).

The checks themselves (``a11y_checks``) are tested first, against widgets made to fail them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop_app.db.database import Database
from workshop_app.ui.appearance import apply_appearance
from workshop_app.ui.flow_row import FlowRow
from workshop_app.ui.wrapping_buttons import WrapCheckBox

from .a11y_checks import ELIDES, backward_tabs, clipped, report, too_big, undescribed, unnamed
from .a11y_screens import (
    SCREEN,
    Step,
    demo_window,
    full_workshop,
    walk_data_entry,
    walk_dialogs,
    walk_kiosk,
    walk_main_window,
    walk_run_window,
)
from .participants_support import demo_database

LOOKS = [pytest.param((100, False), id="100%"), pytest.param((200, False), id="200%"),
         pytest.param((200, True), id="200%-high-contrast")]
SMALL = QSize(400, 300)


@pytest.fixture
def look(request: pytest.FixtureRequest) -> Iterator[tuple[int, bool]]:
    """The text size and contrast of the walk; the normal look again afterwards, for the tests that follow."""
    yield request.param
    apply_appearance(QApplication.instance(), scale=100, high_contrast=False)


def problems_of(steps: Iterator[Step]) -> list[str]:
    """Walk ``steps`` and say, screen by screen, what is unnamed, cut off or too big."""
    found: list[str] = []
    for name, window in steps:
        lines = [f"no name: {p}" for p in unnamed(window)] + [f"cut off: {p}" for p in clipped(window)]
        lines += [f"no words and no description: {p}" for p in undescribed(window)]
        lines += [f"too big: {p}" for p in too_big(window, SCREEN)]
        lines += [f"Tab goes back up: {p}" for p in backward_tabs(window)]
        if lines:
            found.append(report(name, lines))
    return found


def _walk(qtbot: Any, tmp_path: Path, look: tuple[int, bool], walker: Callable[[Any, Any], Iterator[Step]]) -> None:
    scale, high_contrast = look
    demo_database(tmp_path / "demo.sqlite").close()
    window = demo_window(qtbot, tmp_path / "demo.sqlite", scale=scale, high_contrast=high_contrast)
    try:
        found = problems_of(walker(qtbot, window))
    finally:
        window.close()
        window.deleteLater()
    assert not found, "\n".join(found)


# -- the walks --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("look", LOOKS, indirect=True)
def test_the_main_window_sections_and_dialogs(qtbot: Any, tmp_path: Path, look: tuple[int, bool]) -> None:
    def walker(bot: Any, window: Any) -> Iterator[Step]:
        yield from walk_main_window(bot, window)
        yield from walk_dialogs(bot, window)

    _walk(qtbot, tmp_path, look, walker)


@pytest.mark.parametrize("look", [pytest.param((100, False), id="from-100%")], indirect=True)
def test_text_size_and_contrast_changed_while_the_window_is_open(qtbot: Any, tmp_path: Path,
                                                                 look: tuple[int, bool]) -> None:
    """The View menu changes the look of open windows: they must fit at once, without being built again."""
    demo_database(tmp_path / "demo.sqlite").close()
    window = demo_window(qtbot, tmp_path / "demo.sqlite")
    try:
        list(walk_main_window(qtbot, window))  # every section built and shown once at 100 %
        apply_appearance(QApplication.instance(), scale=200, high_contrast=True)
        found = problems_of(walk_main_window(qtbot, window))
    finally:
        window.close()
        window.deleteLater()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("look", LOOKS, indirect=True)
def test_the_run_window_and_paper_entry(qtbot: Any, tmp_path: Path, look: tuple[int, bool]) -> None:
    def walker(bot: Any, window: Any) -> Iterator[Step]:
        workshop = full_workshop(window.db)
        for name, shown in walk_run_window(bot, window.db, workshop):
            if not name.startswith("Projector"):
                yield name, shown
        yield from walk_data_entry(bot, window.db, workshop)

    _walk(qtbot, tmp_path, look, walker)


@pytest.mark.parametrize("look", LOOKS, indirect=True)
def test_the_projector(qtbot: Any, tmp_path: Path, look: tuple[int, bool]) -> None:
    def walker(bot: Any, window: Any) -> Iterator[Step]:
        for name, shown in walk_run_window(bot, window.db, full_workshop(window.db)):
            if name.startswith("Projector"):
                yield name, shown

    _walk(qtbot, tmp_path, look, walker)


@pytest.mark.parametrize("look", LOOKS, indirect=True)
def test_the_kiosk(qtbot: Any, db: Database, look: tuple[int, bool]) -> None:
    apply_appearance(QApplication.instance(), scale=look[0], high_contrast=look[1])
    found = problems_of(walk_kiosk(qtbot, db))
    assert not found, "\n".join(found)


# -- the checks catch what they are meant to --------------------------------------------------------------------
def _shown(qtbot: Any, *widgets: QWidget, size: QSize = SMALL) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_label_too_narrow_for_its_text_is_found_and_one_that_elides_on_purpose_is_not(qtbot: Any) -> None:
    cut = QLabel("Participants who checked in today")
    cut.setObjectName("cut")
    cut.setFixedWidth(60)
    shortened = QLabel("Participants who checked in today")
    shortened.setFixedWidth(60)
    shortened.setProperty(ELIDES, True)
    window = _shown(qtbot, cut, shortened)

    [problem] = clipped(window)

    assert problem.startswith("QLabel 'cut' “Participants who checked in today”")
    assert "needs" in problem and "has 60" in problem


def test_a_wrapped_label_lower_than_its_lines_is_found(qtbot: Any) -> None:
    label = QLabel("Counts under 5 show as “<5” so no one can be singled out. " * 4)
    label.setWordWrap(True)
    label.setFixedHeight(20)
    window = _shown(qtbot, label)

    [problem] = clipped(window)

    assert "wrapped text needs" in problem and "has 20" in problem


def test_text_pushed_outside_its_parent_is_found(qtbot: Any) -> None:
    window = _shown(qtbot, size=QSize(200, 120))
    button = QPushButton("Export ULG workbook…", window)
    button.resize(button.sizeHint())
    button.move(150, 10)
    button.show()

    [problem] = clipped(window)

    assert problem.startswith("QPushButton") and "can be seen" in problem


def test_a_field_lower_than_its_text_is_found(qtbot: Any) -> None:
    edit = QLineEdit("Parish hall")
    combo = QComboBox()
    combo.addItem("Portuguese")
    window = _shown(qtbot, edit, combo)
    for field in (edit, combo):  # once the style sheet has set its minimum height: a height too low for the text
        field.setFixedHeight(10)
    qtbot.waitUntil(lambda: edit.height() == 10 and combo.height() == 10, timeout=1000)

    problems = clipped(window)

    assert [p.split(" ")[0] for p in problems] == ["QLineEdit", "QComboBox"]
    assert all("its text needs" in p for p in problems)


def test_a_control_a_screen_reader_cannot_name_is_found(qtbot: Any) -> None:
    plus = QToolButton()
    plus.setText("+")
    plus.setObjectName("zoomIn")
    plus.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    named = QToolButton()
    named.setText("+")
    named.setAccessibleName("Zoom in")
    named.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    save = QPushButton("&Save")
    form = QWidget()
    rows = QFormLayout(form)
    place = QLineEdit()
    rows.addRow("&Place", place)  # the row's label names the field, as a screen reader reads it
    nameless = QLineEdit()
    nameless.setObjectName("nameless")
    rows.addRow(nameless)
    window = _shown(qtbot, plus, named, save, form)

    problems = unnamed(window)

    assert [p.split(" “")[0] for p in problems] == ["QToolButton 'zoomIn'", "QLineEdit 'nameless'"]


def test_a_window_larger_than_the_screen_is_found(qtbot: Any) -> None:
    wide = QLabel("x")
    wide.setMinimumWidth(1500)
    window = _shown(qtbot, wide, size=QSize(1500, 300))

    [problem] = too_big(window, SCREEN)

    assert "1280×800 screen" in problem and "needs at least 15" in problem


def test_tab_going_back_up_a_column_is_found_but_not_the_wrap_to_the_top(qtbot: Any) -> None:
    first, second, third = QLineEdit("first"), QLineEdit("second"), QLineEdit("third")
    window = _shown(qtbot, first, second, third)
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, second)  # down, then back up: against the reading order

    [problem] = backward_tabs(window)

    assert "“third”" in problem.split(" → ")[0] and "“second”" in problem.split(" → ")[1]
    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, third)
    assert backward_tabs(window) == [], "third → first is the wrap to the top"


# -- the helpers that make screens fit ----------------------------------------------------------------------------
def test_a_flow_row_wraps_instead_of_widening_and_asks_for_the_height_of_its_lines(qtbot: Any) -> None:
    heading = QLabel("Workshops")
    button = QPushButton("New workshop")
    row = FlowRow(heading, button, push_right_from=1)
    window = _shown(qtbot, row, size=QSize(600, 200))
    one_line = max(heading.sizeHint().height(), button.sizeHint().height())

    assert row.minimumSizeHint().width() < row.sizeHint().width(), "it may be narrower than its line"
    assert heading.y() == button.y() or abs(heading.geometry().center().y() - button.geometry().center().y()) <= 1
    assert button.geometry().right() >= row.width() - 2, "the button sits at the right end of the line"
    narrow = heading.sizeHint().width() + 10
    assert row.heightForWidth(narrow) > one_line, "too narrow for one line: two lines"
    window.resize(narrow + 30, 200)
    qtbot.waitUntil(lambda: button.y() > heading.y())
    assert button.x() == heading.x() == 0, "a wrapped line starts at the left"


def test_a_check_box_wraps_its_text_and_stays_clickable_everywhere(qtbot: Any) -> None:
    box = WrapCheckBox("Include names and contacts (personal data) in the workbook")
    window = _shown(qtbot, box, size=QSize(200, 200))
    qtbot.waitUntil(lambda: box.height() > box.fontMetrics().height() * 1.5)

    assert box.minimumSizeHint().width() < 200 < box.sizeHint().width()
    assert clipped(window) == []
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().bottomRight() - QPoint(4, 4))
    assert box.isChecked(), "a click on the last wrapped line ticks it"


def test_a_button_without_words_needs_a_description(qtbot: Any) -> None:
    bare, explained = QToolButton(), QToolButton()
    for button, name in ((bare, "moveUp"), (explained, "moveDown")):
        button.setText("↑")
        button.setObjectName(name)
        button.setAccessibleName("Move up")
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    explained.setToolTip("Move the selected activity earlier (Alt+Up)")
    window = _shown(qtbot, bare, explained)

    assert [p.split(" “")[0] for p in undescribed(window)] == ["QToolButton 'moveUp'"]


def test_a_tables_main_column_keeps_room_for_its_words_and_the_table_scrolls_sideways_instead(qtbot: Any) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    from workshop_app.ui.layouts import keep_column_readable

    model = QStandardItemModel(3, 3)
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    for column in (1, 2):
        table.horizontalHeader().resizeSection(column, 150)
    keep_column_readable(table, 0, letters=14)
    window = _shown(qtbot, table, size=QSize(700, 300))
    qtbot.wait(20)
    room = table.viewport().width() - 300
    assert table.columnWidth(0) == room, "wide enough: the main column takes what the others leave"

    window.resize(QSize(360, 300))
    qtbot.waitUntil(lambda: table.columnWidth(0) >= 14 * table.fontMetrics().averageCharWidth())
    assert table.horizontalScrollBar().maximum() > 0, "the table scrolls sideways to reach the other columns"

    window.resize(QSize(700, 300))
    qtbot.waitUntil(lambda: table.columnWidth(0) == table.viewport().width() - 300)
