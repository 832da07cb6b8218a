"""`export-sheet FILE.roadmap OUT.csv|OUT.xlsx`: write the initiatives as a spreadsheet.

The sheet has the columns `import` reads (resources/templates/README.md), so
it can be edited and imported again; cells that would run as formulas are
neutralised with a leading apostrophe, which the importer removes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from roadmap.i18n import translate
from roadmap.model.wording import counted

from . import check_output, roadmap_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `export-sheet` subcommand."""
    parser = subparsers.add_parser(
        "export-sheet", help=translate("CLI", "export a roadmap's initiatives to CSV or .xlsx"),
        description=translate("CLI", "Write every initiative of a roadmap to a CSV or .xlsx "
                              "sheet, in the shape `import` reads back."),
    )
    parser.add_argument("file", type=roadmap_location,
                        help=translate("CLI", "the .roadmap file, or a postgresql:// address"))
    parser.add_argument("out", type=Path, help=translate("CLI", "the .csv or .xlsx file to write"))
    parser.add_argument("--force", action="store_true",
                        help=translate("CLI", "overwrite an existing file"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.file and write its initiatives to args.out."""
    from roadmap.services.files import open_document

    from ..spreadsheet import export_sheet

    out: Path = args.out
    check_output(out, suffixes=(".csv", ".xlsx"), force=args.force)
    doc = open_document(args.file)
    try:
        count = export_sheet(doc, out)
    finally:
        doc.close()
    print(counted(count, translate("CLI", "Wrote {count} initiative to {output}"),
                  translate("CLI", "Wrote {count} initiatives to {output}"), output=out))
    return 0
