"""Crossroads Qt application: windows, views, item models and undo commands.

Calls the domain core in `roadmap/`; the core never calls back into here.
"""

import sys as _sys


def _pin_singletons() -> None:
    """Work around PySide6 6.12 on Python 3.11: every wrapped call returning void
    drops one reference to None (and some to True/False), so an app crashes with
    "none_dealloc" after a few thousand calls. Python 3.12+ makes these objects
    immortal; here they get a reference count no program can exhaust.
    """
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


if _sys.version_info < (3, 12) and _sys.getrefcount(None) < 1 << 40:
    _pin_singletons()
