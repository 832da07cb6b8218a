"""The board pack's own flowables: the grid table's headers and page splits, headings, text.

Unit tests on a renderer prepared for an empty roadmap: a heading too
long for its column is shortened and reported, a group title never ends a
page alone, and the small drawing helpers draw nothing when given nothing.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak

from roadmap.boardpack import BoardPackOptions, styles
from roadmap.boardpack.export import prepare
from roadmap.boardpack.flowables import Column, GridTable, Group, Heading, TextBatch
from roadmap.boardpack.renderer import BoardPackRenderer
from roadmap.boardpack.styles import SANS
from roadmap.services.document import Document

COLUMNS = [Column("Initiative", 3), Column("Lead", 1)]


@pytest.fixture
def renderer() -> BoardPackRenderer:
    """A renderer with facts of an empty roadmap (A4, as of 1 March 2027)."""
    doc = Document.in_memory()
    try:
        return prepare(doc, BoardPackOptions(as_of=dt.date(2027, 3, 1)))
    finally:
        doc.close()


def _drawn(width: float, height: float, *flowables: object) -> str:
    """The text a PDF page shows after drawing `flowables` from its top left corner."""
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(width, height))
    for flowable in flowables:
        _w, h = flowable.wrap(width, height)  # type: ignore[attr-defined]
        flowable.drawOn(canv, 0, height - h)  # type: ignore[attr-defined]
    canv.showPage()
    canv.save()
    return PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text() or ""


def _kinds(table: object) -> list[str]:
    return ["group" if row.group else "row" for row in table.rows]  # type: ignore[attr-defined]


def test_a_heading_too_long_for_its_column_is_shortened_and_reported(
        renderer: BoardPackRenderer) -> None:
    """Past three lines (or the rotated room) a column heading is cut and the pre-flight told."""
    long = "Accountable executive sponsor of the initiative and their department and deputy"
    columns = [Column(long, 1), Column("Budget", 8),
               Column("Customer service and fulfilment operations", 0.3, rotate=True)]
    GridTable(renderer, columns, [("a", "b", "c")], where="probe")
    shortened = renderer.preflight.shortened
    assert ("probe header", long) in shortened
    assert shortened[("probe header", long)] != long
    assert ("probe header", "Customer service and fulfilment operations") in shortened
    assert not any(original == "Budget" for _where, original in shortened)


def test_a_group_title_never_ends_a_page_alone(renderer: BoardPackRenderer) -> None:
    """When balancing would leave a group title last on the page, it moves with its rows."""
    rows = [("Checkout", "Sales"), Group("IT"), ("Hosting", "IT"), ("Backups", "IT")]
    table = GridTable(renderer, COLUMNS, rows, where="probe")
    table.wrap(500, 1000)
    row = table.rows[0].height
    parts = table.split(500, table.header.height + 3 * row + 1)
    assert len(parts) == 3 and isinstance(parts[1], PageBreak)
    assert _kinds(parts[0]) == ["row"]
    assert _kinds(parts[2]) == ["group", "row", "row"]
    assert parts[2].header is table.header  # the header repeats on the next page


def test_nothing_is_split_off_when_only_a_group_title_would_fit(
        renderer: BoardPackRenderer) -> None:
    """A page with room for a group title but none of its rows takes nothing of the table."""
    table = GridTable(renderer, COLUMNS, [Group("Sales"), ("Checkout", "Sales")], where="probe")
    table.wrap(500, 1000)
    assert table.split(500, table.header.height + table.rows[0].height + 1) == []
    assert table.split(500, table.header.height - 1) == []


def test_a_group_without_a_note_prints_its_title_only(renderer: BoardPackRenderer) -> None:
    """A group row prints its title, and its note only when it has one."""
    rows = [Group("Sales"), ("Checkout", "Sales"),
            Group("IT", note="2 initiatives"), ("Hosting", "IT")]
    text = _drawn(500, 200, GridTable(renderer, COLUMNS, rows, where="probe", width=480))
    assert "Sales" in text and "IT" in text and "2 initiatives" in text
    assert text.count("initiatives") == 1


def test_a_heading_without_a_key_message_prints_its_title_only(
        renderer: BoardPackRenderer) -> None:
    """The key message line is optional: without one only the title is drawn."""
    assert _drawn(500, 100, Heading(renderer, "Ownership")).split() == ["Ownership"]
    with_message = _drawn(500, 100, Heading(renderer, "Ownership", "3 departments lead"))
    assert "3 departments lead" in with_message


def test_a_text_batch_ignores_empty_text_and_draws_nothing_when_empty() -> None:
    """Empty strings are never queued; drawing an empty batch writes no text object."""
    batch = TextBatch()
    batch.add(10, 10, "", SANS, 8, styles.INK)
    assert batch.items == []

    def page(draw: bool) -> bytes:
        out = io.BytesIO()
        canv = Canvas(out, pagesize=(100, 100), invariant=True)
        if draw:
            batch.draw(canv)
        canv.showPage()
        canv.save()
        return out.getvalue()

    assert page(draw=True) == page(draw=False)  # not even an empty text object
    batch.add(10, 10, "Now", SANS, 8, styles.INK)
    assert len(batch.items) == 1
