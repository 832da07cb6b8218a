"""What the board looks ahead to: budget by fiscal year, the plan by quarter, next
milestones and the decisions the board is asked for.

Pure functions over BoardFacts, shared by the PDF's executive summary and the
PowerPoint deck, so both say the same thing and each is tested on its own.
"""

from __future__ import annotations

import datetime as dt
import heapq
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.calendar import fiscal_year, quarters_between
from roadmap.model.enums import Severity, Status
from roadmap.model.wording import counted

from .facts import BoardFacts, InitiativeFact
from .format import money, percent

UNSCHEDULED = QT_TRANSLATE_NOOP("Outlook", "Not scheduled")
"""The budget row of work without dates (English; `unscheduled_label` is what prints)."""


def unscheduled_label() -> str:
    """'Not scheduled' in the reader's language."""
    return translate("Outlook", UNSCHEDULED)


def _live(facts: BoardFacts) -> list[InitiativeFact]:
    return [i for i in facts.initiatives if i.status is not Status.CANCELLED]


def budget_by_fiscal_year(facts: BoardFacts) -> list[tuple[str, int]]:
    """Budget of live work phased by fiscal year, pro rata to the days in each year.

    An initiative without both dates counts under 'Not scheduled'; the
    amounts add up to the total budget (rounding goes to the last year).
    """
    start_month = facts.fiscal_start_month
    prefix = "FY" if start_month != 1 else ""
    years: defaultdict[int, float] = defaultdict(float)
    unscheduled = 0
    for item in _live(facts):
        budget = max(item.budget or 0, 0)
        if not budget:
            continue
        if item.start is None or item.end is None or item.end < item.start:
            unscheduled += budget
            continue
        total_days = (item.end - item.start).days + 1
        shares: list[tuple[int, int]] = []
        cursor = item.start
        while cursor <= item.end:
            year = fiscal_year(cursor, start_month)
            year_end = _fiscal_year_end(year, start_month)
            last = min(year_end, item.end)
            shares.append((year, (last - cursor).days + 1))
            cursor = last + dt.timedelta(days=1)
        given = 0
        for index, (year, days) in enumerate(shares):
            amount = (budget - given if index == len(shares) - 1
                      else round(budget * days / total_days))
            years[year] += amount
            given += amount
    rows = [(f"{prefix}{year}", int(amount)) for year, amount in sorted(years.items())]
    if unscheduled:
        rows.append((unscheduled_label(), unscheduled))
    return rows


def _fiscal_year_end(year: int, start_month: int) -> dt.date:
    """The last day of the fiscal year named `year` (named after the year it ends in)."""
    if start_month == 1:
        return dt.date(year, 12, 31)
    return dt.date(year, start_month, 1) - dt.timedelta(days=1)


@dataclass(frozen=True)
class QuarterPlan:
    """One quarter of the mini-roadmap: what starts and what finishes in it."""

    label: str
    starts: int
    finishes: int
    current: bool


def plan_by_quarter(facts: BoardFacts) -> list[QuarterPlan]:
    """The planning horizon quarter by quarter: initiatives starting and finishing in each."""
    quarters = quarters_between(facts.horizon_start, facts.horizon_end,
                                facts.fiscal_start_month)
    firsts = [q.start for q in quarters]  # back to back, in order: a date is in one at most
    starts: Counter[int] = Counter()
    finishes: Counter[int] = Counter()
    for item in _live(facts):
        for when, counter in ((item.start, starts), (item.end, finishes)):
            if when is None:
                continue
            index = bisect_right(firsts, when) - 1
            if index >= 0 and when <= quarters[index].end:
                counter[index] += 1
    return [QuarterPlan(q.fiscal_label(facts.fiscal_start_month), starts[k], finishes[k],
                        q.start <= facts.as_of <= q.end)
            for k, q in enumerate(quarters)]


@dataclass(frozen=True)
class MilestoneFact:
    """A milestone ahead: when, what, of which initiative."""

    date: dt.date
    name: str
    initiative: str


