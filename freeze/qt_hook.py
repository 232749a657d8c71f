"""PyInstaller's own PySide6 hooks, with the Qt plugins and translations the app does not use left out.

Filtered here, in the hooks (``freeze/hooks``), rather than after the analysis: the analysis follows each
collected plugin's libraries, so a plugin dropped later would still bring its libraries (GTK's cairo and pango,
Qt Quick, EGLFS).
"""

from __future__ import annotations

from pathlib import PurePath

from freeze.bundle import app_languages, keep


def qt_dependencies(hook_file: str) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """``hiddenimports, binaries, datas`` of the PySide6 module the hook file is named after, filtered."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    languages = app_languages()

    def kept(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(src, dest) for src, dest in pairs if keep((PurePath(dest) / PurePath(src).name).as_posix(), languages)]

    return hiddenimports, kept(binaries), kept(datas)
