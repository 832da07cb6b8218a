"""Dependency rules CR201-CR204: cycles, broken finish-to-start, cancelled prerequisites, horizon.

Cycles are reported whatever the status (no date can satisfy them). The
other rules skip done and cancelled dependents: their dates are history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from roadmap.formats import iso_day
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.enums import CLOSED_STATUSES, Severity, Status
from roadmap.model.wording import counted, join_all

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
    """(dependent, prerequisite) -> days the dependent starts before the prerequisite ends.

    With a scope, only the pairs whose dependent is in it.
    """
    broken: dict[tuple[int, int], int] = {}
    if ctx.scope is None:
        pairs: Iterable[tuple[int, int]] = ctx.dependency_ids
    else:
        pairs = [(a, b) for a in sorted(ctx.scope) for b in ctx.prerequisites.get(a, ())]
    for (a, b) in pairs:
        dep, pre = ctx.initiatives[a], ctx.initiatives[b]
        gap = finish_to_start_gap(dep["status"], dep["start"], pre["status"], pre["end"])
        if gap is not None:
            broken[(a, b)] = gap
    return broken


@rule("CR201", Severity.HIGH, QT_TRANSLATE_NOOP("Rules", "Dependency cycle"),
      QT_TRANSLATE_NOOP("Rules",
                        "Initiatives depend on each other in a circle: none of them can start."))
def cycles(ctx: Context) -> Iterator[Found]:
    """Each elementary cycle, named in order, with the link to cut."""
    for cycle, (a, b), why in ctx.cycles():
        chain = " → ".join(ctx.title(k) for k in [*cycle, cycle[0]])
        yield Found(
            "cycle:" + ",".join(str(k) for k in cycle),
            translate("CR201", "{chain}: each waits for the next, so none of them can ever "
                      "start.").format(chain=chain),
            translate("CR201", "Cut the link '{dependent}' depends on '{prerequisite}': "
                      "{why}.").format(dependent=ctx.initiatives[a]["title"],
                                       prerequisite=ctx.initiatives[b]["title"], why=why),
            tuple(cycle),
        )


@rule("CR202", Severity.HIGH, QT_TRANSLATE_NOOP("Rules", "Starts too early"),
      QT_TRANSLATE_NOOP("Rules", "Starts before an initiative it depends on ends."),
      per_initiative=True)
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
        parts = [
            counted(days, translate("CR202", "{count} day before {prerequisite} ends"),
                    translate("CR202", "{count} days before {prerequisite} ends"),
                    prerequisite=ctx.title(b))
            for b, days in broken
        ]
        in_cycle = [b for b, _ in broken if (a, b) in cuts]
        if in_cycle:
            advice = translate("CR202", "Its link to {prerequisite} closes a dependency cycle "
                               "(CR201): cut that link rather than moving dates.").format(
                prerequisite=ctx.title(in_cycle[0]))
        else:
            advice = translate("CR202", "Start it on or after {date} (auto-schedule does this), "
                               "or remove the dependency if it is not real.").format(
                date=iso_day(worst_end))
        if len(broken) == 1:
            message = translate("CR202", "{initiative} starts {gaps}, though it depends on it: "
                                "finish-to-start is broken.")
        else:
            message = translate("CR202", "{initiative} starts {gaps}, though it depends on "
                                "them: finish-to-start is broken.")
        yield about(
            a,
            message.format(initiative=ctx.title(a),
                           gaps=translate("CR202", " and ").join(parts)),
            advice,
            *[b for b, _ in broken],
        )


@rule("CR203", Severity.HIGH, QT_TRANSLATE_NOOP("Rules", "Depends on cancelled work"),
      QT_TRANSLATE_NOOP("Rules", "Depends on an initiative that was cancelled."),
      per_initiative=True)
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
            translate("CR203", "{initiative} depends on cancelled {names}: what it waits for "
                      "will never be delivered.").format(initiative=ctx.title(i["id"]),
                                                         names=names),
            translate("CR203", "Remove the dependency and plan what it really needs, or "
                      "reconsider the initiative itself."),
            *sorted(cancelled),
        )


@rule("CR204", Severity.LOW, QT_TRANSLATE_NOOP("Rules", "Outside the horizon"),
      QT_TRANSLATE_NOOP("Rules", "Runs outside the planning horizon."),
      per_initiative=True)
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
            sides.append(counted((first - start).days,
                                 translate("CR204", "starts {count} day before it"),
                                 translate("CR204", "starts {count} days before it")))
        if end > last:
            sides.append(counted((end - last).days,
                                 translate("CR204", "ends {count} day after it"),
                                 translate("CR204", "ends {count} days after it")))
        if not sides:
            continue
        yield about(
            i["id"],
            translate("CR204", "{initiative} runs outside the planning horizon ({horizon}): "
                      "it {sides}.").format(initiative=ctx.title(i["id"]),
                                            horizon=_span(first, last), sides=join_all(sides)),
            _horizon_advice(i, first, last),
        )


def _horizon_advice(i: Attrs, first: dt.date, last: dt.date) -> str:
    if i["end"] < first or i["start"] > last:
        return translate("CR204", "Move it into the horizon, or put it in the Later bucket "
                         "until it is planned.")
    new_first, new_last = min(first, i["start"]), max(last, i["end"])
    return translate("CR204", "Move it inside {horizon}, or extend the horizon to "
                     "{extended}.").format(horizon=_span(first, last),
                                           extended=_span(new_first, new_last))


def _span(first: dt.date, last: dt.date) -> str:
    return translate("CR204", "{first} to {last}").format(first=iso_day(first),
                                                          last=iso_day(last))
