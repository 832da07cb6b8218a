"""Help: the bundled guide covers every finding, opens at a finding's code, lists every shortcut."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence

from roadmap.analysis.registry import RULES
from ui.guide import GuideDialog, guide_path, guide_url
from ui.models import OBJECT_ROLE
from ui.models.shortcuts import ShortcutsModel, action_label, shortcut_text


class _Sections(HTMLParser):
    """The guide's anchors, each with the text that follows it up to the next anchor."""

    def __init__(self) -> None:
        super().__init__()
        self.text: dict[str, str] = {}
        self._current = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = dict(attrs).get("name")
        if tag == "a" and name:
            self._current = name
            self.text[name] = ""

    def handle_data(self, data: str) -> None:
        if self._current:
            self.text[self._current] += data


def guide_sections() -> dict[str, str]:
    parser = _Sections()
    parser.feed(guide_path().read_text(encoding="utf-8"))
    return parser.text


def test_every_finding_code_has_a_guide_section_with_thesis_and_resolution() -> None:
    sections = guide_sections()
    assert len(RULES) >= 15
    for code, rule in RULES.items():
        assert code in sections, f"the guide has no section for {code}"
        text = " ".join(sections[code].split())
        assert text.startswith(f"{code} "), text[:60]
        assert "Why it matters:" in text and "How to resolve:" in text, code
        assert f"({rule.severity.value})" in text.lower(), code


def test_the_guide_has_the_topics_and_its_links_resolve() -> None:
    sections = guide_sections()
    for topic in ("getting-started", "views", "findings", "board-pack", "files", "shared"):
        assert topic in sections
    html = guide_path().read_text(encoding="utf-8")
    for target in re.findall(r'href="#([^"]+)"', html):
        assert target in sections, target


def test_help_user_guide_opens_the_bundled_guide(window: Any, qtbot: Any) -> None:
    window.named_actions["help_guide"].trigger()
    dialog = window.findChild(GuideDialog, "guide_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.browser.source().toLocalFile() == str(guide_path())
    assert "Getting started" in dialog.browser.toPlainText()
    assert window.named_actions["help_guide"].shortcuts() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.HelpContents)
    dialog.close()


def _first_finding_row(window: Any) -> QModelIndex:
    table = window.findings.table
    model = table.model()
    codes = [model.index(row, 0).data(OBJECT_ROLE).code for row in range(model.rowCount())]
    row = max(range(len(codes)), key=lambda r: codes[r])  # the last code: deep in the guide
    index = model.index(row, 0)
    table.setCurrentIndex(index)
    return index


def test_why_this_matters_opens_the_guide_at_the_findings_code(window: Any, qtbot: Any) -> None:
    index = _first_finding_row(window)
    finding = index.data(OBJECT_ROLE)
    assert window.findings.why_button.isEnabled()
    window.findings.why_button.click()
    dialog = window.findChild(GuideDialog, "guide_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    assert finding.code in _visible_text(dialog)
    assert "Getting started" not in _visible_text(dialog)
    dialog.close()


def _visible_text(dialog: GuideDialog) -> str:
    browser = dialog.browser
    start = browser.cursorForPosition(browser.viewport().rect().topLeft()).position()
    end = browser.cursorForPosition(browser.viewport().rect().bottomRight()).position()
    return browser.toPlainText()[start:end]


def test_the_context_menu_offers_why_this_matters(window: Any, qtbot: Any) -> None:
    index = _first_finding_row(window)
    menu = window.findings.context_menu(index)
    names = [a.objectName() for a in menu.actions()]
    assert names[0] == "findings_menu_why"
    menu.actions()[0].trigger()
    dialog = window.findChild(GuideDialog, "guide_dialog")
    assert dialog is not None and dialog.isVisible()
    assert index.data(OBJECT_ROLE).code in _visible_text(dialog)
    dialog.close()
    assert window.findings.context_menu(QModelIndex()) is None


def test_the_guide_url_carries_the_code_as_its_fragment() -> None:
    url = guide_url("CR101")
    assert url.isLocalFile() and url.fragment() == "CR101"


def test_keyboard_shortcuts_lists_every_action_from_the_registry(window: Any,
                                                                qtbot: Any, qtmodeltester) -> None:
    actions = window.named_actions
    model = ShortcutsModel(actions)
    qtmodeltester.check(model)
    listed = {model.index(row, 0).data(0x0100).objectName() for row in range(model.rowCount())}
    assert listed == {name for name in actions.names() if actions[name].text()}
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    redo = actions["edit_redo"]
    assert redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert rows[action_label(redo)] == shortcut_text(redo)
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert key.toString(QKeySequence.SequenceFormat.NativeText) in rows[action_label(redo)]
    assert rows["Export Board Pack"] == QKeySequence("Ctrl+E").toString(
        QKeySequence.SequenceFormat.NativeText)


def test_help_keyboard_shortcuts_opens_a_filterable_table(window: Any, qtbot: Any) -> None:
    from ui.dialogs.shortcuts import ShortcutsDialog

    window.named_actions["help_shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcuts_dialog")
    assert dialog is not None and dialog.isVisible()
    total = dialog.proxy.rowCount()
    dialog.filter_box.setText("redo")
    assert 0 < dialog.proxy.rowCount() < total
    dialog.close()


def test_the_inspector_links_each_finding_to_why_it_matters(window: Any, qtbot: Any) -> None:
    from roadmap.model.keys import NodeKey

    finding = next(f for f in window.ctx.analysis.findings if f.initiative_ids)
    window.ctx.select([NodeKey.initiative(finding.initiative_ids[0])], "test")
    label = window.inspector.current_form.findings_label
    assert f'href="{finding.code}"' in label.text() and "Why this matters" in label.text()
    label.linkActivated.emit(finding.code)
    dialog = window.findChild(GuideDialog, "guide_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: finding.code in _visible_text(dialog))
    dialog.close()
