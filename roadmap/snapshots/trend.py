"""The governance trend across snapshots, and what a board pack says changed since one.

`changes_since` picks the snapshot a pack compares with (the one named, or
the latest), compares it with the roadmap now and reads the governance
measures of every snapshot, oldest first, then now. A damaged snapshot is
left out of the trend with a warning; only a named one that is damaged or
unknown stops the export, with a message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from roadmap.analysis.engine import Analysis
from roadmap.i18n import translate
from roadmap.services.document import Document
from roadmap.services.snapshots import SnapshotInfo
from roadmap.snapshots.compare import Comparison, compare
from roadmap.snapshots.governance import Governance, governance_of
from roadmap.snapshots.payload import current_state, decode, load_state
from roadmap.snapshots.state import PayloadError


@dataclass(frozen=True)
class TrendPoint:
    """The governance measures at one moment: a snapshot, or now (`taken_at` None)."""

    label: str
    taken_at: dt.datetime | None
    governance: Governance


@dataclass(frozen=True)
class ChangesSince:
    """What a board pack shows on its "What changed since" page."""

    snapshot: SnapshotInfo
    comparison: Comparison
    trend: tuple[TrendPoint, ...]
    """Every readable snapshot oldest first, then now."""
    warnings: tuple[str, ...] = field(default=())
    """Snapshots left out of the trend because they are damaged."""


def governance_trend(doc: Document, now: Governance,
                     known: dict[int, Governance] | None = None) -> tuple[list[TrendPoint],
                                                                          list[str]]:
    """Each readable snapshot's measures, oldest first, then `now`; and what was skipped.

    `known` gives measures already read, by snapshot id, so a snapshot just
    loaded is not decoded twice.
    """
    points: list[TrendPoint] = []
    warnings: list[str] = []
    for info in doc.snapshots.all():
        if known and info.id in known:
            points.append(TrendPoint(info.name, info.taken_at, known[info.id]))
            continue
        try:
            payload = decode(doc.snapshots.payload(info.id))
            measures = Governance.from_json(payload.get("governance", {}))
        except (PayloadError, ValueError, TypeError) as error:
            warnings.append(translate("Changes", "The snapshot {name} is damaged and is left "
                                      "out of the governance trend ({error}).").format(
                name=repr(info.name), error=error))
            continue
        points.append(TrendPoint(info.name, info.taken_at, measures))
    points.append(TrendPoint(translate("Changes", "Now"), None, now))
    return points, warnings


def changes_since(doc: Document, analysis: Analysis,
                  since: str | None = None) -> ChangesSince | None:
    """The changes since snapshot `since` (default: the latest), or None without snapshots.

    A named snapshot that does not exist raises NotFoundError listing the known
    ones; a damaged one raises PayloadError. When no name is given and the
    latest snapshot is damaged, the page is left out (None).
    """
    if since is not None:
        info = doc.snapshots.find(since)
        old = load_state(doc, info)
    else:
        latest = doc.snapshots.latest()
        if latest is None:
            return None
        info = latest
        try:
            old = load_state(doc, info)
        except PayloadError:
            return None
    comparison = compare(old, current_state(doc, analysis))
    trend, warnings = governance_trend(doc, governance_of(analysis),
                                       {info.id: old.governance})
    return ChangesSince(info, comparison, tuple(trend), tuple(warnings))
