"""Roadmap ▸ Rule Settings: switch checks on or off and set their thresholds.

The settings are stored in the roadmap (so the board pack agrees with the
app) as one undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError
from roadmap.services.changes import Change

from ..context import AppContext
from ..errors import user_message
from ..widgets import FieldError, describe_buttons


class RulesDialog(QDialog):
    """A switch per rule and a field per threshold."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from roadmap.analysis import RULES, THRESHOLDS, enabled_key

        self.setObjectName("rules_dialog")
        self.setWindowTitle(QCoreApplication.translate("RulesDialog", "Rule Settings"))
        self.ctx = ctx
        self._enabled_key = enabled_key
        stored = ctx.doc.settings.as_dict()
        rules_box = QGroupBox(QCoreApplication.translate("RulesDialog", "Checks"))
        grid = QGridLayout(rules_box)
        self.switches: dict[str, QCheckBox] = {}
        for row, (code, rule) in enumerate(RULES.items()):
            box = QCheckBox(f"{code}  {rule.display_title}")
            box.setObjectName(f"rule_{code}")
            box.setToolTip(rule.display_summary)
            raw = stored.get(enabled_key(code), "yes").strip().lower()
            box.setChecked(raw not in ("0", "false", "no", "off", "n"))
            grid.addWidget(box, row % 8, row // 8)
            self.switches[code] = box
        thresholds_box = QGroupBox(QCoreApplication.translate("RulesDialog", "Thresholds"))
        form = QFormLayout(thresholds_box)
        self.thresholds: dict[str, Any] = {}
        for key, spec in THRESHOLDS.items():
            editor: QSpinBox | QDoubleSpinBox
            editor = QSpinBox() if spec.kind is int else QDoubleSpinBox()
            editor.setRange(int(spec.minimum or 0), int(spec.maximum or 1_000_000))
            try:
                value = float(spec.kind(stored.get(key, spec.default)))
            except (TypeError, ValueError):
                value = float(spec.default)
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            else:
                editor.setValue(value)
            editor.setObjectName(f"threshold_{key}")
            editor.setToolTip(spec.display_description)
            label = QLabel(spec.display_description)
            label.setWordWrap(True)
            form.addRow(label, editor)
            self.thresholds[key] = editor
        self.error = FieldError()
        buttons = describe_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            QCoreApplication.translate("RulesDialog", "Keep the rule settings (one undoable edit)"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box)
        layout.addWidget(thresholds_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Store the changed settings as one edit (QDialog.accept)."""
        doc = self.ctx.doc
        stored = doc.settings.as_dict()
        wanted: dict[str, str] = {}
        for code, box in self.switches.items():
            key = self._enabled_key(code)
            value = "yes" if box.isChecked() else "no"
            if stored.get(key, "yes") != value:
                wanted[key] = value
        from roadmap.analysis import THRESHOLDS

        for key, editor in self.thresholds.items():
            value = str(editor.value())
            if stored.get(key, str(THRESHOLDS[key].default)) != value:
                wanted[key] = value

        def operation() -> Change:
            with doc.batch(
                QCoreApplication.translate("RulesDialog", "Change Rule Settings")
            ) as batch:
                for key, value in wanted.items():
                    doc.settings.put(key, value)
            return batch.change

        if wanted:
            try:
                self.ctx.run(operation)
            except RoadmapError as error:
                self.error.show_message(user_message(error))
                return
        super().accept()
