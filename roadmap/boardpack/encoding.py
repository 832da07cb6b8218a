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

Tables' fills and rules go the same way (`PathOps`): the operators the
canvas would write, gathered and added to the page in one piece, every
number formatted once (`number`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .fonts import runs
from .text import visual

Piece = tuple[str, str]
"""(PDF font resource name of one subset, the operator showing its bytes: '(...) Tj')."""

_KEPT = 65536
"""Most formatted numbers (or colours) kept: a long-running app exports many packs."""


class _Formatted(dict[Any, str]):
    """Values as reportlab's fp_str writes them, each formatted on its first look-up.

    A hit is a plain dictionary look-up, with no Python call in between.
    """

    def __missing__(self, value: Any) -> str:
        if len(self) >= _KEPT:
            self.clear()
        found = self[value] = fp_str(value)
        return found


_numbers = _Formatted()
number: Callable[[float], str] = _numbers.__getitem__
"""`value` as reportlab's fp_str writes it into a page, each distinct value formatted once.

A large pack writes a couple of hundred thousand coordinates, most of them
the same column edges, baselines and sizes over and over; a lookup costs a
fraction of the formatting. fp_str(a, b) is fp_str(a) and fp_str(b) joined
by a space, so operators built from these are the same.
"""

_colours = _Formatted()
rgb_code: Callable[[tuple[float, float, float]], str] = _colours.__getitem__
"""An opaque colour's 'r g b' as reportlab's fp_str writes it, each colour formatted once.

A pack switches between a handful of colours tens of thousands of times
(muted and ink text down a table, the bars' fills and outlines).
"""


class LineEncoder:
    """The encoded pieces of every line drawn in one PDF document, computed once each."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._lines: dict[tuple[str, str], tuple[Piece, ...]] = {}
        self.encoded = self._lines.get
        """The pieces of a (font, text) already encoded, else None (a look-up, no call)."""
        self._fonts: dict[str, Any] = {}
        """Registered TrueType fonts by name (types-reportlab types them as Font)."""
        self._names: dict[tuple[str, int], str] = {}
        self._ascii: dict[str, str] = {}
        """Fonts whose subset 0 holds printable ASCII as itself: that subset's resource name."""

    def pieces(self, font: str, text: str) -> tuple[Piece, ...]:
        """`text` in `font` as (subset resource, show operator) pieces, in drawing order."""
        key = (font, text)
        found = self._lines.get(key)
        if found is not None:
            return found
        ascii_name = self._ascii.get(font)
        if ascii_name is not None and text.isascii() and text.isprintable():
            found = self._lines[key] = ((ascii_name, f"({escapePDF(text.encode('ascii'))}) Tj"),)
            return found
        face = self._fonts.get(font)
        if face is None:
            face = self._fonts[font] = cast(Any, pdfmetrics.getFont(font))
        if not getattr(face, "_dynamicFont", False):
            raise ValueError(f"{font} is not a TrueType font the pack embeds")
        found = self._lines[key] = self._split(face, font, text)
        if ascii_name is None:
            self._note_ascii(face, font)
        return found

    def _split(self, face: Any, font: str, text: str) -> tuple[Piece, ...]:
        """`text` split by the font itself, assigning its new characters to subsets.

        A line whose characters all have codes in subset 0 already (accented
        names, dashes and the euro sign, once the pack has used them) is the
        bytes of those codes, as splitString would give, without its loop.
        """
        state = face.state.get(self._document)
        if state is not None:
            assigned = state.assignments.get
            codes = [assigned(32 if code == 0xA0 else code) for code in map(ord, text)]
            if codes and None not in codes and max(codes) < 256:
                return ((self._subset_name(face, font, 0),
                         f"({escapePDF(bytes(codes))}) Tj"),)
        pieces = []
        for subset, data in face.splitString(text, self._document):
            pieces.append((self._subset_name(face, font, subset), f"({escapePDF(data)}) Tj"))
        return tuple(pieces)

    def _subset_name(self, face: Any, font: str, subset: int) -> str:
        """The PDF resource name of one of `font`'s subsets in this document."""
        name = self._names.get((font, subset))
        if name is None:
            name = self._names[(font, subset)] = face.getSubsetInternalName(
                subset, self._document)
        return name

    def _note_ascii(self, face: Any, font: str) -> None:
        """Remember `font` when its subset 0 maps printable ASCII to itself.

        reportlab reserves codes 32-126 of subset 0 for ASCII in every
        TrueType font it embeds (ttfAsciiReadable, the default), so such a
        line is its own bytes in that subset: no character-by-character
        split. Checked on the font's state for this document, once.
        """
        state = face.state.get(self._document)
        if state is None or any(state.assignments.get(code) != code
                                for code in range(32, 127)):
            return
        self._ascii[font] = face.getSubsetInternalName(0, self._document)


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
            self.ops.append(f"{rgb_code(rgb)} rg")
            self._ink = rgb

    def show(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """`text` with its baseline starting at (x, y), in `font` at `size` points."""
        ops = self.ops
        ops.append(f"1 0 0 1 {number(x)} {number(y)} Tm")
        for name, shown in self.encoder.pieces(font, text):
            if (name, size) != self._font:
                ops.append(f"{name} {number(size)} Tf {number(size * 1.2)} TL")
                self._font = (name, size)
            ops.append(shown)

    def lines(self, items: Iterable[tuple[float, float, str, str, float, Color]]) -> None:
        """Each (x, y, text, font, size, ink) as `show` would write it after `ink`.

        The loop of a table's thousands of lines, with the lookups bound once.
        A line in the font already set is one string, its position and text
        (the operators are joined by spaces either way).
        """
        ops = self.ops
        append = ops.append
        pieces = self.encoder.pieces
        encoded = self.encoder.encoded
        fmt = number
        font_now = self._font
        rgb_now = self._ink
        ink_now: Color | None = None
        for x, y, text, font, size, ink in items:
            if ink is not ink_now:
                ink_now = ink
                rgb = (ink.red, ink.green, ink.blue)
                if rgb != rgb_now:
                    append(f"{rgb_code(rgb)} rg")
                    rgb_now = rgb
            place = f"1 0 0 1 {fmt(x)} {fmt(y)} Tm"
            for name, shown in encoded((font, text)) or pieces(font, text):
                if font_now is None or name != font_now[0] or size != font_now[1]:
                    append(place)
                    place = f"{name} {number(size)} Tf {number(size * 1.2)} TL {shown}"
                    font_now = (name, size)
                else:
                    place = f"{place} {shown}"
            append(place)
        self._font = font_now
        self._ink = rgb_now

    def code(self) -> str:
        """The finished text object."""
        return " ".join([*self.ops, "ET"])


class PathOps:
    """Fill and stroke operators gathered and written to the page in one piece.

    The operators Canvas.setFillColor, setStrokeColor, setLineWidth, rect
    (filled, the canvas's even-odd fill) and line write, in the order they
    are asked for, less a colour or line width the batch has already set
    (every row's rule sets the same); a table's thousands of rows then cost
    a list of strings instead of several canvas calls each, every colour and
    number formatted once.
    """

    def __init__(self) -> None:
        self.ops: list[str] = []
        self._fill: str | None = None
        self._stroke: tuple[str, float] | None = None
        """The fill and stroke the gathered operators leave set (None: not set by them)."""

    @staticmethod
    def _rgb(ink: Color) -> str:
        """`ink` as the 'r g b' the canvas writes for an opaque colour."""
        return rgb_code((ink.red, ink.green, ink.blue))

    def fill_colour(self, ink: Color) -> None:
        """Fill what follows with `ink` (Canvas.setFillColor)."""
        rgb = self._rgb(ink)
        if rgb != self._fill:  # the same fill again (every other row's shade) is not repeated
            self.ops.append(f"{rgb} rg")
            self._fill = rgb

    def stroke(self, ink: Color, width: float) -> None:
        """Stroke what follows in `ink`, `width` points wide (setStrokeColor, setLineWidth)."""
        rgb = self._rgb(ink)
        if (rgb, width) != self._stroke:  # every row's rule: set once per batch
            self.ops.append(f"{rgb} RG")
            self.ops.append(f"{number(width)} w")
            self._stroke = (rgb, width)

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        """A filled rectangle, lower left corner at (x, y) (Canvas.rect, fill only)."""
        self.ops.append(f"n {number(x)} {number(y)} {number(width)} {number(height)} re f*")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        """A stroked straight line (Canvas.line)."""
        self.ops.append(f"n {number(x1)} {number(y1)} m {number(x2)} {number(y2)} l S")

    def flush(self, canv: Canvas) -> None:
        """Write the gathered operators to the page, as the canvas calls would; forget them."""
        if self.ops:
            canv.addLiteral("\n".join(self.ops))  # the page joins its operators by newlines
            self.ops = []
        self._fill = self._stroke = None  # the canvas calls that follow may set their own


def text_object(canv: Canvas, x: float, y: float, text: str, font: str, size: float,
                anchor: float = 0.0) -> str:
    """The text object the pack's canvas draws a string with (its drawString).

    `text` in visual order, each run in a font that has its glyphs, starting
    at x (anchor 0), ending there (1) or centred on it (0.5).
    """
    if text.isascii():
        pieces: tuple[tuple[str, str], ...] = ((font, text),)
    else:
        pieces = runs(visual(text), font)
    if anchor:
        x -= anchor * sum(pdfmetrics.stringWidth(p, f, size) for f, p in pieces)
    ops = TextOps(encoder(canv))
    for name, piece in pieces:
        ops.show(x, y, piece, name, size)
        x += pdfmetrics.stringWidth(piece, name, size)
    return ops.code()


def draw_line(canv: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line in the canvas's current fill colour, as drawString writes it but encoded once."""
    ops = TextOps(encoder(canv))
    ops.show(x, y, text, font, size)
    canv.addLiteral(ops.code())
