"""The executive summary: one page of headline figures, two charts, top findings."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from reportlab.graphics import renderPDF
from reportlab.platypus import Flowable

from roadmap.model import palette
from roadmap.model.enums import Severity
from roadmap.model.wording import plural

from .. import styles
from ..charts import bar_chart
from ..facts import BoardFacts, FindingFact
from ..flowables import FullPage, Heading, draw_badge
from ..format import day, money, percent
from ..styles import SANS, SANS_BOLD, Scale, colour
from ..text import wrap

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The executive one-pager."""
    return [
        r.section_start("summary", "Executive summary"),
        Heading(r, "Executive summary", key_message(r.facts)),
        SummaryPage(r),
    ]


def key_message(facts: BoardFacts) -> str:
    """The one line a board member should take away."""
    fig = facts.figures
    parts = [f"{fig.initiatives} initiatives", money(fig.total_budget, facts.currency)]
    if fig.business_led_share is not None:
        parts.append(f"{percent(fig.business_led_share)} of the budget led by the business")
    parts.append(f"{fig.it_alone} run by IT alone" if fig.it_alone else "none run by IT alone")
    return " · ".join(parts)


def top_findings(findings: list[FindingFact],
                 limit: int) -> list[tuple[FindingFact, int, list[str]]]:
    """Open findings grouped by code, worst first: (first finding, count, subjects)."""
    groups: OrderedDict[str, list[FindingFact]] = OrderedDict()
    for f in sorted((f for f in findings if f.accepted is None),
                    key=lambda f: (f.severity.rank, f.code)):
        groups.setdefault(f.code, []).append(f)
    ranked = sorted(groups.values(), key=lambda fs: (fs[0].severity.rank, -len(fs), fs[0].code))
    return [(fs[0], len(fs), [f.subject for f in fs]) for fs in ranked[:limit]]


def board_points(facts: BoardFacts) -> list[str]:
    """Plain sentences on what the figures mean (IT bottleneck, idle departments, ...)."""
    fig = facts.figures
    points = []
    if fig.it_alone:
        points.append(f"{plural(fig.it_alone, 'initiative is', 'initiatives are')} run by IT "
                      f"alone; {fig.it_bottleneck} more cannot move until that work is done.")
    if fig.business_led_share is not None:
        points.append(f"Business departments lead {percent(fig.business_led_share)} of the "
                      "budget; departments drive, IT enables.")
    if facts.critical_path:
        last = facts.by_id.get(facts.critical_path[-1])
        end = f", ending {day(last.end)}" if last is not None and last.end else ""
        points.append(f"The critical path runs through "
                      f"{plural(len(facts.critical_path), 'initiative')}{end}.")
    if fig.violated:
        points.append(f"{plural(fig.violated, 'dependency is', 'dependencies are')} broken: "
                      "work starts before what it waits for has finished.")
    if fig.idle_departments:
        points.append("No initiative involves: " + ", ".join(fig.idle_departments) + ".")
    if fig.uninvested_stages:
        points.append("No investment in journey stages: "
                      + ", ".join(fig.uninvested_stages) + ".")
    if fig.accepted:
        points.append(f"{plural(fig.accepted, 'finding is', 'findings are')} accepted as known "
                      "risks (see Findings).")
    return points


