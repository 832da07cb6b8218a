"""Write the board pack: analyse, read the facts, lay out the chosen sections, write.

    options = BoardPackOptions(sections=Sections.SUMMARY, as_of=date(2027, 3, 1))
    result = export_board_pack(doc, "board.pdf", options)
    result.pages, result.warnings

The document is analysed, its facts are read (every string through the
pre-flight), the timeline's lanes come from the same view model the app
draws, the chosen sections are laid out, and only then are the bytes
written, into a temporary file moved over the target, so a failed write
leaves the old pack as it was: the same document and options always give
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab import rl_config
from reportlab.platypus import Flowable, PageBreak

from roadmap.analysis import Analysis, analyse
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.atomic import write_atomically
from roadmap.snapshots.trend import changes_since
from roadmap.views.matrix import ownership_matrix
from roadmap.views.timeline.model import collect

from .facts import build_facts
from .fonts import codes, ensure_fallbacks
from .options import BoardPackOptions
from .preflight import Preflight
from .renderer import BoardPackError, BoardPackRenderer, SectionStart, register_fonts
from .styles import SANS
from .text import GlyphCoverage

if TYPE_CHECKING:
    from roadmap.services.document import Document

rl_config.invariant = 1  # no timestamps or random ids in the file: same input, same bytes
# Compressed streams stay binary: reportlab's default wraps each in ASCII85 as
# well, for 7-bit channels no PDF travels through today, which makes the file
# a quarter larger and costs an extra pass over every page.
rl_config.useA85 = 0


@dataclass
class ExportResult:
    """What an export wrote: where (None for a stream), how many pages, what it changed."""

    path: Path | None
    pages: int
    warnings: list[str] = field(default_factory=list)
    size: int = 0


Progress = Callable[[str, float | None], None]
"""Told what the export is doing and how far along it is (0 to 1, None when unknown).

It may raise (the app's Cancel does): the export stops and writes nothing.
"""


def export_board_pack(doc: Document, target: str | os.PathLike[str] | BinaryIO,
                      options: BoardPackOptions | None = None, *,
                      analysis: Analysis | None = None,
                      progress: Progress | None = None) -> ExportResult:
    """Write the board pack of `doc` to a path or a binary stream.

    `options` says which sections, paper, lanes, as-of date and logo (the
    defaults: the full pack on A4, lanes by lead department, as of today).
    Raises BoardPackError for an unreadable logo and RoadmapWriteError when
    the file cannot be written; never for the document's text, whatever it
    contains. `progress` hears of each stage and each page laid out.
    """
    chosen = (options or BoardPackOptions()).on(dt.date.today())
    # Layout allocates hundreds of thousands of short-lived objects next to a
    # large loaded document: pausing the cyclic collector halves the time of
    # a 2,000-initiative pack. Nothing here creates reference cycles to leak.
    collecting = gc.isenabled()
    gc.disable()
    try:
        tell = progress or _silent
        tell(translate("Progress", "Analysing"), 0.0)
        return write_prepared(prepare(doc, chosen, analysis), chosen, target, tell)
    finally:
        if collecting:
            gc.enable()


def prepare(doc: Document, options: BoardPackOptions,
            analysis: Analysis | None = None) -> BoardPackRenderer:
    """The renderer with everything the sections read: facts, graph, timeline view model."""
    as_of = options.as_of or dt.date.today()
    register_fonts()
    preflight = Preflight(_coverage(), fallback=ensure_fallbacks)
    analysis = analysis if analysis is not None else analyse(doc, today=as_of)
    facts = build_facts(doc, analysis, as_of, preflight)
    renderer = BoardPackRenderer(facts, preflight, page_size=options.page_size,
                                 logo=options.logo)
    renderer.lanes_by = options.lanes
    renderer.analysis_graph = analysis.graph
    renderer.timeline = collect(doc, analysis.graph)
    renderer.matrix = ownership_matrix(analysis.graph)
    if "changes" in options.sections.sections:
        renderer.changes = changes_since(doc, analysis, options.since)
    return renderer


SECTION_NAMES = {
    "cover": QT_TRANSLATE_NOOP("Progress", "cover"),
    "summary": QT_TRANSLATE_NOOP("Progress", "summary"),
    "changes": QT_TRANSLATE_NOOP("Progress", "changes"),
    "timeline": QT_TRANSLATE_NOOP("Progress", "timeline"),
    "dependency_map": QT_TRANSLATE_NOOP("Progress", "dependency map"),
    "ownership": QT_TRANSLATE_NOOP("Progress", "ownership"),
    "findings": QT_TRANSLATE_NOOP("Progress", "findings"),
    "appendix": QT_TRANSLATE_NOOP("Progress", "appendix"),
}
"""What the progress line calls each section while preparing it."""


def _silent(_what: str, _done: float | None) -> None:
    return None


def write_prepared(renderer: BoardPackRenderer, options: BoardPackOptions,
                   target: str | os.PathLike[str] | BinaryIO,
                   progress: Progress | None = None) -> ExportResult:
    """Lay out and write a pack whose renderer `prepare` filled; reads no document.

    The app prepares on its own thread (the document's session lives there)
    and runs this part, the long one, on a worker thread.
    """
    from .sections import ALL_SECTIONS

    progress = progress or _silent
    options = options.on(dt.date.today())
    story: list[Flowable] = []
    names = options.sections.sections
    for index, name in enumerate(names):
        progress(translate("Progress", "Preparing {section}").format(
            section=translate("Progress", SECTION_NAMES.get(name, name.replace("_", " ")))),
            0.1 + 0.2 * index / len(names))
        flowables = ALL_SECTIONS[name](renderer)
        if flowables:
            story.extend([*flowables, PageBreak()])
    if not story:
        raise BoardPackError(translate("BoardPack",
                                       "there is nothing to print in the chosen sections"))
    story.pop()
    renderer.contents = [f.title for f in story
                         if isinstance(f, SectionStart) and f.key != "cover"]
    laying_out = translate("Progress", "Laying out page {number}")
    renderer.on_page = lambda number: progress(laying_out.format(number=number), None)
    data, pages = renderer.render_bytes(story)
    progress(translate("Progress", "Writing"), 0.95)
    path: Path | None = None
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        write_atomically(path, lambda stream: stream.write(data))
    else:
        target.write(data)
    return ExportResult(path, pages, renderer.preflight.warnings(), len(data))


_coverage_cache: list[GlyphCoverage] = []


def _coverage() -> GlyphCoverage:
    if not _coverage_cache:
        register_fonts()  # the registered regular face's cmap: no second read of the file
        _coverage_cache.append(GlyphCoverage(codes=codes(SANS)))
    return _coverage_cache[0]
