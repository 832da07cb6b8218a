"""Ideas not yet scheduled: initiatives without dates, by horizon (now, next, later).

A few fit in a panel under the timeline; many get a table of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from roadmap.i18n import translate
from roadmap.model.enums import Bucket

from ..facts import InitiativeFact
from ..flowables import HEADING_HEIGHT, Cell, Column, GridTable, Heading

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

IT_BADGE = "IT"


def idea_columns(initiatives: list[InitiativeFact]) -> dict[str, list[InitiativeFact]]:
    """Initiatives without both dates, by horizon (now, next, later, none), priority first."""
    columns: dict[str, list[InitiativeFact]] = {b.label: [] for b in Bucket}
    no_horizon = translate("Ideas", "No horizon")
    columns[no_horizon] = []
    waiting = [i for i in initiatives if not i.scheduled]
    for item in sorted(waiting, key=lambda i: (i.priority, i.title.casefold(), i.id)):
        columns[item.bucket.label if item.bucket else no_horizon].append(item)
    return {name: items for name, items in columns.items() if items}


def unscheduled(r: BoardPackRenderer, after_chart: bool) -> list[Flowable]:
    """Date-less initiatives in now / next / later columns."""
    columns = idea_columns(r.facts.initiatives)
    if not columns:
        return []
    items = [i for members in columns.values() for i in members]
    names = list(columns)
    depth = max(len(columns[n]) for n in names)
    rows = []
    for k in range(depth):
        row: list[str | Cell] = []
        for name in names:
            members = columns[name]
            if k < len(members):
                item = members[k]
                lead = item.lead.name if item.lead else translate("Ideas", "no lead department")
                row.append(Cell([(item.title, "bold"), (f"#{item.id} · {lead}", "muted")],
                                badge=IT_BADGE if item.it_alone else ""))
            else:
                row.append("")
        rows.append(row)
    table = GridTable(
        r, [Column(f"{n} ({len(columns[n])})", 1, max_lines=2) for n in names], rows,
        where="not yet scheduled", zebra=False,
    )
    flow: list[Flowable] = [CondPageBreak(HEADING_HEIGHT + 80)] if after_chart else []
    flow += [Spacer(1, 10), Heading(r, translate("Ideas", "Not yet scheduled"),
                                    translate("Ideas", "{count} initiatives without dates, by "
                                              "horizon").format(count=len(items))),
             table]
    return flow
