"""Flowables the sections share: the section heading, a full page, a fast splitting table.

The grid table draws pre-wrapped text straight onto the canvas: thousands of
rows (the appendix of a 2,000-initiative roadmap) lay out in a fraction of
the time Platypus tables of Paragraphs take, every cell is wrapped or
shortened to its column (nothing clipped), and the header row repeats on
every page the table continues on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from . import styles
from . import text as text_metrics
from .encoding import PathOps, TextOps, encoder, number, rgb_code, text_object
from .fonts import runs, string_width
from .styles import SANS, SANS_BOLD, SANS_ITALIC, Scale
from .text import shorten, wrap

if TYPE_CHECKING:
    from .renderer import BoardPackRenderer

HEADING_HEIGHT = 46.0
"""Points a section heading takes at the top of a page (title, message, gap)."""


class Heading(Flowable):
    """A section's title and its one-line key message, at a fixed height."""

    def __init__(self, renderer: BoardPackRenderer, title: str, message: str = "") -> None:
        super().__init__()
        self.renderer = renderer
        self.title = title
        self.message = message

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Full width, fixed height (Flowable.wrap)."""
        self.width = avail_width
        return avail_width, HEADING_HEIGHT

    def draw(self) -> None:
        """Title in the accent colour, the message below in muted ink (Flowable.draw)."""
        canv = self.canv
        r = self.renderer
        canv.setFillColor(styles.ACCENT)
        canv.setFont(SANS_BOLD, Scale.H1)
        top = HEADING_HEIGHT - Scale.H1
        canv.drawString(0, top, r.fit(self.title, self.width, SANS_BOLD, Scale.H1, "heading"))
        if self.message:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.LEAD)
            canv.drawString(0, top - Scale.LEAD * 1.6, r.fit(
                self.message, self.width, SANS, Scale.LEAD, "section key message"))


class FullPage(Flowable):
    """A page drawn straight onto the canvas, filling the rest of the frame (cover, summaries).

    Subclasses implement `draw` and title their blocks with `block_title`.
    """

    def __init__(self, renderer: BoardPackRenderer) -> None:
        super().__init__()
        self.r = renderer

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The rest of the frame, a point short so rounding never pushes it to a new page
        (Flowable.wrap)."""
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def block_title(self, x: float, top: float, width: float, text: str) -> float:
        """Draw a block's title over a hairline `width` wide; return the y its body starts at."""
        canv = self.canv
        canv.setFillColor(styles.ACCENT)
        canv.setFont(SANS_BOLD, Scale.H3)
        canv.drawString(x, top - Scale.H3, text)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(x, top - Scale.H3 - 4, x + width, top - Scale.H3 - 4)
        return top - Scale.H3 - 12


def draw_badge(canv: Canvas, x: float, baseline: float, text: str, *,
               fill: Color = styles.INK, ink: Color = styles.PAPER,
               size: float = Scale.CAPTION) -> float:
    """A small rounded label (e.g. 'IT ALONE') starting at x; returns its width."""
    width = canv.stringWidth(text, SANS_BOLD, size) + size * 0.9
    canv.saveState()
    canv.setFillColor(fill)
    canv.roundRect(x, baseline - size * 0.3, width, size * 1.3, size * 0.3, stroke=0, fill=1)
    canv.setFillColor(ink)
    canv.setFont(SANS_BOLD, size)
    canv.drawString(x + size * 0.45, baseline, text)
    canv.restoreState()
    return width


def placed(x: float, text: str, font: str, size: float,
           align: str = "left") -> list[tuple[float, str, str]]:
    """`text` as (x, piece, font) runs in visual order, starting, ending or centred at x.

    One run for plain text; right-to-left text reordered and every run in a
    font that has its glyphs, each starting where the one before ends.
    """
    if not text:
        return []
    if align != "left":
        shift = text_metrics.width(text, font, size)
        x -= shift if align == "right" else shift / 2
    if text.isascii():
        return [(x, text, font)]
    pieces: list[tuple[float, str, str]] = []
    for name, piece in runs(text_metrics.visual(text), font):
        if pieces:
            x += stringWidth(pieces[-1][1], pieces[-1][2], size)
        pieces.append((x, piece, name))
    return pieces


