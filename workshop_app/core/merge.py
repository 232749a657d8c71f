"""Merging exchange packages from other laptops into the open database, without duplicates or resurrections.

The rules:

* Everything happens in ONE transaction: on any error, or a cancel, nothing is written. ``preview_merge``
  runs exactly the same merge and rolls it back, so the preview is what the merge will do.
* Packages are merged one after the other. In each, tombstones come first, then the tables in foreign-key
  order (``Base.metadata.sorted_tables``). Rows are matched by their UUID. Incoming rows are read with
  SQLAlchemy Core and written with bulk inserts and updates, keeping their ``created_at``, ``updated_at`` and
  ``laptop_id``: the merged row is the other laptop's version.
* Natural keys: rows created separately on two laptops for the same thing meet instead of clashing on a
  unique constraint — profile questions by name, their choices by (question, code), profile answers by
  (participant, question), check-ins by (workshop, participant), diversity targets by (question name, codes),
  translations by (parent, language), choice lists and questions by (survey, name), choices by (list, name),
  answers by (response, question, instance). A survey meets a local survey with the same ``form_id``, version
  and content (question names, types and lists). The incoming id is then remapped onto the local one, and
  every incoming link to it follows.
* Same content: nothing happens. Different content: the newer ``updated_at`` wins (tie: the larger laptop id,
  then the content, so the result does not depend on the order of merging). When the two versions were
  written by different laptops it is a conflict, listed with both values of every differing field; the
  dropped version is remembered (``reported_conflicts``), so merging the same package again lists nothing.
  The same laptop's newer version is just an update. Without a history of versions, an unchanged old copy
  from another laptop against a later change here is listed too: the newer value is kept, a person can check.
* Tombstones: incoming tombstones are added and delete the local row and what cascades from it, unless the
  local row was changed or re-created after the deletion (then the row stands and the tombstone is not kept).
  For participants and personal data the tombstone always wins: an erasure is never undone. An incoming row
  with a local tombstone is skipped on the same terms, and so is every incoming row hanging on it through an
  ``ON DELETE CASCADE`` link; a ``SET NULL`` link to it is nulled. Rows removed here leave tombstones.
* Participant codes that clash (case-insensitive) and survey versions of the same form with different
  content are renumbered; the earlier-created row keeps its value (see ``merge_unique``).
* Merging A into B and B into A gives the same content (codes, titles, values, counts); internal ids of rows
  that met under a natural key, and timestamps of renumbered rows, may differ.

A tombstone names a row by id, so it cannot follow a row that met another under a natural key on a third
laptop: such a deletion stays local to where both rows were known.
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import DBAPIError

from workshop_app.core.merge_report import MergeReport, PackageSummary, kind_text, kind_word
from workshop_app.core.merge_rules import merged_tables, now_stamp
from workshop_app.core.merge_tables import Context, Incoming, Tally, describe_conflicts, merge_table
from workshop_app.core.merge_tombstones import merge_tombstones
from workshop_app.db.base import new_id, utcnow
from workshop_app.db.database import Database
from workshop_app.db.models.sync import ReportedConflict
from workshop_app.errors import UserError
from workshop_app.formats.exchange_package import SCOPE_WORKSHOP, OpenedPackage, open_package
from workshop_app.texts import QT_TRANSLATE_NOOP, TranslationContext, translate

core = TranslationContext("core")
errors = TranslationContext("errors")


ProgressFn = Callable[[int, int, str], None]
MERGE_CACHE_KIB = -65536
"""SQLite's page cache while merging, in KiB (negative: a size, not a page count); it is only used as needed."""


class _RollBack(Exception):
    """Ends a preview's transaction without writing."""


def preview_merge(db: Database, packages: Sequence[Path], progress: ProgressFn | None = None) -> MergeReport:
    """What merging ``packages`` would add, update, remove and list as conflicts; nothing is written."""
    return _run(db, packages, write=False, progress=progress, cancelled=None)


def merge(db: Database, packages: Sequence[Path], progress: ProgressFn | None = None,
          cancelled: Callable[[], bool] | None = None) -> MergeReport:
    """Merge ``packages`` into ``db`` in one transaction and say what was done.

    Raises ``UserError`` (nothing written) for a package that cannot be used, an error or a cancel.
    """
    return _run(db, packages, write=True, progress=progress, cancelled=cancelled)


def _run(db: Database, packages: Sequence[Path], *, write: bool, progress: ProgressFn | None,
         cancelled: Callable[[], bool] | None) -> MergeReport:
    paths = [Path(p) for p in packages]
    if not paths:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose at least one package to merge."))
    tables = merged_tables()
    total = len(paths) * (len(tables) + 2) + 1
    done = 0

    def step(text: str) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise UserError(QT_TRANSLATE_NOOP("errors", "The merge was cancelled; nothing was changed."))
        if progress is not None:
            progress(done, total, text)
        done += 1

    with ExitStack() as stack:
        stack.enter_context(_collector_paused())
        opened = [stack.enter_context(package) for package in _open_all(paths, db.laptop_id, step)]
        tally = Tally()
        try:
            with db.engine.connect() as conn:
                # Inserting 100,000 rows keyed by random UUIDs touches index pages all over the file: a larger
                # page cache for this connection, while it merges, saves most of the reading back. Set on the
                # driver's connection, outside the transaction SQLAlchemy begins below.
                raw = conn.connection.driver_connection
                cache = raw.execute("PRAGMA cache_size").fetchone()[0]
                raw.execute(f"PRAGMA cache_size = {MERGE_CACHE_KIB}")
                try:
                    with conn.begin():
                        _merge_all(conn, db, opened, tally, step, write=write)
                        if cancelled is not None and cancelled():
                            raise UserError(QT_TRANSLATE_NOOP("errors", "The merge was cancelled; nothing was "
                                                                        "changed."))
                finally:
                    raw.execute(f"PRAGMA cache_size = {int(cache)}")
        except _RollBack:
            pass
        except DBAPIError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "The packages could not be merged ({reason}); nothing was "
                                                        "changed."), reason=_reason(exc)) from None
        return _report(db, opened, tally, written=write)


