"""The registry of central views: every tab the main window can show.

Each entry is (name, title, factory): `name` is the stable id used by
`--view NAME`, the settings ("last view") and the View menu; `title` is the
tab's label; `factory(ctx, parent)` builds the view, a QWidget that edits
only through `ctx.run(...)` and follows `ctx.selection`.

Views are imported lazily so a broken or slow view never stops the window
from starting, and helpers add their entry here with a one-line edit.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from roadmap.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import AppContext

ViewFactory = Callable[["AppContext", "QWidget | None"], "QWidget"]


def _lazy(module: str, cls: str) -> ViewFactory:
    """A factory that imports `module` and builds `cls(ctx, parent)` on first use."""

    def factory(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        view_class = getattr(importlib.import_module(module), cls)
        return view_class(ctx, parent)

    factory.__qualname__ = f"lazy({module}.{cls})"
    return factory


VIEWS: list[tuple[str, str, ViewFactory]] = [
    (
        "timeline",
        QT_TRANSLATE_NOOP("ViewHost", "Timeline"),
        _lazy("ui.views.timeline.view", "TimelineView"),
    ),
    (
        "graph",
        QT_TRANSLATE_NOOP("ViewHost", "Dependency Graph"),
        _lazy("ui.views.graph.view", "GraphView"),
    ),
    ("table", QT_TRANSLATE_NOOP("ViewHost", "Table"), _lazy("ui.views.table_view", "TableView")),
    (
        "matrix",
        QT_TRANSLATE_NOOP("ViewHost", "Ownership Matrix"),
        _lazy("ui.views.matrix_view", "MatrixView"),
    ),
]
"""(name, title, factory) of every central view, in tab order."""


def view_names() -> list[str]:
    """The stable names of every registered view."""
    return [name for name, _title, _factory in VIEWS]


def find_view(name: str) -> tuple[str, str, ViewFactory] | None:
    """The registry entry named `name` (case-insensitive), or None."""
    wanted = name.strip().casefold()
    for entry in VIEWS:
        if entry[0] == wanted:
            return entry
    return None
