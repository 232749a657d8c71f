"""Icons shipped in ``resources/icons``, found the same way installed, in a checkout and frozen."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from workshop_app import paths


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if it is missing (a missing icon never stops the app)."""
    try:
        path = paths.resource("icons", f"{name}.svg")
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()
