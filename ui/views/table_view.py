"""The table view: every initiative as an editable, sortable, filterable row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget

from roadmap.model.keys import NodeKey

from ..context import AppContext
from ..delegates import (
    DateDelegate,
    DepartmentRolesDelegate,
    EditDelegate,
    EnumDelegate,
    MoneyDelegate,
    OwnerDelegate,
)
from ..models import KEY_ROLE
from ..models.initiatives import COLUMNS, Column, InitiativeTableModel
from .base_table import InitiativeTable

_WIDTHS = {
    "title": 280, "checks": 120, "departments": 250, "owner_id": 150, "sponsor_id": 150,
    "status": 105, "health": 90, "start": 100, "end": 100, "budget": 115,
    "benefit_area": 150, "sourcing": 85, "priority": 70, "journey_stage": 130,
    "bucket": 75, "theme": 140, "customer_facing": 120,
}


class TableView(InitiativeTable):
    """Every initiative, one column per field; cells edit in place with the right editor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            InitiativeTableModel(ctx),
            "initiatives",
            QCoreApplication.translate(
                "TableView", "Every initiative, one row each; F2 edits a cell, a header sorts"
            ),
            parent,
        )
        self.model.setParent(self)
        self.only: frozenset[NodeKey] | None = None
        """The initiatives shown when filtered to what changed (None: every one)."""
        self._delegates = []
        for position, column in enumerate(COLUMNS):
            delegate = self._delegate_for(column.kind, column)
            if delegate is not None:
                delegate.edit_failed.connect(self._show_error)
                self.table.setItemDelegateForColumn(position, delegate)
                self._delegates.append(delegate)
            self.table.setColumnWidth(position, _WIDTHS.get(column.field, 110))

    def show_only(self, keys: frozenset[NodeKey] | None) -> None:
        """Show only the initiatives in `keys` (what changed since a snapshot); None: all."""
        if keys == self.only:
            return  # asked again on every switch to the table: refiltering is not free
        self.only = keys
        if keys is None:
            self.proxy.set_row_test(None)
        else:
            self.proxy.set_row_test(self._in_only)

    def _in_only(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return self.only is not None and index.data(KEY_ROLE) in self.only

    def _delegate_for(self, kind: str, column: Column) -> EditDelegate | None:
        if kind == "date":
            return DateDelegate(self)
        if kind == "enum":
            assert column.enum is not None, "an enum column names its enumeration"
            return EnumDelegate(column.enum, column.nullable, self)
        if kind == "money":
            return MoneyDelegate(self.ctx, self)
        if kind == "owner":
            return OwnerDelegate(self.ctx, self)
        if kind == "departments":
            return DepartmentRolesDelegate(self.ctx, self)
        return None
