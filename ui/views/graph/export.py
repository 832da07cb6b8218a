"""The dependency graph as a picture: the visible map with its legend beside it.

What is drawn is what is shown: the visible nodes and links (after filters
and focus), with the highlight as it is, framed to their bounding box and
scaled to the picture's size; the legend sits in a column on the right. The
app's selection outline is a screen state and is left out. Writing the file
or the clipboard is ui.image_export's job.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem

from ui.image_export import fit_rect
from ui.views.graph.legend import legend_size, paint_legend
from ui.views.graph.scene import GraphScene

_MARGIN = 24.0


def source_rect(scene: GraphScene) -> QRectF:
    """The part of the scene a picture shows: every visible node, with a margin."""
    rect = scene.content_rect()
    if rect.isNull():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)


def natural_size(scene: GraphScene) -> QSize:
    """The picture's size at 100 %: the map beside its legend."""
    source, legend = source_rect(scene), legend_size()
    return QSize(int(source.width() + legend.width() + 2 * _MARGIN),
                 int(max(source.height(), legend.height() + 2 * _MARGIN)))


def paint_graph(scene: GraphScene, painter: QPainter, size: QSize) -> None:
    """Draw the visible map fitted to `size` with the legend in a column on its right."""
    legend = legend_size()
    column = legend.width() + 2 * _MARGIN
    source = source_rect(scene)
    room = QSize(max(1, int(size.width() - column)), size.height())
    target = fit_rect((source.width(), source.height()), room)
    # Signals are blocked so the app's shared selection is not touched; item
    # caches are off so nodes are drawn as vectors and text, not screen pixmaps.
    selected = scene.selectedItems()
    blocked = scene.blockSignals(True)
    nodes = list(scene.nodes.values())
    try:
        for item in selected:
            item.setSelected(False)
        for item in nodes:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item in nodes:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        for item in selected:
            item.setSelected(True)
        scene.blockSignals(blocked)
    paint_legend(painter, QPointF(size.width() - column + _MARGIN, _MARGIN))
