"""The app's settings: one typed object with defaults, kept as JSON in the user config folder."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from workshop_app import paths


@dataclass
class Settings:
    """Everything the app remembers between runs (window geometry lives in QSettings instead)."""

    laptop_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    """Stamped on every row this installation writes, so merged databases know who wrote what."""
    last_database: str | None = None
    recent_databases: list[str] = field(default_factory=list)
    user_name: str = ""
    """Who is recording (consents, edits); asked once, editable later."""
    language: str = "en"
    """The interface language (``en``, ``pt``, ``es``, ``fr``, ``pl``, ``it`` or ``ar``); each kiosk participant
    chooses their own."""
    text_scale: int = 100
    """The size of text in percent (100 to 200)."""
    high_contrast: bool = False
    automatic_backups: int = 10
    """How many automatic backups to keep per database."""

    def remember_database(self, path: Path) -> None:
        """Put ``path`` first in the recent list and make it the one opened next time."""
        text = str(Path(path).resolve())
        self.last_database = text
        self.recent_databases = [text, *[p for p in self.recent_databases if p != text][:7]]


def settings_path() -> Path:
    """Where the settings file is kept."""
    return paths.config_dir() / "settings.json"


def load_settings(first_run_language: Callable[[], str] | None = None) -> Settings:
    """Read the settings; a missing or damaged file gives defaults (and a new laptop id is saved at once).

    ``first_run_language`` chooses the interface language when none was ever saved (the app passes the system's
    language, if it is one it speaks); without it the first language is English.
    """
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = None
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else Settings()
    first_run = not isinstance(raw, dict) or "language" not in raw
    if first_run and first_run_language is not None:
        settings.language = first_run_language()
    if not isinstance(raw, dict) or "laptop_id" not in raw or first_run:
        save_settings(settings)
    return settings


def save_settings(settings: Settings) -> None:
    """Write the settings atomically: a crash mid-write leaves the previous file intact."""
    path = settings_path()
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, indent=2, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
