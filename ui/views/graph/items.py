"""The node and edge items of the dependency graph scene.

Items draw themselves from a `NodeInfo` / `EdgeInfo` and the zoom: below
`LABEL_LOD` a node is its shape and markers only, below `CONTEXT_EDGE_LOD`
only dependency edges are drawn. Nodes cache their pixels per device
transform, so panning repaints from the cache. A node's position is its
centre in layout units (roadmap.views.map.layered).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from roadmap.model import palette
from roadmap.model.keys import NodeKey
from roadmap.views.map.routes import Box, Obstacles, dependency_route
from ui.views.graph import style
from ui.views.graph.data import EdgeInfo, NodeInfo
from ui.views.graph.shapes import draw_glyph, draw_health, draw_marker, marker_outline, node_path

_HANDLE_RADIUS = 7.0
_BADGE_HEIGHT = 16.0
_Z_NODE = 5.0
_Z_EDGE = {"depends_on": 1.0}


def _elide_lines(text: str, metrics: QFontMetricsF, width: float, lines: int) -> list[str]:
    """Wrap `text` on words into at most `lines` lines, eliding the last one."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            words.insert(0, line)
            break
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


class NodeItem(QGraphicsItem):
    """One node: an initiative, department, owner or vendor."""

    def __init__(self, info: NodeInfo, metrics: style.NodeMetrics = style.APP) -> None:
        super().__init__()
        self.info = info
        self.metrics = metrics
        """Box and type sizes (style.APP in the graph tab, style.PROJECTOR on a wall)."""
        self.edges: list[EdgeItem] = []
        self.role: str | None = None
        """'selected', 'upstream', 'downstream', 'related' or None (see GraphScene.highlight)."""
        self.hovered = False
        width, height = metrics.size(info.kind)
        self.rect = QRectF(-width / 2, -height / 2, width, height)
        self._outline = node_path(info.kind, self.rect)
        self._lines: list[str] = []
        self._detail = ""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(_Z_NODE + (1 if info.kind == "initiative" else 0))
        self.set_info(info)

    @property
    def key(self) -> NodeKey:
        """The node key (NodeKey('initiative', 12))."""
        return self.info.key

    def set_info(self, info: NodeInfo) -> None:
        """Show new content (title, health, flags); the size never changes."""
        self.info = info
        m = self.metrics
        initiative = info.kind == "initiative"
        title_width = self.rect.width() - m.px(44 if initiative else 48)
        self._lines = _elide_lines(info.label, QFontMetricsF(m.font(13, True)), title_width,
                                   2 if initiative else 1)
        detail_width = self.rect.width() - m.px(26 if initiative else 66)
        self._detail = QFontMetricsF(m.font(11 if initiative else 10)) \
            .elidedText(info.detail, Qt.TextElideMode.ElideRight, detail_width)
        tip = [f"<b>{escape(info.label)}</b>", escape(QCoreApplication.translate(
            "GraphStyle", style.NODE_LABEL.get(info.kind, "")))]
        if info.detail:
            tip.append(escape(info.detail))
        if info.it_alone:
            tip.append(
                QCoreApplication.translate(
                    "NodeItem", "<b>IT ALONE</b>: no business department leads or contributes"
                )
            )
        self.setToolTip("<br>".join(tip))
        self.update()

    def set_role(self, role: str | None) -> None:
        """Mark the node as selected, upstream, downstream or related to the selection."""
        if role != self.role:
            self.role = role
            self.update()

    def handle_rect(self) -> QRectF:
        """The connect handle on the right edge of an initiative (empty for other kinds)."""
        if self.info.kind != "initiative":
            return QRectF()
        r = _HANDLE_RADIUS
        return QRectF(self.rect.right() - r, -r, 2 * r, 2 * r)

    def boundingRect(self) -> QRectF:
        """The node, its outline, badge and handle (QGraphicsItem.boundingRect)."""
        badge = self.metrics.px(_BADGE_HEIGHT)
        return self.rect.adjusted(-4, -badge / 2 - 4, _HANDLE_RADIUS + 4, 4)

    def shape(self) -> QPainterPath:
        """The outline plus the handle, for hit tests (QGraphicsItem.shape)."""
        path = QPainterPath(self._outline)
        if self.info.kind == "initiative":
            path.addEllipse(self.handle_rect())
        return path

    def follow(self) -> None:
        """Re-route the attached edges after the node moved.

        Called by the scene and the canvas rather than from itemChange():
        overriding itemChange in PySide6 6.12 corrupts None's reference count
        after a few thousand calls (a fatal error on large roadmaps).
        """
        scene = self.scene()
        moved = getattr(scene, "node_moved", None)
        if moved is not None:
            moved(self)
            return
        for edge in self.edges:
            edge.adjust()

    def hoverEnterEvent(self, event: Any) -> None:
        """Show the connect handle (QGraphicsItem.hoverEnterEvent)."""
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: Any) -> None:
        """Hide the connect handle (QGraphicsItem.hoverLeaveEvent)."""
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    # --- painting --------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Draw shape, markers and, when zoomed in enough, text (QGraphicsItem.paint)."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if overview_at(self.scene(), lod):
            return  # the department clusters stand for their members
        info = self.info
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.25)
        painter.setPen(self._outline_pen(selected, lod))
        painter.setBrush(QBrush(QColor(self._fill())))
        painter.drawPath(self._outline)
        if info.kind == "initiative":
            self._paint_initiative(painter, lod)
        else:
            self._paint_other(painter, lod)
        if info.kind == "initiative" and lod >= style.DETAIL_LOD and (self.hovered or selected):
            painter.setPen(QPen(QColor(palette.ACCENT), 1.5))
            painter.setBrush(QBrush(QColor(palette.PAPER)))
            handle = self.handle_rect()
            painter.drawEllipse(handle)
            c = handle.center()
            painter.drawLine(QPointF(c.x() - 3.5, c.y()), QPointF(c.x() + 3.5, c.y()))
            painter.drawLine(QPointF(c.x(), c.y() - 3.5), QPointF(c.x(), c.y() + 3.5))

    def _fill(self) -> str:
        if self.info.kind == "department":
            return self.info.colour or style.KIND_FILL["department"]
        return style.KIND_FILL.get(self.info.kind, palette.PAPER)

    def _outline_pen(self, selected: bool, lod: float) -> QPen:
        if selected or self.role == "selected":
            pen = QPen(QColor(style.SELECTED), 4.0)
        elif self.role == "upstream":
            pen = QPen(QColor(style.UPSTREAM), 3.5)
        elif self.role == "downstream":
            pen = QPen(QColor(style.DOWNSTREAM), 3.5, Qt.PenStyle.DashLine)
        elif self.info.it_alone:
            pen = QPen(QColor(style.IT_ALONE_BADGE), 2.5)
        else:
            pen = QPen(QColor(palette.MUTED_INK), 1.2)
        if lod < style.LABEL_LOD:
            pen.setCosmetic(True)
            pen.setWidthF(max(1.0, pen.widthF() / 2))
        return pen

    def _paint_initiative(self, painter: QPainter, lod: float) -> None:
        info, rect, m = self.info, self.rect, self.metrics
        painter.save()
        painter.setClipPath(self._outline)
        stripe = QRectF(rect.left(), rect.top(), m.px(9), rect.height())
        painter.fillRect(stripe, QColor(info.colour or palette.GREY))
        if info.it_alone:
            hatch = QColor(style.IT_ALONE_HATCH)
            painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.restore()
        health_centre = QPointF(rect.right() - m.px(15), rect.top() + m.px(15))
        if lod * m.px(13) < style.MIN_LABEL_PX:
            draw_health(painter, info.health, health_centre, m.px(9))
            return
        draw_health(painter, info.health, health_centre, m.px(8))
        text_left = rect.left() + m.px(16)
        show_detail = (m.detail and lod * m.px(11) >= style.MIN_LABEL_PX
                       and len(self._lines) < 2 and bool(self._detail))
        if info.it_alone:  # a paper backing keeps the title legible over the hatch
            lines = len(self._lines) + (1 if show_detail else 0)
            backing = QRectF(text_left - 4, rect.top() + m.px(5), rect.width() - m.px(46),
                             lines * m.px(15) + m.px(4))
            painter.fillRect(backing, QColor(255, 255, 255, 225))
        painter.setPen(QColor(palette.INK))
        painter.setFont(m.font(13, True))
        for i, line in enumerate(self._lines):
            painter.drawText(QPointF(text_left, rect.top() + m.px(18) + i * m.px(15)), line)
        if show_detail:
            painter.setPen(QColor(palette.MUTED_INK))
            painter.setFont(m.font(11))
            painter.drawText(QPointF(text_left, rect.top() + m.px(34)), self._detail)
        if info.it_alone:
            self._paint_badge(painter)

    def _paint_badge(self, painter: QPainter) -> None:
        m = self.metrics
        height = m.px(_BADGE_HEIGHT)
        badge = QRectF(self.rect.left() + m.px(18), self.rect.top() - height / 2, m.px(62),
                       height)
        painter.setPen(QPen(QColor(palette.PAPER), 1))
        painter.setBrush(QBrush(QColor(style.IT_ALONE_BADGE)))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(m.font(10, True))
        painter.drawText(
            badge, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("NodeItem", "IT ALONE")
        )

    def _paint_other(self, painter: QPainter, lod: float) -> None:
        info, rect, m = self.info, self.rect, self.metrics
        ink = palette.text_on(self._fill()) if info.kind == "department" else palette.INK
        if lod * m.px(12) < style.MIN_LABEL_PX:
            return
        glyph_box = QRectF(rect.left() + m.px(18 if info.kind == "department" else 10),
                           rect.center().y() - m.px(10), m.px(20), m.px(20))
        if lod >= style.DETAIL_LOD:
            draw_glyph(painter, info.kind, glyph_box, ink)
        text_left = glyph_box.right() + m.px(8)
        painter.setPen(QColor(ink))
        painter.setFont(m.font(12, True))
        baseline = rect.center().y() - (m.px(1) if info.detail else -m.px(5))
        painter.drawText(QPointF(text_left, baseline), self._lines[0] if self._lines else "")
        if self._detail and lod * m.px(10) >= style.MIN_LABEL_PX:
            painter.setFont(m.font(10))
            painter.drawText(QPointF(text_left, baseline + m.px(13)), self._detail)


