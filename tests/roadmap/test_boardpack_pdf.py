"""The board pack read back from the PDF: sections, pages, text, fonts, determinism, CLI."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from main import main
from roadmap.boardpack import BoardPackOptions, PageSize, Sections
from roadmap.boardpack.export import ExportResult, export_board_pack
from roadmap.boardpack.renderer import BoardPackError
from roadmap.model.enums import Health, Role, Status
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document
from roadmap.services.files import save_document
from roadmap.views.timeline.model import LaneMode

AS_OF = dt.date(2027, 3, 15)
SECTION_TITLES = ("Executive summary", "Roadmap timeline", "Dependency map",
                  "Ownership matrix", "Findings and recommendations", "Appendix")
HOSTILE = {
    "markup": "R&D <beta>",
    "image": '<img src="x"/>',
    "font": "<font size=40>",
    "emoji": "Launch 😀 party",
    "latin": "Crème brûlée für Øresund",
    "cyrillic": "Запуск магазина",
    "greek": "Καλημέρα κόσμε",
    "arabic": "متجر إلكتروني",
    "cjk": "中文标题",
}


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def sample_pack() -> tuple[bytes, ExportResult]:
    buffer = io.BytesIO()
    result = export_board_pack(build_sample(), buffer, BoardPackOptions(as_of=AS_OF))
    return buffer.getvalue(), result


@pytest.fixture(scope="module")
def hostile_doc() -> Document:
    doc = Document.in_memory(title="R&D <beta> roadmap", organisation="<font size=40>",
                             author="Zoë <admin>", confidentiality="Board & audit only",
                             horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2027, 12, 31))
    doc.departments.create(name="Sales & <Marketing>")
    doc.departments.create(name="IT", is_it=True)
    sales, it = (d.id for d in doc.departments.all())
    doc.owners.create(name="Jürgen <ceo>", department_id=sales)
    owner = doc.owners.all()[0].id
    for k, title in enumerate(HOSTILE.values()):
        doc.initiatives.create(
            title=title, description=f"About {title}\nsecond line", budget=1000 * (k + 1),
            start=dt.date(2027, 1 + k, 1), end=dt.date(2027, 2 + k, 28),
            owner_id=owner, health=list(Health)[k % 3])
    ids = [i.id for i in doc.initiatives.all()]
    for k, key in enumerate(ids):
        doc.participations.set_role(key, sales if k % 2 else it, Role.LEAD)
    doc.dependencies.link(ids[1], ids[0])
    doc.milestones.create(initiative_id=ids[2], name="<b>go</b>", date=dt.date(2027, 3, 15))
    doc.vendors.create(name="Vendor & <Co>", contract_end=dt.date(2027, 6, 30))
    doc.vendor_uses.link(ids[3], doc.vendors.all()[0].id)
    doc.decisions.record("Defer <img> & go", change="Moved dates", initiative_id=ids[0],
                         at=dt.datetime(2027, 3, 1, 10, 0))
    return doc


# --- the sample's full pack --------------------------------------------------------

def test_every_section_is_there_with_page_x_of_y(sample_pack: tuple[bytes, ExportResult]) -> None:
    pdf, result = sample_pack
    pages = _text(pdf)
    assert result.pages == len(pages) > 7
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {result.pages}" in text
        assert "E-commerce Roadmap 2027–2028" in text  # header on every page
        assert "As of 15 March 2027" in text  # footer on every page
    whole = _flat(" ".join(pages))
    for title in SECTION_TITLES:
        assert title in whole
    assert "Not yet scheduled" in whole
    assert "ACCEPTED" in whole  # the sample's accepted risk is marked


def test_outline_and_metadata(sample_pack: tuple[bytes, ExportResult]) -> None:
    pdf, _ = sample_pack
    reader = PdfReader(io.BytesIO(pdf))
    outline = [item.title for item in reader.outline]
    assert outline == ["Cover", *SECTION_TITLES]
    targets = [reader.get_destination_page_number(item) for item in reader.outline]
    assert targets == sorted(targets) and targets[0] == 0 and len(set(targets)) == len(targets)
    meta = reader.metadata
    assert meta.title == "E-commerce Roadmap 2027–2028"
    assert meta.author and meta.subject and "Crossroads" in meta.creator
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (842, 595)


def test_same_input_and_date_give_the_same_bytes(sample_pack: tuple[bytes, ExportResult]) -> None:
    pdf, _ = sample_pack
    again = io.BytesIO()
    export_board_pack(build_sample(), again, BoardPackOptions(as_of=AS_OF))
    assert again.getvalue() == pdf
    later = io.BytesIO()
    export_board_pack(build_sample(), later, BoardPackOptions(as_of=AS_OF + dt.timedelta(days=1)))
    assert later.getvalue() != pdf


def test_qpdf_check_passes(sample_pack: tuple[bytes, ExportResult], tmp_path: Path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (apt install qpdf)")
    path = tmp_path / "pack.pdf"
    path.write_bytes(sample_pack[0])
    run = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors" in run.stdout


def test_every_font_is_embedded(sample_pack: tuple[bytes, ExportResult], tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed (apt install poppler-utils)")
    path = tmp_path / "pack.pdf"
    path.write_bytes(sample_pack[0])
    run = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = run.stdout.splitlines()[2:]
    assert rows, run.stdout
    for row in rows:
        assert "TrueType" in row and " yes " in row, row  # emb column
        assert "DejaVu" in row or "Crossroads" in row or "AAAAA" in row


# --- hostile text ---------------------------------------------------------------------

def test_hostile_text_prints_literally(hostile_doc: Document) -> None:
    buffer = io.BytesIO()
    result = export_board_pack(hostile_doc, buffer, BoardPackOptions(as_of=AS_OF))
    whole = _flat(" ".join(_text(buffer.getvalue())))
    for key, title in HOSTILE.items():
        if key == "arabic":  # shaped and in visual order: its letters are checked below
            continue
        assert title in whole, key
    for literal in ("R&D <beta> roadmap", "Sales & <Marketing>", "Jürgen <ceo>",
                    "Vendor & <Co>", "Defer <img> & go", "BOARD & AUDIT ONLY"):
        assert literal in whole, literal
    assert "□" not in whole  # CJK and emoji print from the fallback fonts
    assert not any("glyph" in w or "Right-to-left" in w for w in result.warnings)


def test_every_script_prints_from_an_embedded_font(hostile_doc: Document,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "scripts.pdf"
    export_board_pack(hostile_doc, path, BoardPackOptions(as_of=AS_OF))
    run = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = run.stdout.splitlines()[2:]
    assert any("DroidSansFallback" in row for row in rows)
    assert all(" yes " in row for row in rows)


def test_arabic_prints_its_letters(hostile_doc: Document) -> None:
    buffer = io.BytesIO()
    export_board_pack(hostile_doc, buffer,
                      BoardPackOptions(as_of=AS_OF, sections=Sections.TIMELINE))
    whole = _flat(" ".join(_text(buffer.getvalue())))
    letters = {ch for ch in HOSTILE["arabic"] if not ch.isspace()}
    assert letters <= set(whole)


def test_no_text_crashes_the_pack() -> None:
    doc = Document.in_memory(title="\u200b\u202e\x07 odd\ttitle end")
    for text in ("", " ", "\n\n", "a" * 200, "<" * 150, "&amp;" * 30, "\u0301" * 5,
                 "👩‍👩‍👧‍👦 family", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"):
        if text.strip():
            doc.initiatives.create(title=text, description=text * 3, start=dt.date(2027, 1, 1),
                                   end=dt.date(2027, 2, 1))
    buffer = io.BytesIO()
    result = export_board_pack(doc, buffer, BoardPackOptions(as_of=AS_OF))
    assert result.pages >= 5 and buffer.getvalue().startswith(b"%PDF")


# --- options and scale ------------------------------------------------------------------

def test_summary_is_one_page_and_letter_is_landscape_letter() -> None:
    buffer = io.BytesIO()
    result = export_board_pack(build_sample(), buffer, BoardPackOptions(
        as_of=AS_OF, sections=Sections.SUMMARY, page_size=PageSize.LETTER))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert result.pages == len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (792, 612)
    text = reader.pages[0].extract_text()
    assert "Executive summary" in text and "Budget by lead department" in text
    assert "Page 1 of 1" in text


def test_forced_multi_page_timeline_repeats_axis_lanes_and_legend() -> None:
    doc = Document.in_memory(title="Big plan", horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2028, 12, 31), fiscal_year_start_month=4)
    for name in ("Marketing", "Operations", "IT"):
        doc.departments.create(name=name, is_it=name == "IT")
    depts = [d.id for d in doc.departments.all()]
    for k in range(90):
        doc.initiatives.create(title=f"Initiative number {k} with a longer title to shorten "
                               "because it will never fit the title column of the timeline",
                               start=dt.date(2027, 1 + k % 12, 1),
                               end=dt.date(2028, 1 + k % 12, 28), status=list(Status)[k % 5])
    for k, item in enumerate(doc.initiatives.all()):
        doc.participations.set_role(item.id, depts[k % 3], Role.LEAD)
    buffer = io.BytesIO()
    result = export_board_pack(doc, buffer, BoardPackOptions(
        as_of=AS_OF, sections=Sections.TIMELINE, lanes=LaneMode.DEPARTMENT))
    pages = _text(buffer.getvalue())
    assert result.pages == len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"part {number} of {len(pages)}" in _flat(text)
        assert "LEGEND" in text and "LANE" in text and "INITIATIVE" in text
        assert "Q1 FY2027" in text or "Q1 FY2028" in text  # fiscal quarters from April
    assert any("(continued)" in text for text in pages[1:])
    assert any("Shortened to fit (timeline title)" in w for w in result.warnings)


def test_an_unreadable_logo_is_refused_clearly(tmp_path: Path) -> None:
    doc = build_sample()
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("no image here")
    with pytest.raises(BoardPackError, match="logo"):
        export_board_pack(doc, io.BytesIO(), BoardPackOptions(logo=not_an_image))


def test_logo_on_cover_and_header(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (29, 53, 87)).save(logo)
    buffer = io.BytesIO()
    result = export_board_pack(build_sample(), buffer, BoardPackOptions(
        as_of=AS_OF, logo=logo, sections=Sections.SUMMARY))
    assert result.pages == 1
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    assert any(name for name in page["/Resources"]["/XObject"])


# --- the command --------------------------------------------------------------------

def test_export_command_writes_and_reports(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "plan.roadmap"
    save_document(build_sample(), source)
    out = tmp_path / "board.pdf"
    status = main(["export", str(source), "-o", str(out), "--as-of", "2027-03-15",
                   "--sections", "summary", "--page-size", "letter"])
    assert status == 0
    printed = capsys.readouterr().out
    assert f"Wrote 1 page to {out}" in printed
    assert out.read_bytes().startswith(b"%PDF")


def test_export_command_fails_in_one_line(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.roadmap"
    assert main(["export", str(missing), "-o", str(tmp_path / "x.pdf")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0 and "does not exist" in error
    junk = tmp_path / "junk.roadmap"
    junk.write_text("not a roadmap")
    assert main(["export", str(junk), "-o", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(junk), "-o", str(tmp_path / "x.pdf"), "--as-of", "someday"])
    assert exit_info.value.code == 2


def test_hundreds_of_initiatives_are_summarised_not_crammed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap.boardpack.sections import appendix
    from roadmap.samples.generate import generate_roadmap

    monkeypatch.setattr(appendix, "COMPACT_ABOVE", 200)
    buffer = io.BytesIO()
    result = export_board_pack(generate_roadmap(300, seed=7), buffer,
                               BoardPackOptions(as_of=AS_OF, lanes=LaneMode.STATUS))
    pages = [_flat(text) for text in _text(buffer.getvalue())]
    assert result.pages == len(pages) > 30
    map_page = next(text for text in pages if "Dependencies between lead departments" in text)
    assert "Dependency map" in map_page and "summarised by lead department" in map_page
    assert "Critical path" in map_page and "Most waited for" in map_page
    assert any("one line each" in w for w in result.warnings)
    assert any("Appendix: initiative details" in text and "one line each" in text
               for text in pages)


def test_no_dependencies_means_no_empty_map_page() -> None:
    doc = Document.in_memory(title="Flat plan")
    doc.initiatives.create(title="Alone", start=dt.date(2027, 2, 1), end=dt.date(2027, 5, 1))
    buffer = io.BytesIO()
    result = export_board_pack(doc, buffer, BoardPackOptions(as_of=AS_OF))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert "Dependency map" not in [item.title for item in reader.outline]
    assert any("No dependency map" in w for w in result.warnings)
