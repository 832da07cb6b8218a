"""The inspector's initiative form: every field, the departments with their roles,
vendors used, milestones, dependencies, and the open findings about it."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.enums import (
    BenefitArea,
    Bucket,
    Health,
    JourneyStage,
    MeasureKind,
    Sourcing,
    Status,
    VendorCategory,
)
from roadmap.model.errors import RoadmapError
from roadmap.services.changes import Change

from .. import editing
from ..context import AppContext
from ..errors import user_message
from ..widgets import (
    DepartmentRolesEditor,
    EnumCombo,
    FieldError,
    MoneyEdit,
    OptionalDateEdit,
    RowCombo,
)
from .forms import EntityForm

_RELATED = ("participation", "vendor_use", "milestone", "dependency", "department", "owner",
            "vendor", "initiative")


def _plain(height_lines: int) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(editor.fontMetrics().lineSpacing() * height_lines + 14)
    return editor


class InitiativeForm(EntityForm):
    """Edits one initiative."""

    kind = "initiative"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = self.section(QCoreApplication.translate("InitiativeForm", "Initiative"))
        self.title_edit = self.add_field(
            form,
            "title",
            QCoreApplication.translate("InitiativeForm", "&Title:"),
            QLineEdit(),
            QCoreApplication.translate(
                "InitiativeForm", "The name the timeline, the map and the board pack show"
            ),
        )
        self.add_field(
            form,
            "description",
            QCoreApplication.translate("InitiativeForm", "Description:"),
            _plain(3),
            QCoreApplication.translate(
                "InitiativeForm", "What the initiative delivers and why, in a few sentences"
            ),
        )
        self.add_field(
            form,
            "theme",
            QCoreApplication.translate("InitiativeForm", "T&heme:"),
            QLineEdit(),
            QCoreApplication.translate(
                "InitiativeForm",
                "The strategic theme it belongs to; the timeline can group lanes by it",
            ),
        )
        self.add_field(
            form,
            "status",
            QCoreApplication.translate("InitiativeForm", "&Status:"),
            EnumCombo(Status),
            QCoreApplication.translate(
                "InitiativeForm", "Where it stands: idea, planned, in progress, done or cancelled"
            ),
        )
        self.add_field(
            form,
            "health",
            QCoreApplication.translate("InitiativeForm", "&Health:"),
            EnumCombo(Health),
            QCoreApplication.translate(
                "InitiativeForm", "Green on track, amber at risk, red in trouble"
            ),
        )
        priority = QSpinBox()
        priority.setRange(1, 5)
        self.add_field(
            form,
            "priority",
            QCoreApplication.translate("InitiativeForm", "&Priority:"),
            priority,
            QCoreApplication.translate("InitiativeForm", "1 is the highest priority"),
        )

        form = self.section(QCoreApplication.translate("InitiativeForm", "Ownership"))
        self.owner_combo = self.add_field(
            form,
            "owner_id",
            QCoreApplication.translate("InitiativeForm", "&Accountable:"),
            RowCombo(),
            QCoreApplication.translate("InitiativeForm", "The person accountable for the result"),
        )
        self.sponsor_combo = self.add_field(
            form,
            "sponsor_id",
            QCoreApplication.translate("InitiativeForm", "S&ponsor:"),
            RowCombo(),
            QCoreApplication.translate("InitiativeForm", "The executive sponsor"),
        )
        self.roles_holder = QVBoxLayout()
        self.roles_holder.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.roles_holder)
        self.roles_error = FieldError()
        self.roles_error.setObjectName("initiative_departments_error")
        self.roles_holder.addWidget(self.roles_error)
        form.addRow(
            QLabel(QCoreApplication.translate("InitiativeForm", "Departments and their roles:"))
        )
        form.addRow(holder)
        self.roles_editor: DepartmentRolesEditor | None = None
        self._department_names: list[tuple[int, str, bool]] = []
        self._vendor_rows: list[tuple[int, str]] = []
        self._choices_of: object | None = None  # the document the choices were read from

        form = self.section(QCoreApplication.translate("InitiativeForm", "Schedule"))
        self.add_field(
            form,
            "start",
            QCoreApplication.translate("InitiativeForm", "S&tart:"),
            OptionalDateEdit(),
            QCoreApplication.translate(
                "InitiativeForm", "The first day of the work; empty while it is not scheduled"
            ),
        )
        self.add_field(
            form,
            "end",
            QCoreApplication.translate("InitiativeForm", "&End:"),
            OptionalDateEdit(),
            QCoreApplication.translate(
                "InitiativeForm", "The day the work is done; on or after the start"
            ),
        )
        self.add_field(
            form,
            "bucket",
            QCoreApplication.translate("InitiativeForm", "Bucket:"),
            EnumCombo(Bucket, nullable=True),
            QCoreApplication.translate(
                "InitiativeForm", "Now, next or later: for ideas not yet scheduled"
            ),
        )
        self.milestones = QTableWidget(0, 2)
        self.milestones.setObjectName("initiative_milestones")
        self.milestones.setAccessibleName(
            QCoreApplication.translate("InitiativeForm", "Milestones")
        )
        self.milestones.setToolTip(
            QCoreApplication.translate(
                "InitiativeForm",
                "The initiative's milestones: a name and a date inside its "
                "start and end; F2 edits a cell",
            )
        )
        self.milestones.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("InitiativeForm", "Milestone"),
                QCoreApplication.translate("InitiativeForm", "Date (YYYY-MM-DD)"),
            ]
        )
        self.milestones.horizontalHeader().setStretchLastSection(True)
        self.milestones.verticalHeader().hide()
        self.milestones.setColumnWidth(0, 180)
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.itemChanged.connect(self._on_milestones_item_changed)
        add_milestone = _button(
            QCoreApplication.translate("InitiativeForm", "Add"),
            "initiative_add_milestone",
            QCoreApplication.translate("InitiativeForm", "Add milestone"),
            self._on_add_milestone_clicked,
            QCoreApplication.translate(
                "InitiativeForm", "Add a milestone to this initiative (undoable)"
            ),
        )
        remove_milestone = _button(
            QCoreApplication.translate("InitiativeForm", "Remove"),
            "initiative_remove_milestone",
            QCoreApplication.translate("InitiativeForm", "Remove milestone"),
            self._on_remove_milestone_clicked,
            QCoreApplication.translate(
                "InitiativeForm", "Remove the selected milestone (undoable)"
            ),
        )
        self.milestones_error = FieldError()
        form.addRow(QLabel(QCoreApplication.translate("InitiativeForm", "Milestones:")))
        form.addRow(self._list_with_buttons(
            self.milestones, [add_milestone, remove_milestone], self.milestones_error))

        form = self.section(QCoreApplication.translate("InitiativeForm", "Value"))
        self.add_field(
            form,
            "benefit_area",
            QCoreApplication.translate("InitiativeForm", "&Benefit area:"),
            EnumCombo(BenefitArea, True),
            QCoreApplication.translate(
                "InitiativeForm", "Where the benefit lands: decides which department should lead"
            ),
        )
        self.add_field(
            form,
            "success_measure",
            QCoreApplication.translate("InitiativeForm", "Success &measure:"),
            QLineEdit(),
            QCoreApplication.translate(
                "InitiativeForm",
                "How success is measured: revenue, cost, satisfaction, not traffic alone",
            ),
        )
        self.add_field(
            form,
            "measure_kind",
            QCoreApplication.translate("InitiativeForm", "Measure kind:"),
            EnumCombo(MeasureKind),
            QCoreApplication.translate(
                "InitiativeForm", "What kind of figure the success measure is"
            ),
        )
        self.add_field(
            form,
            "customer_facing",
            QCoreApplication.translate("InitiativeForm", "Customer facing:"),
            QCheckBox(QCoreApplication.translate("InitiativeForm", "Customers see it")),
            QCoreApplication.translate(
                "InitiativeForm", "Customers see or use the result directly"
            ),
        )
        self.add_field(
            form,
            "customer_value",
            QCoreApplication.translate("InitiativeForm", "Customer &value:"),
            QLineEdit(),
            QCoreApplication.translate("InitiativeForm", "What the customer gets from it"),
        )
        self.add_field(
            form,
            "journey_stage",
            QCoreApplication.translate("InitiativeForm", "&Journey stage:"),
            EnumCombo(JourneyStage, True),
            QCoreApplication.translate(
                "InitiativeForm", "The step of the customer journey it improves"
            ),
        )

        form = self.section(QCoreApplication.translate("InitiativeForm", "Delivery"))
        self.budget_edit = self.add_field(
            form,
            "budget",
            QCoreApplication.translate("InitiativeForm", "B&udget:"),
            MoneyEdit(),
            QCoreApplication.translate(
                "InitiativeForm", "The budget in the roadmap's currency, e.g. 250k or 1.2m"
            ),
        )
        self.add_field(
            form,
            "sourcing",
            QCoreApplication.translate("InitiativeForm", "Sourcing:"),
            EnumCombo(Sourcing, True),
            QCoreApplication.translate("InitiativeForm", "Build in-house, buy, or partner"),
        )
        self.add_field(
            form,
            "capability",
            QCoreApplication.translate("InitiativeForm", "Capability:"),
            EnumCombo(VendorCategory, True),
            QCoreApplication.translate(
                "InitiativeForm",
                "What kind of capability it delivers (building a commodity is CR106)",
            ),
        )
        self.vendors = QListWidget()
        self.vendors.setObjectName("initiative_vendors")
        self.vendors.setAccessibleName(QCoreApplication.translate("InitiativeForm", "Vendors used"))
        self.vendors.setToolTip(
            QCoreApplication.translate(
                "InitiativeForm",
                "Tick the vendors this initiative relies on; their contract "
                "ends are checked against its end",
            )
        )
        self.vendors.setMaximumHeight(110)
        self.vendors.itemChanged.connect(self._on_vendors_item_changed)
        self.vendors_error = FieldError()
        form.addRow(QLabel(QCoreApplication.translate("InitiativeForm", "Vendors used:")))
        form.addRow(self._list_with_buttons(self.vendors, [], self.vendors_error))

        self.dependencies = QListWidget()
        self.dependencies.setObjectName("initiative_dependencies")
        self.dependencies.setAccessibleName(
            QCoreApplication.translate("InitiativeForm", "Depends on")
        )
        self.dependencies.setToolTip(
            QCoreApplication.translate(
                "InitiativeForm", "The initiatives that must finish before this one starts"
            )
        )
        self.dependencies.setMaximumHeight(110)
        add_dependency = _button(
            QCoreApplication.translate("InitiativeForm", "Add…"),
            "initiative_add_dependency",
            QCoreApplication.translate("InitiativeForm", "Add dependency"),
            self._on_add_dependency_clicked,
            QCoreApplication.translate(
                "InitiativeForm", "Choose an initiative this one waits for (a cycle is refused)"
            ),
        )
        remove_dependency = _button(
            QCoreApplication.translate("InitiativeForm", "Remove"),
            "initiative_remove_dependency",
            QCoreApplication.translate("InitiativeForm", "Remove dependency"),
            self._on_remove_dependency_clicked,
            QCoreApplication.translate(
                "InitiativeForm", "Remove the selected dependency (undoable)"
            ),
        )
        self.dependencies_error = FieldError()
        self.dependencies_error.setObjectName("initiative_dependencies_error")
        chooser = QHBoxLayout()
        chooser.addWidget(add_dependency)
        chooser.addWidget(remove_dependency)
        chooser.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.dependencies)
        column.addLayout(chooser)
        column.addWidget(self.dependencies_error)
        form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "InitiativeForm", "Depends on (must end before this starts):"
                )
            )
        )
        form.addRow(box)

        form = self.section(QCoreApplication.translate("InitiativeForm", "Findings"))
        self.findings_label = QLabel()
        self.findings_label.setObjectName("initiative_findings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.findings_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.findings_label.setToolTip(
            QCoreApplication.translate(
                "InitiativeForm",
                "The findings about this initiative; Why this matters "
                "opens the guide at the finding's explanation",
            )
        )
        self.findings_label.linkActivated.connect(self._on_findings_link_activated)
        form.addRow(self.findings_label)
        self.outer.addStretch(1)
        ctx.analysis_updated.connect(self._on_ctx_analysis_updated)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self._on_ctx_document_changed)

    @staticmethod
    def _list_with_buttons(widget: QWidget, buttons: list[QPushButton],
                           error: FieldError) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        column.addWidget(error)
        return box

    # --- loading -------------------------------------------------------------

    def _on_ctx_document_changed(self, *_change: object) -> None:
        self._choices_of = None

    def refresh_choices(self) -> None:
        """Refill owners, departments and vendors (EntityForm hook).

        Read once per change of the document, not on every selection: at
        thousands of rows the queries cost more than the rest of the form.
        """
        doc = self.ctx.doc
        if self._choices_of is doc and self.roles_editor is not None:
            return
        self._choices_of = doc
        self._vendor_rows = [(v.id, f"{v.name}  ({v.category.label})") for v in doc.vendors.all()]
        people = [(o.id, o.name) for o in doc.owners.all()]
        self.owner_combo.set_rows(people)  # type: ignore[attr-defined]
        self.sponsor_combo.set_rows(people)  # type: ignore[attr-defined]
        self.budget_edit.currency = doc.info.currency  # type: ignore[attr-defined]
        departments = [(d.id, d.name, d.is_it) for d in doc.departments.all()]
        if departments != self._department_names or self.roles_editor is None:
            self._department_names = departments
            if self.roles_editor is not None:
                self.roles_editor.deleteLater()
            self.roles_editor = DepartmentRolesEditor(departments)
            self.roles_editor.setFrameShape(DepartmentRolesEditor.Shape.NoFrame)
            self.roles_editor.setAutoFillBackground(False)
            self.roles_editor.changed.connect(self._on_roles_editor_changed)
            self.roles_holder.insertWidget(0, self.roles_editor)

    def load_extra(self, obj: Any) -> None:
        """Show links, milestones and findings (EntityForm hook)."""
        doc = self.ctx.doc
        self.header.setText(obj.title)
        assert self.roles_editor is not None
        self.roles_editor.set_value(editing.department_roles(self.ctx, obj.id))

        used = {u.vendor_id for u in doc.vendor_uses.of_initiative(obj.id)}
        vendors = self._vendor_rows
        shown = [(self.vendors.item(i).data(Qt.ItemDataRole.UserRole), self.vendors.item(i).text())
                 for i in range(self.vendors.count())]
        self.vendors.blockSignals(True)
        if shown != vendors:
            # Rebuilt only when the vendors themselves changed: a check-box edit arrives
            # inside the list's itemChanged signal, when its items must stay alive.
            self.vendors.clear()
            for key, label in vendors:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.vendors.addItem(item)
        for row in range(self.vendors.count()):
            item = self.vendors.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in used else Qt.CheckState.Unchecked)
        self.vendors.blockSignals(False)

        self.milestones.blockSignals(True)
        wanted = [(m.id, m.name, m.date.isoformat()) for m in obj.milestones]
        ids = [self._milestone_cell(r, 0).data(Qt.ItemDataRole.UserRole)
               for r in range(self.milestones.rowCount())]
        if ids != [m[0] for m in wanted]:
            self.milestones.setRowCount(0)
            for key, name, _date in wanted:
                row = self.milestones.rowCount()
                self.milestones.insertRow(row)
                cell = QTableWidgetItem(name)
                cell.setData(Qt.ItemDataRole.UserRole, key)
                self.milestones.setItem(row, 0, cell)
                self.milestones.setItem(row, 1, QTableWidgetItem())
        for row, (_key, name, date) in enumerate(wanted):
            # Updated in place: an edit arrives inside the table's itemChanged signal.
            for column, text in ((0, name), (1, date)):
                cell = self._milestone_cell(row, column)
                if cell.text() != text:
                    cell.setText(text)
        rows = max(self.milestones.rowCount(), 1)
        self.milestones.setFixedHeight(
            self.milestones.horizontalHeader().height() + 4
            + self.milestones.verticalHeader().defaultSectionSize() * min(rows, 5))
        self.milestones.blockSignals(False)

        prerequisites = [doc.initiatives.find(d.depends_on_id)
                         for d in doc.dependencies.of_initiative(obj.id)]
        self.dependencies.clear()
        for other in sorted((p for p in prerequisites if p is not None),
                            key=lambda i: i.title.casefold()):
            item = QListWidgetItem(other.title)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.dependencies.addItem(item)
        self._show_findings()

    def on_document_changed(self, change: Change) -> None:
        """Reload when this initiative or anything it lists changed (EntityForm hook)."""
        if self.key is None or self.row() is None:
            return
        if any(change.touches(t) for t in _RELATED) or change.touches("roadmap"):
            self.reload()

    def _show_findings(self) -> None:
        analysis = getattr(self.ctx, "analysis", None)
        if analysis is None or self.key is None:
            self.findings_label.setText("")
            return
        findings = [f for f in analysis.findings if self.key in (f.initiative_ids or ())]
        if not findings:
            self.findings_label.setText(
                QCoreApplication.translate("InitiativeForm", "No findings: nothing to fix here.")
            )
            return
        items = []
        why = QCoreApplication.translate("InitiativeForm", "Why this matters")
        for f in findings:
            mark = "" if f.is_open else QCoreApplication.translate("InitiativeForm", " (accepted)")
            items.append(f"<p>• <b>{f.code}</b> {html.escape(f.title)}{mark}<br>"
                         f"{html.escape(f.suggestion)}<br>"
                         f'<a href="{f.code}">{why}</a></p>')
        self.findings_label.setText("".join(items))

    def _on_findings_link_activated(self, code: str) -> None:
        from ..guide import show_guide

        show_guide(self, code)

    def _on_ctx_analysis_updated(self, _analysis: object) -> None:
        self._show_findings()

    # --- link edits ----------------------------------------------------------

    def _run_link_edit(self, error: FieldError, operation: Any) -> None:
        if self._loading or self.key is None:
            return
        try:
            operation()
        except (RoadmapError, ValueError) as failure:
            error.show_message(user_message(failure))
            self.reload()
            return
        error.show_message("")

    def _on_roles_editor_changed(self) -> None:
        assert self.roles_editor is not None
        roles = self.roles_editor.value()
        key = self.key
        assert key is not None, "the roles editor shows only with an initiative"
        self._run_link_edit(self.roles_error, lambda: editing.set_department_roles(
            self.ctx, key, roles))

    def _on_vendors_item_changed(self, _item: QListWidgetItem) -> None:
        chosen = [
            self.vendors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.vendors.count())
            if self.vendors.item(i).checkState() == Qt.CheckState.Checked
        ]
        key = self.key
        assert key is not None, "the vendor list shows only with an initiative"
        self._run_link_edit(self.vendors_error,
                            lambda: editing.set_vendors(self.ctx, key, chosen))

    def _on_milestones_item_changed(self, item: QTableWidgetItem) -> None:
        key = self._milestone_cell(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        fields = {"name" if item.column() == 0 else "date": item.text()}
        self._run_link_edit(self.milestones_error, lambda: editing.update(
            self.ctx, "milestone", key, merge_key=None, **fields))

    def _milestone_cell(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the milestone table: every row is filled with both cells when added."""
        cell = self.milestones.item(row, column)
        assert cell is not None
        return cell

    def _on_add_milestone_clicked(self) -> None:
        obj = self.row()
        if obj is None:
            return
        date = obj.end or obj.start or self.ctx.doc.info.horizon_start
        self._run_link_edit(self.milestones_error, lambda: editing.create(
            self.ctx, "milestone", initiative_id=obj.id, name="New milestone", date=date))

    def _on_remove_milestone_clicked(self) -> None:
        row = self.milestones.currentRow()
        if row < 0:
            self.milestones_error.show_message(
                QCoreApplication.translate("InitiativeForm", "Select a milestone to remove.")
            )
            return
        key = self._milestone_cell(row, 0).data(Qt.ItemDataRole.UserRole)
        self._run_link_edit(self.milestones_error,
                            lambda: self.ctx.run(lambda: self.ctx.doc.milestones.delete(key)))

    def _on_add_dependency_clicked(self) -> None:
        if self.key is None:
            return
        from ..dialogs.dependency import DependencyDialog

        DependencyDialog(self.ctx, self.key, self).exec()

    def _on_remove_dependency_clicked(self) -> None:
        item = self.dependencies.currentItem()
        if item is None:
            self.dependencies_error.show_message(
                QCoreApplication.translate("InitiativeForm", "Select a dependency to remove.")
            )
            return
        key, target = self.key, item.data(Qt.ItemDataRole.UserRole)
        assert key is not None, "the dependency list shows only with an initiative"
        self._run_link_edit(self.dependencies_error, lambda: self.ctx.run(
            lambda: self.ctx.doc.dependencies.unlink(key, target)))


def _button(text: str, name: str, accessible: str, slot: Callable[[], None],
            description: str) -> QPushButton:
    """A push button with a stable object name, accessible name and a tooltip that
    describes it (screen readers read it as the description), wired to `slot`."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(description)
    button.clicked.connect(slot)
    return button
