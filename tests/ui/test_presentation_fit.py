"""The presentation's summary at 1280x720 and 1920x1080, on the sample, in English and German:
no text of a tile drawn over another, and the findings list shows only what fits, saying how
many more the findings page holds."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.presentation import present
from ui.presentation.steps import SummaryStep


@pytest.fixture
def language() -> Iterator[Any]:
    from ui.translation import apply_language

    yield apply_language
    apply_language("en")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("code", ["en", "de"])
def test_no_tile_text_overlaps_and_the_findings_fit(qtbot: Any, ctx: Any, language: Any,
                                                    size: tuple[int, int], code: str) -> None:
    language(code)
    win = present(ctx, size=size, today=dt.date(2027, 3, 1))
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    step = win.findChild(SummaryStep)
    assert step is not None and step.isVisible()
    assert win.size().width() == size[0] and win.size().height() == size[1]
    for name, tile in step.tiles.items():
        parts = [w for w in (tile.value, tile.caption, tile.detail) if w.text()]
        for upper, lower in itertools.pairwise(parts):
            assert upper.geometry().bottom() < lower.geometry().top(), (code, size, name)
        for part in parts[1:]:
            assert part.height() >= part.heightForWidth(part.width()), (code, size, name)
        assert tile.value.height() >= tile.value.sizeHint().height(), (code, size, name)
    top = step.top
    assert top.heightForWidth(top.width()) <= top.height()
    assert "CR" in top.text()
    left = step.more_findings(step.top_shown)
    assert step.top_shown >= 1
    assert left == len(ctx.analysis.open_findings()) - min(step.top_shown, 4) > 0
    assert f"+{left} " in top.text()
