"""The user guide in the app's language: the German guide has every topic and finding anchor."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from roadmap import i18n
from ui.guide import guide_path

ANCHOR = re.compile(r'<a name="([^"]+)">')


@pytest.fixture
def german() -> Iterator[None]:
    i18n.install(lambda _context, _text, _disambiguation: None, "de")
    yield
    i18n.install(None, "en")


def test_english_is_the_default_guide() -> None:
    assert guide_path().name == "guide.html"


def test_the_german_guide_is_shown_in_german_with_the_same_anchors(german: None) -> None:
    path = guide_path()
    assert path.name == "guide_de.html"
    german_text = path.read_text(encoding="utf-8")
    english_text = (path.parent / "guide.html").read_text(encoding="utf-8")
    assert ANCHOR.findall(german_text) == ANCHOR.findall(english_text)
    assert '<html lang="de">' in german_text
    assert "Warum es wichtig ist" in german_text and "Why it matters" not in german_text


def test_a_language_without_a_guide_shows_the_english_one() -> None:
    i18n.install(lambda _context, _text, _disambiguation: None, "fr")
    try:
        assert guide_path().name == "guide.html"
    finally:
        i18n.install(None, "en")
