"""What a row or link service needs of its document, as a Protocol.

The services are built by `Document` and call back into it: read rows, hand
out fresh ids, apply a change. Naming that as a small Protocol here, rather
than importing `Document`, keeps `document` -> `rows` an import in one
direction only; `Document` satisfies it structurally.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy.orm import Session

from roadmap.model.entities import Base
from roadmap.services.changes import Change


class DocumentPort(Protocol):
    """The document as its services see it: a session, ids, and `apply`."""

    session: Session

    def all(self, cls: type[Base]) -> list[Any]:
        """Every row of a class, in id order."""
        ...

    def apply(self, change: Change) -> Change:
        """Apply a change, commit it, tell the listeners; returns the change."""
        ...

    def next_id(self, table: str) -> int:
        """A fresh primary key for `table`."""
        ...
