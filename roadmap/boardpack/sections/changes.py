"""'What changed since <snapshot>': the board's first question, on one page.

Right after the executive summary: the governance trend across every
snapshot (IT-alone share, business-led budget share, budget with a return
measure, open high findings) as four small charts, then the biggest slips,
the budget moves, the high findings opened and resolved, and the workshop
decisions taken since the snapshot. The page is left out when the roadmap
holds no snapshot. What it shows comes from roadmap.snapshots, the same
comparison `crossroads diff` prints.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from roadmap.formats import integer, percent_number
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model import palette
from roadmap.model.enums import Severity
from roadmap.model.wording import counted
from roadmap.snapshots.trend import ChangesSince, TrendPoint

from .. import styles
from ..flowables import FullPage, Heading, draw_badge
from ..format import day, money
from ..styles import SANS, SANS_BOLD, Scale, colour

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

ROW = Scale.BODY * 1.55
"""Points per listed line."""

TREND_MEASURES = (
    ("it_alone_share", QT_TRANSLATE_NOOP("Changes", "IT-alone budget"), "%", False),
    ("business_led_share", QT_TRANSLATE_NOOP("Changes", "Business-led budget"), "%", True),
    ("roi_share", QT_TRANSLATE_NOOP("Changes", "Budget with a return measure"), "%", True),
    ("open_high", QT_TRANSLATE_NOOP("Changes", "Open high findings"), "", False),
)
"""(measure, title, unit, whether up is good) of the four trend charts (titles English,
translated where drawn)."""


def _value(value: float, unit: str) -> str:
    """'42%' / '42 %', or a count."""
    return percent_number(value) if unit == "%" else integer(value)


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The page, or nothing when there is no snapshot to compare with."""
    changes = r.changes
    if changes is None:
        return []
    for warning in changes.warnings:
        r.preflight.note(warning)
    name = r.preflight.clean(changes.snapshot.name, "snapshot name")
    title = translate("Changes", "What changed since {name}").format(name=name)
    return [
        r.section_start("changes", title),
        Heading(r, title, key_message(changes)),
        ChangesPage(r, changes),
    ]


def key_message(changes: ChangesSince) -> str:
    """'Snapshot of 1 Mar 2027 · 3 slips · 2 budget moves · 1 new high finding, 2 resolved'."""
    c = changes.comparison
    high_new = sum(1 for f in c.findings_opened if f.severity is Severity.HIGH)
    high_gone = sum(1 for f in c.findings_resolved if f.severity is Severity.HIGH)
    parts = [translate("Changes", "Snapshot of {date}").format(
        date=day(changes.snapshot.taken_at.date()))]
    if c.is_empty:
        parts.append(translate("Changes", "nothing changed"))
    else:
        parts += [counted(len(c.slips), translate("Changes", "{count} slip"),
                          translate("Changes", "{count} slips")),
                  counted(len(c.budget), translate("Changes", "{count} budget move"),
                          translate("Changes", "{count} budget moves")),
                  counted(high_new, translate("Changes", "{count} new high finding, {resolved} "
                                              "resolved"),
                          translate("Changes", "{count} new high findings, {resolved} resolved"),
                          resolved=high_gone)]
        if c.added or c.removed:
            parts.append(translate("Changes", "{added} added, {removed} removed").format(
                added=len(c.added), removed=len(c.removed)))
    return " · ".join(parts)


