"""Dependency rules CR201-CR204: cycles, broken finish-to-start, cancelled prerequisites, horizon.

Cycles are reported whatever the status (no date can satisfy them). The
other rules skip done and cancelled dependents: their dates are history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from roadmap.model.enums import CLOSED_STATUSES, Severity, Status
from roadmap.model.wording import plural

from ..graph import Attrs
from .context import Context
from .registry import Found, about, rule


def finish_to_start_gap(dependent_status: Status | str | None, dependent_start: dt.date | None,
                        prerequisite_status: Status | str | None,
                        prerequisite_end: dt.date | None) -> int | None:
    """CR202's rule, the only copy: days a dependent starts before its prerequisite ends, or None.

    None when the link is not broken: the dependent is done or cancelled
    (its dates are history), the prerequisite is cancelled (CR203's
    business), a date is missing, or the dependent starts on or after the
    prerequisite's last day. The timeline and the graph view call this too,
    so a red arrow and a CR202 finding always agree.
    """
    if dependent_status in CLOSED_STATUSES or prerequisite_status == Status.CANCELLED:
        return None
    if dependent_start is None or prerequisite_end is None:
        return None
    if dependent_start >= prerequisite_end:
        return None
    return (prerequisite_end - dependent_start).days


def violated_pairs(ctx: Context) -> dict[tuple[int, int], int]:
    """(dependent, prerequisite) -> days the dependent starts before the prerequisite ends."""
    broken: dict[tuple[int, int], int] = {}
    for (a, b) in ctx.dependency_ids:
        dep, pre = ctx.initiatives[a], ctx.initiatives[b]
        gap = finish_to_start_gap(dep["status"], dep["start"], pre["status"], pre["end"])
        if gap is not None:
            broken[(a, b)] = gap
    return broken


@rule("CR201", Severity.HIGH, "Dependency cycle",
      "Initiatives depend on each other in a circle: none of them can start.")
def cycles(ctx: Context) -> Iterator[Found]:
    """Each elementary cycle, named in order, with the link to cut."""
    for cycle, (a, b), why in ctx.cycles():
        chain = " → ".join(ctx.title(k) for k in [*cycle, cycle[0]])
        yield Found(
            "cycle:" + ",".join(str(k) for k in cycle),
            f"{chain}: each waits for the next, so none of them can ever start.",
            f"Cut the link '{ctx.initiatives[a]['title']}' depends on "
            f"'{ctx.initiatives[b]['title']}': {why}.",
            tuple(cycle),
        )


@rule("CR202", Severity.HIGH, "Starts too early",
      "Starts before an initiative it depends on ends.")
def starts_too_early(ctx: Context) -> Iterator[Found]:
    """One finding per dependent initiative, naming each prerequisite it overlaps and by how much.

    The timeline draws the same pairs red (Analysis.violated).
    """
    cuts = {cut for _cycle, cut, _why in ctx.cycles()}
    by_dependent: dict[int, list[tuple[int, int]]] = {}
    for (a, b), days in violated_pairs(ctx).items():
        by_dependent.setdefault(a, []).append((b, days))
    for a in sorted(by_dependent):
        broken = sorted(by_dependent[a], key=lambda item: (-item[1], item[0]))
        worst_end = max(ctx.initiatives[b]["end"] for b, _ in broken)
        parts = [f"{plural(days, 'day')} before {ctx.title(b)} ends" for b, days in broken]
        in_cycle = [b for b, _ in broken if (a, b) in cuts]
        if in_cycle:
            advice = (f"Its link to {ctx.title(in_cycle[0])} closes a dependency cycle (CR201): "
                      "cut that link rather than moving dates.")
        else:
            advice = (f"Start it on or after {worst_end.isoformat()} (auto-schedule does this), "
                      "or remove the dependency if it is not real.")
        yield about(
            a,
            f"{ctx.title(a)} starts " + " and ".join(parts)
            + f", though it depends on {'it' if len(broken) == 1 else 'them'}: "
            "finish-to-start is broken.",
            advice,
            *[b for b, _ in broken],
        )


@rule("CR203", Severity.HIGH, "Depends on cancelled work",
      "Depends on an initiative that was cancelled.")
def depends_on_cancelled(ctx: Context) -> Iterator[Found]:
    """An open initiative waiting for one that will never be delivered."""
    for i in ctx.open_initiatives():
        cancelled = [
            b for b in ctx.prerequisites.get(i["id"], ())
            if ctx.initiatives[b]["status"] is Status.CANCELLED
        ]
        if not cancelled:
            continue
        names = ", ".join(ctx.title(b) for b in sorted(cancelled))
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} depends on cancelled {names}: what it waits for will "
            "never be delivered.",
            "Remove the dependency and plan what it really needs, or reconsider the "
            "initiative itself.",
            *sorted(cancelled),
        )


@rule("CR204", Severity.LOW, "Outside the horizon",
      "Runs outside the planning horizon.")
def outside_horizon(ctx: Context) -> Iterator[Found]:
    """An open, dated initiative starting before or ending after the planning horizon."""
    first, last = ctx.horizon
    if first is None or last is None:
        return
    for i in ctx.open_initiatives():
        start, end = i["start"], i["end"]
        if start is None or end is None:
            continue
        sides = []
        if start < first:
            sides.append(f"starts {plural((first - start).days, 'day')} before it")
        if end > last:
            sides.append(f"ends {plural((end - last).days, 'day')} after it")
        if not sides:
            continue
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} runs outside the planning horizon "
            f"({_span(first, last)}): it {' and '.join(sides)}.",
            _horizon_advice(i, first, last),
        )


def _horizon_advice(i: Attrs, first: dt.date, last: dt.date) -> str:
    if i["end"] < first or i["start"] > last:
        return "Move it into the horizon, or put it in the Later bucket until it is planned."
    new_first, new_last = min(first, i["start"]), max(last, i["end"])
    return (f"Move it inside {_span(first, last)}, or extend the horizon to "
            f"{_span(new_first, new_last)}.")


def _span(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()} to {last.isoformat()}"
