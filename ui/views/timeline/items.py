"""The graphics items of the timeline: bars, dependency arrows, vendor contract ends.

Items are positioned in scene coordinates computed by roadmap.views.timeline.layout;
they only paint. Every meaning has a second channel besides colour: health is
also in the tooltip and legend, status is an icon, IT alone is a hatch plus an
"IT ALONE" badge, a violated dependency is red AND dashed, a milestone is a
diamond.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model import palette
from roadmap.model.enums import Status
from roadmap.views.timeline.layout import BarGeometry, VendorEvent, event_label
from roadmap.views.timeline.model import BarRecord
from roadmap.views.timeline.routes import Point
from ui.formatting import day_text
from ui.views.timeline.style import (
    DIM_OPACITY,
    DOWNSTREAM,
    IT_ALONE_BADGE,
    IT_ALONE_HATCH,
    UPSTREAM,
    TimelineTheme,
    health_colour,
    readable_on,
)

BADGE_TEXT = QT_TRANSLATE_NOOP("TimelineBar", "IT ALONE")

COLUMN_TITLES = (QT_TRANSLATE_NOOP("TimelineBar", "Now"), QT_TRANSLATE_NOOP("TimelineBar", "Next"),
                 QT_TRANSLATE_NOOP("TimelineBar", "Later"),
                 QT_TRANSLATE_NOOP("TimelineBar", "Unsorted"),
                 QT_TRANSLATE_NOOP("TimelineBar", "Not scheduled"))
"""The date-less columns and card tags as the layout names them (in English)."""


def badge_text() -> str:
    """The IT ALONE badge, in the language on show."""
    return QCoreApplication.translate("TimelineBar", BADGE_TEXT)


def column_title(name: str) -> str:
    """A date-less column's or card tag's name from the layout, in the language on show."""
    return QCoreApplication.translate("TimelineBar", name)


class Relation(IntEnum):
    """How a bar or arrow relates to the current selection."""

    NONE = 0
    SELECTED = 1
    UPSTREAM = 2
    """The selection waits for it."""
    DOWNSTREAM = 3
    """It waits for the selection."""
    DIMMED = 4


@dataclass
class BarFonts:
    """The fonts and metrics bars share (measured once per theme, not per paint)."""

    label: QFont
    badge: QFont

    def __post_init__(self) -> None:
        self.label_metrics = QFontMetricsF(self.label)
        self.badge_metrics = QFontMetricsF(self.badge)
        self._badge_width = self.badge_metrics.horizontalAdvance(badge_text()) + 10
        self._title_widths: dict[str, float] = {}
        """Measured titles: fitting and laying out 2,000 bars ask for each title often."""

    def badge_width(self) -> float:
        """Width of the IT ALONE badge, padding included."""
        return self._badge_width

    def tag_width(self) -> float:
        """Width of the widest now / next / later tag of a card in the stacked column."""
        return max(self.badge_metrics.horizontalAdvance(column_title(t).upper())
                   for t in COLUMN_TITLES[:4]) + 10

    def label_width(self, record: BarRecord, icon: float) -> float:
        """Width of a bar's label: status icon, badge and title."""
        badge = self._badge_width + 6 if record.it_alone else 0.0
        width = self._title_widths.get(record.title)
        if width is None:
            width = self._title_widths[record.title] = \
                self.label_metrics.horizontalAdvance(record.title)
        return icon + 6 + badge + width


