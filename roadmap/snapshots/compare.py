"""What changed between two states of the roadmap: a snapshot and now, or two snapshots.

Initiatives added and removed; start and end moved (in weeks, slips first);
budget changes (largest first); lead department, owner, sponsor and vendor
changes; status and health changes (cancelled and completed among them);
findings opened, resolved and newly accepted, by code. One `Comparison` feeds
the command line (text and JSON), the app's Changes dock and filters, and the
board pack's "What changed" page, so they always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from roadmap.graph import no_gc
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.enums import Severity, Status
from roadmap.model.keys import NodeKey
from roadmap.snapshots.state import FindingState, InitiativeState, RoadmapState

OWNERSHIP_FIELDS = (("lead", QT_TRANSLATE_NOOP("Changes", "lead department")),
                    ("owner", QT_TRANSLATE_NOOP("Changes", "owner")),
                    ("sponsor", QT_TRANSLATE_NOOP("Changes", "sponsor")),
                    ("vendors", QT_TRANSLATE_NOOP("Changes", "vendors")))
"""The ownership facts compared, with the (English) words used for them; the report
translates them in the Changes context."""


@dataclass(frozen=True)
class Added:
    """An initiative that exists now and did not then (or the other way round, removed)."""

    id: int
    title: str
    start: dt.date | None
    end: dt.date | None
    budget: int | None
    status: Status


@dataclass(frozen=True)
class Moved:
    """An initiative whose dates changed; days positive when later (a slip for the end)."""

    id: int
    title: str
    old_start: dt.date | None
    old_end: dt.date | None
    new_start: dt.date | None
    new_end: dt.date | None

    @property
    def start_days(self) -> int | None:
        """Days the start moved (None when either side is undated)."""
        return _days(self.old_start, self.new_start)

    @property
    def end_days(self) -> int | None:
        """Days the end moved (None when either side is undated)."""
        return _days(self.old_end, self.new_end)

    @property
    def is_slip(self) -> bool:
        """The end moved later: the board's first worry."""
        return (self.end_days or 0) > 0


@dataclass(frozen=True)
class BudgetChange:
    """An initiative whose budget changed (None: no budget)."""

    id: int
    title: str
    old: int | None
    new: int | None

    @property
    def delta(self) -> int:
        """New minus old, an unbudgeted side counting as zero."""
        return (self.new or 0) - (self.old or 0)


@dataclass(frozen=True)
class FieldChange:
    """One ownership or status fact of an initiative that changed: field, old and new."""

    id: int
    title: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class FindingChange:
    """A finding opened, resolved or newly accepted between the two states."""

    code: str
    severity: Severity
    title: str
    subject: str
    initiative: str
    """The title of the initiative it concerns first ('' when none)."""
    initiative_id: int | None
    accepted: bool = False
    """Whether it was accepted in the state it is taken from (then for resolved ones)."""


@dataclass(frozen=True)
class Comparison:
    """Everything that changed from `old` to `new`."""

    old: RoadmapState
    new: RoadmapState
    added: tuple[Added, ...] = ()
    removed: tuple[Added, ...] = ()
    moved: tuple[Moved, ...] = ()
    budget: tuple[BudgetChange, ...] = ()
    ownership: tuple[FieldChange, ...] = ()
    status: tuple[FieldChange, ...] = ()
    findings_opened: tuple[FindingChange, ...] = ()
    findings_resolved: tuple[FindingChange, ...] = ()
    findings_accepted: tuple[FindingChange, ...] = ()
    changed_keys: frozenset[NodeKey] = field(default_factory=frozenset)
    """Node keys of the initiatives that exist in `new` and whose own facts changed
    (added, moved, re-budgeted, re-owned, status or health): what filters show."""

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not (self.added or self.removed or self.moved or self.budget or self.ownership
                    or self.status or self.findings_opened or self.findings_resolved
                    or self.findings_accepted)

    @property
    def slips(self) -> tuple[Moved, ...]:
        """Moved initiatives whose end is later, biggest slip first."""
        return tuple(m for m in self.moved if m.is_slip)

    @property
    def cancelled(self) -> tuple[FieldChange, ...]:
        """Status changes to cancelled."""
        return tuple(c for c in self.status
                     if c.field == "status" and c.new == Status.CANCELLED.english_label)

    @property
    def completed(self) -> tuple[FieldChange, ...]:
        """Status changes to done."""
        return tuple(c for c in self.status
                     if c.field == "status" and c.new == Status.DONE.english_label)

    @property
    def decisions(self) -> tuple[Any, ...]:
        """Decisions of `new` taken after `old` was taken (all of them when `old` is now)."""
        since = self.old.taken_at
        return tuple(d for d in sorted(self.new.decisions, key=lambda d: d.made_at)
                     if since is None or d.made_at > since)


