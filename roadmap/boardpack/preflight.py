"""Pre-flight: what the pack had to change in the user's text, reported as warnings.

Every user string passes through `Preflight.clean` before layout: Arabic is
shaped, characters DejaVu lacks are looked up in the fallback fonts, those
no font has become a visible box, and every label the layout shortens is
noted. The caller gets the warnings back before the file is written, so
nothing is changed silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from roadmap.i18n import QT_TRANSLATE_NOOP, translate

from .text import ELLIPSIS, MISSING_GLYPH, GlyphCoverage, normalise, shape

MAX_EXAMPLES = 12
"""How many individual cases a warning lists before it says 'and N more'."""

PLACES = (
    QT_TRANSLATE_NOOP("Places", "accepted risks"), QT_TRANSLATE_NOOP("Places", "appendix"),
    QT_TRANSLATE_NOOP("Places", "changes findings"),
    QT_TRANSLATE_NOOP("Places", "cover contents"), QT_TRANSLATE_NOOP("Places", "cover figures"),
    QT_TRANSLATE_NOOP("Places", "cover organisation"),
    QT_TRANSLATE_NOOP("Places", "cover title"), QT_TRANSLATE_NOOP("Places", "cover as of"),
    QT_TRANSLATE_NOOP("Places", "cover planning horizon"),
    QT_TRANSLATE_NOOP("Places", "cover version"), QT_TRANSLATE_NOOP("Places", "cover prepared by"),
    QT_TRANSLATE_NOOP("Places", "cover classification"),
    QT_TRANSLATE_NOOP("Places", "critical path"), QT_TRANSLATE_NOOP("Places", "decisions"),
    QT_TRANSLATE_NOOP("Places", "dependency map"),
    QT_TRANSLATE_NOOP("Places", "dependency map legend"),
    QT_TRANSLATE_NOOP("Places", "dependency summary"), QT_TRANSLATE_NOOP("Places", "findings"),
    QT_TRANSLATE_NOOP("Places", "findings overview"), QT_TRANSLATE_NOOP("Places", "heading"),
    QT_TRANSLATE_NOOP("Places", "most waited for"),
    QT_TRANSLATE_NOOP("Places", "not yet scheduled"),
    QT_TRANSLATE_NOOP("Places", "ownership matrix"), QT_TRANSLATE_NOOP("Places", "page footer"),
    QT_TRANSLATE_NOOP("Places", "page header"), QT_TRANSLATE_NOOP("Places", "roadmap author"),
    QT_TRANSLATE_NOOP("Places", "roadmap confidentiality"),
    QT_TRANSLATE_NOOP("Places", "roadmap organisation"),
    QT_TRANSLATE_NOOP("Places", "roadmap title"), QT_TRANSLATE_NOOP("Places", "roadmap version"),
    QT_TRANSLATE_NOOP("Places", "section key message"),
    QT_TRANSLATE_NOOP("Places", "snapshot name"), QT_TRANSLATE_NOOP("Places", "summary asks"),
    QT_TRANSLATE_NOOP("Places", "summary chart"),
    QT_TRANSLATE_NOOP("Places", "summary figures"),
    QT_TRANSLATE_NOOP("Places", "summary findings"),
    QT_TRANSLATE_NOOP("Places", "summary milestones"),
    QT_TRANSLATE_NOOP("Places", "summary quarters"),
    QT_TRANSLATE_NOOP("Places", "timeline contract ends"),
    QT_TRANSLATE_NOOP("Places", "timeline ideas"), QT_TRANSLATE_NOOP("Places", "timeline lane"),
    QT_TRANSLATE_NOOP("Places", "timeline status"),
    QT_TRANSLATE_NOOP("Places", "timeline title"), QT_TRANSLATE_NOOP("Places", "trend"),
    QT_TRANSLATE_NOOP("Places", "vendors"),
    # The parts of composed places ('initiative 12 title', 'findings header').
    QT_TRANSLATE_NOOP("Places", "department"), QT_TRANSLATE_NOOP("Places", "owner"),
    QT_TRANSLATE_NOOP("Places", "vendor"), QT_TRANSLATE_NOOP("Places", "milestone"),
    QT_TRANSLATE_NOOP("Places", "decision"), QT_TRANSLATE_NOOP("Places", "initiative"),
    QT_TRANSLATE_NOOP("Places", "finding"), QT_TRANSLATE_NOOP("Places", "name"),
    QT_TRANSLATE_NOOP("Places", "title"), QT_TRANSLATE_NOOP("Places", "change"),
    QT_TRANSLATE_NOOP("Places", "action"), QT_TRANSLATE_NOOP("Places", "description"),
    QT_TRANSLATE_NOOP("Places", "theme"), QT_TRANSLATE_NOOP("Places", "success measure"),
    QT_TRANSLATE_NOOP("Places", "customer value"), QT_TRANSLATE_NOOP("Places", "note"),
    QT_TRANSLATE_NOOP("Places", "acceptance reason"), QT_TRANSLATE_NOOP("Places", "accepted by"),
    QT_TRANSLATE_NOOP("Places", "header"), QT_TRANSLATE_NOOP("Places", "group"),
)
"""Where in the pack a text was changed, as warnings name it (English keys; `place`
translates them, whole or part by part)."""

_COMPOSED = re.compile(r"^(?P<kind>[a-z]+) (?P<key>\S*\d\S*|CR\d+)(?: (?P<rest>.+))?$")
_SUFFIX = re.compile(r"^(?P<base>.+) (?P<part>header|group)$")


def place(where: str) -> str:
    """A place name in the reader's language: 'initiative 12 title' -> 'Initiative 12 Titel'."""
    if where in PLACES:
        return translate("Places", where)
    if found := _SUFFIX.match(where):
        return f"{place(found['base'])} {translate('Places', found['part'])}"
    if found := _COMPOSED.match(where):
        rest = found["rest"]
        return " ".join([translate("Places", found["kind"]), found["key"],
                         *([translate("Places", rest)] if rest else [])])
    return translate("Places", where)


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
        """`text` made printable: controls dropped, Arabic shaped, glyphs no font has boxed.

        Printable ASCII (most names and titles) is printable as it is.
        """
        if not text:
            return ""
        if type(text) is str and text.isascii() and text.isprintable():
            return text
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
            more = translate("Preflight", " and {count} more").format(
                count=len(chars) - MAX_EXAMPLES) if len(chars) > MAX_EXAMPLES else ""
            places = sorted({p for ps in self.missing.values() for p in ps})
            lines.append(translate(
                "Preflight", "No font has a glyph for {count} character(s): {shown}{more}; "
                "they print as {box}. In: {places}").format(
                count=len(chars), shown=shown, more=more, box=MISSING_GLYPH,
                places=self._list(places)))
        items = sorted(self.shortened.items())
        for (where, original), shown in items[:MAX_EXAMPLES]:
            kept = len(shown.rstrip(ELLIPSIS).replace(" ", ""))
            whole = len(original.replace(" ", "").replace("\n", ""))
            lines.append(translate("Preflight", "Shortened to fit ({place}): {text} (shows "
                                   "{kept} of {whole} characters)").format(
                place=place(where), text=_quote(original), kept=min(kept, whole), whole=whole))
        if len(items) > MAX_EXAMPLES:
            lines.append(translate("Preflight", "... and {count} more labels shortened to "
                                   "fit").format(count=len(items) - MAX_EXAMPLES))
        return lines

    @staticmethod
    def _list(places: list[str]) -> str:
        head = ", ".join(place(p) for p in places[:MAX_EXAMPLES])
        if len(places) > MAX_EXAMPLES:
            head += translate("Preflight", " and {count} more").format(
                count=len(places) - MAX_EXAMPLES)
        return head
