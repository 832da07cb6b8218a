"""The dependency map: who waits for whom, laid out in layers, fitted to the page.

Up to a few dozen linked initiatives, the map draws each one where
roadmap.views.map.layered.layered_layout puts it (prerequisites to the left, later
work to the right: dependency and time, never a force-directed hairball).
Beyond what a page can show legibly, it summarises instead: a matrix of
dependencies between lead departments and the critical path, with every
initiative's links in the appendix.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from roadmap.formats import integer
from roadmap.i18n import translate
from roadmap.model import palette
from roadmap.model.enums import Health
from roadmap.model.keys import NodeKey
from roadmap.model.wording import counted

from ...graph import no_lead_label
from .. import styles
from ..facts import BoardFacts, DepartmentFact, InitiativeFact
from ..flowables import HEADING_HEIGHT, FullPage, Heading, draw_badge
from ..format import span, span_variants
from ..marks import HEALTH_SHAPES, shape
from ..styles import SANS, SANS_BOLD, Scale, colour, tint
from ..text import width as string_width
from ..text import wrap

if TYPE_CHECKING:
    from roadmap.views.map.layered import MapGraph, Position
    from roadmap.views.map.routes import LinkRoute

    from ..renderer import BoardPackRenderer

DETAIL_LIMIT = 70
"""Most linked initiatives drawn one by one; more are summarised by department."""
NODE_WIDTH_MAX = 150.0
NODE_WIDTH_MIN = 78.0
NODE_HEIGHT = 32.0
NODE_HEIGHT_MIN = 15.0
LEGEND = 28.0
LEGEND_LINE = 12.0


def linked(facts: BoardFacts) -> list[int]:
    """Initiatives that depend on another or that another depends on, in id order."""
    ids = {a for a, _, _ in facts.dependencies} | {b for _, b, _ in facts.dependencies}
    return sorted(i for i in ids if i in facts.by_id)


def build(r: BoardPackRenderer) -> list[Flowable]:
    """One page: the detailed map when it stays legible, else the department summary."""
    facts = r.facts
    nodes = linked(facts)
    title = translate("DependencyMap", "Dependency map")
    story: list[Flowable] = [r.section_start("dependency_map", title)]
    broken = sum(1 for *_, v in facts.dependencies if v)
    links = len(facts.dependencies)
    message = counted(links, translate("DependencyMap", "{count} dependency between {nodes} "
                                       "initiatives · {broken} broken"),
                      translate("DependencyMap", "{count} dependencies between {nodes} "
                                "initiatives · {broken} broken"),
                      nodes=len(nodes), broken=broken)
    if not nodes:  # a page saying so would be all but empty
        r.preflight.note(translate("DependencyMap",
                                   "No dependency map: no initiative depends on another."))
        return []
    detail = DetailMap(r, nodes) if len(nodes) <= DETAIL_LIMIT else None
    if detail is not None and detail.fits():
        unlinked = len(facts.initiatives) - len(nodes)
        if unlinked:
            message += translate("DependencyMap", " · {count} without dependencies not "
                                 "shown").format(count=unlinked)
        story += [Heading(r, title, message), detail]
    else:
        message = translate("DependencyMap", "{count} dependencies between {nodes} initiatives, "
                            "{broken} broken · summarised by lead department; each "
                            "initiative's links are in the appendix").format(
            count=integer(len(facts.dependencies)), nodes=integer(len(nodes)), broken=broken)
        story += [Heading(r, title, message), SummaryMap(r)]
    return story


# --- detailed map ---------------------------------------------------------------

class DetailMap(Flowable):
    """Every linked initiative as a box, edges from prerequisite to dependent.

    The layered layout and the edge routing are imported when a map is
    drawn in detail: a large roadmap's pack only summarises, and loads neither.
    """

    def __init__(self, r: BoardPackRenderer, nodes: list[int]) -> None:
        from roadmap.views.map.layered import layered_layout

        super().__init__()
        self.r = r
        self.nodes = nodes
        self.area_width = r.frame_width
        self.stripes = _stripe_lines(r)
        self.legend_height = LEGEND + LEGEND_LINE * (len(self.stripes) - 1)
        self.area_height = r.frame_height - HEADING_HEIGHT - self.legend_height - 8
        graph = r.analysis_graph
        sub = graph.subgraph([NodeKey.initiative(k) for k in nodes])
        # The flow aims for the shape of the page area it is drawn in.
        positions = layered_layout(sub, aspect=self.area_width / self.area_height)
        self.positions: dict[int, tuple[float, float]] = {}
        self._place(sub, positions)

    def _place(self, graph: MapGraph, positions: dict[NodeKey, Position]) -> None:
        from roadmap.views.map.layered import layout_bounds

        if not positions:
            return
        left, top, right, bottom = layout_bounds(graph, positions)
        xs = sorted({round(x, 3) for x, _ in positions.values()})
        layers = max(1, len(xs))
        self.node_width = max(NODE_WIDTH_MIN, min(NODE_WIDTH_MAX,
                                                  self.area_width / layers - 18))
        span_x = max(1.0, (right - left) - 180.0)
        span_y = max(1.0, (bottom - top) - 56.0)
        usable_x = self.area_width - self.node_width
        rows = Counter(round(x, 3) for x, _ in positions.values())
        tallest = max(rows.values())
        usable_y = self.area_height - NODE_HEIGHT
        # Spread layers over the page, but not further apart than reads as one flow.
        scale_x = min(usable_x / span_x, (self.node_width + 110) / 250.0) if span_x > 1 else 0
        scale_y = min(usable_y / span_y, (NODE_HEIGHT + 30) / 76.0) if span_y > 1 else 0
        self.node_height = NODE_HEIGHT
        if span_y > 1 and scale_y * 76.0 < NODE_HEIGHT + 3:
            self.node_height = max(NODE_HEIGHT_MIN, scale_y * 76.0 - 3)
        used_x = span_x * scale_x + self.node_width
        used_y = span_y * scale_y + self.node_height
        offset_x = (self.area_width - used_x) / 2
        offset_y = (self.area_height - used_y) / 2
        del tallest
        for key, (x, y) in positions.items():
            ident = key.id
            px = offset_x + (x - left - 90.0) * scale_x + self.node_width / 2
            py = (self.area_height - offset_y - self.node_height / 2
                  - (y - top - 28.0) * scale_y)
            self.positions[ident] = (px, py)

    def fits(self) -> bool:
        """True when every box is tall and wide enough to read and none overlap."""
        if not self.positions:
            return False
        if self.node_height < NODE_HEIGHT_MIN or self.node_width < NODE_WIDTH_MIN:
            return False
        by_column: dict[float, list[float]] = {}
        for x, y in self.positions.values():
            by_column.setdefault(round(x, 1), []).append(y)
        for ys in by_column.values():
            ys.sort()
            if any(b - a < self.node_height + 2 for a, b in itertools.pairwise(ys)):
                return False
        columns = sorted(by_column)
        return all(b - a >= self.node_width + 8 for a, b in itertools.pairwise(columns))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The map area and its legend (Flowable.wrap)."""
        self.width, self.height = self.area_width, self.area_height + self.legend_height + 4
        return self.width, self.height

    def draw(self) -> None:
        """Edges first, then boxes, then the legend (Flowable.draw)."""
        from roadmap.views.map.routes import Box, Obstacles, dependency_route

        canv = self.canv
        facts = self.r.facts
        base = self.legend_height + 4
        critical = set(zip(facts.critical_path, facts.critical_path[1:], strict=False))
        half_w, half_h = self.node_width / 2, self.node_height / 2
        boxes = {ident: Box(x, base + y, half_w, half_h)
                 for ident, (x, y) in self.positions.items()}
        obstacles = Obstacles(boxes.values())
        for dependent, prerequisite, violated in facts.dependencies:
            if dependent not in boxes or prerequisite not in boxes:
                continue
            on_path = (prerequisite, dependent) in critical or (dependent, prerequisite) in critical
            route = dependency_route(boxes[prerequisite], boxes[dependent],
                                     min_bend=14.0, clearance=22.0, down=-1.0,
                                     obstacles=obstacles, margin=1.5)
            _edge(canv, route, violated, on_path)
        for ident, (x, y) in self.positions.items():
            self._node(canv, facts.by_id[ident], x - half_w, base + y - half_h)
        _legend(canv, self.r, self.stripes, 4)

    def _node(self, canv: Canvas, item: InitiativeFact, x: float, y: float) -> None:
        w, h = self.node_width, self.node_height
        canv.saveState()
        canv.setFillColor(styles.PAPER)
        canv.setStrokeColor(styles.INK if item.critical else styles.RULE)
        canv.setLineWidth(1.2 if item.critical else 0.6)
        canv.roundRect(x, y, w, h, 2, stroke=1, fill=1)
        lead = item.lead.colour if item.lead else palette.GREY
        canv.setFillColor(colour(lead))
        canv.rect(x, y, 4, h, stroke=0, fill=1)
        canv.restoreState()
        canv.setFillColor(colour(palette.HEALTH[item.health]))
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(0.3)
        shape(canv, HEALTH_SHAPES[item.health], x + w - 5, y + h - 5, 2.4)
        text_x = x + 7
        top = y + h - 3 - Scale.CAPTION
        if item.it_alone:
            text_x += draw_badge(canv, text_x, top, translate("DependencyMap", "IT"),
                                 fill=styles.INK) + 2
        room_first = x + w - 11 - text_x
        lines_allowed = 2 if h >= NODE_HEIGHT - 0.1 else 1
        lines, cut = wrap(item.title, room_first, SANS_BOLD, Scale.CAPTION, lines_allowed)
        if cut:
            self.r.preflight.note_shortened("dependency map", item.title, " ".join(lines))
        canv.setFillColor(styles.INK)
        canv.setFont(SANS_BOLD, Scale.CAPTION)
        for line in lines:
            canv.drawString(text_x, top, line)
            top -= Scale.CAPTION * 1.2
        if h >= NODE_HEIGHT - 0.1:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.CAPTION)
            canv.drawString(x + 7, y + 3, self.r.fit(
                _date_line(item, w - 10), w - 10, SANS, Scale.CAPTION, "dependency map"))


