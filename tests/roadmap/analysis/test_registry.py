"""The rule registry: a rule is registered once, with its code, severity, title and check.

The engine, the `check` command, the settings dialog and the board pack all
read RULES; a rule registered twice, out of order or with a field lost
would change what every one of them reports.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from roadmap.analysis.context import Context
from roadmap.analysis.registry import RULES, Found, Rule, rule
from roadmap.model.enums import Severity


def _check(_ctx: Context) -> Iterator[Found]:
    yield from ()


@pytest.fixture()
def restore_rules() -> Iterator[None]:
    before = dict(RULES)
    yield
    RULES.clear()
    RULES.update(before)


@pytest.mark.usefixtures("restore_rules")
def test_a_registered_rule_keeps_every_field_and_its_check() -> None:
    decorated = rule("CR150", Severity.LOW, "Test title", "What it checks.")(_check)
    assert decorated is _check
    assert RULES["CR150"] == Rule("CR150", Severity.LOW, "Test title", "What it checks.", _check)


@pytest.mark.usefixtures("restore_rules")
def test_rules_stay_in_code_order_whatever_the_order_of_registration() -> None:
    rule("CR999", Severity.LOW, "Last", "Registered first.")(_check)
    rule("CR000", Severity.HIGH, "First", "Registered last.")(_check)
    codes = list(RULES)
    assert codes == sorted(codes)
    assert codes[0] == "CR000" and codes[-1] == "CR999"
    assert "CR101" in codes  # the real rules are all still there


@pytest.mark.usefixtures("restore_rules")
def test_a_code_registered_twice_is_refused_and_the_first_rule_kept() -> None:
    with pytest.raises(RuntimeError, match=r"^rule CR101 is registered twice$"):
        rule("CR101", Severity.LOW, "Impostor", "Not the real CR101.")(_check)
    assert RULES["CR101"].title == "IT alone"
