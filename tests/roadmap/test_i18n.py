"""The core's translation hook: English until a lookup is installed, then the lookup's text.

Also the choice of a language from the locale variables a command runs under.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from roadmap import i18n


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    i18n.install(None, "en")


def test_without_a_lookup_every_text_is_itself() -> None:
    assert i18n.language() == "en"
    assert i18n.translate("Summary", "Executive summary") == "Executive summary"
    assert i18n.QT_TRANSLATE_NOOP("Labels", "Cart and checkout") == "Cart and checkout"


def test_an_installed_lookup_translates_and_falls_back_to_the_source() -> None:
    calls: list[tuple[str, str, str | None]] = []

    def lookup(context: str, text: str, disambiguation: str | None) -> str | None:
        calls.append((context, text, disambiguation))
        return {"Executive summary": "Management-Zusammenfassung"}.get(text)

    i18n.install(lookup, "de")
    assert i18n.language() == "de"
    assert i18n.translate("Summary", "Executive summary") == "Management-Zusammenfassung"
    assert i18n.translate("Summary", "Untranslated") == "Untranslated"
    assert i18n.translate("Summary", "Executive summary") == "Management-Zusammenfassung"
    assert calls.count(("Summary", "Executive summary", None)) == 1  # looked up once
    i18n.install(None, "de")
    assert i18n.language() == "en"
    assert i18n.translate("Summary", "Executive summary") == "Executive summary"


@pytest.mark.parametrize(("code", "expected"), [
    ("de", "de"), ("de_CH.UTF-8", "de"), ("de-AT", "de"), ("DE", "de"), ("en_GB", "en"),
    ("fr_FR", None), ("", None), (None, None), ("de_DE@euro", "de"),
])
def test_supported_reads_locale_and_language_codes(code: str | None,
                                                   expected: str | None) -> None:
    assert i18n.supported(code) == expected


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}, "de"),
    ({"CROSSROADS_LANGUAGE": "de", "LANG": "en_GB.UTF-8"}, "de"),
    ({"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
])
def test_commands_follow_the_locale_variables(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(environ) == expected