def status_icon(painter: QPainter, status: Status, centre: QPointF, size: float,
                colour: QColor) -> None:
    """Draw the status mark: idea dashed ring, planned ring, in progress half disc,
    done check, cancelled cross."""
    r = size / 2
    pen = QPen(colour, max(1.5, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(centre.x() - r, centre.y() - r, size, size)
    if status is Status.IDEA:
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawEllipse(box)
    elif status is Status.PLANNED:
        painter.setPen(pen)
        painter.drawEllipse(box)
    elif status is Status.IN_PROGRESS:
        painter.setPen(pen)
        painter.drawEllipse(box)
        painter.setBrush(colour)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status is Status.DONE:
        painter.setPen(pen)
        path = QPainterPath(QPointF(box.left(), centre.y()))
        path.lineTo(centre.x() - r * 0.2, box.bottom() - r * 0.2)
        path.lineTo(box.right(), box.top() + r * 0.2)
        painter.drawPath(path)
    else:
        painter.setPen(pen)
        painter.drawLine(box.topLeft(), box.bottomRight())
        painter.drawLine(box.topRight(), box.bottomLeft())


class BarItem(QGraphicsItem):
    """One initiative: a bar over its dates, or a card in a now / next / later column."""

    def __init__(self, record: BarRecord, geometry: BarGeometry, theme: TimelineTheme,
                 fonts: BarFonts, label_offset: float) -> None:
        super().__init__()
        self.record = record
        self.geometry = geometry
        self.theme = theme
        self.fonts = fonts
        self.label_offset = label_offset
        self.relation = Relation.NONE
        self.milestones: list[tuple[str, float]] = []
        self.preview: tuple[float, float] | None = None
        self.setAcceptHoverEvents(False)
        self.setZValue(2)
        self._bounds = QRectF()
        self._update_bounds()

    # --- state ----------------------------------------------------------------

    @property
    def key(self) -> int:
        """The initiative id."""
        return self.record.id

    def set_state(self, record: BarRecord, geometry: BarGeometry,
                  milestones: list[tuple[str, float]]) -> None:
        """New data after an edit or a relayout."""
        self.record, self.geometry, self.milestones = record, geometry, milestones
        self.preview = None
        self._update_bounds()
        self.update()

    def set_relation(self, relation: Relation) -> None:
        """Highlight as selected, upstream or downstream, or dim."""
        if relation != self.relation:
            self.relation = relation
            self.setOpacity(DIM_OPACITY if relation is Relation.DIMMED else 1.0)
            self.setZValue(3 if relation in (Relation.SELECTED, Relation.UPSTREAM,
                                             Relation.DOWNSTREAM) else 2)
            self.update()

    def set_preview(self, span: tuple[float, float] | None) -> None:
        """Show the bar at [x0, x1] while it is dragged (None: back to its dates)."""
        self.preview = span
        self._update_bounds()
        self.update()

    def bar_rect(self) -> QRectF:
        """The bar's rectangle in scene coordinates (the drag preview when dragging)."""
        g = self.geometry
        x0, x1 = self.preview if self.preview is not None else (g.x0, g.x1)
        return QRectF(x0, g.top, max(x1 - x0, 3.0), g.bottom - g.top)

    def _update_bounds(self) -> None:
        self.prepareGeometryChange()
        rect = self.bar_rect()
        g = self.geometry
        if not g.label_inside:
            beside = self.label_offset + self.outside_label_width(rect.height() * 0.5) + 8
            if g.label_left:
                rect.setLeft(rect.left() - beside)
            else:
                rect.setRight(rect.right() + beside)
        if self.preview is not None:
            rect = rect.united(QRectF(g.x0, g.top, g.x1 - g.x0, g.bottom - g.top))
        self._bounds = rect.adjusted(-6, -8, 6, 8)

    def outside_label_width(self, icon: float) -> float:
        """Width of the label beside the bar: in full, or cut to the room the layout gave."""
        width = self.fonts.label_width(self.record, icon)
        room = self.geometry.label_room
        return width if room is None else min(width, room)

    # --- QGraphicsItem ----------------------------------------------------------

    def stranded(self) -> list[str]:
        """Names of the milestones the bar no longer spans (drawn flagged in red)."""
        g = self.geometry
        return [name for name, x in self.milestones if x < g.x0 - 1 or x > g.x1 + 1]

    def boundingRect(self) -> QRectF:
        """The bar, its label outside it and its milestones (QGraphicsItem.boundingRect)."""
        return self._bounds

    def shape(self) -> QPainterPath:
        """Only the bar itself is hit by the mouse (QGraphicsItem.shape)."""
        path = QPainterPath()
        path.addRect(self.bar_rect().adjusted(-3, -2, 3, 2))
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Draw bar, hatch, badge, status icon, label and milestones (QGraphicsItem.paint)."""
        theme, record = self.theme, self.record
        rect = self.bar_rect()
        if self.preview is not None:
            g = self.geometry
            ghost = QPen(QColor(theme.outline), 1, Qt.PenStyle.DashLine)
            painter.setPen(ghost)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(g.x0, g.top, g.x1 - g.x0, g.bottom - g.top))
        fill = health_colour(record.health)
        if record.status is Status.CANCELLED:
            fill = fill.lighter(135)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = min(4.0, rect.height() / 4)
        painter.drawRoundedRect(rect, radius, radius)
        if record.it_alone:
            hatch = QBrush(QColor(IT_ALONE_HATCH), Qt.BrushStyle.BDiagPattern)
            painter.setBrush(hatch)
            painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._outline_pen())
        painter.drawRoundedRect(rect, radius, radius)
        if record.status is Status.CANCELLED:
            painter.setPen(QPen(QColor(theme.ink), theme.outline_width))
            painter.drawLine(QPointF(rect.left(), rect.center().y()),
                             QPointF(rect.right(), rect.center().y()))
        self._paint_label(painter, rect, fill)
        self._paint_milestones(painter, rect)

    def _outline_pen(self) -> QPen:
        colour, width = {
            Relation.SELECTED: (self.theme.highlight, 3.5),
            Relation.UPSTREAM: (UPSTREAM, 3.0),
            Relation.DOWNSTREAM: (DOWNSTREAM, 3.0),
        }.get(self.relation, (self.theme.outline, self.theme.outline_width))
        pen = QPen(QColor(colour), width)
        if self.preview is not None:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _paint_label(self, painter: QPainter, rect: QRectF, fill: QColor) -> None:
        record, fonts = self.record, self.fonts
        icon = rect.height() * 0.5
        inside = self.geometry.label_inside
        if self.preview is not None and self.geometry.column is None:
            inside = rect.width() >= fonts.label_width(record, icon) + 12
        width = self.outside_label_width(icon)
        if inside:
            x = rect.left() + 6
            colour = QColor(readable_on(fill.name()))
            right = rect.right() - 4
        elif self.geometry.label_left:
            x = rect.left() - self.label_offset - width - 4
            colour = QColor(self.theme.ink)
            right = x + width + 4
        else:
            x = rect.right() + self.label_offset
            colour = QColor(self.theme.ink)
            right = x + width + 8
        cy = rect.center().y()
        if right - x < icon + 4:
            return
        if self.geometry.tag:
            x = self._paint_tag(painter, x, cy, right)
        status_icon(painter, record.status, QPointF(x + icon / 2, cy), icon, colour)
        x += icon + 6
        # The badge only when enough of the title still fits (the hatch stays); a card
        # in a narrow date-less column keeps its title first.
        title_room = (12 if self.geometry.column else 5) * fonts.label_metrics.averageCharWidth()
        if record.it_alone and right - x > fonts.badge_width() + 6 + title_room:
            badge = QRectF(x, cy - fonts.badge_metrics.height() / 2 - 1,
                           fonts.badge_width(), fonts.badge_metrics.height() + 2)
            painter.setPen(QPen(QColor(palette.PAPER), 1))
            painter.setBrush(QColor(IT_ALONE_BADGE))
            painter.drawRoundedRect(badge, 3, 3)
            painter.setFont(fonts.badge)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text())
            x += badge.width() + 6
        painter.setFont(fonts.label)
        painter.setPen(colour)
        text = fonts.label_metrics.elidedText(record.title, Qt.TextElideMode.ElideRight,
                                              max(0.0, right - x))
        box = QRectF(x, rect.top(), max(0.0, right - x), rect.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_tag(self, painter: QPainter, x: float, cy: float, right: float) -> float:
        """The bucket tag of a card in the stacked column (white, outlined); the next x."""
        fonts, text = self.fonts, column_title(self.geometry.tag or "").upper()
        width = fonts.badge_metrics.horizontalAdvance(text) + 10
        if right - x < width + 20:
            return x
        tag = QRectF(x, cy - fonts.badge_metrics.height() / 2 - 1, width,
                     fonts.badge_metrics.height() + 2)
        painter.setPen(QPen(QColor(palette.INK), 1))
        painter.setBrush(QColor(palette.PAPER))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setFont(fonts.badge)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
        return x + width + 6

    def _paint_milestones(self, painter: QPainter, rect: QRectF) -> None:
        if not self.milestones:
            return
        size = rect.height() * 0.42
        y = rect.bottom()
        shift = rect.left() - self.geometry.x0 if self.preview is not None else 0.0
        painter.setPen(QPen(QColor(self.theme.ink), max(1.2, self.theme.outline_width)))
        painter.setBrush(QColor(palette.PAPER))
        normal = painter.pen()
        last = -math.inf
        for _name, x in self.milestones:
            x += shift
            if x - last < size * 0.8:
                continue  # level of detail: overlapping diamonds are drawn once
            last = x
            # A milestone the bar no longer spans (its dates moved past it) is flagged:
            # larger, red and filled, so a what-if drag shows what it leaves behind.
            outside = x < rect.left() - 1 or x > rect.right() + 1
            half = size * (0.7 if outside else 0.5)
            if outside:
                painter.setPen(QPen(QColor(palette.VIOLATION), 2))
                painter.setBrush(QColor(palette.VIOLATION))
            painter.drawPolygon(QPolygonF([
                QPointF(x, y - half), QPointF(x + half, y),
                QPointF(x, y + half), QPointF(x - half, y),
            ]))
            if outside:
                painter.setPen(normal)
                painter.setBrush(QColor(palette.PAPER))


class ArrowItem:
    """One finish-to-start dependency, routed orthogonally; red AND dashed when violated.

    Not a scene item of its own: an ArrowLayer paints every arrow of the scene
    in a few batched strokes, which keeps a repaint cheap with thousands of
    long routes crossing the screen.
    """

    def __init__(self, pair: tuple[int, int], theme: TimelineTheme,
                 layer: QGraphicsItem | None = None) -> None:
        self.pair = pair
        self.theme = theme
        self.layer = layer
        self.violated = False
        self.relation = Relation.NONE
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._bounds = QRectF()
        self._route: tuple[list[Point], bool] | None = None
        self._stroke: tuple[tuple[Relation, bool], tuple[QColor, float]] | None = None

    @property
    def points(self) -> list[Point]:
        """The route, from the prerequisite's end to the dependent's start."""
        return self._route[0] if self._route else []

    @property
    def head(self) -> QPolygonF:
        """The arrowhead at the dependent's start."""
        return self._head

    def _repaint(self, old: QRectF) -> None:
        if self.layer is not None:
            self.layer.update(old.united(self._bounds))

    def set_route(self, points: list[Point], violated: bool) -> None:
        """Follow `points` from the prerequisite's end to the dependent's start."""
        if (points, violated) == self._route:
            return
        old = self._bounds
        self._route = (points, violated)
        self.violated = violated
        path = QPainterPath(QPointF(*points[0]))
        for x, y in points[1:]:
            path.lineTo(x, y)
        (ax, ay), (bx, by) = points[-2], points[-1]
        angle = math.atan2(by - ay, bx - ax)
        size = 5.0 + 2.0 * self.theme.arrow_width
        tip = QPointF(bx, by)
        left = QPointF(bx - size * math.cos(angle - 0.45), by - size * math.sin(angle - 0.45))
        right = QPointF(bx - size * math.cos(angle + 0.45), by - size * math.sin(angle + 0.45))
        self._path, self._head = path, QPolygonF([tip, left, right])
        self._bounds = path.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)
        self._repaint(old)

    def set_relation(self, relation: Relation) -> None:
        """Emphasise the arrows of the selection's chain, dim the others."""
        if relation != self.relation:
            self.relation = relation
            self._repaint(self._bounds)

    def boundingRect(self) -> QRectF:
        """The route and its head, in scene coordinates."""
        return self._bounds

    @property
    def emphasised(self) -> bool:
        """Drawn on its own, above the plain arrows: violated, or in the selection's chain."""
        return self.violated or self.relation in (Relation.UPSTREAM, Relation.DOWNSTREAM)

    def stroke(self) -> tuple[QColor, float]:
        """The colour and width of this arrow's line in its current state (kept until it
        changes: the layer asks for thousands per repaint)."""
        key = (self.relation, self.violated)
        if self._stroke is None or self._stroke[0] != key:
            self._stroke = (key, self._compute_stroke())
        return self._stroke[1]

    def _compute_stroke(self) -> tuple[QColor, float]:
        width = self.theme.arrow_width
        colour = QColor(self.theme.arrow)
        if self.relation is Relation.UPSTREAM:
            colour, width = QColor(UPSTREAM), width + 1.2
        elif self.relation is Relation.DOWNSTREAM:
            colour, width = QColor(DOWNSTREAM), width + 1.2
        if self.violated:
            colour, width = QColor(palette.VIOLATION), width + 0.8
        if self.relation is Relation.DIMMED:
            # Blended with the paper rather than painted translucent: the same look as the
            # dimmed bars, drawn as one opaque batch with the other plain arrows.
            paper = QColor(self.theme.background)
            colour = QColor(*(round(c * DIM_OPACITY + p * (1 - DIM_OPACITY)) for c, p in (
                (colour.red(), paper.red()), (colour.green(), paper.green()),
                (colour.blue(), paper.blue()))))
        return colour, width

    def rgb(self) -> int:
        """The stroke's colour as one number (the layer batches arrows by it)."""
        return self.stroke()[0].rgb()

    def paint(self, painter: QPainter) -> None:
        """Stroke the whole route and fill the head (for the few emphasised arrows)."""
        colour, width = self.stroke()
        pen = QPen(colour, width)
        pen.setStyle(Qt.PenStyle.DashLine if self.violated else Qt.PenStyle.SolidLine)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        painter.drawPolygon(self._head)


class ArrowLayer(QGraphicsItem):
    """Paints every dependency arrow of the timeline: plain ones batched by colour and width,
    clipped to what is on screen; violated and highlighted ones whole, on top."""

    def __init__(self) -> None:
        super().__init__()
        self.arrows: dict[tuple[int, int], ArrowItem] = {}
        self._rect = QRectF()
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_extent(self, rect: QRectF) -> None:
        """The area the arrows may cover (the scene's rectangle)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        """The whole timeline (QGraphicsItem.boundingRect)."""
        return self._rect

    def shape(self) -> QPainterPath:
        """Arrows never take the mouse from bars (QGraphicsItem.shape)."""
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Draw the arrows inside the exposed rectangle (QGraphicsItem.paint)."""
        exposed = option.exposedRect  # type: ignore[attr-defined]
        lines: dict[tuple[int, float], list[QLineF]] = {}
        heads: dict[int, list[QPolygonF]] = {}
        emphasised: list[ArrowItem] = []
        for arrow in self.arrows.values():
            if not arrow.boundingRect().intersects(exposed):
                continue
            if arrow.emphasised:
                emphasised.append(arrow)
                continue
            colour, width = arrow.stroke()
            rgb = arrow.rgb()
            visible = visible_segments(arrow.points, exposed.adjusted(-width, -width,
                                                                      width, width))
            if visible:
                lines.setdefault((rgb, width), []).extend(visible)
            if exposed.intersects(arrow.head.boundingRect()):
                heads.setdefault(rgb, []).append(arrow.head)
        # Axis-parallel lines need no antialiasing, and are several times faster without.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for (rgb, width), batch in lines.items():
            pen = QPen(QColor.fromRgb(rgb), width)
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            painter.drawLines(batch)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rgb, polygons in heads.items():
            colour = QColor.fromRgb(rgb)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            for polygon in polygons:
                painter.drawPolygon(polygon)
        for arrow in sorted(emphasised, key=lambda a: a.violated):
            arrow.paint(painter)


def visible_segments(points: list[Point], rect: QRectF) -> list[QLineF]:
    """The parts of an orthogonal route's segments inside `rect` (others are dropped)."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    lines: list[QLineF] = []
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        if ax == bx:
            low, high = min(ay, by), max(ay, by)
            if left <= ax <= right and high >= top and low <= bottom:
                lines.append(QLineF(ax, max(low, top), ax, min(high, bottom)))
        elif ay == by:
            low, high = min(ax, bx), max(ax, bx)
            if top <= ay <= bottom and high >= left and low <= right:
                lines.append(QLineF(max(low, left), ay, min(high, right), ay))
        elif QRectF(QPointF(ax, ay), QPointF(bx, by)).normalized().intersects(rect):
            lines.append(QLineF(ax, ay, bx, by))
    return lines


class VendorEventItem(QGraphicsItem):
    """A vendor's contract end: a flag on the axis with the vendor's name."""

    def __init__(self, event: VendorEvent, theme: TimelineTheme, font: QFont) -> None:
        super().__init__()
        self.event = event
        self.theme = theme
        self.font = font
        self.label = event_label(event)
        self.text_width = QFontMetricsF(font).horizontalAdvance(self.label)
        mark = (event.bottom - event.top) * 0.6 + 4
        left = event.x - mark - self.text_width - 4 if event.label_left else event.x - 10
        self._bounds = QRectF(left, event.top - 2, self.text_width + mark + 16,
                              event.bottom - event.top + 4)
        self.setToolTip(QCoreApplication.translate(
            "VendorEventItem", "{name}: contract ends {date}").format(
                name=event.name, date=day_text(event.date)))
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        """Flag and label (QGraphicsItem.boundingRect)."""
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Draw the flag and the label (QGraphicsItem.paint)."""
        e = self.event
        h = e.bottom - e.top
        painter.setPen(QPen(QColor(palette.TEAL), 2.0 * self.theme.font_scale))
        painter.drawLine(QPointF(e.x, e.top), QPointF(e.x, e.bottom))
        painter.setBrush(QColor(palette.TEAL))
        painter.drawPolygon(QPolygonF([
            QPointF(e.x, e.top), QPointF(e.x + h * 0.55, e.top + h * 0.22),
            QPointF(e.x, e.top + h * 0.45),
        ]))
        painter.setPen(QColor(self.theme.ink))
        painter.setFont(self.font)
        width = self.text_width if e.label_room is None else min(self.text_width, e.label_room)
        text = self.label
        if width < self.text_width:
            text = QFontMetricsF(self.font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        if e.label_left:
            box = QRectF(e.x - width - 8, e.top, width + 4, h)
            align = Qt.AlignmentFlag.AlignRight
        else:
            box = QRectF(e.x + h * 0.6 + 4, e.top, width + 4, h)
            align = Qt.AlignmentFlag.AlignLeft
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | align, text)


