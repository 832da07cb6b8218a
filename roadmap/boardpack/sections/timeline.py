"""The roadmap timeline: swimlanes over fiscal quarters, split over as many pages as needed.

Every page repeats the heading, the time axis, the contract-end events,
the lane labels and the legend. Bars are coloured by health and shaped by
status; IT-alone initiatives are hatched and badged; broken dependencies are
red and dashed; nothing is clipped: titles are shortened to their column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model import palette
from roadmap.model.calendar import long_day
from roadmap.model.enums import Health, Status
from roadmap.model.wording import counted

from .. import styles
from ..facts import InitiativeFact
from ..flowables import (
    Heading,
    TextBatch,
    draw_badge,
)
from ..format import day, month
from ..lanes import Slot
from ..marks import (
    bar,
    chevron,
    diamond,
    health_mark,
    legend_arrow,
    legend_bar,
    place_label,
    triangle_down,
)
from ..stamps import stamp
from ..styles import SANS, SANS_BOLD, Scale, colour, tint
from .ideas import unscheduled
from .timeline_plan import (
    BAR,
    EVENT_ROW,
    IT_BADGE,
    LABEL_LEADING,
    LANE_WIDTH,
    LEGEND,
    LEGEND_LINE,
    MONTH_ROW,
    PANEL_LINE,
    QUARTER_ROW,
    STATUS_WIDTH,
    TITLE_WIDTH,
    TimelinePlan,
)

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

LANE_TITLES = {"department": QT_TRANSLATE_NOOP("Timeline", "lead department"),
               "theme": QT_TRANSLATE_NOOP("Timeline", "theme"),
               "status": QT_TRANSLATE_NOOP("Timeline", "status")}


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The timeline pages, then the ideas not yet scheduled."""
    lanes_by = r.lanes_by
    plan = TimelinePlan(r, lanes_by)
    heading = translate("Timeline", "Roadmap timeline")
    story: list[Flowable] = [r.section_start("timeline", heading)]
    pages = plan.pages()
    scheduled = sum(len(lane.initiatives) for lane in plan.lanes)
    for number, chunk in enumerate(pages, start=1):
        if number > 1:
            story.append(PageBreak())
        title = heading if number == 1 else translate("Timeline", "Roadmap timeline (continued)")
        message = translate("Timeline", "{count} scheduled initiatives by {lanes}, {start} to "
                            "{end}").format(count=scheduled,
                                            lanes=translate("Timeline", LANE_TITLES[lanes_by]),
                                            start=long_day(plan.axis_start),
                                            end=long_day(plan.axis_end))
        if len(pages) > 1:
            message += translate("Timeline", " · part {part} of {parts}").format(
                part=number, parts=len(pages))
        story.append(Heading(r, title, message))
        story.append(TimelinePage(plan, chunk, panel=plan.panel and number == len(pages)))
    if not pages:
        story.append(Heading(r, heading, translate(
            "Timeline", "No initiative has both a start and an end.")))
    if not (pages and plan.panel):
        story.extend(unscheduled(r, bool(pages)))
    return story


