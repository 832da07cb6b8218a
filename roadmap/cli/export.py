"""`export FILE -o board.pdf|deck.pptx|plan.ics|plan.xml`: pack, deck, calendar, project.

    python main.py export plan.roadmap -o board.pdf [--page-size a4|letter]
        [--sections full|summary|timeline] [--as-of YYYY-MM-DD] [--logo PNG]
        [--lanes department|theme|status]
    python main.py export plan.roadmap -o deck.pptx [--as-of ...] [--lanes ...]

    python main.py export plan.roadmap -o plan.ics   (milestones, contract ends, board dates)
    python main.py export plan.roadmap -o plan.xml   (MS Project XML: MSPDI)

The output's suffix chooses the format. Prints where it wrote and every
pre-flight warning (labels shortened, characters no font has); on a terminal,
a run over a second shows its progress on stderr. Exit status 0 when written,
2 when an argument or the file is wrong (one line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from roadmap.boardpack.options import BoardPackOptions, PageSize, Sections
from roadmap.i18n import translate
from roadmap.model.wording import counted
from roadmap.views.timeline.model import LaneMode

from . import check_input, check_output, roadmap_location
from .progress import TerminalProgress

E = TypeVar("E", bound=StrEnum)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `export` subcommand; its choices are the members of the options' enums."""
    parser = subparsers.add_parser(
        "export", help=translate("CLI", "write the PDF board pack (or the PowerPoint deck) of a "
                                 "roadmap"),
        description=translate(
            "CLI", "Write the board pack of a .roadmap file as a landscape PDF: cover, executive "
            "summary, timeline, dependency map, ownership matrix, findings and appendix; or, for "
            "an output ending in .pptx, an editable 16:9 PowerPoint deck; .ics, an iCalendar "
            "file of milestones, vendor contract ends and board dates; .xml, an MS Project XML "
            "file (MSPDI) that MS Project, ProjectLibre and GanttProject open."),
    )
    parser.add_argument("file", type=roadmap_location,
                        help=translate("CLI", "the .roadmap file to export, or a postgresql:// "
                                       "address"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PDF|PPTX|ICS|XML",
                        help=translate("CLI", "where to write the PDF board pack; the deck if it "
                                       "ends in .pptx, the calendar (.ics) or the MS Project "
                                       "file (.xml)"))
    parser.add_argument("--page-size", type=_member(PageSize), choices=list(PageSize),
                        metavar=_metavar(PageSize), default=PageSize.A4,
                        help=translate("CLI", "landscape A4 (default) or Letter"))
    parser.add_argument("--sections", type=_member(Sections), choices=list(Sections),
                        metavar=_metavar(Sections), default=Sections.FULL,
                        help=translate("CLI", "full pack (default), summary (the executive "
                                       "one-pager) or timeline (the chart only)"))
    parser.add_argument("--as-of", type=_date, metavar="DATE", default=None,
                        help=translate("CLI", "the date the pack is as of (YYYY-MM-DD; default "
                                       "today)"))
    parser.add_argument("--since", metavar="NAME", default=None,
                        help=translate("CLI", "the snapshot the 'What changed since' page "
                                       "compares with (default: the latest; the page is left "
                                       "out when there is none)"))
    parser.add_argument("--logo", type=Path, metavar="PNG", default=None,
                        help=translate("CLI", "an image for the cover and the page header"))
    parser.add_argument("--lanes", type=_member(LaneMode), choices=list(LaneMode),
                        metavar=_metavar(LaneMode), default=LaneMode.DEPARTMENT,
                        help=translate("CLI", "timeline swimlanes by lead department (default), "
                                       "theme or status"))
    parser.set_defaults(handler=run)


def _member(enum: type[E]) -> Callable[[str], E]:
    """An argument type taking an enum member by its value, naming the choices if not one."""

    def parse(text: str) -> E:
        try:
            return enum(text.strip().lower())
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("CLI", "invalid choice: {text} (choose from {choices})").format(
                    text=repr(text), choices=", ".join(m.value for m in enum))
            ) from None

    return parse


def _metavar(enum: type[StrEnum]) -> str:
    return "{" + ",".join(m.value for m in enum) + "}"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "{text} is not a date (use YYYY-MM-DD)").format(text=repr(text))) from None


def _interop(location: Path | str, output: Path) -> int:
    """Write the iCalendar (.ics) or MS Project XML (.xml) export of a roadmap."""
    from roadmap.services.files import open_document

    doc = open_document(location)
    try:
        if output.suffix.lower() == ".ics":
            from roadmap.interop.ical import export_ical

            count = export_ical(doc, output)
            print(counted(count, translate("CLI", "Wrote {count} calendar event to {output}"),
                          translate("CLI", "Wrote {count} calendar events to {output}"),
                          output=output))
            return 0
        from roadmap.interop.mspdi_write import export_project

        result = export_project(doc, output)
    finally:
        doc.close()
    print(translate("CLI", "Wrote {tasks}, {milestones}, {links} and {resources} to "
                    "{output}").format(
        tasks=counted(result.tasks, translate("CLI", "{count} task"),
                      translate("CLI", "{count} tasks")),
        milestones=counted(result.milestones, translate("CLI", "{count} milestone"),
                           translate("CLI", "{count} milestones")),
        links=counted(result.links, translate("CLI", "{count} dependency"),
                      translate("CLI", "{count} dependencies")),
        resources=counted(result.resources, translate("CLI", "{count} resource"),
                          translate("CLI", "{count} resources")),
        output=output))
    for warning in result.warnings():
        print(translate("CLI", "warning: {warning}").format(warning=warning))
    return 0


def run(args: argparse.Namespace) -> int:
    """Open args.file and write its board pack to args.output."""
    from roadmap.boardpack.export import export_board_pack
    from roadmap.services.files import open_document

    output: Path = args.output
    check_output(output, suffixes=(".pdf", ".pptx", ".ics", ".xml"))
    if output.suffix.lower() in (".ics", ".xml"):
        return _interop(args.file, output)
    if args.logo is not None:
        check_input(args.logo, "logo")
    doc = open_document(args.file)
    progress = TerminalProgress()
    try:
        options = BoardPackOptions(sections=args.sections, page_size=args.page_size,
                                   lanes=args.lanes, as_of=args.as_of, logo=args.logo,
                                   since=args.since)
        if output.suffix.lower() == ".pptx":
            from roadmap.deck import export_deck

            deck = export_deck(doc, output, options, progress=progress)
            progress.finish()
            print(counted(deck.slides, translate("CLI", "Wrote {count} slide to {output}"),
                          translate("CLI", "Wrote {count} slides to {output}"), output=output))
            warnings = list(deck.warnings)
        else:
            result = export_board_pack(doc, output, options, progress=progress)
            progress.finish()
            print(counted(result.pages, translate("CLI", "Wrote {count} page to {output}"),
                          translate("CLI", "Wrote {count} pages to {output}"), output=output))
            warnings = result.warnings
    finally:
        progress.finish()
        doc.close()
    for warning in warnings:
        print(translate("CLI", "warning: {warning}").format(warning=warning))
    return 0
