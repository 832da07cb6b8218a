"""Icons from resources/icons/, drawn as SVG so they stay crisp on high-DPI screens.

The SVGs stroke with `currentColor`; `icon()` substitutes the palette's text
colour so the same files read well in light and dark mode. Themed copies
are written once per process to a private temporary folder (removed at
exit, or by the next start after a crash), because QIcon renders SVG
through its icon engine only from a file.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from .temp_folders import private_folder

_cache: dict[str, QIcon] = {}
_folder: Path | None = None


def icon_names() -> list[str]:
    """Names of every bundled icon (file stems)."""
    folder = resources.files("resources") / "icons"
    return sorted(p.name.removesuffix(".svg") for p in folder.iterdir() if p.name.endswith(".svg"))


def _ink() -> str:
    app = QGuiApplication.instance()
    if app is None:
        return "#52606D"
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return "#D0D7DE" if colour.lightness() > 128 else "#3E4C59"


def _themed_file(name: str, ink: str) -> Path:
    global _folder
    if _folder is None:
        _folder = private_folder("icons")
    text = (resources.files("resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    path = _folder / f"{name}-{ink.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(text.replace("currentColor", ink), encoding="utf-8")
    return path


def icon(name: str) -> QIcon:
    """The bundled icon `name` in the current palette's ink; an empty icon if unknown."""
    ink = _ink()
    key = f"{name}:{ink}"
    if key not in _cache:
        try:
            _cache[key] = QIcon(str(_themed_file(name, ink)))
        except (FileNotFoundError, OSError):
            _cache[key] = QIcon()
    return _cache[key]


def clear_cache() -> None:
    """Forget themed icons (after the palette switched between light and dark)."""
    _cache.clear()
