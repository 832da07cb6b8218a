"""`import FILE.roadmap SHEET`: import initiatives from a CSV, .xlsx or MS Project XML file.

    python main.py import plan.roadmap initiatives.xlsx [--dry-run]
        [--map HEADER=FIELD ...] [--value COLUMN:TEXT=VALUE ...]
        [--day-first | --month-first] [--refuse-cycles] [--refuse-existing]
        [--it DEPARTMENT ...] [--encoding ENC] [--sheet NAME]
        [--preset jira|msproject|aha|productplan|none]
        [--mapping NAME] [--save-mapping NAME]

Prints the import report. Exit status: 0 imported (or, with --dry-run, the
sheet is clean), 1 some row is bad and nothing was written, 2 a file cannot
be read or an argument is wrong. A roadmap file that does not exist yet is
created from the sheet. Progress goes to stderr for big sheets.

--save-mapping NAME keeps this import's --map, --value and date order under
NAME, and --mapping NAME uses them again (what the command line says wins).
Mappings are JSON files in the per-user folder
`roadmap.spreadsheet.mappings.default_folder()` names, which the app uses too.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap import formats
from roadmap.i18n import translate

from . import CommandError, check_input, roadmap_location

if TYPE_CHECKING:
    from ..spreadsheet.plan import ImportOptions, ImportPlan
    from ..spreadsheet.reading import Progress

BIG = 5000
"""Sheets with more rows than this report progress on stderr."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `import` subcommand."""
    parser = subparsers.add_parser(
        "import", help=translate("CLI", "import initiatives from a CSV or .xlsx sheet, or an MS "
                                        "Project XML file, into a roadmap"),
        description=translate("CLI", "Import initiatives (with their departments, owners, vendors, "
        "dependencies and milestones) from a spreadsheet. All or nothing: when any row is "
        "bad, the report names each problem by row and column and nothing is written "
        "(exit status 1). See resources/templates/README.md for the columns. An MS "
        "Project XML (.xml) file imports its tasks: summary tasks as themes, resources "
        "as owners, milestones and finish-to-start links (docs/interop.md)."),
    )
    parser.add_argument("file", type=roadmap_location,
                        help=translate("CLI", "the .roadmap file (created when missing), "
                             "or a postgresql:// address"))
    parser.add_argument("sheet", type=Path,
                        help=translate("CLI", "the .csv or .xlsx sheet, or the MS Project .xml "
                                              "file, to import"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("CLI", "check the sheet and print the report; write "
                                              "nothing"))
    parser.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                        help=translate("CLI", "read sheet column HEADER (its header text or "
                                              "letter) as FIELD, e.g. --map 'Go live=end'; FIELD "
                                              "'-' ignores the column"))
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true",
                       help=translate("CLI", "read dates like 03/04/2027 as 3 April"))
    order.add_argument("--month-first", action="store_true",
                       help=translate("CLI", "read dates like 03/04/2027 as March 4"))
    parser.add_argument("--value", action="append", default=[], metavar="COLUMN:TEXT=VALUE",
                        help=translate("CLI", "read TEXT in column COLUMN (its header or field) as "
                                              "VALUE, e.g. --value 'Benefit area:Finanse=finance' "
                                              "or --value 'Departments:Mktg=Marketing' "
                                              "(repeatable)"))
    parser.add_argument("--refuse-cycles", action="store_true",
                        help=translate("CLI", "refuse rows whose dependencies close a cycle (by "
                                              "default a cycle is imported and reported as CR201)"))
    parser.add_argument("--refuse-existing", action="store_true",
                        help=translate("CLI", "report titles already in the roadmap instead of "
                                              "updating them"))
    parser.add_argument("--it", action="append", default=[], metavar="DEPARTMENT",
                        help=translate("CLI", "mark a new department as IT (repeatable)"))
    parser.add_argument("--not-it", action="append", default=[], metavar="DEPARTMENT",
                        help=translate("CLI", "mark a new department as not IT, whatever its name "
                                              "suggests"))
    parser.add_argument("--preset", metavar="TOOL",
                        help=translate("CLI", "read the sheet as a planning tool's CSV export: "
                                              "jira, msproject, aha or productplan ('none' reads "
                                              "it as it is; by default an export is recognised "
                                              "from its headers)"))
    parser.add_argument("--mapping", metavar="NAME",
                        help=translate("CLI", "use the column and value mappings and date order "
                                              "saved as NAME (--map, --value and "
                                              "--day-first/--month-first given here win)"))
    parser.add_argument("--save-mapping", dest="save_mapping", metavar="NAME",
                        help=translate("CLI", "save this import's --map, --value and date order as "
                                              "NAME, to reuse with --mapping NAME (in the per-user "
                                              "folder: $XDG_CONFIG_HOME/crossroads/mappings on "
                                              "Linux, %%APPDATA%%\\Crossroads\\mappings on "
                                              "Windows, ~/Library/Application "
                                              "Support/Crossroads/mappings on macOS)"))
    parser.add_argument("--encoding", help=translate("CLI", "the CSV file's encoding (default: "
                                                            "detected)"))
    parser.add_argument("--sheet-name", dest="sheet_name",
                        help=translate("CLI", "the workbook sheet to read (default: 'Initiatives' "
                                              "or the first)"))
    parser.set_defaults(handler=run)


