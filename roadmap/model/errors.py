"""Typed errors of the domain core, each with a message a user understands.

The UI and the command line catch `RoadmapError` and show its message; they
never show a traceback.
"""

from __future__ import annotations


class RoadmapError(Exception):
    """Base of every error the core raises on purpose."""


class ValidationError(RoadmapError, ValueError):
    """A value was refused; `field` names the field so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class NotFoundError(RoadmapError, LookupError):
    """An operation named a row that does not exist (stale id, deleted elsewhere)."""


class DuplicateError(ValidationError):
    """A name or link that must be unique already exists."""


class CycleError(ValidationError):
    """A dependency would close a cycle; `cycle` lists the initiative ids in order."""

    def __init__(self, field: str, message: str, cycle: list[int]) -> None:
        super().__init__(field, message)
        self.cycle = cycle


class RoadmapFileError(RoadmapError):
    """A file cannot be opened or saved as a roadmap: not one, corrupt, hostile or too new."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"Cannot open {path}: {reason}")
        self.path = path
        self.reason = reason


class RoadmapWriteError(RoadmapFileError):
    """An export (board pack, spreadsheet, benchmark record) cannot be written where asked."""

    def __init__(self, path: object, reason: str) -> None:
        RoadmapError.__init__(self, f"Cannot write {path}: {reason}")
        self.path = path
        self.reason = reason
