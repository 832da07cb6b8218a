"""The board pack renderer: page geometry, fonts, header, footer, page numbers.

A template-method renderer (after pretix's invoice renderer): fonts and the
stylesheet are registered once, margins are class attributes in millimetres,
page hooks draw the header and footer, and a numbered canvas writes
"Page X of Y" once the page count is known. Sections only produce flowables.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfdoc import Destination
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as reportlab_canvas
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from roadmap.i18n import language, translate
from roadmap.model.calendar import long_day
from roadmap.model.errors import RoadmapError
from roadmap.snapshots.trend import ChangesSince
from roadmap.views.matrix import OwnershipMatrix
from roadmap.views.timeline.model import LaneMode, TimelineData

from .. import __version__
from ..graph import RoadmapGraph
from . import styles
from .encoding import number, rgb_code, text_object
from .facts import BoardFacts
from .fonts import string_width
from .options import PageSize
from .preflight import Preflight
from .styles import SANS, SANS_BOLD, Scale
from .text import shorten


class BoardPackError(RoadmapError):
    """The pack cannot be written as asked (bad option, unreadable logo)."""


_fonts_registered = False

_PATH_OPS: dict[tuple[float, float, int], str] = reportlab_canvas.PATH_OPS  # type: ignore[attr-defined]
"""Canvas's path painting operator by (stroke, fill, fill mode), left out of its stubs."""


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF written as UTF-16.

    reportlab writes every code point as four hex digits, so an emoji copied
    or searched in the PDF comes out as another character; the glyph drawn
    is right either way. A PDF CMap maps to UTF-16BE, surrogate pairs included.
    Shaped Arabic forms map back to the letters they show, so that copying or
    searching finds the words as typed.
    """
    def utf16(code: int) -> str:
        text = chr(code)
        if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            text = unicodedata.normalize("NFKC", text)  # a shaped Arabic form: its letters
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]
    return "\n".join(lines)


def register_fonts() -> None:
    """Register the pack's TrueType fonts with reportlab, once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (SANS, SANS_BOLD, styles.SANS_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(styles.font_path(name))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD,
                                  italic=styles.SANS_ITALIC, boldItalic=SANS_BOLD)
    _fonts_registered = True


class NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end to print "Page X of Y".

    Bookmarks are deferred with their page, because a held-back page gets
    its PDF page number only when it is finally shown.
    """

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[Any, ...]] = []

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        """Draw text in visual order, each run in a font that has its glyphs (override)."""
        self._readable(x, y, text, 0.0)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        """Right-aligned drawString with the same runs (override)."""
        self._readable(x, y, text, 1.0)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any,
                          **kwargs: Any) -> None:
        """Centred drawString with the same runs (override)."""
        self._readable(x, y, text, 0.5)

    def stringWidth(self, text: str, fontName: str | None = None,
                    fontSize: float | None = None) -> float:
        """The width of `text` as drawn, fallback runs included (override)."""
        font = fontName or self._fontname  # type: ignore[attr-defined]
        size = self._fontsize if fontSize is None else fontSize  # type: ignore[attr-defined]
        return string_width(text, font, size)

    # The pack sets colours, widths and rectangles tens of thousands of times,
    # in a handful of colours and on the same few coordinates: the overrides
    # below write what Canvas writes, with each colour and number formatted once.
    # (types-reportlab leaves Canvas's _code and _fillMode out.)

    def setFillColor(self, aColor: Any, alpha: float | None = None) -> None:
        """Set the fill colour; an opaque one without transparency state (override).

        reportlab records an alpha of 1 for every opaque Color it is given, a
        lookup and a PDF-version check per call; the pack never draws
        anything translucent.
        """
        rgb = self._opaque(aColor, alpha)
        if rgb is None:
            super().setFillColor(aColor, alpha)
            return
        self._fillColorObj = rgb
        self._code.append(f"{rgb_code(rgb)} rg")  # type: ignore[attr-defined]

    def setStrokeColor(self, aColor: Any, alpha: float | None = None) -> None:
        """Set the stroke colour; an opaque one without transparency state (override)."""
        rgb = self._opaque(aColor, alpha)
        if rgb is None:
            super().setStrokeColor(aColor, alpha)
            return
        self._strokeColorObj = rgb
        self._code.append(f"{rgb_code(rgb)} RG")  # type: ignore[attr-defined]

    def _opaque(self, colour: Any, alpha: float | None) -> tuple[float, float, float] | None:
        """The (red, green, blue) of a plain opaque Color this canvas may write directly."""
        if (alpha is None and type(colour) is Color and colour.alpha == 1
                and not self._enforceColorSpace):  # type: ignore[attr-defined]
            return (colour.red, colour.green, colour.blue)
        return None

    def setLineWidth(self, width: float) -> None:
        """Set the line width (override)."""
        self._lineWidth = width
        self._code.append(f"{number(width)} w")  # type: ignore[attr-defined]

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        """A straight line in the current stroke (override)."""
        self._code.append(  # type: ignore[attr-defined]
            f"n {number(x1)} {number(y1)} m {number(x2)} {number(y2)} l S")

    def rect(self, x: float, y: float, width: float, height: float, stroke: float = 1,
             fill: float = 0) -> None:
        """A rectangle, lower left corner at (x, y) (override)."""
        self._code.append(  # type: ignore[attr-defined]
            f"n {number(x)} {number(y)} {number(width)} {number(height)} re "
            + _PATH_OPS[stroke, fill, self._fillMode])  # type: ignore[attr-defined]

    def _readable(self, x: float, y: float, text: str, anchor: float) -> None:
        # The canvas's current font; types-reportlab leaves these private attributes out.
        font, size = self._fontname, self._fontsize  # type: ignore[attr-defined]
        self.addLiteral(text_object(self, x, y, text, font, size, anchor))

    def bookmarkPage(self, key: Any, fit: str = "Fit", left: Any = None, top: Any = None,
                     bottom: Any = None, right: Any = None, zoom: Any = None) -> Destination:
        """Remember a bookmark for this page; set it when the page is shown (override).

        Returns the bookmark's destination, as Canvas does; it is bound to its
        page when the held-back page is finally shown.
        """
        self._page_bookmarks.append((key, fit, left, top, bottom, right, zoom))
        # Canvas's own lookup of a named destination; private, so not in types-reportlab.
        destination: Destination = self._bookmarkReference(key)  # type: ignore[attr-defined]
        return destination

    def showPage(self) -> None:
        """Hold the finished page back until the page count is known (override)."""
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # private in reportlab, not in its stubs
        self._page_bookmarks = []

    def save(self) -> None:
        """Number every held page, show it, then write the file (override)."""
        total = len(self._held)
        for page, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            for bookmark in self._page_bookmarks:
                Canvas.bookmarkPage(self, *bookmark)
            self._footer(self, page, total)
            Canvas.showPage(self)
        Canvas.save(self)


class SectionStart(Flowable):
    """An invisible mark: starts a section, names it in the header and the outline."""

    def __init__(self, renderer: BoardPackRenderer, key: str, title: str) -> None:
        super().__init__()
        self.renderer = renderer
        self.key = key
        self.title = title
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take no space (Flowable.wrap)."""
        return 0, 0

    def draw(self) -> None:
        """Bookmark this page and add the outline entry (Flowable.draw)."""
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=False)
        self.renderer.current_section = self.title
        self.renderer.current_key = self.key


