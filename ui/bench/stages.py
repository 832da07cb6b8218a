"""The Qt stages of the benchmark, run offscreen in a fresh process by roadmap.bench.

`python -m ui.bench STAGE --file F --size N --work DIR` prints one
`BENCH-RESULT {json}` line like roadmap/bench/stages.py does:

- window: from the moment the parent launched this process (interpreter
  start-up and imports included, as `crossroads FILE`) to the main window
  shown with the roadmap loaded, its findings computed, its first paint
  done and the event queue empty (ready to use);
- cold-start: the same on the bundled sample;
- timeline / graph: one full repaint of the view's drawing area (its
  canvas viewport) at 1600x1000, as first shown (the graph fitted to the
  window), after the view was built and the event queue emptied; `grab()`
  renders every visible item once.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

from roadmap.bench.stages import Clock, Timing, run_child
from ui.bench.interactions import STAGES as INTERACTIONS
from ui.bench.window import WINDOW_SIZE, _application, _open, _settle, _show_window

LAUNCHED_ENV = "CROSSROADS_BENCH_LAUNCHED"
"""Set by the parent to time.time() just before it starts this process."""


def _since_launch(args: argparse.Namespace) -> Timing:
    """From the parent's launch of this process to a ready window on args.file.

    The CPU time is the whole process's (start-up and imports included).
    """
    launched = float(os.environ.get(LAUNCHED_ENV) or 0.0)
    clock = Clock()
    _show_window(args)
    timing = clock.stop()
    if not launched:
        return timing
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return Timing(time.time() - launched, usage.ru_utime + usage.ru_stime)


def stage_window(args: argparse.Namespace) -> Timing:
    """Main window ready with the generated roadmap, from launch (as `crossroads FILE`)."""
    return _since_launch(args)


def stage_cold_start(args: argparse.Namespace) -> Timing:
    """Cold start on the bundled sample: from launch to a ready window."""
    return _since_launch(args)


def _repaint(args: argparse.Namespace, view_name: str) -> Timing:
    from ui.views import find_view

    entry = find_view(view_name)
    if entry is None:
        raise KeyError(f"no '{view_name}' view registered in ui.views")
    app = _application()
    from ui.context import AppContext

    doc = _open(args)
    ctx = AppContext(doc)
    from roadmap.analysis import analyse

    ctx.publish_analysis(analyse(doc))
    view = entry[2](ctx, None)
    view.resize(*WINDOW_SIZE)
    view.show()
    _settle(app)
    # The view's drawing area (its `canvas` QGraphicsView, if it has one): grab() repaints
    # every visible item once, bypassing no cache, as the graph view's own bench does.
    canvas = getattr(view, "canvas", view)
    target = canvas.viewport() if hasattr(canvas, "viewport") else canvas
    clock = Clock()
    target.grab()
    return clock.stop()


def stage_timeline(args: argparse.Namespace) -> Timing:
    """One full repaint of the timeline view."""
    return _repaint(args, "timeline")


def stage_graph(args: argparse.Namespace) -> Timing:
    """One full repaint of the dependency graph view."""
    return _repaint(args, "graph")


STAGES = {
    **INTERACTIONS,
    "window": stage_window,
    "cold-start": stage_cold_start,
    "timeline": stage_timeline,
    "graph": stage_graph,
}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(run_child(STAGES))
