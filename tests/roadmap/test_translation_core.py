"""The core in German: the board pack, findings, formats and the command line.

The German test uses the shipped catalogue (resources/i18n/crossroads_core_de.qm)
through ui.translation, the way the app and the commands load it; every test
puts English back afterwards.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader

from roadmap import formats, i18n
from roadmap.analysis import analyse
from roadmap.boardpack import BoardPackOptions, Sections
from roadmap.boardpack.export import export_board_pack
from roadmap.model.enums import Status
from roadmap.samples.bundled import build_sample
from ui.translation import apply_language

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "crossroads_core_de.ts"
SAMPLE = ROOT / "resources" / "samples" / "northwind-2027.roadmap"
AS_OF = dt.date(2027, 3, 15)
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture
def german() -> Iterator[None]:
    apply_language("de")
    assert i18n.language() == "de"
    try:
        yield
    finally:
        apply_language("en")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _translated_sources() -> set[str]:
    """English fragments (2+ words) of every message whose German differs from it."""
    fragments: set[str] = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        if (message.findtext("translation") or "") == source:
            continue
        for part in _PLACEHOLDER.split(source):
            part = part.strip(" ,.:;·()'\n")
            if len(part.split()) >= 2:
                fragments.add(part)
    return fragments


def _sample_words() -> str:
    """Every text of the sample roadmap itself (titles, names, notes): English by nature."""
    doc = build_sample()
    texts: list[str] = []
    for table in ("initiatives", "departments", "owners", "vendors"):
        for row in getattr(doc, table).all():
            texts += [str(v) for v in vars(row).values() if isinstance(v, str)]
    texts += [m.name for m in doc.milestones.all()] if hasattr(doc, "milestones") else []
    texts += [str(v) for v in vars(doc.info).values() if isinstance(v, str)]
    return _flat(" ".join(texts))


@pytest.fixture(scope="module")
def german_pack() -> list[str]:
    apply_language("de")
    try:
        buffer = io.BytesIO()
        export_board_pack(build_sample(), buffer, BoardPackOptions(as_of=AS_OF))
    finally:
        apply_language("en")
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return [_flat(page.extract_text() or "") for page in reader.pages]


def _page(pages: list[str], heading: str) -> str:
    found = [p for p in pages if heading in p]
    assert found, f"no page with {heading!r}"
    return found[0]


@pytest.mark.parametrize("heading", ["Wichtigste Befunde", "STREIFEN",
                                     "Regel und was zu tun ist"])
def test_german_pack_pages_hold_no_untranslated_english(german_pack: list[str],
                                                        heading: str) -> None:
    text = _page(german_pack, heading)
    data = _sample_words()
    leftovers = sorted(f for f in _translated_sources() if f in text and f not in data)
    assert leftovers == []


def test_german_pack_speaks_german(german_pack: list[str]) -> None:
    summary = _page(german_pack, "Wichtigste Befunde")
    for words in ("Gesamtbudget", "Wichtigste Befunde", "Nächste Meilensteine",
                  "Entscheidungen für den Vorstand", "Mio. €", "Seite 2 von",
                  "VERTRAULICH – NUR FÜR DEN VORSTAND"):
        assert words in summary
    assert "Stand 15. März 2027" in summary
    findings = _page(german_pack, "Regel und was zu tun ist")
    assert "Empfehlung" in findings and "Schwere" in findings
    assert "Zirkuläre Abhängigkeit" in findings
    dependency_map = _page(german_pack, "STREIFEN")
    assert "LEGENDE" in dependency_map and "kritischer Pfad" in dependency_map


def test_summary_pack_in_german_is_one_page_without_english_headings(german: None) -> None:
    buffer = io.BytesIO()
    export_board_pack(build_sample(), buffer,
                      BoardPackOptions(as_of=AS_OF, sections=Sections.SUMMARY))
    text = _flat(PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text() or "")
    for english in ("Executive summary", "Total budget", "Top findings", "Next milestones",
                    "Page 1 of", "As of"):
        assert english not in text


def test_german_money_dates_and_percentages(german: None) -> None:
    def shown(text: str) -> str:
        return text.replace("\u00a0", " ")

    assert shown(formats.money(11_800_000, "EUR")) == "11,8 Mio. €"
    assert shown(formats.money(850_000, "EUR")) == "850 Tsd. €"
    assert shown(formats.money(1_250, "EUR")) == "1.250 €"
    assert shown(formats.money(2_400_000_000, "USD")) == "2,4 Mrd. $"
    assert shown(formats.money_exact(1_250_000, "EUR")) == "1.250.000 €"
    assert shown(formats.money_exact(1_250_000, "CHF")) == "1.250.000 CHF"
    assert formats.long_day(dt.date(2027, 1, 1)) == "1. Januar 2027"
    assert formats.month_year(dt.date(2027, 1, 1)) == "Jan. 2027"
    assert formats.day(dt.date(2027, 3, 12)) == "12. März 2027"
    assert formats.iso_day(dt.date(2027, 3, 12)) == "12.03.2027"
    assert shown(formats.percent(0.65)) == "65 %"
    assert formats.number(1_234_567) == "1.234.567"
    assert formats.integer(1234) == "1.234"


def test_english_formats_are_unchanged() -> None:
    assert i18n.language() == "en"
    assert formats.money(11_800_000, "EUR") == "€11.8m"
    assert formats.money(850_000, "USD") == "$850k"
    assert formats.money(12_000, "CHF") == "CHF 12k"
    assert formats.money_exact(1_250_000, "EUR") == "EUR 1,250,000"
    assert formats.long_day(dt.date(2027, 1, 1)) == "1 January 2027"
    assert formats.day(dt.date(2027, 3, 12)) == "12 Mar 2027"
    assert formats.month_year(dt.date(2027, 1, 1)) == "Jan 2027"
    assert formats.iso_day(dt.date(2027, 3, 12)) == "2027-03-12"
    assert formats.percent(0.65) == "65%"
    assert formats.integer(1234) == "1234"


def test_pack_money_uses_the_roadmaps_currency(german: None) -> None:
    doc = build_sample()
    doc.info.currency = "USD"
    buffer = io.BytesIO()
    export_board_pack(doc, buffer, BoardPackOptions(as_of=AS_OF, sections=Sections.SUMMARY))
    text = _flat(PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text() or "")
    assert "Mio. $" in text and "€" not in text


def test_a_finding_in_german(german: None) -> None:
    analysis = analyse(build_sample(), today=AS_OF)
    it_alone = next(f for f in analysis.findings if f.code == "CR101")
    assert it_alone.title == "Nur IT"
    assert "Keine Fachabteilung führt oder wirkt mit" in it_alone.message
    assert "die IT berät und setzt um" in it_alone.suggestion
    assert Status.CANCELLED.label == "Gestoppt"
    assert Status.parse("Gestoppt") is Status.CANCELLED
    assert Status.parse("Cancelled") is Status.CANCELLED


def test_findings_stay_english_without_a_language() -> None:
    analysis = analyse(build_sample(), today=AS_OF)
    it_alone = next(f for f in analysis.findings if f.code == "CR101")
    assert it_alone.title == "IT alone"
    assert "No business department leads or contributes" in it_alone.message


def test_check_command_prints_german() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--language", "de", "check",
                           str(SAMPLE)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "Crossroads-Prüfung:" in done.stdout
    assert "Empfehlung:" in done.stdout
    assert "Ergebnis:" in done.stdout
    assert "Suggestion:" not in done.stdout


def test_check_json_stays_english_in_german() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--language", "de", "check",
                           "--format", "json", str(SAMPLE)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert '"title": "IT alone"' in done.stdout
    assert "Fachabteilung" not in done.stdout


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_core_catalogue_is_complete_and_current() -> None:
    problems = [p for p in _translations_script().check() if "crossroads_core" in p]
    assert problems == []


def test_german_deck_holds_no_untranslated_english(german: None) -> None:
    from pptx import Presentation

    from roadmap.deck import export_deck

    buffer = io.BytesIO()
    export_deck(build_sample(), buffer, BoardPackOptions(as_of=AS_OF))
    texts: list[str] = []
    for slide in Presentation(io.BytesIO(buffer.getvalue())).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if shape.has_table:
                texts += [cell.text for row in shape.table.rows for cell in row.cells]
    text = _flat(" ".join(texts))
    data = _sample_words()
    assert sorted(f for f in _translated_sources() if f in text and f not in data) == []
    assert "Management-Zusammenfassung" in text and "Entscheidungen für den Vorstand" in text


def test_import_report_in_german(german: None, tmp_path: Path) -> None:
    from roadmap.services.document import Document
    from roadmap.spreadsheet import build_plan, read_sheet

    sheet = tmp_path / "plan.csv"
    sheet.write_text("Title,Start,End,Budget\nCheckout,03/04/2027,2027-09-30,lots\n",
                     encoding="utf-8")
    doc = Document.in_memory(title="Test", horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2028, 12, 31))
    report = build_plan(doc, read_sheet(sheet)).report()
    assert report.startswith("Import aus ")
    assert "Zeile 2" in report and "ist kein Betrag" in report
    assert "nichts wurde importiert" in report
