"""Packing: everything this laptop holds, or one workshop, into one exchange package for another laptop.

The data is copied with SQLite's online backup API (the app may keep working meanwhile) into a temporary
folder. For one workshop the copy is then pruned with plain deletes — it is not the user's database, so no
tombstones are needed there — keeping the workshop with its agenda, boards, votes, attendance and responses,
the participants who took part in it (with their consents, profile answers and personal data), the survey
versions and maps it uses, and everything shared by the whole database: profile questions, diversity targets,
audit entries and ALL tombstones, so erasures travel with every package. The package is written beside its
target and renamed into place, so nothing is ever half-written.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Column, Connection, Table, create_engine, delete, select, union, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from workshop_app.core.merge_report import kind_word
from workshop_app.db.base import Base
from workshop_app.db.database import Database
from workshop_app.db.integrity import count_rows
from workshop_app.db.models import (
    Activity,
    Attendance,
    Idea,
    Participant,
    Response,
    StakeholderMap,
    Survey,
    Vote,
    Workshop,
)
from workshop_app.db.models.sync import ReportedConflict
from workshop_app.db.schema import HEAD_REVISION
from workshop_app.errors import UserError
from workshop_app.formats.exchange_package import (
    DATA_MEMBER,
    SCOPE_EVERYTHING,
    SCOPE_WORKSHOP,
    Manifest,
    write_package,
)
from workshop_app.texts import QT_TRANSLATE_NOOP, translate

ProgressFn = Callable[[int, int, str], None]
STEPS = 4


@dataclass(frozen=True)
class PackResult:
    """A written package: where, how big, what it holds."""

    path: Path
    size: int
    manifest: Manifest
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def sentence(self) -> str:
        """What was packed, in words (in the interface language)."""
        what = self.manifest.scope.get("title") if self.manifest.scope_kind == SCOPE_WORKSHOP else None
        held = ", ".join(translate("core", "{n:,} {kind}").format(n=n, kind=kind_word(name, n))
                         for name, n in self.counts.items() if n) or translate("core", "no data")
        params = {"path": self.path, "size": self.size / 1e6, "held": held}
        if what:
            return translate("core", "Packed the workshop “{workshop}” into {path} ({size:.1f} MB): {held}.").format(
                workshop=what, **params)
        return translate("core", "Packed everything in this database into {path} ({size:.1f} MB): {held}.").format(
            **params)


def pack(db: Database, out: Path, workshop_id: str | None = None, progress: ProgressFn | None = None, *,
         made_by: str = "", cancelled: Callable[[], bool] | None = None) -> PackResult:
    """Write everything in ``db`` (or only ``workshop_id``) to the package ``out``; returns what was written.

    ``cancelled`` is asked between steps; a cancelled pack raises ``UserError`` and leaves no file.
    """
    out = Path(out).expanduser().absolute()
    if out == db.path:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A package cannot overwrite the database it is made from; choose "
                                                    "another file."))
    if not out.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot write {target}: the folder {folder} does not exist."),
                        target=out, folder=out.parent)
    scope = {"kind": SCOPE_EVERYTHING}
    if workshop_id is not None:
        with db.session() as session:
            title = session.scalar(select(Workshop.title).where(Workshop.id == workshop_id))
        if title is None:
            raise UserError(QT_TRANSLATE_NOOP("errors", "That workshop no longer exists."))
        scope = {"kind": SCOPE_WORKSHOP, "workshop_id": workshop_id, "title": title}

    def step(done: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise UserError(QT_TRANSLATE_NOOP("errors", "Packing was cancelled; no package was written."))
        if progress is not None:
            progress(done, STEPS, text)

    from workshop_app.db.backup import backup_database

    with tempfile.TemporaryDirectory(prefix="workshop-pack-") as folder:
        copy = Path(folder) / DATA_MEMBER
        step(0, translate("core", "Copying the data…"))
        backup_database(db, copy)
        step(1, translate("core", "Preparing the package…"))
        engine = create_engine(URL.create("sqlite+pysqlite", database=str(copy)))
        try:
            with engine.begin() as conn:
                if workshop_id is not None:
                    _keep_only_workshop(conn, workshop_id)
                conn.execute(delete(ReportedConflict.__table__))  # this database's own bookkeeping
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"packing left {len(broken)} broken links, first in {broken[0][0]}")
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM")
            with Session(engine) as session:
                counts = count_rows(session)
        finally:
            engine.dispose()
        step(2, translate("core", "Writing the package…"))
        manifest = write_package(out, copy, schema_revision=HEAD_REVISION, laptop_id=db.laptop_id, scope=scope,
                                 counts=counts, made_by=made_by)
    if progress is not None:  # written: too late to cancel
        progress(STEPS - 1, STEPS, translate("core", "Done."))
    return PackResult(out, out.stat().st_size, manifest, counts)


def _keep_only_workshop(conn: Connection, workshop_id: str) -> None:
    """Delete from the copy everything that is not about ``workshop_id`` or shared by the whole database."""
    responses, activities = Response.__table__, Activity.__table__
    its_activities = select(activities.c.id).where(activities.c.workshop_id == workshop_id)
    conn.execute(delete(responses).where(
        (responses.c.workshop_id.is_(None) | (responses.c.workshop_id != workshop_id))
        & (responses.c.activity_id.is_(None) | responses.c.activity_id.not_in(its_activities))))
    conn.execute(delete(Workshop.__table__).where(Workshop.__table__.c.id != workshop_id))
    _sweep(conn)  # its agenda, boards, votes, attendance and answers stay; those of other workshops go
    took_part = union(
        *(select(col).where(col.is_not(None)) for col in (
            Attendance.__table__.c.participant_id, responses.c.participant_id, Idea.__table__.c.participant_id,
            Vote.__table__.c.participant_id)))
    conn.execute(delete(Participant.__table__).where(Participant.__table__.c.id.not_in(took_part)))
    used_surveys = union(select(responses.c.survey_id),
                         select(activities.c.survey_id).where(activities.c.survey_id.is_not(None)))
    conn.execute(delete(Survey.__table__).where(Survey.__table__.c.id.not_in(used_surveys)))
    used_maps = select(activities.c.map_id).where(activities.c.map_id.is_not(None))
    conn.execute(delete(StakeholderMap.__table__).where(StakeholderMap.__table__.c.id.not_in(used_maps)))
    _sweep(conn)


def _sweep(conn: Connection) -> None:
    """Delete rows whose CASCADE parent is gone and null SET NULL links to gone rows, until nothing changes.

    Foreign keys are off on this connection, so each step is an explicit statement; parents come first in
    ``sorted_tables``, and a self-reference (a question in a group) needs another pass.
    """
    while True:
        changed = 0
        for table in Base.metadata.sorted_tables:
            for column, parent, action in _links(table):
                gone = column.is_not(None) & column.not_in(select(parent))
                if action == "CASCADE":
                    changed += conn.execute(delete(table).where(gone)).rowcount
                else:
                    changed += conn.execute(update(table).where(gone).values({column.name: None})).rowcount
        if not changed:
            return


def _links(table: Table) -> list[tuple[Column, Column, str]]:
    found = []
    for column in table.columns:
        for fk in column.foreign_keys:
            found.append((column, fk.column, (fk.ondelete or "").upper()))
    return found


__all__ = ["PackResult", "ProgressFn", "pack"]
