"""Changes as data: what an edit did to which rows, so it can be undone exactly.

Every service operation describes its effect as a `Change`: an ordered list
of row-level before/after images. Applying the change moves the document
forward; applying its inverse moves it back to the identical state, ids
included. The UI wraps one change in one QUndoCommand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row of one table: created (before None), deleted (after None) or updated."""

    table: str
    key: int
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        """The row change that restores `before`."""
        return RowChange(self.table, self.key, self.after, self.before)

    @property
    def fields(self) -> frozenset[str]:
        """Names of the columns this row change touches."""
        if self.before is None or self.after is None:
            return frozenset()
        return frozenset(self.after)


@dataclass(frozen=True)
class Change:
    """A user-level edit: a label ('Rename Initiative') and its row changes, in order."""

    label: str
    rows: tuple[RowChange, ...] = field(default_factory=tuple)

    def inverse(self) -> Change:
        """The change that undoes this one (rows reversed, before and after swapped)."""
        return Change(self.label, tuple(r.inverse() for r in reversed(self.rows)))

    @property
    def is_empty(self) -> bool:
        """True when the change modifies nothing (an edit to the same value)."""
        return not self.rows

    @property
    def merge_key(self) -> tuple | None:
        """Identifies a single-row field edit, so successive keystrokes can merge."""
        if len(self.rows) != 1:
            return None
        row = self.rows[0]
        if row.before is None or row.after is None:
            return None
        return (row.table, row.key, row.fields)

    def merged_with(self, later: Change) -> Change:
        """One change with this change's before and `later`'s after (same merge key)."""
        if self.merge_key is None or self.merge_key != later.merge_key:
            raise ValueError("only single-row edits of the same fields merge")
        first, last = self.rows[0], later.rows[0]
        return Change(later.label, (RowChange(first.table, first.key, first.before, last.after),))

    def touches(self, table: str) -> bool:
        """True when any row of `table` is created, deleted or updated."""
        return any(r.table == table for r in self.rows)

    def keys(self, table: str) -> set[int]:
        """Ids of the rows of `table` this change touches."""
        return {r.key for r in self.rows if r.table == table}

    @staticmethod
    def combine(label: str, changes: list[Change]) -> Change:
        """Several changes as one undoable step, applied in the given order."""
        return Change(label, tuple(r for c in changes for r in c.rows))
