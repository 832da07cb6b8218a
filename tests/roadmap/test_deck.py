"""The PowerPoint deck, read back: 16:9, native shapes and text, the pack's figures and owners."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches

from main import main
from roadmap.boardpack import BoardPackOptions
from roadmap.deck import export_deck
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document
from roadmap.services.files import save_document

AS_OF = dt.date(2027, 3, 1)


def _texts(slide: object) -> list[str]:
    shapes = slide.shapes  # type: ignore[attr-defined]
    found = [s.text_frame.text for s in shapes if s.has_text_frame and s.text_frame.text]
    for shape in shapes:
        if shape.has_table:
            found += [cell.text for row in shape.table.rows for cell in row.cells]
    return found


@pytest.fixture(scope="module")
def deck_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("deck") / "board.pptx"
    result = export_deck(build_sample(), path, BoardPackOptions(as_of=AS_OF))
    assert result.slides >= 5 and result.size == path.stat().st_size
    return path


def test_the_deck_is_16_by_9_with_its_slides_in_order(deck_path: Path) -> None:
    deck = Presentation(str(deck_path))
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    titles = [next(s.text_frame.text for s in slide.shapes if s.name == "Title")
              for slide in deck.slides]
    assert titles[0] == "E-commerce Roadmap 2027–2028"
    assert titles[1] == "Executive summary"
    assert titles[2].startswith("Roadmap timeline")
    assert titles[-1].startswith("Top findings")
    assert deck.core_properties.title == "E-commerce Roadmap 2027–2028"


def test_the_timeline_is_native_shapes_and_text_not_a_picture(deck_path: Path) -> None:
    deck = Presentation(str(deck_path))
    timeline = [s for s in deck.slides
                if any(sh.name == "Title" and sh.text_frame.text.startswith("Roadmap timeline")
                       for sh in s.shapes)]
    shapes = [sh for slide in timeline for sh in slide.shapes]
    assert not any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for slide in deck.slides
                   for sh in slide.shapes)
    bars = [sh for sh in shapes if sh.name.startswith("Bar ")]
    titles = [sh for sh in shapes if sh.name.startswith("Title ")]
    assert len(bars) == len(titles) == 26  # every scheduled initiative of the sample
    assert any("Replatform the web shop" in t.text_frame.text for t in titles)
    assert all(sh.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE for sh in bars)
    assert any(sh.name.startswith("Milestone ") for sh in shapes)
    assert any(sh.name.startswith("Health ") for sh in shapes)
    lanes = {sh.text_frame.text.replace("\n", " ") for sh in shapes if sh.name.startswith("Lane ")}
    assert {"Marketing", "IT", "Finance"} <= lanes


def test_summary_and_findings_say_what_the_pack_says(deck_path: Path) -> None:
    deck = Presentation(str(deck_path))
    summary = " ".join(_texts(deck.slides[1]))
    assert "€11.8m" in summary and "Decisions asked of the board" in summary
    assert "Name a business lead for 3 IT-alone initiatives" in summary
    assert "Next milestones" in summary and "Q1 2027" in summary
    findings = " ".join(t for slide in list(deck.slides)[-2:] for t in _texts(slide))
    assert "Who acts" in findings and "CR101" in findings and "Lea Hoffmann" in findings
    assert "(proposed)" in findings


def test_no_type_under_twelve_points(deck_path: Path) -> None:
    deck = Presentation(str(deck_path))
    sizes = {run.font.size.pt for slide in deck.slides for shape in slide.shapes
             if shape.has_text_frame for p in shape.text_frame.paragraphs for run in p.runs
             if run.font.size is not None}
    assert sizes and min(sizes) >= 12


def test_scripts_are_kept_as_typed_for_powerpoint_to_shape() -> None:
    doc = Document.in_memory(title="متجر 中文 🎁")
    doc.initiatives.create(title="אתר לקוחות חדש", start=dt.date(2027, 1, 4),
                           end=dt.date(2027, 3, 26))
    import io
    buffer = io.BytesIO()
    export_deck(doc, buffer, BoardPackOptions(as_of=AS_OF))
    deck = Presentation(io.BytesIO(buffer.getvalue()))
    texts = " ".join(t for slide in deck.slides for t in _texts(slide))
    assert "متجر 中文 🎁" in texts and "אתר לקוחות חדש" in texts


def test_the_command_chooses_the_deck_by_suffix(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "plan.roadmap"
    save_document(build_sample(), source)
    out = tmp_path / "deck.pptx"
    assert main(["export", str(source), "-o", str(out), "--as-of", "2027-03-01"]) == 0
    assert "Wrote 6 slides" in capsys.readouterr().out
    assert len(Presentation(str(out)).slides) == 6


def test_what_changed_since_the_last_snapshot_gets_its_slide() -> None:
    import io

    from roadmap.snapshots.payload import take_snapshot

    doc = build_sample()
    take_snapshot(doc, "Board March")
    first = doc.initiatives.all()[0]
    doc.initiatives.update(first.id, budget=(first.budget or 0) + 100_000)
    buffer = io.BytesIO()
    export_deck(doc, buffer, BoardPackOptions(as_of=AS_OF))
    deck = Presentation(io.BytesIO(buffer.getvalue()))
    slide = deck.slides[2]
    titles = [s.text_frame.text for s in slide.shapes if s.name == "Title"]
    assert titles == ["What changed since Board March"]
    assert any("Budget:" in t for t in _texts(slide))
