"""Crossroads Qt application: windows, views, item models and undo commands.

Calls the domain core in `roadmap/`; the core never calls back into here.
"""

# The core loads before Qt: once PySide6 is imported it reads the source of every
# module imported after it (its __feature__ hook), which made start-up 0.13 s slower.
import roadmap.analysis
import roadmap.services.files  # noqa: F401