class ChangesPage(FullPage):
    """The trend strip on top, then slips and budgets left, findings and decisions right."""

    trend_height = 112.0
    gap = 14.0
    limit = 5
    """Lines per block at most; the rest is counted ('and 4 more')."""

    def __init__(self, renderer: BoardPackRenderer, changes: ChangesSince) -> None:
        super().__init__(renderer)
        self.changes = changes

    def draw(self) -> None:
        """Trend charts, then the four blocks in two columns (Flowable.draw).

        The change report's wording is imported here: most packs compare with
        no snapshot and print no such page.
        """
        from roadmap.snapshots.report import weeks

        top = self.height
        self._trend(top)
        top -= self.trend_height + self.gap
        half = (self.width - self.gap * 2) / 2
        block = (top - self.gap) / 2
        c = self.changes.comparison
        cur = self.r.facts.currency
        slips = [(m.title, f"{day(m.old_end)} → {day(m.new_end)}", weeks(m.end_days))
                 for m in c.slips]
        if not slips:
            slips = [(m.title, f"{day(m.old_start)} → {day(m.new_start)}",
                      weeks(m.start_days)) for m in c.moved]
        self._block(0, top, half, translate("Changes", "Biggest slips"), slips,
                    translate("Changes", "No initiative slipped."))
        budgets = [(b.title, f"{money(b.old, cur)} → {money(b.new, cur)}",
                    ("+" if b.delta > 0 else "") + money(b.delta, cur)) for b in c.budget]
        self._block(0, top - block - self.gap, half, translate("Changes", "Budget moves"),
                    budgets, translate("Changes", "No budget changed."))
        x = half + self.gap * 2
        self._findings(x, top, half)
        decisions = [(d.text, d.change, day(d.made_at.date())) for d in c.decisions]
        self._block(x, top - block - self.gap, half,
                    translate("Changes", "Decisions taken in workshops since"),
                    decisions, translate("Changes", "No decision was recorded since."))

    # --- parts -----------------------------------------------------------------

    def _text(self, text: str, where: str) -> str:
        return self.r.preflight.clean(text, where)

    def _block(self, x: float, top: float, width: float, title: str,
               rows: list[tuple[str, str, str]], empty: str) -> None:
        canv = self.canv
        y = self.block_title(x, top, width, title)
        if not rows:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(x, y - Scale.BODY, empty)
            return
        value_room = 70.0  # the widest date ('31 May 2027', 65 pt in bold body) fits whole
        name_room = width - value_room - 6
        for name, detail, value in rows[: self.limit]:
            y -= ROW
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.BODY)
            canv.drawString(x, y, self.r.fit(self._text(name, title), name_room, SANS_BOLD,
                                             Scale.BODY, title))
            canv.drawRightString(x + width, y, self.r.fit(value, value_room, SANS_BOLD,
                                                          Scale.BODY, title))
            if detail:
                y -= Scale.SMALL * 1.35
                canv.setFillColor(styles.MUTED)
                canv.setFont(SANS, Scale.SMALL)
                canv.drawString(x, y, self.r.fit(self._text(detail, title), name_room, SANS,
                                                 Scale.SMALL, title))
        if len(rows) > self.limit:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x, y - ROW, translate(
                "Changes", "and {count} more ('crossroads diff' lists them all)").format(
                count=len(rows) - self.limit))

    def _findings(self, x: float, top: float, width: float) -> None:
        c = self.changes.comparison
        canv = self.canv
        y = self.block_title(x, top, width, translate("Changes", "High findings: new and resolved"))
        rows = [(True, f) for f in c.findings_opened if f.severity is Severity.HIGH]
        rows += [(False, f) for f in c.findings_resolved if f.severity is Severity.HIGH]
        if not rows:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(x, y - Scale.BODY,
                            translate("Changes", "No high finding opened or resolved."))
            return
        badge_room = 58.0
        for is_new, f in rows[: self.limit]:
            y -= ROW
            word = translate("Changes", "NEW") if is_new else translate("Changes", "RESOLVED")
            fill = colour(palette.SEVERITY[Severity.HIGH]) if is_new else colour(palette.GREY)
            draw_badge(canv, x, y, word, fill=fill)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.BODY)
            about = self._text(f.initiative or f.subject, "changes findings")
            canv.drawString(x + badge_room, y, self.r.fit(
                f"{f.code} {translate('Rules', f.title)}", width - badge_room, SANS_BOLD,
                Scale.BODY,
                "changes findings"))
            y -= Scale.SMALL * 1.35
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x + badge_room, y, self.r.fit(
                about, width - badge_room, SANS, Scale.SMALL, "changes findings"))
        if len(rows) > self.limit:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x, y - ROW, translate("Changes", "and {count} more").format(
                count=len(rows) - self.limit))

    def _trend(self, top: float) -> None:
        canv = self.canv
        y = self.block_title(0, top, self.width,
                             translate("Changes", "Governance trend across snapshots"))
        points = list(self.changes.trend)
        count = len(TREND_MEASURES)
        gap = 16.0
        width = (self.width - gap * (count - 1)) / count
        height = y - (top - self.trend_height)
        for index, (measure, title, unit, up_good) in enumerate(TREND_MEASURES):
            self._spark(index * (width + gap), y, width, height, points, measure,
                        translate("Changes", title), unit, up_good)
        canv.setFillColor(styles.MUTED)

    def _spark(self, x: float, top: float, width: float, height: float,
               points: list[TrendPoint], measure: str, title: str, unit: str,
               up_good: bool) -> None:
        """One small line chart: the measure at each snapshot, then now, first and last
        values printed."""
        canv = self.canv
        values = [float(getattr(p.governance, measure)) for p in points]
        first, last = values[0], values[-1]
        better = (last > first) == up_good and last != first
        canv.setFillColor(styles.INK)
        canv.setFont(SANS_BOLD, Scale.SMALL)
        canv.drawString(x, top - Scale.SMALL, self.r.fit(title, width, SANS_BOLD,
                                                         Scale.SMALL, "trend"))
        text = _value(last, unit)
        canv.setFont(SANS_BOLD, Scale.H2)
        canv.setFillColor(styles.ACCENT if better or last == first else styles.VIOLATION)
        canv.drawRightString(x + width, top - Scale.H2, text)
        chart_top = top - Scale.H2 - 8
        chart_bottom = top - height + Scale.CAPTION + 6
        low, high = min(values), max(values)
        if unit == "%":
            low, high = min(low, 0.0), max(high, 100.0) if high > 50 else max(high, 50.0)
        span_ = (high - low) or 1.0
        step = width / max(len(values) - 1, 1)
        coords = [(x + i * step if len(values) > 1 else x + width / 2,
                   chart_bottom + (v - low) / span_ * (chart_top - chart_bottom))
                  for i, v in enumerate(values)]
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(x, chart_bottom, x + width, chart_bottom)
        canv.setStrokeColor(styles.ACCENT)
        canv.setLineWidth(1.4)
        for (x1, y1), (x2, y2) in itertools.pairwise(coords):
            canv.line(x1, y1, x2, y2)
        canv.setFillColor(styles.ACCENT)
        for cx, cy in coords:
            canv.circle(cx, cy, 1.8, stroke=0, fill=1)
        canv.setFillColor(styles.MUTED)
        canv.setFont(SANS, Scale.CAPTION)
        label_y = top - height
        now = translate("Changes", "Now")
        first_label = points[0].label if len(points) > 1 else now
        canv.drawString(x, label_y, self.r.fit(
            f"{self._text(first_label, 'trend')} {_value(first, unit)}", width * 0.6, SANS,
            Scale.CAPTION, "trend"))
        if len(points) > 1:
            canv.drawRightString(x + width, label_y, now)