def _days(old: dt.date | None, new: dt.date | None) -> int | None:
    return None if old is None or new is None else (new - old).days


def _label(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def compare(old: RoadmapState, new: RoadmapState) -> Comparison:
    """What changed from `old` (usually a snapshot) to `new` (usually now)."""
    with no_gc():  # thousands of small records, no cycles among them
        return _compare(old, new)


def _compare(old: RoadmapState, new: RoadmapState) -> Comparison:
    before, after = old.initiatives, new.initiatives
    added = [_added(after[k]) for k in sorted(after.keys() - before.keys())]
    removed = [_added(before[k]) for k in sorted(before.keys() - after.keys())]
    moved: list[Moved] = []
    budget: list[BudgetChange] = []
    ownership: list[FieldChange] = []
    status: list[FieldChange] = []
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        if was == now:
            continue
        if (was.start, was.end) != (now.start, now.end):
            moved.append(Moved(key, now.title, was.start, was.end, now.start, now.end))
        if was.budget != now.budget:
            budget.append(BudgetChange(key, now.title, was.budget, now.budget))
        for name, words in OWNERSHIP_FIELDS:
            a, b = getattr(was, name), getattr(now, name)
            if a != b:
                ownership.append(FieldChange(key, now.title, words, _label(a), _label(b)))
        for name in ("status", "health"):
            a, b = getattr(was, name), getattr(now, name)
            if a != b:
                status.append(FieldChange(key, now.title, name, a.english_label,
                                              b.english_label))
    moved.sort(key=_move_order)
    budget.sort(key=lambda b: (-abs(b.delta), b.title.casefold(), b.id))
    changed = {k for k in after.keys() - before.keys()}
    changed |= {c.id for group in (moved, budget, ownership, status) for c in group}

    opened, resolved, accepted = [], [], []
    for which, finding in new.findings.items():
        then = old.findings.get(which)
        if not finding.accepted and (then is None or then.accepted):
            opened.append(_finding(finding, new, old))
        elif finding.accepted and (then is None or not then.accepted):
            accepted.append(_finding(finding, new, old))
    for which, finding in old.findings.items():
        if which not in new.findings:
            resolved.append(_finding(finding, new, old))
    return Comparison(
        old=old, new=new, added=tuple(added), removed=tuple(removed), moved=tuple(moved),
        budget=tuple(budget), ownership=tuple(ownership), status=tuple(status),
        findings_opened=_by_code(opened), findings_resolved=_by_code(resolved),
        findings_accepted=_by_code(accepted),
        changed_keys=frozenset(NodeKey.initiative(k) for k in changed),
    )


def _added(i: InitiativeState) -> Added:
    return Added(i.id, i.title, i.start, i.end, i.budget, i.status)


def _move_order(m: Moved) -> tuple[int, int, str, int]:
    # Slips first, biggest first; then the rest by how far they moved.
    end, start = m.end_days, m.start_days
    size = abs(end) if end is not None else abs(start) if start is not None else 0
    return (0 if m.is_slip else 1, -size, m.title.casefold(), m.id)


def _finding(f: FindingState, new: RoadmapState, old: RoadmapState) -> FindingChange:
    first = f.initiative_ids[0] if f.initiative_ids else None
    about = new.initiatives.get(first) or old.initiatives.get(first) if first else None
    return FindingChange(f.code, f.severity, f.title, f.subject,
                         about.title if about is not None else "", first, f.accepted)


def _by_code(found: list[FindingChange]) -> tuple[FindingChange, ...]:
    return tuple(sorted(found, key=lambda f: (f.code, f.severity.rank, f.initiative.casefold(),
                                              f.subject)))