class SummaryPage(FullPage):
    """Figures, charts, findings and points laid out to fill one page."""

    tile_height = 64.0
    gap = 12.0

    def draw(self) -> None:
        """Tiles on top, charts in the middle, findings and points below (Flowable.draw)."""
        top = self.height
        self._tiles(top)
        top -= self.tile_height + self.gap
        chart_height = (top - self.gap) * 0.48
        half = (self.width - self.gap * 2) / 2
        self._charts(top, chart_height, half)
        top -= chart_height + self.gap
        self._findings(0, top, half * 1.15)
        self._points(half * 1.15 + self.gap * 2, top, self.width - half * 1.15 - self.gap * 2)

    # --- parts -----------------------------------------------------------------

    def _tiles(self, top: float) -> None:
        f = self.r.facts
        fig = f.figures
        high = fig.open_by_severity.get(Severity.HIGH, 0)
        tiles = [
            (str(fig.initiatives), "Initiatives",
             f"{fig.scheduled} scheduled, {fig.unscheduled} not yet"),
            (money(fig.total_budget, f.currency), "Total budget", "excluding cancelled work"),
            (percent(fig.business_led_share), "Business-led budget", "led by business departments"),
            (str(fig.it_alone), "IT alone", "no business department"),
            (str(high), "High findings open",
             f"{fig.open_by_severity.get(Severity.MEDIUM, 0)} medium, "
             f"{fig.open_by_severity.get(Severity.LOW, 0)} low"),
            (str(fig.violated), "Broken dependencies", "start before prerequisite ends"),
        ]
        count = len(tiles)
        gap = 8.0
        width = (self.width - gap * (count - 1)) / count
        canv = self.canv
        for index, (value, label, note) in enumerate(tiles):
            x = index * (width + gap)
            bottom = top - self.tile_height
            alarm = (label in ("IT alone", "High findings open", "Broken dependencies")
                     and value not in ("0", "—"))
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

    def _charts(self, top: float, height: float, half: float) -> None:
        f = self.r.facts
        fig = f.figures
        body = self.block_title(0, top, half, "Budget by lead department")
        chart = bar_chart(
            fig.budget_by_lead, lambda v: money(v, f.currency), half, body - (top - height),
            self.r.fit, "summary chart",
        )
        renderPDF.draw(chart, self.canv, 0, top - height)
        x = half + self.gap * 2
        body = self.block_title(x, top, half, "Status mix")
        total = sum(n for _, n in fig.status_mix) or 1
        rows = [(s.label, palette.STATUS[s], n) for s, n in fig.status_mix]
        chart = bar_chart(
            rows, lambda v: f"{v:.0f} ({v / total:.0%})", half, body - (top - height),
            self.r.fit, "summary chart",
        )
        renderPDF.draw(chart, self.canv, x, top - height)

    def _findings(self, x: float, top: float, width: float) -> None:
        canv = self.canv
        y = self.block_title(x, top, width, "Top findings")
        groups = top_findings(self.r.facts.findings, 6)
        if not groups:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(x, y - Scale.BODY, "No open findings.")
            return
        badge_room = 50.0
        for finding, count, subjects in groups:
            if y - 2 * Scale.SMALL * 1.3 < 0:
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
            listed = ", ".join(subjects[:3])
            if count > 3:
                listed += f" and {count - 3} more"
            detail = f"{listed}. {finding.suggestion}" if finding.suggestion else listed
            lines, _ = wrap(detail, width - badge_room, SANS, Scale.SMALL, 2)
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            line_y = baseline - Scale.SMALL * 1.4
            for line in lines:
                if line_y < 0:
                    break
                canv.drawString(x + badge_room, line_y, line)
                line_y -= Scale.SMALL * 1.3
            y = line_y - 4

    def _points(self, x: float, top: float, width: float) -> None:
        canv = self.canv
        y = self.block_title(x, top, width, "For the board")
        for point in board_points(self.r.facts):
            lines, cut = wrap(point, width - 10, SANS, Scale.BODY, 3)
            if y - len(lines) * Scale.BODY * 1.3 < 0:
                break
            if cut:
                self.r.preflight.note_shortened("summary points", point, " ".join(lines))
            canv.setFillColor(styles.ACCENT)
            canv.circle(x + 2, y - Scale.BODY * 0.65, 1.6, stroke=0, fill=1)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS, Scale.BODY)
            for line in lines:
                y -= Scale.BODY
                canv.drawString(x + 10, y, line)
                y -= Scale.BODY * 0.3
            y -= 5
