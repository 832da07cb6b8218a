"""`publish FILE URL`: copy a .roadmap file into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from . import CommandError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `publish` subcommand."""
    parser = subparsers.add_parser(
        "publish", help="copy a .roadmap file into an empty PostgreSQL database",
        description="Copy FILE (roadmap, findings' acceptances and actions, layout, snapshots) "
                    "into the empty database at URL, for a team to share. The password comes "
                    "from ~/.pgpass, a service file, PGPASSWORD or the system keyring, never "
                    "from the URL.",
    )
    parser.add_argument("file", type=Path, help="the .roadmap file")
    parser.add_argument("url", help="postgresql://[user@]host[:port]/database[?sslmode=...]")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.file and copy it to args.url."""
    from roadmap.services.files import open_document
    from roadmap.services.shared import publish
    from roadmap.storage.server import display_url, is_server_url

    if not is_server_url(args.url):
        raise CommandError(f"{args.url} is not a postgresql:// address")
    started = time.perf_counter()
    doc = open_document(args.file)
    try:
        counts = publish(doc, args.url)
    finally:
        doc.close()
    print(f"Published {args.file} to {display_url(args.url)}: {counts.get('initiative', 0)} "
          f"initiatives, {counts.get('snapshot', 0)} snapshots in "
          f"{time.perf_counter() - started:.1f} s.")
    return 0
