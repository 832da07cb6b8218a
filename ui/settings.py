"""Application settings, declared once: what is remembered between sessions.

Each setting is a `SettingSpec` (key, type, default, description); the app
reads and writes them only through `AppSettings`, never with bare QSettings
keys. Settings live in an INI file in the user's config folder; tests point
QSettings at a temporary folder (see tests/ui/conftest.py), never the user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION = "Crossroads"
APPLICATION = "Crossroads"
MAX_RECENT = 8


@dataclass(frozen=True)
class SettingSpec:
    """One remembered setting: its key, value type, default and meaning."""

    key: str
    type: type
    default: Any
    description: str


GEOMETRY = SettingSpec("window/geometry", QByteArray, QByteArray(),
                       "Main window size and position (QWidget.saveGeometry).")
WINDOW_STATE = SettingSpec("window/state", QByteArray, QByteArray(),
                           "Dock and toolbar layout (QMainWindow.saveState).")
LAST_VIEW = SettingSpec("window/last_view", str, "timeline",
                        "Name of the central view shown last (ui.views.VIEWS).")
RECENT_FILES = SettingSpec("files/recent", list, [],
                           "Recently opened .roadmap files, most recent first.")
LAST_FOLDER = SettingSpec("files/last_folder", str, "",
                          "Folder of the last Open or Save As dialog.")
SAMPLE_OFFERED = SettingSpec("files/sample_offered", bool, False,
                             "The first-start sample roadmap was opened once.")

RECENT_SERVERS = SettingSpec("files/recent_servers", list, [],
                             "Recent shared roadmaps: postgresql:// addresses, never passwords")
PICTURE_FORMAT = SettingSpec("export/picture_format", str, "png",
                             "Format of the last view exported as a picture: png or svg.")
PICTURE_SIZE = SettingSpec("export/picture_size", str, "1920x1080",
                           "Size, WIDTHxHEIGHT in pixels, of the last picture of a view.")
LANGUAGE = SettingSpec("ui/language", str, "",
                       "Language of the app (a code such as 'de'); empty follows the system.")
HIGH_CONTRAST = SettingSpec("ui/high_contrast", bool, False,
                            "High-contrast colours: black on white, strong outlines.")
ALL_SETTINGS = (GEOMETRY, WINDOW_STATE, LAST_VIEW, RECENT_FILES, LAST_FOLDER, SAMPLE_OFFERED,
                RECENT_SERVERS, PICTURE_FORMAT, PICTURE_SIZE, LANGUAGE, HIGH_CONTRAST)


def configure_storage() -> None:
    """Store settings as INI files (portable, readable); call once before any QSettings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def app_data_dir() -> Path:
    """The per-user folder for crash recovery and the copied sample roadmap."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(location) if location else Path.home() / ".crossroads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def documents_dir() -> Path:
    """The user's Documents folder (the platform's own), or the home folder if there is none.

    Files the user should find again (the first start's sample) go here,
    under a visible name, never into a hidden application folder.
    """
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def recovery_dir() -> Path:
    """Where unsaved work is kept so it survives a crash."""
    folder = app_data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class AppSettings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def get(self, spec: SettingSpec) -> Any:
        """The stored value of `spec`, converted to its type, or its default."""
        value = self.qsettings.value(spec.key, None)
        if value is None:
            return spec.default
        try:
            if spec.type is bool:
                return value if isinstance(value, bool) else str(value).lower() == "true"
            if spec.type is list:
                return [str(v) for v in value] if isinstance(value, list) else [str(value)]
            if spec.type is QByteArray:
                return value if isinstance(value, QByteArray) else spec.default
            return spec.type(value)
        except (TypeError, ValueError):
            return spec.default

    def set(self, spec: SettingSpec, value: Any) -> None:
        """Store `value` for `spec`."""
        self.qsettings.setValue(spec.key, value)

    def recent_files(self) -> list[Path]:
        """Recently opened files, most recent first."""
        return [Path(p) for p in self.get(RECENT_FILES) if p]

    def add_recent(self, path: Path) -> None:
        """Put `path` first in the recent files (deduplicated, capped)."""
        text = str(Path(path).resolve())
        paths = [p for p in self.get(RECENT_FILES) if p != text]
        self.set(RECENT_FILES, [text, *paths][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        """Forget `path` (it could not be opened)."""
        text = str(Path(path).resolve())
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != text])

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.qsettings.sync()
