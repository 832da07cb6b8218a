"""Start-up's pause of Python's cyclic garbage collector, and its release.

Loading a large roadmap allocates hundreds of thousands of long-lived
objects; every full collection during start-up would walk all of them again.
`ui.app` holds the collector while the first window is built, and the main
window thaws what was frozen once another document replaces the first. Both
import this module, so neither imports the other.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

_collector = {"held": False, "used": False}
"""Whether start-up holds the collector now, and whether it ever did in this process."""


def hold_collector() -> None:
    """Pause the cyclic garbage collector until the event loop first runs.

    Only the first call in a process does anything, and only while the
    collector is on; `release_collector` runs from the first event-loop turn.
    """
    if _collector["used"] or not gc.isenabled():
        return
    _collector["used"] = _collector["held"] = True
    gc.disable()
    QTimer.singleShot(0, release_collector)


def release_collector() -> None:
    """Freeze what start-up built (modules, the document's rows), then collect again.

    Frozen objects are skipped by every later collection, so edits stay cheap;
    `thaw_collector` hands them back once a different document replaces them.
    """
    if not _collector["held"]:
        return
    _collector["held"] = False
    gc.freeze()
    gc.enable()


def thaw_collector() -> None:
    """Let the collector reclaim what start-up froze (the first document was closed)."""
    if not _collector["held"]:
        gc.unfreeze()
