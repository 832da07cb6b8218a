"""Re-run the analysis shortly after the document changes, in the background.

Typing in a field produces an edit per keystroke; a single-shot timer
restarted by each change runs the analysis once the edits pause, for at
least 0.15 s and longer when the last analysis took longer (three times its
duration, up to 1.5 s).

The document's incremental analyser (`roadmap.analysis.incremental`)
follows an ordinary edit in a few hundredths of a second at 2,000
initiatives; that runs on the GUI thread, which reads the document anyway.
What it must analyse from scratch (a department renamed, a setting, a new
day) is split: the GUI thread reads the document (the SQLAlchemy session is
not thread-safe) and a worker thread computes the analysis, which at 2,000
initiatives is most of the cost. The worker's result is published only if
no edit came in meanwhile, and then becomes the incremental analyser's
base; otherwise it is dropped and the next run, already scheduled by that
edit, takes its place. Opening a roadmap (`refresh_now`) analyses at once,
on the GUI thread, so the first paint shows the findings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from roadmap.analysis import Analysis
from roadmap.analysis.incremental import Prepared, analyser_for

from .context import AppContext

log = logging.getLogger("crossroads")

DELAY_MS = 150
"""The least pause after an edit before the findings refresh."""
LONGEST_DELAY_MS = 1500
COST_FACTOR = 3
"""The pause waited is this many times the last analysis's duration (within the bounds):
on a large roadmap, whose analysis takes longer, the findings wait for typing to pause
for longer."""


def incremental_analysis(doc: Any) -> Analysis:
    """The document's analysis now, from its incremental analyser (the default analyser)."""
    return analyser_for(doc).analysis()


class AnalysisRefresher(QObject):
    """Debounces document changes into one analysis run, published on the context."""

    failed = Signal(str)
    """The analysis raised; the message says what went wrong."""
    _finished = Signal(int, object, float)
    """(generation, Analysis or the exception, seconds), sent from the worker thread."""

    def __init__(self, ctx: AppContext, analyser: Callable[[Any], Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.analyser = analyser or incremental_analysis
        self.last_seconds = 0.0
        self._generation = 0
        self._running = False
        self._again = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._start_in_background)
        self._finished.connect(self._on_finished)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self.refresh_now)

    @property
    def pending(self) -> bool:
        """True while a refresh is scheduled or running and not yet published."""
        return self._timer.isActive() or self._running

    def schedule(self) -> None:
        """Run the analysis after the edits pause (longer for a costlier analysis)."""
        pause = round(self.last_seconds * 1000 * COST_FACTOR)
        self._timer.setInterval(max(DELAY_MS, min(LONGEST_DELAY_MS, pause)))
        self._timer.start()

    def stop(self) -> None:
        """Cancel a scheduled refresh and drop one under way (the window is closing)."""
        self._timer.stop()
        self._generation += 1
        self._again = False
        self._pool.waitForDone()

    def refresh_now(self) -> None:
        """Run the analysis at once, on this thread, and publish it."""
        self._timer.stop()
        self._generation += 1  # a background run still going is now out of date
        started = time.perf_counter()
        try:
            analysis = self.analyser(self.ctx.doc)
        except Exception as error:
            log.exception("Analysis failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "AnalysisRefresher", "The checks could not run: {error}"
                ).format(error=error)
            )
            return
        self.last_seconds = time.perf_counter() - started
        self.ctx.publish_analysis(analysis)

    def _start_in_background(self) -> None:
        if self._running:
            self._again = True  # one run at a time; the next starts when this one ends
            return
        doc = self.ctx.doc
        if self.analyser is not incremental_analysis or analyser_for(doc).follows():
            self.refresh_now()  # an edit followed incrementally, or a stand-in analyser (tests)
            return
        started = time.perf_counter()
        try:
            compute = analyser_for(doc).prepare_full()
        except Exception as error:
            log.exception("Analysis failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "AnalysisRefresher", "The checks could not run: {error}"
                ).format(error=error)
            )
            return
        read = time.perf_counter() - started
        generation = self._generation
        self._running = True

        def work() -> None:
            begun = time.perf_counter()
            try:
                result: object = compute()
            except Exception as error:  # reported on the GUI thread
                result = error
            self._finished.emit(generation, result, read + time.perf_counter() - begun)

        self._pool.start(work)

    def _on_finished(self, generation: int, result: object, seconds: float) -> None:
        self._running = False
        if generation == self._generation:
            if isinstance(result, Exception):
                log.error("Analysis failed", exc_info=result)
                self.failed.emit(
                    QCoreApplication.translate(
                        "AnalysisRefresher", "The checks could not run: {result}"
                    ).format(result=result)
                )
            elif isinstance(result, Prepared):
                self.last_seconds = seconds
                self.ctx.publish_analysis(analyser_for(self.ctx.doc).adopt(result))
        if self._again:
            self._again = False
            self._start_in_background()

    def _on_ctx_document_changed(self, _change: object) -> None:
        self._generation += 1
        self.schedule()

