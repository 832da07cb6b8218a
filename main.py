"""`python main.py ...` from a checkout: the same as the installed `crossroads` command.

The command itself lives in `ui/launch.py`, so an installed copy puts no
top-level `main` module into site-packages.
"""

from __future__ import annotations

import sys

from ui.launch import command_line, main

__all__ = ["command_line", "main"]

if __name__ == "__main__":
    sys.exit(command_line())
