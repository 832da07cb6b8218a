"""`generate --initiatives N PATH`: write a large generated roadmap, to try the app at scale."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from . import CommandError, check_output


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `generate` subcommand."""
    parser = subparsers.add_parser(
        "generate", help="write a generated roadmap of N initiatives to PATH",
        description="Write a deterministic, realistic roadmap of N initiatives (with "
                    "departments, owners, vendors, milestones and about 1.3 dependencies "
                    "per initiative) for trying the app at scale and for benchmarks.",
    )
    parser.add_argument("--initiatives", "-n", type=int, required=True, metavar="N",
                        help="how many initiatives (1 to 50,000)")
    parser.add_argument("--seed", type=int, default=2027,
                        help="random seed; the same seed gives the same roadmap (default 2027)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument("path", type=Path, help="where to write the .roadmap file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Generate the roadmap and save it to args.path."""
    from roadmap.samples.generate import MAX_INITIATIVES, MIN_INITIATIVES, generate_roadmap, summary
    from roadmap.services.files import save_document

    path: Path = args.path
    if not MIN_INITIATIVES <= args.initiatives <= MAX_INITIATIVES:
        raise CommandError(
            f"--initiatives must be between {MIN_INITIATIVES} and {MAX_INITIATIVES:,}, "
            f"not {args.initiatives}")
    check_output(path, force=args.force)
    began = time.perf_counter()
    doc = generate_roadmap(args.initiatives, seed=args.seed)
    try:
        save_document(doc, path)
        counts = summary(doc)
    finally:
        doc.close()
    details = ", ".join(f"{count:,} {table.replace('_', ' ')}" for table, count in counts.items())
    print(f"Wrote {path} in {time.perf_counter() - began:.1f} s: {details}")
    return 0
