"""Crossroads entry point: the window by default, headless subcommands for scripts.

`python main.py [FILE]` opens the app; `python main.py COMMAND ...` runs a
headless command (see `python main.py --help`). Whatever goes wrong, the
user sees one clear line and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from roadmap import __version__
from roadmap.cli import (
    CommandError,
    OneLineParser,
    build_parser,
    command_names,
    roadmap_location,
)
from roadmap.model.errors import RoadmapError


def _window_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="crossroads",
        description="Plan e-commerce initiatives as a dependency graph; export a board pack.",
        epilog="Headless commands: " + ", ".join(command_names())
        + ". Run 'crossroads COMMAND --help' for each.",
    )
    parser.add_argument("--version", action="version", version=f"Crossroads {__version__}")
    parser.add_argument("file", nargs="?", type=roadmap_location,
                        help="a .roadmap file, or a postgresql://host/db address, to open")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="render the window offscreen to PNG and exit")
    parser.add_argument("--picture", type=Path, metavar="PNG|SVG",
                        help="write the --view (timeline, graph, table or matrix) as a PNG or "
                             "SVG picture of --size and exit")
    parser.add_argument("--view", metavar="NAME", help="the view to show first")
    parser.add_argument("--size", default=None, metavar="WxH",
                        help="window size for --screenshot (default 1600x1000), picture size "
                             "for --picture (default 1920x1080)")
    parser.add_argument("--present", metavar="PAGE",
                        help="with --screenshot: render presentation page PAGE (1-5 or a "
                             "name such as timeline) instead of the main window")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app or a headless command; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in command_names():
            args = build_parser().parse_args(argv)
            return int(args.handler(args))
        args = _window_parser().parse_args(argv)
        from ui.app import run_app

        return run_app(args)
    except (CommandError, RoadmapError) as error:
        print(f"crossroads: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("crossroads: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"crossroads: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
