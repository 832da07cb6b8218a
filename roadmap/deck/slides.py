"""The deck's slides: cover, executive summary, what changed, timeline, top findings.

Each function adds slides to a python-pptx Presentation from the same facts
and view models the PDF board pack prints (BoardFacts, the app's timeline
lanes, the outlook figures), so the deck and the pack never disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pptx.enum.dml import MSO_LINE_DASH_STYLE, MSO_PATTERN
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Pt

from roadmap.boardpack.facts import BoardFacts, FindingFact, InitiativeFact
from roadmap.boardpack.format import day, money, percent
from roadmap.boardpack.lanes import Axis, Lane
from roadmap.boardpack.outlook import (
    board_asks,
    it_alone_budget_share,
    next_milestones,
    plan_by_quarter,
)
from roadmap.boardpack.sections.summary import key_message
from roadmap.boardpack.styles import SANS_BOLD
from roadmap.boardpack.text import wrap
from roadmap.formats import integer
from roadmap.i18n import translate
from roadmap.model import palette
from roadmap.model.calendar import long_day
from roadmap.model.enums import Health, Severity, Status
from roadmap.snapshots.report import change_lines, section_title

from .shapes import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAPER,
    RULE,
    SHADE,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    VIOLATION,
    box,
    emu,
    fit,
    footer,
    heading,
    rgb,
    text,
    tint,
)

ROWS_PER_SLIDE = 16
TIMELINE_SLIDES_MAX = 6
"""Beyond this many slides of rows, the timeline shows the critical path and the largest budgets."""
FINDINGS_PER_SLIDE = 6
FINDING_SLIDES_MAX = 2
CHANGES_MAX = 14
HEALTH_KINDS = {Health.GREEN: MSO_SHAPE.OVAL, Health.AMBER: MSO_SHAPE.ISOSCELES_TRIANGLE,
                Health.RED: MSO_SHAPE.RECTANGLE}
"""Each health has its own shape as well as its colour, as in the PDF."""


def _blank(deck: Any) -> Any:
    """A new slide of the 'Blank' layout, in python-pptx's turbo-add mode: each shape added
    takes the next id from a count instead of a search of every id on the slide."""
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.shapes.turbo_add_enabled = True
    return slide


def _furniture(slide: Any, facts: BoardFacts) -> None:
    footer(slide, facts.confidentiality.upper(),
           translate("Deck", "As of {date}").format(date=long_day(facts.as_of)))


def cover(deck: Any, facts: BoardFacts) -> None:
    """Title, organisation, as-of date and confidentiality."""
    slide = _blank(deck)
    box(slide, 0, 0, SLIDE_WIDTH, SLIDE_HEIGHT, ACCENT, name="Background")
    text(slide, 0.8, 2.0, 11.5, 1.4, facts.title or translate("Deck", "Roadmap"), size=44,
         bold=True,
         colour=PAPER, name="Title")
    lines = [facts.organisation,
             translate("Deck", "Board pack as of {date}").format(date=long_day(facts.as_of))]
    if facts.version:
        lines.append(translate("Deck", "Version {version}").format(version=facts.version))
    text(slide, 0.8, 3.6, 11.5, 1.4, "\n".join(x for x in lines if x), size=20,
         colour=PAPER, name="Subtitle")
    text(slide, 0.8, 6.4, 11.5, 0.5, facts.confidentiality.upper(), size=14, bold=True,
         colour=PAPER, name="Confidentiality")


def summary(deck: Any, facts: BoardFacts) -> None:
    """Headline figures, the plan by quarter, the decisions asked and the next milestones."""
    slide = _blank(deck)
    top = heading(slide, translate("Summary", "Executive summary"), key_message(facts))
    fig = facts.figures
    it_budget, it_share = it_alone_budget_share(facts)
    high = fig.open_by_severity.get(Severity.HIGH, 0)
    tiles = [
        (integer(fig.initiatives), translate("Summary", "Initiatives"), False),
        (money(fig.total_budget, facts.currency), translate("Summary", "Total budget"), False),
        (percent(fig.business_led_share), translate("Summary", "Business-led budget"), False),
        (percent(it_share), translate("Deck", "Run by IT alone ({budget})").format(
            budget=money(it_budget, facts.currency)),
         bool(fig.it_alone)),
        (integer(high), translate("Summary", "High findings open"), bool(high)),
        (integer(fig.violated), translate("Summary", "Broken dependencies"), bool(fig.violated)),
    ]
    gap = 0.15
    width = (SLIDE_WIDTH - 2 * MARGIN - gap * (len(tiles) - 1)) / len(tiles)
    for index, (value, label, alarm) in enumerate(tiles):
        x = MARGIN + index * (width + gap)
        box(slide, x, top, width, 1.25, SHADE, name=f"Figure {index + 1}")
        box(slide, x, top, width, 0.06, VIOLATION if alarm else ACCENT)
        text(slide, x + 0.08, top + 0.12, width - 0.16, 0.6, value, size=28, bold=True,
             colour=VIOLATION if alarm else ACCENT)
        text(slide, x + 0.08, top + 0.72, width - 0.16, 0.5, label, size=12, bold=True)
    top += 1.45
    quarters = plan_by_quarter(facts)
    if quarters:
        text(slide, MARGIN, top, 1.3, 0.7, translate("Deck", "Plan by\nquarter"), size=13,
             bold=True,
             colour=ACCENT)
        width = (SLIDE_WIDTH - 2 * MARGIN - 1.35) / len(quarters)
        for index, quarter in enumerate(quarters):
            x = MARGIN + 1.35 + index * width
            box(slide, x, top, width - 0.04, 0.7, ACCENT if quarter.current else SHADE,
                name=f"Quarter {quarter.label}")
            ink = PAPER if quarter.current else INK
            text(slide, x + 0.02, top + 0.02, width - 0.08, 0.33, quarter.label, size=13,
                 bold=True, colour=ink)
            text(slide, x + 0.02, top + 0.34, width - 0.08, 0.33,
                 translate("Summary", "{starts} start · {finishes} end").format(
                     starts=quarter.starts, finishes=quarter.finishes), size=12, colour=ink)
        top += 0.9
    half = (SLIDE_WIDTH - 2 * MARGIN - 0.4) / 2
    text(slide, MARGIN, top, half, 0.4, translate("Summary", "Decisions asked of the board"),
         size=18, bold=True,
         colour=ACCENT)
    asks = "\n".join(f"{n}. {ask}" for n, ask in enumerate(board_asks(facts), start=1))
    text(slide, MARGIN, top + 0.45, half, SLIDE_HEIGHT - top - 1.0, asks, size=15,
         name="Decisions asked")
    x = MARGIN + half + 0.4
    text(slide, x, top, half, 0.4, translate("Summary", "Next milestones"), size=18, bold=True,
         colour=ACCENT)
    milestones = next_milestones(facts, 6)
    lines = [f"{day(m.date)}   {m.name} ({m.initiative})" for m in milestones] or [
        translate("Summary", "None ahead.")]
    text(slide, x, top + 0.45, half, SLIDE_HEIGHT - top - 1.0, "\n".join(lines), size=14,
         name="Next milestones")
    _furniture(slide, facts)


def changes(deck: Any, facts: BoardFacts, since: Any) -> None:
    """'What changed since <snapshot>': the comparison's lines, biggest sections first.

    `since` is roadmap.snapshots.trend.ChangesSince (None: no snapshot, no slide).
    """
    if since is None:
        return
    slide = _blank(deck)
    name = since.snapshot.name
    lines = change_lines(since.comparison)
    taken = since.snapshot.taken_at
    when = f" ({long_day(taken.date())})" if isinstance(taken, dt.datetime) else ""
    top = heading(slide, translate("Changes", "What changed since {name}").format(name=name),
                  translate("Deck", "{count} changes since the snapshot{when}").format(
                      count=len(lines), when=when) if lines
                  else translate("Deck", "Nothing changed since the snapshot{when}").format(
                      when=when))
    shown = [f"{section_title(line.section)}: {line.text}" for line in lines[:CHANGES_MAX]]
    if len(lines) > CHANGES_MAX:
        shown.append(translate("Deck", "+{count} more in the board pack").format(
            count=len(lines) - CHANGES_MAX))
    if shown:
        text(slide, MARGIN, top, SLIDE_WIDTH - 2 * MARGIN, SLIDE_HEIGHT - top - 0.6,
             "\n".join(shown), size=14, name="Changes")
    _furniture(slide, facts)


# --- the timeline ---------------------------------------------------------------

LANE_W = 1.6
TITLE_W = 3.7
ROW_H = 0.3
AXIS_H = 0.36


def _rows(lanes: list[Lane], facts: BoardFacts) -> tuple[list[tuple[int, InitiativeFact]], int]:
    """(lane index, initiative) rows in lane order, cut to what the slides hold."""
    rows = [(k, item) for k, lane in enumerate(lanes) for item in lane.initiatives]
    room = ROWS_PER_SLIDE * TIMELINE_SLIDES_MAX
    if len(rows) <= room:
        return rows, 0
    ranked = sorted(range(len(rows)), key=lambda n: (not rows[n][1].critical,
                                                     -(rows[n][1].budget or 0), n))
    keep = set(ranked[:room])
    return [row for n, row in enumerate(rows) if n in keep], len(rows) - room


def timeline(deck: Any, facts: BoardFacts, lanes: list[Lane], lanes_by: str) -> None:
    """Swimlanes over quarters as native shapes: one rectangle and one text box per row."""
    rows, left_out = _rows(lanes, facts)
    x0 = MARGIN + LANE_W + TITLE_W
    axis = Axis.for_horizon(facts.horizon_start, facts.horizon_end, x0,
                            SLIDE_WIDTH - MARGIN - x0, facts.fiscal_start_month)
    count = -(-len(rows) // ROWS_PER_SLIDE)
    size = -(-len(rows) // count) if count else ROWS_PER_SLIDE  # balanced: no near-empty slide
    chunks = [rows[k:k + size] for k in range(0, len(rows), size)] or [[]]
    for number, chunk in enumerate(chunks, start=1):
        slide = _blank(deck)
        message = translate("Timeline", "{count} scheduled initiatives by {lanes}, {start} to "
                            "{end}").format(count=sum(len(lane.initiatives) for lane in lanes),
                                            lanes=translate("Timeline", lanes_by),
                                            start=long_day(axis.start),
                                            end=long_day(axis.end - dt.timedelta(days=1)))
        if left_out:
            message += translate("Deck", " · the critical path and largest budgets; {count} "
                                 "more in the pack").format(count=left_out)
        title = translate("Timeline", "Roadmap timeline") + (
            translate("Deck", " ({number} of {total})").format(number=number, total=len(chunks))
            if len(chunks) > 1 else "")
        top = heading(slide, title, message)
        _axis(slide, axis, top)
        top += AXIS_H + 0.05
        _lane_labels(slide, lanes, chunk, top)
        for index, (_lane, item) in enumerate(chunk):
            _row(slide, axis, item, top + index * ROW_H, index)
        _today(slide, axis, facts.as_of, top, len(chunk))
        _legend(slide, top + max(len(chunk), 1) * ROW_H + 0.1)
        _furniture(slide, facts)


def _axis(slide: Any, axis: Axis, top: float) -> None:
    for index, quarter in enumerate(axis.quarters()):
        left = axis.x(quarter.start)
        right = axis.x(quarter.end + dt.timedelta(days=1))
        box(slide, left, top, right - left - 0.02, AXIS_H, ACCENT if index % 2 == 0 else MUTED,
            label=quarter.label, size=12, ink=PAPER, bold=True, align="center",
            name=f"Quarter {quarter.label}", wrap=False)
    text(slide, MARGIN, top + 0.04, LANE_W, AXIS_H, translate("Timeline", "LANE"), size=12,
         bold=True, colour=MUTED)
    text(slide, MARGIN + LANE_W, top + 0.04, TITLE_W, AXIS_H, translate("Timeline", "INITIATIVE"),
         size=12, bold=True,
         colour=MUTED)


def _lane_labels(slide: Any, lanes: list[Lane], chunk: list[tuple[int, InitiativeFact]],
                 top: float) -> None:
    start = 0
    while start < len(chunk):
        lane_index = chunk[start][0]
        end = start
        while end < len(chunk) and chunk[end][0] == lane_index:
            end += 1
        lane = lanes[lane_index]
        y = top + start * ROW_H
        height = (end - start) * ROW_H
        box(slide, MARGIN, y + 0.02, 0.06, height - 0.04, rgb(lane.colour or palette.GREY))
        room = LANE_W - 0.2
        lines = wrap(lane.title, room * 72, SANS_BOLD, 12, end - start)[0]
        text(slide, MARGIN + 0.1, y, LANE_W - 0.12, max(height, ROW_H), "\n".join(lines),
             size=12, bold=True, wrap=False, name=f"Lane {lane.title}")
        slide.shapes.add_connector(1, emu(MARGIN), emu(y + height),
                                   emu(SLIDE_WIDTH - MARGIN), emu(y + height)).line.color.rgb = RULE
        start = end


def _row(slide: Any, axis: Axis, item: InitiativeFact, y: float, index: int) -> None:
    badge = translate("Deck", "  [IT ALONE]") if item.it_alone else ""
    room = TITLE_W - 0.15 - len(badge) * 0.1
    label = f"{item.id}  " + fit(item.title, room - 0.35, 12, bold=item.critical) + badge
    text(slide, MARGIN + LANE_W, y, TITLE_W, ROW_H, label, size=12, bold=item.critical,
         wrap=False, name=f"Title {item.id}")
    if item.start is None or item.end is None:
        return
    left, right, _cut_left, _cut_right = axis.bar(item.start, item.end)
    ink = palette.HEALTH[item.health]
    bar = box(slide, left, y + 0.05, max(right - left, 0.05), ROW_H - 0.1, None,
              name=f"Bar {item.id}")
    if item.status is Status.CANCELLED:
        bar.fill.solid()
        bar.fill.fore_color.rgb = tint(palette.STATUS[Status.CANCELLED], 0.6)
    elif item.it_alone:
        bar.fill.patterned()
        bar.fill.pattern = MSO_PATTERN.WIDE_UPWARD_DIAGONAL
        bar.fill.fore_color.rgb = INK
        bar.fill.back_color.rgb = tint(ink, 0.3)
    elif item.status is Status.IDEA:
        bar.fill.background()
    else:
        bar.fill.solid()
        bar.fill.fore_color.rgb = tint(ink, 0.45) if item.status is Status.PLANNED else rgb(ink)
    bar.line.color.rgb = INK if item.critical else rgb(ink)
    bar.line.width = Pt(2 if item.critical else 0.75)
    if item.status is Status.IDEA:
        bar.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    if right - left > 0.3:
        size = ROW_H - 0.16
        box(slide, left + 0.05, y + 0.08, size, size, PAPER, line=INK,
            kind=HEALTH_KINDS[item.health], name=f"Health {item.id}")
    for name, when in item.milestones:
        if axis.contains(when):
            x = axis.x(when)
            box(slide, x - 0.07, y + 0.08, 0.14, ROW_H - 0.16, INK, kind=MSO_SHAPE.DIAMOND,
                name=f"Milestone {name}")


def _today(slide: Any, axis: Axis, as_of: dt.date, top: float, rows: int) -> None:
    if not axis.contains(as_of):
        return
    x = axis.x(as_of)
    line = slide.shapes.add_connector(1, emu(x), emu(top), emu(x), emu(top + rows * ROW_H))
    line.line.color.rgb = ACCENT
    line.line.width = Pt(1.5)
    line.name = "As of"


def _legend(slide: Any, top: float) -> None:
    x = MARGIN
    for health in Health:
        box(slide, x, top + 0.04, 0.18, 0.18, rgb(palette.HEALTH[health]), line=INK,
            kind=HEALTH_KINDS[health])
        text(slide, x + 0.22, top, 1.6, 0.3, translate("Timeline", "{health} health").format(
            health=health.label), size=12)
        x += 1.75
    for label in (translate("Deck", "Planned: tinted"), translate("Deck", "Started: solid"),
                  translate("Deck", "IT alone: hatched"), translate("Deck", "Critical: bold"),
                  translate("Deck", "◆ Milestone")):
        width = len(label) * 0.095 + 0.2  # DejaVu at 12 pt: about 0.095 in a character
        text(slide, x, top, width, 0.3, label, size=12, colour=MUTED)
        x += width


# --- findings -------------------------------------------------------------------

def findings(deck: Any, facts: BoardFacts) -> None:
    """The top open findings, worst first, each with who acts and by when."""
    open_ = [f for f in facts.findings if f.accepted is None]
    shown = open_[:FINDINGS_PER_SLIDE * FINDING_SLIDES_MAX]
    chunks = [shown[k:k + FINDINGS_PER_SLIDE]
              for k in range(0, len(shown), FINDINGS_PER_SLIDE)] or [[]]
    for number, chunk in enumerate(chunks, start=1):
        slide = _blank(deck)
        counts = {s: sum(1 for f in open_ if f.severity is s) for s in Severity}
        message = translate("Deck", "{open} open: {high} high, {medium} medium, {low} low").format(
            open=len(open_), high=counts[Severity.HIGH], medium=counts[Severity.MEDIUM],
            low=counts[Severity.LOW])
        if len(open_) > len(shown) and number == len(chunks):
            message += translate("Deck", " · {count} more in the board pack").format(
                count=len(open_) - len(shown))
        title = translate("Summary", "Top findings") + (
            translate("Deck", " ({number} of {total})").format(number=number, total=len(chunks))
            if len(chunks) > 1 else "")
        top = heading(slide, title, message)
        if not chunk:
            text(slide, MARGIN, top, 8, 0.5, translate("Summary", "No open findings."), size=18)
        else:
            _findings_table(slide, chunk, top)
        _furniture(slide, facts)


def _findings_table(slide: Any, chunk: list[FindingFact], top: float) -> None:
    widths = [1.15, 0.9, 2.75, 4.35, 2.1, 1.08]
    heads = [translate("Findings", "Severity"), translate("Findings", "Code"),
             translate("Findings", "About"), translate("Findings", "Finding"),
             translate("Deck", "Who acts"), translate("Deck", "Due")]
    height = 0.45 + 0.68 * len(chunk)
    frame = slide.shapes.add_table(len(chunk) + 1, len(widths), emu(MARGIN), emu(top),
                                   emu(sum(widths)), emu(height))
    frame.name = "Findings"
    table = frame.table
    for column, width in enumerate(widths):
        table.columns[column].width = emu(width)
    for column, head in enumerate(heads):
        _cell(table.cell(0, column), head, bold=True, colour=PAPER, fill=ACCENT)
    for row, f in enumerate(chunk, start=1):
        due = day(f.due) + ("" if f.recorded else translate("Summary", " (proposed)")) \
            if f.due else "—"
        values = [f.severity.label.upper(), f.code, f.subject,
                  f"{f.title}: {first_sentence(f.suggestion)}" if f.suggestion else f.title,
                  f.owner or translate("Findings", "not named"), due]
        for column, value in enumerate(values):
            fill = rgb(palette.SEVERITY[f.severity]) if column == 0 else None
            ink = rgb(palette.text_on(palette.SEVERITY[f.severity])) if column == 0 else INK
            _cell(table.cell(row, column), value, bold=column in (0, 1, 4), colour=ink,
                  fill=fill)


def first_sentence(value: str) -> str:
    """The first sentence of `value` (the whole text when it has one)."""
    head, dot, rest = value.partition(". ")
    return head + "." if dot and rest else value


def _cell(cell: Any, value: str, *, bold: bool = False, colour: Any = INK,
          fill: Any = None) -> None:
    cell.text = value
    cell.margin_left = cell.margin_right = emu(0.05)
    cell.margin_top = cell.margin_bottom = emu(0.03)
    for paragraph in cell.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(12)
            run.font.bold = bold
            run.font.color.rgb = colour
            run.font.name = "DejaVu Sans"
    if fill is not None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = fill
