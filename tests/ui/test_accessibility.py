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


def _unspoken(root: QWidget) -> list[str]:
    missing: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _qt_own(widget):
            continue
        spoken_name, description = _spoken(widget)
        if not spoken_name or not description:
            missing.append(f"{type(root).__name__}: {type(widget).__name__} "
                           f"{widget.objectName()!r}: name {spoken_name!r}, "
                           f"description {description!r}")
    return missing


def test_every_dialog_control_has_an_accessible_name_and_description(
        qtbot: Any, window: Any) -> None:
    from ui.dialogs.boardpack import BoardPackDialog
    from ui.dialogs.dependency import DependencyDialog
    from ui.dialogs.export_picture import ExportPictureDialog
    from ui.dialogs.finding_action import FindingActionDialog
    from ui.dialogs.properties import PropertiesDialog
    from ui.dialogs.rules import RulesDialog
    from ui.dialogs.schedule import ScheduleDialog, proposed_moves
    from ui.dialogs.shortcuts import ShortcutsDialog
    from ui.dialogs.snapshots import SnapshotsDialog, TakeSnapshotDialog

    ctx = window.ctx
    first = min(obj.id for obj in ctx.doc.initiatives.all())
    window.show_view("timeline")
    dialogs = [
        BoardPackDialog(ctx, window), PropertiesDialog(ctx, window), RulesDialog(ctx, window),
        TakeSnapshotDialog(ctx, window), SnapshotsDialog(ctx, window),
        DependencyDialog(ctx, first, window),
        FindingActionDialog(window, "A finding", owners=["Ana"]),
        ScheduleDialog(ctx, proposed_moves(ctx), window),
        ShortcutsDialog(window.named_actions, window),
        ExportPictureDialog(window.views.view("timeline"), ctx, parent=window),
    ]
    missing: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        missing += _unspoken(dialog)
    assert not missing, "\n".join(missing)
