"""Schema revisions known to this version of the app, checked without importing Alembic."""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration. A test checks it matches Alembic's head, so opening an up-to-date database
# never needs to import Alembic (which keeps start-up fast).
HEAD_REVISION = "0005"
