"""File ▸ Export Board Pack: page size, sections, logo, then the PDF and its pre-flight.

The PDF itself is written by roadmap.boardpack.export_board_pack; this
dialog collects the options, runs it, and shows what the pre-flight had to
change (shortened labels, characters the font lacks) instead of hiding it.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError

from ..context import AppContext
from ..errors import user_message
from ..widgets import FieldError

PRESETS = (("full", "Full pack"), ("executive", "Executive one-pager"), ("chart", "Chart only"))


def exporter() -> Any:
    """roadmap.boardpack.export_board_pack, or None while it is not installed."""
    try:
        from roadmap.boardpack import export_board_pack
    except ImportError:
        return None
    return export_board_pack


def run_export(doc: Any, path: Path, **options: Any) -> Any:
    """Call the exporter with the options it accepts; returns what it returns."""
    export = exporter()
    if export is None:
        raise RoadmapError("The board pack exporter is not available in this build.")
    accepted = inspect.signature(export).parameters
    takes_any = any(p.kind is p.VAR_KEYWORD for p in accepted.values())
    kwargs = {k: v for k, v in options.items() if takes_any or k in accepted}
    return export(doc, path, **kwargs)


def preflight_lines(result: Any) -> list[str]:
    """Human lines from whatever the exporter reports (warnings, pre-flight notes)."""
    for name in ("warnings", "notes", "preflight_messages", "messages"):
        value = getattr(result, name, None)
        if callable(value):
            value = value()
        if value:
            return [str(v) for v in value]
    preflight = getattr(result, "preflight", None)
    if preflight is not None:
        return preflight_lines(preflight)
    return []


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
        self.page = QComboBox()
        self.page.setObjectName("boardpack_page")
        self.page.addItem("A4 landscape", "a4")
        self.page.addItem("Letter landscape", "letter")
        self.sections = QComboBox()
        self.sections.setObjectName("boardpack_sections")
        for value, label in PRESETS:
            self.sections.addItem(label, value)
        self.logo = QLineEdit()
        self.logo.setObjectName("boardpack_logo")
        self.logo.setPlaceholderText("optional PNG or JPEG")
        logo_browse = QPushButton("Browse…")
        logo_browse.clicked.connect(self._on_logo_browse_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_browse)
        form = QFormLayout()
        form.addRow("&Save to:", out_row)
        form.addRow("&Page:", self.page)
        form.addRow("S&ections:", self.sections)
        form.addRow("&Logo:", logo_row)
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

    def options(self) -> dict[str, Any]:
        """The chosen options, as keyword arguments for the exporter."""
        logo = self.logo.text().strip()
        return {"page_size": self.page.currentData(), "sections": self.sections.currentData(),
                "logo": Path(logo) if logo else None}

    def accept(self) -> None:
        """Write the PDF, report the pre-flight, or show the error (QDialog.accept)."""
        path = Path(self.output.text().strip())
        if not self.output.text().strip():
            self.error.show_message("Choose where to save the PDF.")
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            result = run_export(self.ctx.doc, path, **self.options())
        except (RoadmapError, OSError, ValueError) as error:
            self.error.show_message(user_message(error))
            return
        self.result_lines = preflight_lines(result)
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