def options_from(args: argparse.Namespace) -> ImportOptions:
    """The ImportOptions the command-line arguments ask for."""
    from ..spreadsheet.columns import COLUMNS
    from ..spreadsheet.dates import DateOrder
    from ..spreadsheet.plan import ImportOptions

    keys = {c.key for c in COLUMNS}
    by_header = {c.header.casefold(): c.key for c in COLUMNS}
    mapping: dict[int | str, str | None] = {}
    for item in args.map:
        header, sep, target = item.rpartition("=")
        if not sep or not header.strip():
            raise CommandError(translate("CLI", "--map {item}: write it as HEADER=FIELD").format(
                item=repr(item)))
        target = target.strip()
        field = None if target in ("-", "") else by_header.get(
            target.casefold(), target.replace(" ", "_").casefold())
        if field is not None and field not in keys:
            raise CommandError(translate("CLI", "--map {item}: unknown field {field}; fields "
                                         "are {fields}").format(
                item=repr(item), field=repr(target), fields=", ".join(sorted(keys))))
        mapping[header.strip()] = field
    order = DateOrder.DAY_FIRST if args.day_first else (
        DateOrder.MONTH_FIRST if args.month_first else None)
    flags = {name: True for name in args.it} | {name: False for name in args.not_it}
    return ImportOptions(existing="refuse" if args.refuse_existing else "update",
                         date_order=order, mapping=mapping, it_departments=flags,
                         values=_values(args.value, mapping), refuse_cycles=args.refuse_cycles,
                         preset=_preset(args.preset))


def _preset(name: str | None) -> str | None:
    """The --preset a user names, checked: 'auto' when not given, None for 'none'."""
    from ..interop.presets import PRESETS

    if name is None:
        return "auto"
    folded = name.strip().casefold()
    if folded == "none":
        return None
    if folded not in PRESETS:
        raise CommandError(translate("CLI", "--preset {name}: unknown preset; presets are "
                                     "{presets} (or none)").format(
            name=repr(name), presets=", ".join(PRESETS)))
    return folded


def _values(items: list[str], mapping: dict[int | str, str | None]) -> dict[tuple[str, str], str]:
    """The --value COLUMN:TEXT=VALUE mappings, by column key (a --map'ped header included)."""
    from ..spreadsheet.columns import COLUMNS, match_header

    keys = {c.key for c in COLUMNS}
    values: dict[tuple[str, str], str] = {}
    for item in items:
        column, colon, rest = item.partition(":")
        text, equals, value = rest.rpartition("=")
        if not colon or not equals or not column.strip() or not text.strip():
            raise CommandError(translate("CLI", "--value {item}: write it as COLUMN:TEXT=VALUE, "
                                         "e.g. 'Benefit area:Finanse=finance'").format(
                item=repr(item)))
        name = column.strip()
        mapped = mapping.get(name)
        key = mapped if isinstance(mapped, str) else (
            name.replace(" ", "_").casefold() if name.replace(" ", "_").casefold() in keys
            else match_header(name))
        if key is None:
            raise CommandError(translate("CLI", "--value {item}: {name} is not a column the "
                                         "import reads; name its header or its field "
                                         "({fields})").format(
                item=repr(item), name=repr(name), fields=", ".join(sorted(keys))))
        values[(key, text.strip())] = value.strip()
    return values


