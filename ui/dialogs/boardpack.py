"""File ▸ Export Board Pack: sections, paper, lanes, as-of date, logo, then the PDF.

The dialog fills one BoardPackOptions, the same frozen options the
`export` command builds, listing exactly the members of their enums; it
runs the exporter and shows what the pre-flight had to change (shortened
labels, characters the font lacks) instead of hiding it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.boardpack.options import BoardPackOptions, PageSize, Sections
from roadmap.model.errors import RoadmapError
from roadmap.views.timeline.model import LaneMode

from ..context import AppContext
from ..errors import user_message
from ..widgets import FieldError


def _day(date: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(date.year(), date.month(), date.day())


def _choices(name: str, members: list[Sections] | list[PageSize] | list[LaneMode]) -> QComboBox:
    """A combo box listing every member of an options enum by its label."""
    box = QComboBox()
    box.setObjectName(name)
    for member in members:
        box.addItem(member.label, member)
    return box


def _row(form: QFormLayout, text: str, field: QWidget, layout: QLayout | None = None) -> None:
    """A form row whose mnemonic (&) focuses `field`, even when a layout holds it."""
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, layout if layout is not None else field)


class BoardPackDialog(QDialog):
    """Options for the board pack, then export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardpack_dialog")
        self.setWindowTitle("Export Board Pack")
        self.ctx = ctx
        doc = ctx.doc
        default_name = f"{(doc.path.stem if doc.path else 'roadmap')} board pack.pdf"
        folder = doc.path.parent if doc.path else Path.home()
        self.output = QLineEdit(str(folder / default_name))
        self.output.setObjectName("boardpack_output")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.sections = _choices("boardpack_sections", list(Sections))
        self.page = _choices("boardpack_page", list(PageSize))
        self.lanes = _choices("boardpack_lanes", list(LaneMode))
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("boardpack_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("d MMMM yyyy")
        self.logo = QLineEdit()
        self.logo.setObjectName("boardpack_logo")
        self.logo.setPlaceholderText("optional PNG or JPEG")
        logo_browse = QPushButton("Browse…")
        logo_browse.clicked.connect(self._on_logo_browse_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_browse)
        form = QFormLayout()
        _row(form, "&Save to:", self.output, out_row)
        _row(form, "S&ections:", self.sections)
        _row(form, "&Paper:", self.page)
        _row(form, "Timeline &lanes by:", self.lanes)
        _row(form, "&As of:", self.as_of)
        _row(form, "L&ogo:", self.logo, logo_row)
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.result_lines: list[str] = []

    def options(self) -> BoardPackOptions:
        """The chosen options, exactly as the `export` command would build them."""
        logo = self.logo.text().strip()
        # Qt hands a StrEnum back as its plain text: the enums take it back.
        return BoardPackOptions(sections=Sections(self.sections.currentData()),
                                page_size=PageSize(self.page.currentData()),
                                lanes=LaneMode(self.lanes.currentData()),
                                as_of=_day(self.as_of.date()),
                                logo=Path(logo) if logo else None)

    def accept(self) -> None:
        """Write the PDF, report the pre-flight, or show the error (QDialog.accept)."""
        path = Path(self.output.text().strip())
        if not self.output.text().strip():
            self.error.show_message("Choose where to save the PDF.")
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from roadmap.boardpack.export import export_board_pack

        try:
            result = export_board_pack(self.ctx.doc, path, self.options())
        except (RoadmapError, OSError) as error:
            self.error.show_message(user_message(error))
            return
        self.result_lines = result.warnings
        message = f"The board pack was saved to {path}."
        if self.result_lines:
            message += "\n\nPre-flight changed:\n" + "\n".join(
                f"• {line}" for line in self.result_lines[:15])
        QMessageBox.information(self, "Board Pack Exported", message)
        super().accept()

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save Board Pack", self.output.text(),
                                              "PDF (*.pdf)")
        if name:
            self.output.setText(name)

    def _on_logo_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Choose Logo", str(Path.home()),
                                              "Images (*.png *.jpg *.jpeg)")
        if name:
            self.logo.setText(name)
