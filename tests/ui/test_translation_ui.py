"""The German window shows no English text of the app's catalogue; the English one is unchanged.

The window is built on a roadmap whose names are not English words, so any
visible text equal to an English source of resources/i18n/crossroads_ui_de.ts
(one whose German translation differs) is a text that missed translation.
"""

from __future__ import annotations

import datetime as dt
import runpy
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from roadmap.model.enums import Role

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "crossroads_ui_de.ts"
D = dt.date


def _plain(text: str) -> str:
    """`text` without mnemonic marks ('&&' stays a literal '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_sources() -> set[str]:
    """Every source text of the app's German catalogue whose translation differs from it."""
    sources = set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = _plain(message.findtext("source") or "")
        translation = _plain(message.findtext("translation") or "")
        if source and translation and translation != source:
            sources.add(source)
    return sources


@pytest.fixture
def language() -> Iterator[Any]:
    """Switch the app's language for one test (`language("de")`); English and the locale after."""
    from ui.translation import apply_language

    saved = QLocale()
    yield apply_language
    apply_language("en")
    QLocale.setDefault(saved)


def _neutral_window(qtbot: Any, tmp_path: Path) -> Any:
    """The main window on a small roadmap whose names are no English words, every view built."""
    from roadmap.services.files import new_document
    from ui import settings as app_settings
    from ui.context import AppContext
    from ui.main_window import MainWindow

    doc = new_document(recovery_dir=tmp_path / "recovery", horizon_start=D(2027, 1, 1),
                       horizon_end=D(2027, 12, 31))
    north = doc.departments.create(name="Nordwerk").rows[0].key
    doc.owners.create(name="Ada Muster")
    doc.vendors.create(name="Zeta GmbH")
    first = doc.initiatives.create(title="Kasse 2027", start=D(2027, 1, 4),
                                   end=D(2027, 3, 28)).rows[0].key
    second = doc.initiatives.create(title="Zahlweg", start=D(2027, 2, 1),
                                    end=D(2027, 6, 27)).rows[0].key
    doc.participations.set_role(first, north, Role.LEAD)
    doc.dependencies.link(second, first)  # Zahlweg starts before Kasse ends: a finding
    main = MainWindow(AppContext(doc), app_settings.AppSettings())
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.analysis.refresh_now()
    for name in main.views.names():
        main.show_view(name)
    from roadmap.model.keys import NodeKey, NodeKind

    main.inspect(NodeKey(NodeKind.INITIATIVE, first), focus=False)
    return main


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield where, action.text()
        yield where, action.toolTip()
        yield where, action.statusTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} ▸ {action.text()}")


def _widget_texts(root: QWidget, where: str) -> Iterator[tuple[str, str]]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            yield where, widget.toolTip()
            yield where, widget.accessibleName()


def visible_texts(main: Any) -> list[tuple[str, str]]:
    """(where, text) of what the window shows: menus, toolbar, docks, tabs, headers, status."""
    found: list[tuple[str, str]] = []
    for action in main.menuBar().actions():
        found.append(("menu bar", action.text()))
        if action.menu() is not None:
            found += _menu_texts(action.menu(), action.text())
    for action in main.toolbar.actions():
        found += [("toolbar", action.toolTip()), ("toolbar", action.text())]
    found.append(("toolbar", main.toolbar.windowTitle()))
    for dock in main.findChildren(QDockWidget):
        found.append(("dock title", dock.windowTitle()))
        found += _widget_texts(dock, dock.windowTitle())
    for bar in main.findChildren(QTabBar):
        found += [("tab", bar.tabText(i)) for i in range(bar.count())]
        found += [("tab", bar.tabToolTip(i)) for i in range(bar.count())]
    for name in main.views.names():
        main.show_view(name)
        found += _widget_texts(main.views.currentWidget(), f"view {name}")
    for view in main.findChildren(QAbstractItemView):
        model = view.model()
        try:
            columns = model.columnCount(QModelIndex()) if model is not None else 0
        except TypeError:  # a list model of Qt's own (a completer's) keeps it private
            continue
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    found.append((f"header of {view.objectName()}", value))
    for label in main.statusBar().findChildren(QLabel):
        found += [("status bar", label.text()), ("status bar", label.toolTip())]
    return [(where, text) for where, text in found if text]


def _untranslated(texts: list[tuple[str, str]], english: set[str]) -> list[tuple[str, str]]:
    """The texts that are an English source, whole or without a trailing '(shortcut)'."""
    missed = []
    for where, text in texts:
        plain = _plain(text)
        bare = plain.rsplit(" (", 1)[0] if plain.endswith(")") else plain
        if plain in english or bare in english:
            missed.append((where, text))
    return missed


