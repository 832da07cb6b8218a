"""The inspector dock: edits whatever is selected.

One initiative, department, owner or vendor selected shows its form;
several selected shows how many, with a Delete button; nothing selected
shows a hint. Every change goes through the service layer and is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.keys import NodeKey
from roadmap.services.changes import Change

from .. import editing
from ..context import AppContext
from .entity_forms import DepartmentForm, OwnerForm, VendorForm
from .forms import EntityForm
from .initiative_form import InitiativeForm


class InspectorDock(QDockWidget):
    """Shows the form for the selected node."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("InspectorDock", "Inspector"), parent)
        self.setObjectName("inspector_dock")
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.hint = QLabel(
            QCoreApplication.translate(
                "InspectorDock",
                "Select an initiative, department, owner or vendor to edit it here.",
            )
        )
        self.hint.setObjectName("inspector_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(16)
        self.stack.addWidget(self.hint)
        self.multi = QWidget()
        multi_layout = QVBoxLayout(self.multi)
        self.multi_label = QLabel()
        self.multi_label.setWordWrap(True)
        self.multi_delete = QPushButton(
            QCoreApplication.translate("InspectorDock", "Delete Selected")
        )
        self.multi_delete.setObjectName("inspector_delete_selected")
        self.multi_delete.setToolTip(
            QCoreApplication.translate(
                "InspectorDock", "Delete every selected row with its links (undoable)"
            )
        )
        self.multi_delete.clicked.connect(self._on_multi_delete_clicked)
        multi_layout.addWidget(self.multi_label)
        multi_layout.addWidget(self.multi_delete)
        multi_layout.addStretch(1)
        self.stack.addWidget(self.multi)
        self.forms: dict[str, EntityForm] = {}
        self.scrolls: dict[str, QScrollArea] = {}
        for form in (InitiativeForm(ctx), DepartmentForm(ctx), OwnerForm(ctx), VendorForm(ctx)):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(form)
            self.stack.addWidget(scroll)
            self.forms[form.kind] = form
            self.scrolls[form.kind] = scroll
        self.setWidget(self.stack)
        ctx.selection_changed.connect(self._on_ctx_selection_changed)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self._on_ctx_document_replaced)
        self._on_ctx_selection_changed(ctx.selection, None)

    @property
    def current_form(self) -> EntityForm | None:
        """The form on show, or None (hint or several selected)."""
        for kind, scroll in self.scrolls.items():
            if self.stack.currentWidget() is scroll:
                return self.forms[kind]
        return None

    def focus_first_field(self) -> None:
        """Put the keyboard focus in the current form's first field."""
        form = self.current_form
        if form is not None and form.bindings:
            first = next(iter(form.bindings.values())).widget
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if hasattr(first, "selectAll"):
                first.selectAll()

    def _on_ctx_selection_changed(self, keys: tuple[NodeKey, ...], _source: object) -> None:
        parsed = list(keys)
        if len(parsed) == 1 and parsed[0].kind in self.forms:
            kind, key = parsed[0]
            self.forms[kind].show_row(key)
            self.stack.setCurrentWidget(self.scrolls[kind])
        elif len(parsed) > 1:
            self.multi_label.setText(
                QCoreApplication.translate("InspectorDock", "{parsed} items selected.").format(
                    parsed=len(parsed)
                )
            )
            self.stack.setCurrentWidget(self.multi)
        else:
            for form in self.forms.values():
                form.key = None
            self.stack.setCurrentWidget(self.hint)

    def _on_ctx_document_changed(self, change: Change) -> None:
        form = self.current_form
        if form is None:
            return
        if form.row() is None:
            self.ctx.select([], self)
            self._on_ctx_selection_changed((), self)
            return
        form.on_document_changed(change)

    def _on_ctx_document_replaced(self) -> None:
        self._on_ctx_selection_changed(self.ctx.selection, None)

    def _on_multi_delete_clicked(self) -> None:
        editing.delete_keys(self.ctx, self.ctx.selection)