def _open_all(paths: list[Path], laptop_id: str, step: Callable[[str], None]) -> list[OpenedPackage]:
    """Check and unpack every package, a few at a time (unzipping and hashing run outside Python's lock); on any
    error the others are closed again and the first error is raised."""
    opened: list[OpenedPackage] = []
    error: BaseException | None = None
    with ThreadPoolExecutor(max_workers=max(1, min(len(paths), os.cpu_count() or 1, 4))) as pool:
        futures = [pool.submit(open_package, path, laptop_id=laptop_id) for path in paths]
        for path, future in zip(paths, futures, strict=True):
            try:
                if error is None:
                    step(translate("core", "Checking {file}…").format(file=path.name))
                opened.append(future.result())
            except BaseException as exc:  # every future is waited for, so no package is left unpacked
                error = error or exc
    if error is not None:
        for package in opened:
            package.close()
        raise error
    return opened


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while merging: it would scan the 100,000s of short-lived row lists over
    and over (a quarter of the time of a large merge) and find no cycles among them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _merge_all(conn: Connection, db: Database, opened: list[OpenedPackage], tally: Tally,
               step: Callable[[str], None], *, write: bool) -> None:
    # Links are checked at commit: within a table, a row may come before the row it points at.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    ctx = Context(conn, db.laptop_id, now_stamp(), tally)
    tally.reported = {tuple(row) for row in conn.execute(select(
        ReportedConflict.table_name, ReportedConflict.row_id, ReportedConflict.dropped_laptop_id,
        ReportedConflict.dropped_stamp))}
    for package in opened:
        with package.connect() as source:
            _merge_package(ctx, Incoming(source, package.path.name), merged_tables(), step)
    step(translate("core", "Checking the result…"))
    describe_conflicts(ctx)
    if not write:
        _check_links(conn)
        raise _RollBack
    _remember_conflicts(conn, tally)


def _merge_package(ctx: Context, pkg: Incoming, tables: Sequence, step: Callable[[str], None]) -> None:
    step(translate("core", "Merging {package}: deletions…").format(package=pkg.label))
    merge_tombstones(ctx, pkg)
    for table in tables:
        step(translate("core", "Merging {package}: {kind}…").format(package=pkg.label, kind=kind_word(table.name)))
        merge_table(ctx, pkg, table)


def _check_links(conn: Connection) -> None:
    """What the commit would refuse (links are only checked then), found before a preview is rolled back."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise UserError(errors.tr("The packages could not be merged ({n} row(s) of {kind} would point at rows that "
                                  "do not exist); nothing was changed.", "", len(broken), kind=kind_text(broken[0][0])))


def _remember_conflicts(conn: Connection, tally: Tally) -> None:
    if tally.new_reported:
        at = utcnow()
        conn.execute(insert(ReportedConflict.__table__), [
            {"id": new_id(), "table_name": t, "row_id": r, "dropped_laptop_id": laptop, "dropped_stamp": stamp,
             "reported_at": at} for t, r, laptop, stamp in tally.new_reported])


def _report(db: Database, opened: list[OpenedPackage], tally: Tally, *, written: bool) -> MergeReport:
    packages = tuple(
        PackageSummary(str(p.path), p.manifest.laptop_id, p.manifest.made_by, p.manifest.created_at,
                       p.manifest.scope.get("title", "") if p.manifest.scope_kind == SCOPE_WORKSHOP else "everything",
                       p.migrated_from)
        for p in opened)
    # Sentences for the person, in the interface language (the command line has none installed: English).
    warnings = list(tally.warnings)
    for p in opened:
        if p.migrated_from:
            warnings.append(translate("core", "{file} was made by an older version of Workshop App ({version}); its "
                                              "data was brought up to date first.").format(
                file=p.path.name, version=p.manifest.app_version))
        if p.manifest.laptop_id == db.laptop_id:
            warnings.append(translate("core", "{file} was made on this laptop.").format(file=p.path.name))
    if tally.kept_over_deletion:
        warnings.append(str(core.tr("{n:,} row(s) deleted on another laptop were kept, because they were changed "
                                    "here after that deletion.", "", tally.kept_over_deletion)))
    def nonzero(counts: Counter[str]) -> dict[str, int]:
        return {kind: n for kind, n in counts.items() if n}

    return MergeReport(packages, nonzero(tally.added), nonzero(tally.updated), nonzero(tally.deleted),
                       nonzero(tally.skipped),
                       tuple(tally.conflicts), tuple(tally.renumbered), tuple(warnings), written, db.laptop_id)


def _reason(exc: DBAPIError) -> str:
    orig = getattr(exc, "orig", exc)
    return str(orig).rstrip(".") or type(orig).__name__


__all__ = ["merge", "preview_merge"]
