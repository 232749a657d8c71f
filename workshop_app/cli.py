"""The command line: ``workshop-app [COMMAND] [--db PATH] [--json]``; no command opens the app.

Errors are one line on stderr with exit status 2, and leave nothing half-written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from workshop_app import __version__, paths
from workshop_app.errors import UserError
from workshop_app.exchange_commands import add_parsers as exchange_parsers
from workshop_app.exchange_commands import cmd_merge, cmd_pack
from workshop_app.settings import Settings, load_settings

PROG = "workshop-app"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr, as for every other error."""

    def error(self, message: str) -> NoReturn:
        print(f"{PROG}: {message} (see '{PROG} --help')", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command (documented in README.md and DESIGN.md)."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets --db/--json stand before or after the command without one overriding the other.
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH",
                        help="the database file (default: the app's database in your data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print a machine-readable result on stdout")
    parser = _Parser(prog=PROG, parents=[common], description="Run participatory workshops offline.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", parents=[common], help="fill a new database with realistic demo data")
    demo.add_argument("--participants", type=int, default=60, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    listing = sub.add_parser("list", parents=[common], help="list workshops, participants, surveys or maps")
    listing.add_argument("kind", choices=["workshops", "participants", "surveys", "maps"])
    sub.add_parser("check", parents=[common], help="check the database's integrity and consistency")
    importer = sub.add_parser("import-xlsform", parents=[common], help="import a survey from an XLSForm")
    importer.add_argument("file", type=Path, metavar="FILE")
    exporter = sub.add_parser("export-xlsform", parents=[common], help="write a survey as an XLSForm")
    exporter.add_argument("survey", metavar="SURVEY", help="its id, a unique prefix of the id, or its exact title")
    exporter.add_argument("--out", type=Path, required=True, metavar="FILE")
    render = sub.add_parser("render-map", parents=[common], help="print a stakeholder map to PDF, PNG or SVG")
    render.add_argument("map", metavar="MAP", help="its id, a unique prefix of the id, or its exact title")
    render.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.pdf, FILE.png or FILE.svg")
    render.add_argument("--paper", choices=["A4", "A3"], default="A4", type=str.upper)
    render.add_argument("--landscape", action="store_true", help="turn the page sideways (default: portrait)")
    render.add_argument("--dpi", type=int, default=150, help="resolution of a PNG (default: 150)")
    xlsx = sub.add_parser("export-xlsx", parents=[common], help="write the ULG workbook for Excel")
    xlsx.add_argument("--out", type=Path, required=True, metavar="FILE", help="the workbook to write (.xlsx)")
    xlsx.add_argument("--workshop", metavar="WORKSHOP", help="only this workshop: its id, a unique prefix, or title")
    xlsx.add_argument("--from", dest="date_from", metavar="DATE", help="only workshops from this day (YYYY-MM-DD)")
    xlsx.add_argument("--to", dest="date_to", metavar="DATE", help="only workshops until this day (YYYY-MM-DD)")
    xlsx.add_argument("--language", metavar="CODE", help="the language of the labels (default: the app's)")
    xlsx.add_argument("--include-personal-data", action="store_true",
                      help="add participants' names and contacts (left out by default)")
    backup = sub.add_parser("backup", parents=[common], help="copy the database safely, even while in use")
    backup.add_argument("--out", type=Path, metavar="FILE", help="where to write (default: the backups folder)")
    restore = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing")
    exchange_parsers(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has already printed its line
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    args.db = getattr(args, "db", None)
    args.json = getattr(args, "json", False)
    if args.command is None:
        from workshop_app.app import run_gui

        return run_gui(args.db)
    try:
        return COMMANDS[args.command](args, load_settings())
    except UserError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `workshop-app list participants | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the person, the details in a log file for us
        damaged = _damage_sentence(exc, args.db)
        if damaged is not None:
            print(f"{PROG}: {damaged}", file=sys.stderr)
            return EXIT_USAGE
        log = _write_crash_log()
        print(f"{PROG}: unexpected error ({type(exc).__name__}: {exc}); details in {log}", file=sys.stderr)
        return EXIT_PROBLEMS


def _damage_sentence(exc: BaseException, path: Path | None) -> str | None:
    """One sentence when SQLite found the open file damaged (not a bug of ours, nothing to log), else None."""
    import sqlite3

    reason = getattr(exc, "orig", exc)
    if not isinstance(reason, sqlite3.DatabaseError) or isinstance(reason, sqlite3.OperationalError):
        return None
    if getattr(reason, "sqlite_errorname", "") not in ("SQLITE_CORRUPT", "SQLITE_NOTADB") and \
            "malformed" not in str(reason):
        return None
    where = path if path is not None else paths.default_database_path()
    return (f"{where} is damaged ({reason}); nothing was changed. Run “workshop-app check”, then restore it from "
            f"a backup (“workshop-app restore FILE”).")


def _open(args: argparse.Namespace, settings: Settings, *, create: bool = False):
    from workshop_app.db.database import Database

    # The app's own default database may be created on first use; a file the user names must exist.
    path = args.db if args.db is not None else paths.default_database_path()
    return Database.open(path, create=create or args.db is None, laptop_id=settings.laptop_id)


def _emit(args: argparse.Namespace, payload: Any, text: str) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2) if args.json else text)


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.core.demo import fill_demo

    with _open(args, settings, create=True) as db:
        counts = fill_demo(db, participants=args.participants, seed=args.seed)
        summary = ", ".join(f"{name.replace('_', ' ')} {n}" for name, n in counts.items())
        _emit(args, {"db": str(db.path), "counts": counts}, f"Filled {db.path} with demo data: {summary}.")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.core.listing import list_items

    with _open(args, settings) as db:
        items = list_items(db, args.kind)
    if args.json:
        _emit(args, items, "")
    elif not items:
        print(f"No {args.kind} yet.")
    else:
        columns = list(items[0])
        widths = {c: max(len(c), *(len(_cell(i[c])) for i in items)) for c in columns}
        widths["id"] = 8  # the first 8 characters identify a row well enough to be typed back
        print("  ".join(c.ljust(widths[c]) for c in columns).rstrip())
        for item in items:
            print("  ".join(_cell(item[c])[: widths[c]].ljust(widths[c]) for c in columns).rstrip())
    return EXIT_OK


def _cell(value: Any) -> str:
    return "" if value is None else str(value).replace("\n", " ")


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.db.integrity import check_database

    with _open(args, settings) as db:
        report = check_database(db)
        lines = [f"{db.path}: {'no problems found' if report.ok else f'{len(report.problems)} problem(s) found'}."]
    lines += [f"  {name.replace('_', ' ')}: {n}" for name, n in report.counts.items()]
    lines += [f"Problem: {p}" for p in report.problems]
    _emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_import_xlsform(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.core.surveys import import_xlsform

    with _open(args, settings) as db:
        result = import_xlsform(db, args.file)
    lines = [
        f"Imported {result['title']!r} (version {result['version']}, {result['question_count']} questions, "
        f"languages: {', '.join(result['languages']) or 'none named'}) as {result['id']}."
    ]
    lines += [f"Warning: {w}" for w in result["warnings"]]
    _emit(args, result, "\n".join(lines))
    return EXIT_OK


def cmd_export_xlsform(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.core.listing import resolve_survey
    from workshop_app.core.surveys import export_xlsform

    with _open(args, settings) as db:
        written = export_xlsform(db, resolve_survey(db, args.survey), args.out)
    _emit(args, {"out": str(written)}, f"Wrote {written}.")
    return EXIT_OK


def cmd_render_map(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.render_map_command import render_map

    with _open(args, settings) as db:
        written = render_map(db, args.map, args.out, paper=args.paper, landscape=args.landscape, dpi=args.dpi)
    _emit(args, {"out": str(written)}, f"Wrote {written}.")
    return EXIT_OK


def cmd_export_xlsx(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.export_xlsx_command import export_xlsx, summary_line

    with _open(args, settings) as db:
        result = export_xlsx(db, args.out, workshop=args.workshop, date_from=args.date_from, date_to=args.date_to,
                             language=args.language, default_language=settings.language or "en",
                             include_personal_data=args.include_personal_data)
    _emit(args, result, summary_line(result))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.db.backup import automatic_backup, backup_database

    with _open(args, settings) as db:
        made = backup_database(db, args.out) if args.out else automatic_backup(db, settings.automatic_backups)
    _emit(args, {"backup": str(made)}, f"Backed up to {made}.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from workshop_app.db.backup import restore_database

    target = args.db if args.db is not None else paths.default_database_path()
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(f"Restoring replaces {target}; add --yes to confirm.")
        answer = input(f"Replace {target} with {args.file}? The current data is kept as a backup. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return EXIT_OK
    kept = restore_database(target, args.file, laptop_id=settings.laptop_id)
    _emit(args, {"restored": str(target), "previous_kept_at": str(kept)},
          f"Restored {target} from {args.file}; what it held before is kept at {kept}.")
    return EXIT_OK


def _write_crash_log() -> Path:
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    log.write_text(traceback.format_exc(), encoding="utf-8")
    return log


COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "check": cmd_check,
    "import-xlsform": cmd_import_xlsform,
    "export-xlsform": cmd_export_xlsform,
    "render-map": cmd_render_map,
    "export-xlsx": cmd_export_xlsx,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "pack": cmd_pack,
    "merge": cmd_merge,
}