class BoardPackRenderer:
    """Lays out a board pack from BoardFacts on landscape pages."""

    margin_left_mm = 14
    margin_right_mm = 14
    margin_top_mm = 19
    margin_bottom_mm = 15
    header_baseline_mm = 10.5
    footer_baseline_mm = 7

    def __init__(self, facts: BoardFacts, preflight: Preflight, *,
                 page_size: PageSize = PageSize.A4, logo: Path | None = None) -> None:
        register_fonts()
        self.facts = facts
        self.preflight = preflight
        self.page_width, self.page_height = page_size.points
        self.logo = _read_logo(logo) if logo is not None else None
        self.styles = styles.stylesheet()
        self.current_section = ""
        self.current_key = ""
        self.contents: list[str] = []
        """Titles of the sections after the cover, for its contents list (set before render)."""
        self.analysis_graph: RoadmapGraph = nx.MultiDiGraph()
        """The graph the analysis read (the dependency map draws it)."""
        self.lanes_by = LaneMode.DEPARTMENT
        self.timeline: TimelineData | None = None
        """The timeline view model the app draws too (lanes, their order and members)."""
        self.matrix: OwnershipMatrix | None = None
        """The ownership matrix view model the app and the presentation draw too."""
        self.on_page: Callable[[int], None] = lambda _number: None
        """Told each page number as the page is laid out (for progress; may raise to stop)."""
        self.changes: ChangesSince | None = None
        """What changed since the snapshot the pack compares with (None: no such page)."""

    # --- geometry --------------------------------------------------------------

    @property
    def margin_left(self) -> float:
        """Left margin in points."""
        return self.margin_left_mm * mm

    @property
    def margin_bottom(self) -> float:
        """Bottom margin in points."""
        return self.margin_bottom_mm * mm

    @property
    def frame_width(self) -> float:
        """Width of the content frame in points."""
        return self.page_width - (self.margin_left_mm + self.margin_right_mm) * mm

    @property
    def frame_height(self) -> float:
        """Height of the content frame in points (the frame has no padding)."""
        return self.page_height - (self.margin_top_mm + self.margin_bottom_mm) * mm

    # --- output ----------------------------------------------------------------

    def render(self, story: Sequence[Flowable], target: BinaryIO) -> int:
        """Write the pack to `target`; return the number of pages."""
        facts = self.facts
        doc = BaseDocTemplate(
            target,
            pagesize=(self.page_width, self.page_height),
            leftMargin=self.margin_left, rightMargin=self.margin_right_mm * mm,
            topMargin=self.margin_top_mm * mm, bottomMargin=self.margin_bottom,
            title=facts.title, author=facts.author or facts.organisation,
            subject=translate("BoardPack", "E-commerce roadmap board pack, as of {date}").format(
                date=long_day(facts.as_of)),
            creator=f"Crossroads {__version__}", producer=f"Crossroads {__version__}",
            keywords=["roadmap", "board pack", facts.organisation],
            invariant=1, pageCompression=1, initialFontName=SANS,
            lang=language(),
        )
        frame = Frame(self.margin_left, self.margin_bottom, self.frame_width, self.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("content", [frame], onPageEnd=self.draw_header)])
        pages: list[int] = []

        def footer(canvas: Canvas, number: int, total: int) -> None:
            self.draw_footer(canvas, number, total)
            pages.append(total)

        def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            kwargs["initialFontName"] = SANS  # never the unembedded Helvetica
            canvas = NumberedCanvas(*args, footer=footer, **kwargs)
            canvas.setAuthor(facts.author or facts.organisation)
            canvas.showOutline()
            return canvas

        doc.build(list(story), canvasmaker=make_canvas)
        return pages[-1] if pages else 0

    def render_bytes(self, story: Sequence[Flowable]) -> tuple[bytes, int]:
        """The pack as bytes, and its page count."""
        buffer = io.BytesIO()
        pages = self.render(story, buffer)
        return buffer.getvalue(), pages

    # --- page furniture --------------------------------------------------------

    def draw_header(self, canvas: Canvas, doc: Any) -> None:
        """Logo, roadmap title and the section name above a hairline (page hook)."""
        self.on_page(doc.page)
        canvas.saveState()
        left = self.margin_left
        right = self.page_width - self.margin_right_mm * mm
        base = self.page_height - self.header_baseline_mm * mm
        x = left
        if self.logo is not None and self.current_key != "cover":  # the cover shows it large
            image, (w, h) = self.logo
            height = 6 * mm
            wide = min(height * w / h, 30 * mm)
            canvas.drawImage(image, x, base - 1.5 * mm, wide, height,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
            x += wide + 3 * mm
        section = self.current_section
        canvas.setFont(SANS, Scale.SMALL)
        canvas.setFillColor(styles.MUTED)
        section_width = pdfmetrics.stringWidth(section, SANS, Scale.SMALL)
        canvas.drawRightString(right, base, section)
        canvas.setFont(SANS_BOLD, Scale.SMALL)
        canvas.setFillColor(styles.ACCENT)
        room = right - x - section_width - 8 * mm
        canvas.drawString(x, base, self.fit(self.facts.title, room, SANS_BOLD, Scale.SMALL,
                                            "page header"))
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        line_y = base - 3 * mm
        canvas.line(left, line_y, right, line_y)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        """Confidentiality, as-of date, organisation and "Page X of Y" (numbered canvas)."""
        canvas.saveState()
        left = self.margin_left
        right = self.page_width - self.margin_right_mm * mm
        base = self.footer_baseline_mm * mm
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, base + 4 * mm, right, base + 4 * mm)
        page = translate("BoardPack", "Page {number} of {total}").format(number=number,
                                                                          total=total)
        canvas.setFont(SANS, Scale.FOOTER)
        canvas.setFillColor(styles.MUTED)
        canvas.drawRightString(right, base, page)
        middle = translate("BoardPack", "As of {date}").format(date=long_day(self.facts.as_of))
        if self.facts.organisation:
            middle = f"{self.facts.organisation} · {middle}"
        third = (right - left) / 3
        canvas.drawCentredString(
            (left + right) / 2, base,
            self.fit(middle, third - 4 * mm, SANS, Scale.FOOTER, "page footer"),
        )
        canvas.setFont(SANS_BOLD, Scale.FOOTER)
        canvas.setFillColor(styles.ACCENT)
        canvas.drawString(left, base, self.fit(
            self.facts.confidentiality.upper(), third - 4 * mm, SANS_BOLD, Scale.FOOTER,
            "page footer",
        ))
        canvas.restoreState()

    # --- helpers for sections --------------------------------------------------

    def fit(self, text: str, max_width: float, font: str, size: float, where: str) -> str:
        """`text` shortened to `max_width` with an ellipsis; the pre-flight hears of it."""
        shown = shorten(text, max_width, font, size)
        self.preflight.note_shortened(where, text, shown)
        return shown

    def section_start(self, key: str, title: str) -> SectionStart:
        """The invisible flowable that opens a section (bookmark, outline, header)."""
        return SectionStart(self, key, title)


def _read_logo(path: Path) -> tuple[ImageReader, tuple[int, int]]:
    """The logo image and its pixel size; BoardPackError when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise BoardPackError(translate("BoardPack", "logo {path} does not exist or is not a "
                                       "file").format(path=path))
    try:
        image = ImageReader(str(path))
        size = image.getSize()
    except Exception:  # reportlab/PIL raise many types for a bad image
        raise BoardPackError(translate("BoardPack", "logo {path} is not a readable image (use "
                                       "PNG or JPEG)").format(path=path)) from None
    if not size[0] or not size[1]:
        raise BoardPackError(translate("BoardPack", "logo {path} has no pixels").format(
            path=path))
    return image, size
