"""`bench [--sizes 200,2000,10000] [--json PATH] [--server URL]`: time and memory of every stage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from roadmap.i18n import translate
from roadmap.model.errors import RoadmapWriteError

from . import CommandError, check_output


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "{text} is not a list of sizes like 200,2000,10000").format(
            text=repr(text))) from None
    if not sizes or any(not 1 <= size <= 50_000 for size in sizes):
        raise argparse.ArgumentTypeError(translate(
            "CLI", "sizes must be between 1 and 50,000 initiatives"))
    return sizes


def stage_names() -> list[str]:
    """The stages `--stages` may name, in the order they run."""
    from roadmap.bench.runner import COLD_START, STAGES

    return [COLD_START.name, *(stage.name for stage in STAGES if stage.name != "generate")]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `bench` subcommand."""
    parser = subparsers.add_parser(
        "bench", help=translate("CLI", "benchmark every stage on generated roadmaps"),
        description=translate("CLI", "Generate roadmaps of each size and report, stage by "
                              "stage, wall time and peak memory (each stage in a fresh "
                              "process), the target and a verdict, and our time as a ratio to "
                              "two floors (a raw sqlite3 read and a bare networkx topological "
                              "sort)."),
    )
    parser.add_argument("--sizes", type=_sizes, default=[200, 2000, 10_000],
                        metavar="N,N,...",
                        help=translate("CLI", "initiative counts (default 200,2000,10000)"))
    parser.add_argument("--json", type=Path, metavar="PATH",
                        help=translate("CLI", "also write the records as JSON to PATH"))
    parser.add_argument("--seed", type=int, default=2027,
                        help=translate("CLI", "generator seed (default 2027)"))
    parser.add_argument("--stages", metavar="NAME,...",
                        help=translate("CLI", "only these stages (generate always runs): "
                                       "{stages}").format(stages=", ".join(stage_names())))
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help=translate("CLI", "run each stage R times (fresh processes) and keep "
                                       "the fastest"))
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help=translate("CLI", "keep the generated files and PDFs in DIR"))
    parser.add_argument("--server", metavar="URL",
                        help=translate("CLI", "also measure a shared roadmap on this PostgreSQL "
                                       "server (postgresql://ROLE@HOST/DB, a role that may "
                                       "create databases: each server stage makes its own and "
                                       "drops it)"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the benchmark, print the table, optionally write JSON; 0 unless a stage failed."""
    from roadmap.bench.runner import (
        NO_SERVER,
        TARGET_SIZE,
        format_table,
        growth,
        run_bench,
        server_stages_left_out,
        to_json,
    )
    from roadmap.storage.server import is_server_url

    if args.json is not None:
        check_output(args.json)
    if args.keep is not None and args.keep.exists() and not args.keep.is_dir():
        raise CommandError(translate("CLI", "--keep {path} is a file, not a folder").format(
            path=args.keep))
    if not 1 <= args.repeat <= 20:
        raise CommandError(translate("CLI", "--repeat must be between 1 and 20"))
    if args.server is not None and not is_server_url(args.server):
        raise CommandError(translate("CLI", "--server {url} is not a postgresql:// "
                                     "address").format(url=args.server))
    stages = [s.strip() for s in args.stages.split(",") if s.strip()] if args.stages else None
    unknown = sorted(set(stages or ()) - set(stage_names()))
    if unknown:
        raise CommandError(translate("CLI", "--stages: unknown stage {unknown}; stages are "
                                     "{stages}").format(unknown=", ".join(unknown),
                                                        stages=", ".join(stage_names())))
    print(translate("CLI", "Benchmark: sizes {sizes}; each stage in a fresh process; seconds = "
                    "wall time; peak MB = peak RSS of that process.").format(
        sizes=", ".join(f"{s:,}" for s in args.sizes)), flush=True)

    def progress(record: object) -> None:
        print(".", end="", file=sys.stderr, flush=True)

    try:
        records = run_bench(args.sizes, seed=args.seed, work=args.keep, stages=stages,
                            repeat=args.repeat, server=args.server, progress=progress)
    except OSError as error:  # --keep names a folder that cannot be made or written
        raise RoadmapWriteError(args.keep or translate("CLI", "the benchmark folder"),
                                error.strerror or str(error)) from None
    print(file=sys.stderr)
    print(format_table(records))
    high = max(args.sizes)
    below = [size for size in args.sizes if size < high]
    low = TARGET_SIZE if TARGET_SIZE in below else min(below, default=high)
    ratios = growth(records, low, high) if low < high else {}
    if ratios:
        print("\n" + translate("CLI", "Growth from {low} to {high} initiatives (linear would be "
                               "{linear}x): {ratios}").format(
            low=f"{low:,}", high=f"{high:,}", linear=f"{high / low:g}",
            ratios=", ".join(f"{stage} {ratio:g}x" for stage, ratio in ratios.items())))
    left_out = server_stages_left_out(stages, args.server)
    if left_out:
        print("\n" + translate("CLI", "Not run: {stages} ({why})").format(
            stages=", ".join(left_out), why=NO_SERVER))
    if args.json is not None:
        try:
            args.json.write_text(to_json(records) + "\n", encoding="utf-8")
        except OSError as error:
            raise RoadmapWriteError(args.json, error.strerror or str(error)) from None
        print(translate("CLI", "Wrote {path}").format(path=args.json))
    return 1 if any(r.verdict == "failed" for r in records) else 0
