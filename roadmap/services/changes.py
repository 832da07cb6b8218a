"""Changes as data: what an edit did to which rows, so it can be undone exactly.

Every service operation describes its effect as a `Change`: an ordered list
of row-level before/after images. Applying the change moves the document
forward; applying its inverse moves it back to the identical state, ids
included. The UI wraps one change in one QUndoCommand.

Whether two changes may merge into one undo step is not a property of the
data: only the editor knows that the user is still typing in the same field.
It says so with an explicit `MergeKey`; a change never derives one itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class MergeKey:
    """One typing session in one field editor of one row: edits with equal keys merge.

    `editor` names the field editor (its field, 'title'), `table` and `row` the
    row it edits, and `session` one visit of the user to that editor: the UI
    starts a new session whenever the user enters the field again, so leaving
    a field and coming back makes a new undo step.
    """

    editor: str
    table: str
    row: int
    session: int


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

    def merged_with(self, later: Change) -> Change:
        """This change followed by `later`, as one change labelled like `later`.

        Updates of the same row fold into one row change (the first before, the
        last after); fields that end where they began drop out, so typing a
        letter and erasing it again leaves an empty change. Creations and
        deletions are kept as they are, in order.
        """
        rows = self.rows + later.rows
        if any(r.before is None or r.after is None for r in rows):
            return Change(later.label, rows)
        before: dict[tuple[str, int], Row] = {}
        after: dict[tuple[str, int], Row] = {}
        for row in rows:
            assert row.before is not None and row.after is not None
            target = (row.table, row.key)
            first = before.setdefault(target, {})
            for name, value in row.before.items():
                first.setdefault(name, value)
            after.setdefault(target, {}).update(row.after)
        folded: list[RowChange] = []
        for (table, key), old in before.items():
            new = after[(table, key)]
            moved = [name for name in new if old.get(name) != new[name]]
            if moved:
                folded.append(RowChange(table, key, {n: old[n] for n in moved},
                                        {n: new[n] for n in moved}))
        return Change(later.label, tuple(folded))

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
