"""Headless subcommands of `python main.py`.

Each command lives in its own module with `register(subparsers)`, which adds
its parser and sets `handler`; a handler returns the process exit status.
Errors the user can fix raise RoadmapError or CommandError and are printed
as one clear line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import NoReturn

from .. import __version__
from ..i18n import QT_TRANSLATE_NOOP, translate

# Command modules, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "sample", "check", "export", "generate", "import_cmd", "export_sheet", "snapshot", "diff",
    "publish", "pull", "bench",
)


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr, then exit 2."""

    def error(self, message: str) -> NoReturn:
        """Print the mistake and where to read more (ArgumentParser.error)."""
        self.exit(2, translate("CLI", "{prog}: {message} (see '{prog} --help')").format(
            prog=self.prog, message=message) + "\n")


class CommandError(Exception):
    """A command-line mistake (bad argument, missing file) with a message for the user."""


def check_output(path: Path, *, suffixes: tuple[str, ...] = (),
                 force: bool | None = None) -> None:
    """Refuse, before any work is done, an output path the command could not write.

    The name must end in one of `suffixes` (when given); a folder is refused;
    an existing file only without `force` (None: the command always
    overwrites, as an export does); and the folder must exist. Every command
    words these refusals the same way.
    """
    if suffixes and path.suffix.lower() not in suffixes:
        raise CommandError(translate("CLI", "{path}: the output should end in {suffixes}").format(
            path=path, suffixes=translate("CLI", " or ").join(suffixes)))
    if path.is_dir():
        raise CommandError(translate("CLI", "{path} is a folder; name the file to write").format(
            path=path))
    if force is False and path.exists():
        raise CommandError(translate("CLI", "{path} already exists; use --force to overwrite "
                                     "it").format(path=path))
    if not path.parent.is_dir():
        raise CommandError(translate("CLI", "folder {path} does not exist").format(
            path=path.parent))


def roadmap_location(text: str) -> Path | str:
    """A FILE argument: a .roadmap path, or a postgresql:// address kept exactly as typed."""
    from roadmap.storage.server import is_server_url

    return text if is_server_url(text) else Path(text)


INPUTS = (QT_TRANSLATE_NOOP("CLI", "logo"), QT_TRANSLATE_NOOP("CLI", "sheet"))
"""What check_input's `what` names (English; translated in its messages)."""


def check_input(path: Path, what: str) -> None:
    """Refuse a missing input file, or a folder given for one (`what` names it: 'logo')."""
    if not path.exists():
        raise CommandError(translate("CLI", "{what} {path} does not exist").format(
            what=translate("CLI", what), path=path))
    if path.is_dir():
        raise CommandError(translate("CLI", "{what} {path} is a folder, not a file").format(
            what=translate("CLI", what), path=path))


def command_names() -> list[str]:
    """The subcommand names `main.py` recognises as its first argument."""
    return [name.replace("_", "-").removesuffix("-cmd") for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    """The parser of every headless subcommand."""
    parser = OneLineParser(
        prog="crossroads",
        description=translate("CLI", "Crossroads headless commands (run without a command to "
                              "open the app)."),
    )
    parser.add_argument("--version", action="version", version=f"Crossroads {__version__}")
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=OneLineParser
    )
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser
