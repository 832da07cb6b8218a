"""The board pack's "What changed since" page, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from roadmap.boardpack import BoardPackOptions, Sections
from roadmap.boardpack.export import export_board_pack
from roadmap.model.errors import NotFoundError
from roadmap.services.document import Document
from roadmap.snapshots.payload import take_snapshot
from tests.helpers.roadmaps import small_roadmap

AS_OF = dt.date(2027, 3, 1)


def _pages(doc: Document, **options: object) -> list[str]:
    out = io.BytesIO()
    export_board_pack(doc, out, BoardPackOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    return [re.sub(r"\s+", " ", p.extract_text() or "")
            for p in PdfReader(io.BytesIO(out.getvalue())).pages]


def _changed() -> Document:
    doc = small_roadmap()
    take_snapshot(doc, "Board Q4", at=dt.datetime(2026, 12, 1, 9))
    doc.initiatives.update(1, end=dt.date(2027, 8, 11), budget=1_500_000)
    doc.initiatives.create(title="Subscription garden boxes")
    doc.decisions.record("Push the replatform to August", "Reschedule", 1,
                         at=dt.datetime(2027, 2, 1, 9))
    take_snapshot(doc, "Board Q1", at=dt.datetime(2027, 2, 15, 9))
    doc.initiatives.update(2, budget=10_000)
    return doc


def test_the_page_follows_the_summary_and_names_slips_budgets_findings_decisions() -> None:
    doc = _changed()
    try:
        pages = _pages(doc, since="Board Q4")
    finally:
        doc.close()
    assert "What changed since Board Q4" in pages[0]  # the cover's contents
    index = next(i for i, p in enumerate(pages) if "Snapshot of" in p)
    assert "What changed since Board Q4" in pages[index]
    assert "Executive summary" in pages[index - 1]
    page = pages[index]
    assert "Snapshot of 1 Dec 2026" in page
    assert "Replatform storefront" in page and "+6 weeks" in page
    assert "€1.2m → €1.5m" in page and "+€300k" in page
    assert "NEW" in page and "Subscription garden boxes" in page
    assert "Push the replatform to August" in page
    assert "Governance trend across snapshots" in page and "Open high findings" in page


def test_the_latest_snapshot_is_the_default() -> None:
    doc = _changed()
    try:
        pages = _pages(doc)
    finally:
        doc.close()
    page = next(p for p in pages if "Snapshot of" in p)
    assert "What changed since Board Q1" in page
    assert "Loyalty programme" in page  # its budget moved after Board Q1
    assert "Push the replatform" not in page  # decided before Board Q1


def test_no_snapshot_no_page_and_an_unknown_name_is_refused() -> None:
    doc = small_roadmap()
    try:
        assert not any("What changed since" in p for p in _pages(doc))
        with pytest.raises(NotFoundError, match="no snapshot named 'Q9'"):
            _pages(doc, since="Q9")
        take_snapshot(doc, "Board", at=dt.datetime(2027, 1, 1))
        assert not any("What changed" in p for p in _pages(doc, sections=Sections.SUMMARY))
    finally:
        doc.close()
