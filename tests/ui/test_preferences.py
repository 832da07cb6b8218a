"""Edit ▸ Preferences: the language is remembered for the next start, high contrast applies now."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMenu

from ui import settings as app_settings
from ui.dialogs.preferences import PreferencesDialog
from ui.high_contrast import HIGH_CONTRAST_THEME, apply_contrast, desk_theme, enabled
from ui.views.timeline.style import DESK, contrast


@pytest.fixture
def normal_contrast(qapp) -> Iterator[None]:
    """Normal contrast after the test; windows closed by earlier tests deleted first.

    Switching contrast repaints every widget of the application, so a
    window an earlier test closed (its roadmap closed too) must be gone.
    """
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    apply_contrast(False)


def test_the_dialog_stores_the_language_and_high_contrast(qtbot, normal_contrast) -> None:
    settings = app_settings.AppSettings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system by default
    assert not dialog.note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.contrast.setChecked(True)
    dialog.accept()
    assert settings.get(app_settings.LANGUAGE) == "de"
    assert settings.get(app_settings.HIGH_CONTRAST) is True
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "de"
    assert again.contrast.isChecked()


def test_a_changed_language_says_when_it_applies(qtbot) -> None:
    dialog = PreferencesDialog(app_settings.AppSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.note.isVisible()
    dialog.language.setCurrentIndex(0)
    assert not dialog.note.isVisible()


def test_high_contrast_meets_seven_to_one_and_switches_back(qapp, normal_contrast) -> None:
    before = qapp.palette().color(QPalette.ColorRole.Window).name()
    apply_contrast(True)
    palette = qapp.palette()
    for text, ground in ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                         (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                         (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                         (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert contrast(palette.color(text).name(), palette.color(ground).name()) >= 7.0
    disabled = QPalette.ColorGroup.Disabled
    assert contrast(palette.color(disabled, QPalette.ColorRole.Text).name(),
                    palette.color(disabled, QPalette.ColorRole.Base).name()) >= 7.0
    assert desk_theme() is HIGH_CONTRAST_THEME
    assert HIGH_CONTRAST_THEME.font_scale == DESK.font_scale
    assert contrast(HIGH_CONTRAST_THEME.muted, HIGH_CONTRAST_THEME.background) >= 7.0
    assert "border: 3px solid" in qapp.styleSheet()
    apply_contrast(False)
    assert not enabled() and desk_theme() is DESK
    assert qapp.styleSheet() == ""
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == before


def test_the_desk_timeline_follows_high_contrast_and_the_menu_offers_it(
        window, normal_contrast) -> None:
    timeline = window.show_view("timeline")
    assert timeline.scene.theme is DESK
    bars = len(timeline.scene.bars)
    apply_contrast(True)
    assert timeline.scene.theme is HIGH_CONTRAST_THEME
    assert timeline.legend.theme is HIGH_CONTRAST_THEME
    assert len(timeline.scene.bars) == bars
    assert all(bar.theme is HIGH_CONTRAST_THEME for bar in timeline.scene.bars.values())
    apply_contrast(False)
    assert timeline.scene.theme is DESK
    action = window.named_actions.edit_preferences
    edit_menu = next(m for m in window.findChildren(QMenu) if action in m.actions())
    assert edit_menu.objectName() == "menu_edit"


def test_preferences_from_the_menu_apply_high_contrast_at_once(
        window, normal_contrast, monkeypatch) -> None:
    def choose(dialog: PreferencesDialog) -> int:
        dialog.contrast.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.named_actions.edit_preferences.trigger()
    assert enabled()
    assert window.show_view("timeline").scene.theme is HIGH_CONTRAST_THEME
