"""Text that is safe to print: glyph coverage, wrapping and shortening.

Every piece of user text reaches the PDF through these functions, so a
character no font has shows as a visible box instead of vanishing, Arabic is
shaped (its letters joined) and right-to-left text is drawn in visual order, and a
label that does not fit is shortened with an ellipsis instead of being
clipped or overlapping its neighbour. User text is drawn with the canvas's
drawString, which reads no markup, so a title such as ``R&D <beta>`` prints
as typed; Paragraphs carry only the pack's own fixed headings. Widths come
from `fonts.string_width` (each run in its own font) so layout and drawing agree.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, repeat
from pathlib import Path

import arabic_reshaper  # type: ignore[import-untyped]  # ships no type hints
from bidi.algorithm import get_display  # type: ignore[import-untyped]  # ships no type hints
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from .fonts import string_width

ELLIPSIS = "…"
MISSING_GLYPH = "□"
"""Printed in place of a character the font has no glyph for (DejaVu has it)."""

_RTL_BIDI = {"R", "AL"}
RTL_BLOCKS = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufeff"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""The blocks every right-to-left character (bidi class R or AL) is in: Hebrew to
Arabic Extended, the right-to-left mark, their presentation forms, and the
right-to-left historic scripts of the planes above."""


def normalise(text: str) -> str:
    """Drop invisible format and control characters; keep line breaks as '\\n'.

    Zero-width joiners, variation selectors and bidi controls have no glyph
    and nothing to show; tabs become spaces. Lone surrogates cannot be
    encoded and become the missing-glyph box.
    """
    if text.isascii() and text.isprintable():
        return text
    out: list[str] = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        if ch == "\n":
            out.append(ch)
            continue
        if ch == "\t":
            out.append(" ")
            continue
        category = unicodedata.category(ch)
        if category == "Cs":
            out.append(MISSING_GLYPH)
        elif category in ("Cc", "Cf") or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        else:
            out.append(ch)
    return "".join(out)


def has_rtl(text: str) -> bool:
    """True when the text contains right-to-left letters (Arabic, Hebrew, ...).

    Text with no character in those blocks (Latin with accents, dashes,
    currency signs) is told apart without looking up each character's class.
    """
    if text.isascii() or RTL_BLOCKS.search(text) is None:
        return False
    return any(unicodedata.bidirectional(ch) in _RTL_BIDI for ch in text)


class GlyphCoverage:
    """Which characters every one of a set of TrueType fonts can draw, read from their cmaps."""

    def __init__(self, *font_paths: Path, codes: frozenset[int] | None = None) -> None:
        """Read the cmaps of `font_paths`, or take `codes` of a font already loaded."""
        for path in font_paths:
            found = frozenset(TTFont("_coverage", str(path)).face.charToGlyph)
            codes = found if codes is None else codes & found
        self._codes = codes or frozenset()

    def covers(self, ch: str) -> bool:
        """True when the font has a glyph for the character."""
        return ch == "\n" or ord(ch) in self._codes

    def missing(self, text: str) -> list[str]:
        """The distinct characters of `text` the font lacks, in order of appearance."""
        if text.isascii():
            return []
        seen: list[str] = []
        for ch in text:
            if not self.covers(ch) and ch not in seen:
                seen.append(ch)
        return seen

    def replace_missing(self, text: str) -> str:
        """`text` with every character the font lacks replaced by the box."""
        if text.isascii():
            return text
        return "".join(ch if self.covers(ch) else MISSING_GLYPH for ch in text)


def _is_arabic(ch: str) -> bool:
    return 0x0600 <= ord(ch) <= 0x06FF or 0x0750 <= ord(ch) <= 0x077F or 0x08A0 <= ord(ch) <= 0x08FF


def shape(text: str) -> str:
    """`text` with Arabic letters in their joined (initial, medial, final) forms.

    PDF fonts draw one glyph per character; Arabic letters take a different
    form by their neighbours, which the reshaper picks from the font's
    presentation forms. Other scripts pass through unchanged.
    """
    if text.isascii() or not any(_is_arabic(ch) for ch in text):
        return text
    return str(arabic_reshaper.reshape(text))


