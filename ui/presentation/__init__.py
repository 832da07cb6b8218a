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

__all__ = ["PresentationWindow", "present"]


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
