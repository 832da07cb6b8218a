"""The `crossroads` command: the window by default, headless subcommands for scripts.

`crossroads [FILE]` (or `python main.py [FILE]`) opens the app;
`crossroads COMMAND ...` runs a headless command (see `crossroads --help`);
`crossroads --install-desktop` registers the desktop entry, icon and MIME
type for this user. The headless paths import no Qt: the window's modules
load only when a window is asked for. Whatever goes wrong, the user sees
one clear line and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
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
from roadmap.i18n import (
    SOURCE_LANGUAGE,
    SUPPORTED_LANGUAGES,
    language_from_environment,
    translate,
)
from roadmap.model.errors import RoadmapError


def window_parser() -> argparse.ArgumentParser:
    """The options of the window (and of the desktop registration)."""
    parser = OneLineParser(
        prog="crossroads",
        description=translate(
            "Launch", "Plan e-commerce initiatives as a dependency graph; export a board pack."),
        epilog=translate("Launch", "Headless commands: {commands}. Run 'crossroads COMMAND "
                         "--help' for each.").format(commands=", ".join(command_names())),
    )
    parser.add_argument("--version", action="version", version=f"Crossroads {__version__}")
    parser.add_argument("file", nargs="?", type=roadmap_location, help=translate(
        "Launch", "a .roadmap file, or a postgresql://host/db address, to open"))
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=translate(
        "Launch", "render the window offscreen to PNG and exit"))
    parser.add_argument("--picture", type=Path, metavar="PNG|SVG", help=translate(
        "Launch", "write the --view (timeline, graph, table or matrix) as a PNG or SVG picture "
        "of --size and exit"))
    parser.add_argument("--view", metavar="NAME",
                        help=translate("Launch", "the view to show first"))
    parser.add_argument("--size", default=None, metavar="WxH", help=translate(
        "Launch", "window size for --screenshot (default 1600x1000), picture size for "
        "--picture (default 1920x1080)"))
    parser.add_argument("--language", metavar="CODE", help=translate(
        "Launch", "the language of the window and of the commands: {languages} (default: "
        "Preferences, else the system's)").format(languages=", ".join(SUPPORTED_LANGUAGES)))
    parser.add_argument("--present", metavar="PAGE", help=translate(
        "Launch", "with --screenshot: render presentation page PAGE (1-5 or a name such as "
        "timeline) instead of the main window"))
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true", help=translate(
        "Launch", "register the desktop entry, icon and .roadmap file type for this user "
        "(under $XDG_DATA_HOME) and exit"))
    desktop.add_argument("--uninstall-desktop", action="store_true", help=translate(
        "Launch", "remove what --install-desktop registered and exit"))
    return parser


def _desktop(install: bool) -> int:
    """Register (or remove) the desktop integration, printing one line per step."""
    from .desktop_install import install_desktop, uninstall_desktop

    steps = install_desktop() if install else uninstall_desktop()
    for step in steps:
        print(step)
    return 0


def _take_language(argv: list[str]) -> str | None:
    """The CODE of a leading `--language CODE` (or `--language=CODE`), removed from argv."""
    if argv and argv[0].startswith("--language="):
        return argv.pop(0).split("=", 1)[1]
    if len(argv) >= 2 and argv[0] == "--language":
        argv.pop(0)
        return argv.pop(0)
    return None


def _command_language(asked: str | None) -> None:
    """Translate the headless commands' messages into `asked`, else the locale's language.

    Only a language other than English loads anything (QtCore's translator).
    """
    from roadmap.i18n import supported

    if asked is not None and supported(asked) is None:
        raise CommandError(translate("Launch", "--language {asked!r} is not one of: {languages}")
                           .format(asked=asked, languages=", ".join(SUPPORTED_LANGUAGES)))
    language = supported(asked) or language_from_environment()
    if language != SOURCE_LANGUAGE:
        from roadmap.cli.argparse_words import install_argparse_words

        from .translation import apply_language

        apply_language(language)
        install_argparse_words()


def main(argv: list[str] | None = None) -> int:
    """Run the app, a headless command or the desktop registration; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        asked = _take_language(argv)
        if argv and argv[0] in command_names():
            _command_language(asked)
            args = build_parser().parse_args(argv)
            return int(args.handler(args))
        # The window's options are read in the language too (help, a mistyped option).
        _command_language(asked)
        if asked is not None:
            argv = ["--language", asked, *argv]
        args = window_parser().parse_args(argv)
        if args.install_desktop or args.uninstall_desktop:
            return _desktop(bool(args.install_desktop))
        from .app import run_app

        return run_app(args)
    except (CommandError, RoadmapError) as error:
        print(f"crossroads: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("crossroads: " + translate("Launch", "interrupted"), file=sys.stderr)
        return 130
    except OSError as error:
        print(f"crossroads: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 2


def command_line() -> int:
    """`main()` for a process that exits when it returns (the installed command, main.py).

    The objects left are frozen out of the collector first: the collection
    at interpreter exit would otherwise walk every object a large roadmap
    made (a quarter of a second after a 2,000-initiative board pack) only
    for the operating system to free the memory anyway. Tests call `main`.
    """
    status = main()
    gc.freeze()
    return status