def run(args: argparse.Namespace) -> int:
    """Read the sheet, plan, print the report; apply and save when clean.

    The cyclic garbage collector is paused for the whole command (reading
    included): a big sheet's cells, rows and plan are millions of objects in
    no reference cycle, which each collection would walk again, and a pause
    per step would leave every object it made for the first collection after
    it. Memory is still freed by reference counting as usual.
    """
    from ..spreadsheet.gcpause import paused_gc

    with paused_gc():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from roadmap.model.errors import ValidationError
    from roadmap.services.files import new_document, open_document, save_document

    from ..spreadsheet import apply_plan, build_plan, read_sheet

    options = options_from(args)
    check_input(args.sheet, "sheet")
    creating = isinstance(args.file, Path) and not args.file.exists()
    if creating and not args.file.parent.is_dir():
        raise CommandError(translate("CLI", "folder {path} does not exist").format(
            path=args.file.parent))
    started = time.perf_counter()
    sheet = read_sheet(args.sheet, encoding=args.encoding, sheet_name=args.sheet_name,
                       progress=_progress(translate("CLI", "Reading")))
    options = _saved_mappings(args, options, sheet.headers)
    doc = new_document(title=args.sheet.stem[:200] or translate("CLI", "Imported roadmap")) \
        if creating \
        else open_document(args.file)
    try:
        try:
            plan = build_plan(doc, sheet, options,
                              progress=_progress(translate("CLI", "Checking"), len(sheet.rows)))
        except ValidationError as error:  # a --map naming a column the sheet lacks
            raise CommandError(error.message) from None
        print(plan.report(limit=200))
        if not plan.ok:
            _hint_date_order(plan, args)
            return 1
        if args.dry_run:
            print(translate("CLI", "Dry run: nothing was written."))
            return 0
        change = apply_plan(doc, plan,
                            progress=_progress(translate("CLI", "Importing"), len(plan.rows)),
                            undoable=not creating)  # a new file: nothing here can undo
        if change.is_empty and not creating:
            print(translate("CLI", "The roadmap already matches the sheet: nothing changed."))
            return 0
        save_document(doc, args.file)
        if creating:
            done = translate("CLI", "{change}: Created {file} in {seconds} s.")
        else:
            done = translate("CLI", "{change}: Saved {file} in {seconds} s.")
        print(done.format(change=change.label, file=args.file,
                          seconds=formats.number(time.perf_counter() - started, 1, fixed=True)))
        return 0
    finally:
        doc.close()


def _saved_mappings(args: argparse.Namespace, options: ImportOptions,
                    headers: list[str]) -> ImportOptions:
    """Apply --mapping and do --save-mapping; a mapping file's fault is a CommandError."""
    from ..spreadsheet.mappings import (
        MappingError,
        apply_mapping,
        default_folder,
        from_options,
        load_mapping,
        save_mapping,
    )

    folder = default_folder()
    try:
        if args.mapping:
            options, notes = apply_mapping(options, load_mapping(folder, args.mapping), headers)
            for note in notes:
                print(note)
        if args.save_mapping:
            path = save_mapping(folder, from_options(args.save_mapping, options, headers))
            print(translate("CLI", "Saved the mapping {name} to {path}.").format(
                name=repr(args.save_mapping.strip()), path=path))
    except MappingError as error:
        raise CommandError(str(error)) from None
    return options


def _hint_date_order(plan: ImportPlan, args: argparse.Namespace) -> None:
    """Name the rows whose dates are ambiguous and the options that settle them."""
    if args.day_first or args.month_first:
        return
    rows = sorted({p.row for p in plan.all_problems()
                   if p.row is not None and (p.ambiguous or "is ambiguous:" in p.message)})
    if rows:
        shown = ", ".join(str(r) for r in rows[:20]) + (" ..." if len(rows) > 20 else "")
        print(translate("CLI", "Dates such as 03/04/2027 are ambiguous on rows {rows}: run again "
                        "with --day-first (3 April) or --month-first (March 4), or write them "
                        "as YYYY-MM-DD.").format(rows=shown))


def _progress(stage: str, rows: int | None = None) -> Progress:
    """A progress callback printing about every tenth of the way on stderr, for big sheets."""
    last = -1

    def report(done: int, total: int) -> None:
        nonlocal last
        if (rows if rows is not None else total) <= BIG or total <= 0:
            return
        tenth = done * 10 // total
        if tenth != last:
            last = tenth
            print(translate("CLI", "{stage}: {done} of {total}").format(
                stage=stage, done=formats.number(done), total=formats.number(total)),
                file=sys.stderr, flush=True)

    return report
