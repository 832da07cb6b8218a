"""The table view: every initiative as an editable, sortable, filterable row."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..delegates import (
    DateDelegate,
    DepartmentRolesDelegate,
    EditDelegate,
    EnumDelegate,
    MoneyDelegate,
    OwnerDelegate,
)
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
        super().__init__(ctx, InitiativeTableModel(ctx), "initiatives", parent)
        self.model.setParent(self)
        self._delegates = []
        for position, column in enumerate(COLUMNS):
            delegate = self._delegate_for(column.kind, column)
            if delegate is not None:
                delegate.edit_failed.connect(self._show_error)
                self.table.setItemDelegateForColumn(position, delegate)
                self._delegates.append(delegate)
            self.table.setColumnWidth(position, _WIDTHS.get(column.field, 110))

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