class TextBatch:
    """Text lines gathered and written as one PDF text object.

    A canvas.drawString per line costs a text object, a colour and a font
    each time; for the thousands of lines of a large pack, one text object
    switching font and colour only when they change is several times faster.
    """

    def __init__(self) -> None:
        self.items: list[tuple[float, float, str, str, float, Color]] = []

    def add(self, x: float, y: float, text: str, font: str, size: float, ink: Color,
            align: str = "left") -> None:
        """Queue `text` with its baseline at y, starting (or ending, or centred) at x."""
        if align == "left" and text.isascii():  # most lines: one run where it starts
            if text:
                self.items.append((x, y, text, font, size, ink))
            return
        self.items.extend((at, y, piece, name, size, ink)
                          for at, piece, name in placed(x, text, font, size, align))

    def draw(self, canv: Canvas) -> None:
        """Write every queued line, then forget them."""
        if not self.items:
            return
        ops = TextOps(encoder(canv))
        ops.lines(self.items)  # in reading order, for copy and search
        canv.addLiteral(ops.code())
        self.items = []


def subsection(r: BoardPackRenderer, heading: Flowable, table: GridTable,
               min_start: float = 100.0) -> list[Flowable]:
    """A titled table after other content, never leaving a few orphan rows on a page.

    A table up to half a page tall moves whole, with its title, to the next
    page when it does not fit here; a longer one starts here if `min_start`
    points are left and splits with balanced pages.
    """
    _, height = table.wrap(r.frame_width, r.frame_height)
    if height <= r.frame_height / 2:
        return [Spacer(1, 12), KeepTogether([heading, table])]
    return [Spacer(1, 12), CondPageBreak(min_start), heading, table]


# --- the grid table -----------------------------------------------------------

NORMAL, BOLD, MUTED_TEXT, ITALIC = "normal", "bold", "muted", "italic"
_PART_FONTS = {NORMAL: SANS, BOLD: SANS_BOLD, MUTED_TEXT: SANS, ITALIC: SANS_ITALIC}


@dataclass
class Column:
    """A grid column: heading, relative width, alignment, and a line limit per part."""

    title: str
    width: float
    align: str = "left"
    max_lines: int | None = 4
    rotate: bool = False
    """Print the heading upwards (narrow columns such as the matrix's departments)."""


@dataclass
class Cell:
    """A cell of styled parts (bold title, then muted detail), an optional fill and badge."""

    parts: list[tuple[str, str]]
    fill: Color | None = None
    ink: Color | None = None
    badge: str = ""
    badge_fill: Color | None = None
    align: str | None = None


@dataclass
class Group:
    """A full-width row naming the group of rows that follows (a lead department)."""

    title: str
    colour: Color | None = None
    note: str = ""


_Line = tuple[str, str]
"""One printed line of a cell: its text and the style of the part it comes from."""


_Text = tuple[float, int, str, str, Color]
"""A piece of text a row prints: its x, its line (0 the first), text, font and ink."""

_Mark = tuple[float, float, "Color | None", str, "Color | None"]
"""A cell's fill or badge: the cell's x and width, its fill, badge text and badge fill."""


class _Drawn(NamedTuple):
    """What one distinct cell draws in its column, worked out once for every row it is in."""

    lines: int
    """How many lines it prints."""
    cuts: list[tuple[str, str]]
    """The parts shortened to fit, as shown (the pre-flight hears of each use)."""
    texts: tuple[_Text, ...]
    mark: _Mark | None
    cell: Cell
    """The cell drawn, kept so that the colours its key names by identity stay alive."""


@dataclass
class _Row:
    height: float = 0.0
    group: Group | None = None
    texts: Sequence[_Text] = ()
    marks: Sequence[_Mark] = ()
    lines: int = 1
    cells: Sequence[tuple[Cell, Sequence[_Line]]] = ()
    """The header's cells and their lines (a body row keeps only what it draws)."""


