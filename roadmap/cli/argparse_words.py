"""argparse's own words ('usage:', 'show this help message and exit', its errors) translated.

argparse asks `gettext` for each of its texts through the module's `_` and
`ngettext` names, which Python ships no catalogue for. They are listed here
for the catalogue (context "argparse"), and `install_argparse_words` points
those two names at `roadmap.i18n.translate`, so `crossroads --help` and a
mistyped option read in the user's language like the rest of the command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from roadmap.i18n import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
"""Every argparse text a user of the commands can meet."""


def _gettext(text: str) -> str:
    return translate("argparse", text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def install_argparse_words() -> None:
    """Let argparse's own texts follow the installed language from now on."""
    hooks: dict[str, Callable[..., Any]] = {"_": _gettext, "ngettext": _ngettext}
    for name, hook in hooks.items():
        setattr(argparse, name, hook)
