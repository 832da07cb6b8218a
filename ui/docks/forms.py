"""The inspector's form machinery: bind a widget to one field of one row.

A binding reads the row's value into its widget, and writes the widget's
value back through the service layer (one undoable edit; the keystrokes
of one visit to a text or number field merge into one step, see
`typing_sessions.TypingSessions`). A refused value is shown in red right
under its field, and the field goes back to the stored value when the user
leaves it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError
from roadmap.services.changes import Change, MergeKey

from .. import editing
from ..context import AppContext
from ..errors import user_message
from ..widgets import EnumCombo, FieldError, MoneyEdit, OptionalDateEdit, RowCombo
from .typing_sessions import TypingSessions


@dataclass
class Binding:
    """One field of the row shown, and the widget editing it."""

    field: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    error: FieldError
    typed: bool = False
    """True when the widget commits on every keystroke, so its edits may merge."""


class EntityForm(QWidget):
    """A form editing the fields of one row of `kind`; subclasses add the fields."""

    kind: str = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key: int | None = None
        self.bindings: dict[str, Binding] = {}
        self.typing = TypingSessions(self)
        self._loading = False
        self._typing_in: str | None = None
        """The typed field whose keystroke is being written: its widget is left as typed."""
        self.header = QLabel()
        self.header.setObjectName("inspector_header")
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setWordWrap(True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(8, 8, 8, 8)
        self.outer.addWidget(self.header)

    # --- building ------------------------------------------------------------

    def section(self, title: str) -> QFormLayout:
        """Start a titled group of fields; returns its form layout."""
        heading = QLabel(title)
        heading.setObjectName("inspector_section")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 10, 0, 2)
        self.outer.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.outer.addLayout(form)
        return form

    def add_field(self, form: QFormLayout, field: str, label: str, widget: QWidget,
                  tooltip: str = "") -> QWidget:
        """Add `widget` for `field` under `label`, wired to edit the row."""
        widget.setObjectName(f"{self.kind}_{field}")
        widget.setAccessibleName(label.rstrip(":").replace("&", ""))
        if tooltip:
            widget.setToolTip(tooltip)
        error = FieldError()
        error.setObjectName(f"{self.kind}_{field}_error")
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, holder)
        get, put, signal, finish = _accessors(widget)
        typed = _commits_per_keystroke(widget)
        self.bindings[field] = Binding(field, widget, get, put, error, typed)
        if typed:
            self.typing.watch(widget, field)
        if signal is not None:
            signal.connect(lambda *_a, f=field: self._commit(f, self._typing_key(f)))
        if finish is not None:
            finish.connect(lambda *_a, f=field: self._finish(f))
        return widget

    # --- loading and committing ------------------------------------------------

    def show_row(self, key: int | None) -> None:
        """Edit the row with id `key` (None: nothing)."""
        if key != self.key:
            self.typing.end()
            for binding in self.bindings.values():
                binding.error.show_message("")
        self.key = key
        self.reload()

    def row(self) -> Any:
        """The domain object shown, or None."""
        return None if self.key is None else editing.service_for(self.ctx, self.kind).find(self.key)

    def reload(self) -> None:
        """Show the row's current values (only fields whose value differs are touched)."""
        obj = self.row()
        if obj is None:
            return
        self._loading = True
        try:
            self.refresh_choices()
            for binding in self.bindings.values():
                value = self.value_of(obj, binding.field)
                try:
                    current = binding.get()
                except (RoadmapError, ValueError):
                    current = object()
                if current != value and binding.field != self._typing_in:
                    self.typing.end(binding.field)  # a value the user did not type here
                    binding.set(value)
            self.load_extra(obj)
        finally:
            self._loading = False

    def value_of(self, obj: Any, field: str) -> Any:
        """The stored value of `field` (override for computed fields)."""
        return getattr(obj, field)

    def refresh_choices(self) -> None:
        """Hook: refill choosers whose options come from the document."""

    def load_extra(self, obj: Any) -> None:
        """Hook: show values that are not plain fields (links, lists, findings)."""

    def on_document_changed(self, change: Change) -> None:
        """Reload when the change touches the row shown or what the form lists."""
        if self.key is not None and self.row() is not None:
            self.reload()

    def _typing_key(self, field: str) -> MergeKey | None:
        """The merge key of a keystroke in `field` (None for editors that never merge)."""
        if self._loading or self.key is None or not self.bindings[field].typed:
            return None
        table = editing.service_for(self.ctx, self.kind).table
        return self.typing.key(field, table, self.key)

    def _commit(self, field: str, merge_key: MergeKey | None = None) -> None:
        if self._loading or self.key is None:
            return
        binding = self.bindings[field]
        # The stored value may be the typed one tidied ('Plan ' is stored 'Plan'):
        # rewriting the widget mid-word would move the cursor and end the session.
        self._typing_in = field if merge_key is not None else None
        try:
            value = binding.get()
            editing.update(self.ctx, self.kind, self.key, merge_key=merge_key,
                           **{field: value})
        except (RoadmapError, ValueError) as error:
            binding.error.show_message(user_message(error))
            return
        finally:
            self._typing_in = None
        binding.error.show_message("")

    def _finish(self, field: str) -> None:
        """Leaving a field (or Return): a new session; the field shows the stored value."""
        self.typing.end(field)
        binding = self.bindings[field]
        obj = self.row()
        if obj is not None and (binding.error.isVisible()
                                or binding.get() != self.value_of(obj, field)):
            self._loading = True
            try:
                binding.set(self.value_of(obj, field))
            finally:
                self._loading = False


def _accessors(widget: QWidget) -> tuple[Any, Any, Any, Any]:
    """(get, set, commit signal, finished signal) for the editor widgets the forms use."""
    if isinstance(widget, MoneyEdit):
        return widget.value, widget.set_value, widget.editingFinished, None
    if isinstance(widget, QLineEdit):
        return widget.text, _set_line(widget), widget.textEdited, widget.editingFinished
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, _set_plain(widget), widget.textChanged, None
    if isinstance(widget, (EnumCombo, RowCombo)):
        return widget.value, widget.set_value, widget.activated, None
    if isinstance(widget, QComboBox):
        return widget.currentData, lambda v: widget.setCurrentIndex(
            max(widget.findData(v), 0)), widget.activated, None
    if isinstance(widget, OptionalDateEdit):
        return widget.value, widget.set_value, widget.dateChanged, None
    if isinstance(widget, QSpinBox):
        return widget.value, widget.setValue, widget.valueChanged, None
    if isinstance(widget, QCheckBox):
        return widget.isChecked, widget.setChecked, widget.toggled, None
    raise TypeError(f"no binding for {type(widget).__name__}")


def _commits_per_keystroke(widget: QWidget) -> bool:
    """True for editors whose value is written back on every keystroke (see `_accessors`)."""
    if isinstance(widget, MoneyEdit):
        return False
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QSpinBox, OptionalDateEdit))


def _set_line(widget: QLineEdit) -> Callable[[str], None]:
    def put(text: str) -> None:
        widget.setText(text or "")
        widget.setCursorPosition(0)  # show the start of a long title, not its end
    return put


def _set_plain(widget: QPlainTextEdit) -> Callable[[str], None]:
    def put(text: str) -> None:
        widget.setPlainText(text or "")
    return put
