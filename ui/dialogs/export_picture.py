"""File ▸ Export View as Picture…: the view on show as PNG or SVG, or onto the clipboard.

The user picks the format, a size (slide and print presets, the size the
view has on screen, or any width and height) and the file; the format and
size are remembered for next time. Copy to Clipboard puts the same picture
on the clipboard (image and SVG), ready to paste into a slide.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError
from ui import settings as app_settings
from ui.context import AppContext
from ui.image_export import (
    MAX_SIDE,
    MIN_SIDE,
    SIZE_PRESETS,
    Picturable,
    copy_picture,
    write_picture,
)
from ui.widgets import describe_buttons

CUSTOM = "custom"
ON_SCREEN = "screen"
_FORMATS = (("png", QT_TRANSLATE_NOOP("ExportPictureDialog",
        "PNG image (for slides and documents)")),
            ("svg", QT_TRANSLATE_NOOP("ExportPictureDialog", "SVG drawing (scales without blur)")))


def picture_file_name(title: str, kind: str) -> str:
    """A file name for a picture of `title`: lower case, words joined by hyphens."""
    stem = re.sub(r"[^\w]+", "-", title.lower(), flags=re.UNICODE).strip("-") or "picture"
    return f"{stem[:80]}.{kind}"


def remembered_size(settings: app_settings.AppSettings) -> QSize:
    """The size of the last picture exported or copied (full HD before the first)."""
    match = re.fullmatch(r"(\d+)x(\d+)", str(settings.get(app_settings.PICTURE_SIZE)))
    size = QSize(int(match[1]), int(match[2])) if match else SIZE_PRESETS[0].size
    return QSize(min(MAX_SIDE, max(MIN_SIDE, size.width())),
                 min(MAX_SIDE, max(MIN_SIDE, size.height())))


class ExportPictureDialog(QDialog):
    """Format, size and file for a picture of one view; Export or Copy to Clipboard."""

    def __init__(self, view: Picturable, ctx: AppContext, *, kind: str | None = None,
                 settings: app_settings.AppSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_picture_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("ExportPictureDialog", "Export View as Picture")
        )
        self.view = view
        self.ctx = ctx
        self.settings = settings or app_settings.AppSettings()
        self.written: Path | None = None

        self.format_box = QComboBox()
        self.format_box.setObjectName("picture_format")
        self.format_box.setToolTip(
            QCoreApplication.translate(
                "ExportPictureDialog", "PNG for slides and documents, SVG for drawings that scale"
            )
        )
        self.format_box.setAccessibleName(
            QCoreApplication.translate("ExportPictureDialog", "Picture format")
        )
        for code, label in _FORMATS:
            self.format_box.addItem(QCoreApplication.translate("ExportPictureDialog", label), code)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(
            kind or self.settings.get(app_settings.PICTURE_FORMAT))))

        self.size_box = QComboBox()
        self.size_box.setObjectName("picture_size")
        self.size_box.setToolTip(
            QCoreApplication.translate(
                "ExportPictureDialog", "A size for slides or print, or your own in pixels"
            )
        )
        self.size_box.setAccessibleName(
            QCoreApplication.translate("ExportPictureDialog", "Picture size")
        )
        screen = self._screen_size()
        self.size_box.addItem(
            QCoreApplication.translate(
                "ExportPictureDialog", "As on screen ({width} × {height})"
            ).format(width=screen.width(), height=screen.height()),
            ON_SCREEN,
        )
        for preset in SIZE_PRESETS:
            self.size_box.addItem(QCoreApplication.translate("ImageExport", preset.label),
                                  preset.size)
        self.size_box.addItem(
            QCoreApplication.translate("ExportPictureDialog", "Custom size"), CUSTOM
        )
        self.width_box = self._side_box(
            "picture_width",
            QCoreApplication.translate("ExportPictureDialog", "Picture width in pixels"),
        )
        self.height_box = self._side_box(
            "picture_height",
            QCoreApplication.translate("ExportPictureDialog", "Picture height in pixels"),
        )
        sides = QHBoxLayout()
        sides.addWidget(self.width_box)
        sides.addWidget(QLabel("×"))
        sides.addWidget(self.height_box)
        sides.addStretch(1)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("picture_path")
        self.path_edit.setToolTip(
            QCoreApplication.translate("ExportPictureDialog", "The file the picture is written to")
        )
        self.path_edit.setAccessibleName(
            QCoreApplication.translate("ExportPictureDialog", "Save the picture to")
        )
        folder = Path(self.settings.get(app_settings.LAST_FOLDER) or Path.home())
        self.path_edit.setText(str(folder / picture_file_name(view.picture_title(),
                                                              self.kind())))
        browse = QPushButton(QCoreApplication.translate("ExportPictureDialog", "Browse…"))
        browse.setObjectName("picture_browse")
        browse.setToolTip(
            QCoreApplication.translate("ExportPictureDialog", "Choose the file with a file chooser")
        )
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        self.message = QLabel()
        self.message.setObjectName("picture_message")
        self.message.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            QCoreApplication.translate("ExportPictureDialog", "Export"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("ExportPictureDialog", "Copy to Clipboard"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.setObjectName("picture_export")
        self.export_button.setToolTip(
            QCoreApplication.translate("ExportPictureDialog", "Write the picture to the file")
        )
        self.copy_button.setObjectName("picture_copy")
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "ExportPictureDialog", "Copy the picture to the clipboard, to paste into slides"
            )
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.copy_button.clicked.connect(self.copy)
        describe_buttons(
            buttons,
            "",
            QCoreApplication.translate("ExportPictureDialog", "Close without exporting"),
        )
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(
            self._label(
                QCoreApplication.translate("ExportPictureDialog", "&Format:"), self.format_box
            ),
            self.format_box,
        )
        form.addRow(
            self._label(QCoreApplication.translate("ExportPictureDialog", "&Size:"), self.size_box),
            self.size_box,
        )
        form.addRow(
            self._label(
                QCoreApplication.translate("ExportPictureDialog", "&Pixels:"), self.width_box
            ),
            sides,
        )
        form.addRow(
            self._label(
                QCoreApplication.translate("ExportPictureDialog", "Save &to:"), self.path_edit
            ),
            where,
        )
        form.addRow(self.message)
        form.addRow(buttons)

        self.size_box.currentIndexChanged.connect(self._on_size_box_changed)
        self.format_box.currentIndexChanged.connect(self._on_format_box_changed)
        self._restore_size()

    # --- what was chosen ----------------------------------------------------

    def kind(self) -> str:
        """The chosen format: 'png' or 'svg'."""
        return str(self.format_box.currentData())

    def picture_size(self) -> QSize:
        """The chosen size in pixels."""
        return QSize(self.width_box.value(), self.height_box.value())

    def path(self) -> Path:
        """Where the picture goes, with the format's suffix."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return path.with_suffix(f".{self.kind()}")

    # --- actions ------------------------------------------------------------

    def export(self) -> Path | None:
        """Write the picture; close on success, say why not otherwise."""
        if not self.path_edit.text().strip():
            self.message.setText(
                QCoreApplication.translate(
                    "ExportPictureDialog", "Choose where to save the picture."
                )
            )
            return None
        try:
            self.written = write_picture(self.view, self.path(), self.picture_size())
        except RoadmapError as error:
            self.message.setText(str(error))
            return None
        self._remember()
        self.settings.set(app_settings.LAST_FOLDER, str(self.written.parent))
        self.accept()
        return self.written

    def copy(self) -> None:
        """Put the picture on the clipboard and close."""
        try:
            copy_picture(self.view, self.picture_size())
        except RoadmapError as error:
            self.message.setText(str(error))
            return
        self._remember()
        self.accept()

    # --- helpers ------------------------------------------------------------

    def _side_box(self, name: str, description: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setAccessibleName(description)
        box.setToolTip(
            QCoreApplication.translate(
                "ExportPictureDialog", "{description}, from {MIN_SIDE} to {MAX_SIDE}"
            ).format(description=description, MIN_SIDE=MIN_SIDE, MAX_SIDE=MAX_SIDE)
        )
        box.setRange(MIN_SIDE, MAX_SIDE)
        box.setSuffix(QCoreApplication.translate("ExportPictureDialog", " px"))
        box.valueChanged.connect(self._on_side_changed)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _screen_size(self) -> QSize:
        size = self.view.size() if isinstance(self.view, QWidget) else QSize(1600, 900)
        return QSize(min(MAX_SIDE, max(MIN_SIDE, size.width())),
                     min(MAX_SIDE, max(MIN_SIDE, size.height())))

    def _restore_size(self) -> None:
        size = remembered_size(self.settings)
        self._set_sides(size)
        index = next((i for i in range(self.size_box.count())
                      if self.size_box.itemData(i) == size), -1)
        self.size_box.setCurrentIndex(index if index >= 0 else self.size_box.findData(CUSTOM))

    def _set_sides(self, size: QSize) -> None:
        for box, value in ((self.width_box, size.width()), (self.height_box, size.height())):
            blocked = box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(blocked)

    def _remember(self) -> None:
        size = self.picture_size()
        self.settings.set(app_settings.PICTURE_SIZE, f"{size.width()}x{size.height()}")
        self.settings.set(app_settings.PICTURE_FORMAT, self.kind())

    def _browse(self) -> None:
        kind = self.kind()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ExportPictureDialog", "Export View as Picture"),
            str(self.path()),
            QCoreApplication.translate("ExportPictureDialog", "{upper} files (*.{kind})").format(
                upper=kind.upper(), kind=kind
            ),
        )
        if name:
            self.path_edit.setText(name)

    def _on_size_box_changed(self, index: int) -> None:
        data = self.size_box.itemData(index)
        if data == ON_SCREEN:
            self._set_sides(self._screen_size())
        elif isinstance(data, QSize):
            self._set_sides(data)

    def _on_side_changed(self, _value: int) -> None:
        custom = self.size_box.findData(CUSTOM)
        if self.size_box.currentIndex() != custom:
            blocked = self.size_box.blockSignals(True)
            self.size_box.setCurrentIndex(custom)
            self.size_box.blockSignals(blocked)

    def _on_format_box_changed(self, _index: int) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.kind()}")))
