"""How long the dependency graph takes to build and repaint: `python -m ui.bench.graph`.

`repaint_seconds(view)` is what the project benchmark calls: the median
time of a full repaint of the canvas's viewport (QWidget.grab() renders
every visible item once, bypassing no cache). The command line builds a
generated roadmap, shows the graph view offscreen and prints build time,
repaint time at fit zoom, at 100 % zoom, and after a pan.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def repaint_seconds(view: object, repeats: int = 5) -> float:
    """Median seconds of a full repaint of a GraphView's canvas (or any QGraphicsView)."""
    canvas = getattr(view, "canvas", view)
    viewport = canvas.viewport()  # type: ignore[attr-defined]
    times = []
    for _ in range(max(1, repeats)):
        begin = time.perf_counter()
        viewport.grab()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def pan_seconds(view: object, repeats: int = 5) -> float:
    """Median seconds to scroll the canvas by a third of its width and repaint."""
    canvas = getattr(view, "canvas", view)
    bar = canvas.horizontalScrollBar()  # type: ignore[attr-defined]
    step = max(1, canvas.viewport().width() // 3)  # type: ignore[attr-defined]
    times = []
    for i in range(max(1, repeats)):
        begin = time.perf_counter()
        bar.setValue(bar.value() + (step if i % 2 == 0 else -step))
        canvas.viewport().grab()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def _document(size: int) -> object:
    from roadmap.samples.bundled import build_sample
    from roadmap.samples.generate import generate_roadmap

    return build_sample() if size <= 0 else generate_roadmap(size, seed=2027)


def main(argv: list[str] | None = None) -> int:
    """Measure the graph view on a generated roadmap; print one line per figure."""
    parser = argparse.ArgumentParser(prog="python -m ui.bench.graph", description=__doc__)
    parser.add_argument("--initiatives", type=int, default=2000,
                        help="size of the generated roadmap (0: the bundled sample)")
    parser.add_argument("--size", default="1600x1000", help="view size WxH")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="also save fit and 100 %% zoom screenshots here")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext
    from ui.views.graph.view import GraphView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    begin = time.perf_counter()
    doc = _document(args.initiatives)
    made = time.perf_counter() - begin
    ctx = AppContext(doc)  # type: ignore[arg-type]
    begin = time.perf_counter()
    view = GraphView(ctx)
    view.resize(width, height)
    view.show()
    app.processEvents()
    built = time.perf_counter() - begin
    print(f"nodes={len(view.scene.nodes)} edges={len(view.scene.edges)} "
          f"(roadmap generated in {made:.2f} s)")
    print(f"build_and_show_seconds={built:.3f}")
    view.fit()
    print(f"repaint_fit_seconds={repaint_seconds(view):.3f} "
          f"(zoom {view.canvas.scale_factor():.3f})")
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(args.screenshots / "graph-fit.png"))
    view.canvas.zoom_by(1.0 / view.canvas.scale_factor())
    print(f"repaint_100pct_seconds={repaint_seconds(view):.3f}")
    print(f"pan_100pct_seconds={pan_seconds(view):.3f}")
    if args.screenshots:
        view.grab().save(str(args.screenshots / "graph-100.png"))
    view.canvas.zoom_by(0.3)
    print(f"repaint_30pct_seconds={repaint_seconds(view):.3f}")
    if args.screenshots:
        view.grab().save(str(args.screenshots / "graph-30.png"))
    begin = time.perf_counter()
    view.refresh()
    print(f"refresh_seconds={time.perf_counter() - begin:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
