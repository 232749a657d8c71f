"""Window size, place and table layouts, kept in the app's own ini file (never the platform's QSettings place)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QWidget

from workshop_app import paths


def window_settings() -> QSettings:
    """Where window geometry is kept: beside the app's data, so tests and portable installs keep their own."""
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_window_state(window: QWidget, view: Any, default_size: QSize) -> None:
    """Put ``window`` back where it was (or give it ``default_size``) and let ``view`` restore its own layout."""
    store = window_settings()
    geometry = store.value("geometry")
    view.restore_state(store)
    if isinstance(geometry, QByteArray | bytes) and window.restoreGeometry(QByteArray(geometry)):
        return
    window.resize(default_size)


def save_window_state(window: QWidget, view: Any) -> None:
    """Remember the window's size and place and ``view``'s layout for next time."""
    store = window_settings()
    store.setValue("geometry", window.saveGeometry())
    view.save_state(store)
    store.sync()
