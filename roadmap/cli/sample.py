"""`sample PATH`: write the bundled sample roadmap to a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from . import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `sample` subcommand."""
    parser = subparsers.add_parser(
        "sample", help="write the sample retailer roadmap to PATH",
        description="Write the sample mid-size retailer's 2027-2028 e-commerce roadmap.",
    )
    parser.add_argument("path", type=Path, help="where to write the .roadmap file")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the sample to args.path."""
    from ..sample import write_sample

    path: Path = args.path
    if path.exists() and not args.force:
        raise CommandError(f"{path} already exists; use --force to overwrite it")
    if path.parent and not path.parent.exists():
        raise CommandError(f"folder {path.parent} does not exist")
    write_sample(path)
    print(f"Wrote the sample roadmap to {path}")
    return 0
