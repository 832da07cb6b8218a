"""High contrast: black on white, strong selection and focus, for low vision and glare.

Turned on in Edit ▸ Preferences (remembered per user). The widgets take a
palette whose every text meets WCAG's 7:1 enhanced contrast on its
background, and a style sheet that gives the focused control a thick
outline; the timeline draws with `HIGH_CONTRAST_THEME` (the projector's black
ink and heavy strokes at the desk's type size). Qt sends every widget a
palette or style change when the application's palette or style sheet
changes, which is how an open timeline learns of the switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .views.timeline.style import HIGH_CONTRAST_PROPERTY, HIGH_CONTRAST_THEME, desk_theme

__all__ = ["HIGH_CONTRAST_THEME", "apply_contrast", "desk_theme", "enabled",
           "high_contrast_palette"]

INK = "#000000"
PAPER = "#FFFFFF"
SELECTION = "#0033AA"
"""Dark blue: 10.2:1 against white, so selected text stays white on it."""
DISABLED = "#4D4D4D"
"""Still 8.4:1 on white: disabled is told by the greying of its frame, not by being unreadable."""

_STYLE_SHEET = f"""
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus,
QTextEdit:focus, QAbstractItemView:focus, QPushButton:focus, QToolButton:focus,
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {SELECTION}; }}
QToolTip {{ color: {INK}; background: {PAPER}; border: 2px solid {INK}; }}
"""


def high_contrast_palette() -> QPalette:
    """Black text on white everywhere, a dark-blue selection with white text."""
    palette = QPalette()
    ink, paper, selection = QColor(INK), QColor(PAPER), QColor(SELECTION)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Button,
                     QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.Light):
            palette.setColor(group, role, paper)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                     QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Dark,
                     QPalette.ColorRole.Shadow, QPalette.ColorRole.Mid):
            palette.setColor(group, role, ink)
        palette.setColor(group, QPalette.ColorRole.Highlight, selection)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, paper)
        palette.setColor(group, QPalette.ColorRole.Link, selection)
        palette.setColor(group, QPalette.ColorRole.LinkVisited, selection)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(disabled, role, paper)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(DISABLED))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(DISABLED))
    palette.setColor(disabled, QPalette.ColorRole.HighlightedText, paper)
    return palette


def enabled() -> bool:
    """Whether the app is drawing in high contrast now."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def apply_contrast(on: bool) -> None:
    """Switch the whole app to high contrast (or back to the style's own colours)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or enabled() == on:
        return
    app.setProperty(HIGH_CONTRAST_PROPERTY, on)
    if on:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(_STYLE_SHEET)
    else:
        app.setStyleSheet("")
        app.setPalette(QGuiApplication.palette() if app.style() is None
                       else app.style().standardPalette())