class TimelinePage(Flowable):
    """One page of the timeline: axis, events, lanes of bars, arrows and legend."""

    def __init__(self, plan: TimelinePlan, slots: list[Slot], *, panel: bool = False) -> None:
        super().__init__()
        self.plan = plan
        self.slots = slots
        self.r = plan.r
        self.panel = panel
        self.row = plan.row

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """As tall as its rows, the ideas panel and the legend (Flowable.wrap)."""
        self.width = self.plan.width
        self.height = (self.plan.chart_top + len(self.slots) * self.row + LEGEND + 6
                       + (self.plan.panel_height if self.panel else 0))
        return self.width, self.height

    def draw(self) -> None:
        """Everything, back to front (Flowable.draw)."""
        canv = self.canv
        top = self.height
        rows_top = top - self.plan.chart_top
        rows_bottom = rows_top - len(self.slots) * self.row
        self._lanes(canv, rows_top)
        self._axis(canv, top, rows_top, rows_bottom)
        y_of = {}
        for index, slot in enumerate(self.slots):
            if slot.initiative is not None:
                y_of[slot.initiative.id] = rows_top - index * self.row - self.row / 2
        self._bars(canv, rows_top, y_of)
        self._arrows(canv, y_of)
        self._as_of(canv, top - QUARTER_ROW - MONTH_ROW, rows_bottom)
        bottom = rows_bottom
        if self.panel:
            self._panel(canv, rows_bottom)
            bottom -= self.plan.panel_height
        stamp(canv, ("timeline legend", id(self.plan)), (-1, -4 * LEGEND, self.width + 1, 1),
              self._legend, 0, bottom - 6)

    def _axis(self, canv: Canvas, top: float, rows_top: float, rows_bottom: float) -> None:
        """Quarters, months, their rules and the contract ends: one drawing for every page.

        Drawn with the page's top at 0 and placed there, so every page whose
        rows are as tall shares it.
        """
        depth = rows_bottom - top

        def draw(c: Canvas) -> None:
            self._grid(c, 0, rows_top - top, depth)
            self._events(c, -QUARTER_ROW - MONTH_ROW, depth)

        stamp(canv, ("timeline axis", id(self.plan), round(depth, 4)),
              (-1, depth - 1, self.width + 1, 1), draw, 0, top)

    # --- background ------------------------------------------------------------

    def _lanes(self, canv: Canvas, rows_top: float) -> None:
        plan = self.plan
        index = 0
        while index < len(self.slots):
            lane_index = self.slots[index].lane
            end = index
            while end < len(self.slots) and self.slots[end].lane == lane_index:
                end += 1
            top = rows_top - index * self.row
            height = (end - index) * self.row
            lane = plan.lanes[lane_index]
            if lane_index % 2 == 0:
                canv.setFillColor(styles.SHADE)
                canv.rect(0, top - height, self.width, height, stroke=0, fill=1)
            canv.setFillColor(colour(lane.colour or palette.GREY))
            canv.rect(0, top - height + 1, 3, height - 2, stroke=0, fill=1)
            canv.setStrokeColor(styles.RULE)
            canv.setLineWidth(0.6)
            canv.line(0, top, self.width, top)
            lines = list(plan.lane_labels[lane_index])
            if self.slots[index].continued:
                lines = [*lines[:-1], lines[-1]] if lines else []
            room = max(1, int((height - 2) // LABEL_LEADING))
            if len(lines) > room:
                from ..text import with_ellipsis

                lines = lines[:room]
                lines[-1] = with_ellipsis(lines[-1], LANE_WIDTH - 9, SANS_BOLD, Scale.SMALL)
                self.r.preflight.note_shortened("timeline lane", lane.title, " ".join(lines))
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            y = top - self.row / 2 - Scale.SMALL * 0.35
            for line in lines:
                canv.drawString(7, y, line)
                y -= LABEL_LEADING
            if self.slots[index].continued and y - 1 > top - height:
                canv.setFont(SANS, Scale.CAPTION)
                canv.setFillColor(styles.MUTED)
                canv.drawString(7, y + 1, translate("Timeline", "(continued)"))
            index = end

    def _grid(self, canv: Canvas, top: float, rows_top: float, rows_bottom: float) -> None:
        axis = self.plan.axis
        quarters = axis.quarters()
        quarter_bottom = top - QUARTER_ROW
        canv.setFont(SANS_BOLD, Scale.SMALL)
        for n, quarter in enumerate(quarters):
            left = axis.x(quarter.start)
            right = axis.x(quarter.end + dt.timedelta(days=1))
            canv.setFillColor(styles.ACCENT if n % 2 == 0 else tint(palette.ACCENT, 0.2))
            canv.rect(left, quarter_bottom, right - left, QUARTER_ROW, stroke=0, fill=1)
            label = quarter.fiscal_label(axis.fiscal_start_month)
            for candidate in (label, f"Q{quarter.number} ’{str(quarter.fiscal_year)[-2:]}",
                              f"Q{quarter.number}", ""):
                if canv.stringWidth(candidate, SANS_BOLD, Scale.SMALL) <= right - left - 4:
                    label = candidate
                    break
            canv.setFillColor(styles.PAPER)
            canv.drawCentredString((left + right) / 2, quarter_bottom + 4, label)
        months = axis.months()
        month_width = axis.width / max(1, len(months))
        canv.setFont(SANS, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        for first, following in months:
            left, right = axis.x(first), axis.x(following)
            if month_width >= 21:
                text = month(first)
            elif month_width >= 6:
                text = month(first)[0]
            else:
                text = ""
            canv.drawCentredString((left + right) / 2, quarter_bottom - MONTH_ROW + 3, text)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.25)
        if month_width >= 6:
            for first, _ in months[1:]:
                x = axis.x(first)
                canv.line(x, rows_top, x, rows_bottom)
        canv.setLineWidth(0.7)
        for quarter in quarters[1:]:
            x = axis.x(quarter.start)
            canv.line(x, quarter_bottom, x, rows_bottom)
        canv.setFont(SANS_BOLD, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        head_y = quarter_bottom - MONTH_ROW + 3
        canv.drawString(7, head_y, self.r.fit(translate("Timeline", "LANE"), LANE_WIDTH - 9,
                                              SANS_BOLD, Scale.CAPTION, "timeline lane"))
        canv.drawString(LANE_WIDTH, head_y, self.r.fit(
            translate("Timeline", "INITIATIVE"), TITLE_WIDTH - 2, SANS_BOLD, Scale.CAPTION,
            "timeline title"))
        canv.drawString(LANE_WIDTH + TITLE_WIDTH, head_y, self.r.fit(
            translate("Timeline", "STATUS"), STATUS_WIDTH - 2, SANS_BOLD, Scale.CAPTION,
            "timeline status"))

    def _events(self, canv: Canvas, top: float, rows_bottom: float) -> None:
        plan = self.plan
        if not plan.events:
            return
        axis = plan.axis
        canv.setFont(SANS_BOLD, Scale.CAPTION)
        canv.setFillColor(colour(palette.PURPLE))
        canv.drawString(LANE_WIDTH, top - EVENT_ROW + 2.5,
                        translate("Timeline", "Vendor contract ends"))
        taken: list[list[tuple[float, float]]] = [[] for _ in range(plan.event_levels)]
        low, high = axis.x0, axis.x0 + axis.width
        for when, names in plan.events:
            x = axis.x(when)
            canv.setStrokeColor(tint(palette.PURPLE, 0.5))
            canv.setLineWidth(0.4)
            canv.setDash(1, 2)
            canv.line(x, top - plan.event_levels * EVENT_ROW, x, rows_bottom)
            canv.setDash()
            text = f"{names} ({day(when)})"
            level, left, shown = place_label(canv, taken, text, x, low, high)
            baseline = top - (level + 1) * EVENT_ROW + 1.5
            canv.setFillColor(colour(palette.PURPLE))
            triangle_down(canv, x, top - 0.3, 2.4)
            self.r.preflight.note_shortened("timeline contract ends", text,
                                            shown or translate("Timeline", "(no room)"))
            if shown:
                canv.setFont(SANS, Scale.CAPTION)
                canv.setFillColor(styles.INK)
                canv.drawString(left, baseline, shown)

    # --- foreground ------------------------------------------------------------

    def _bars(self, canv: Canvas, rows_top: float, y_of: dict[int, float]) -> None:
        axis = self.plan.axis
        self._text = TextBatch()
        for index, slot in enumerate(self.slots):
            item = slot.initiative
            if item is None:
                self._ideas_only(rows_top, index, slot)
                continue
            mid = rows_top - index * self.row - self.row / 2
            baseline = mid - Scale.SMALL * 0.35
            self._title(canv, item, baseline)
            self._status(canv, item, mid, baseline)
            assert item.start is not None and item.end is not None
            left, right, cut_left, cut_right = axis.bar(item.start, min(item.end, dt.date.max))
            if right - left < 2:
                right = left + 2
            self._bar(canv, item, left, mid - BAR / 2, right - left, cut_left, cut_right)
            for _, when in item.milestones:
                if axis.contains(when):
                    diamond(canv, axis.x(when), mid, 3.6)
        self._text.draw(canv)

    def _ideas_only(self, rows_top: float, index: int, slot: Slot) -> None:
        """On the first row of a lane with nothing scheduled, say where its ideas are."""
        lane = self.plan.lanes[slot.lane]
        first = index == 0 or self.slots[index - 1].lane != slot.lane
        if lane.initiatives or not lane.ideas or not first:
            return
        baseline = rows_top - index * self.row - self.row / 2 - Scale.SMALL * 0.35
        text = counted(lane.ideas, translate("Timeline", "{count} idea not yet scheduled (below)"),
                       translate("Timeline", "{count} ideas not yet scheduled (below)"))
        self._text.add(LANE_WIDTH + 19, baseline, self.r.fit(
            text, TITLE_WIDTH - 23, SANS, Scale.SMALL, "timeline title"),
            SANS, Scale.SMALL, styles.MUTED)

    def _title(self, canv: Canvas, item: InitiativeFact, baseline: float) -> None:
        x = LANE_WIDTH
        self._text.add(x + 16, baseline, str(item.id), SANS, Scale.CAPTION, styles.MUTED,
                       "right")
        x += 19
        if item.it_alone:
            x += draw_badge(canv, x, baseline, IT_BADGE, fill=styles.INK) + 3
        font = SANS_BOLD if item.critical else SANS
        room = LANE_WIDTH + TITLE_WIDTH - 4 - x
        self._text.add(x, baseline, self.r.fit(item.title, room, font, Scale.SMALL,
                                               "timeline title"), font, Scale.SMALL, styles.INK)

    def _status(self, canv: Canvas, item: InitiativeFact, mid: float, baseline: float) -> None:
        x = LANE_WIDTH + TITLE_WIDTH
        health_mark(canv, item.health, x + 3.5, mid, 3.2, colour(palette.HEALTH[item.health]),
                    0.3)
        self._text.add(x + 10, baseline + 0.5, self.r.fit(
            item.status.label, STATUS_WIDTH - 12, SANS, Scale.CAPTION, "timeline status"),
            SANS, Scale.CAPTION, styles.INK)

    def _bar(self, canv: Canvas, item: InitiativeFact, x: float, y: float, w: float,
             cut_left: bool, cut_right: bool) -> None:
        bar(canv, x, y, w, BAR, item.status, item.health, critical=item.critical,
            it_alone=item.it_alone)
        canv.setFillColor(styles.INK)
        if cut_left:
            chevron(canv, x - 1, y + BAR / 2, -1)
        if cut_right:
            chevron(canv, x + w + 1, y + BAR / 2, 1)

    def _arrows(self, canv: Canvas, y_of: dict[int, float]) -> None:
        axis = self.plan.axis
        facts = self.r.facts
        for dependent, prerequisite, violated in self.plan.dependencies_among(y_of.keys()):
            after, before = facts.by_id[dependent], facts.by_id[prerequisite]
            assert after.start is not None and before.end is not None
            x_end = axis.bar(before.end, before.end)[1]
            x_start = axis.x(after.start)
            y_from, y_to = y_of[prerequisite], y_of[dependent]
            canv.saveState()
            if violated:
                canv.setStrokeColor(styles.VIOLATION)
                canv.setFillColor(styles.VIOLATION)
                canv.setLineWidth(0.9)
                canv.setDash(2.5, 1.5)
            else:
                canv.setStrokeColor(styles.MUTED)
                canv.setFillColor(styles.MUTED)
                canv.setLineWidth(0.45)
            path = canv.beginPath()
            path.moveTo(x_end, y_from)
            if x_start - x_end >= 8:
                elbow = x_start - 4
                path.lineTo(elbow, y_from)
                path.lineTo(elbow, y_to)
            else:
                between = y_to + (self.row / 2 if y_to < y_from else -self.row / 2)
                path.lineTo(x_end + 3, y_from)
                path.lineTo(x_end + 3, between)
                path.lineTo(x_start - 4, between)
                path.lineTo(x_start - 4, y_to)
            path.lineTo(x_start - 1.5, y_to)
            canv.drawPath(path, stroke=1, fill=0)
            canv.setDash()
            head = canv.beginPath()
            head.moveTo(x_start, y_to)
            head.lineTo(x_start - 3, y_to + 1.8)
            head.lineTo(x_start - 3, y_to - 1.8)
            head.close()
            canv.drawPath(head, stroke=0, fill=1)
            canv.restoreState()

    def _as_of(self, canv: Canvas, top: float, rows_bottom: float) -> None:
        axis = self.plan.axis
        as_of = self.r.facts.as_of
        if not axis.contains(as_of):
            return
        x = axis.x(as_of)
        canv.setStrokeColor(styles.ACCENT)
        canv.setLineWidth(1.1)
        canv.line(x, top, x, rows_bottom)
        canv.setFillColor(styles.ACCENT)
        triangle_down(canv, x, top + 0.5, 3)

    def _panel(self, canv: Canvas, top: float) -> None:
        """The ideas not yet scheduled, in columns by horizon, under the chart."""
        plan = self.plan
        y = top - 12
        canv.setFont(SANS_BOLD, Scale.SMALL)
        canv.setFillColor(styles.ACCENT)
        count = sum(len(v) for v in plan.ideas.values())
        canv.drawString(7, y, self.r.fit(translate("Timeline", "Not yet scheduled"),
                                         LANE_WIDTH + 10, SANS_BOLD, Scale.SMALL,
                                         "timeline ideas"))
        canv.setFont(SANS, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        canv.drawString(7, y - PANEL_LINE, translate("Timeline", "{count} without dates").format(
            count=count))
        names = [n for n, items in plan.ideas.items() if items]
        x0 = LANE_WIDTH + 20
        width = (self.width - x0) / max(1, len(names))
        for column, name in enumerate(names):
            x = x0 + column * width
            canv.setFont(SANS_BOLD, Scale.CAPTION)
            canv.setFillColor(styles.MUTED)
            header = f"{name.upper()} ({len(plan.ideas[name])})"
            canv.drawString(x, y, header)
            indent = max(48.0, canv.stringWidth(header, SANS_BOLD, Scale.CAPTION) + 3)
            line_y = y
            for item in plan.ideas[name]:
                text_x = x + indent
                canv.setFont(SANS, Scale.CAPTION)
                canv.setFillColor(styles.MUTED)
                canv.drawString(text_x, line_y, str(item.id))
                text_x += 16
                if item.it_alone:
                    text_x += draw_badge(canv, text_x, line_y, IT_BADGE) + 3
                canv.setFont(SANS, Scale.SMALL)
                canv.setFillColor(styles.INK)
                canv.drawString(text_x, line_y, self.r.fit(
                    item.title, x + width - 8 - text_x, SANS, Scale.SMALL, "timeline ideas"))
                line_y -= PANEL_LINE
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.6)
        canv.line(0, top - 3, self.width, top - 3)

    def _legend(self, canv: Canvas) -> None:
        """Every symbol of the chart below y = 0, flowing onto a second line when needed."""
        items = self._legend_items(canv)
        x, y = 44.0, -9.0
        canv.setFont(SANS_BOLD, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        canv.drawString(0, y, translate("Timeline", "LEGEND"))
        for symbol_width, draw, text in items:
            width = symbol_width + canv.stringWidth(text, SANS, Scale.CAPTION) + 10
            if x + width > self.width:
                x, y = 44.0, y - LEGEND_LINE
            draw(x, y)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS, Scale.CAPTION)
            canv.drawString(x + symbol_width, y, text)
            x += width

    def _legend_items(self, canv: Canvas
                      ) -> list[tuple[float, Callable[[float, float], None], str]]:
        items: list[tuple[float, Callable[[float, float], None], str]] = []

        def health_symbol(health: Health) -> Callable[[float, float], None]:
            def draw(x: float, y: float) -> None:
                bar(canv, x, y - 1, 13, 7, Status.IN_PROGRESS, health)
            return draw

        for health in Health:
            items.append((17.0, health_symbol(health), translate(
                "Timeline", "{health} health").format(health=health.label)))
        samples = [
            ("planned", translate("Timeline", "Planned")),
            ("solid", translate("Timeline", "In progress / done")),
            ("idea", translate("Timeline", "Idea")),
            ("cancelled", translate("Timeline", "Cancelled")),
            ("it", translate("Timeline", "IT alone (hatched, IT badge)")),
            ("critical", translate("Timeline", "Critical path (bold outline and title)")),
        ]
        def bar_sample(kind: str) -> Callable[[float, float], None]:
            return lambda x, y: legend_bar(canv, kind, x, y - 1)

        def arrow_sample(violated: bool) -> Callable[[float, float], None]:
            return lambda x, y: legend_arrow(canv, x, y, violated)

        for kind, text in samples:
            items.append((16.0, bar_sample(kind), text))
        items.append((9.0, lambda x, y: diamond(canv, x + 3, y + 2.3, 3.3),
                      translate("Timeline", "Milestone")))
        for violated, text in ((False, translate("Timeline", "Dependency")),
                               (True, translate("Timeline", "Broken dependency (red, dashed)"))):
            items.append((19.0, arrow_sample(violated), text))

        def as_of(x: float, y: float) -> None:
            canv.setStrokeColor(styles.ACCENT)
            canv.setLineWidth(1.1)
            canv.line(x + 2, y - 1, x + 2, y + 6)

        items.append((7.0, as_of, translate("Timeline", "As of {date}").format(
            date=day(self.r.facts.as_of))))
        if self.plan.events:
            def event(x: float, y: float) -> None:
                canv.setFillColor(colour(palette.PURPLE))
                triangle_down(canv, x + 3, y + 5, 2.8)

            items.append((9.0, event, translate("Timeline", "Vendor contract ends")))
        return items
