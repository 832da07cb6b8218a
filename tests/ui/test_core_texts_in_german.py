"""Texts the core supplies read in German where the window shows them: the rule settings,
and the user guide's finding headings, which name each rule as the findings do."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox

from roadmap.analysis import RULES
from ui.guide import guide_path

HEADING = re.compile(r'<h3><a name="(CR\d+)"></a>\1 ([^<]+?) <span')


@pytest.fixture
def german() -> Iterator[None]:
    from ui.translation import apply_language

    apply_language("de")
    yield
    apply_language("en")


def _rules() -> list[Any]:
    return list(RULES.values()) if isinstance(RULES, dict) else list(RULES)


def test_the_rule_settings_name_the_rules_in_german(qtbot: Any, ctx: Any,
                                                     german: None) -> None:
    from ui.dialogs.rules import RulesDialog

    dialog = RulesDialog(ctx)
    qtbot.addWidget(dialog)
    texts = {box.text() for box in dialog.findChildren(QCheckBox)}
    assert "CR101  Nur IT" in texts
    assert not any(f"{rule.code}  {rule.title}" in texts for rule in _rules()
                   if rule.display_title != rule.title)


def test_the_german_guide_heads_each_finding_with_its_rule_title(german: None) -> None:
    headings = dict(HEADING.findall(guide_path().read_text(encoding="utf-8")))
    assert guide_path().name == "guide_de.html"
    for rule in _rules():
        assert headings.get(rule.code) == rule.display_title, rule.code


def test_the_english_guide_heads_each_finding_with_its_rule_title() -> None:
    headings = dict(HEADING.findall(guide_path().read_text(encoding="utf-8")))
    assert guide_path().name == "guide.html"
    assert {rule.code: rule.title for rule in _rules()} == {
        code: headings.get(code) for code in (rule.code for rule in _rules())}
