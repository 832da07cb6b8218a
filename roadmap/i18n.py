"""The text a person reads, in their language, without Qt in the core.

Every user-visible string of the core (the board pack, the deck, the
findings, the command line) is written in English in the code and passed
through `translate(context, text)`. The catalogues are Qt's: `.ts` sources
that `pyside6-lupdate` extracts from these calls and `.qm` files compiled
from them (resources/i18n/). The core cannot load a `.qm` itself, since it
never imports Qt; the app (or the command line, for a language other than
English) installs a lookup function with `install`, and until then every
text is its English self.

Strings that must be defined before a language is known (tables at module
level) are marked with `QT_TRANSLATE_NOOP(context, text)`, the marker
lupdate recognises, and translated where they are shown.

Placeholders use `str.format` names, never f-strings, so that the text
lupdate extracts is the one looked up: `translate("Summary", "{count}
initiatives").format(count=n)`. Plurals are chosen in code from a one and
an other form; German and English need no more.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

Lookup = Callable[[str, str, str | None], str | None]
"""(context, source text, disambiguation) -> translation, or None/'' when there is none."""

SUPPORTED_LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
"""Languages with a complete catalogue: code -> the language's own name."""

SOURCE_LANGUAGE = "en"

_lookup: Lookup | None = None
_language = SOURCE_LANGUAGE
_cache: dict[tuple[str, str, str | None], str] = {}


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the installed language, or `text` itself when it has no translation."""
    if _lookup is None:
        return text
    key = (context, text, disambiguation)
    found = _cache.get(key)
    if found is None:
        found = _lookup(context, text, disambiguation) or text
        _cache[key] = found
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue without translating it yet; returns it unchanged.

    The name is the one pyside6-lupdate looks for.
    """
    return text


def install(lookup: Lookup | None, language: str) -> None:
    """Make `lookup` the source of translations for `language` (None: back to English)."""
    global _lookup, _language
    _lookup = lookup
    _language = language if lookup is not None else SOURCE_LANGUAGE
    _cache.clear()


@contextmanager
def untranslated() -> Iterator[None]:
    """English for the duration: for output that scripts read (`check --json`), whatever
    language the person runs in."""
    saved = _lookup, _language
    install(None, SOURCE_LANGUAGE)
    try:
        yield
    finally:
        install(*saved)


def language() -> str:
    """The language code texts are translated into now ('en' when none is installed)."""
    return _language


def supported(code: str | None) -> str | None:
    """The supported language a locale or language code names ('de_CH.UTF-8' -> 'de'), or None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in SUPPORTED_LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the POSIX locale variables ask for, for commands run without a window.

    `CROSSROADS_LANGUAGE` wins, then `LANGUAGE` (a colon-separated list),
    `LC_ALL`, `LC_MESSAGES` and `LANG`; the first supported one is taken,
    English when none is.
    """
    env = os.environ if environ is None else environ
    for name in ("CROSSROADS_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if name == "LANGUAGE":
            for part in value.split(":"):
                if found := supported(part):
                    return found
            continue
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return supported(value) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE
