"""Small layout helpers shared by the screens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

COLUMN_WIDTH = 520
"""A comfortable reading width for a short message in the middle of a page."""


def centred_column(
    page: QWidget, widgets: Sequence[QWidget], *, keep_size: Sequence[QWidget] = (), width: int = COLUMN_WIDTH
) -> QWidget:
    """Lay ``widgets`` out in a column of readable width in the middle of ``page``; returns ``page``.

    Wrapped labels get their height only from a layout that gives them a definite width, so the column has a
    fixed width and the labels fill it (an alignment flag would clip their second line). ``keep_size`` widgets
    (buttons, pictures) keep their own size, centred.
    """
    column = QWidget(page)
    column.setFixedWidth(width)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(12)
    for widget in widgets:
        if widget in keep_size:
            inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            inner.addWidget(widget)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)
    return page
