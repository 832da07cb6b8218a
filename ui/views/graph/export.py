"""Export the dependency graph as PNG or SVG, with its legend.

What is exported is what is shown: the visible nodes and links (after
filters and focus), with the highlight as it is, framed to their bounding
box. PNGs are capped in size so a 10,000-initiative map cannot ask for a
gigapixel image.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from roadmap.model import palette
from roadmap.model.errors import RoadmapError
from ui.views.graph.legend import legend_size, paint_legend
from ui.views.graph.scene import GraphScene, visible_rect

MAX_PNG_SIDE = 8000
"""The longest side of an exported PNG, in pixels."""
_MARGIN = 24.0


class ExportError(RoadmapError):
    """The image could not be written (folder missing, disk full, no permission)."""


def _source(scene: GraphScene) -> QRectF:
    rect = visible_rect(scene.nodes.values())
    if rect.isNull():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)


def _target(source: QRectF, scale: float) -> QSize:
    legend = legend_size()
    width = max(source.width() * scale, legend.width()) + legend.width() + 2 * _MARGIN
    height = max(source.height() * scale, legend.height() + 2 * _MARGIN)
    return QSize(int(width), int(height))


def _render(scene: GraphScene, painter: QPainter, source: QRectF, scale: float) -> None:
    legend = legend_size()
    target = QRectF(0, 0, source.width() * scale, source.height() * scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # The selection outline is a screen state, not part of the map; signals are
    # blocked so the app's shared selection is not touched. Item caches are off
    # so nodes are drawn as vectors and text, not as cached screen pixmaps.
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
    paint_legend(painter, QPointF(target.width() + _MARGIN, _MARGIN)
                 if target.width() >= legend.width() else QPointF(_MARGIN, _MARGIN))


def export_png(scene: GraphScene, path: Path | str, scale: float = 1.0) -> Path:
    """Write the visible graph and its legend to a PNG; return the path."""
    path = Path(path)
    source = _source(scene)
    scale = min(scale, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    image = QImage(_target(source, scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(palette.PAPER))
    painter = QPainter(image)
    _render(scene, painter, source, scale)
    painter.end()
    # PySide6 takes the format as str at run time; its stubs say bytes.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise ExportError(
            f"Cannot write the image {path}: check the folder exists and is writable.")
    return path


def export_svg(scene: GraphScene, path: Path | str, title: str = "Dependency graph") -> Path:
    """Write the visible graph and its legend to an SVG (vector); return the path."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    source = _source(scene)
    size = _target(source, 1.0)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Crossroads dependency graph")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"Cannot write {path}: check the folder is writable.")
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(palette.PAPER))
    _render(scene, painter, source, 1.0)
    painter.end()
    return path
