"""Edit ▸ Preferences: the app's language and high-contrast colours, for this user.

These are the user's settings (QSettings), not the roadmap's: a roadmap
opened on another laptop keeps its own properties. High contrast applies at
once; a new language applies from the next start, since every window would
otherwise have to be rebuilt under the user's hands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from roadmap.i18n import SUPPORTED_LANGUAGES, supported

from .. import settings as app_settings
from ..translation import system_language
from ..widgets import describe_buttons


class PreferencesDialog(QDialog):
    """The language and the high-contrast choice, stored when the user presses OK."""

    def __init__(self, settings: app_settings.AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("preferences_language")
        system_name = SUPPORTED_LANGUAGES[system_language()]
        self.language.addItem(
            QCoreApplication.translate("PreferencesDialog",
                                       "As the system ({language})").format(language=system_name),
            "")
        for code, name in SUPPORTED_LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = supported(str(settings.get(app_settings.LANGUAGE))) or ""
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.setAccessibleName(QCoreApplication.translate("PreferencesDialog", "Language"))
        self.language.setAccessibleDescription(QCoreApplication.translate(
            "PreferencesDialog", "The language of menus, views, the board pack and the deck"))
        self.language.setToolTip(self.language.accessibleDescription())
        self.note = QLabel(QCoreApplication.translate(
            "PreferencesDialog", "A new language applies when Crossroads next starts."))
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.contrast = QCheckBox(QCoreApplication.translate(
            "PreferencesDialog", "&High contrast (black on white, strong outlines)"))
        self.contrast.setObjectName("preferences_high_contrast")
        self.contrast.setChecked(bool(settings.get(app_settings.HIGH_CONTRAST)))
        self.contrast.setAccessibleName(
            QCoreApplication.translate("PreferencesDialog", "High contrast"))
        self.contrast.setAccessibleDescription(QCoreApplication.translate(
            "PreferencesDialog", "Black text on white, strong focus and selection outlines"))
        form = QFormLayout()
        label = QLabel(QCoreApplication.translate("PreferencesDialog", "&Language:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        form.addRow("", self.note)
        form.addRow("", self.contrast)
        buttons = describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                             | QDialogButtonBox.StandardButton.Cancel),
            QCoreApplication.translate("PreferencesDialog", "Keep these preferences"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._initial_language = chosen
        self.setMinimumWidth(420)

    def _language_changed(self) -> None:
        self.note.setVisible(self.language.currentData() != self._initial_language)

    def accept(self) -> None:
        """Store the choices (the window then applies high contrast at once)."""
        self.settings.set(app_settings.LANGUAGE, str(self.language.currentData() or ""))
        self.settings.set(app_settings.HIGH_CONTRAST, self.contrast.isChecked())
        self.settings.sync()
        super().accept()
