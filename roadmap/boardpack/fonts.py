"""The pack's fonts: DejaVu first, then fallbacks for the scripts DejaVu lacks.

DejaVu Sans prints Latin, Greek, Cyrillic, Arabic and Hebrew. Chinese,
Japanese, Korean and emoji come from fallback fonts, registered only when
some text needs them so that an all-Latin pack loads nothing more:

1. the fallbacks shipped in resources/fonts (Droid Sans Fallback for CJK,
   Apache 2.0; a Symbola subset for emoji and symbols, free for any use),
   so that every machine prints the same glyphs;
2. for a character neither covers, whatever font fontconfig (`fc-match`)
   finds on this machine, if it is a TrueType file reportlab can embed.

reportlab draws one font per string, so text is split into runs of one font
each (`runs`); widths and drawing both read the same runs.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path

from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from .styles import SANS

SHIPPED_FALLBACKS = (
    ("Crossroads-Fallback-CJK", "DroidSansFallbackFull.ttf"),
    ("Crossroads-Fallback-Symbols", "SymbolaEmoji.ttf"),
)
"""Fallback fonts shipped with the app, tried in this order."""

MAX_FONTCONFIG_QUERIES = 24
"""How many characters one process asks fontconfig about, at most (each is a subprocess)."""

_fallbacks: list[str] = []
"""Registered fallback font names, in the order they are tried."""
_codes_of: dict[str, frozenset[int]] = {}
_shipped_loaded = False
_asked: dict[str, str | None] = {}
"""Character -> the font fontconfig found for it (None: none that works)."""


def shipped_path(file_name: str) -> Path:
    """A font file shipped in resources/fonts (never cwd-relative)."""
    return Path(str(resources.files("resources") / "fonts" / file_name))


def codes(font: str) -> frozenset[int]:
    """The code points a registered TrueType font has glyphs for."""
    found = _codes_of.get(font)
    if found is None:
        # Every font registered here is a TTFont, whose face types-reportlab omits.
        face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
        found = frozenset(face.charToGlyph)
        _codes_of[font] = found
    return found


def fallbacks() -> tuple[str, ...]:
    """The fallback fonts registered so far, in the order they are tried."""
    return tuple(_fallbacks)


def _register(name: str, path: Path) -> bool:
    try:
        font = TTFont(name, str(path))
    except (TTFError, OSError):  # CFF outlines, a collection, an unreadable file
        return False
    pdfmetrics.registerFont(font)
    _fallbacks.append(name)
    _runs.cache_clear()
    return True


def _load_shipped() -> None:
    global _shipped_loaded
    if _shipped_loaded:
        return
    _shipped_loaded = True
    for name, file_name in SHIPPED_FALLBACKS:
        _register(name, shipped_path(file_name))


def _covered(ch: str) -> bool:
    code = ord(ch)
    return any(code in codes(name) for name in _fallbacks)


def _ask_fontconfig(ch: str) -> None:
    if ch in _asked or len(_asked) >= MAX_FONTCONFIG_QUERIES:
        return
    _asked[ch] = None
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return
    try:
        found = subprocess.run(
            [fc_match, "-f", "%{file}", f":charset={ord(ch):x}"],
            capture_output=True, text=True, timeout=5, check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return
    path = Path(found)
    if path.suffix.lower() != ".ttf" or not path.is_file():
        return
    name = f"Crossroads-System-{path.stem}"
    if name not in _fallbacks and not _register(name, path):
        return
    if ord(ch) in codes(name):
        _asked[ch] = name


def ensure_fallbacks(chars: Iterable[str]) -> list[str]:
    """Register fallbacks for `chars` (which DejaVu lacks); return those still uncovered."""
    _load_shipped()
    still: list[str] = []
    for ch in chars:
        if _covered(ch):
            continue
        _ask_fontconfig(ch)
        if not _covered(ch):
            still.append(ch)
    return still


def runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """`text` split into (font, piece) runs: `font` where it has the glyph, else a fallback.

    The regular face is tried before the fallbacks (DejaVu Bold and Oblique
    lack Arabic, for one); a character no font has stays in `font`. Text
    `font` has every glyph of (accents, dashes, the euro sign) is one run.
    """
    if text.isascii() or _characters(font).issuperset(text):
        return ((font, text),)
    return _runs(text, font)


_characters_of: dict[str, frozenset[str]] = {}


def _characters(font: str) -> frozenset[str]:
    """The characters a registered TrueType font has glyphs for."""
    found = _characters_of.get(font)
    if found is None:
        found = _characters_of[font] = frozenset(map(chr, codes(font)))
    return found


@lru_cache(maxsize=16384)
def _runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    order = (font, *((SANS,) if font != SANS else ()), *_fallbacks)
    pieces: list[tuple[str, str]] = []
    current_font, current = font, ""
    for ch in text:
        code = ord(ch)
        chosen = font
        if code > 127:
            for name in order:
                if code in codes(name):
                    chosen = name
                    break
        if chosen != current_font and current:
            pieces.append((current_font, current))
            current = ""
        current_font = chosen
        current += ch
    if current:
        pieces.append((current_font, current))
    return tuple(pieces)


_measures: dict[str, Callable[[str, float], float]] = {}


def _measure(font: str) -> Callable[[str, float], float]:
    """What pdfmetrics.stringWidth(text, font, size) calls for `font`, found once.

    A pack measures tens of thousands of strings: for a TrueType font,
    reportlab's own width routine bound to it; for another font, its method.
    """
    found = _measures.get(font)
    if found is None:
        face = pdfmetrics.getFont(font)
        found = _measures[font] = (partial(instanceStringWidthTTF, face)
                                   if isinstance(face, TTFont) else face.stringWidth)
    return found


def string_width(text: str, font: str, size: float) -> float:
    """The printed width of `text` in points, each run measured in its own font."""
    if text.isascii():
        return _measure(font)(text, size)
    return sum(_measure(name)(piece, size) for name, piece in runs(text, font))
