"""The import dialog's saved mappings: a picker of the named mappings and Save Mapping….

A thin shell over `roadmap.spreadsheet.mappings`, in the same per-user
folder the command line's --mapping and --save-mapping use (the caller may
pass another, as tests do). Picking a mapping emits `picked(SavedMapping)`
for the dialog to apply; Save Mapping… asks for a name and saves what
`current()` returns. A damaged file is listed, disabled, with what is wrong
with it in its tooltip; a fault when reading or saving is shown in a box
naming the file, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError
from ui.errors import show_error, user_message

if TYPE_CHECKING:
    from roadmap.spreadsheet import ImportOptions
    from roadmap.spreadsheet.mappings import SavedMapping

NONE_LABEL = QT_TRANSLATE_NOOP("SavedMappingBar", "Saved mapping: none")


class SavedMappingBar(QWidget):
    """A combo box of saved mappings and a Save Mapping… button."""

    picked = Signal(object)
    """A saved mapping the user chose (a SavedMapping)."""

    def __init__(self, folder: Path,
                 current: Callable[[], tuple[ImportOptions, Sequence[str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.current = current
        self.mappings: list[SavedMapping] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.picker = QComboBox()
        self.picker.setObjectName("import_saved_mapping")
        self.picker.setAccessibleName(
            QCoreApplication.translate("SavedMappingBar", "Saved mapping")
        )
        self.picker.setToolTip(
            QCoreApplication.translate(
                "SavedMappingBar", "Column and value mappings saved by name, in {folder}"
            ).format(folder=folder)
        )
        self.picker.activated.connect(self._on_picker_activated)
        self.save_button = QPushButton(
            QCoreApplication.translate("SavedMappingBar", "Save Mapping…")
        )
        self.save_button.setObjectName("import_save_mapping")
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "SavedMappingBar",
                "Save the column and value mappings and the date order "
                "under a name, to reuse on the next import",
            )
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        row.addWidget(self.picker)
        row.addWidget(self.save_button)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """List the folder's mappings again; select the one named `select`."""
        from roadmap.spreadsheet.mappings import list_mappings

        self.mappings, broken = list_mappings(self.folder)
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(QCoreApplication.translate("SavedMappingBar", NONE_LABEL), None)
        for mapping in self.mappings:
            self.picker.addItem(
                QCoreApplication.translate("SavedMappingBar", "Saved mapping: {name}").format(
                    name=mapping.name
                ),
                mapping.name,
            )
        model = self.picker.model()
        for message in broken:
            self.picker.addItem(
                QCoreApplication.translate(
                    "SavedMappingBar", "Damaged mapping file (see its tooltip)"
                ),
                None,
            )
            last = self.picker.count() - 1
            self.picker.setItemData(last, message, Qt.ItemDataRole.ToolTipRole)
            if isinstance(model, QStandardItemModel):
                item = model.item(last)
                if item is not None:
                    item.setEnabled(False)
        if select is not None:
            self.picker.setCurrentIndex(max(0, self.picker.findData(select)))
        self.picker.blockSignals(False)

    def pick(self, name: str) -> None:
        """Choose the saved mapping `name`, as the user would in the picker."""
        index = self.picker.findData(name)
        if index >= 0:
            self.picker.setCurrentIndex(index)
            self._on_picker_activated(index)

    def save(self, name: str) -> Path | None:
        """Save the dialog's current mapping as `name`; the file, or None after an error box."""
        from roadmap.spreadsheet.mappings import from_options, save_mapping

        options, headers = self.current()
        try:
            path = save_mapping(self.folder, from_options(name, options, headers))
        except RoadmapError as error:
            show_error(
                self,
                QCoreApplication.translate("SavedMappingBar", "Cannot save the mapping"),
                user_message(error),
            )
            return None
        self.refresh(select=" ".join(name.split()))
        return path

    def _on_picker_activated(self, index: int) -> None:
        from roadmap.spreadsheet.mappings import read_mapping

        name = self.picker.itemData(index)
        mapping = next((m for m in self.mappings if m.name == name), None)
        if mapping is None or mapping.path is None:
            return
        try:
            fresh = read_mapping(mapping.path)  # it may have changed since it was listed
        except RoadmapError as error:
            show_error(
                self,
                QCoreApplication.translate("SavedMappingBar", "Cannot use the mapping"),
                user_message(error),
            )
            self.refresh()
            return
        self.picked.emit(fresh)

    def _on_save_button_clicked(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("SavedMappingBar", "Save Mapping"),
            QCoreApplication.translate(
                "SavedMappingBar", "Name for these column and value mappings:"
            ),
        )
        if ok and name.strip():
            self.save(name)
