"""Pre-flight: what the pack had to change in the user's text, reported as warnings.

Every user string passes through `Preflight.clean` before layout: Arabic is
shaped, characters DejaVu lacks are looked up in the fallback fonts, those
no font has become a visible box, and every label the layout shortens is
noted. The caller gets the warnings back before the file is written, so
nothing is changed silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .text import ELLIPSIS, MISSING_GLYPH, GlyphCoverage, normalise, shape

MAX_EXAMPLES = 12
"""How many individual cases a warning lists before it says 'and N more'."""


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + ELLIPSIS)


@dataclass
class Preflight:
    """Cleans user text for printing and collects what it had to change."""

    coverage: GlyphCoverage
    fallback: Callable[[list[str]], list[str]] | None = None
    """Given characters the main font lacks, finds fonts for them; returns those none has."""
    missing: dict[str, list[str]] = field(default_factory=dict)
    """Character no font has -> where it occurs."""
    shortened: dict[tuple[str, str], str] = field(default_factory=dict)
    """(where, original) -> what was printed."""
    notes: list[str] = field(default_factory=list)
    """Whole-pack changes (a section summarised), said once each."""
    _cache: dict[tuple[str, str], str] = field(default_factory=dict)

    def clean(self, text: str | None, where: str) -> str:
        """`text` made printable: controls dropped, Arabic shaped, glyphs no font has boxed."""
        if not text:
            return ""
        key = (text, where)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        value = shape(normalise(str(text)))
        lacking = self.coverage.missing(value)
        if lacking and self.fallback is not None:
            lacking = self.fallback(lacking)
        for ch in lacking:
            places = self.missing.setdefault(ch, [])
            if where not in places:
                places.append(where)
        if lacking:
            value = "".join(MISSING_GLYPH if ch in lacking else ch for ch in value)
        self._cache[key] = value
        return value

    def note_shortened(self, where: str, original: str, shown: str) -> None:
        """Record that a label was printed shorter than written."""
        if shown != original:
            self.shortened.setdefault((where, original), shown)

    def note(self, text: str) -> None:
        """Record a change that concerns a whole section rather than one label."""
        if text not in self.notes:
            self.notes.append(text)

    def warnings(self) -> list[str]:
        """Everything changed, one readable line per kind of change (with examples)."""
        lines: list[str] = list(self.notes)
        if self.missing:
            chars = sorted(self.missing)
            shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:MAX_EXAMPLES])
            more = f" and {len(chars) - MAX_EXAMPLES} more" if len(chars) > MAX_EXAMPLES else ""
            places = sorted({p for ps in self.missing.values() for p in ps})
            lines.append(
                f"No font has a glyph for {len(chars)} character(s): {shown}{more}; "
                f"they print as {MISSING_GLYPH}. In: {self._list(places)}"
            )
        items = sorted(self.shortened.items())
        for (where, original), shown in items[:MAX_EXAMPLES]:
            kept = len(shown.rstrip(ELLIPSIS).replace(" ", ""))
            whole = len(original.replace(" ", "").replace("\n", ""))
            lines.append(f"Shortened to fit ({where}): {_quote(original)} "
                         f"(shows {min(kept, whole)} of {whole} characters)")
        if len(items) > MAX_EXAMPLES:
            lines.append(f"... and {len(items) - MAX_EXAMPLES} more labels shortened to fit")
        return lines

    @staticmethod
    def _list(places: list[str]) -> str:
        head = ", ".join(places[:MAX_EXAMPLES])
        if len(places) > MAX_EXAMPLES:
            head += f" and {len(places) - MAX_EXAMPLES} more"
        return head
