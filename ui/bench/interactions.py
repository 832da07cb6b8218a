"""Interaction stages of the benchmark: how long a user waits for one action's result.

Each stage opens the roadmap in the real main window at 1600x1000 (untimed),
then repeats one interaction several times and reports the median. One
interaction is timed from the call that the user's click or key press
makes to the moment the window has handled it and repainted: every posted
event processed, the visible view's viewport repainted. The debounced
refresh of the findings is left out on purpose: it runs after typing
pauses and is measured by the analysis stage.

- select: select another initiative (the timeline in front);
- edit: change one field of the selected initiative from the Inspector's
  service call (the title);
- add / delete: add an initiative, delete the one just added;
- undo / redo: undo and redo the last edit;
- switch: bring another view to the front (timeline, graph, table in turn);
- drag: drop a bar on the timeline on new dates (the drag's own service call).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from roadmap.bench.stages import Timing

REPEATS = 7
"""Timed repetitions of each interaction; the median is reported."""


def _settle(app: Any, window: Any) -> None:
    """Handle every posted event, the repaint of what changed included, as the screen would."""
    app.sendPostedEvents()
    app.processEvents()
    app.sendPostedEvents()
    app.processEvents()


def _front_view(window: Any) -> Any:
    """The view on show (the tab page holds it once built)."""
    slot = window.views.currentWidget()
    return getattr(slot, "view", None) or slot


def _median(app: Any, window: Any, actions: list[Callable[[], object]]) -> Timing:
    walls: list[float] = []
    cpus: list[float] = []
    for action in actions:
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        _settle(app, window)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        window.analysis.stop()  # the debounced findings refresh is not the interaction
    return Timing(statistics.median(walls), statistics.median(cpus))


def _window(args: argparse.Namespace, view: str = "timeline") -> tuple[Any, Any]:
    from PySide6.QtWidgets import QApplication

    from ui.bench.window import _show_window

    window = _show_window(args)
    window.show_view(view)
    app = QApplication.instance()
    _settle(app, window)
    return app, window


def _initiative_ids(window: Any) -> list[int]:
    return sorted(obj.id for obj in window.ctx.doc.initiatives.all())


def _dated_ids(window: Any) -> list[int]:
    return sorted(obj.id for obj in window.ctx.doc.initiatives.all()
                  if obj.start is not None and obj.end is not None)


def stage_select(args: argparse.Namespace) -> Timing:
    """Select another initiative with the timeline in front."""
    from roadmap.model.keys import NodeKey

    app, window = _window(args)
    ids = _initiative_ids(window)
    step = max(1, len(ids) // (REPEATS + 1))
    picks = [ids[(i + 1) * step % len(ids)] for i in range(REPEATS)]
    def select(key: int) -> None:
        window.ctx.select((NodeKey.initiative(key),), None)

    return _median(app, window, [partial(select, key) for key in picks])


def stage_edit(args: argparse.Namespace) -> Timing:
    """Change the title of the selected initiative (one field edit)."""
    from roadmap.model.keys import NodeKey
    from ui import editing

    app, window = _window(args)
    key = _initiative_ids(window)[len(_initiative_ids(window)) // 2]
    window.ctx.select((NodeKey.initiative(key),), None)
    _settle(app, window)
    def rename(n: int) -> None:
        editing.update(window.ctx, "initiative", key, title=f"Renamed {n}")

    return _median(app, window, [partial(rename, n) for n in range(REPEATS)])


def stage_add(args: argparse.Namespace) -> Timing:
    """Add an initiative (and select it, as Insert ▸ Initiative does)."""
    from roadmap.model.keys import NodeKey
    from ui import editing

    app, window = _window(args)

    def add(n: int) -> None:
        key = editing.create_initiative(window.ctx, f"Benchmark initiative {n}")
        window.ctx.select((NodeKey.initiative(key),), None)

    return _median(app, window, [partial(add, n) for n in range(REPEATS)])


def stage_delete(args: argparse.Namespace) -> Timing:
    """Delete a selected initiative (its links and milestones go with it)."""
    from roadmap.model.keys import NodeKey
    from ui import editing

    app, window = _window(args)
    ids = _initiative_ids(window)
    picks = ids[len(ids) // 3: len(ids) // 3 + REPEATS]
    def delete(key: int) -> None:
        editing.delete_keys(window.ctx, [NodeKey.initiative(key)])

    return _median(app, window, [partial(delete, key) for key in picks])


def _with_edits(args: argparse.Namespace) -> tuple[Any, Any]:
    from ui import editing

    app, window = _window(args)
    ids = _dated_ids(window)
    for n in range(REPEATS):
        editing.update(window.ctx, "initiative", ids[n * 3], title=f"Edited {n}")
    _settle(app, window)
    window.analysis.stop()
    return app, window


def stage_undo(args: argparse.Namespace) -> Timing:
    """Undo the last edit, several edits in a row."""
    app, window = _with_edits(args)
    return _median(app, window, [window.ctx.undo_stack.undo] * REPEATS)


def stage_redo(args: argparse.Namespace) -> Timing:
    """Redo an undone edit, several in a row."""
    app, window = _with_edits(args)
    window.ctx.undo_stack.setIndex(window.ctx.undo_stack.index() - REPEATS)
    _settle(app, window)
    return _median(app, window, [window.ctx.undo_stack.redo] * REPEATS)


def stage_switch(args: argparse.Namespace) -> Timing:
    """Bring another view to the front, each view already built once."""
    app, window = _window(args)
    names = [name for name in ("graph", "table", "timeline") if name in window.views.names()]
    for name in names:  # first builds are the window stage's business
        window.show_view(name)
        _settle(app, window)
    order = [names[i % len(names)] for i in range(REPEATS)]
    return _median(app, window, [partial(window.show_view, name) for name in order])


def stage_drag(args: argparse.Namespace) -> Timing:
    """Drop a timeline bar two weeks later (the drop's service call and what follows)."""
    app, window = _window(args)
    view = _front_view(window)
    ids = _dated_ids(window)
    picks = ids[len(ids) // 2: len(ids) // 2 + REPEATS]
    doc = window.ctx.doc
    shift = dt.timedelta(weeks=2)

    def drop(key: int) -> None:
        obj = doc.initiatives.get(key)
        view._on_canvas_dates_requested(key, obj.start + shift, obj.end + shift)

    return _median(app, window, [partial(drop, key) for key in picks])


STAGES = {
    "select": stage_select,
    "edit": stage_edit,
    "add": stage_add,
    "delete": stage_delete,
    "undo": stage_undo,
    "redo": stage_redo,
    "switch": stage_switch,
    "drag": stage_drag,
}