def _date_line(item: InitiativeFact, room: float) -> str:
    """'#id · span' in the longest wording of the span that fits `room` points.

    Only when even 'Oct ’27–Feb ’28' does not fit is the shortest one cut.
    """
    candidates = [f"#{item.id} · {v}" for v in span_variants(item.start, item.end)]
    for text in candidates:
        if string_width(text, SANS, Scale.CAPTION) <= room:
            return text
    return candidates[-1]


def _edge(canv: Canvas, route: LinkRoute, violated: bool, critical: bool) -> None:
    """A curved arrow along `route`, from prerequisite to dependent."""
    canv.saveState()
    if violated:
        canv.setStrokeColor(styles.VIOLATION)
        canv.setFillColor(styles.VIOLATION)
        canv.setLineWidth(1.0)
        canv.setDash(3, 2)
    elif critical:
        canv.setStrokeColor(styles.INK)
        canv.setFillColor(styles.INK)
        canv.setLineWidth(1.3)
    else:
        canv.setStrokeColor(styles.MUTED)
        canv.setFillColor(styles.MUTED)
        canv.setLineWidth(0.5)
    c2, (x2, y2) = route.c2, route.end
    dx, dy = x2 - c2[0], y2 - c2[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    path = canv.beginPath()
    path.moveTo(*route.start)
    *pieces, last = route.curves()
    for _start, a, b, end in pieces:
        path.curveTo(*a, *b, *end)
    path.curveTo(*last[1], *last[2], x2 - ux * 3, y2 - uy * 3)  # the arrowhead ends it
    canv.drawPath(path, stroke=1, fill=0)
    canv.setDash()
    head = canv.beginPath()
    head.moveTo(x2, y2)
    head.lineTo(x2 - ux * 3.5 - uy * 2, y2 - uy * 3.5 + ux * 2)
    head.lineTo(x2 - ux * 3.5 + uy * 2, y2 - uy * 3.5 - ux * 2)
    head.close()
    canv.drawPath(head, stroke=0, fill=1)
    canv.restoreState()


def _stripe_lines(r: BoardPackRenderer) -> list[list[DepartmentFact]]:
    """The lead departments of the stripe key, in lines that fit the frame.

    Every lead department is named in full; the key takes another line
    rather than shorten or leave out a colour.
    """
    leads = {i.lead.id for i in r.facts.initiatives if i.lead is not None}
    shown = [d for d in r.facts.departments if d.id in leads]
    if any(i.lead is None for i in r.facts.initiatives):
        shown.append(DepartmentFact(0, no_lead_label(), palette.GREY, False))
    start = _key_indent(translate("DependencyMap", "STRIPE"))
    lines: list[list[DepartmentFact]] = [[]]
    x = start
    for dept in shown:
        room = 7 + string_width(dept.name, SANS, Scale.CAPTION) + 10
        if lines[-1] and x + room - 10 > r.frame_width:
            lines.append([])
            x = start
        lines[-1].append(dept)
        x += room
    return lines


def _key_indent(heading: str) -> float:
    return max(42.0, string_width(heading, SANS_BOLD, Scale.CAPTION) + 4)


def _legend(canv: Canvas, r: BoardPackRenderer, stripes: list[list[DepartmentFact]],
            y: float) -> None:
    from roadmap.views.map.routes import LinkRoute

    x = 0.0
    canv.setFont(SANS_BOLD, Scale.CAPTION)
    canv.setFillColor(styles.MUTED)
    y += LEGEND_LINE * len(stripes)
    heading = translate("DependencyMap", "LEGEND")
    canv.drawString(x, y + 1, heading)
    x += _key_indent(heading)

    def label(text: str) -> None:
        nonlocal x
        canv.setFillColor(styles.INK)
        canv.setFont(SANS, Scale.CAPTION)
        canv.drawString(x, y + 1, text)
        x += canv.stringWidth(text, SANS, Scale.CAPTION) + 10

    for violated, critical, text in (
            (False, False, translate("DependencyMap", "depends on (arrow points to the "
                                     "initiative that waits)")),
            (False, True, translate("DependencyMap", "critical path")),
            (True, False, translate("DependencyMap", "broken: starts before its prerequisite "
                                    "ends"))):
        _edge(canv, LinkRoute((x, y + 3), (x + 6, y + 3), (x + 12, y + 3), (x + 18, y + 3), True),
              violated, critical)
        x += 22
        label(text)
    x += draw_badge(canv, x, y + 1, translate("DependencyMap", "IT")) + 3
    label(translate("DependencyMap", "IT alone"))
    for health in Health:
        canv.setFillColor(colour(palette.HEALTH[health]))
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(0.3)
        shape(canv, HEALTH_SHAPES[health], x + 3, y + 3.3, 2.6)
        x += 8
        label(health.label)
    # Then which stripe colour is which lead department, on as many lines as needed.
    heading = translate("DependencyMap", "STRIPE")
    for line in stripes:
        x, y = 0.0, y - LEGEND_LINE
        if line is stripes[0]:
            canv.setFont(SANS_BOLD, Scale.CAPTION)
            canv.setFillColor(styles.MUTED)
            canv.drawString(x, y + 1, heading)
        x += _key_indent(heading)
        for dept in line:
            text = r.fit(dept.name, r.frame_width - x - 7, SANS, Scale.CAPTION,
                         "dependency map legend")
            canv.setFillColor(colour(dept.colour))
            canv.rect(x, y, 4, 8, stroke=0, fill=1)
            x += 7
            label(text)


# --- summary for large roadmaps -------------------------------------------------

def department_flows(facts: BoardFacts) -> tuple[list[str], dict[tuple[str, str], tuple[int, int]]]:
    """Lead departments in order and (waiting, waited on) -> (dependencies, broken)."""
    no_lead = no_lead_label()

    def lead(ident: int) -> str:
        item = facts.by_id.get(ident)
        return item.lead.name if item is not None and item.lead is not None else no_lead

    flows: dict[tuple[str, str], list[int]] = {}
    for dependent, prerequisite, violated in facts.dependencies:
        cell = flows.setdefault((lead(dependent), lead(prerequisite)), [0, 0])
        cell[0] += 1
        cell[1] += int(violated)
    names = [d.name for d in facts.departments]
    used = {n for pair in flows for n in pair}
    order = [n for n in names if n in used]
    if no_lead in used:
        order.append(no_lead)
    return order, {k: (v[0], v[1]) for k, v in flows.items()}


class SummaryMap(FullPage):
    """Dependencies between lead departments as a matrix, and the critical path."""

    def draw(self) -> None:
        """Matrix on the left; critical path and most waited-for work on the right."""
        split = self.width * 0.6
        self._matrix(0, self.height, split - 14 * mm)
        used = self._critical_path(split, self.height, self.width - split, self.height * 0.55)
        self._most_waited_for(split, used - 10, self.width - split)

    def _matrix(self, x: float, top: float, width: float) -> None:
        canv = self.canv
        facts = self.r.facts
        y = self.block_title(x, top, width,
                             translate("DependencyMap", "Dependencies between lead departments"))
        canv.setFont(SANS, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        canv.drawString(x, y - Scale.CAPTION,
                        translate("DependencyMap", "Row: the department whose initiatives wait · "
                                  "column: the department they wait for · red figures: broken "
                                  "dependencies"))
        y -= Scale.CAPTION + 10
        names, flows = department_flows(facts)
        n = len(names)
        label_width = 34 * mm
        header_height = 88.0
        cell = min((width - label_width) / max(1, n), (y - header_height - 4) / max(1, n), 46.0)
        peak = max((v[0] for v in flows.values()), default=1)
        canv.setFillColor(styles.INK)
        canv.setFont(SANS_BOLD, Scale.CAPTION)
        for col, name in enumerate(names):
            cx = x + label_width + col * cell
            canv.saveState()
            canv.translate(cx + cell / 2 + Scale.CAPTION * 0.35, y - header_height + 4)
            canv.rotate(90)
            canv.drawString(0, 0, self.r.fit(name, header_height - 8, SANS_BOLD, Scale.CAPTION,
                                             "dependency summary"))
            canv.restoreState()
        y -= header_height
        for row, waiting in enumerate(names):
            cy = y - (row + 1) * cell
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.CAPTION)
            canv.drawString(x, cy + cell / 2 - 2, self.r.fit(
                waiting, label_width - 4, SANS_BOLD, Scale.CAPTION, "dependency summary"))
            for col, waited in enumerate(names):
                cx = x + label_width + col * cell
                count, broken = flows.get((waiting, waited), (0, 0))
                fill = tint(palette.ACCENT, 1 - 0.15 - 0.75 * count / peak) if count else (
                    styles.SHADE)
                canv.setFillColor(fill)
                canv.setStrokeColor(styles.PAPER)
                canv.setLineWidth(1)
                canv.rect(cx, cy, cell, cell, stroke=1, fill=1)
                if not count:
                    continue
                dark = count / peak > 0.45
                canv.setFillColor(styles.PAPER if dark else styles.INK)
                canv.setFont(SANS_BOLD, Scale.SMALL)
                canv.drawCentredString(cx + cell / 2, cy + cell / 2 + (1 if broken else -2),
                                       str(count))
                if broken:
                    canv.setFillColor(styles.PAPER)
                    canv.roundRect(cx + 3, cy + 2.5, cell - 6, Scale.CAPTION + 1.5, 1.5,
                                   stroke=0, fill=1)
                    canv.setFillColor(styles.VIOLATION)
                    canv.setFont(SANS_BOLD, Scale.CAPTION)
                    canv.drawCentredString(cx + cell / 2, cy + 4.5, translate(
                        "DependencyMap", "{count} broken").format(count=broken))

    def _critical_path(self, x: float, top: float, width: float, room: float) -> float:
        """The chain that decides the end date, in at most `room` points; returns the bottom."""
        canv = self.canv
        facts = self.r.facts
        y = self.block_title(x, top, width, translate("DependencyMap", "Critical path"))
        path = [facts.by_id[k] for k in facts.critical_path if k in facts.by_id]
        if not path:
            canv.setFont(SANS, Scale.BODY)
            canv.setFillColor(styles.MUTED)
            canv.drawString(x, y - Scale.BODY, translate(
                "DependencyMap", "No chain of open dependent initiatives."))
            return y - Scale.BODY * 2
        canv.setFont(SANS, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        for caption in wrap(translate("DependencyMap", "{count} initiatives; any delay here "
                                      "delays the end of the roadmap").format(count=len(path)),
                            width, SANS, Scale.CAPTION, 2)[0]:
            canv.drawString(x, y - Scale.CAPTION, caption)
            y -= Scale.CAPTION * 1.25
        y -= 6
        step = 30.0
        fits = max(2, int((room - (top - y)) // step))
        shown = path if len(path) <= fits else path[: fits - 1]
        for index, item in enumerate(shown):
            box_top = y - index * step
            box_y = box_top - step + 8
            canv.setFillColor(styles.SHADE)
            canv.rect(x, box_y, width, step - 8, stroke=0, fill=1)
            canv.setFillColor(colour(item.lead.colour if item.lead else palette.GREY))
            canv.rect(x, box_y, 4, step - 8, stroke=0, fill=1)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            head = f"#{item.id}  {item.title}"
            canv.drawString(x + 8, box_y + step - 8 - Scale.SMALL - 2, self.r.fit(
                head, width - 12, SANS_BOLD, Scale.SMALL, "critical path"))
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.CAPTION)
            lead = item.lead.name if item.lead else no_lead_label()
            canv.drawString(x + 8, box_y + 3, self.r.fit(
                f"{span(item.start, item.end)} · {lead} · {item.status.label}", width - 12,
                SANS, Scale.CAPTION, "critical path"))
            if index < len(shown) - 1:
                canv.setFillColor(styles.INK)
                mid = x + width / 2
                arrow = canv.beginPath()
                arrow.moveTo(mid - 3, box_y - 1)
                arrow.lineTo(mid + 3, box_y - 1)
                arrow.lineTo(mid, box_y - 6)
                arrow.close()
                canv.drawPath(arrow, stroke=0, fill=1)
        bottom = y - len(shown) * step
        if len(shown) < len(path):
            canv.setFont(SANS, Scale.SMALL)
            canv.setFillColor(styles.MUTED)
            canv.drawString(x, bottom - Scale.SMALL,
                            translate("DependencyMap", "… and {count} more; see the timeline "
                                      "(bold) and the appendix").format(
                                count=len(path) - len(shown)))
            bottom -= Scale.SMALL * 2
        return bottom

    def _most_waited_for(self, x: float, top: float, width: float) -> None:
        """The initiatives most others wait for: where a slip spreads furthest."""
        canv = self.canv
        facts = self.r.facts
        ranked = most_waited_for(facts)
        if not ranked or top < 60:
            return
        y = self.block_title(x, top, width, translate("DependencyMap", "Most waited for"))
        canv.setFont(SANS, Scale.CAPTION)
        canv.setFillColor(styles.MUTED)
        for caption in wrap(translate("DependencyMap", "Initiatives with the most work depending "
                                      "on them directly; a slip here moves all of it"),
                            width, SANS, Scale.CAPTION, 2)[0]:
            canv.drawString(x, y - Scale.CAPTION, caption)
            y -= Scale.CAPTION * 1.25
        y -= 8
        line = Scale.SMALL * 1.9
        for item, waiting, broken in ranked:
            if y - line < 0:
                break
            canv.setFillColor(colour(item.lead.colour if item.lead else palette.GREY))
            canv.rect(x, y - line + 3, 4, line - 4, stroke=0, fill=1)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS_BOLD, Scale.SMALL)
            count = translate("DependencyMap", "{count} waiting").format(count=waiting) + (
                translate("DependencyMap", ", {count} broken").format(count=broken)
                if broken else "")
            count_width = canv.stringWidth(count, SANS_BOLD, Scale.SMALL)
            canv.setFillColor(styles.VIOLATION if broken else styles.INK)
            canv.drawRightString(x + width, y - Scale.SMALL - 2, count)
            canv.setFillColor(styles.INK)
            canv.setFont(SANS, Scale.SMALL)
            canv.drawString(x + 8, y - Scale.SMALL - 2, self.r.fit(
                f"#{item.id}  {item.title}", width - count_width - 16, SANS, Scale.SMALL,
                "most waited for"))
            y -= line


def most_waited_for(facts: BoardFacts, limit: int = 12) -> list[tuple[InitiativeFact, int, int]]:
    """(initiative, dependents, broken links to it), most dependents first."""
    waiting: Counter[int] = Counter()
    broken: Counter[int] = Counter()
    for _, prerequisite, violated in facts.dependencies:
        waiting[prerequisite] += 1
        broken[prerequisite] += int(violated)
    ranked = sorted(waiting, key=lambda k: (-waiting[k], -broken[k], k))
    return [(facts.by_id[k], waiting[k], broken[k]) for k in ranked[:limit]
            if k in facts.by_id and waiting[k] > 1]
