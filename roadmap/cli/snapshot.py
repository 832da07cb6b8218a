"""`snapshot FILE`: take, list, rename or delete the snapshots kept inside a roadmap.

    python main.py snapshot plan.roadmap --name "Board Q1"   take one (saved at once)
    python main.py snapshot plan.roadmap                     take 'Board <date>'
    python main.py snapshot plan.roadmap --list              name, date and size of each
    python main.py snapshot plan.roadmap --rename OLD NEW
    python main.py snapshot plan.roadmap --delete NAME

Exit status: 0 done, 2 the file cannot be read or written, or a name is
empty, too long, already used or unknown (one line on stderr).
"""

from __future__ import annotations

import argparse
import time

from roadmap import formats
from roadmap.i18n import translate
from roadmap.model.wording import counted

from . import roadmap_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `snapshot` subcommand."""
    parser = subparsers.add_parser(
        "snapshot", help=translate("CLI", "take, list, rename or delete the snapshots kept in a "
                                   "roadmap"),
        description=translate(
            "CLI", "A snapshot is a named, dated, read-only copy of the whole roadmap "
            "(initiatives, links, budgets, dates, owners, accepted findings and the findings as "
            "computed then), kept inside the .roadmap file. Without an option, takes one named "
            "'Board <date>'. The file is saved at once (an older format is upgraded, with a "
            "backup)."),
    )
    parser.add_argument("file", type=roadmap_location,
                        help=translate("CLI", "the .roadmap file, or a postgresql:// address"))
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--name", help=translate("CLI", "take a snapshot with this name (default "
                                               "'Board <date>')"))
    what.add_argument("--list", action="store_true",
                      help=translate("CLI", "list the snapshots, oldest first"))
    what.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"),
                      help=translate("CLI", "rename a snapshot"))
    what.add_argument("--delete", metavar="NAME", help=translate("CLI", "delete a snapshot"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.file, do what was asked, save when something changed."""
    from roadmap.services.files import open_document, save_document
    from roadmap.snapshots.payload import take_snapshot

    doc = open_document(args.file)
    try:
        if args.list:
            snapshots = doc.snapshots.all()
            if not snapshots:
                print(translate("CLI", "{file} holds no snapshot yet; take one with 'crossroads "
                                "snapshot {file} --name NAME'.").format(file=args.file))
            for info in snapshots:
                size = len(doc.snapshots.payload(info.id))
                print(f"{formats.day_time(info.taken_at)}  {info.name}  "
                      f"({formats.number(size / 1024)} kB)")
            return 0
        started = time.perf_counter()
        if args.rename:
            old, new = args.rename
            info = doc.snapshots.find(old)
            doc.snapshots.rename(info.id, new)
            message = translate("CLI", "Renamed snapshot {old} to {new}").format(
                old=repr(info.name), new=repr(doc.snapshots.get(info.id).name))
        elif args.delete:
            info = doc.snapshots.find(args.delete)
            doc.snapshots.delete(info.id)
            message = translate("CLI", "Deleted snapshot {name}").format(name=repr(info.name))
        else:
            change = take_snapshot(doc, args.name)
            row = change.rows[0].after
            assert row is not None
            count = len(doc.initiatives.all())
            message = counted(
                count, translate("CLI", "Took snapshot {name} of {count} initiative ({size} kB) "
                                 "in {seconds} s"),
                translate("CLI", "Took snapshot {name} of {count} initiatives ({size} kB) in "
                          "{seconds} s"),
                name=repr(row["name"]), size=formats.number(len(row["payload"]) / 1024),
                seconds=formats.number(time.perf_counter() - started, 2, fixed=True))
        save_document(doc)
        print(translate("CLI", "{message}; saved {file}.").format(message=message,
                                                                 file=args.file))
        return 0
    finally:
        doc.close()
