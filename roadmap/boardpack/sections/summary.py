"""The executive summary: one page a board reads in thirty seconds.

Headline figures (the IT-alone share of the budget among them), the plan by
quarter, budget by lead department and by fiscal year, the status mix, the
top findings with who acts by when, the next milestones and the decisions the
board is asked for.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from reportlab.graphics import renderPDF
from reportlab.platypus import Flowable

from roadmap.formats import integer
from roadmap.i18n import translate
from roadmap.model import palette
from roadmap.model.enums import Severity
from roadmap.model.wording import counted

from .. import styles
from ..charts import bar_chart
from ..facts import BoardFacts, FindingFact
from ..flowables import FullPage, Heading, draw_badge
from ..format import day, money, percent
from ..outlook import (
    board_asks,
    budget_by_fiscal_year,
    it_alone_budget_share,
    next_milestones,
    plan_by_quarter,
    unscheduled_label,
)
from ..styles import SANS, SANS_BOLD, Scale, colour
from ..text import wrap

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The executive one-pager."""
    return [
        r.section_start("summary", translate("Summary", "Executive summary")),
        Heading(r, translate("Summary", "Executive summary"), key_message(r.facts)),
        SummaryPage(r),
    ]


def key_message(facts: BoardFacts) -> str:
    """The one line a board member should take away."""
    fig = facts.figures
    parts = [counted(fig.initiatives, translate("Summary", "{count} initiative"),
                     translate("Summary", "{count} initiatives")),
             money(fig.total_budget, facts.currency)]
    if fig.business_led_share is not None:
        parts.append(translate("Summary", "{share} of the budget led by the business").format(
            share=percent(fig.business_led_share)))
    parts.append(translate("Summary", "{count} run by IT alone").format(count=fig.it_alone)
                 if fig.it_alone else translate("Summary", "none run by IT alone"))
    return " · ".join(parts)


def top_findings(findings: list[FindingFact], limit: int
                 ) -> list[tuple[FindingFact, int, list[str], list[FindingFact]]]:
    """Open findings grouped by code, worst first: (first, count, subjects, all of them)."""
    groups: OrderedDict[str, list[FindingFact]] = OrderedDict()
    for f in sorted((f for f in findings if f.accepted is None),
                    key=lambda f: (f.severity.rank, f.code)):
        groups.setdefault(f.code, []).append(f)
    ranked = sorted(groups.values(), key=lambda fs: (fs[0].severity.rank, -len(fs), fs[0].code))
    return [(fs[0], len(fs), [f.subject for f in fs], fs) for fs in ranked[:limit]]


def accountability(findings: list[FindingFact]) -> str:
    """'Owner: Ana Ruiz · due 12 Apr 2027', or the first owners and the earliest due date."""
    owners: list[str] = []
    for f in findings:
        if f.owner and f.owner not in owners:
            owners.append(f.owner)
    dues = [f.due for f in findings if f.due is not None]
    who = owners[0] + (f" +{len(owners) - 1}" if len(owners) > 1 else "") if owners else ""
    label = translate("Summary", "Owner") if len(owners) == 1 else translate("Summary", "Owners")
    when = translate("Summary", " · due {date}").format(date=day(min(dues))) if dues else ""
    if dues and not all(f.recorded for f in findings):
        when += translate("Summary", " (proposed)")
    who = who or translate("Summary", "not named")
    return f"{label}: {who}{when}"


