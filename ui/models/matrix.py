"""The ownership matrix: initiatives down, departments across, the role in each cell.

Column 0 is the initiative; each further column is one department, in the
order of the matrix view model (roadmap.views.matrix: business departments
first, then IT, each by name), with its headers. A cell shows the role the
document states at once; the roles the view model implies through the
accountable owner or the sponsor, and the IT-alone marks, come with each
analysis, so the app shows what the board pack prints. Editing a cell sets,
changes or removes that department's stated role, as one undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from roadmap.analysis import Analysis
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.enums import Role
from roadmap.model.errors import RoadmapError
from roadmap.model.keys import NodeKey
from roadmap.model.palette import GREY
from roadmap.services.changes import Change
from roadmap.views.matrix import (
    Implied,
    MatrixCell,
    OwnershipMatrix,
    column_label,
    department_order_key,
    ownership_matrix,
)

from .. import editing
from ..context import AppContext
from ..errors import user_message
from . import KEY_ROLE, OBJECT_ROLE, SEARCH_ROLE, SORT_ROLE
from .rows import DocRowsModel, Index

VIA = {Implied.OWNER: QT_TRANSLATE_NOOP("MatrixModel", "owner"),
       Implied.SPONSOR: QT_TRANSLATE_NOOP("MatrixModel", "sponsor")}
"""How a role implied through a person reads in a cell: 'Lead (via owner)'."""

BELONGS = {
    Implied.OWNER: QT_TRANSLATE_NOOP("MatrixModel",
                                     "{role}: the accountable owner belongs to this department"),
    Implied.SPONSOR: QT_TRANSLATE_NOOP("MatrixModel",
                                       "{role}: the sponsor belongs to this department"),
}
"""The tooltip of a role implied through a person."""


class MatrixModel(DocRowsModel):
    """Initiatives by departments; each cell is a Role or empty."""

    table = "initiative"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        self._departments: list[int] = []
        self._roles: dict[tuple[int, int], Role] = {}
        self._it_alone: set[int] = set()
        self._matrix: OwnershipMatrix | None = None
        super().__init__(ctx, parent)
        ctx.analysis_updated.connect(self._on_ctx_analysis_updated)
        if isinstance(ctx.analysis, Analysis):
            self._on_ctx_analysis_updated(ctx.analysis)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """The initiative column and one per department (QAbstractItemModel.columnCount)."""
        return 0 if parent.isValid() else 1 + len(self._departments)

    def department_at(self, column: int) -> Any:
        """The Department of a column (None for column 0)."""
        if column < 1 or column > len(self._departments):
            return None
        return self.ctx.doc.departments.find(self._departments[column - 1])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Department names across, row numbers down (QAbstractItemModel.headerData)."""
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return (
                QCoreApplication.translate("MatrixModel", "Initiative")
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        department = self.department_at(section)
        if department is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(department.name, department.is_it)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{department.name}{' (an IT department)' if department.is_it else ''}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(department.colour)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Role cells are editable (QAbstractItemModel.flags)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 or self.ctx.doc.read_only is not None:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Titles in column 0, roles in the department columns (QAbstractItemModel.data)."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        obj = self.object_at(index.row())
        if role == OBJECT_ROLE:
            return obj
        if role == KEY_ROLE:
            return NodeKey.initiative(obj.id)
        if role == SEARCH_ROLE:
            return obj.title.casefold()
        if index.column() == 0:
            alone = obj.id in self._it_alone
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("MatrixModel", "{title}  ⚠ IT alone").format(
                        title=obj.title
                    )
                    if alone
                    else obj.title
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    QCoreApplication.translate(
                        "MatrixModel",
                        "{title}\nIT alone: no business department leads or contributes",
                    ).format(title=obj.title)
                    if alone
                    else obj.title
                )
            return None
        if index.column() > len(self._departments):
            return None
        department_id = self._departments[index.column() - 1]
        value = self._roles.get((obj.id, department_id))
        implied = self._implied(obj.id, department_id, value)
        through = implied.implied if implied is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if implied is not None and through is not None:
                via = QCoreApplication.translate("MatrixModel", VIA[through])
                return QCoreApplication.translate("MatrixModel", "{role} (via {via})").format(
                    role=implied.role.label, via=via)
            return value.label if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and implied is not None and through is not None:
            text = QCoreApplication.translate("MatrixModel", BELONGS[through]).format(
                role=implied.role.label)
            if value is not None:
                text += QCoreApplication.translate("MatrixModel", " (stated: {role})").format(
                    role=value.label)
            return text
        if role == Qt.ItemDataRole.FontRole and implied is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and value is not None:
            department = self.ctx.doc.departments.find(department_id)
            colour = QColor(department.colour if department else GREY)
            colour.setAlpha({Role.LEAD: 110, Role.CONTRIBUTOR: 55, Role.ENABLER: 25}[value])
            return colour
        if role == Qt.ItemDataRole.FontRole and value == Role.LEAD:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            department = self.department_at(index.column())
            name = department.name if department else ""
            return f"{name}: {value.label if value else 'not involved'}"
        return None

    def _implied(self, initiative_id: int, department_id: int,
                 stated: Role | None) -> MatrixCell | None:
        """The view model's cell when a person makes the role other than the stated one."""
        if self._matrix is None:
            return None
        cell = self._matrix.cell(initiative_id, department_id)
        if cell is None or cell.implied is None or cell.role is stated:
            return None
        return cell

    def _compute_sort_key(self, obj: Any, column: int) -> Any:
        """Titles by name; roles lead, contributor, enabler, then none (DocRowsModel hook)."""
        if column == 0:
            return obj.title.casefold()
        if column > len(self._departments):
            return 9
        value = self._roles.get((obj.id, self._departments[column - 1]))
        return value.rank if value is not None else 9

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set a department's role in an initiative (QAbstractItemModel.setData)."""
        if not index.isValid() or index.column() == 0 or role != Qt.ItemDataRole.EditRole:
            return False
        key = self._ids[index.row()]
        department_id = self._departments[index.column() - 1]
        try:
            new_role = Role.parse(value) if value not in (None, "") else None
            editing.set_department_roles(self.ctx, key, {department_id: new_role})
        except (RoadmapError, ValueError) as error:
            self.edit_failed.emit(index, user_message(error))
            return False
        return True

    # --- caches and change forwarding ----------------------------------------

    def _after_load(self) -> None:
        self._departments = self._column_order()
        self._load_roles()

    def _column_order(self) -> list[int]:
        """Department ids in the view model's column order."""
        departments = self.ctx.doc.departments.all()
        return [d.id for d in sorted(departments, key=lambda d: department_order_key(
            bool(d.is_it), d.name, d.id))]

    def _load_roles(self) -> None:
        self._roles = {
            (initiative_id, department_id): role
            for initiative_id, department_id, role in self.ctx.doc.participations.roles()
        }

    def _on_related_change(self, change: Change) -> None:
        if change.touches("department"):
            if not self._move_columns(self._column_order()):
                self.reload()  # a rename moved a department to another place
                return
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, len(self._departments))
        if change.touches("participation") or change.touches("department"):
            self._load_roles()
            self._columns_changed(1, len(self._departments))

    def _move_columns(self, order: list[int]) -> bool:
        """Remove and insert department columns to reach `order`; False if it reorders them."""
        kept = set(order) & set(self._departments)
        if [d for d in order if d in kept] != [d for d in self._departments if d in kept]:
            return False
        for department_id in [d for d in self._departments if d not in kept]:
            position = self._departments.index(department_id) + 1
            self.beginRemoveColumns(QModelIndex(), position, position)
            self._departments.remove(department_id)
            self.endRemoveColumns()
        for position, department_id in enumerate(order):
            if department_id not in kept:
                self.beginInsertColumns(QModelIndex(), position + 1, position + 1)
                self._departments.insert(position, department_id)
                self.endInsertColumns()
        return True

    def _on_ctx_analysis_updated(self, analysis: Analysis) -> None:
        self._matrix = ownership_matrix(analysis.graph)
        self._it_alone = {row.initiative_id for row in self._matrix.rows if row.it_alone}
        self._columns_changed(0, len(self._departments))
