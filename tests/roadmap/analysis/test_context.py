"""The analysis context names what it is asked about, or says plainly that it is missing.

Messages are built from these names; a missing owner or department must
read 'nobody' or 'no department', never 'None' or a crash.
"""

from __future__ import annotations

import datetime as dt

from roadmap.analysis import analyse
from roadmap.analysis.context import Context
from roadmap.analysis.registry import RULES
from roadmap.analysis.settings import read_settings
from roadmap.graph import build_graph
from tests.roadmap.rules_builder import RoadmapBuilder


def _context() -> tuple[Context, RoadmapBuilder, int]:
    b = RoadmapBuilder()
    key = b.initiative("Checkout")
    ctx = Context.from_graph(build_graph(b.doc), dt.date(2027, 1, 1),
                             read_settings({}, list(RULES)))
    return ctx, b, key


def test_names_of_what_exists() -> None:
    ctx, b, key = _context()
    assert ctx.title(key) == "'Checkout'"
    assert ctx.department_name(b.sales) == "Sales"
    assert ctx.owner_name(b.chief) == "Cleo Chief"


def test_names_of_what_does_not_exist() -> None:
    ctx, _b, _key = _context()
    assert ctx.title(999) == "initiative 999"
    assert ctx.department_name(None) == "no department"
    assert ctx.department_name(999) == "no department"
    assert ctx.owner_name(None) == "nobody"
    assert ctx.owner_name(999) == "nobody"


def test_the_analysis_is_dated_the_day_it_is_asked_for() -> None:
    b = RoadmapBuilder()
    b.initiative("Checkout")
    assert analyse(b.doc, today=dt.date(2030, 5, 17)).today == dt.date(2030, 5, 17)