@lru_cache(maxsize=16384)
def _visual(line: str) -> str:
    if not has_rtl(line):
        return line
    # The line reads right to left when most of its letters do: a Hebrew
    # title alone is right to left, an English sentence quoting it is not.
    rtl = sum(1 for ch in line if unicodedata.bidirectional(ch) in _RTL_BIDI)
    ltr = sum(1 for ch in line if unicodedata.bidirectional(ch) == "L")
    return str(get_display(line, base_dir="R" if rtl > ltr else "L"))


def visual(line: str) -> str:
    """One printed line in visual order: right-to-left runs reversed (Unicode bidi).

    Applied line by line at drawing time, after wrapping, so that a wrapped
    Hebrew or Arabic title reads from its first line down, each right to left.
    """
    if line.isascii():
        return line
    return _visual(line)


@lru_cache(maxsize=65536)
def width(text: str, font: str, size: float) -> float:
    """The printed width of `text` in points (kept: words and labels recur on every page)."""
    return string_width(text, font, size)


@lru_cache(maxsize=32768)
def shorten(text: str, max_width: float, font: str, size: float) -> str:
    """`text` if it fits in `max_width`, else its longest prefix that fits plus '…'.

    Kept per text and width: the same labels are fitted to the same columns
    on every page (headers, footers, statuses, names).
    """
    if width(text, font, size) <= max_width:
        return text
    budget = max_width - width(ELLIPSIS, font, size)
    if budget <= 0:
        return ""
    return text[:_fitting(text, budget, font, size)].rstrip() + ELLIPSIS


def _fitting(text: str, budget: float, font: str, size: float) -> int:
    """The length of the longest start of `text` no wider than `budget` (> 0).

    The font's advance widths, added up along the text, say where the
    start stops fitting; two measurements confirm it, and a binary search
    of measured starts decides whenever they do not (text in fallback
    fonts). Either way the answer is the one measuring every start would give.
    """
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if isinstance(face, TTFontFace):
        advances = accumulate(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth)))
        guess = bisect_right(list(advances), budget * 1000 / size)
        if string_width(text[:guess], font, size) <= budget and (
                guess == len(text) or string_width(text[:guess + 1], font, size) > budget):
            return guess
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(text[:middle], font, size) <= budget:
            low = middle
        else:
            high = middle - 1
    return low


def wrap(text: str, max_width: float, font: str, size: float,
         max_lines: int | None = None) -> tuple[list[str], bool]:
    """Break `text` into lines no wider than `max_width`.

    Words longer than a line are broken between characters. When more than
    `max_lines` lines would be needed, the last kept line ends with '…'.
    Returns the lines and whether anything was cut off.
    """
    if "\n" not in text and width(text, font, size) <= max_width:
        return ([text.strip()] if text.strip() else [""]), False
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in text.split("\n"):
        current = ""
        current_width = 0.0
        for word in paragraph.split():
            word_width = width(word, font, size)
            if current and current_width + space + word_width <= max_width:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append(current)
            while word_width > max_width and len(word) > 1:
                head = _longest_prefix(word, max_width, font, size)
                lines.append(head)
                word = word[len(head):]
                word_width = width(word, font, size)
            current, current_width = word, word_width
        lines.append(current)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = with_ellipsis(kept[-1], max_width, font, size)
        return kept, True
    return lines, False


def with_ellipsis(line: str, max_width: float, font: str, size: float) -> str:
    """`line` ending in '…' (shortened further if needed) to mark that text follows."""
    if width(line + ELLIPSIS, font, size) <= max_width:
        return line + ELLIPSIS
    return shorten(line + ELLIPSIS, max_width, font, size)


def _longest_prefix(word: str, max_width: float, font: str, size: float) -> str:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if string_width(word[:middle], font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return word[:low]
