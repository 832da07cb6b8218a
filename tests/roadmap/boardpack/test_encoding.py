"""The board pack's own text encoding writes what reportlab's would.

Lines are split into the embedded fonts' subsets by the pack (a shortcut
for characters the document has already assigned) and must come out as the
font's own splitString gives them, in the same subsets, so that pages and
embedded fonts stay the same.
"""

from __future__ import annotations

import io
import random

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from roadmap.boardpack.encoding import LineEncoder
from roadmap.boardpack.renderer import register_fonts
from roadmap.boardpack.styles import SANS, SANS_BOLD


def test_lines_are_split_into_subsets_as_the_font_splits_them() -> None:
    """Accented, dashed and non-Latin lines, over several subsets, match splitString."""
    register_fonts()
    rng = random.Random(7)
    common = "abc XYZ 019 éüßñ–—·€…()\u00a0Æøç"
    for font in (SANS, SANS_BOLD):
        face = pdfmetrics.getFont(font)
        rare = "".join(chr(code) for code in range(0x100, 0x500)
                       if code in face.face.charToGlyph)  # type: ignore[attr-defined]
        ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
        encoder = LineEncoder(ours._doc)  # type: ignore[attr-defined]
        for _ in range(1500):
            text = "".join(rng.choice(common) if rng.random() < 0.9 else rng.choice(rare)
                           for _ in range(rng.randint(1, 30)))
            expected = tuple(
                (face.getSubsetInternalName(subset, theirs._doc),  # type: ignore[attr-defined]
                 f"({escapePDF(data)}) Tj")
                for subset, data in face.splitString(text, theirs._doc))  # type: ignore[attr-defined]
            assert encoder.pieces(font, text) == expected, text
        state = face.state[ours._doc]  # type: ignore[attr-defined]
        assert len(state.subsets) > 1  # the shortcut and the fallback both ran
