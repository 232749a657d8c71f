"""A fast database for the participant tests: a migrated file with the default profile questions, copied per test.

Migrating and filling a new file takes ~50 ms; copying a prepared one takes ~2 ms, which keeps the many small
participant, consent, erasure and diversity tests quick.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from workshop_app.core.profiles import ProfileService
from workshop_app.db.database import Database

_template: list[Path] = []


def fresh_database(path: Path, laptop_id: str = "laptop-test") -> Database:
    """A new database at ``path`` holding only the schema and the default profile questions."""
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="workshop-app-people-tests-"))
        atexit.register(shutil.rmtree, folder, True)
        with Database.open(folder / "template.sqlite", create=True) as template:
            ProfileService(template).ensure_defaults()
        _template.append(folder / "template.sqlite")
    shutil.copyfile(_template[0], path)
    return Database.open(path, laptop_id=laptop_id)
