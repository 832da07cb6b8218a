"""Typed errors of the domain core, each with a message a user understands.

The UI and the command line catch `RoadmapError` and show its message; they
never show a traceback.
"""

from __future__ import annotations

from roadmap.i18n import translate


def field_label(field: str) -> str:
    """A field's name as a person reads it: 'budget' (English: the field's own name)."""
    return translate("Fields", field)


class RoadmapError(Exception):
    """Base of every error the core raises on purpose."""


class ValidationError(RoadmapError, ValueError):
    """A value was refused; `field` names the field so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field_label(field)}: {message}" if field else message)
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
        super().__init__(translate("Files", "Cannot open {path}: {reason}").format(
            path=path, reason=reason))
        self.path = path
        self.reason = reason


class RoadmapWriteError(RoadmapFileError):
    """An export (board pack, spreadsheet, benchmark record) cannot be written where asked."""

    def __init__(self, path: object, reason: str) -> None:
        RoadmapError.__init__(self, translate("Files", "Cannot write {path}: {reason}").format(
            path=path, reason=reason))
        self.path = path
        self.reason = reason


class ConflictError(RoadmapError):
    """An edit was based on a row someone else changed or removed since: refused, kept.

    `change` is the edit as the user made it (offered again by
    `Document.reapply`); `rows` names each conflicting row as
    (table, key, label, fields that differ, who changed it or '').
    """

    def __init__(self, change: object, rows: list[tuple[str, int, str, list[str], str]]) -> None:
        parts = []
        for _table, _key, label, fields, who in rows:
            what = f" ({', '.join(fields)})" if fields else ""
            if who:
                part = translate("Undo", "{row} was changed by {who}{fields}")
            else:
                part = translate("Undo", "{row} was changed{fields}")
            parts.append(part.format(row=label, who=who, fields=what))
        super().__init__(translate(
            "Undo", "{changes} since you read it. Your edit was not applied and is kept: apply "
            "it again over their change, or keep theirs.").format(changes="; ".join(parts)))
        self.change = change
        self.rows = rows


class ReadOnlyError(RoadmapError):
    """The roadmap may be read but not changed here (a viewer role); the reason says why."""


class ConnectionLostError(RoadmapError):
    """The server stopped answering; the edit in `change` was not applied and is kept."""

    def __init__(self, message: str, change: object = None) -> None:
        super().__init__(message)
        self.change = change
