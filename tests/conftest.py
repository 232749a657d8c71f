"""Fixtures shared by every test: each test gets its own data folder, settings and database."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.db.database import Database
from workshop_app.paths import HOME_ENV


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty home for the app's data and settings; the user's real folders are never touched."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture(autouse=True)
def english_sentences(request: pytest.FixtureRequest) -> Iterator[None]:
    """Outside the UI tests, core sentences are English with Python's numbers, as on the command line, whichever
    test module imported the interface (which installs Qt's translator and the locale's numbers) before."""
    if "ui" in request.node.path.relative_to(Path(__file__).parent).parts[:1]:
        yield
        return
    from workshop_app import texts

    translator, numbers = texts.set_translator(None), texts.set_number_formatter(None)
    yield
    texts.set_translator(translator)
    texts.set_number_formatter(numbers)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database lives (not created yet)."""
    return tmp_path / "test.sqlite"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, made once; copying it is ~25x faster than migrating."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Database.open(path, create=True).close()
    return path


@pytest.fixture
def db(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A new, empty, migrated database, closed after the test."""
    shutil.copyfile(migrated_template, db_path)
    database = Database.open(db_path, laptop_id="laptop-test")
    yield database
    database.close()
