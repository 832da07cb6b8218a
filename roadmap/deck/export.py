"""Write the editable PowerPoint deck: the board pack's story as native 16:9 slides.

    result = export_deck(doc, "board.pptx", BoardPackOptions(as_of=date(2027, 3, 1)))
    result.slides

The deck reads the same facts, timeline lanes and outlook the PDF prints
(roadmap.boardpack.facts, .lanes, .outlook over the app's view models), but
keeps text as typed: PowerPoint shapes Arabic and orders right-to-left text
itself, so none of the PDF's shaping is applied. The file is written to a
temporary file beside the target and moved into place.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pptx import Presentation

from roadmap.analysis import Analysis, analyse
from roadmap.boardpack.export import _coverage
from roadmap.boardpack.facts import BoardFacts, build_facts
from roadmap.boardpack.fonts import ensure_fallbacks
from roadmap.boardpack.lanes import Lane, build_lanes
from roadmap.boardpack.options import BoardPackOptions
from roadmap.boardpack.preflight import Preflight
from roadmap.boardpack.renderer import register_fonts
from roadmap.boardpack.sections.timeline import LANE_TITLES
from roadmap.boardpack.text import normalise
from roadmap.i18n import translate
from roadmap.model.atomic import write_atomically
from roadmap.services.document import Document
from roadmap.views.timeline.model import collect

from . import slides
from .shapes import SLIDE_HEIGHT, SLIDE_WIDTH, emu

Progress = Callable[[str, float | None], None]
"""Told what is being done and how far along (0 to 1) the deck is."""


@dataclass(frozen=True)
class DeckResult:
    """What was written: where (None for a stream), how many slides, how many bytes."""

    path: Path | None
    slides: int
    size: int
    warnings: tuple[str, ...] = ()


class DeckText(Preflight):
    """The pre-flight for the deck: controls dropped, every script kept as typed."""

    def clean(self, text: str | None, where: str) -> str:
        """`text` without invisible controls; PowerPoint draws every script itself.

        Fallback fonts are still registered for what DejaVu lacks, so that the
        widths labels are shortened to are measured in fonts that have the glyphs.
        """
        value = normalise(str(text)) if text else ""
        lacking = self.coverage.missing(value)
        if lacking:
            ensure_fallbacks(lacking)
        return value


def _changes(doc: Document, analysis: Analysis, since: str | None) -> tuple[Any, list[str]]:
    """The comparison with the chosen (or latest) snapshot, or None without one."""
    try:
        from roadmap.snapshots.trend import changes_since
    except ImportError:  # a build without snapshots: the deck simply has no such slide
        return None, []
    try:
        found = changes_since(doc, analysis, since)
    except Exception as error:  # a damaged snapshot spoils only its slide
        return None, [translate("Deck", "No 'what changed' slide: {error}").format(error=error)]
    return found, list(found.warnings) if found is not None else []


@dataclass
class DeckInput:
    """Everything the slides read, taken from the document (see `prepare_deck`)."""

    facts: BoardFacts
    lanes: list[Lane]
    since: Any
    warnings: list[str]
    options: BoardPackOptions


def prepare_deck(doc: Document, options: BoardPackOptions | None = None,
                 analysis: Analysis | None = None) -> DeckInput:
    """Analyse `doc` and read what the slides show; the only part that reads the document."""
    chosen = (options or BoardPackOptions()).on(dt.date.today())
    as_of = chosen.as_of or dt.date.today()
    analysis = analysis if analysis is not None else analyse(doc, today=as_of)
    register_fonts()
    text = DeckText(_coverage())
    facts = build_facts(doc, analysis, as_of, text)
    lanes = build_lanes(facts, collect(doc, analysis.graph), chosen.lanes, text)
    since, warnings = _changes(doc, analysis, chosen.since)
    return DeckInput(facts, lanes, since, warnings, chosen)


def export_deck(doc: Document, target: str | os.PathLike[str] | BinaryIO,
                options: BoardPackOptions | None = None, *, analysis: Analysis | None = None,
                progress: Progress | None = None) -> DeckResult:
    """Write the deck of `doc` (cover, summary, what changed, timeline, top findings).

    `options` gives the as-of date, the timeline's lanes and the snapshot to
    compare with; sections, paper and logo are the PDF's alone. Raises
    RoadmapWriteError when the file cannot be written (the old one is kept).
    """
    tell = progress or (lambda _what, _done: None)
    tell(translate("Progress", "Analysing"), 0.0)
    return write_deck(prepare_deck(doc, options, analysis), target, tell)


def write_deck(inp: DeckInput, target: str | os.PathLike[str] | BinaryIO,
               progress: Progress | None = None) -> DeckResult:
    """Build the slides from a prepared DeckInput and write them; reads no document."""
    tell = progress or (lambda _what, _done: None)
    facts = inp.facts
    tell(translate("Progress", "Building slides"), 0.3)
    deck = Presentation()
    deck.slide_width = emu(SLIDE_WIDTH)
    deck.slide_height = emu(SLIDE_HEIGHT)
    deck.core_properties.title = facts.title
    deck.core_properties.author = facts.author or facts.organisation
    deck.core_properties.subject = translate("Deck", "E-commerce roadmap board deck, as of "
                                             "{date}").format(date=facts.as_of.isoformat())
    slides.cover(deck, facts)
    slides.summary(deck, facts)
    slides.changes(deck, facts, inp.since)
    tell(translate("Progress", "Drawing the timeline"), 0.45)
    slides.timeline(deck, facts, inp.lanes, LANE_TITLES[inp.options.lanes])
    slides.findings(deck, facts)
    tell(translate("Progress", "Writing"), 0.9)
    count = len(deck.slides)
    warnings = tuple(inp.warnings)
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        size = write_atomically(path, deck.save)
        tell(translate("Progress", "Done"), 1.0)
        return DeckResult(path, count, size, warnings)
    buffer = io.BytesIO()
    deck.save(buffer)
    target.write(buffer.getvalue())
    tell(translate("Progress", "Done"), 1.0)
    return DeckResult(None, count, len(buffer.getvalue()), warnings)
