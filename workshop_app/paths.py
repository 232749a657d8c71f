"""Where the app keeps its files: user data, settings, backups and shipped resources."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

APP_NAME = "WorkshopApp"
APP_AUTHOR = "URBACT"
# Tests and portable installs point this at a folder of their own; nothing then touches the real user folders.
HOME_ENV = "WORKSHOP_APP_HOME"


def data_dir() -> Path:
    """The folder that holds the default database, backups and window state (created if missing)."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / "data"
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The folder that holds ``settings.json`` (created if missing)."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / "config"
    else:
        from platformdirs import user_config_dir

        path = Path(user_config_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The database the app opens when no other is named."""
    return data_dir() / "workshops.sqlite"


def backups_dir(database: Path) -> Path:
    """The folder of automatic backups for one database; two databases never share one."""
    database = Path(database).resolve()
    digest = hashlib.sha1(str(database).encode("utf-8")).hexdigest()[:8]
    path = data_dir() / "backups" / f"{database.stem}-{digest}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The shipped ``resources`` folder, whether installed, run from a checkout or frozen by PyInstaller."""
    package = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "workshop_app" / "resources")
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall Workshop App.")


def resource(*parts: str) -> Path:
    """The path of one shipped resource file, e.g. ``resource("icons", "app.svg")``."""
    return resources_dir().joinpath(*parts)
