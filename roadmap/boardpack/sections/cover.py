"""The cover: title, organisation, date, version, confidentiality, headline figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from roadmap.formats import integer
from roadmap.i18n import translate
from roadmap.model.calendar import long_day

from .. import styles
from ..flowables import FullPage
from ..format import money, percent
from ..styles import SANS, SANS_BOLD, Scale, tint
from ..text import wrap

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The cover page."""
    return [r.section_start("cover", translate("Cover", "Cover")), CoverPage(r)]


class CoverPage(FullPage):
    """The whole cover, drawn to fill the frame."""

    panel_share = 0.34

    def draw(self) -> None:
        """Identity on the left, the figures panel on the right (Flowable.draw)."""
        canv = self.canv
        f = self.r.facts
        panel_x = self.width * (1 - self.panel_share)
        left_width = panel_x - 14 * mm
        y = self.height
        if self.r.logo is not None:
            image, (w, h) = self.r.logo
            height = min(18 * mm, 40 * mm * h / w)
            width = height * w / h
            canv.drawImage(image, 0, y - height, width, height, mask="auto",
                           preserveAspectRatio=True)
            y -= height + 10 * mm
        else:
            y -= 12 * mm
        canv.setFillColor(styles.ACCENT)
        canv.rect(0, y - 1, 18 * mm, 2.2, stroke=0, fill=1)
        y -= 10 * mm
        canv.setFont(SANS_BOLD, Scale.SMALL)
        canv.drawString(0, y, translate("Cover", "BOARD PACK  ·  E-COMMERCE ROADMAP"))
        y -= 8 * mm
        lines, cut = wrap(f.title, left_width, SANS_BOLD, Scale.DISPLAY, 3)
        if cut:
            self.r.preflight.note_shortened("cover title", f.title, " ".join(lines))
        canv.setFont(SANS_BOLD, Scale.DISPLAY)
        for line in lines:
            y -= Scale.DISPLAY
            canv.drawString(0, y, line)
            y -= Scale.DISPLAY * 0.18
        if f.organisation:
            y -= 7 * mm
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.H2)
            canv.drawString(0, y, self.r.fit(f.organisation, left_width, SANS, Scale.H2,
                                             "cover organisation"))
        details = [
            ("as of", translate("Cover", "As of"), long_day(f.as_of)),
            ("planning horizon", translate("Cover", "Planning horizon"),
             f"{long_day(f.horizon_start)} – {long_day(f.horizon_end)}"),
            ("version", translate("Cover", "Version"), f.version or "—"),
            ("prepared by", translate("Cover", "Prepared by"), f.author or "—"),
            ("classification", translate("Cover", "Classification"), f.confidentiality or "—"),
        ]
        row = 7.5 * mm
        contents_bottom = 6 * mm + row * len(details) + 8 * mm
        self._contents(y - 12 * mm, contents_bottom, left_width)
        y = 6 * mm + row * (len(details) - 1)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(0, y + row, left_width, y + row)
        label_width = max([34 * mm] + [canv.stringWidth(label, SANS, Scale.BODY) + 3 * mm
                                       for _key, label, _value in details])
        for key, label, value in details:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(0, y, label)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.BODY)
            canv.drawString(label_width, y, self.r.fit(
                value, left_width - label_width, SANS_BOLD, Scale.BODY, f"cover {key}"))
            y -= row
        self._panel(panel_x)

    def _contents(self, top: float, bottom: float, width: float) -> None:
        """The sections of this pack, numbered, in two columns when they need them."""
        titles = self.r.contents
        line = Scale.BODY * 2.1
        if not titles or top - bottom < Scale.SMALL + line:
            return
        canv = self.canv
        canv.setFillColor(styles.MUTED)
        canv.setFont(SANS_BOLD, Scale.SMALL)
        canv.drawString(0, top - Scale.SMALL, translate("Cover", "IN THIS PACK"))
        per_column = max(1, int((top - Scale.SMALL - 6 - bottom) // line))
        column_width = width / 2
        for index, title in enumerate(titles):
            column, position = divmod(index, per_column)
            if column > 1:
                break
            x = column * column_width
            y = top - Scale.SMALL - 6 - (position + 1) * line + Scale.BODY * 0.6
            canv.setFillColor(styles.ACCENT)
            canv.setFont(SANS_BOLD, Scale.BODY)
            canv.drawString(x, y, f"{index + 1:02d}")
            canv.setFillColor(styles.INK)
            canv.setFont(SANS, Scale.BODY)
            canv.drawString(x + 22, y, self.r.fit(title, column_width - 28, SANS, Scale.BODY,
                                                  "cover contents"))

    def _panel(self, x: float) -> None:
        canv = self.canv
        f = self.r.facts
        fig = f.figures
        width = self.width - x
        canv.setFillColor(styles.ACCENT)
        canv.rect(x, 0, width, self.height, stroke=0, fill=1)
        pad = 9 * mm
        y = self.height - 14 * mm
        canv.setFillColor(tint("#FFFFFF", 0.25))
        canv.setFont(SANS_BOLD, Scale.SMALL)
        canv.drawString(x + pad, y, translate("Cover", "AT A GLANCE"))
        high = fig.open_by_severity
        items = [
            (integer(fig.initiatives), translate("Cover", "initiatives"),
             translate("Cover", "{scheduled} scheduled · {unscheduled} not yet scheduled").format(
                 scheduled=fig.scheduled, unscheduled=fig.unscheduled)),
            (money(fig.total_budget, f.currency), translate("Cover", "total budget"),
             translate("Cover", "{share} led by business departments").format(
                 share=percent(fig.business_led_share))),
            (integer(fig.it_alone), translate("Cover", "initiatives run by IT alone"),
             translate("Cover", "no business department leads or contributes")),
            (integer(sum(v for s, v in high.items() if s.value == "high")),
             translate("Cover", "open high-severity findings"),
             translate("Cover", "{broken} broken dependencies · {accepted} accepted risks").format(
                 broken=fig.violated, accepted=fig.accepted)),
        ]
        room = width - 2 * pad
        step = (y - 10 * mm) / len(items)
        y -= 8 * mm
        for value, label, note in items:
            y -= Scale.FIGURE
            canv.setFillColor(styles.PAPER)
            canv.setFont(SANS_BOLD, Scale.FIGURE)
            canv.drawString(x + pad, y, value)
            canv.setFont(SANS_BOLD, Scale.BODY)
            canv.drawString(x + pad, y - Scale.BODY * 1.7,
                            self.r.fit(label, room, SANS_BOLD, Scale.BODY, "cover figures"))
            canv.setFillColor(tint("#FFFFFF", 0.3))
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x + pad, y - Scale.BODY * 1.7 - Scale.SMALL * 1.6,
                            self.r.fit(note, room, SANS, Scale.SMALL, "cover figures"))
            y -= step - Scale.FIGURE
