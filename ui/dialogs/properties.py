"""Roadmap ▸ Properties: title, organisation, planning horizon, fiscal year, currency."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError, ValidationError

from ..context import AppContext
from ..errors import user_message
from ..widgets import FieldError, OptionalDateEdit, describe_buttons

_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("PropertiesDialog", "&Title:"),
     QT_TRANSLATE_NOOP("PropertiesDialog",
                       "The roadmap's name, on the window title and the board pack's cover")),
    ("organisation", QT_TRANSLATE_NOOP("PropertiesDialog", "&Organisation:"),
     QT_TRANSLATE_NOOP("PropertiesDialog", "The company the roadmap is for, on the cover")),
    ("author", QT_TRANSLATE_NOOP("PropertiesDialog", "&Author:"),
     QT_TRANSLATE_NOOP("PropertiesDialog", "Who prepared the roadmap, on the cover")),
    ("version", QT_TRANSLATE_NOOP("PropertiesDialog", "&Version:"),
     QT_TRANSLATE_NOOP("PropertiesDialog", "The roadmap's version, e.g. 2027.1, on the cover")),
    ("confidentiality", QT_TRANSLATE_NOOP("PropertiesDialog", "&Confidentiality:"),
     QT_TRANSLATE_NOOP("PropertiesDialog",
                       "A marking printed on every page, e.g. Board confidential")),
    ("currency", QT_TRANSLATE_NOOP("PropertiesDialog", "C&urrency:"),
     QT_TRANSLATE_NOOP("PropertiesDialog",
                       "The three-letter currency code budgets are in, e.g. EUR")),
)


CURRENCIES = ("EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN",
              "CZK", "CNY", "INR", "SGD", "BRL", "MXN", "ZAR")
"""The currencies offered first (ISO 4217 codes); any other three-letter code may be typed."""


def _currency_box(current: str) -> QComboBox:
    """An editable list of common currency codes showing `current`."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    codes = list(CURRENCIES)
    if current and current.upper() not in codes:
        codes.insert(0, current.upper())
    box.addItems(codes)
    box.setCurrentText((current or "EUR").upper())
    return box


def _text_of(editor: QLineEdit | QComboBox) -> str:
    return editor.currentText() if isinstance(editor, QComboBox) else editor.text()


class PropertiesDialog(QDialog):
    """Edits the roadmap's own properties as one undoable edit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties_dialog")
        self.setWindowTitle(QCoreApplication.translate("PropertiesDialog", "Roadmap Properties"))
        self.ctx = ctx
        info = ctx.doc.info
        form = QFormLayout()
        self.editors: dict[str, Any] = {}
        self.errors: dict[str, FieldError] = {}
        for field, label, tip in _FIELDS:
            editor = (_currency_box(info.currency) if field == "currency"
                      else QLineEdit(str(getattr(info, field) or "")))
            editor.setToolTip(QCoreApplication.translate("PropertiesDialog", tip))
            self._add(form, field, QCoreApplication.translate("PropertiesDialog", label), editor)
        self.start = OptionalDateEdit()
        self.start.set_value(info.horizon_start)
        self.start.setToolTip(
            QCoreApplication.translate(
                "PropertiesDialog", "The first day the timeline and the board pack show"
            )
        )
        self._add(
            form,
            "horizon_start",
            QCoreApplication.translate("PropertiesDialog", "Horizon &starts:"),
            self.start,
        )
        self.end = OptionalDateEdit()
        self.end.set_value(info.horizon_end)
        self.end.setToolTip(
            QCoreApplication.translate(
                "PropertiesDialog", "The last day the timeline and the board pack show"
            )
        )
        self._add(
            form,
            "horizon_end",
            QCoreApplication.translate("PropertiesDialog", "Horizon &ends:"),
            self.end,
        )
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(info.fiscal_year_start_month)
        self.month.setToolTip(
            QCoreApplication.translate(
                "PropertiesDialog", "1 = January: fiscal quarters count from this month"
            )
        )
        self._add(
            form,
            "fiscal_year_start_month",
            QCoreApplication.translate("PropertiesDialog", "&Fiscal year starts (month):"),
            self.month,
        )
        self.general_error = FieldError()
        buttons = describe_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            QCoreApplication.translate(
                "PropertiesDialog", "Keep the properties (one undoable edit)"
            ),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _add(self, form: QFormLayout, field: str, label: str, editor: QWidget) -> None:
        editor.setObjectName(f"properties_{field}")
        editor.setAccessibleName(label.replace("&", "").rstrip(":"))
        error = FieldError()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        column.addWidget(error)
        form.addRow(label, holder)
        self.editors[field] = editor
        self.errors[field] = error

    def values(self) -> dict[str, Any]:
        """The values typed in the dialog."""
        values: dict[str, Any] = {f: _text_of(self.editors[f]) for f, _label, _tip in _FIELDS}
        values["currency"] = values["currency"].strip().upper()
        values["horizon_start"] = self.start.value()
        values["horizon_end"] = self.end.value()
        values["fiscal_year_start_month"] = self.month.value()
        return values

    def accept(self) -> None:
        """Apply the properties, or show what is wrong at the field (QDialog.accept)."""
        for error in (*self.errors.values(), self.general_error):
            error.show_message("")
        values = self.values()
        try:
            self.ctx.run(lambda: self.ctx.doc.roadmap.update(**values))
        except ValidationError as error:
            target = self.errors.get(error.field, self.general_error)
            target.show_message(user_message(error))
            return
        except RoadmapError as error:
            self.general_error.show_message(user_message(error))
            return
        super().accept()
