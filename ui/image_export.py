"""A view as a picture: PNG or SVG at a chosen size, or onto the clipboard for a slide.

A view that can be exported offers `paint_picture(painter, size)`: it draws
its whole content (not only what is scrolled into sight) fitted into a
`size` rectangle, on paper, the app's selection left out. Everything here
works from that one method, so the timeline, the dependency graph and the
matrix export, copy and print alike. Files are written atomically: a full
disk leaves an older picture as it was.
"""

from __future__ import annotations

import atexit
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QPoint,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model import palette
from roadmap.model.atomic import write_atomically
from roadmap.model.errors import RoadmapError

MAX_SIDE = 8000
"""The longest side of an exported picture, in pixels (a gigapixel PNG helps nobody)."""
MIN_SIDE = 200
"""The shortest side accepted: below it nothing on a roadmap is legible."""
FORMATS = ("png", "svg")


@runtime_checkable
class Picturable(Protocol):
    """A view that can draw its whole content as a picture."""

    def picture_title(self) -> str:
        """What the picture shows, for a file name and the SVG's title."""
        ...

    def paint_picture(self, painter: QPainter, size: QSize) -> None:
        """Draw the view's content fitted into (0, 0, size), paper already laid."""
        ...


@dataclass(frozen=True)
class SizePreset:
    """A named picture size offered in the export dialog (the label is translated where shown)."""

    label: str
    size: QSize


SIZE_PRESETS: tuple[SizePreset, ...] = (
    SizePreset(QT_TRANSLATE_NOOP("ImageExport", "Slide, full HD (1920 × 1080)"), QSize(1920, 1080)),
    SizePreset(QT_TRANSLATE_NOOP("ImageExport", "Slide, HD (1280 × 720)"), QSize(1280, 720)),
    SizePreset(QT_TRANSLATE_NOOP("ImageExport", "Slide, 4K (3840 × 2160)"), QSize(3840, 2160)),
    SizePreset(QT_TRANSLATE_NOOP("ImageExport", "A4 landscape at 150 dpi (1754 × 1240)"),
               QSize(1754, 1240)),
    SizePreset(QT_TRANSLATE_NOOP("ImageExport", "A4 landscape at 300 dpi (3508 × 2480)"),
               QSize(3508, 2480)),
)


class PictureError(RoadmapError):
    """A picture could not be made or written: the message says what and where."""


def check_size(size: QSize) -> QSize:
    """`size` when it is between MIN_SIDE and MAX_SIDE on both sides; else PictureError."""
    for side, text in (
            (size.width(), QT_TRANSLATE_NOOP(
                "ImageExport", "The picture's width of {side} px is outside {low}–{high} px.")),
            (size.height(), QT_TRANSLATE_NOOP(
                "ImageExport", "The picture's height of {side} px is outside {low}–{high} px."))):
        if not MIN_SIDE <= side <= MAX_SIDE:
            raise PictureError(QCoreApplication.translate("ImageExport", text).format(
                side=side, low=MIN_SIDE, high=MAX_SIDE))
    return size


def within_sides(size: QSize) -> QSize:
    """`size` scaled down to fit MAX_SIDE, then up to MIN_SIDE: a picture's natural size."""
    width, height = max(1, size.width()), max(1, size.height())
    shrink = min(1.0, MAX_SIDE / max(width, height))
    return QSize(min(MAX_SIDE, max(MIN_SIDE, round(width * shrink))),
                 min(MAX_SIDE, max(MIN_SIDE, round(height * shrink))))


def parse_size(text: str) -> QSize:
    """'1920x1080' (or '1920×1080') as a QSize; PictureError naming the text otherwise."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(p.strip()) for p in parts)
    except ValueError:
        raise PictureError(
            QCoreApplication.translate(
                "ImageExport",
                "{text!r} is not a size: write it as WIDTHxHEIGHT, for example 1920x1080.",
            ).format(text=text)
        ) from None
    return check_size(QSize(width, height))


def picture_format(path: Path) -> str:
    """'png' or 'svg' from a file name; PictureError for anything else."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise PictureError(
            QCoreApplication.translate(
                "ImageExport",
                "Cannot export a picture as {name}: the name must end in .png or .svg.",
            ).format(name=path.name)
        )
    return kind


