"""A column checked in one go by a text or integer rule passes exactly when every value would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roadmap.model.errors import RoadmapFileError, ValidationError
from roadmap.model.validation import integer, text
from roadmap.services.files import open_document, save_document
from roadmap.storage import filecheck
from tests.helpers.roadmaps import small_roadmap


def _each_passes(rule, values) -> bool:
    try:
        for value in values:
            rule("field", value)
    except ValidationError:
        return False
    return True


@given(st.lists(st.text(alphabet=st.sampled_from(" ab\x00\t"), max_size=6), max_size=5),
       st.integers(min_value=0, max_value=5), st.booleans())
def test_a_text_column_passes_in_one_go_exactly_when_each_value_does(values, limit, required):
    rule = text(limit, required=required)
    assert rule.all_pass(values) == _each_passes(rule, values)


@given(st.lists(st.integers(min_value=-5, max_value=5), max_size=5),
       st.one_of(st.none(), st.integers(min_value=-3, max_value=3)),
       st.one_of(st.none(), st.integers(min_value=-3, max_value=3)))
def test_an_integer_column_passes_in_one_go_exactly_when_each_value_does(values, low, high):
    rule = integer(minimum=low, maximum=high)
    assert rule.all_pass(values) == _each_passes(rule, values)


def _stored(tmp_path: Path) -> Path:
    doc = small_roadmap()
    path = tmp_path / "plan.roadmap"
    save_document(doc, path)
    doc.close()
    return path


def test_a_title_too_long_on_disk_is_named_with_its_row(tmp_path: Path) -> None:
    path = _stored(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE initiative SET title = ? WHERE id = (SELECT max(id) FROM initiative)",
                     ("x" * 201,))
    with pytest.raises(RoadmapFileError) as refused:
        open_document(path, recovery_dir=tmp_path / "recovery")
    assert "201" in str(refused.value) and "title" in str(refused.value).lower()


def test_a_damaged_page_is_reported_as_damage_whatever_the_values_say(tmp_path: Path) -> None:
    path = _stored(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE initiative SET priority = 99")  # a bad value in every row
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page + 100: 3 * page + 140] = b"\xff" * 40  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(RoadmapFileError) as refused:
        filecheck.verify(path)
    assert "damaged" in str(refused.value).lower()
