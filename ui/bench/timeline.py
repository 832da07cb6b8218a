"""Timing of the timeline at scale, for the project benchmark.

`time_timeline(doc)` builds the timeline view for a roadmap offscreen and
measures what a user feels: building it, laying it out again (a zoom step or
an edit), and painting a full frame while scrolling and while a zoom is
previewed. A QApplication must exist (the benchmark creates one).
"""

from __future__ import annotations

import statistics
import time

from PySide6.QtWidgets import QApplication

from roadmap.services.document import Document
from ui.context import AppContext
from ui.views.timeline.view import TimelineView


def _frame_ms(view: TimelineView) -> float:
    started = time.perf_counter()
    view.canvas.viewport().grab()
    return (time.perf_counter() - started) * 1000


def time_timeline(doc: Document, *, size: tuple[int, int] = (1600, 1000),
                  frames: int = 12) -> dict[str, float]:
    """Seconds to build and relayout; milliseconds per frame scrolling and zooming.

    Keys: build_s (view built, data read, laid out), relayout_s (median of
    three relayouts, what a settled zoom step or an edit costs), scroll_ms
    (median full repaint at `frames` scroll positions spread over the chart),
    zoom_preview_ms (median repaint of a Ctrl+wheel step before it settles),
    bars, arrows.
    """
    ctx = AppContext(doc)
    started = time.perf_counter()
    view = TimelineView(ctx)
    view.resize(*size)
    view.show()
    while view.scene.layout is None and view.isVisible():  # laid out once the size settles
        QApplication.processEvents()
    view.canvas.set_px_per_day(2.0)
    build = time.perf_counter() - started
    relayouts = []
    for _ in range(3):
        started = time.perf_counter()
        view.scene.relayout()
        relayouts.append(time.perf_counter() - started)
    h, v = view.canvas.horizontalScrollBar(), view.canvas.verticalScrollBar()
    scroll = []
    for i in range(frames):
        h.setValue(h.maximum() * (i % 4) // 3)
        v.setValue(v.maximum() * i // max(frames - 1, 1))
        scroll.append(_frame_ms(view))
    zoom = []
    for i in range(frames):
        view.canvas.zoom_by(1.25 if i % 2 == 0 else 0.8)
        zoom.append(_frame_ms(view))
    view.canvas._apply_pending_zoom()  # settle the last preview before closing
    result = {
        "build_s": build,
        "relayout_s": statistics.median(relayouts),
        "scroll_ms": statistics.median(scroll),
        "zoom_preview_ms": statistics.median(zoom),
        "bars": float(len(view.scene.bars)),
        "arrows": float(len(view.scene.arrows)),
    }
    view.close()
    view.deleteLater()
    return result