def render_image(view: Picturable, size: QSize) -> QImage:
    """The view's picture as an image of exactly `size` pixels."""
    check_size(size)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(palette.PAPER))
    painter = QPainter(image)
    try:
        _paint(view, painter, size)
    finally:
        painter.end()
    return image


def render_svg(view: Picturable, size: QSize) -> bytes:
    """The view's picture as SVG text (vector shapes and real text), `size` units wide."""
    check_size(size)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(view.picture_title())
    generator.setDescription(QCoreApplication.translate("ImageExport", "Exported from Crossroads"))
    painter = QPainter()
    if not painter.begin(generator):
        raise PictureError(
            QCoreApplication.translate("ImageExport", "Could not start drawing the SVG.")
        )
    try:
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(palette.PAPER))
        _paint(view, painter, size)
    finally:
        painter.end()
    return bytes(buffer.data().data())


def _paint(view: Picturable, painter: QPainter, size: QSize) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    view.paint_picture(painter, size)


def png_bytes(image: QImage) -> bytes:
    """An image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time; its stubs say bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise PictureError(
            QCoreApplication.translate("ImageExport", "Could not encode the picture as PNG.")
        )
    return bytes(data.data())


def write_picture(view: Picturable, path: Path | str, size: QSize) -> Path:
    """Write the view's picture to `path` (.png or .svg) at `size`; returns the path."""
    path = Path(path)
    kind = picture_format(path)
    if not path.parent.is_dir():
        raise PictureError(
            QCoreApplication.translate(
                "ImageExport", "Cannot write {path}: the folder {parent} does not exist."
            ).format(path=path, parent=path.parent)
        )
    data = render_svg(view, size) if kind == "svg" else png_bytes(render_image(view, size))
    write_atomically(path, lambda stream: stream.write(data))
    return path


PICTURE_MARK = "application/x-crossroads-picture"
"""A clipboard format that marks a picture as ours (so that quitting clears only ours)."""
_clear_registered = False


def copy_picture(view: Picturable, size: QSize) -> None:
    """Put the view's picture on the clipboard, as an image and as SVG for vector paste.

    The picture is taken off the clipboard when Crossroads exits: Qt
    destroying clipboard data while the application object is torn down
    crashes the process (seen with the offscreen platform), and a crash at
    exit must never be the price of a copy.
    """
    global _clear_registered
    mime = QMimeData()
    mime.setImageData(render_image(view, size))
    mime.setData("image/svg+xml", QByteArray(render_svg(view, size)))
    mime.setData(PICTURE_MARK, QByteArray(b"1"))
    QGuiApplication.clipboard().setMimeData(mime)
    if not _clear_registered:
        atexit.register(_clear_our_picture)
        _clear_registered = True


def _clear_our_picture() -> None:
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(PICTURE_MARK):
        clipboard.clear()


def fit_rect(natural: QSize | tuple[float, float], size: QSize) -> QRectF:
    """Where content of `natural` size goes in `size`: as large as fits, centred."""
    width, height = ((natural.width(), natural.height()) if isinstance(natural, QSize)
                     else natural)
    width, height = max(float(width), 1.0), max(float(height), 1.0)
    scale = min(size.width() / width, size.height() / height)
    shown_w, shown_h = width * scale, height * scale
    return QRectF((size.width() - shown_w) / 2, (size.height() - shown_h) / 2, shown_w, shown_h)


def paint_widget(widget: QWidget, painter: QPainter, size: QSize) -> None:
    """Draw a laid-out widget (and its children) scaled to fit `size`, centred."""
    target = fit_rect(widget.size(), size)
    painter.save()
    try:
        painter.translate(target.topLeft())
        painter.scale(target.width() / max(1, widget.width()),
                      target.height() / max(1, widget.height()))
        widget.render(painter, QPoint(0, 0), QRegion(),
                      QWidget.RenderFlag.DrawChildren)
    finally:
        painter.restore()


def offscreen(widget: QWidget, size: QSize) -> QWidget:
    """Show `widget` off the screen at `size`, so that it lays itself out for a picture."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.resize(size)
    widget.show()
    return widget


def dispose(widget: QWidget) -> None:
    """Close and free a widget built only to be drawn."""
    widget.close()
    widget.setParent(None)
    widget.deleteLater()
