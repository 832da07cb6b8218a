"""Room for the view: the Inspector on demand, a one-step workshop layout, layouts per screen.

- The Inspector shows when something is selected and hides when nothing is,
  unless it is pinned (View ▸ Pin Inspector), so an empty form never takes a
  quarter of the window.
- View ▸ Workshop Layout (Ctrl+Shift+F11) hides every dock and enlarges the
  type by half, for a projector; the same action brings the window back as
  it was.
- The dock layout is remembered per screen size: a laptop's 1366x768 and the
  meeting room's 1920x1080 each keep their own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QObject
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from roadmap.model.keys import NodeKey

from .context import AppContext
from .settings import AppSettings

WORKSHOP_SCALE = 1.5
"""How much larger the type is in the workshop layout."""
PIN_KEY = "window/inspector_pinned"
STATE_PREFIX = "window/state@"


def screen_key(widget: QWidget) -> str:
    """'1920x1080': the size of the screen `widget` is on (or the primary screen)."""
    screen = widget.screen()
    if screen is None:
        return "unknown"
    size = screen.size()
    return f"{size.width()}x{size.height()}"


class WorkshopLayout(QObject):
    """The layout behaviours of one main window (see the module docstring)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, settings: AppSettings,
                 inspector: QDockWidget, docks: list[QDockWidget]) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.settings = settings
        self.inspector = inspector
        self.docks = docks
        self._saved: tuple[QByteArray, QFont] | None = None
        self.pin = QAction(QCoreApplication.translate("WorkshopLayout", "&Pin Inspector"), window)
        self.pin.setObjectName("view_pin_inspector")
        self.pin.setCheckable(True)
        self.pin.setToolTip(
            QCoreApplication.translate(
                "WorkshopLayout", "Keep the Inspector open when nothing is selected"
            )
        )
        self.pin.setChecked(str(settings.qsettings.value(PIN_KEY, "false")).lower() == "true")
        self.pin.toggled.connect(self._on_pin_toggled)
        self.workshop = QAction(
            QCoreApplication.translate("WorkshopLayout", "&Workshop Layout"), window
        )
        self.workshop.setObjectName("view_workshop_layout")
        self.workshop.setCheckable(True)
        self.workshop.setShortcut(QKeySequence("Ctrl+Shift+F11"))
        self.workshop.setToolTip(
            QCoreApplication.translate(
                "WorkshopLayout",
                "Hide every panel and enlarge the type for a projector "
                "(Ctrl+Shift+F11 again brings them back)",
            )
        )
        self.workshop.toggled.connect(self.set_workshop)
        ctx.selection_changed.connect(self._on_ctx_selection_changed)

    @property
    def in_workshop(self) -> bool:
        """True while the workshop layout is on."""
        return self._saved is not None

    def actions(self) -> list[QAction]:
        """The View menu's entries for these behaviours."""
        return [self.pin, self.workshop]

    # --- the Inspector on demand -----------------------------------------------------

    def _on_ctx_selection_changed(self, keys: tuple[NodeKey, ...], _source: object) -> None:
        if self.in_workshop:
            return
        if keys:
            if not self.inspector.isVisible():
                self.inspector.show()
        elif not self.pin.isChecked() and self.inspector.isVisible():
            self.inspector.hide()

    def _on_pin_toggled(self, pinned: bool) -> None:
        self.settings.qsettings.setValue(PIN_KEY, pinned)
        if pinned and not self.in_workshop:
            self.inspector.show()
        elif not pinned and not self.ctx.selection:
            self.inspector.hide()

    def settle_inspector(self) -> None:
        """Show or hide the Inspector for the current selection (after a layout is restored)."""
        if not self.in_workshop and not self.ctx.selection and not self.pin.isChecked():
            self.inspector.hide()

    # --- the workshop layout ------------------------------------------------------------

    def set_workshop(self, on: bool) -> None:
        """Hide every dock and enlarge the type (on), or bring the window back (off)."""
        if on == self.in_workshop:
            return
        window = self.window
        if on:
            self._saved = (window.saveState(), QFont(window.font()))
            for dock in self.docks:
                dock.hide()
            font = QFont(window.font())
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * WORKSHOP_SCALE)
            else:
                font.setPixelSize(round(font.pixelSize() * WORKSHOP_SCALE))
            window.setFont(font)
        else:
            assert self._saved is not None
            state, font = self._saved
            self._saved = None
            window.setFont(font)
            window.restoreState(state)
        rebuild = getattr(getattr(window, "views", None), "rebuild", None)
        if rebuild is not None:
            rebuild()  # the views take their type sizes when they are built
        blocked = self.workshop.blockSignals(True)
        self.workshop.setChecked(on)
        self.workshop.blockSignals(blocked)

    # --- per-screen layouts -------------------------------------------------------------

    def save_state(self) -> None:
        """Remember the dock layout for this screen size (the workshop layout is not kept)."""
        state = self._saved[0] if self._saved is not None else self.window.saveState()
        self.settings.qsettings.setValue(STATE_PREFIX + screen_key(self.window), state)

    def restore_state(self) -> bool:
        """Restore the dock layout kept for this screen size; False when there is none."""
        value = self.settings.qsettings.value(STATE_PREFIX + screen_key(self.window), None)
        restored = isinstance(value, QByteArray) and not value.isEmpty() and \
            self.window.restoreState(value)
        self.settle_inspector()
        return bool(restored)