def next_milestones(facts: BoardFacts, limit: int = 6) -> list[MilestoneFact]:
    """The next milestones on or after the as-of date, soonest first, of live work.

    An initiative's end counts as its 'go-live' milestone when it has none ahead.
    """
    found: list[tuple[dt.date, str, str, str]] = []
    finish = translate("Outlook", "Finish")
    for item in _live(facts):
        if item.status is Status.DONE:
            continue
        ahead = [(when, name) for name, when in item.milestones if when >= facts.as_of]
        if not ahead and item.end is not None and item.end >= facts.as_of:
            ahead = [(item.end, finish)]
        title = item.title
        found.extend((when, title.casefold(), name, title) for when, name in ahead)
    # nsmallest is sorted(...)[:limit], ties kept in order, without sorting them all.
    return [MilestoneFact(when, name, title) for when, _, name, title
            in heapq.nsmallest(limit, found, key=lambda m: m[:3])]


def board_asks(facts: BoardFacts, limit: int = 4) -> list[str]:
    """The decisions the board is asked for, most consequential first.

    Each names what to decide and how much it concerns, drawn from the open
    findings and the figures; at most `limit`.
    """
    fig = facts.figures
    open_codes = Counter(f.code for f in facts.findings if f.accepted is None)
    currency = facts.currency
    asks: list[str] = []
    if fig.it_alone:
        it_budget = sum(max(i.budget or 0, 0) for i in _live(facts) if i.it_alone)
        share = it_budget / fig.total_budget if fig.total_budget else None
        asks.append(counted(
            fig.it_alone,
            translate("Outlook", "Name a business lead for {count} IT-alone initiative "
                      "({budget}, {share} of the budget), or stop them."),
            translate("Outlook", "Name a business lead for {count} IT-alone initiatives "
                      "({budget}, {share} of the budget), or stop them."),
            budget=money(it_budget, currency), share=percent(share)))
    if open_codes["CR201"]:
        asks.append(counted(
            open_codes["CR201"],
            translate("Outlook", "Decide which link to cut in {count} dependency cycle (the "
                      "findings name one)."),
            translate("Outlook", "Decide which link to cut in {count} dependency cycles (the "
                      "findings name one).")))
    if fig.violated:
        asks.append(counted(
            fig.violated,
            translate("Outlook", "Approve new dates for {count} initiative that start before "
                      "their prerequisites end, or accept the risk."),
            translate("Outlook", "Approve new dates for {count} initiatives that start before "
                      "their prerequisites end, or accept the risk.")))
    if open_codes["CR100"]:
        asks.append(counted(
            open_codes["CR100"],
            translate("Outlook", "Give {count} initiative nobody owns an accountable owner."),
            translate("Outlook", "Give {count} initiatives nobody owns an accountable owner.")))
    if open_codes["CR103"]:
        asks.append(counted(
            open_codes["CR103"],
            translate("Outlook", "Find an executive sponsor for {count} initiative."),
            translate("Outlook", "Find an executive sponsor for {count} initiatives.")))
    if open_codes["CR104"]:
        asks.append(counted(
            open_codes["CR104"],
            translate("Outlook", "Fund or park {count} initiative without a budget."),
            translate("Outlook", "Fund or park {count} initiatives without a budget.")))
    high = fig.open_by_severity.get(Severity.HIGH, 0)
    if not asks and high:
        asks.append(counted(
            high,
            translate("Outlook", "Review {count} high-severity finding and agree who acts by "
                      "when."),
            translate("Outlook", "Review {count} high-severity findings and agree who acts by "
                      "when.")))
    if not asks:
        asks.append(translate("Outlook", "No decision is needed: note the plan as presented."))
    return asks[:limit]


def it_alone_budget_share(facts: BoardFacts) -> tuple[int, float | None]:
    """Budget of live IT-alone work and its share of the total budget (None without budget)."""
    amount = sum(max(i.budget or 0, 0) for i in _live(facts) if i.it_alone)
    total = facts.figures.total_budget
    return amount, (amount / total if total else None)
