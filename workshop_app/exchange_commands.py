"""``workshop-app pack`` and ``workshop-app merge``: exchange packages between laptops from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop_app.settings import Settings

LISTED = 20
"""Renumbered codes and conflicts listed in words; ``--json`` lists them all."""


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The ``pack`` and ``merge`` subcommands."""
    from pathlib import Path

    packer = sub.add_parser("pack", parents=[common], help="write an exchange package for another laptop")
    packer.add_argument("--out", type=Path, required=True, metavar="FILE", help="the package to write (.wspack)")
    packer.add_argument("--workshop", metavar="WORKSHOP",
                        help="only this workshop: its id, a unique prefix of the id, or its exact title")
    merger = sub.add_parser("merge", parents=[common], help="merge exchange packages from other laptops")
    merger.add_argument("files", type=Path, nargs="+", metavar="FILE")
    merger.add_argument("--dry-run", action="store_true", help="only say what merging would do; write nothing")


def cmd_pack(args: argparse.Namespace, settings: Settings) -> int:
    """Pack the database (or one workshop) into ``--out``."""
    from workshop_app.cli import EXIT_OK, _emit, _open
    from workshop_app.core.listing import resolve
    from workshop_app.core.packing import pack
    from workshop_app.db.models import Workshop

    with _open(args, settings) as db:
        workshop_id = resolve(db, Workshop, args.workshop, "workshop") if args.workshop else None
        result = pack(db, args.out, workshop_id, made_by=settings.user_name)
    payload = {"out": str(result.path), "size": result.size, "manifest": result.manifest.to_dict()}
    _emit(args, payload, result.sentence)
    return EXIT_OK


def cmd_merge(args: argparse.Namespace, settings: Settings) -> int:
    """Merge the packages into the database in one transaction (``--dry-run``: only say what it would do)."""
    from workshop_app.cli import EXIT_OK, _emit, _open
    from workshop_app.core.merge import merge, preview_merge
    from workshop_app.db.backup import automatic_backup

    kept = None
    with _open(args, settings) as db:
        if args.dry_run:
            report = preview_merge(db, args.files)
        else:
            # A merge cannot be undone step by step; this copy brings the database back as it was.
            kept = automatic_backup(db, settings.automatic_backups)
            report = merge(db, args.files)
        where = db.path.name
    count = len(args.files)
    files = "1 package" if count == 1 else f"{count} packages"
    lines = [f"Preview of merging {files} into {where}; nothing was written." if args.dry_run
             else f"Merged {files} into {where}.", *report.sentences(limit=LISTED)]
    if kept is not None:
        lines.append(f"The database as it was before is kept at {kept}.")
    _emit(args, {**report.as_dict(), "backup": str(kept) if kept else None}, "\n".join(lines))
    return EXIT_OK


__all__ = ["add_parsers", "cmd_merge", "cmd_pack"]
