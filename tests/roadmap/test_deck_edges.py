"""The deck at its edges: a roadmap too big for six timeline slides, and one with no findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pptx import Presentation

from roadmap.analysis import analyse
from roadmap.boardpack import BoardPackOptions
from roadmap.deck import export_deck
from roadmap.deck.slides import ROWS_PER_SLIDE
from tests.helpers.roadmaps import bulk_roadmap

from .rules_builder import RoadmapBuilder
from .test_deck import _texts

AS_OF = dt.date(2027, 3, 1)


def _slides(path: Path) -> list[list[str]]:
    return [_texts(slide) for slide in Presentation(str(path)).slides]


def test_a_big_roadmap_keeps_the_critical_path_and_largest_budgets(tmp_path: Path) -> None:
    doc = bulk_roadmap(400, seed=3)
    try:
        export_deck(doc, tmp_path / "big.pptx", BoardPackOptions(as_of=AS_OF))
    finally:
        doc.close()
    timeline = [texts for texts in _slides(tmp_path / "big.pptx")
                if texts and texts[0].startswith("Roadmap timeline")]
    assert 1 <= len(timeline) <= 6
    subtitle = next(t for t in timeline[0] if "scheduled initiatives" in t)
    assert "the critical path and largest budgets" in subtitle
    left_out = int(subtitle.rsplit("; ", 1)[1].split()[0])
    assert left_out > 0
    assert len(timeline) * ROWS_PER_SLIDE >= 400 - left_out  # what is kept is all shown


def test_a_roadmap_with_every_finding_accepted_says_no_open_findings(tmp_path: Path) -> None:
    b = RoadmapBuilder()
    b.initiative("Checkout")
    for finding in analyse(b.doc, today=AS_OF).findings:
        b.doc.acceptances.accept(finding.code, finding.subject, "Known and watched")
    export_deck(b.doc, tmp_path / "clean.pptx", BoardPackOptions(as_of=AS_OF))
    findings = [texts for texts in _slides(tmp_path / "clean.pptx")
                if texts and texts[0].startswith("Top findings")]
    assert len(findings) == 1
    assert "No open findings." in findings[0]
    assert any(t.startswith("0 open: 0 high") for t in findings[0])
