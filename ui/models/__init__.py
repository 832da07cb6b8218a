"""Thin Qt item models over the roadmap document.

Each model reads the domain through the document's services, forwards the
document's change notifications (`AppContext.document_changed`) as row
insertions, removals and dataChanged, and edits only through `ctx.run(...)`
so every edit is one undoable command. The roles below are shared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole
"""The domain object of a row (Initiative, Department, ...)."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The node key of a row (a NodeKey; 'initiative:12' as text)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A value that sorts naturally (numbers, dates, empty values last)."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
"""Lower-cased text the filter boxes match against."""