GridRow = Sequence["str | Cell"] | Group

_PAPER_RGB = (styles.PAPER.red, styles.PAPER.green, styles.PAPER.blue)
_SIZE = Scale.SMALL
_LEADING = Scale.SMALL * 1.25
_PAD_X = 3.0
_PAD_Y = 2.6
_GROUP_HEIGHT = 15.0
_ROTATED_MAX = 72.0


def make_room(columns: list[Column], index: int, texts: Sequence[str], table_width: float,
              donor: int, font: str = SANS_BOLD) -> None:
    """Widen column `index` (taking from column `donor`) so the widest of `texts` fits one line.

    Nothing changes when it fits already (as the English texts do); a longer
    translation ('1,2 Mio. €', 'AKZEPTIERT') gets the room instead of being cut.
    """
    total = sum(c.width for c in columns)
    have = columns[index].width * table_width / total
    need = max((string_width(t, font, _SIZE) for t in texts), default=0.0) + 2 * _PAD_X
    if need <= have:
        return
    extra = (need - have) * total / table_width
    extra = min(extra, columns[donor].width * 0.5)
    columns[index].width += extra
    columns[donor].width -= extra


class GridTable(Flowable):
    """A table of wrapped text that splits across pages and repeats its header."""

    def __init__(self, renderer: BoardPackRenderer, columns: Sequence[Column],
                 rows: Sequence[GridRow], *, where: str, width: float | None = None,
                 zebra: bool = True, quiet: bool = False,
                 _prepared: list[_Row] | None = None, _header: _Row | None = None) -> None:
        super().__init__()
        self.renderer = renderer
        self.columns = list(columns)
        self.where = where
        self.zebra = zebra
        self.quiet = quiet
        """Shortened cells are expected (a compact listing): no warning per cell."""
        self.table_width = width or renderer.frame_width
        total = sum(c.width for c in self.columns)
        self.widths = [c.width * self.table_width / total for c in self.columns]
        self.lefts: list[float] = []
        """Each column's left edge."""
        left = 0.0
        for width in self.widths:
            self.lefts.append(left)
            left += width
        self._drawn: dict[tuple[object, ...], _Drawn] = {}
        """Each distinct cell's drawing, by column (see `_prepare`)."""
        self.header = _header or self._prepare_header()
        self.rows = _prepared if _prepared is not None else [self._prepare(r) for r in rows]
        self._height: float | None = None
        self._text = TextBatch()
        self._paths = PathOps()

    # --- layout ----------------------------------------------------------------

    def _prepare_header(self) -> _Row:
        cells: list[tuple[Cell, Sequence[_Line]]] = []
        height = _LEADING + 2 * _PAD_Y
        for column, width in zip(self.columns, self.widths, strict=True):
            if column.rotate:  # upward lines side by side, as many as the column holds
                fit = max(1, int((width - 2) // _LEADING))
                lines, cut = wrap(column.title, _ROTATED_MAX, SANS_BOLD, _SIZE, fit)
                if cut:
                    self.renderer.preflight.note_shortened(f"{self.where} header",
                                                           column.title, " ".join(lines))
                cells.append((Cell([(column.title, BOLD)]), [(t, BOLD) for t in lines]))
                longest = max(text_metrics.width(t, SANS_BOLD, _SIZE) for t in lines)
                height = max(height, longest + 2 * _PAD_Y + 2)
                continue
            lines, cut = wrap(column.title, width - 2 * _PAD_X, SANS_BOLD, _SIZE, 3)
            if cut:
                self.renderer.preflight.note_shortened(f"{self.where} header", column.title,
                                                       " ".join(lines))
            cells.append((Cell([(column.title, BOLD)]), [(t, BOLD) for t in lines]))
            height = max(height, len(lines) * _LEADING + 2 * _PAD_Y)
        return _Row(height, cells=cells)

    def _prepare(self, row: GridRow) -> _Row:
        """A body row: the texts and marks of its cells, each distinct cell worked out once.

        Owners, sponsors, statuses and matrix letters recur down a long
        table; a repeat is looked up, and still reported to the pre-flight
        when it was shortened, as every shortened cell is. A cell's colours
        count by identity (a Color hashes in Python, thousands of times in
        a matrix); the pack takes its colours from cached palettes.
        """
        if isinstance(row, Group):
            return _Row(group=row, height=_GROUP_HEIGHT)
        if len(row) != len(self.columns):
            raise ValueError(f"{self.where}: a row of {len(row)} cells in {len(self.columns)} "
                             "columns")
        texts: list[_Text] = []
        marks: list[_Mark] = []
        lines_max = 1
        for index, value in enumerate(row):
            if isinstance(value, str):
                if not value:  # most of a large matrix: nothing to measure or draw
                    continue
                key: tuple[object, ...] = (index, value)
            else:
                key = (index, *value.parts, value.badge, value.align, id(value.ink),
                       id(value.fill), id(value.badge_fill))
            drawn = self._drawn.get(key)
            if drawn is None:
                cell = value if isinstance(value, Cell) else Cell([(value, NORMAL)])
                drawn = self._drawn[key] = self._draw_cell(index, cell)
            lines, cuts, cell_texts, mark, _ = drawn
            if cuts and not self.quiet:
                for text, shown in cuts:
                    self.renderer.preflight.note_shortened(self.where, text, shown)
            texts.extend(cell_texts)
            if mark is not None:
                marks.append(mark)
            if lines > lines_max:
                lines_max = lines
        return _Row(lines_max * _LEADING + 2 * _PAD_Y, texts=texts, marks=marks or (),
                    lines=lines_max)

    def _draw_cell(self, index: int, cell: Cell) -> _Drawn:
        """What `cell` draws in column `index`: its lines placed, its fill and badge."""
        column, width, x = self.columns[index], self.widths[index], self.lefts[index]
        lines, cuts = self._fit_cell(column, width, cell)
        mark = None
        if cell.fill is not None or cell.badge:
            mark = (x, width, cell.fill, cell.badge, cell.badge_fill)
        align = cell.align or column.align
        text_x = x + _PAD_X
        if cell.badge:
            text_x += self.renderer_badge_width(cell.badge) + 3
        texts: list[_Text] = []
        for line, (text, style) in enumerate(lines):
            font = _PART_FONTS[style]
            if cell.ink is not None:
                ink = cell.ink
            else:
                ink = styles.MUTED if style == MUTED_TEXT else styles.INK
            if align == "right":
                pieces = placed(x + width - _PAD_X, text, font, _SIZE, "right")
            elif align == "center":
                pieces = placed(x + width / 2, text, font, _SIZE, "center")
            else:
                pieces = placed(text_x if line == 0 else x + _PAD_X, text, font, _SIZE)
            for at, piece, name in pieces:
                texts.append((at, line, piece, name, ink))
        return _Drawn(len(lines), cuts, tuple(texts), mark, cell)

    def _fit_cell(self, column: Column, width: float,
                  cell: Cell) -> tuple[tuple[_Line, ...], list[tuple[str, str]]]:
        """`cell`'s parts wrapped or shortened to the column; the parts cut, as shown."""
        room = width - 2 * _PAD_X
        badge_room = 0.0
        if cell.badge:
            badge_room = self.renderer_badge_width(cell.badge) + 3
        lines: list[_Line] = []
        cuts: list[tuple[str, str]] = []
        for index, (text, style) in enumerate(cell.parts):
            if not text:
                continue
            font = _PART_FONTS[style]
            first_room = room - badge_room if index == 0 else room
            if column.max_lines == 1:
                single = shorten(" ".join(text.split()), first_room, font, _SIZE)
                # A no-break space (German '1,2 Mio. €') prints as a space: no cut.
                if single != text.replace("\u00a0", " "):
                    cuts.append((text, single))
                lines.append((single, style))
                continue
            wrapped, cut = wrap(text, first_room, font, _SIZE, column.max_lines)
            if cut:
                cuts.append((text, " ".join(wrapped)))
            for line in wrapped:
                lines.append((line, style))
        return tuple(lines), cuts

    @staticmethod
    def renderer_badge_width(text: str) -> float:
        """Width a badge of `text` takes in a cell."""
        return text_metrics.width(text, SANS_BOLD, Scale.CAPTION) + Scale.CAPTION * 0.9

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The table's full size (Flowable.wrap)."""
        self.width = self.table_width
        if self._height is None:
            self._height = self.header.height + sum(r.height for r in self.rows)
        self.height = self._height
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Rows that fit here, and the rest under a repeated header (Flowable.split).

        Each part is told its height: a long table splits once per page, and
        summing the rows left each time would cost the square of its length.
        """
        self.wrap(avail_width, avail_height)
        assert self._height is not None
        used = self.header.height
        count = 0
        for row in self.rows:
            if used + row.height > avail_height:
                break
            used += row.height
            count += 1
        while count and self.rows[count - 1].group is not None:
            count -= 1  # never leave a group title alone at the foot of a page
            used -= self.rows[count].height
        if count == 0:
            return []
        rows_height = self._height - self.header.height
        here = used - self.header.height
        balanced, here = self._balanced(count, here, rows_height - here, avail_height)
        parts: list[Flowable] = [self._part(self.rows[:balanced], here)]
        if balanced < count:
            parts.append(PageBreak())  # the rest must start the next page, not refill this one
        return [*parts, self._part(self.rows[balanced:], rows_height - here)]

    def _balanced(self, count: int, here: float, rest: float,
                  page_height: float) -> tuple[int, float]:
        """Fewer rows here when otherwise only a sliver of the table would end the next page.

        When the rest fits on one more page but would fill less than a third
        of it, rows move over until it fills a third (or half the two pages).
        Given the first `count` rows and their height `here`, and the height
        of the `rest`; returns the rows to keep here and their height.
        """
        if rest + self.header.height > page_height:
            return count, here
        target = min(page_height / 3, (rest + here) / 2)
        while count > 1 and rest < target:
            count -= 1
            rest += self.rows[count].height
            here -= self.rows[count].height
        while count > 1 and self.rows[count - 1].group is not None:
            count -= 1
            here -= self.rows[count].height
        return count, here

    def _part(self, rows: list[_Row], rows_height: float) -> GridTable:
        part = GridTable(self.renderer, self.columns, (), where=self.where,
                         width=self.table_width, zebra=self.zebra, quiet=self.quiet,
                         _prepared=rows, _header=self.header)
        part._height = self.header.height + rows_height
        return part

    # --- drawing ---------------------------------------------------------------

    def draw(self) -> None:
        """Header band, then every row top-down (Flowable.draw).

        Fills and rules gather in one PathOps, text in one TextBatch; the
        paths are written out before anything drawn through the canvas
        (group rows, badges, upright headings) so the page keeps their order.
        """
        canv = self.canv
        self._text = TextBatch()
        self._paths = PathOps()
        y = self._draw_header(canv, self.header, self.height)
        shade = False
        for row in self.rows:
            if row.group is not None:
                self._paths.flush(canv)
                y = self._draw_group(canv, row, y)
                shade = False
                continue
            y = self._draw_row(canv, row, y, shade=shade and self.zebra)
            shade = not shade
        self._paths.stroke(styles.RULE, 0.5)
        self._paths.line(0, y, self.width, y)
        self._paths.flush(canv)
        self._text.draw(canv)

    def _draw_group(self, canv: Canvas, row: _Row, top: float) -> float:
        group = row.group
        assert group is not None
        bottom = top - row.height
        canv.setFillColor(styles.PAPER)
        canv.rect(0, bottom, self.width, row.height, stroke=0, fill=1)
        x = 0.0
        if group.colour is not None:
            canv.setFillColor(group.colour)
            canv.rect(0, bottom + 3, 4, row.height - 5, stroke=0, fill=1)
            x = 8.0
        canv.setFillColor(styles.ACCENT)
        canv.setFont(SANS_BOLD, Scale.BODY)
        baseline = bottom + 4.5
        title = self.renderer.fit(group.title, self.width * 0.6, SANS_BOLD, Scale.BODY,
                                  f"{self.where} group")
        canv.drawString(x, baseline, title)
        if group.note:
            canv.setFillColor(styles.MUTED)
            canv.setFont(SANS, Scale.SMALL)
            start = x + canv.stringWidth(title, SANS_BOLD, Scale.BODY) + 8
            canv.drawString(start, baseline, self.renderer.fit(
                group.note, self.width - start, SANS, Scale.SMALL, f"{self.where} group"))
        canv.setStrokeColor(styles.ACCENT)
        canv.setLineWidth(0.8)
        canv.line(0, bottom + 1, self.width, bottom + 1)
        return bottom

    def _draw_row(self, canv: Canvas, row: _Row, top: float, *, shade: bool) -> float:
        """A body row below `top`: shade, cell fills and badges, its texts; returns its bottom."""
        bottom = top - row.height
        paths = self._paths
        if shade:
            paths.fill_colour(styles.SHADE)
            paths.rect(0, bottom, self.width, row.height)
        baseline = top - _PAD_Y - _SIZE
        for x, width, fill, badge, badge_fill in row.marks:
            if fill is not None:
                paths.fill_colour(fill)
                paths.rect(x + 1, bottom + 1, width - 2, row.height - 2)
            if badge:
                paths.flush(canv)
                draw_badge(canv, x + _PAD_X, baseline, badge, fill=badge_fill or styles.INK)
        if row.texts:
            baselines = [baseline]
            for _ in range(1, row.lines):
                baseline -= _LEADING
                baselines.append(baseline)
            self._text.items.extend([(x, baselines[line], text, font, _SIZE, ink)
                                     for x, line, text, font, ink in row.texts])
        paths.stroke(styles.RULE, 0.3)
        paths.line(0, bottom, self.width, bottom)
        return bottom

    def _draw_header(self, canv: Canvas, row: _Row, top: float) -> float:
        """The header band and its headings (upright or rotated); returns its bottom."""
        bottom = top - row.height
        paths = self._paths
        paths.fill_colour(styles.ACCENT)
        paths.rect(0, bottom, self.width, row.height)
        x = 0.0
        for (_cell, lines), column, width in zip(row.cells, self.columns, self.widths,
                                                 strict=True):
            baseline = top - _PAD_Y - _SIZE
            if column.rotate:
                # Each line upwards, written as saveState, translate, rotate(90),
                # setFillColor, drawString and restoreState write it (the translation
                # and the quarter turn in one matrix), in one piece: a matrix repeats
                # these headings on every page.
                paths.flush(canv)
                first = x + width / 2 - (len(lines) - 1) * _LEADING / 2 + _SIZE * 0.35
                up_y = number(bottom + _PAD_Y + 1)
                for index, line in enumerate(lines):
                    shown = text_object(canv, 0, 0, line[0], SANS_BOLD, _SIZE)
                    canv.addLiteral(f"q\n0 1 -1 0 {number(first + index * _LEADING)} {up_y} cm"
                                    f"\n{rgb_code(_PAPER_RGB)} rg\n{shown}\nQ")
                x += width
                continue
            for text, style in lines:
                font = _PART_FONTS[style]
                if column.align == "right":
                    self._text.add(x + width - _PAD_X, baseline, text, font, _SIZE,
                                   styles.PAPER, "right")
                elif column.align == "center":
                    self._text.add(x + width / 2, baseline, text, font, _SIZE, styles.PAPER,
                                   "center")
                else:
                    self._text.add(x + _PAD_X, baseline, text, font, _SIZE, styles.PAPER)
                baseline -= _LEADING
            x += width
        return bottom