def board_points(facts: BoardFacts) -> list[str]:
    """Plain sentences on what the figures mean (IT bottleneck, idle departments, ...)."""
    fig = facts.figures
    points = []
    if fig.it_alone:
        points.append(counted(
            fig.it_alone,
            translate("Summary", "{count} initiative is run by IT alone; {more} more cannot "
                      "move until that work is done."),
            translate("Summary", "{count} initiatives are run by IT alone; {more} more cannot "
                      "move until that work is done."), more=fig.it_bottleneck))
    if fig.business_led_share is not None:
        points.append(translate("Summary", "Business departments lead {share} of the budget; "
                                "departments drive, IT enables.").format(
            share=percent(fig.business_led_share)))
    if facts.critical_path:
        last = facts.by_id.get(facts.critical_path[-1])
        end = (translate("Summary", ", ending {date}").format(date=day(last.end))
               if last is not None and last.end else "")
        points.append(counted(
            len(facts.critical_path),
            translate("Summary", "The critical path runs through {count} initiative{end}."),
            translate("Summary", "The critical path runs through {count} initiatives{end}."),
            end=end))
    if fig.violated:
        points.append(counted(
            fig.violated,
            translate("Summary", "{count} dependency is broken: work starts before what it "
                      "waits for has finished."),
            translate("Summary", "{count} dependencies are broken: work starts before what it "
                      "waits for has finished.")))
    if fig.idle_departments:
        points.append(translate("Summary", "No initiative involves: {departments}.").format(
            departments=", ".join(fig.idle_departments)))
    if fig.uninvested_stages:
        points.append(translate("Summary", "No investment in journey stages: {stages}.").format(
            stages=", ".join(fig.uninvested_stages)))
    if fig.accepted:
        points.append(counted(
            fig.accepted,
            translate("Summary", "{count} finding is accepted as known risks (see Findings)."),
            translate("Summary", "{count} findings are accepted as known risks (see "
                      "Findings).")))
    return points


