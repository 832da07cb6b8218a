"""The board pack: the PDF roadmap a board reads without ever seeing the app (PRODUCT.md §5).

    result = export_board_pack(doc, "board.pdf", as_of=date(2027, 3, 1))
    result.pages, result.warnings

The document is analysed, its facts are read (every string through the
pre-flight), the chosen sections are laid out, and only then are the bytes
written: the same document and as-of date always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config

from roadmap.model.errors import RoadmapWriteError

from .facts import BoardFacts, build_facts
from .lanes import LANE_CHOICES
from .preflight import Preflight
from .renderer import (
    PAGE_SIZES,
    BoardPackError,
    BoardPackRenderer,
    SectionStart,
    register_fonts,
)
from .styles import SANS, font_path
from .text import GlyphCoverage

SECTION_CHOICES = ("full", "summary", "timeline")

rl_config.invariant = 1  # no timestamps or random ids in the file: same input, same bytes


@dataclass
class ExportResult:
    """What an export wrote: where (None for a stream), how many pages, what it changed."""

    path: Path | None
    pages: int
    warnings: list[str] = field(default_factory=list)
    size: int = 0


def export_board_pack(doc: Any, target: str | os.PathLike[str] | BinaryIO, *,
                      page_size: str = "a4", sections: str = "full",
                      as_of: dt.date | None = None, logo: str | os.PathLike[str] | None = None,
                      lanes: str = "department", analysis: Any = None) -> ExportResult:
    """Write the board pack of `doc` to a path or a binary stream.

    `sections` is 'full' (every section), 'summary' (the executive one-pager)
    or 'timeline' (the chart only); `lanes` groups the timeline by lead
    department, theme or status. Raises BoardPackError for a bad option or
    logo and RoadmapWriteError when the file cannot be written; never for
    the document's text, whatever it contains.
    """
    from .sections import SELECTIONS

    if sections not in SELECTIONS:
        raise BoardPackError(f"sections {sections!r} is not known; use one of "
                             f"{', '.join(SECTION_CHOICES)}")
    if page_size not in PAGE_SIZES:
        raise BoardPackError(f"page size {page_size!r} is not known; use one of "
                             f"{', '.join(PAGE_SIZES)}")
    if lanes not in LANE_CHOICES:
        raise BoardPackError(f"lanes {lanes!r} is not known; use one of "
                             f"{', '.join(LANE_CHOICES)}")
    as_of = as_of or dt.date.today()
    # Layout allocates hundreds of thousands of short-lived objects next to a
    # large loaded document: pausing the cyclic collector halves the time of
    # a 2,000-initiative pack. Nothing here creates reference cycles to leak.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _export(doc, target, page_size=page_size, sections=sections, as_of=as_of,
                       logo=logo, lanes=lanes, analysis=analysis)
    finally:
        if collecting:
            gc.enable()


def _export(doc: Any, target: str | os.PathLike[str] | BinaryIO, *, page_size: str,
            sections: str, as_of: dt.date, logo: str | os.PathLike[str] | None, lanes: str,
            analysis: Any) -> ExportResult:
    from ..analysis import analyse
    from .sections import ALL_SECTIONS, SELECTIONS

    register_fonts()
    preflight = Preflight(_coverage())
    analysis = analysis if analysis is not None else analyse(doc, today=as_of)
    facts = build_facts(doc, analysis, as_of, preflight)
    renderer = BoardPackRenderer(facts, preflight, page_size=page_size,
                                 logo=Path(logo) if logo is not None else None)
    renderer.lanes_by = lanes
    renderer.analysis_graph = getattr(analysis, "graph", None)
    story = []
    for name in SELECTIONS[sections]:
        flowables = ALL_SECTIONS[name](renderer)
        if flowables:
            story.extend([*flowables, _page_break()])
    if not story:
        raise BoardPackError("there is nothing to print in the chosen sections")
    story.pop()
    renderer.contents = [f.title for f in story
                         if isinstance(f, SectionStart) and f.key != "cover"]
    data, pages = renderer.render_bytes(story)
    path: Path | None = None
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        try:
            path.write_bytes(data)
        except OSError as error:
            raise RoadmapWriteError(path, error.strerror or str(error)) from None
    else:
        target.write(data)
    return ExportResult(path, pages, preflight.warnings(), len(data))


def _page_break() -> Any:
    from reportlab.platypus import PageBreak

    return PageBreak()


_coverage_cache: list[GlyphCoverage] = []


def _coverage() -> GlyphCoverage:
    if not _coverage_cache:
        _coverage_cache.append(GlyphCoverage(font_path(SANS)))
    return _coverage_cache[0]


__all__ = [
    "LANE_CHOICES",
    "PAGE_SIZES",
    "SECTION_CHOICES",
    "BoardFacts",
    "BoardPackError",
    "ExportResult",
    "export_board_pack",
]
