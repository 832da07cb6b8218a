"""Put the app, Qt's own dialogs and the core into one language.

The catalogues are compiled `.qm` files in resources/i18n/ (one for the
app's texts, one for the core's: board pack, findings, command line), plus
Qt's own `qtbase_<lang>.qm` for the standard dialogs and buttons. The
language is the one chosen in Preferences, else the first supported one of
the system's UI languages, else English, the language the code is written in.

Loading a language installs the translators into the QCoreApplication (for
`tr()` and `QCoreApplication.translate`) and hands the same lookup to
`roadmap.i18n`, which never imports Qt. The headless commands use only
QtCore for this, and only when a language other than English is asked for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roadmap import i18n

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOGUES = ("crossroads_ui", "crossroads_core")
"""The app's catalogues, by base name (a file is NAME_LANG.qm)."""

_installed: list[QTranslator] = []


def catalogue_path(name: str, language: str) -> Path:
    """Where the compiled catalogue `name` for `language` lives."""
    return I18N_DIR / f"{name}_{language}.qm"


def system_language() -> str:
    """The first supported language among the system's UI languages, or English."""
    for name in QLocale.system().uiLanguages():
        if found := i18n.supported(name):
            return found
    return i18n.SOURCE_LANGUAGE


def choose_language(preference: str | None) -> str:
    """The language to use: a supported preference, else the system's."""
    return i18n.supported(preference) or system_language()


def _load(language: str) -> list[QTranslator]:
    translators: list[QTranslator] = []
    for name in CATALOGUES:
        translator = QTranslator()
        if translator.load(str(catalogue_path(name, language))):
            translators.append(translator)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    return translators


def apply_language(language: str) -> str:
    """Translate the app and the core into `language` from now on; returns the language used.

    English (or a language whose catalogues are missing) removes every
    translator, so texts show as written. Widgets made earlier keep their
    texts; the window is made after this is called, or rebuilt.
    """
    app = QCoreApplication.instance()
    chosen = i18n.supported(language) or i18n.SOURCE_LANGUAGE
    if _installed and chosen == i18n.language():
        # Loaded already (the command line reads its options in it before the window
        # exists): only an application made since still needs the translators.
        if app is not None:
            for translator in _installed:
                app.removeTranslator(translator)  # never installed twice
                app.installTranslator(translator)
        return chosen
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    translators = [] if chosen == i18n.SOURCE_LANGUAGE else _load(chosen)
    if not translators:
        i18n.install(None, i18n.SOURCE_LANGUAGE)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return i18n.SOURCE_LANGUAGE
    _installed.extend(translators)
    if app is not None:
        for translator in translators:
            app.installTranslator(translator)

    def lookup(context: str, text: str, disambiguation: str | None) -> str | None:
        for translator in translators:
            found = translator.translate(context, text, disambiguation)
            if found:
                return found
        return None

    i18n.install(lookup, chosen)
    QLocale.setDefault(QLocale(chosen))
    return chosen
