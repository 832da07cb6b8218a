"""The board pack's dependency map page: a critical path too long for it is shortened."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from roadmap.boardpack import BoardPackOptions
from roadmap.boardpack.export import export_board_pack

from .rules_builder import D, RoadmapBuilder

AS_OF = dt.date(2027, 2, 1)


def _map_text(b: RoadmapBuilder) -> str:
    buffer = io.BytesIO()
    export_board_pack(b.doc, buffer, BoardPackOptions(as_of=AS_OF))
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    found = " ".join(p for p in pages if "Dependency map" in p[:200])
    return re.sub(r"\s+", " ", found)


def test_a_long_critical_path_is_shortened_with_what_is_left_out() -> None:
    b = RoadmapBuilder()
    keys = []
    for n in range(40):
        start = D(2027, 1, 4) + dt.timedelta(weeks=2 * n)
        keys.append(b.initiative(f"Step {n + 1:02d}", start=start,
                                 end=start + dt.timedelta(days=12)))
        if n:
            b.depends(keys[-1], keys[-2])
    text = _map_text(b)
    match = re.search(r"… and (\d+) more; see the timeline \(bold\) and the appendix", text)
    assert match is not None, text[:400]
    assert 0 < int(match[1]) < 40
    assert "Step 01" in text
