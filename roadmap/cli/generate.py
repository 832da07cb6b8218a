"""`generate --initiatives N PATH`: write a large generated roadmap, to try the app at scale."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from roadmap import formats
from roadmap.i18n import QT_TRANSLATE_NOOP, translate

from . import CommandError, check_output

TABLES = {
    "department": QT_TRANSLATE_NOOP("CLI", "department"),
    "owner": QT_TRANSLATE_NOOP("CLI", "owner"),
    "vendor": QT_TRANSLATE_NOOP("CLI", "vendor"),
    "initiative": QT_TRANSLATE_NOOP("CLI", "initiative"),
    "milestone": QT_TRANSLATE_NOOP("CLI", "milestone"),
    "dependency": QT_TRANSLATE_NOOP("CLI", "dependency"),
    "participation": QT_TRANSLATE_NOOP("CLI", "participation"),
    "vendor_use": QT_TRANSLATE_NOOP("CLI", "vendor use"),
}
"""What the summary calls each table's rows (English; translated where printed)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `generate` subcommand."""
    parser = subparsers.add_parser(
        "generate", help=translate("CLI", "write a generated roadmap of N initiatives to PATH"),
        description=translate("CLI", "Write a deterministic, realistic roadmap of N "
                              "initiatives (with departments, owners, vendors, milestones and "
                              "about 1.3 dependencies per initiative) for trying the app at "
                              "scale and for benchmarks."),
    )
    parser.add_argument("--initiatives", "-n", type=int, required=True, metavar="N",
                        help=translate("CLI", "how many initiatives (1 to 50,000)"))
    parser.add_argument("--seed", type=int, default=2027,
                        help=translate("CLI", "random seed; the same seed gives the same roadmap "
                                       "(default 2027)"))
    parser.add_argument("--force", action="store_true",
                        help=translate("CLI", "overwrite an existing file"))
    parser.add_argument("path", type=Path,
                        help=translate("CLI", "where to write the .roadmap file"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Generate the roadmap and save it to args.path."""
    from roadmap.samples.generate import MAX_INITIATIVES, MIN_INITIATIVES, generate_roadmap, summary
    from roadmap.services.files import save_document

    path: Path = args.path
    if not MIN_INITIATIVES <= args.initiatives <= MAX_INITIATIVES:
        raise CommandError(translate(
            "CLI", "--initiatives must be between {low} and {high}, not {value}").format(
            low=MIN_INITIATIVES, high=formats.number(MAX_INITIATIVES), value=args.initiatives))
    check_output(path, force=args.force)
    began = time.perf_counter()
    doc = generate_roadmap(args.initiatives, seed=args.seed)
    try:
        save_document(doc, path)
        counts = summary(doc)
    finally:
        doc.close()
    details = ", ".join(
        f"{formats.number(count)} "
        f"{translate('CLI', TABLES.get(table, table.replace('_', ' ')))}"
        for table, count in counts.items())
    print(translate("CLI", "Wrote {path} in {seconds} s: {details}").format(
        path=path, seconds=formats.number(time.perf_counter() - began, 1, fixed=True),
        details=details))
    return 0
