"""File ▸ Export Board Pack / PowerPoint Deck: every option the `export` command has.

The dialog fills one BoardPackOptions, the same frozen options the
`export` command builds, listing exactly the members of their enums
(sections, paper, lanes), the as-of date, the logo and the snapshot to
compare with; the format is the PDF pack or the editable deck. The document
is read on the GUI thread, the layout and writing run on a worker thread
behind a progress bar with Cancel (ui/export_job.py), and what the
pre-flight had to change is shown instead of hidden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
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
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError
from roadmap.views.timeline.model import LaneMode

from ..context import AppContext
from ..errors import user_message
from ..export_job import Progress
from ..widgets import FieldError, describe_buttons


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


FORMATS = (("pdf", QT_TRANSLATE_NOOP("BoardPackDialog", "PDF board pack")),
           ("pptx", QT_TRANSLATE_NOOP("BoardPackDialog", "PowerPoint deck (editable)")))
"""(suffix, label) of each format the dialog writes."""


class BoardPackDialog(QDialog):
    """Options for the board pack or the deck, then export."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 deck: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("boardpack_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("BoardPackDialog", "Export PowerPoint Deck")
            if deck
            else QCoreApplication.translate("BoardPackDialog", "Export Board Pack")
        )
        self.ctx = ctx
        doc = ctx.doc
        suffix = "pptx" if deck else "pdf"
        stem = doc.path.stem if doc.path else QCoreApplication.translate("BoardPackDialog",
                                                                         "roadmap")
        default_name = QCoreApplication.translate(
            "BoardPackDialog", "{name} board pack.{suffix}").format(name=stem, suffix=suffix)
        folder = doc.path.parent if doc.path else Path.home()
        self.output = QLineEdit(str(folder / default_name))
        self.output.setObjectName("boardpack_output")
        self.output.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "The file the board pack or deck is written to"
            )
        )
        browse = QPushButton(QCoreApplication.translate("BoardPackDialog", "Browse…"))
        browse.setAccessibleName(
            QCoreApplication.translate("BoardPackDialog", "Choose where to save")
        )
        browse.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "Choose the file to write with a file chooser"
            )
        )
        browse.clicked.connect(self._on_browse_clicked)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.sections = _choices("boardpack_sections", list(Sections))
        self.sections.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "The whole pack, or only the executive summary"
            )
        )
        self.page = _choices("boardpack_page", list(PageSize))
        self.page.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "The paper size and orientation of the PDF"
            )
        )
        self.lanes = _choices("boardpack_lanes", list(LaneMode))
        self.lanes.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "Group the timeline's lanes by lead department, theme or status"
            )
        )
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setObjectName("boardpack_as_of")
        self.as_of.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "The date the pack reports as of: what is late, what is next"
            )
        )
        self.as_of.setCalendarPopup(True)
        # A Qt date format: German writes '4. Dezember 2026'.
        self.as_of.setDisplayFormat(QCoreApplication.translate("BoardPackDialog", "d MMMM yyyy"))
        self.logo = QLineEdit()
        self.logo.setObjectName("boardpack_logo")
        self.logo.setPlaceholderText(
            QCoreApplication.translate("BoardPackDialog", "optional PNG or JPEG")
        )
        self.logo.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "An image printed on the cover and in the page headers"
            )
        )
        logo_browse = QPushButton(QCoreApplication.translate("BoardPackDialog", "Browse…"))
        logo_browse.setAccessibleName(
            QCoreApplication.translate("BoardPackDialog", "Choose a logo")
        )
        logo_browse.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "Choose the logo image with a file chooser"
            )
        )
        logo_browse.clicked.connect(self._on_logo_browse_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_browse)
        self.format = QComboBox()
        self.format.setObjectName("boardpack_format")
        self.format.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog",
                "A PDF for the board, or a PowerPoint deck of shapes you can edit",
            )
        )
        for value, label in FORMATS:
            self.format.addItem(QCoreApplication.translate("BoardPackDialog", label), value)
        self.format.setCurrentIndex(1 if deck else 0)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        self.since = QComboBox()
        self.since.setObjectName("boardpack_since")
        self.since.setToolTip(
            QCoreApplication.translate(
                "BoardPackDialog", "The snapshot the pack's 'what changed' section compares with"
            )
        )
        snapshots = doc.snapshots.all() if hasattr(doc, "snapshots") else []
        if snapshots:
            self.since.addItem(
                QCoreApplication.translate("BoardPackDialog", "The latest snapshot"), None
            )
            for info in reversed(snapshots):
                self.since.addItem(info.name, info.name)
        else:
            self.since.addItem(
                QCoreApplication.translate("BoardPackDialog", "No snapshot yet"), None
            )
            self.since.setEnabled(False)
        form = QFormLayout()
        _row(form, QCoreApplication.translate("BoardPackDialog", "&Format:"), self.format)
        _row(form, QCoreApplication.translate("BoardPackDialog", "&Save to:"), self.output, out_row)
        _row(form, QCoreApplication.translate("BoardPackDialog", "S&ections:"), self.sections)
        _row(form, QCoreApplication.translate("BoardPackDialog", "&Paper:"), self.page)
        _row(form, QCoreApplication.translate("BoardPackDialog", "Timeline &lanes by:"), self.lanes)
        _row(form, QCoreApplication.translate("BoardPackDialog", "&As of:"), self.as_of)
        _row(form, QCoreApplication.translate("BoardPackDialog", "L&ogo:"), self.logo, logo_row)
        _row(form, QCoreApplication.translate("BoardPackDialog", "&Compare with:"), self.since)
        self.logo_browse = logo_browse
        self.error = FieldError()
        buttons = describe_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                    | QDialogButtonBox.StandardButton.Cancel),
                                   QCoreApplication.translate("BoardPackDialog", "Write the file"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.result_lines: list[str] = []
        self.written: Path | None = None
        self._on_format_current_index_changed()

    def options(self) -> BoardPackOptions:
        """The chosen options, exactly as the `export` command would build them."""
        logo = self.logo.text().strip()
        # Qt hands a StrEnum back as its plain text: the enums take it back.
        return BoardPackOptions(sections=Sections(self.sections.currentData()),
                                page_size=PageSize(self.page.currentData()),
                                lanes=LaneMode(self.lanes.currentData()),
                                as_of=_day(self.as_of.date()),
                                logo=Path(logo) if logo else None,
                                since=self.since.currentData())

    @property
    def suffix(self) -> str:
        """'.pdf' or '.pptx', as the chosen format writes."""
        return f".{self.format.currentData()}"

    def accept(self) -> None:
        """Write the file off the GUI thread; report the pre-flight or the error (override)."""
        text = self.output.text().strip()
        if not text:
            self.error.show_message(
                QCoreApplication.translate(
                    "BoardPackDialog", "Choose where to save the {upper}."
                ).format(upper=self.suffix[1:].upper())
            )
            return
        path = Path(text)
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        from ..export_job import ExportCancelled, run_with_progress

        options = self.options()
        try:
            work, what = self._prepare(options, path)
            result = run_with_progress(
                self,
                QCoreApplication.translate("BoardPackDialog", "Exporting {what}").format(what=what),
                work,
            )
        except ExportCancelled:
            self.error.show_message(
                QCoreApplication.translate(
                    "BoardPackDialog", "Export cancelled; nothing was written."
                )
            )
            return
        except (RoadmapError, OSError) as error:
            self.error.show_message(user_message(error))
            return
        self.written = path
        self.result_lines = list(result.warnings)
        message = QCoreApplication.translate(
            "BoardPackDialog", "The {what} was saved to {path}."
        ).format(what=what, path=path)
        if self.result_lines:
            message += QCoreApplication.translate(
                "BoardPackDialog", "\n\nPre-flight changed:\n"
            ) + "\n".join(f"• {line}" for line in self.result_lines[:15])
        QMessageBox.information(
            self, QCoreApplication.translate("BoardPackDialog", "Exported"), message
        )
        super().accept()

    def _prepare(self, options: BoardPackOptions,
                 path: Path) -> tuple[Callable[[Progress], Any], str]:
        """Read the document here (its thread); return the work left for the worker."""
        doc = self.ctx.doc
        if self.suffix == ".pptx":
            from roadmap.deck import prepare_deck, write_deck

            prepared = prepare_deck(doc, options)
            return ((lambda progress: write_deck(prepared, path, progress)),
                    QCoreApplication.translate("BoardPackDialog", "deck"))
        from roadmap.boardpack.export import prepare, write_prepared

        renderer = prepare(doc, options.on(dt.date.today()))
        return (lambda progress: write_prepared(renderer, options, path, progress)), \
            QCoreApplication.translate("BoardPackDialog", "board pack")

    def _on_format_current_index_changed(self, *_args: Any) -> None:
        pdf = self.suffix == ".pdf"
        for widget in (self.sections, self.page, self.logo, self.logo_browse):
            widget.setEnabled(pdf)
        text = self.output.text()
        for other in (".pdf", ".pptx"):
            if text.lower().endswith(other) and other != self.suffix:
                self.output.setText(text[: -len(other)] + self.suffix)

    def _on_browse_clicked(self) -> None:
        kind = (
            QCoreApplication.translate("BoardPackDialog", "PowerPoint (*.pptx)")
            if self.suffix == ".pptx"
            else QCoreApplication.translate("BoardPackDialog", "PDF (*.pdf)")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("BoardPackDialog", "Save As"), self.output.text(), kind
        )
        if name:
            self.output.setText(name)

    def _on_logo_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("BoardPackDialog", "Choose Logo"),
            str(Path.home()),
            QCoreApplication.translate("BoardPackDialog", "Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.logo.setText(name)
