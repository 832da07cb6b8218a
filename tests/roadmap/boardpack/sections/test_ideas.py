"""Ideas not yet scheduled in the board pack: the table by horizon, read back from the PDF.

A board that sees only the dated timeline would not know what is waiting;
every date-less initiative must appear under its horizon with its lead
department (or the lack of one) and the IT badge when IT works alone.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from roadmap.boardpack import BoardPackOptions, Sections
from roadmap.boardpack.export import export_board_pack
from roadmap.model.enums import Role
from roadmap.services.document import Document

AS_OF = dt.date(2027, 3, 15)


def _pages(doc: Document) -> list[str]:
    buffer = io.BytesIO()
    export_board_pack(doc, buffer, BoardPackOptions(as_of=AS_OF, sections=Sections.TIMELINE))
    return [re.sub(r"\s+", " ", page.extract_text() or "")
            for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def _roadmap(ideas_now: int, *, scheduled: bool) -> Document:
    """`ideas_now` ideas in 'now', one IT-alone idea in 'next', one without a horizon."""
    doc = Document.in_memory(title="Ideas", horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2027, 12, 31))
    sales = doc.departments.create(name="Sales").rows[0].key
    it = doc.departments.create(name="IT", is_it=True).rows[0].key
    if scheduled:
        dated = doc.initiatives.create(title="Dated work", start=dt.date(2027, 2, 1),
                                       end=dt.date(2027, 5, 31)).rows[0].key
        doc.participations.set_role(dated, sales, Role.LEAD)
    for n in range(ideas_now):
        key = doc.initiatives.create(title=f"Idea {n:02d}", bucket="now",
                                     priority=n * 5 // ideas_now + 1).rows[0].key
        doc.participations.set_role(key, sales, Role.LEAD)
    server = doc.initiatives.create(title="Server refresh", bucket="next").rows[0].key
    doc.participations.set_role(server, it, Role.LEAD)
    doc.initiatives.create(title="Orphan idea")
    return doc


def _ideas_table(pages: list[str]) -> str:
    """The text from the ideas table's heading to the end of the pack."""
    first = next(n for n, text in enumerate(pages) if "Not yet scheduled" in text)
    return " ".join(pages[first:])


def test_many_ideas_get_a_table_after_the_chart_with_every_idea_by_horizon() -> None:
    # More ideas in one horizon than the panel under the chart holds: a table of their own.
    pages = _pages(_roadmap(14, scheduled=True))
    assert "Dated work" in pages[0]
    assert sum("Not yet scheduled" in text for text in pages) == 1, "one table of ideas"
    text = _ideas_table(pages)
    assert "16 initiatives without dates, by horizon" in text
    assert "Now (14)" in text and "Next (1)" in text and "No horizon (1)" in text
    assert "Later" not in text  # an empty horizon gets no column
    assert all(f"Idea {n:02d}" in text for n in range(14))
    assert "Server refresh #16 · IT" in text
    assert "Orphan idea #17 · no lead department" in text
    assert text.count("Now (14)") == 2, "the column headings repeat on the next page"


def test_ideas_are_listed_in_priority_order_within_a_horizon() -> None:
    text = _ideas_table(_pages(_roadmap(14, scheduled=True)))
    positions = [text.index(f"Idea {n:02d} ") for n in range(14)]
    assert positions == sorted(positions)


def test_a_roadmap_without_initiatives_says_so_and_has_no_ideas_table() -> None:
    text = " ".join(_pages(Document.in_memory(title="Empty")))
    assert "No initiative has both a start and an end." in text
    assert "Not yet scheduled" not in text


def test_a_few_ideas_fit_in_the_panel_under_the_chart_instead_of_a_table() -> None:
    text = " ".join(_pages(_roadmap(3, scheduled=True)))
    assert "Not yet scheduled 5 without dates" in text  # the panel's heading
    assert "initiatives without dates, by horizon" not in text  # no table
    assert "NOW (3)" in text and "Idea 02" in text and "Orphan idea" in text
