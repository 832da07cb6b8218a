"""`sample PATH`: write the bundled sample roadmap to a file."""

from __future__ import annotations

import argparse
from pathlib import Path

from roadmap.i18n import translate

from . import check_output


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `sample` subcommand."""
    parser = subparsers.add_parser(
        "sample", help=translate("CLI", "write the sample retailer roadmap to PATH"),
        description=translate("CLI", "Write the sample mid-size retailer's 2027-2028 "
                              "e-commerce roadmap."),
    )
    parser.add_argument("path", type=Path,
                        help=translate("CLI", "where to write the .roadmap file"))
    parser.add_argument("--force", action="store_true",
                        help=translate("CLI", "overwrite an existing file"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the sample to args.path."""
    from roadmap.samples.bundled import write_sample

    path: Path = args.path
    check_output(path, force=args.force)
    write_sample(path)
    print(translate("CLI", "Wrote the sample roadmap to {path}").format(path=path))
    return 0
