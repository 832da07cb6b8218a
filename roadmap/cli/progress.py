"""Progress on a terminal for any run over a second: one line, rewritten in place.

Nothing is printed when stderr is not a terminal (a script or a pipe reads
only the result), nor for a run that ends within the first second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from roadmap import formats

SHOW_AFTER = 1.0
"""Seconds before the first progress line appears."""


class TerminalProgress:
    """A progress callback `(what, fraction or None)` drawing one line on a terminal."""

    def __init__(self, stream: TextIO | None = None, *, show_after: float = SHOW_AFTER,
                 ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.show_after = show_after
        self.started = time.monotonic()
        self.shown = False
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, what: str, done: float | None) -> None:
        """Show `what` (and a percentage when known) once a second has passed."""
        if not self.enabled or time.monotonic() - self.started < self.show_after:
            return
        line = f"{what}…" if done is None else f"{what}… {formats.percent(done)}"
        self.stream.write("\r\x1b[K" + line[:78])
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        """Clear the progress line, if one was shown."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
