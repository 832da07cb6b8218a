"""The timeline scene: items placed from one TimelineLayout, kept across relayouts.

A relayout (zoom step, lane switch, edit) reuses the existing bar and arrow
items and only moves them, so a 2,000-initiative roadmap re-lays out without
rebuilding thousands of items. Lanes, the month and quarter grid, bucket
columns, vendor contract lines and the today line are painted in the
background and foreground, only where they are exposed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from roadmap.model import palette
from roadmap.model.calendar import months_between, quarters_between
from roadmap.views.timeline.lanes import Lane, timeline_lanes
from roadmap.views.timeline.layout import (
    NOT_SCHEDULED,
    BarGeometry,
    LayoutParams,
    TimelineLayout,
    layout_timeline,
    place_label,
)
from roadmap.views.timeline.model import (
    DAY,
    BarRecord,
    LaneMode,
    TimelineData,
    broken_dependencies,
    violated_pairs,
)
from roadmap.views.timeline.routes import Box, route_arrows
from ui.views.timeline.baseline import BaselineLayer
from ui.views.timeline.items import (
    ArrowItem,
    ArrowLayer,
    BarFonts,
    BarItem,
    Relation,
    VendorEventItem,
)
from ui.views.timeline.style import TimelineTheme

MIN_PX_PER_DAY = 0.15
MAX_PX_PER_DAY = 40.0
SCENE_MARGIN = 8.0
"""Blank pixels right of and below the chart (a fitted chart needs no sideways scrolling)."""


class TimelineScene(QGraphicsScene):
    """Bars, arrows and events of one roadmap, laid out for one zoom and lane mode."""

    def __init__(self, theme: TimelineTheme, base_font: QFont,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.fonts = BarFonts(theme.font(base_font), theme.font(base_font, bold=True,
                                                                   scale=0.72))
        self.event_font = theme.font(base_font, scale=0.85)
        self.title_font = theme.font(base_font, bold=True)
        """Lane names and the titles of the axis and the date-less columns."""
        self.count_font = theme.font(base_font, scale=0.85)
        self.row_height = theme.row_height(base_font)
        self.row_gap = round(12 * max(1.0, theme.font_scale * 0.8))
        self.mode = LaneMode.DEPARTMENT
        self.px_per_day = 2.0
        self.compact = True
        self.lanes_shown: frozenset[str] | None = None
        """Keys of the lanes to show (the presentation pages through groups); None: all."""
        self.stack_buckets = False
        self.today = dt.date.today()
        self.data: TimelineData | None = None
        self.layout: TimelineLayout | None = None
        self.bars: dict[int, BarItem] = {}
        self.arrow_layer = ArrowLayer()
        self.addItem(self.arrow_layer)
        self.baseline = BaselineLayer(self.count_font)
        self.addItem(self.baseline)
        self.arrows: dict[tuple[int, int], ArrowItem] = self.arrow_layer.arrows
        self.events: list[VendorEventItem] = []
        self.violated: set[tuple[int, int]] = set()
        self.selected: tuple[int, ...] = ()
        self._prerequisites: dict[int, list[int]] = defaultdict(list)
        self._dependents: dict[int, list[int]] = defaultdict(list)
        self._order: list[int] = []
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # --- layout ---------------------------------------------------------------

    def params(self) -> LayoutParams:
        """Layout sizes for the current zoom and theme."""
        icon = self.row_height * 0.5
        char = self.fonts.label_metrics.averageCharWidth()
        title = QFontMetricsF(self.title_font).horizontalAdvance(NOT_SCHEDULED) + 16
        event_height = QFontMetricsF(self.event_font).height() + 6
        return LayoutParams(
            px_per_day=self.px_per_day, lanes=self.lanes_shown,
            row_height=self.row_height, row_gap=self.row_gap,
            bar_gap=self.label_offset + 4, compact=self.compact,
            bucket_width=max(title, 26 * char), bucket_min_width=max(title * 0.8, 10 * char),
            stack_buckets=self.stack_buckets, tag_width=self.fonts.tag_width() + 6,
            label_min=12 * char,
            text_width=QFontMetricsF(self.event_font).horizontalAdvance,
            event_height=event_height, event_mark=event_height * 0.6 + 8,
            label_width=lambda record: self.fonts.label_width(record, icon),
            lane_height=self.lane_height,
        )

    def lane_text_width(self) -> float:
        """Width of the lane names beside the chart (about 16 characters)."""
        return QFontMetricsF(self.title_font).averageCharWidth() * 17 + 4

    def lane_height(self, lane: Lane, count: int) -> float:
        """Least height of a lane to show its wrapped name and its count in full."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        name = QFontMetricsF(self.title_font).boundingRect(
            QRectF(0, 0, self.lane_text_width(), 1000), flags, lane.label)
        return name.height() + QFontMetricsF(self.count_font).height() + 14

    @property
    def label_offset(self) -> float:
        """Gap between a bar's end and a label drawn after it (arrows run in it)."""
        return 30.0 * max(1.0, self.theme.font_scale * 0.8)

    def set_data(self, data: TimelineData, relayout: bool = True) -> None:
        """Show a (new or edited) roadmap; lay it out unless the caller will."""
        self.data = data
        self._prerequisites.clear()
        self._dependents.clear()
        for dependent, prerequisite in data.pairs:
            self._prerequisites[dependent].append(prerequisite)
            self._dependents[prerequisite].append(dependent)
        self.violated = violated_pairs(data.bars, data.pairs)
        if relayout:
            self.relayout()

    def set_theme(self, theme: TimelineTheme) -> None:
        """Draw with `theme` from now on (high contrast switched): every item is made anew."""
        self.theme = theme
        for item in self.bars.values():
            self.removeItem(item)
        self.bars.clear()
        self.arrows.clear()
        self.relayout()
        self.update()

    def relayout(self) -> None:
        """Lay everything out again and move the items (no items rebuilt unless new)."""
        if self.data is None:
            return
        data = self.data
        layout = self.layout = layout_timeline(data, self.mode, self.params())
        for key in [k for k in self.bars if k not in layout.bars]:
            self.removeItem(self.bars.pop(key))
        for key, geometry in layout.bars.items():
            record = data.bars[key]
            item = self.bars.get(key)
            if item is None:
                item = self.bars[key] = BarItem(record, geometry, self.theme, self.fonts,
                                                self.label_offset)
                self.addItem(item)
            item.set_state(record, geometry, self._milestones(record, layout))
        for pair in [p for p in self.arrows if p not in layout.routes]:
            del self.arrows[pair]
        for pair, points in layout.routes.items():
            arrow = self.arrows.get(pair)
            if arrow is None:
                arrow = self.arrows[pair] = ArrowItem(pair, self.theme, self.arrow_layer)
            arrow.set_route(points, pair in self.violated)
        self.arrow_layer.set_extent(QRectF(0, 0, layout.width + SCENE_MARGIN,
                                           layout.height + SCENE_MARGIN))
        self.arrow_layer.update()
        self.baseline.place(layout)
        for event in self.events:
            self.removeItem(event)
        self.events = [VendorEventItem(e, self.theme, self.event_font) for e in layout.events]
        for event in self.events:
            self.addItem(event)
        self._order = [g.id for g in sorted(layout.bars.values(),
                                            key=lambda g: (g.top, g.column is not None, g.x0))]
        self.setSceneRect(QRectF(0, 0, layout.width + SCENE_MARGIN,
                                 layout.height + SCENE_MARGIN))
        self.highlight(self.selected)
        self.update()

    def update_in_place(self, keys: set[int]) -> bool:
        """Show edited dates or styles of a few bars without laying the timeline out again.

        Each bar keeps its lane and row and moves along it; its arrows are
        routed again and the violated links recomputed. False, with nothing
        changed, when that cannot show the edit truthfully (a bar without
        dates, one that would leave the time axis or overlap a neighbour on
        its row): the caller then lays everything out. Keeping rows still is
        also what a workshop wants: the bar it just moved stays where the
        room is looking.
        """
        layout, data = self.layout, self.data
        if layout is None or data is None:
            return False
        moved: dict[int, BarGeometry] = {}
        for key in keys:
            record, geometry = data.bars.get(key), layout.bars.get(key)
            span = record.span if record is not None else None
            if span is None or geometry is None or key not in self.bars or \
                    geometry.column is not None:
                return False
            x0, x1 = layout.scale.x_of(span[0]), layout.scale.x_of(span[1] + DAY)
            if x0 < 0 or x1 > layout.time_width:
                return False
            moved[key] = replace(geometry, x0=x0, x1=x1)
        label = self.label_offset
        for geometry in moved.values():
            low, high = self._extent(geometry)
            for other in layout.bars.values():
                if other.id in moved or other.lane != geometry.lane or \
                        other.row != geometry.row or other.column is not None:
                    continue
                other_low, other_high = self._extent(other)
                if low < other_high and other_low < high:
                    return False
        for key, geometry in moved.items():
            layout.bars[key] = geometry
            record = data.bars[key]
            self.bars[key].set_state(record, geometry, self._milestones(record, layout))
        self.violated = violated_pairs(data.bars, data.pairs)
        self.baseline.place(layout)
        pairs = {(key, p) for key in moved for p in self._prerequisites.get(key, ())} | \
                {(d, key) for key in moved for d in self._dependents.get(key, ())}
        boxes = {other: Box(g.x0, g.x1, g.top, g.bottom, (other,))
                 for other in {k for pair in pairs for k in pair}
                 if (g := layout.bars.get(other)) is not None}
        routes = route_arrows(boxes, sorted(pairs), row_gap=self.row_gap, reach=label)
        layout.routes.update(routes)
        for pair, arrow in self.arrows.items():
            route = layout.routes.get(pair)
            if route is not None:
                arrow.set_route(route, pair in self.violated)
        self.highlight(self.selected)
        return True

    def add_in_place(self, record: BarRecord) -> bool:
        """Put one new scheduled initiative on a free stretch of an existing row of its lane.

        Nothing else moves. False, with nothing changed, when its lane is not
        on the timeline or no row of it has room: the caller lays out anew.
        """
        layout, data = self.layout, self.data
        span = record.span
        if layout is None or data is None or span is None or record.id in data.bars:
            return False
        probe = TimelineData({record.id: record}, data.departments, [], [], data.horizon,
                             data.fiscal_year_start_month)
        key = next((lane.key for lane in timeline_lanes(probe, self.mode)
                    if record.id in lane.members), None)
        lane = next((g for g in layout.lanes if g.lane.key == key), None)
        if lane is None:
            return False
        rows: dict[int, BarGeometry] = {}
        for g in layout.bars.values():
            if g.column is None and lane.top <= g.top < lane.bottom:
                rows.setdefault(g.row, g)
        if not rows:
            return False
        params = self.params()
        x0, x1 = layout.scale.x_of(span[0]), layout.scale.x_of(span[1] + DAY)
        if x0 < 0 or x1 > layout.time_width:
            return False
        place = place_label(x0, x1, params.label_extent(record), params.bar_gap,
                            layout.time_width, params.label_min)
        pitch = self.row_height + self.row_gap
        slot = None
        for row in sorted(rows):
            sample = rows[row]
            taken = [self._extent(g) for g in layout.bars.values()
                     if g.column is None and g.lane == sample.lane and g.row == row]
            if not any(place.left < high + params.bar_gap and low < place.right + params.bar_gap
                       for low, high in taken):
                slot = (row, sample.top, sample.bottom, sample.lane)
                break
        if slot is None:
            # No room on any row: open a new row at the bottom of the lane, moving what is
            # below it down by one row (orthogonal routes stretch along their vertical runs).
            last = rows[max(rows)]
            self._open_row(lane.bottom, pitch)
            lane.bottom += pitch
            slot = (last.row + 1, last.top + pitch, last.bottom + pitch, last.lane)
        row, top, bottom, index = slot
        room = None if place.room is None else place.room - 2 * params.label_padding
        geometry = BarGeometry(record.id, x0, x1, top, bottom, index, row,
                               place.side == "inside", label_left=place.side == "left",
                               label_room=room)
        data.bars[record.id] = record
        layout.bars[record.id] = geometry
        item = self.bars[record.id] = BarItem(record, geometry, self.theme, self.fonts,
                                              self.label_offset)
        self.addItem(item)
        item.set_state(record, geometry, self._milestones(record, layout))
        lane.count += 1
        self._order.append(record.id)
        self.highlight(self.selected)
        return True

    def _open_row(self, at: float, pitch: float) -> None:
        """Move every bar, card, lane and route point at or below `at` down by `pitch`."""
        layout = self.layout
        assert layout is not None and self.data is not None
        for key, g in list(layout.bars.items()):
            if g.top >= at:
                moved = layout.bars[key] = replace(g, top=g.top + pitch,
                                                   bottom=g.bottom + pitch)
                record = self.data.bars[key]
                self.bars[key].set_state(record, moved, self._milestones(record, layout))
        for lane in layout.lanes:
            if lane.top >= at:
                lane.top += pitch
                lane.bottom += pitch
        for pair, points in layout.routes.items():
            if any(y >= at for _x, y in points):
                route = [(x, y + pitch if y >= at else y) for x, y in points]
                layout.routes[pair] = route
                arrow = self.arrows.get(pair)
                if arrow is not None:
                    arrow.set_route(route, pair in self.violated)
        layout.height += pitch
        rect = self.sceneRect()
        self.setSceneRect(rect.adjusted(0, 0, 0, pitch))
        self.arrow_layer.set_extent(self.sceneRect())

    def remove_in_place(self, keys: set[int]) -> bool:
        """Take deleted initiatives off the timeline, leaving every other bar where it is.

        Their rows stay empty until the next full layout, so nothing on screen
        jumps under the user's eyes. False, with nothing changed, when a key
        is not on the timeline.
        """
        layout, data = self.layout, self.data
        if layout is None or data is None or not keys or \
                any(k not in self.bars or k not in layout.bars for k in keys):
            return False
        for key in keys:
            geometry = layout.bars.pop(key)
            for lane in layout.lanes:
                if lane.top <= geometry.top < lane.bottom:
                    lane.count -= 1
            self.removeItem(self.bars.pop(key))
            data.bars.pop(key, None)
        data.pairs = [p for p in data.pairs if p[0] not in keys and p[1] not in keys]
        for pair in [p for p in self.arrows if p[0] in keys or p[1] in keys]:
            arrow = self.arrows.pop(pair)
            self.arrow_layer.update(arrow.boundingRect())
            layout.routes.pop(pair, None)
        self._prerequisites.clear()
        self._dependents.clear()
        for dependent, prerequisite in data.pairs:
            self._prerequisites[dependent].append(prerequisite)
            self._dependents[prerequisite].append(dependent)
        self.violated = violated_pairs(data.bars, data.pairs)
        for pair, arrow in self.arrows.items():
            arrow.set_route(arrow.points, pair in self.violated)
        self.selected = tuple(k for k in self.selected if k not in keys)
        self.highlight(self.selected)
        self._order = [k for k in self._order if k not in keys]
        return True

    def _extent(self, geometry: BarGeometry) -> tuple[float, float]:
        """The stretch of its row a bar takes with its label beside it."""
        assert self.data is not None
        if geometry.label_inside:
            return geometry.x0, geometry.x1
        record = self.data.bars[geometry.id]
        text = geometry.label_room if geometry.label_room is not None else \
            self.fonts.label_width(record, self.row_height * 0.5)
        reach = self.label_offset + text
        if geometry.label_left:
            return geometry.x0 - reach, geometry.x1
        return geometry.x0, geometry.x1 + reach

    def _milestones(self, record: BarRecord, layout: TimelineLayout) -> list[tuple[str, float]]:
        if not record.dated:
            return []
        return [(name, layout.scale.x_of(day) + layout.scale.px_per_day / 2)
                for name, day in record.milestones]

    def tooltip(self, record: BarRecord) -> str:
        """The bar's tooltip (built when asked: 2,000 tooltips per relayout cost too much)."""
        lines = [f"<b>{_escape(record.title)}</b>"]
        if record.dated:
            lines.append(f"{_date(record.start)} – {_date(record.end)}")  # type: ignore[arg-type]
        else:
            bucket = (record.bucket.label if record.bucket
                      else QCoreApplication.translate("TimelineScene", "unsorted"))
            lines.append(QCoreApplication.translate("TimelineScene", "Not scheduled ({bucket})")
                         .format(bucket=bucket))
        lines.append(
            QCoreApplication.translate(
                "TimelineScene", "Status: {status} · Health: {health}"
            ).format(status=record.status.label, health=record.health.label)
        )
        if record.it_alone:
            lines.append(
                QCoreApplication.translate(
                    "TimelineScene", "IT alone: no business department leads or contributes"
                )
            )
        lines += [f"◆ {_escape(name)}: {_date(day)}" for name, day in record.milestones]
        waits = [self.data.bars[k].title for k in self._prerequisites.get(record.id, [])
                 if self.data and k in self.data.bars]
        if waits:
            lines.append(
                QCoreApplication.translate("TimelineScene", "Waits for: ")
                + ", ".join(_escape(t) for t in waits)
            )
        return "<br>".join(lines)

    # --- selection and highlight -------------------------------------------------

    def chain(self, ids: tuple[int, ...]) -> tuple[set[int], set[int]]:
        """Everything the given bars wait for (upstream) and that waits for them (downstream)."""
        upstream: set[int] = set()
        downstream: set[int] = set()
        for links, found in ((self._prerequisites, upstream), (self._dependents, downstream)):
            todo = list(ids)
            while todo:
                for other in links.get(todo.pop(), ()):
                    if other not in found:
                        found.add(other)
                        todo.append(other)
        return upstream, downstream

    def highlight(self, ids: tuple[int, ...]) -> None:
        """Select bars: outline them, mark their chain, dim everything else."""
        self.selected = tuple(k for k in ids if k in self.bars)
        if not self.selected:
            for item in self.bars.values():
                item.set_relation(Relation.NONE)
            for arrow in self.arrows.values():
                arrow.set_relation(Relation.NONE)
            return
        chosen = set(self.selected)
        upstream, downstream = self.chain(self.selected)
        for key, item in self.bars.items():
            item.set_relation(
                Relation.SELECTED if key in chosen else Relation.UPSTREAM if key in upstream
                else Relation.DOWNSTREAM if key in downstream else Relation.DIMMED
            )
        for (dependent, prerequisite), arrow in self.arrows.items():
            if prerequisite in upstream and dependent in upstream | chosen:
                arrow.set_relation(Relation.UPSTREAM)
            elif dependent in downstream and prerequisite in downstream | chosen:
                arrow.set_relation(Relation.DOWNSTREAM)
            else:
                arrow.set_relation(Relation.DIMMED)

    # --- dragging ---------------------------------------------------------------

    def preview(self, key: int, start: dt.date, end: dt.date) -> list[tuple[int, int]]:
        """Show bar `key` at new dates with its arrows re-routed; the pairs it would break."""
        assert self.layout is not None and self.data is not None
        scale = self.layout.scale
        item = self.bars[key]
        x0, x1 = scale.x_of(start), scale.x_of(end + DAY)
        item.set_preview((x0, x1))
        broken = broken_dependencies(key, start, end, self.data.bars, self.data.pairs)
        pairs = [(key, p) for p in self._prerequisites.get(key, ())] + \
                [(d, key) for d in self._dependents.get(key, ())]
        boxes = {}
        for other in {k for pair in pairs for k in pair}:
            g = self.layout.bars[other]
            span = (x0, x1) if other == key else (g.x0, g.x1)
            boxes[other] = Box(span[0], span[1], g.top, g.bottom, (other,))
        routes = route_arrows(boxes, pairs, row_gap=self.row_gap, reach=self.label_offset)
        broken_set = set(broken)
        for pair in pairs:
            if pair in self.arrows and pair in routes:
                self.arrows[pair].set_route(routes[pair], pair in broken_set)
        return broken

    def end_preview(self) -> None:
        """Put a dragged bar and its arrows back where the layout has them."""
        if self.layout is None:
            return
        for item in self.bars.values():
            if item.preview is not None:
                item.set_preview(None)
        for pair, arrow in self.arrows.items():
            arrow.set_route(self.layout.routes[pair], pair in self.violated)

    # --- navigation ---------------------------------------------------------------

    def neighbour(self, key: int | None, direction: str) -> int | None:
        """The bar to select after `direction` ('left', 'right', 'up', 'down', 'home', 'end')."""
        order = self._order
        if not order:
            return None
        if direction == "home" or key not in self.bars:
            return order[0] if direction != "end" else order[-1]
        if direction == "end":
            return order[-1]
        index = order.index(key)  # type: ignore[arg-type]
        if direction == "right":
            return order[min(index + 1, len(order) - 1)]
        if direction == "left":
            return order[max(index - 1, 0)]
        here = self.bars[key].geometry  # type: ignore[index]
        centre = (here.x0 + here.x1) / 2
        rows = sorted({self.bars[k].geometry.top for k in order})
        at = rows.index(here.top)
        target_row = at + (1 if direction == "down" else -1)
        if not 0 <= target_row < len(rows):
            return key
        top = rows[target_row]
        candidates = [k for k in order if self.bars[k].geometry.top == top]
        return min(candidates, key=lambda k: abs(
            (self.bars[k].geometry.x0 + self.bars[k].geometry.x1) / 2 - centre))

    # --- painting -------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, area: QRectF | QRect) -> None:
        """Lanes, bucket columns and the month / quarter grid (QGraphicsScene.drawBackground)."""
        rect = QRectF(area)
        painter.fillRect(rect, QColor(self.theme.background))
        layout = self.layout
        if layout is None or self.data is None:
            return
        for index, lane in enumerate(layout.lanes):
            if lane.bottom < rect.top() or lane.top > rect.bottom():
                continue
            if index % 2 == 0:
                painter.fillRect(QRectF(rect.left(), lane.top, rect.width(),
                                        lane.bottom - lane.top), QColor(self.theme.lane_shade))
            painter.setPen(QPen(QColor(self.theme.quarter_rule), 1))
            painter.drawLine(QPointF(rect.left(), lane.bottom), QPointF(rect.right(), lane.bottom))
        if layout.events_band is not None:
            top, bottom = layout.events_band
            painter.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top),
                             QColor("#E6F4F1"))
        first = layout.scale.date_at(max(rect.left(), 0))
        last = min(layout.scale.date_at(min(rect.right(), layout.time_width)), layout.last)
        if layout.scale.px_per_day * 30 >= 14:
            painter.setPen(QPen(QColor(self.theme.grid), 1))
            for month in months_between(first, last):
                x = layout.scale.x_of(month)
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.setPen(QPen(QColor(self.theme.quarter_rule), 1.5))
        for quarter in quarters_between(first, last, self.data.fiscal_year_start_month):
            x = layout.scale.x_of(quarter.start)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.drawLine(QPointF(layout.time_width, rect.top()),
                         QPointF(layout.time_width, rect.bottom()))
        for _name, x0, x1 in layout.columns:
            painter.fillRect(QRectF(x0, max(rect.top(), 0), x1 - x0, layout.height),
                             QColor(0, 0, 0, 14))
        pen = QPen(QColor(palette.TEAL), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        band_bottom = layout.events_band[1] if layout.events_band else 0.0
        for event in layout.events:
            if rect.left() <= event.x <= rect.right():
                painter.drawLine(QPointF(event.x, band_bottom), QPointF(event.x, layout.height))

    def drawForeground(self, painter: QPainter, area: QRectF | QRect) -> None:
        """The today line over everything (QGraphicsScene.drawForeground)."""
        rect = QRectF(area)
        layout = self.layout
        if layout is None or not layout.first <= self.today <= layout.last:
            return
        x = layout.scale.x_of(self.today) + layout.scale.px_per_day / 2
        if rect.left() - 2 <= x <= rect.right() + 2:
            painter.setPen(QPen(QColor(self.theme.today), 2.0 * max(1.0, self.theme.font_scale
                                                                     * 0.8)))
            painter.drawLine(QPointF(x, max(rect.top(), 0)), QPointF(x, rect.bottom()))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"
