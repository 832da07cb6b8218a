"""The field cleaners' less common inputs: what each accepts, normalises or refuses.

The service layer, the file loader and the importers all go through
`roadmap.model.validation`; these pin the edges the everyday tests do not
reach (timestamps as dates, booleans as numbers, words as flags, blobs).
"""

from __future__ import annotations

import datetime as dt

import pytest

from roadmap.model.enums import BenefitArea, Status
from roadmap.model.errors import ValidationError
from roadmap.model.validation import (
    blob,
    boolean,
    choice,
    choices,
    clean_fields,
    date,
    datetime_value,
    integer,
    real,
)


def test_a_timestamp_given_for_a_date_keeps_its_day() -> None:
    """A datetime is accepted where a date is asked for: its calendar day is kept."""
    assert date()("start", dt.datetime(2027, 3, 4, 23, 59)) == dt.date(2027, 3, 4)
    assert date()("start", " 2027-03-04 ") == dt.date(2027, 3, 4)


def test_a_required_number_may_not_be_empty_and_a_flag_is_no_number() -> None:
    """Empty is refused unless nullable; True/False are refused although int() takes them."""
    required = integer(minimum=1)
    with pytest.raises(ValidationError, match="priority: a number is required"):
        required("priority", "")
    assert integer(nullable=True)("budget", None) is None
    with pytest.raises(ValidationError, match="True is not a number") as caught:
        required("priority", True)
    assert caught.value.field == "priority"
    assert required("priority", 3.0) == 3
    with pytest.raises(ValidationError, match="not a whole number"):
        required("priority", 2.5)


def test_a_coordinate_must_be_a_finite_number() -> None:
    """real() takes numbers and numeric text; words, None and infinities are refused."""
    assert real()("x", "1.5") == 1.5
    with pytest.raises(ValidationError, match="'left' is not a number"):
        real()("x", "left")
    with pytest.raises(ValidationError, match="None is not a number"):
        real()("y", None)
    with pytest.raises(ValidationError, match="finite"):
        real()("y", "inf")


def test_a_flag_reads_the_usual_words_and_refuses_others() -> None:
    """Yes/no words in any case become booleans; anything else names the field."""
    flag = boolean()
    assert [flag("f", w) for w in ("Yes", " y ", "TRUE", "1")] == [True] * 4
    assert [flag("f", w) for w in ("no", "N", "false", "0", "")] == [False] * 5
    with pytest.raises(ValidationError, match="customer_facing: 'maybe' is not yes or no"):
        flag("customer_facing", "maybe")


def test_a_required_choice_may_not_be_empty() -> None:
    """A non-nullable enumeration refuses None and the empty string; a nullable one gives None."""
    with pytest.raises(ValidationError, match="status: a value is required"):
        choice(Status)("status", None)
    with pytest.raises(ValidationError, match="a value is required"):
        choice(Status)("status", "")
    assert choice(Status, nullable=True)("status", "") is None
    with pytest.raises(ValidationError, match="unknown value 'paused'"):
        choice(Status)("status", "paused")


def test_a_list_of_choices_skips_blanks_and_repeats() -> None:
    """Comma-separated or listed members: blanks are dropped, repeats kept once, in order."""
    areas = choices(BenefitArea)
    assert areas("benefit_areas", "sales, ,marketing,Sales") == (
        BenefitArea.SALES, BenefitArea.MARKETING)
    assert areas("benefit_areas", [BenefitArea.FINANCE_ADMIN, "  ", "finance_admin"]) == (
        BenefitArea.FINANCE_ADMIN,)
    assert areas("benefit_areas", None) == ()
    with pytest.raises(ValidationError, match="unknown value 'legal'"):
        areas("benefit_areas", "sales,legal")


def test_a_timestamp_is_read_from_text_to_the_second() -> None:
    """ISO text becomes a datetime without microseconds; other text names the field."""
    clean = datetime_value()
    assert clean("made_at", "2027-01-05T09:30:15.123456") == dt.datetime(2027, 1, 5, 9, 30, 15)
    assert clean("made_at", dt.datetime(2027, 1, 5, 9, 30, 15, 999)) == dt.datetime(
        2027, 1, 5, 9, 30, 15)
    with pytest.raises(ValidationError, match="made_at: 'last week' is not a date and time"):
        clean("made_at", "last week")


def test_a_payload_must_be_bytes_within_its_size() -> None:
    """blob() takes bytes-like values as bytes and refuses text or a payload too large."""
    clean = blob(4)
    assert clean("payload", bytearray(b"abc")) == b"abc"
    assert clean("payload", memoryview(b"abcd")) == b"abcd"
    with pytest.raises(ValidationError, match="payload: str is not bytes"):
        clean("payload", "abc")
    with pytest.raises(ValidationError, match="is 5 bytes long; at most 4"):
        clean("payload", b"abcde")


def test_an_unknown_field_is_refused_by_name() -> None:
    """clean_fields() names a field the table does not have, in words."""
    with pytest.raises(ValidationError, match="colour: is not a field of node position"):
        clean_fields("node_position", {"colour": "#FFFFFF"})
    assert clean_fields("node_position", {"x": "2", "y": 3}) == {"x": 2.0, "y": 3.0}
