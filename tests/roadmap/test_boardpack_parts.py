"""Unit tests of the board pack's pure parts: text fitting, pre-flight, lanes, axis, facts."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from roadmap.analysis import analyse
from roadmap.boardpack.export import _coverage
from roadmap.boardpack.facts import build_facts
from roadmap.boardpack.fonts import ensure_fallbacks, runs, string_width
from roadmap.boardpack.format import money, span
from roadmap.boardpack.lanes import Axis, Lane, Slot, build_lanes, paginate
from roadmap.boardpack.preflight import Preflight
from roadmap.boardpack.renderer import register_fonts
from roadmap.boardpack.sections.summary import board_points
from roadmap.boardpack.styles import SANS, SANS_BOLD
from roadmap.boardpack.text import (
    ELLIPSIS,
    MISSING_GLYPH,
    RTL_BLOCKS,
    has_rtl,
    normalise,
    shape,
    shorten,
    visual,
    wrap,
)
from roadmap.graph import NO_LEAD
from roadmap.model.enums import Role, Status
from roadmap.services.document import Document
from roadmap.views.timeline.model import LaneMode, collect

register_fonts()


# --- text -----------------------------------------------------------------------

def test_shorten_keeps_what_fits_and_marks_the_cut() -> None:
    assert shorten("Short", 100, SANS, 8) == "Short"
    long = "A very long initiative title that cannot possibly fit in forty points"
    shown = shorten(long, 40, SANS, 8)
    assert shown.endswith(ELLIPSIS)
    assert stringWidth(shown, SANS, 8) <= 40
    assert long.startswith(shown[:-1].rstrip())


def test_shorten_keeps_the_longest_start_that_fits_as_measuring_each_start_would() -> None:
    """Advance widths and two measurements give what measuring every start gives, in any font."""
    ensure_fallbacks(["中", "🎁"])

    def measured(text: str, budget: float, font: str, size: float) -> int:
        low, high = 0, len(text)
        while low < high:
            middle = (low + high + 1) // 2
            if string_width(text[:middle], font, size) <= budget:
                low = middle
            else:
                high = middle - 1
        return low

    texts = ["Integrate product pages (Switzerland)", "WWWWWWWWWWiiiiiiiiii" * 3,
             "Müller & Søren – €1.2m · Qualität", "Loyalty 🎁 中文 programme for 日本",
             "אתר חדש for the shop", "x"]
    for text in texts:
        for font in (SANS, SANS_BOLD):
            for size in (6.5, 8, 11):
                for room in (0.5, 9, 33.3, 61.25, 120, 999):
                    budget = room - string_width(ELLIPSIS, font, size)
                    if string_width(text, font, size) <= room:
                        expected = text
                    elif budget <= 0:
                        expected = ""
                    else:
                        kept = measured(text, budget, font, size)
                        expected = text[:kept].rstrip() + ELLIPSIS
                    assert shorten(text, room, font, size) == expected


def test_rtl_blocks_hold_every_right_to_left_character() -> None:
    """The quick test for right-to-left text misses none of the characters bidi reads so."""
    missed = [code for code in range(0x110000)
              if unicodedata.bidirectional(chr(code)) in ("R", "AL")
              and not RTL_BLOCKS.match(chr(code))]
    assert missed == []
    assert not has_rtl("Müller – €1.2m …") and has_rtl("€ אתר")


def test_text_the_font_has_every_glyph_of_is_one_run() -> None:
    """Accents, dashes and the euro sign stay in the font; only what it lacks falls back."""
    ensure_fallbacks(["中"])
    assert runs("Müller – €1.2m", SANS) == ((SANS, "Müller – €1.2m"),)
    assert runs("Müller 中", SANS) == ((SANS, "Müller "), ("Crossroads-Fallback-CJK", "中"))


def test_wrap_respects_width_and_line_limit() -> None:
    text = "Replatform the web shop to a commerce platform the market sells " * 3
    lines, cut = wrap(text, 90, SANS, 8)
    assert not cut and len(lines) > 3
    assert all(stringWidth(line, SANS, 8) <= 90 for line in lines)
    short, cut = wrap(text, 90, SANS, 8, max_lines=2)
    assert cut and len(short) == 2 and short[-1].endswith(ELLIPSIS)
    assert all(stringWidth(line, SANS, 8) <= 90 for line in short)


def test_wrap_breaks_a_word_longer_than_the_line() -> None:
    lines, cut = wrap("x" * 200, 50, SANS, 8)
    assert not cut and len(lines) > 1
    assert "".join(lines) == "x" * 200
    assert all(stringWidth(line, SANS, 8) <= 50 for line in lines)


def test_normalise_drops_invisible_characters_only() -> None:
    assert normalise("a\u200db\u0007c\td") == "abc d"
    assert normalise("line\r\nnext") == "line\nnext"
    assert normalise("👍\ufe0f") == "👍"


def test_glyph_coverage_boxes_what_the_font_lacks() -> None:
    coverage = _coverage()
    assert coverage.missing("Crème, Привет, Καλημέρα") == []
    assert coverage.missing("中文 title") == ["中", "文"]
    assert coverage.replace_missing("中x") == MISSING_GLYPH + "x"
    assert has_rtl("مرحبا") and not has_rtl("hello")


def test_preflight_reports_missing_glyphs_and_shortening() -> None:
    preflight = Preflight(_coverage())  # no fallback fonts: what DejaVu lacks is boxed
    assert preflight.clean("中文 roadmap", "initiative 3 title") == f"{MISSING_GLYPH * 2} roadmap"
    preflight.clean("مرحبا", "initiative 4 title")
    preflight.note_shortened("timeline title", "A long title", "A lo…")
    preflight.note_shortened("timeline title", "Same", "Same")
    warnings = preflight.warnings()
    assert any("中" in w and "initiative 3 title" in w and MISSING_GLYPH in w for w in warnings)
    assert not any("initiative 4 title" in w for w in warnings)  # Arabic is shaped, not flagged
    assert any("Shortened to fit (timeline title)" in w and "A long title" in w
               for w in warnings)
    assert not any("'Same'" in w for w in warnings)


def test_preflight_caps_its_list_of_shortened_labels() -> None:
    preflight = Preflight(_coverage())
    for k in range(40):
        preflight.note_shortened("appendix", f"title {k}", "t…")
    warnings = preflight.warnings()
    assert len(warnings) == 13
    assert warnings[-1].startswith("... and 28 more")


def test_money_and_span() -> None:
    assert money(1_250_000, "EUR") == "€1.2m"
    assert money(850_000, "USD") == "$850k"
    assert money(12_000, "CHF") == "CHF 12k"
    assert money(None, "EUR") == "—"
    assert span(dt.date(2027, 3, 1), dt.date(2027, 9, 30)) == "Mar 2027 – Sep 2027"
    assert span(None, None) == "not scheduled"


# --- pagination and axis --------------------------------------------------------

def _slots(lanes: list[int]) -> list[Slot]:
    return [Slot(lane, None) for lane, count in enumerate(lanes) for _ in range(count)]


def test_paginate_balances_pages_and_marks_continued_lanes() -> None:
    pages = paginate(_slots([20, 15]), capacity=30)
    assert [len(p) for p in pages] == [18, 17]
    assert pages[1][0].continued and pages[1][0].lane == 0
    assert not pages[0][0].continued


def test_paginate_keeps_room_for_the_tail_on_the_last_page() -> None:
    pages = paginate(_slots([28]), capacity=30, tail=4)
    assert len(pages) == 2
    assert len(pages[-1]) + 4 <= 30
    assert sum(len(p) for p in pages) == 28
    assert paginate(_slots([10]), capacity=30, tail=4) == [_slots([10])]
    with pytest.raises(ValueError):
        paginate(_slots([3]), capacity=4, tail=4)


def test_axis_spans_whole_fiscal_quarters() -> None:
    axis = Axis.for_horizon(dt.date(2027, 5, 10), dt.date(2028, 2, 1), 100, 400,
                            fiscal_start_month=4)
    assert axis.start == dt.date(2027, 4, 1)
    assert axis.end == dt.date(2028, 4, 1)
    assert [q.number for q in axis.quarters()] == [1, 2, 3, 4]
    assert axis.quarters()[0].fiscal_label(4) == "Q1 FY2028"
    assert axis.x(axis.start) == 100 and axis.x(axis.end) == 500
    assert axis.x(dt.date(2000, 1, 1)) == 100
    left, right, cut_left, cut_right = axis.bar(dt.date(2027, 1, 1), dt.date(2027, 6, 30))
    assert left == 100 and cut_left and not cut_right and right > left


# --- facts ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def small_doc() -> Document:
    doc = Document.in_memory(title="Test <plan>", currency="EUR",
                             horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2027, 12, 31))
    doc.departments.create(name="Marketing", is_it=False)
    doc.departments.create(name="IT", is_it=True)
    market, it = (d.id for d in doc.departments.all())
    doc.initiatives.create(title="Campaign site", budget=100, start=dt.date(2027, 1, 1),
                           end=dt.date(2027, 3, 31), status=Status.IN_PROGRESS)
    doc.initiatives.create(title="Server move", budget=300, start=dt.date(2027, 2, 1),
                           end=dt.date(2027, 6, 30))
    doc.initiatives.create(title="Someday idea", bucket="later")
    first, second, _idea = (i.id for i in doc.initiatives.all())
    doc.participations.set_role(first, market, Role.LEAD)
    doc.participations.set_role(first, it, Role.ENABLER)
    doc.participations.set_role(second, it, Role.LEAD)
    doc.dependencies.link(second, first)
    return doc


def test_facts_follow_the_analysis(small_doc: Document) -> None:
    analysis = analyse(small_doc, today=dt.date(2027, 2, 1))
    facts = build_facts(small_doc, analysis, dt.date(2027, 2, 1), Preflight(_coverage()))
    by_title = {i.title: i for i in facts.initiatives}
    assert by_title["Campaign site"].lead.name == "Marketing"
    assert by_title["Server move"].lead.name == "IT"
    assert by_title["Server move"].it_alone and not by_title["Campaign site"].it_alone
    assert by_title["Someday idea"].lead is None and not by_title["Someday idea"].scheduled
    assert facts.title == "Test <plan>"
    assert facts.figures.total_budget == 400
    assert facts.figures.budget_by_lead[0] == ("IT", facts.departments[1].colour, 300)
    assert facts.figures.it_alone == 1
    assert facts.dependencies == [(by_title["Server move"].id, by_title["Campaign site"].id,
                                   True)]
    assert {f.code for f in facts.findings} >= {"CR101", "CR202"}
    assert all(not f.subject.startswith("initiative:") for f in facts.findings)


def test_board_points_count_in_words(small_doc: Document) -> None:
    analysis = analyse(small_doc, today=dt.date(2027, 2, 1))
    facts = build_facts(small_doc, analysis, dt.date(2027, 2, 1), Preflight(_coverage()))
    points = board_points(facts)
    assert "1 initiative is run by IT alone; 0 more cannot move until that work is done." \
        in points
    assert "1 dependency is broken: work starts before what it waits for has finished." \
        in points


def test_lanes_are_the_apps_with_scheduled_initiatives_as_rows(small_doc: Document) -> None:
    analysis = analyse(small_doc, today=dt.date(2027, 2, 1))
    facts = build_facts(small_doc, analysis, dt.date(2027, 2, 1), Preflight(_coverage()))
    timeline = collect(small_doc, analysis.graph)

    def lanes(mode: LaneMode) -> list[Lane]:
        return build_lanes(facts, timeline, mode, Preflight(_coverage()))

    by_department = lanes(LaneMode.DEPARTMENT)
    assert [lane.title for lane in by_department] == ["Marketing", "IT", NO_LEAD]
    assert [len(lane.initiatives) for lane in by_department] == [1, 1, 0]
    assert by_department[-1].ideas == 1, "the unled idea keeps its lane, as in the app"
    assert [lane.title for lane in lanes(LaneMode.STATUS)] == ["Planned", "In progress"]
    assert [lane.title for lane in lanes(LaneMode.THEME)] == ["No theme"]


def test_paginate_never_overfills_and_stays_even() -> None:
    import random

    rng = random.Random(4)
    for _ in range(200):
        capacity = rng.randint(2, 40)
        rows = rng.randint(1, 400)
        tail = rng.choice([0, 0, rng.randint(0, capacity - 1)])
        sizes = [len(p) for p in paginate(_slots([rows]), capacity, tail)]
        assert sum(sizes) == rows and min(sizes) >= 1
        assert max(sizes) <= capacity and sizes[-1] + tail <= capacity
        if not tail:
            assert max(sizes) - min(sizes) <= 1


def test_department_columns_split_into_groups_that_fit() -> None:
    from roadmap.boardpack.facts import DepartmentFact
    from roadmap.boardpack.sections.ownership import MIN_DEPARTMENT_MM, department_groups

    depts = [DepartmentFact(k, f"D{k}", "#4477AA", False) for k in range(25)]
    groups = department_groups(depts, 10 * MIN_DEPARTMENT_MM + 1)
    assert [len(g) for g in groups] == [10, 10, 5]
    assert [d for g in groups for d in g] == depts
    assert department_groups([], 100) == [[]]


def test_dependency_summary_counts_flows_and_waiting_work(small_doc: Document) -> None:
    from roadmap.boardpack.sections.dependency_map import department_flows, most_waited_for

    analysis = analyse(small_doc, today=dt.date(2027, 2, 1))
    facts = build_facts(small_doc, analysis, dt.date(2027, 2, 1), Preflight(_coverage()))
    names, flows = department_flows(facts)
    assert names == ["Marketing", "IT"]
    assert flows == {("IT", "Marketing"): (1, 1)}
    assert most_waited_for(facts) == []  # one dependant is not a hotspot


def test_fallback_fonts_cover_cjk_and_emoji_and_only_the_rest_is_boxed() -> None:
    register_fonts()
    preflight = Preflight(_coverage(), fallback=ensure_fallbacks)
    assert preflight.clean("中国市场 日本向け 🎁", "title") == "中国市场 日本向け 🎁"
    assert preflight.clean("\U000F0000 x", "note") == f"{MISSING_GLYPH} x"  # private use
    assert not any("title" in w for w in preflight.warnings())
    fonts_used = [name for name, _ in runs("Loyalty 🎁 中文", SANS_BOLD)]
    assert fonts_used == [SANS_BOLD, "Crossroads-Fallback-Symbols", SANS_BOLD,
                          "Crossroads-Fallback-CJK"]
    assert string_width("中文", SANS, 10) == pytest.approx(20, abs=1)


def test_arabic_is_shaped_and_rtl_lines_are_drawn_in_visual_order() -> None:
    shaped = shape("متجر")
    assert shaped != "متجر" and all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)
    assert shape("plain") == "plain" and shape("אתר") == "אתר"
    assert visual("אתר") == "רתא"
    # an English sentence quoting a Hebrew title stays left to right
    assert visual("'אתר' has no sponsor").endswith("has no sponsor")
    assert visual("hello") == "hello"
