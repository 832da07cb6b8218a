"""Render the app icon's PNG sizes from resources/desktop/crossroads.svg (run once, commit).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Desktops pick the nearest size from icons/hicolor/<size>/apps/; a PNG
rendered at each size stays sharp where scaling one bitmap would blur.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "desktop"


def main() -> int:
    """Write icons/crossroads-<size>.png for every size."""
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(FOLDER / "crossroads.svg"))
    if not renderer.isValid():
        print("render_icons: crossroads.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = FOLDER / "icons" / f"crossroads-{size}.png"
        image.save(str(target), "PNG")
        print(f"Wrote {target.relative_to(FOLDER.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
