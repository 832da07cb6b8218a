"""Portfolio rules CR301-CR303: overloaded owners, expiring contracts, vendor concentration.

CR301 and CR302 look at open work only (done and cancelled initiatives
need no owner's attention and no contract). CR303 counts every
non-cancelled initiative's budget: money already spent with a vendor ties
the company to it as much as money still to spend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from roadmap.formats import iso_day, percent_number
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.enums import CLOSED_STATUSES, Severity, Status
from roadmap.model.wording import join_names

from .advice import known_vendors
from .context import Context
from .registry import Found, rule

_DAY = dt.timedelta(days=1)


def peak_overlap(spans: list[tuple[int, dt.date, dt.date]]) -> tuple[int, dt.date | None]:
    """The most spans running on one day, and the first such day (sweep line, O(n log n)).

    Spans are (id, start, end) with inclusive dates.
    """
    events = sorted([(start, 1) for _k, start, _e in spans]
                    + [(end + _DAY, -1) for _k, _s, end in spans])
    running = best = 0
    moment: dt.date | None = None
    for day, step in events:  # on the same day -1 sorts first: a span ending frees the slot
        running += step
        if running > best:
            best, moment = running, day
    return best, moment


@rule("CR301", Severity.LOW, QT_TRANSLATE_NOOP("Rules", "Owner overloaded"),
      QT_TRANSLATE_NOOP("Rules", "An owner is accountable for more than N overlapping initiatives "
                        "(CR301.max_overlapping)."))
def overloaded_owner(ctx: Context) -> Iterator[Found]:
    """An owner accountable for more than the allowed number of open initiatives at one moment."""
    limit = int(ctx.settings.threshold("CR301.max_overlapping"))
    spans: dict[int, list[tuple[int, dt.date, dt.date]]] = {}
    for i in ctx.open_initiatives():
        if i["owner_id"] in ctx.owners and i["start"] is not None and i["end"] is not None:
            spans.setdefault(i["owner_id"], []).append((i["id"], i["start"], i["end"]))
    for owner_id in sorted(spans):
        peak, moment = peak_overlap(spans[owner_id])
        if peak <= limit or moment is None:
            continue
        running = [k for k, start, end in spans[owner_id] if start <= moment <= end]
        by_priority = sorted(
            running, key=lambda k: (-ctx.initiatives[k]["priority"], -ctx.initiatives[k]["id"])
        )
        extra = by_priority[: peak - limit]
        name = ctx.owner_name(owner_id)
        yield Found(
            f"owner:{owner_id}",
            translate("CR301", "{name} is accountable for {peak} initiatives at once on {date}, "
                      "more than {limit}: no one can own that many results.").format(
                name=name, peak=peak, date=iso_day(moment), limit=limit),
            translate("CR301", "Hand {initiatives} to another accountable owner, or stagger "
                      "the dates.").format(initiatives=join_names([ctx.title(k) for k in extra])),
            tuple(sorted(running)),
        )


@rule("CR302", Severity.MEDIUM, QT_TRANSLATE_NOOP("Rules", "Contract ends too soon"),
      QT_TRANSLATE_NOOP("Rules",
                        "A vendor's contract ends before an initiative that uses it ends."))
def contract_ends_early(ctx: Context) -> Iterator[Found]:
    """A vendor whose contract end date falls before the end of open work that uses it."""
    for vendor in ctx.vendors.values():
        ends = vendor["contract_end"]
        if ends is None:
            continue
        late = sorted(
            k for k in ctx.vendor_users.get(vendor["id"], ())
            if ctx.initiatives[k]["status"] not in CLOSED_STATUSES
            and ctx.initiatives[k]["end"] is not None and ctx.initiatives[k]["end"] > ends
        )
        if not late:
            continue
        last = max(ctx.initiatives[k]["end"] for k in late)
        names = join_names([ctx.title(k) for k in late])
        yield Found(
            f"vendor:{vendor['id']}",
            (translate("CR302", "{vendor}'s contract ends {date}, before {initiatives} that uses "
                       "it ends.") if len(late) == 1 else
             translate("CR302", "{vendor}'s contract ends {date}, before {initiatives} that use "
                       "it end.")).format(vendor=vendor["name"], date=iso_day(ends),
                                          initiatives=names),
            translate("CR302", "Renew or extend the {vendor} contract to at least {last}, or "
                      "plan the switch to another vendor before {date}.").format(
                vendor=vendor["name"], last=iso_day(last), date=iso_day(ends)),
            tuple(late),
        )


def vendor_budget_shares(ctx: Context) -> tuple[dict[int, float], float]:
    """Each vendor's share (%) of the budget of initiatives that use vendors, and that total.

    Each non-cancelled initiative with a budget and at least one vendor
    splits its budget equally among its vendors, so the shares add up to 100.
    """
    carried: dict[int, float] = {}
    total = 0.0
    for key, vendors in ctx.initiative_vendors.items():
        attrs = ctx.initiatives[key]
        budget = attrs["budget"] or 0
        if attrs["status"] is Status.CANCELLED or budget <= 0 or not vendors:
            continue
        total += budget
        for vendor in vendors:
            carried[vendor] = carried.get(vendor, 0.0) + budget / len(vendors)
    if total <= 0:
        return {}, 0.0
    return {v: 100.0 * amount / total for v, amount in sorted(carried.items())}, total


@rule("CR303", Severity.LOW, QT_TRANSLATE_NOOP("Rules", "Vendor concentration"),
      QT_TRANSLATE_NOOP("Rules", "One vendor carries more than X% of the vendor-using budget "
                        "(CR303.max_share_percent)."))
def vendor_concentration(ctx: Context) -> Iterator[Found]:
    """A vendor carrying more than the allowed share of the budget that goes through vendors."""
    limit = float(ctx.settings.threshold("CR303.max_share_percent"))
    shares, total = vendor_budget_shares(ctx)
    for vendor_id, share in shares.items():
        if share <= limit:
            continue
        vendor = ctx.vendors[vendor_id]
        users = tuple(sorted(
            k for k in ctx.vendor_users.get(vendor_id, ())
            if ctx.initiatives[k]["status"] is not Status.CANCELLED
            and (ctx.initiatives[k]["budget"] or 0) > 0
        ))
        others = [n for n in known_vendors(ctx, vendor["category"]) if n != vendor["name"]]
        alternative = (translate("CR303", "{vendors} already on the roadmap").format(
            vendors=join_names(others)) if others else translate("CR303", "a second supplier"))
        yield Found(
            f"vendor:{vendor_id}",
            translate("CR303", "{vendor} carries {share} of the {total} that goes through "
                      "vendors, more than {limit}: the roadmap depends on one supplier.").format(
                vendor=vendor["name"], share=percent_number(share), total=ctx.money(total),
                limit=percent_number(limit, general=True)),
            translate("CR303", "Negotiate exit terms and data portability with {vendor}, and "
                      "consider {alternative} for part of the work.").format(
                vendor=vendor["name"], alternative=alternative),
            users,
        )
