"""Department clusters on the map: frames close up, a readable overview far out.

Close up, a cluster is a shaded frame with its department's name behind the
initiatives it leads. Zoomed out so far that initiative titles would be
smaller than 9 pt, the map switches to its overview (semantic zoom): each
cluster becomes one box with its name, how many initiatives it leads and
how many of them IT runs alone, and the dependencies between clusters are
drawn once per pair of clusters, as thick as their count. Clicking a
cluster in the overview zooms into it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from roadmap.model import palette
from ui.views.graph.items import overview_at

NAME_PX = 18
"""Screen pixels of a cluster's name in the overview."""
COUNT_PX = 14
MIN_PX = 12
"""No overview text is drawn smaller than this on screen (9 pt)."""


def _screen_font(pixels: float, lod: float, bold: bool) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels / max(lod, 1e-6))))
    font.setBold(bold)
    return font


def _fitting_font(text: str, pixels: float, lod: float, bold: bool, width: float) -> QFont:
    """The overview font, shrunk (not below 12 px on screen) until text's longest word fits."""
    size = pixels
    while True:
        font = _screen_font(size, lod, bold)
        metrics = QFontMetricsF(font)
        if size <= MIN_PX or all(metrics.horizontalAdvance(w) <= width for w in text.split()):
            return font
        size -= 1


def _wrapped(text: str, font: QFont, width: float, lines: int) -> str:
    """`text` on at most `lines` lines of `width`; the last ends in "…" when cut."""
    metrics = QFontMetricsF(font)
    out: list[str] = []
    line = ""
    words = text.split()
    for index, word in enumerate(words):
        attempt = f"{line} {word}".strip()
        if metrics.horizontalAdvance(attempt) <= width or not line:
            line = attempt
            continue
        out.append(line)
        line = word
        if len(out) == lines - 1:
            line = " ".join(words[index:])
            break
    out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return "\n".join(metrics.elidedText(part, Qt.TextElideMode.ElideRight, width)
                     for part in out[:lines])


class ClusterItem(QGraphicsItem):
    """One department's cluster: a frame close up, a labelled box in the overview."""

    def __init__(self, key: object, label: str, rect: QRectF, *, count: int, it_alone: int,
                 colour: str | None, caption_font: QFont) -> None:
        super().__init__()
        self.key = key
        self.label = label
        self.rect = rect
        self.count = count
        self.it_alone = it_alone
        self.colour = QColor(colour or palette.GREY)
        self.caption_font = caption_font
        self.setZValue(-10)
        self.setToolTip(f"{label}: {self.summary()}")

    def summary(self) -> str:
        """'7 initiatives · 2 IT alone'."""
        text = (QCoreApplication.translate("ClusterItem", "{count} initiative")
                if self.count == 1 else
                QCoreApplication.translate("ClusterItem", "{count} initiatives")
                ).format(count=self.count)
        if self.it_alone:
            text += QCoreApplication.translate("ClusterItem", " · {count} IT alone").format(
                count=self.it_alone)
        return text

    def boundingRect(self) -> QRectF:
        """The frame (QGraphicsItem.boundingRect)."""
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """A shaded frame, or in the overview a tinted box with name and counts."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if overview_at(self.scene(), lod):
            self._paint_overview(painter, lod)
            return
        painter.setPen(QPen(QColor(palette.RULE), 1.5))
        painter.setBrush(QBrush(QColor(palette.SHADE)))
        painter.drawRect(self.rect)
        painter.setPen(QColor(palette.MUTED_INK))
        painter.setFont(self.caption_font)
        painter.drawText(self.rect.adjusted(10, 4, -10, -4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self.label)

    def _paint_overview(self, painter: QPainter, lod: float) -> None:
        tint = QColor(self.colour)
        tint.setAlpha(70)
        painter.setPen(QPen(self.colour, 3 / max(lod, 1e-6)))
        painter.setBrush(QBrush(QColor(palette.PAPER)))
        painter.drawRoundedRect(self.rect, 12, 12)
        painter.setBrush(QBrush(tint))
        painter.drawRoundedRect(self.rect, 12, 12)
        pad = 10 / max(lod, 1e-6)
        box = self.rect.adjusted(pad, pad, -pad, -pad)
        painter.setPen(QColor(palette.INK))
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        if box.height() * lod < (NAME_PX + COUNT_PX) * 2.4:
            # Too small a box for name and counts apart: one line, "Finance · 1".
            font = _screen_font(MIN_PX + 1, lod, True)
            painter.setFont(font)
            text = f"{self.label} · {self.count}"
            painter.drawText(box, centre, _wrapped(text, font, box.width(),
                                                   2 if box.height() * lod > 40 else 1))
            return
        name_box = QRectF(box.left(), box.top(), box.width(), box.height() * 0.6)
        font = _fitting_font(self.label, NAME_PX, lod, True, box.width())
        painter.setFont(font)
        painter.drawText(name_box, centre, _wrapped(self.label, font, box.width(), 2))
        font = _fitting_font(self.summary(), COUNT_PX, lod, self.it_alone > 0, box.width())
        painter.setFont(font)
        if self.it_alone:
            painter.setPen(QColor(palette.VIOLATION))
        count_box = QRectF(box.left(), box.top() + box.height() * 0.6, box.width(),
                           box.height() * 0.4)
        painter.drawText(count_box, centre, _wrapped(self.summary(), font, box.width(), 2))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """In the overview, a click opens the cluster: the view zooms to its frame."""
        view = event.widget().parent() if event.widget() is not None else None
        if isinstance(view, QGraphicsView) and overview_at(self.scene(),
                                                           view.transform().m11()):
            open_cluster = getattr(view, "open_cluster", None)
            if open_cluster is not None:
                open_cluster(self.rect)
            else:
                view.fitInView(self.rect, Qt.AspectRatioMode.KeepAspectRatio)
            event.accept()
            return
        event.ignore()


class ClusterLinks(QGraphicsItem):
    """Dependencies between clusters in the overview: one line per pair, width by count."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[QRectF, QRectF, int]] = []
        self._rect = QRectF()
        self.setZValue(-20)  # under the opaque cluster boxes: only the gaps show the lines

    def set_links(self, links: list[tuple[QRectF, QRectF, int]]) -> None:
        """(waiting cluster, cluster waited for, number of dependencies) of each pair."""
        self.prepareGeometryChange()
        self.links = links
        rect = QRectF()
        for a, b, _n in links:
            rect = rect.united(a).united(b)
        self._rect = rect

    def boundingRect(self) -> QRectF:
        """Every linked cluster (QGraphicsItem.boundingRect)."""
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Only in the overview: a line from each cluster waited for, with its count."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if not overview_at(self.scene(), lod):
            return
        unit = 1 / max(lod, 1e-6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(_screen_font(COUNT_PX, lod, True))
        for waiting, waited, count in self.links:
            start, end = waited.center(), waiting.center()
            width = (1.5 + 1.5 * math.log2(count)) * unit
            painter.setPen(QPen(QColor(palette.INK), width, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(start, end)
            middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
            tag = QRectF(middle.x() - 16 * unit, middle.y() - 11 * unit, 32 * unit, 22 * unit)
            painter.setBrush(QBrush(QColor(palette.PAPER)))
            painter.setPen(QPen(QColor(palette.INK), unit))
            painter.drawRoundedRect(tag, 6 * unit, 6 * unit)
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), str(count))
