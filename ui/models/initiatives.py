"""The initiatives as a table: one row per initiative, one column per field.

Used by the table view (every column) and by the ownership matrix (its
first column). Cells edit through the service layer, so each edit is one
undoable command; a refused value emits `edit_failed` with its message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from roadmap.analysis import Analysis
from roadmap.analysis.finding import Finding
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model import palette
from roadmap.model.entities import Initiative
from roadmap.model.enums import (
    BenefitArea,
    Bucket,
    Health,
    JourneyStage,
    LabelledEnum,
    Role,
    Sourcing,
    Status,
)
from roadmap.model.errors import RoadmapError
from roadmap.model.keys import NodeKey
from roadmap.services.changes import Change

from .. import editing
from ..context import AppContext
from ..errors import user_message
from ..formatting import NONE_TEXT, date_text, enum_text, money
from . import KEY_ROLE, OBJECT_ROLE, SEARCH_ROLE, SORT_ROLE
from .rows import DocRowsModel, Index


@dataclass(frozen=True)
class Column:
    """One column of the initiative table."""

    field: str
    title: str
    kind: str
    """text, enum, date, money, int, bool, owner, departments or findings."""
    enum: type[LabelledEnum] | None = None
    nullable: bool = True
    editable: bool = True
    tooltip: str = ""


COLUMNS: tuple[Column, ...] = (
    Column("title", QT_TRANSLATE_NOOP("Columns", "Initiative"), "text",
           tooltip=QT_TRANSLATE_NOOP("Columns", "What the initiative delivers")),
    Column("checks", QT_TRANSLATE_NOOP("Columns", "Checks"), "findings", editable=False,
           tooltip=QT_TRANSLATE_NOOP("Columns", "Open findings; IT alone marks work no business "
                                                "department drives")),
    Column("departments", QT_TRANSLATE_NOOP("Columns", "Departments (role)"), "departments",
           tooltip=QT_TRANSLATE_NOOP("Columns", "Departments taking part, and their role")),
    Column("owner_id", QT_TRANSLATE_NOOP("Columns", "Accountable"), "owner",
           tooltip=QT_TRANSLATE_NOOP("Columns", "The accountable owner")),
    Column("sponsor_id", QT_TRANSLATE_NOOP("Columns", "Sponsor"), "owner",
           tooltip=QT_TRANSLATE_NOOP("Columns", "The executive sponsor")),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "enum", Status, nullable=False),
    Column("health", QT_TRANSLATE_NOOP("Columns", "Health"), "enum", Health, nullable=False),
    Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), "date"),
    Column("end", QT_TRANSLATE_NOOP("Columns", "End"), "date"),
    Column("budget", QT_TRANSLATE_NOOP("Columns", "Budget"), "money"),
    Column("benefit_area", QT_TRANSLATE_NOOP("Columns", "Benefit"), "enum", BenefitArea),
    Column("sourcing", QT_TRANSLATE_NOOP("Columns", "Sourcing"), "enum", Sourcing),
    Column("priority", QT_TRANSLATE_NOOP("Columns", "Priority"), "int", nullable=False,
           tooltip=QT_TRANSLATE_NOOP("Columns", "1 (highest) to 5")),
    Column("journey_stage", QT_TRANSLATE_NOOP("Columns", "Journey stage"), "enum", JourneyStage),
    Column("bucket", QT_TRANSLATE_NOOP("Columns", "Bucket"), "enum", Bucket,
           tooltip=QT_TRANSLATE_NOOP("Columns", "Now, next or later, for undated ideas")),
    Column("theme", QT_TRANSLATE_NOOP("Columns", "Theme"), "text"),
    Column("customer_facing", QT_TRANSLATE_NOOP("Columns", "Customer facing"), "bool"),
)
"""Every column, in display order."""

COLUMN_INDEX = {c.field: i for i, c in enumerate(COLUMNS)}


class InitiativeTableModel(DocRowsModel):
    """Initiatives by id; cells are fields; edits are undoable service calls."""

    table = "initiative"

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        self._roles: dict[int, list[tuple[int, Role]]] = {}
        self._findings: dict[int, list[Finding]] = {}
        self._it_alone: set[int] = set()
        self._names: dict[str, dict[int, str]] = {}
        """Owner and department names by id, read once (each lookup was a query)."""
        super().__init__(ctx, parent)
        ctx.analysis_updated.connect(self._on_ctx_analysis_updated)
        if ctx.analysis is not None:
            self._take_analysis(ctx.analysis)

    # --- QAbstractItemModel --------------------------------------------------

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns (QAbstractItemModel.columnCount)."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles and tooltips (QAbstractItemModel.headerData)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            column = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", column.title)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("Columns", column.tooltip or column.title)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Editable cells are editable; booleans are checkable (QAbstractItemModel.flags)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if self.ctx.doc.read_only is not None:
            return flags  # a viewer's login: shown, never offered for editing
        if column.kind == "bool":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values for each role (QAbstractItemModel.data)."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == SORT_ROLE:
            return self.sort_key(index.row(), index.column())
        obj: Initiative = self.object_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return None if column.kind == "bool" else self._display(obj, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(obj, column)
        if role == OBJECT_ROLE:
            return obj
        if role == KEY_ROLE:
            return NodeKey.initiative(obj.id)
        if role == SEARCH_ROLE:
            return self._search_text(obj)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if obj.customer_facing else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(obj, column)
        if role == Qt.ItemDataRole.DecorationRole and column.field == "health":
            return QColor(palette.HEALTH[obj.health])
        if (role == Qt.ItemDataRole.ForegroundRole and column.kind == "findings"
                and obj.id in self._it_alone):
            return QColor(palette.VIOLATION)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = QCoreApplication.translate("Columns", column.title)
            return f"{title}: {self._display(obj, column)}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a cell through the service layer (QAbstractItemModel.setData)."""
        if not index.isValid():
            return False
        column = COLUMNS[index.column()]
        key = self._ids[index.row()]
        try:
            if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked
                editing.update(self.ctx, "initiative", key, customer_facing=checked)
            elif role != Qt.ItemDataRole.EditRole or not column.editable:
                return False
            elif column.kind == "departments":
                editing.set_department_roles(self.ctx, key, dict(value or {}))
            else:
                editing.update(self.ctx, "initiative", key, **{column.field: value})
        except (RoadmapError, ValueError) as error:
            self.edit_failed.emit(index, user_message(error))
            return False
        return True

    # --- analysis ------------------------------------------------------------

    def findings_for(self, key: int) -> list[Finding]:
        """The open findings about one initiative, from the last analysis."""
        return self._findings.get(key, [])

    def is_it_alone(self, key: int) -> bool:
        """True when the last analysis found the initiative run by IT alone."""
        return key in self._it_alone

    def _on_ctx_analysis_updated(self, analysis: Analysis) -> None:
        self._take_analysis(analysis)
        column = COLUMN_INDEX["checks"]
        self._columns_changed(column, column)

    def _take_analysis(self, analysis: Analysis) -> None:
        self._it_alone = set(analysis.it_alone)
        found: dict[int, list[Finding]] = {}
        for finding in analysis.findings:
            if not finding.is_open:
                continue
            for key in finding.initiative_ids:
                found.setdefault(key, []).append(finding)
        self._findings = found

    # --- related tables ------------------------------------------------------

    def _after_load(self) -> None:
        self._names.clear()
        self._roles = {}
        for initiative_id, department_id, role in self.ctx.doc.participations.roles():
            self._roles.setdefault(initiative_id, []).append((department_id, role))

    def _on_related_change(self, change: Change) -> None:
        if change.touches("participation") or change.touches("department"):
            self._after_load()
            column = COLUMN_INDEX["departments"]
            self._columns_changed(column, column)
        if change.touches("owner"):
            self._names.pop("owner", None)
            self._columns_changed(COLUMN_INDEX["owner_id"], COLUMN_INDEX["sponsor_id"])

    def department_roles(self, key: int) -> list[tuple[int, Role]]:
        """(department id, role) of an initiative, lead first."""
        return sorted(self._roles.get(key, []), key=lambda item: item[1].rank)

    # --- cell values ---------------------------------------------------------

    def _name(self, kind: str, key: int | None) -> str | None:
        """The name of owner or department `key` (None when there is none)."""
        names = self._names.get(kind)
        if names is None:
            service = self.ctx.doc.owners if kind == "owner" else self.ctx.doc.departments
            names = self._names[kind] = {row.id: row.name for row in service.all()}
        return None if key is None else names.get(key)

    def _department_name(self, key: int) -> str:
        return self._name("department", key) or "?"

    def _display(self, obj: Initiative, column: Column) -> str:
        value = getattr(obj, column.field, None)
        kind = column.kind
        if kind == "text":
            return str(value or "")
        if kind == "enum":
            return enum_text(value)
        if kind == "date":
            return date_text(value)
        if kind == "money":
            return money(value, self.ctx.doc.info.currency)
        if kind == "int":
            return str(value)
        if kind == "owner":
            return self._name("owner", value) or NONE_TEXT
        if kind == "departments":
            roles = self.department_roles(obj.id)
            if not roles:
                return NONE_TEXT
            return ", ".join(f"{self._department_name(d)} ({r.label.lower()})" for d, r in roles)
        if kind == "findings":
            count = len(self._findings.get(obj.id, []))
            parts = (
                [QCoreApplication.translate("InitiativeTableModel", "⚠ IT alone")]
                if obj.id in self._it_alone
                else []
            )
            if count:
                parts.append(
                    QCoreApplication.translate("InitiativeTableModel", "{count} open").format(
                        count=count
                    )
                )
            return ", ".join(parts) if parts else "✓"
        return str(value)

    def _edit_value(self, obj: Initiative, column: Column) -> Any:
        if column.kind == "departments":
            return dict(self.department_roles(obj.id))
        if column.kind == "findings":
            return None
        return getattr(obj, column.field)

    def _compute_sort_key(self, obj: Initiative, column_number: int) -> Any:
        """The cell's sort value: empty last, enumerations in order (DocRowsModel hook)."""
        column = COLUMNS[column_number]
        value = self._edit_value(obj, column)
        if column.kind == "enum" and value is not None:
            assert isinstance(value, LabelledEnum)
            members = list(type(value))
            return (0, members.index(value))
        if column.kind in ("owner", "departments", "text"):
            return (0 if value else 1, self._display(obj, column).casefold())
        if column.kind == "findings":
            return (0 if obj.id in self._it_alone else 1, -len(self._findings.get(obj.id, [])))
        if isinstance(value, dt.date):
            return (0, value.toordinal())
        if isinstance(value, bool):
            return (0, int(value))
        return (1, 0) if value is None else (0, value)

    def _search_text(self, obj: Initiative) -> str:
        parts = [obj.title, obj.theme, self._name("owner", obj.owner_id) or "",
                 self._display(obj, COLUMNS[COLUMN_INDEX["departments"]])]
        return " ".join(parts).casefold()

    def _tooltip(self, obj: Initiative, column: Column) -> str:
        if column.kind == "findings":
            lines = [f"{f.code} {f.title}" for f in self._findings.get(obj.id, [])]
            if obj.id in self._it_alone:
                lines.insert(
                    0,
                    QCoreApplication.translate(
                        "InitiativeTableModel",
                        "IT alone: no business department leads or contributes",
                    ),
                )
            return "\n".join(lines) or QCoreApplication.translate(
                "InitiativeTableModel", "No open findings"
            )
        if column.field == "title" and obj.description:
            return f"{obj.title}\n\n{obj.description[:400]}"
        return self._display(obj, column)
