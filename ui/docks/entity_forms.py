"""The inspector's forms for departments, owners and vendors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from roadmap.model.enums import BenefitArea, VendorCategory

from ..context import AppContext
from ..widgets import EnumCombo, FieldError, OptionalDateEdit, RowCombo
from .forms import EntityForm


class DepartmentForm(EntityForm):
    """Edits one department: name, colour, IT flag and the benefit areas it drives."""

    kind = "department"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = self.section(QCoreApplication.translate("DepartmentForm", "Department"))
        self.add_field(
            form,
            "name",
            QCoreApplication.translate("DepartmentForm", "&Name:"),
            QLineEdit(),
            QCoreApplication.translate("DepartmentForm", "The department's name"),
        )
        self.colour_edit = QLineEdit()
        self.add_field(
            form,
            "colour",
            QCoreApplication.translate("DepartmentForm", "&Colour:"),
            self.colour_edit,
            QCoreApplication.translate("DepartmentForm", "A colour like #4477AA"),
        )
        self.pick = QPushButton(QCoreApplication.translate("DepartmentForm", "Choose…"))
        self.pick.setObjectName("department_pick_colour")
        self.pick.setAccessibleName(QCoreApplication.translate("DepartmentForm", "Choose colour"))
        self.pick.setToolTip(
            QCoreApplication.translate(
                "DepartmentForm", "Pick the department's colour from a colour chooser"
            )
        )
        self.pick.clicked.connect(self._on_pick_clicked)
        form.addRow("", self.pick)
        self.add_field(
            form,
            "is_it",
            QCoreApplication.translate("DepartmentForm", "IT:"),
            QCheckBox(
                QCoreApplication.translate("DepartmentForm", "IT, digital or infrastructure")
            ),
            QCoreApplication.translate(
                "DepartmentForm", "IT departments enable; business departments should lead"
            ),
        )
        form = self.section(QCoreApplication.translate("DepartmentForm", "Benefit areas it drives"))
        self.area_boxes: dict[BenefitArea, QCheckBox] = {}
        for area in BenefitArea:
            box = QCheckBox(area.label)
            box.setObjectName(f"department_area_{area.value}")
            box.setToolTip(QCoreApplication.translate(
                "DepartmentForm", "The department drives {lower}: initiatives whose benefit "
                "lands there should be led by it").format(lower=area.label.lower(),
                                                          area=area.label))
            box.toggled.connect(self._on_area_toggled)
            form.addRow(box)
            self.area_boxes[area] = box
        self.areas_error = FieldError()
        form.addRow(self.areas_error)
        form = self.section(QCoreApplication.translate("DepartmentForm", "Involvement"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        self.outer.addStretch(1)

    def load_extra(self, obj: Any) -> None:
        """Areas, swatch and involvement summary (EntityForm hook)."""
        self.header.setText(obj.name)
        for area, box in self.area_boxes.items():
            box.blockSignals(True)
            box.setChecked(area in obj.benefit_areas)
            box.blockSignals(False)
        text = (QColor(obj.colour).lightness() < 140 and "white") or "black"
        self.pick.setStyleSheet(f"background: {obj.colour}; color: {text};")
        roles = [role for _i, department, role in self.ctx.doc.participations.roles()
                 if department == obj.id]
        leads = sum(1 for role in roles if role.value == "lead")
        self.summary.setText(
            QCoreApplication.translate(
                "DepartmentForm", "Takes part in {roles} initiatives; leads {leads}."
            ).format(roles=len(roles), leads=leads)
        )

    def _on_area_toggled(self, _checked: bool) -> None:
        if self._loading or self.key is None:
            return
        areas = [a for a, box in self.area_boxes.items() if box.isChecked()]
        from roadmap.model.errors import RoadmapError

        from .. import editing
        try:
            editing.update(self.ctx, "department", self.key, benefit_areas=areas)
        except RoadmapError as error:
            self.areas_error.show_message(str(error))

    def _on_pick_clicked(self) -> None:
        obj = self.row()
        if obj is None:
            return
        colour = QColorDialog.getColor(
            QColor(obj.colour),
            self,
            QCoreApplication.translate("DepartmentForm", "Department Colour"),
        )
        if colour.isValid():
            self.colour_edit.setText(colour.name().upper())
            self._commit("colour")


class OwnerForm(EntityForm):
    """Edits one person: name, role and department."""

    kind = "owner"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = self.section(QCoreApplication.translate("OwnerForm", "Person"))
        self.add_field(
            form,
            "name",
            QCoreApplication.translate("OwnerForm", "&Name:"),
            QLineEdit(),
            QCoreApplication.translate("OwnerForm", "The person's full name"),
        )
        self.add_field(
            form,
            "role",
            QCoreApplication.translate("OwnerForm", "&Role:"),
            QLineEdit(),
            QCoreApplication.translate("OwnerForm", "Job title, e.g. Head of Marketing"),
        )
        self.department_combo = self.add_field(
            form,
            "department_id",
            QCoreApplication.translate("OwnerForm", "&Department:"),
            RowCombo(),
            QCoreApplication.translate("OwnerForm", "The department the person works in"),
        )
        form = self.section(QCoreApplication.translate("OwnerForm", "Responsibilities"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        self.outer.addStretch(1)

    def refresh_choices(self) -> None:
        """Refill the departments (EntityForm hook)."""
        self.department_combo.set_rows(  # type: ignore[attr-defined]
            [(d.id, d.name) for d in self.ctx.doc.departments.all()])

    def load_extra(self, obj: Any) -> None:
        """What this person is accountable for and sponsors (EntityForm hook)."""
        self.header.setText(obj.name)
        initiatives = self.ctx.doc.initiatives.all()
        owns = [i.title for i in initiatives if i.owner_id == obj.id]
        sponsors = [i.title for i in initiatives if i.sponsor_id == obj.id]
        self.summary.setText(
            QCoreApplication.translate(
                "OwnerForm", "Accountable for {owns} initiatives; sponsors {sponsors}."
            ).format(owns=len(owns), sponsors=len(sponsors))
            + ("\n" + "\n".join(f"• {t}" for t in owns[:12]) if owns else "")
        )


class VendorForm(EntityForm):
    """Edits one vendor: name, category, contract end and notes."""

    kind = "vendor"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        form = self.section(QCoreApplication.translate("VendorForm", "Vendor"))
        self.add_field(
            form,
            "name",
            QCoreApplication.translate("VendorForm", "&Name:"),
            QLineEdit(),
            QCoreApplication.translate("VendorForm", "The vendor's name"),
        )
        self.add_field(
            form,
            "category",
            QCoreApplication.translate("VendorForm", "&Category:"),
            EnumCombo(VendorCategory),
            QCoreApplication.translate(
                "VendorForm", "What the vendor supplies: platform, payments, logistics, ..."
            ),
        )
        self.add_field(
            form,
            "contract_end",
            QCoreApplication.translate("VendorForm", "Contract &end:"),
            OptionalDateEdit(),
            QCoreApplication.translate(
                "VendorForm", "Initiatives using this vendor should end before its contract does"
            ),
        )
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 14)
        self.add_field(
            form,
            "notes",
            QCoreApplication.translate("VendorForm", "N&otes:"),
            notes,
            QCoreApplication.translate(
                "VendorForm", "Anything worth knowing about the vendor or its contract"
            ),
        )
        form = self.section(QCoreApplication.translate("VendorForm", "Used by"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.outer.addLayout(buttons)
        self.outer.addStretch(1)

    def load_extra(self, obj: Any) -> None:
        """Which initiatives use this vendor (EntityForm hook)."""
        self.header.setText(obj.name)
        doc = self.ctx.doc
        users = [u.initiative_id for u in doc.vendor_uses.to(obj.id)]
        titles = [i.title for i in (doc.initiatives.find(k) for k in users) if i is not None]
        self.summary.setText(
            QCoreApplication.translate("VendorForm", "Used by {titles} initiatives.").format(
                titles=len(titles)
            )
            + ("\n" + "\n".join(f"• {t}" for t in titles[:12]) if titles else "")
        )
