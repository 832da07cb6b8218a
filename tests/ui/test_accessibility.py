"""Every control in the main window tells a screen reader its name and what it does."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QTextEdit, QPlainTextEdit, QSlider)


def _qt_own(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo's popup list, a line edit's clear
    button, a spin box's editor, headers, tab scrollers): Qt names those itself."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_")
            or widget.objectName() in ("ScrollLeftButton", "ScrollRightButton")
            or isinstance(widget, QHeaderView | QTabBar)
            or isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox)
            or (parent is not None and isinstance(widget, QAbstractItemView)
                and parent.inherits("QComboBoxPrivateContainer")))


def _spoken(widget: QWidget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None, widget
    return face.text(QAccessible.Text.Name).strip(), face.text(QAccessible.Text.Description).strip()


def test_every_control_has_an_accessible_name_and_description(qtbot: Any, window: Any) -> None:
    for name in window.views.names():  # build every view
        window.show_view(name)
    checked = 0
    missing: list[str] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _qt_own(widget):
            continue
        checked += 1
        spoken_name, description = _spoken(widget)
        if not spoken_name or not description:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}: "
                           f"name {spoken_name!r}, description {description!r}")
    assert checked > 60
    assert not missing, "\n".join(missing)
