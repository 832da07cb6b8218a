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

from roadmap.model.wording import plural

from . import roadmap_location


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `snapshot` subcommand."""
    parser = subparsers.add_parser(
        "snapshot", help="take, list, rename or delete the snapshots kept in a roadmap",
        description="A snapshot is a named, dated, read-only copy of the whole roadmap "
        "(initiatives, links, budgets, dates, owners, accepted findings and the findings as "
        "computed then), kept inside the .roadmap file. Without an option, takes one named "
        "'Board <date>'. The file is saved at once (an older format is upgraded, with a "
        "backup).",
    )
    parser.add_argument("file", type=roadmap_location,
                        help="the .roadmap file, or a postgresql:// address")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--name", help="take a snapshot with this name (default 'Board <date>')")
    what.add_argument("--list", action="store_true", help="list the snapshots, oldest first")
    what.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), help="rename a snapshot")
    what.add_argument("--delete", metavar="NAME", help="delete a snapshot")
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
                print(f"{args.file} holds no snapshot yet; take one with "
                      f"'crossroads snapshot {args.file} --name NAME'.")
            for info in snapshots:
                size = len(doc.snapshots.payload(info.id))
                print(f"{info.taken_at:%Y-%m-%d %H:%M}  {info.name}  ({size / 1024:,.0f} kB)")
            return 0
        started = time.perf_counter()
        if args.rename:
            old, new = args.rename
            info = doc.snapshots.find(old)
            doc.snapshots.rename(info.id, new)
            message = f"Renamed snapshot {info.name!r} to {doc.snapshots.get(info.id).name!r}"
        elif args.delete:
            info = doc.snapshots.find(args.delete)
            doc.snapshots.delete(info.id)
            message = f"Deleted snapshot {info.name!r}"
        else:
            change = take_snapshot(doc, args.name)
            row = change.rows[0].after
            assert row is not None
            count = len(doc.initiatives.all())
            message = (f"Took snapshot {row['name']!r} of {plural(count, 'initiative')} "
                       f"({len(row['payload']) / 1024:,.0f} kB) in "
                       f"{time.perf_counter() - started:.2f} s")
        save_document(doc)
        print(f"{message}; saved {args.file}.")
        return 0
    finally:
        doc.close()