class EdgeItem(QGraphicsItem):
    """One typed edge between two nodes; selectable so Delete can remove the link."""

    def __init__(self, info: EdgeInfo, tail: NodeItem, head: NodeItem,
                 obstacles: Callable[[], Obstacles | None] | None = None) -> None:
        super().__init__()
        self.info = info
        self.obstacles = obstacles
        """The boxes a dependency runs around (the scene's visible nodes), or None."""
        self.tail = tail
        self.head = head
        self.emphasised = False
        self.bundle: LinkBundle | None = None
        self._path = QPainterPath()
        self._shape: QPainterPath | None = None
        self._marker: QPainterPath | None = None
        self._tip = QPointF()
        self._angle = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(_Z_EDGE.get(info.kind, 0.0) + (1 if info.violated else 0))
        tail.edges.append(self)
        head.edges.append(self)
        self._update_tooltip()
        self.adjust()

    @property
    def key(self) -> tuple[NodeKey, NodeKey, str]:
        """(tail, head, kind)."""
        return self.info.key

    def set_info(self, info: EdgeInfo) -> None:
        """Show a changed violated flag."""
        self.info = info
        self.setZValue(_Z_EDGE.get(info.kind, 0.0) + (1 if info.violated else 0))
        self._update_tooltip()
        self.update()

    def set_emphasised(self, on: bool) -> None:
        """Draw thicker: the edge belongs to the highlighted chain."""
        if on != self.emphasised:
            self.emphasised = on
            self.update()

    def detach(self) -> None:
        """Forget the end nodes before the item is removed from the scene."""
        for node in (self.tail, self.head):
            if self in node.edges:
                node.edges.remove(self)

    def _update_tooltip(self) -> None:
        spec = style.edge_style(self.info.kind, self.info.violated)
        tail, head = self.tail.info.label, self.head.info.label
        if self.info.kind == "depends_on":
            text = QCoreApplication.translate("EdgeItem", "{head} waits for {tail}").format(
                head=escape(head), tail=escape(tail))
            if self.info.violated:
                text += QCoreApplication.translate(
                    "EdgeItem", "<br><b>Violated</b>: it starts before the other ends"
                )
        else:
            kind = QCoreApplication.translate("GraphStyle", spec.label)
            text = QCoreApplication.translate("EdgeItem", "{tail} → {head}: {lower}").format(
                tail=escape(tail), head=escape(head), lower=escape(kind.lower()),
                kind=escape(kind))
        self.setToolTip(text)

    def adjust(self) -> None:
        """Recompute the path after an end node moved."""
        self.prepareGeometryChange()
        self._shape = None
        a, b = self.tail.pos(), self.head.pos()
        ra, rb = self.tail.rect.translated(a), self.head.rect.translated(b)
        path = QPainterPath()
        if self.info.kind == "depends_on":
            # The same route the board pack's map draws, in scene units.
            route = dependency_route(
                _box(ra), _box(rb), min_bend=40.0, clearance=30.0, gap=20.0,
                obstacles=self.obstacles() if self.obstacles is not None else None, margin=5.0)
            start, end = QPointF(*route.start), QPointF(*route.end)
            c2 = QPointF(*route.c2)
            path.moveTo(start)
            for piece in route.curves():
                path.cubicTo(QPointF(*piece[1]), QPointF(*piece[2]), QPointF(*piece[3]))
            self._angle = math.atan2(end.y() - c2.y(), end.x() - c2.x())
        else:
            start, end = _clip(ra, a, b), _clip(rb, b, a)
            path.moveTo(start)
            path.lineTo(end)
            self._angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        self._tip = end
        self._path = path
        self._marker = None
        if self.bundle is not None:
            self.bundle.invalidate()

    @property
    def path(self) -> QPainterPath:
        """The link's route in scene coordinates."""
        return self._path

    def marker_path(self) -> QPainterPath:
        """The end marker's outline in scene coordinates (for the LinkBundle)."""
        if self._marker is None:
            self._marker = marker_outline(style.edge_style(self.info.kind).marker, self._tip,
                                          self._angle, 11 * self.tail.metrics.line)
        return self._marker

    @property
    def plain(self) -> bool:
        """True when the LinkBundle draws this link when zoomed out (not emphasised,
        selected or violated, and visible)."""
        return (self.isVisible() and not self.emphasised and not self.isSelected()
                and not self.info.violated)

    def boundingRect(self) -> QRectF:
        """The path plus the stroke and the end marker (QGraphicsItem.boundingRect)."""
        margin = 12 * self.tail.metrics.line
        return self._path.boundingRect().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        """A wide band along the path so a click near the line selects it."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Draw the stroke and its end marker (QGraphicsItem.paint)."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if overview_at(self.scene(), lod):
            return
        info = self.info
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        strong = self.emphasised or selected
        threshold = self.bundle.threshold if self.bundle is not None else 0.0
        if lod < threshold and not (strong or info.violated):
            return  # zoomed out, plain links are drawn in one go by the LinkBundle
        cosmetic = lod < style.LABEL_LOD
        extra = 2.0 if strong else 0.0
        line = self.tail.metrics.line
        pen = style.edge_pen(info.kind, info.violated, extra, cosmetic, line)
        if selected:
            pen = QPen(pen)
            pen.setColor(QColor(style.SELECTED))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.25)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if not cosmetic:
            marker = style.edge_style(info.kind, info.violated).marker
            draw_marker(painter, marker, self._tip, self._angle, (11 + extra * 2) * line,
                        pen.color())


class LinkBundle(QGraphicsItem):
    """Every plain link as a few paths, drawn only when zoomed out below `threshold`.

    Zoomed out, thousands of links are thin lines; stroking them as one
    path per kind (keeping each kind's dash pattern, as 1-pixel cosmetic
    lines) instead of one Python paint() per link keeps zooming and
    panning smooth. Emphasised, selected and violated links still draw
    themselves, bold.
    """

    def __init__(self) -> None:
        super().__init__()
        self.edges: dict = {}
        self.threshold = style.BUNDLE_LOD
        """Below this zoom the bundle draws the plain links (the scene raises it when
        there are many)."""
        self._rect = QRectF()
        self._groups: dict[tuple[str, bool], tuple[QPainterPath, QPainterPath]] | None = None
        self.setZValue(0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_area(self, rect: QRectF) -> None:
        """The area the links may cover (the scene rect)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def invalidate(self) -> None:
        """Rebuild the paths at the next paint (a link moved, changed or was hidden)."""
        self._groups = None
        self.update()

    def boundingRect(self) -> QRectF:
        """The whole scene (QGraphicsItem.boundingRect)."""
        return self._rect

    def _build(self) -> dict[tuple[str, bool], tuple[QPainterPath, QPainterPath]]:
        groups: dict[tuple[str, bool], tuple[QPainterPath, QPainterPath]] = {}
        for edge in self.edges.values():
            if edge.plain:
                key = (edge.info.kind, edge.opacity() < 1.0)
                if key not in groups:
                    groups[key] = (QPainterPath(), QPainterPath())
                lines, markers = groups[key]
                lines.addPath(edge.path)
                markers.addPath(edge.marker_path())
        for _lines, markers in groups.values():
            # Arrowheads meeting at one port overlap: odd-even filling would hollow them.
            markers.setFillRule(Qt.FillRule.WindingFill)
        return groups

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Stroke the plain links, one path per kind (QGraphicsItem.paint)."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod >= self.threshold or overview_at(self.scene(), lod):
            return
        if self._groups is None:
            self._groups = self._build()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.25)
        for (kind, dim), (lines, markers) in self._groups.items():
            dependency = kind == "depends_on"
            if not dependency and lod < style.CONTEXT_EDGE_LOD:
                continue
            spec = style.edge_style(kind)
            colour = QColor(spec.colour)
            colour.setAlpha((40 if dim else 255) if dependency else (30 if dim else 170))
            pen = QPen(colour, 1.0, spec.dash)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(lines)
            if lod >= style.LABEL_LOD and not markers.isEmpty():
                solid = QPen(colour, 1.0)
                solid.setCosmetic(True)
                painter.setPen(solid)
                fill = QColor(palette.PAPER) if spec.marker == "open" else colour
                painter.setBrush(QBrush(fill))
                painter.drawPath(markers)


def node_box(item: NodeItem) -> Box:
    """A node's box where it stands now, as the map router's box."""
    return _box(item.rect.translated(item.pos()))


def _box(rect: QRectF) -> Box:
    """A scene rectangle as the map router's box."""
    centre = rect.center()
    return Box(centre.x(), centre.y(), rect.width() / 2, rect.height() / 2)


def _clip(rect: QRectF, inside: QPointF, outside: QPointF) -> QPointF:
    """Where the segment from `inside` (rect's centre) to `outside` leaves `rect`."""
    line = QLineF(inside, outside)
    corners = [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]
    for i in range(4):
        kind, point = line.intersects(QLineF(corners[i], corners[(i + 1) % 4]))
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return point
    return inside


def overview_at(scene: object, lod: float) -> bool:
    """True when the scene shows its department clusters instead of their members at `lod`."""
    return bool(getattr(scene, "overview_at", None) and scene.overview_at(lod))  # type: ignore[attr-defined]
