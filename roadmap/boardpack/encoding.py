"""PDF text operators for the pack's TrueType fonts, each distinct line encoded once.

reportlab encodes every string it draws afresh: it splits the text into
the font's subsets character by character and builds a text object around
it. A board pack repeats the same strings thousands of times (statuses,
department names, "Page X of Y" furniture, column headings), so the
encoded form of each (font, line) is kept for the document being written
and the operators are written straight into the page. The bytes are the
ones reportlab itself would choose: the subsets come from the font's own
`splitString` for this document, so every glyph is assigned and embedded
exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

Piece = tuple[str, str]
"""(PDF font resource name of one subset, the escaped bytes shown in it)."""


class LineEncoder:
    """The encoded pieces of every line drawn in one PDF document, computed once each."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._lines: dict[tuple[str, str], tuple[Piece, ...]] = {}
        self._fonts: dict[str, Any] = {}
        """Registered TrueType fonts by name (types-reportlab types them as Font)."""
        self._names: dict[tuple[str, int], str] = {}

    def pieces(self, font: str, text: str) -> tuple[Piece, ...]:
        """`text` in `font` as (subset resource, escaped bytes) pieces, in drawing order."""
        key = (font, text)
        found = self._lines.get(key)
        if found is not None:
            return found
        face = self._fonts.get(font)
        if face is None:
            face = self._fonts[font] = cast(Any, pdfmetrics.getFont(font))
        if not getattr(face, "_dynamicFont", False):
            raise ValueError(f"{font} is not a TrueType font the pack embeds")
        pieces = []
        for subset, data in face.splitString(text, self._document):
            name = self._names.get((font, subset))
            if name is None:
                name = self._names[(font, subset)] = face.getSubsetInternalName(
                    subset, self._document)
            pieces.append((name, escapePDF(data)))
        found = self._lines[key] = tuple(pieces)
        return found


_encoders: WeakKeyDictionary[Any, LineEncoder] = WeakKeyDictionary()


def encoder(canv: Canvas) -> LineEncoder:
    """The encoder of the document `canv` writes (one per document, forgotten with it)."""
    document = canv._doc  # type: ignore[attr-defined]  # reportlab's document; not in its stubs
    found = _encoders.get(document)
    if found is None:
        found = _encoders[document] = LineEncoder(document)
    return found


class TextOps:
    """Text operators of one PDF text object (BT ... ET), switching font only when needed."""

    def __init__(self, encoder_: LineEncoder) -> None:
        self.encoder = encoder_
        self.ops: list[str] = ["BT"]
        self._font: tuple[str, float] | None = None
        self._ink: tuple[float, float, float] | None = None

    def ink(self, rgb: tuple[float, float, float]) -> None:
        """Fill the following text in `rgb` (written only when it changes)."""
        if rgb != self._ink:
            self.ops.append(f"{fp_str(rgb)} rg")
            self._ink = rgb

    def show(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """`text` with its baseline starting at (x, y), in `font` at `size` points."""
        ops = self.ops
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for name, data in self.encoder.pieces(font, text):
            if (name, size) != self._font:
                ops.append(f"{name} {fp_str(size)} Tf {fp_str(size * 1.2)} TL")
                self._font = (name, size)
            ops.append(f"({data}) Tj")

    def lines(self, items: Iterable[tuple[float, float, str, str, float, Color]]) -> None:
        """Each (x, y, text, font, size, ink) as `show` would write it after `ink`.

        The loop of a table's thousands of lines, with the lookups bound once.
        """
        ops = self.ops
        append = ops.append
        pieces = self.encoder.pieces
        font_now = self._font
        rgb_now = self._ink
        ink_now: Color | None = None
        for x, y, text, font, size, ink in items:
            if ink is not ink_now:
                ink_now = ink
                rgb = (ink.red, ink.green, ink.blue)
                if rgb != rgb_now:
                    append(f"{fp_str(rgb)} rg")
                    rgb_now = rgb
            append(f"1 0 0 1 {fp_str(x, y)} Tm")
            for name, data in pieces(font, text):
                if font_now is None or name != font_now[0] or size != font_now[1]:
                    append(f"{name} {fp_str(size)} Tf {fp_str(size * 1.2)} TL")
                    font_now = (name, size)
                append(f"({data}) Tj")
        self._font = font_now
        self._ink = rgb_now

    def code(self) -> str:
        """The finished text object."""
        return " ".join([*self.ops, "ET"])


def draw_line(canv: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line in the canvas's current fill colour, as drawString writes it but encoded once."""
    ops = TextOps(encoder(canv))
    ops.show(x, y, text, font, size)
    canv.addLiteral(ops.code())
