"""Re-run the analysis shortly after the document changes, on the main thread.

Typing in a field produces an edit per keystroke; a single-shot timer
restarted by each change runs the analysis once the edits pause, for at
least 0.15 s and longer when the last analysis took longer (three times its
duration, up to 1.5 s). The
analysis takes well under 0.2 s at 2,000 initiatives and the SQLAlchemy
session is not thread-safe, so it runs on the GUI thread, not in a worker.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from roadmap.analysis import analyse

from .context import AppContext

log = logging.getLogger("crossroads")

DELAY_MS = 150
"""The least pause after an edit before the findings refresh."""
LONGEST_DELAY_MS = 1500
COST_FACTOR = 3
"""The pause waited is this many times the last analysis's duration (within the bounds):
on a large roadmap, whose analysis takes longer, the findings wait for typing to pause
for longer, so the GUI thread stays free while the user types."""


class AnalysisRefresher(QObject):
    """Debounces document changes into one analysis run, published on the context."""

    failed = Signal(str)
    """The analysis raised; the message says what went wrong."""

    def __init__(self, ctx: AppContext, analyser: Callable[[Any], Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.analyser = analyser or analyse
        self.last_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self.refresh_now)

    @property
    def pending(self) -> bool:
        """True while a refresh is scheduled but has not run yet."""
        return self._timer.isActive()

    def schedule(self) -> None:
        """Run the analysis after the edits pause (longer for a costlier analysis)."""
        pause = round(self.last_seconds * 1000 * COST_FACTOR)
        self._timer.setInterval(max(DELAY_MS, min(LONGEST_DELAY_MS, pause)))
        self._timer.start()

    def stop(self) -> None:
        """Cancel a scheduled refresh (the window is closing)."""
        self._timer.stop()

    def refresh_now(self) -> None:
        """Run the analysis at once and publish it."""
        self._timer.stop()
        started = time.perf_counter()
        try:
            analysis = self.analyser(self.ctx.doc)
        except Exception as error:
            log.exception("Analysis failed")
            self.failed.emit(f"The checks could not run: {error}")
            return
        self.last_seconds = time.perf_counter() - started
        self.ctx.publish_analysis(analysis)

    def _on_ctx_document_changed(self, _change: object) -> None:
        self.schedule()
