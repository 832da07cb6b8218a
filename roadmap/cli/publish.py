"""`publish FILE URL`: copy a .roadmap file into an empty PostgreSQL database."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from roadmap import formats
from roadmap.i18n import translate

from . import CommandError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `publish` subcommand."""
    parser = subparsers.add_parser(
        "publish", help=translate("CLI", "copy a .roadmap file into an empty PostgreSQL "
                                  "database"),
        description=translate("CLI", "Copy FILE (roadmap, findings' acceptances and actions, "
                              "layout, snapshots) into the empty database at URL, for a team to "
                              "share. The password comes from ~/.pgpass, a service file, "
                              "PGPASSWORD or the system keyring, never from the URL."),
    )
    parser.add_argument("file", type=Path, help=translate("CLI", "the .roadmap file"))
    parser.add_argument("url", help="postgresql://[user@]host[:port]/database[?sslmode=...]")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.file and copy it to args.url."""
    from roadmap.services.files import open_document
    from roadmap.services.shared import publish
    from roadmap.storage.server import display_url, is_server_url

    if not is_server_url(args.url):
        raise CommandError(translate("CLI", "{url} is not a postgresql:// address").format(
            url=args.url))
    started = time.perf_counter()
    doc = open_document(args.file)
    try:
        counts = publish(doc, args.url)
    finally:
        doc.close()
    print(translate("CLI", "Published {file} to {url}: {initiatives} initiatives, {snapshots} "
                    "snapshots in {seconds} s.").format(
        file=args.file, url=display_url(args.url), initiatives=counts.get("initiative", 0),
        snapshots=counts.get("snapshot", 0),
        seconds=formats.number(time.perf_counter() - started, 1, fixed=True)))
    return 0
