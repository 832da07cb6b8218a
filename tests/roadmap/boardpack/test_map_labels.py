"""The dependency map read back from the sample's PDF: no title, date line or key cut.

Each box ends with '#id · span'; the span takes the longest wording that fits
the box ('Jan 2027 – Sep 2027', 'Jan–Sep 2027', 'Oct ’27–Feb ’28'), so a board
member reads the whole date range instead of 'Jan 2027 – Sep 2…'.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from roadmap.boardpack import BoardPackOptions, Sections
from roadmap.boardpack.export import export_board_pack
from roadmap.boardpack.format import span_variants
from roadmap.graph import lead_department
from roadmap.samples.bundled import build_sample

DATE_LINE = re.compile(r"#\d+ · [^\n]*")


def _map_text() -> tuple[str, list[str]]:
    buffer = io.BytesIO()
    result = export_board_pack(build_sample(), buffer,
                               BoardPackOptions(as_of=dt.date(2027, 3, 1),
                                                sections=Sections.FULL))
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    return next(p for p in pages if p.startswith("Dependency map")
                and "dependencies between" in p), result.warnings


def test_no_date_line_of_the_sample_map_is_cut() -> None:
    text, warnings = _map_text()
    lines = DATE_LINE.findall(text)
    assert len(lines) >= 20
    assert not [line for line in lines if "…" in line]
    assert not [w for w in warnings if "(dependency map): '#" in w]


def test_no_title_of_the_sample_map_is_shortened() -> None:
    _text, warnings = _map_text()
    assert not [w for w in warnings if "(dependency map):" in w]


def test_spans_get_shorter_in_order() -> None:
    one_year = span_variants(dt.date(2027, 1, 4), dt.date(2027, 9, 30))
    assert one_year == ["Jan 2027 – Sep 2027", "Jan–Sep 2027", "Jan ’27–Sep ’27"]
    two_years = span_variants(dt.date(2027, 10, 1), dt.date(2028, 2, 1))
    assert two_years[1:] == ["Oct 2027–Feb 2028", "Oct ’27–Feb ’28"]
    assert span_variants(None, dt.date(2027, 1, 1)) == ["? – Jan 2027"]


def test_the_stripe_key_names_every_lead_department_in_full() -> None:
    text, warnings = _map_text()
    sample = build_sample()
    leads = {lead.name for i in sample.initiatives.all()
             if (lead := lead_department(sample, i)) is not None}
    assert len(leads) >= 8
    key = text[text.rindex("STRIPE"):] if "STRIPE" in text else ""
    assert key, text[-300:]
    flat = " ".join(key.split())
    assert all(name in flat for name in leads), (leads, flat)
    assert not [w for w in warnings if "dependency map legend" in w]