class SummaryPage(FullPage):
    """Figures, the plan by quarter, charts, findings, milestones and asks on one page."""

    tile_height = 62.0
    strip_height = 28.0
    gap = 10.0

    def draw(self) -> None:
        """Tiles, the quarter strip, three charts, then findings, milestones and asks."""
        top = self.height
        self._tiles(top)
        top -= self.tile_height + self.gap
        self._quarters(top)
        top -= self.strip_height + self.gap
        chart_height = (top - self.gap) * 0.36
        self._charts(top, chart_height)
        top -= chart_height + self.gap
        widths = [self.width * 0.41, self.width * 0.25]
        widths.append(self.width - sum(widths) - 2 * self.gap * 1.5)
        self._findings(0, top, widths[0])
        x = widths[0] + self.gap * 1.5
        self._milestones(x, top, widths[1])
        x += widths[1] + self.gap * 1.5
        self._asks(x, top, widths[2])

    # --- parts -----------------------------------------------------------------

    def _tiles(self, top: float) -> None:
        f = self.r.facts
        fig = f.figures
        high = fig.open_by_severity.get(Severity.HIGH, 0)
        it_budget, it_share = it_alone_budget_share(f)
        tiles = [
            (integer(fig.initiatives), translate("Summary", "Initiatives"),
             translate("Summary", "{scheduled} scheduled, {unscheduled} not yet").format(
                 scheduled=fig.scheduled, unscheduled=fig.unscheduled), False),
            (money(fig.total_budget, f.currency), translate("Summary", "Total budget"),
             translate("Summary", "excluding cancelled work"), False),
            (percent(fig.business_led_share), translate("Summary", "Business-led budget"),
             translate("Summary", "business departments lead"), False),
            (percent(it_share), translate("Summary", "Budget run by IT alone"),
             counted(fig.it_alone, translate("Summary", "{count} initiative, {budget}"),
                     translate("Summary", "{count} initiatives, {budget}"),
                     budget=money(it_budget, f.currency)), bool(it_share)),
            (integer(high), translate("Summary", "High findings open"),
             translate("Summary", "{medium} medium, {low} low").format(
                 medium=fig.open_by_severity.get(Severity.MEDIUM, 0),
                 low=fig.open_by_severity.get(Severity.LOW, 0)), bool(high)),
            (integer(fig.violated), translate("Summary", "Broken dependencies"),
             translate("Summary", "start too early"), bool(fig.violated)),
        ]
        count = len(tiles)
        gap = 8.0
        width = (self.width - gap * (count - 1)) / count
        canv = self.canv
        for index, (value, label, note, alarm) in enumerate(tiles):
            x = index * (width + gap)
            bottom = top - self.tile_height
            canv.setFillColor(styles.SHADE)
            canv.rect(x, bottom, width, self.tile_height, stroke=0, fill=1)
            canv.setFillColor(styles.VIOLATION if alarm else styles.ACCENT)
            canv.rect(x, top - 2.5, width, 2.5, stroke=0, fill=1)
            size = Scale.FIGURE
            while size > Scale.H2 and canv.stringWidth(value, SANS_BOLD, size) > width - 14:
                size -= 1  # a long figure prints smaller rather than shortened
            canv.setFont(SANS_BOLD, size)
            canv.drawString(x + 7, top - 9 - Scale.FIGURE, self.r.fit(
                value, width - 14, SANS_BOLD, size, "summary figures"))
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            canv.drawString(x + 7, bottom + 17, self.r.fit(
                label, width - 14, SANS_BOLD, Scale.SMALL, "summary figures"))
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.CAPTION)
            canv.drawString(x + 7, bottom + 7, self.r.fit(
                note, width - 14, SANS, Scale.CAPTION, "summary figures"))

    def _charts(self, top: float, height: float) -> None:
        f = self.r.facts
        fig = f.figures
        width = (self.width - self.gap * 4) / 3
        body = self.block_title(0, top, width, translate("Summary", "Budget by lead department"))
        chart = bar_chart(
            fig.budget_by_lead, lambda v: money(v, f.currency), width, body - (top - height),
            self.r.fit, "summary chart",
        )
        renderPDF.draw(chart, self.canv, 0, top - height)
        x = width + self.gap * 2
        body = self.block_title(x, top, width, translate("Summary", "Budget by fiscal year"))
        years = [(label, palette.GREY if label == unscheduled_label() else palette.ACCENT, amount)
                 for label, amount in budget_by_fiscal_year(f)]
        chart = bar_chart(years, lambda v: money(v, f.currency), width, body - (top - height),
                          self.r.fit, "summary chart")
        renderPDF.draw(chart, self.canv, x, top - height)
        x += width + self.gap * 2
        body = self.block_title(x, top, width, translate("Summary", "Status mix"))
        total = sum(n for _, n in fig.status_mix) or 1
        rows = [(s.label, palette.STATUS[s], n) for s, n in fig.status_mix]
        chart = bar_chart(
            rows, lambda v: f"{integer(v)} ({percent(v / total)})", width, body - (top - height),
            self.r.fit, "summary chart",
        )
        renderPDF.draw(chart, self.canv, x, top - height)

    def _quarters(self, top: float) -> None:
        """The mini-roadmap: one cell per quarter, what starts and what finishes."""
        canv = self.canv
        plan = plan_by_quarter(self.r.facts)
        if not plan:
            return
        label_room = 62.0
        canv.setFillColor(styles.ACCENT)
        canv.setFont(SANS_BOLD, Scale.SMALL)
        canv.drawString(0, top - 12, self.r.fit(translate("Summary", "PLAN BY"), label_room - 2,
                                                SANS_BOLD, Scale.SMALL, "summary quarters"))
        canv.drawString(0, top - 22, self.r.fit(translate("Summary", "QUARTER"), label_room - 2,
                                                SANS_BOLD, Scale.SMALL, "summary quarters"))
        width = (self.width - label_room) / len(plan)
        for index, quarter in enumerate(plan):
            x = label_room + index * width
            canv.setFillColor(styles.ACCENT if quarter.current else styles.SHADE)
            canv.rect(x, top - self.strip_height, width - 2, self.strip_height, stroke=0, fill=1)
            canv.setFillColor(styles.PAPER if quarter.current else styles.INK)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            canv.drawString(x + 4, top - 11, self.r.fit(
                quarter.label + (translate("Summary", "  (now)") if quarter.current else ""),
                width - 8, SANS_BOLD,
                Scale.SMALL, "summary quarters"))
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x + 4, top - 23, self.r.fit(
                translate("Summary", "{starts} start · {finishes} end").format(
                    starts=quarter.starts, finishes=quarter.finishes), width - 8, SANS,
                Scale.SMALL, "summary quarters"))

    def _findings(self, x: float, top: float, width: float) -> None:
        canv = self.canv
        y = self.block_title(x, top, width, translate("Summary", "Top findings"))
        groups = top_findings(self.r.facts.findings, 4)
        if not groups:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(x, y - Scale.BODY, translate("Summary", "No open findings."))
            return
        badge_room = 50.0
        for finding, count, subjects, group in groups:
            if y - 3 * Scale.SMALL * 1.3 - Scale.BODY < 0:
                break
            baseline = y - Scale.BODY
            draw_badge(canv, x, baseline, finding.severity.label.upper(),
                       fill=colour(palette.SEVERITY[finding.severity]))
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.BODY)
            head = f"{finding.code}  {finding.title}"
            if count > 1:
                head += f" ({count})"
            canv.drawString(x + badge_room, baseline, self.r.fit(
                head, width - badge_room, SANS_BOLD, Scale.BODY, "summary findings"))
            more = translate("Summary", " +{count} more")
            listed = ", ".join(subjects[:3])
            if count > 3:
                listed += more.format(count=count - 3)
            lines, _ = wrap(listed, width - badge_room, SANS, Scale.SMALL, 2)
            if len(lines) == 2 and count > 1 and not lines[1].endswith(
                    more.rsplit("}", 1)[-1].strip() or "more"):
                lines, _ = wrap(subjects[0] + more.format(count=count - 1), width - badge_room,
                                SANS, Scale.SMALL, 2)
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            line_y = baseline - Scale.SMALL * 1.4
            for line in lines:
                if line_y < 0:
                    break
                canv.drawString(x + badge_room, line_y, line)
                line_y -= Scale.SMALL * 1.3
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            if line_y >= 0:
                canv.drawString(x + badge_room, line_y, self.r.fit(
                    accountability(group), width - badge_room, SANS_BOLD, Scale.SMALL,
                    "summary findings"))
                line_y -= Scale.SMALL * 1.3
            y = line_y - 4

    def _milestones(self, x: float, top: float, width: float) -> None:
        canv = self.canv
        y = self.block_title(x, top, width, translate("Summary", "Next milestones"))
        items = next_milestones(self.r.facts, 7)
        if not items:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(x, y - Scale.BODY, translate("Summary", "None ahead."))
            return
        date_room = max([62.0] + [canv.stringWidth(day(item.date), SANS_BOLD, Scale.SMALL) + 3
                                  for item in items])
        for item in items:
            if y - 2 * Scale.SMALL * 1.3 < 0:
                break
            y -= Scale.SMALL
            canv.setFillColor(styles.ACCENT)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            canv.drawString(x, y, day(item.date))
            canv.setFillColor(styles.INK)
            canv.drawString(x + date_room, y, self.r.fit(
                item.name, width - date_room, SANS_BOLD, Scale.SMALL, "summary milestones"))
            y -= Scale.SMALL * 1.3
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x + date_room, y, self.r.fit(
                item.initiative, width - date_room, SANS, Scale.SMALL, "summary milestones"))
            y -= Scale.SMALL * 0.9

    def _asks(self, x: float, top: float, width: float) -> None:
        canv = self.canv
        y = self.block_title(x, top, width, translate("Summary", "Decisions asked of the board"))
        for number, ask in enumerate(board_asks(self.r.facts), start=1):
            lines, cut = wrap(ask, width - 14, SANS, Scale.BODY, 4)
            if y - len(lines) * Scale.BODY * 1.3 < 0:
                break
            if cut:
                self.r.preflight.note_shortened("summary asks", ask, " ".join(lines))
            canv.setFillColor(styles.ACCENT)
            canv.setFont(SANS_BOLD, Scale.BODY)
            canv.drawString(x, y - Scale.BODY, f"{number}.")
            canv.setFillColor(styles.INK)
            canv.setFont(SANS, Scale.BODY)
            for line in lines:
                y -= Scale.BODY
                canv.drawString(x + 14, y, line)
                y -= Scale.BODY * 0.3
            y -= 5
