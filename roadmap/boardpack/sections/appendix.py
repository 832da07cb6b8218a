"""The appendix: every initiative's details, vendors and contracts, workshop decisions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from roadmap.formats import integer
from roadmap.i18n import SOURCE_LANGUAGE, language, translate
from roadmap.model.enums import Role
from roadmap.model.wording import counted

from ..facts import InitiativeFact
from ..flowables import Cell, Column, GridRow, GridTable, Group, Heading, make_room, subsection
from ..format import day, money, span
from ..styles import colour
from .ownership import grouped_by_lead

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer


COMPACT_ABOVE = 500
"""Above this many initiatives the appendix lists one line per initiative."""


def build(r: BoardPackRenderer) -> list[Flowable]:
    """Initiatives by lead department, then vendors, then decisions when there are any."""
    facts = r.facts
    compact = len(facts.initiatives) > COMPACT_ABOVE
    message = translate("Appendix", "All {count} initiatives by lead department; # is the "
                        "reference used on the timeline and the matrix").format(
        count=integer(len(facts.initiatives)))
    if compact:
        message += translate("Appendix", " · one line each")
        r.preflight.note(translate(
            "Appendix", "The appendix lists the {count} initiatives one line each (more than "
            "{limit}): descriptions, success measures and milestones are left out, titles and "
            "names are shortened to their column.").format(count=len(facts.initiatives),
                                                            limit=COMPACT_ABOVE))
    story: list[Flowable] = [
        r.section_start("appendix", translate("Appendix", "Appendix")),
        Heading(r, translate("Appendix", "Appendix: initiative details"), message),
        compact_table(r) if compact else initiative_table(r),
    ]
    if facts.vendor_events or any(i.vendors for i in facts.initiatives):
        story += subsection(r, Paragraph(translate("Appendix", "Vendors and contracts"),
                                         r.styles["H2"]), vendor_table(r))
    if facts.decisions:
        story += subsection(r, Paragraph(translate("Appendix", "Workshop decisions"),
                                         r.styles["H2"]), decision_table(r))
    return story


def _namer(r: BoardPackRenderer) -> Callable[[InitiativeFact], str]:
    """The function naming an initiative's departments by strength of role.

    'Marketing (lead), IT (enabler)'; the department names and role words
    are looked up once for the whole table.
    """
    depts = {d.id: d.name for d in r.facts.departments}
    lower = language() == SOURCE_LANGUAGE
    roles = {role: role.label.lower() if lower else role.label for role in Role}
    ranks = {role: role.rank for role in Role}
    nobody = translate("Appendix", "no department")

    def names(item: InitiativeFact) -> str:
        ranked = sorted((ranks[role], depts[d], role) for d, role in item.roles.items()
                        if d in depts)
        return ", ".join(f"{name} ({roles[role]})" for _rank, name, role in ranked) or nobody

    return names


def _lead_groups(r: BoardPackRenderer) -> Iterator[tuple[Group, list[InitiativeFact]]]:
    """The initiatives grouped by lead department, each with its group header row."""
    for title, hex_colour, members in grouped_by_lead(r):
        yield (Group(title, colour(hex_colour) if hex_colour else None,
                     counted(len(members), translate("Appendix", "{count} initiative"),
                             translate("Appendix", "{count} initiatives"))), members)


def _schedule(item: InitiativeFact, undated: str) -> str:
    """'Mar 2027 – Sep 2027', or the bucket of an idea not yet dated ('Next (no dates)')."""
    if not item.scheduled and item.bucket is not None:
        return f"{item.bucket.label} ({undated})"
    return span(item.start, item.end)


def initiative_table(r: BoardPackRenderer) -> GridTable:
    """One row per initiative with everything the board may ask about."""
    facts = r.facts
    names = _namer(r)
    rows: list[GridRow] = []
    for group, members in _lead_groups(r):
        rows.append(group)
        for item in members:
            schedule = _schedule(item, translate("Appendix", "not scheduled"))
            measure = item.measure or translate("Appendix", "no success measure")
            if item.measure_kind:
                measure += f" ({item.measure_kind})"
            links = []
            if item.depends_on:
                links.append(translate("Appendix", "Depends on {ids}").format(
                    ids=", ".join(f"#{k}" for k in item.depends_on)))
            if item.vendors:
                links.append(translate("Appendix", "Vendors: {names}").format(
                    names=", ".join(item.vendors)))
            if item.milestones:
                links.append(translate("Appendix", "Milestones: {milestones}").format(
                    milestones="; ".join(f"{n} {day(d)}" for n, d in item.milestones)))
            facts_line = " · ".join(p for p in (
                item.benefit, item.sourcing, item.journey.label if item.journey else "",
                translate("Appendix", "priority {priority}").format(priority=item.priority))
                if p)
            if item.customer_facing:
                facts_line += translate("Appendix", " · customer facing")
            rows.append([
                Cell([(str(item.id), "muted")], align="right"),
                Cell([(item.title, "bold"), (item.description, "normal")],
                     badge=translate("Appendix", "IT ALONE") if item.it_alone else ""),
                Cell([(names(item), "normal"), (facts_line, "muted")]),
                Cell([(item.owner or translate("Appendix", "no owner"), "normal"),
                      (translate("Appendix", "Sponsor: {name}").format(
                          name=item.sponsor or translate("Appendix", "none")), "muted")]),
                Cell([(schedule, "normal"),
                      (f"{item.status.label} · {item.health.label}", "muted")]),
                Cell([(money(item.budget, facts.currency), "normal")], align="right"),
                Cell([(measure, "normal"),
                      (item.customer_value and translate("Appendix", "Customer value: {value}")
                       .format(value=item.customer_value), "muted")]),
                Cell([("\n".join(links) or "—", "normal")]),
            ])
    columns = [
        Column("#", 9, align="right", max_lines=1),
        Column(translate("Appendix", "Initiative"), 64, max_lines=6),
        Column(translate("Appendix", "Departments"), 40, max_lines=None),
        Column(translate("Appendix", "Owner"), 28, max_lines=None),
        Column(translate("Appendix", "Schedule"), 26, max_lines=None),
        Column(translate("Appendix", "Budget"), 15, align="right", max_lines=1),
        Column(translate("Appendix", "Success measure"), 44, max_lines=None),
        Column(translate("Appendix", "Links"), 44, max_lines=None),
    ]
    make_room(columns, 5, [money(i.budget, facts.currency) for i in facts.initiatives],
              r.frame_width, donor=1)
    return GridTable(r, columns, rows, where="appendix")


def compact_table(r: BoardPackRenderer) -> GridTable:
    """One line per initiative: the facts a board member looks up."""
    facts = r.facts
    names = _namer(r)
    undated = translate("Appendix", "no dates")
    rows: list[GridRow] = []
    for group, members in _lead_groups(r):
        rows.append(group)
        for item in members:
            schedule = _schedule(item, undated)
            rows.append([
                Cell([(str(item.id), "muted")], align="right"),
                Cell([(item.title, "bold")],
                     badge=translate("Appendix", "IT ALONE") if item.it_alone else ""),
                names(item),
                item.owner or translate("Appendix", "no owner"),
                item.sponsor or translate("Appendix", "none"),
                schedule,
                f"{item.status.label} · {item.health.label}",
                money(item.budget, facts.currency),
                ", ".join(f"#{k}" for k in item.depends_on) or "—",
            ])
    columns = [
        Column("#", 9, align="right", max_lines=1),
        Column(translate("Appendix", "Initiative"), 62, max_lines=1),
        Column(translate("Appendix", "Departments"), 50, max_lines=1),
        Column(translate("Appendix", "Owner"), 26, max_lines=1),
        Column(translate("Appendix", "Sponsor"), 26, max_lines=1),
        Column(translate("Appendix", "Schedule"), 28, max_lines=1),
        Column(translate("Appendix", "Status · health"), 24, max_lines=1),
        Column(translate("Appendix", "Budget"), 14, align="right", max_lines=1),
        Column(translate("Appendix", "Depends on"), 28, max_lines=1),
    ]
    make_room(columns, 7, [money(i.budget, facts.currency) for i in facts.initiatives],
              r.frame_width, donor=1)
    return GridTable(r, columns, rows, where="appendix", quiet=True)


def vendor_table(r: BoardPackRenderer) -> GridTable:
    """Vendors with their category, contract end and how many initiatives use them."""
    facts = r.facts
    usage: dict[str, int] = {}
    for item in facts.initiatives:
        for name in item.vendors:
            usage[name] = usage.get(name, 0) + 1
    ends = {e.name: e for e in facts.vendor_events}
    names = sorted(set(usage) | set(ends), key=str.casefold)
    rows: list[GridRow] = []
    for name in names:
        event = ends.get(name)
        rows.append([
            Cell([(name, "bold")]),
            Cell([(event.category if event else "", "normal")]),
            Cell([(day(event.date) if event else translate("Appendix", "no end date"),
                   "normal")]),
            Cell([(str(usage.get(name, 0)), "normal")], align="right"),
        ])
    columns = [Column(translate("Appendix", "Vendor"), 80, max_lines=2),
               Column(translate("Appendix", "Category"), 50, max_lines=1),
               Column(translate("Appendix", "Contract ends"), 40, max_lines=1),
               Column(translate("Appendix", "Initiatives using it"), 30, align="right",
                      max_lines=1)]
    return GridTable(r, columns, rows, where="vendors", width=r.frame_width * 0.7)


def decision_table(r: BoardPackRenderer) -> GridTable:
    """Decisions taken in workshops, oldest first."""
    rows: list[GridRow] = []
    for d in sorted(r.facts.decisions, key=lambda d: d.made_at):
        rows.append([
            Cell([(day(d.made_at.date()), "normal")]),
            Cell([(d.text, "bold"), (d.change, "muted")]),
            Cell([(d.initiative or "—", "normal")]),
        ])
    columns = [Column(translate("Appendix", "Date"), 22, max_lines=1),
               Column(translate("Appendix", "Decision"), 140, max_lines=6),
               Column(translate("Appendix", "Initiative"), 70, max_lines=2)]
    return GridTable(r, columns, rows, where="decisions")
