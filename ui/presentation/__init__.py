"""Workshop presentation mode (F5): the roadmap full screen, stepped with a clicker.

`present(ctx)` opens the PresentationWindow over the app's document, undo
stack and selection; see ui/presentation/window.py for the keys and for
what the revert-all key does with decisions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from .window import PresentationWindow

__all__ = ["PresentationWindow", "present", "start_presentation"]


def present(ctx: AppContext, parent: QWidget | None = None, *,
            size: tuple[int, int] | None = None, today: Any = None) -> PresentationWindow:
    """Open the presentation: full screen, or in a window of `size` (tests, screenshots)."""
    window = PresentationWindow(ctx, parent, today=today)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if size is None:
        window.showFullScreen()
    else:
        window.resize(*size)
        window.show()
    window.activateWindow()
    window.setFocus()
    return window


def start_presentation(main_window: Any) -> PresentationWindow:
    """F5 from the main window (ui/main_window.py's hook): present its document.

    A second F5 while presenting brings the running presentation to the
    front instead of opening another. Leaving gives the keyboard back to the
    main window, which shows every change made in the room.
    """
    running = getattr(main_window, "_presentation_window", None)
    if running is not None:
        try:
            running.raise_()
            running.activateWindow()
            return running
        except RuntimeError:  # already deleted on close
            pass
    window = present(main_window.ctx)

    def on_finished() -> None:
        main_window._presentation_window = None
        if isinstance(main_window, QWidget):
            main_window.activateWindow()

    main_window._presentation_window = window
    window.finished.connect(on_finished)
    return window
