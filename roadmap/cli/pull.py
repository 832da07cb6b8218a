"""`pull URL FILE`: write a local .roadmap copy of a roadmap on a PostgreSQL server."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from roadmap import formats
from roadmap.i18n import translate

from . import CommandError, check_output


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `pull` subcommand."""
    parser = subparsers.add_parser(
        "pull", help=translate("CLI", "write a local .roadmap copy of a roadmap on a PostgreSQL "
                               "server"),
        description=translate("CLI", "Copy the roadmap at URL, with its layout and snapshots, "
                              "into FILE."),
    )
    parser.add_argument("url", help="postgresql://[user@]host[:port]/database")
    parser.add_argument("file", type=Path, help=translate("CLI", "the .roadmap file to write"))
    parser.add_argument("--force", action="store_true",
                        help=translate("CLI", "overwrite an existing file"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Open args.url and save a copy as args.file."""
    from roadmap.services.files import open_document, save_document
    from roadmap.services.shared import pull
    from roadmap.storage.server import display_url, is_server_url

    if not is_server_url(args.url):
        raise CommandError(translate("CLI", "{url} is not a postgresql:// address").format(
            url=args.url))
    check_output(args.file, suffixes=(".roadmap",), force=args.force)
    started = time.perf_counter()
    doc = open_document(args.url)
    try:
        copy = pull(doc)
    finally:
        doc.close()
    try:
        save_document(copy, args.file)
    finally:
        copy.close()
    print(translate("CLI", "Pulled {url} into {file} in {seconds} s.").format(
        url=display_url(args.url), file=args.file,
        seconds=formats.number(time.perf_counter() - started, 1, fixed=True)))
    return 0
