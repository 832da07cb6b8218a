"""The "What changed since" page at its edges: nothing changed, too much changed, damage.

Read back from the PDF like test_changes.py: a snapshot with no change
since says so block by block; more slips or high findings than a block
holds are counted; a damaged older snapshot is left out of the trend and
the export's warnings say which.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from roadmap.boardpack import BoardPackOptions
from roadmap.boardpack.export import ExportResult, export_board_pack
from roadmap.services.document import Document
from roadmap.snapshots.payload import take_snapshot
from tests.helpers.roadmaps import small_roadmap

AS_OF = dt.date(2027, 3, 1)


def _export(doc: Document, **options: object) -> tuple[ExportResult, str, str]:
    """The export's result, the changes page's text and the pack's contents page."""
    out = io.BytesIO()
    result = export_board_pack(doc, out, BoardPackOptions(as_of=AS_OF, **options))  # type: ignore[arg-type]
    pages = [re.sub(r"\s+", " ", p.extract_text() or "")
             for p in PdfReader(io.BytesIO(out.getvalue())).pages]
    page = next(p for p in pages if "Governance trend across snapshots" in p)
    return result, page, pages[0]


def test_a_snapshot_with_nothing_changed_since_says_so_in_every_block() -> None:
    """No slip, budget move, high finding or decision: each block says it, the heading too."""
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Board Q1", at=dt.datetime(2027, 2, 1, 9))
        _result, page, _cover = _export(doc)
    finally:
        doc.close()
    assert "Snapshot of 1 Feb 2027 · nothing changed" in page
    assert "No initiative slipped." in page and "No budget changed." in page
    assert "No high finding opened or resolved." in page
    assert "No decision was recorded since." in page


def test_more_changes_than_a_block_holds_are_counted() -> None:
    """Past five lines a block says how many more; a decision without a change has no detail."""
    doc = Document.in_memory(title="Crowded", horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2028, 12, 31))
    try:
        keys = [doc.initiatives.create(title=f"Work {n}", start=dt.date(2027, 3, 1),
                                       end=dt.date(2027, 6, 30)).rows[0].key
                for n in range(1, 8)]
        take_snapshot(doc, "Board Q1", at=dt.datetime(2027, 2, 1, 9))
        for n, key in enumerate(keys, start=1):
            doc.initiatives.update(key, end=dt.date(2027, 6, 30) + dt.timedelta(weeks=n))
        for n in range(1, 8):
            doc.initiatives.create(title=f"Orphan {n}", start=dt.date(2027, 4, 1),
                                   end=dt.date(2027, 5, 31))
        doc.decisions.record("Hold the line on scope", "", None, at=dt.datetime(2027, 2, 20, 9))
        result, page, _cover = _export(doc)
    finally:
        doc.close()
    assert "7 slips" in page
    assert "and 2 more ('crossroads diff' lists them all)" in page
    assert "Work 7" in page and "+7 weeks" in page  # the biggest slip comes first
    assert "Work 1" not in page  # the smallest is among those counted
    assert "Hold the line on scope" in page
    assert "20 Feb 2027" in page  # a whole date fits the value column, never '20 Feb 20…'
    assert not any("20 Feb 2027" in w for w in result.warnings)
    new_high = re.search(r"(\d+) new high findings", page)
    assert new_high is not None and int(new_high.group(1)) > 5
    counted = re.findall(r"and (\d+) more(?! \('crossroads diff')", page)
    assert counted == [str(int(new_high.group(1)) - 5)]


def test_a_damaged_older_snapshot_is_left_out_of_the_trend_with_a_warning() -> None:
    """The page compares with the latest snapshot; the damaged one is named in the warnings."""
    doc = small_roadmap()
    try:
        doc.snapshots.add("Board Q4", b"not a snapshot payload", dt.datetime(2026, 12, 1, 9))
        take_snapshot(doc, "Board Q1", at=dt.datetime(2027, 2, 1, 9))
        doc.initiatives.update(1, budget=1_500_000)
        result, page, _cover = _export(doc)
    finally:
        doc.close()
    assert "What changed since Board Q1" in page and "1 budget move" in page
    damaged = [w for w in result.warnings if "'Board Q4' is damaged" in w]
    assert len(damaged) == 1 and "left out of the governance trend" in damaged[0]