def test_the_german_window_shows_no_english_text_of_the_catalogue(
        qtbot: Any, tmp_path: Path, language: Any) -> None:
    assert language("de") == "de"
    main = _neutral_window(qtbot, tmp_path)
    try:
        texts = visible_texts(main)
        assert len(texts) > 150  # the walk reaches menus, docks, views and headers
        assert _untranslated(texts, english_sources()) == []
        shown = {_plain(text) for _where, text in texts}
        titles = [a.text() for a in main.menuBar().actions()]
        assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Einfügen", "&Roadmap", "&Hilfe"]
        assert {"Zeitplan", "Abhängigkeitskarte", "Tabelle", "Verantwortungsmatrix"} <= shown
        assert {"Navigator", "Inspektor", "Änderungen", "Beginn", "Verantwortlich",
                "Speichern", "Vorstandsunterlage exportieren…", "Kompakte Zeilen"} <= shown
        assert main.named_actions.edit_undo.text().startswith("&Rückgängig")
    finally:
        main.close()
        main.ctx.doc.close()


def _dialog_texts(dialog: QWidget) -> list[tuple[str, str]]:
    found = [("title", dialog.windowTitle()), *_widget_texts(dialog, dialog.objectName())]
    for box in dialog.findChildren(QComboBox):
        found += [(box.objectName(), box.itemText(i)) for i in range(box.count())]
    return [(where, text) for where, text in found if text]


def test_the_german_dialogs_show_no_english_text_of_the_catalogue(
        qtbot: Any, tmp_path: Path, language: Any) -> None:
    from ui.dialogs.boardpack import BoardPackDialog
    from ui.dialogs.dependency import DependencyDialog
    from ui.dialogs.export_picture import ExportPictureDialog
    from ui.dialogs.finding_action import FindingActionDialog
    from ui.dialogs.properties import PropertiesDialog
    from ui.dialogs.rules import RulesDialog
    from ui.dialogs.snapshots import SnapshotsDialog, TakeSnapshotDialog

    language("de")
    main = _neutral_window(qtbot, tmp_path)
    ctx = main.ctx
    first = ctx.doc.initiatives.all()[0].id
    try:
        dialogs = [BoardPackDialog(ctx, main), BoardPackDialog(ctx, main, deck=True),
                   PropertiesDialog(ctx, main), RulesDialog(ctx, main),
                   TakeSnapshotDialog(ctx, main), SnapshotsDialog(ctx, main),
                   FindingActionDialog(main, "CR101", owners=["Ada Muster"]),
                   ExportPictureDialog(main.picturable_view(), ctx, parent=main),
                   DependencyDialog(ctx, first, main)]
        texts: list[tuple[str, str]] = []
        for dialog in dialogs:
            dialog.show()
            texts += _dialog_texts(dialog)
            dialog.close()
        assert len(texts) > 80
        assert _untranslated(texts, english_sources()) == []
        shown = {_plain(text) for _where, text in texts}
        assert {"Vorstandsunterlage exportieren", "Eigenschaften der Roadmap", "Regeleinstellungen",
                "Momentaufnahme erstellen", "Ansicht als Bild exportieren"} <= shown
    finally:
        main.close()
        main.ctx.doc.close()


def test_german_money_follows_the_locale_and_english_stays(language: Any) -> None:
    from ui.formatting import money, parse_money, yes_no

    assert money(1_250_000) == "€1,250,000"
    assert yes_no(True) == "Yes"
    language("de")
    assert money(1_250_000) == "1.250.000 €"
    assert yes_no(True) == "Ja"
    assert parse_money("1.250.000 €") == 1_250_000
    assert parse_money("1,2m") == 1_200_000
    language("en")
    assert money(1_250_000) == "€1,250,000"
    assert parse_money("1.250.000") == 1_250_000
    assert parse_money("€250,000") == 250_000


def test_the_english_window_is_still_english(qtbot: Any, tmp_path: Path, language: Any) -> None:
    assert language("en") == "en"
    main = _neutral_window(qtbot, tmp_path)
    try:
        texts = visible_texts(main)
        # The same walk in English finds the catalogue's sources: the German check can fail.
        assert len(_untranslated(texts, english_sources())) > 100
        titles = [a.text() for a in main.menuBar().actions()]
        assert titles == ["&File", "&Edit", "&View", "&Insert", "&Roadmap", "&Help"]
        shown = {_plain(text) for _where, text in texts}
        assert {"Timeline", "Dependency Graph", "Table", "Ownership Matrix", "Inspector",
                "Start", "Accountable", "Compact rows", "Export Board Pack…"} <= shown
        german = {_plain(m.findtext("translation") or "")
                  for m in ET.parse(CATALOGUE).getroot().iter("message")} - {
                      _plain(m.findtext("source") or "")
                      for m in ET.parse(CATALOGUE).getroot().iter("message")}
        assert not shown & german
    finally:
        main.close()
        main.ctx.doc.close()


def test_the_app_catalogue_is_current() -> None:
    check = runpy.run_path(str(ROOT / "packaging" / "translations.py"))["check"]
    assert [line for line in check() if "crossroads_ui" in line] == []
