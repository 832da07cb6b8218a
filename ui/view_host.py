"""The central tab host: one tab per registered view, each built on first show.

Views come from ui.views.VIEWS. Building a view only when its tab is first
shown keeps start-up fast with large roadmaps; a view that fails to build
shows its error in its tab instead of taking the window down.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from .context import AppContext
from .icons import icon
from .views import VIEWS, find_view

log = logging.getLogger("crossroads")


class _Slot(QStackedWidget):
    """A tab page that holds its view once built."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.view: QWidget | None = None


class ViewHost(QTabWidget):
    """Tabs over the registered views."""

    view_shown = Signal(str)
    """The name of the view now on show."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view_tabs")
        self.setAccessibleName(QCoreApplication.translate("ViewHost", "Views"))
        self.setDocumentMode(True)
        self.setMovable(False)
        self.ctx = ctx
        self._slots: dict[str, _Slot] = {}
        self.blockSignals(True)  # adding the first tab would build it before it is wanted
        for name, title, _factory in VIEWS:
            slot = _Slot(name)
            slot.setObjectName(f"view_slot_{name}")
            self._slots[name] = slot
            self.addTab(slot, icon(name), QCoreApplication.translate("ViewHost", title))
        self.blockSignals(False)
        self.currentChanged.connect(self._on_current_changed)

    def names(self) -> list[str]:
        """Names of every view, in tab order."""
        return list(self._slots)

    def current_name(self) -> str:
        """The name of the view on show ('' when there is none)."""
        slot = self.currentWidget()
        return slot.name if isinstance(slot, _Slot) else ""

    def show_view(self, name: str) -> QWidget | None:
        """Bring the view `name` to the front (building it if needed); return it."""
        slot = self._slots.get(name)
        if slot is None:
            return None
        self.setCurrentWidget(slot)
        return self.ensure_built(name)

    def view(self, name: str) -> QWidget | None:
        """The view `name` if it has been built."""
        slot = self._slots.get(name)
        return slot.view if slot is not None else None

    def rebuild(self) -> None:
        """Build the views again (they take fonts and sizes when built); the one on show now."""
        for slot in self._slots.values():
            if slot.view is not None:
                slot.removeWidget(slot.view)
                slot.view.deleteLater()
                slot.view = None
        current = self.current_name()
        if current:
            self.ensure_built(current)

    def ensure_built(self, name: str) -> QWidget | None:
        """Build the view `name` now if it was not built yet; return it."""
        slot = self._slots[name]
        if slot.view is None:
            entry = find_view(name)
            assert entry is not None
            try:
                view = entry[2](self.ctx, slot)
            except Exception as error:
                log.error("View %s failed to build\n%s", name, traceback.format_exc())
                view = _failed(name, error)
            view.setObjectName(view.objectName() or f"view_{name}")
            slot.view = view
            slot.addWidget(view)
            slot.setFocusProxy(view)
        return slot.view

    def _on_current_changed(self, position: int) -> None:
        slot = self.widget(position)
        if isinstance(slot, _Slot):
            self.ensure_built(slot.name)
            self.view_shown.emit(slot.name)


def _failed(name: str, error: Exception) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(
        QCoreApplication.translate(
            "ViewHost",
            "The {name} view could not be shown:\n{error}\n\nThe rest of the app works; the "
            "details are in the log.",
        ).format(name=name, error=error)
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    layout.addWidget(label)
    return page
