"""`export FILE -o board.pdf`: write the board pack of a roadmap (PRODUCT.md §5).

    python main.py export plan.roadmap -o board.pdf [--page-size a4|letter]
        [--sections full|summary|timeline] [--as-of YYYY-MM-DD] [--logo PNG]
        [--lanes department|theme|status]

Prints where it wrote and every pre-flight warning (labels shortened,
characters the font lacks). Exit status 0 when written, 2 when an argument
or the file is wrong (one line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from . import check_input, check_output


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` subcommand."""
    from ..boardpack import LANE_CHOICES, PAGE_SIZES, SECTION_CHOICES

    parser = subparsers.add_parser(
        "export", help="write the PDF board pack of a roadmap",
        description="Write the board pack of a .roadmap file as a landscape PDF: cover, "
        "executive summary, timeline, dependency map, ownership matrix, findings and appendix.",
    )
    parser.add_argument("file", type=Path, help="the .roadmap file to export")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PDF",
                        help="where to write the PDF")
    parser.add_argument("--page-size", choices=tuple(PAGE_SIZES), default="a4",
                        help="landscape A4 (default) or Letter")
    parser.add_argument("--sections", choices=SECTION_CHOICES, default="full",
                        help="full pack (default), summary (the executive one-pager) or "
                        "timeline (the chart only)")
    parser.add_argument("--as-of", type=_date, metavar="DATE", default=None,
                        help="the date the pack is as of (YYYY-MM-DD; default today)")
    parser.add_argument("--logo", type=Path, metavar="PNG", default=None,
                        help="an image for the cover and the page header")
    parser.add_argument("--lanes", choices=LANE_CHOICES, default="department",
                        help="timeline swimlanes by lead department (default), theme or status")
    parser.set_defaults(handler=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def run(args: argparse.Namespace) -> int:
    """Open args.file and write its board pack to args.output."""
    from roadmap.services.files import open_document

    from ..boardpack import export_board_pack

    output: Path = args.output
    check_output(output, suffixes=(".pdf",))
    if args.logo is not None:
        check_input(args.logo, "logo")
    doc = open_document(args.file)
    try:
        result = export_board_pack(doc, output, page_size=args.page_size,
                                   sections=args.sections, as_of=args.as_of, logo=args.logo,
                                   lanes=args.lanes)
    finally:
        doc.close()
    print(f"Wrote {result.pages} pages to {output}")
    for warning in result.warnings:
        print(f"warning: {warning}")
    return 0
