"""Named import mappings: a sheet's column and value mappings and date order, saved to reuse.

The PMO sends the same sheet every month; its "Lead" column is the owner,
its "Finanse" means Finance and administration and its dates are day
first. `save_mapping` keeps those choices under a name as one JSON file in
a folder the caller passes; `load_mapping` and `apply_mapping` bring them
back for the next import (`--mapping NAME`, or the import dialog's picker).
Columns are saved by header text, not position, so a sheet whose columns
moved still maps; a saved column this sheet lacks is skipped and noted.

The folder: the command line uses `default_folder()`, the per-user
configuration folder ($XDG_CONFIG_HOME/crossroads/mappings, else
~/.config/crossroads/mappings, on Linux; %APPDATA%\\Crossroads\\mappings
on Windows; ~/Library/Application Support/Crossroads/mappings on macOS),
and the app passes the same one. A file that is not a readable mapping
raises `MappingError` naming the file and what is wrong with it.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from roadmap.i18n import translate
from roadmap.model.atomic import write_atomically
from roadmap.model.errors import RoadmapError

from .columns import COLUMNS, normalise_header
from .dates import DateOrder
from .plan import ImportOptions

FORMAT = "crossroads-import-mapping"
VERSION = 1
MAX_NAME = 80
MAX_BYTES = 2 * 2**20
"""A mapping file is a few kilobytes; anything bigger is not one."""
_KEYS = frozenset(column.key for column in COLUMNS)


class MappingError(RoadmapError):
    """A saved mapping cannot be found, read or written; the message names the file."""


@dataclass
class SavedMapping:
    """A named mapping: sheet header -> field (None ignores it), value mappings, date order."""

    name: str
    columns: dict[str, str | None] = field(default_factory=dict)
    values: dict[tuple[str, str], str] = field(default_factory=dict)
    date_order: DateOrder | None = None
    path: Path | None = None
    """The file it was read from or written to."""


def default_folder() -> Path:
    """The per-user folder of saved mappings (see the module docstring); not created here."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "Crossroads" / "mappings"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Crossroads" / "mappings"
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "crossroads" / "mappings"


def file_name(name: str) -> str:
    """The file a mapping called `name` is saved in: 'PMO monthly' -> 'pmo-monthly.json'."""
    slug = "".join(c if c.isalnum() else "-" for c in name.strip().casefold())
    slug = "-".join(part for part in slug.split("-") if part)
    return f"{slug or 'mapping'}.json"


def check_name(name: str) -> str:
    """The name stripped; MappingError when it is empty or too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise MappingError(translate("Mappings", "a mapping needs a name, such as 'PMO "
                                     "monthly'"))
    if len(cleaned) > MAX_NAME:
        raise MappingError(translate("Mappings", "a mapping's name has at most {limit} "
                                     "characters").format(limit=MAX_NAME))
    return cleaned


def from_options(name: str, options: ImportOptions, headers: Sequence[str]) -> SavedMapping:
    """The mapping `options` holds, with column positions turned into header text."""
    columns: dict[str, str | None] = {}
    for where, key in options.mapping.items():
        if isinstance(where, int):
            if 0 <= where < len(headers) and headers[where]:
                columns[headers[where]] = key
        else:
            columns[where] = key
    return SavedMapping(check_name(name), columns, dict(options.values), options.date_order)


def save_mapping(folder: Path, mapping: SavedMapping) -> Path:
    """Write `mapping` to its file in `folder` (created when missing); the file's path."""
    path = folder / file_name(check_name(mapping.name))
    data = {
        "format": FORMAT, "version": VERSION, "name": mapping.name,
        "columns": mapping.columns,
        "values": [{"column": key, "text": text, "value": value}
                   for (key, text), value in mapping.values.items()],
        "date_order": mapping.date_order.value if mapping.date_order else None,
    }
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MappingError(translate("Mappings", "cannot create the mappings folder {folder}: "
                                     "{error}").format(folder=folder,
                                                       error=error.strerror or error)) from None
    try:
        write_atomically(path, lambda stream: stream.write(text.encode("utf-8")))
    except RoadmapError as error:
        raise MappingError(str(error)) from None
    mapping.path = path
    return path


def load_mapping(folder: Path, name: str) -> SavedMapping:
    """The mapping saved as `name` in `folder`; MappingError naming the file when it cannot."""
    path = folder / file_name(name)
    if not path.is_file():
        saved, _broken = list_mappings(folder)
        known = ", ".join(repr(m.name) for m in saved) or translate("Mappings", "none")
        raise MappingError(translate("Mappings", "no saved mapping {name} in {folder} (saved "
                                     "mappings: {known})").format(name=repr(name), folder=folder,
                                                                  known=known))
    return read_mapping(path)


def read_mapping(path: Path) -> SavedMapping:
    """The mapping in the file `path`; MappingError naming the file and the fault."""
    def damaged(reason: str) -> MappingError:
        return MappingError(translate("Mappings", "the mapping file {path} is damaged: {reason}; "
                                      "save the mapping again, or delete the file").format(
            path=path, reason=reason))

    try:
        if path.stat().st_size > MAX_BYTES:
            raise damaged(translate("Mappings", "it is {size} bytes, far more than a "
                                    "mapping").format(size=f"{path.stat().st_size:,}"))
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise MappingError(translate("Mappings", "cannot read the mapping file {path}: "
                                     "{error}").format(path=path,
                                                       error=error.strerror or error)) from None
    except UnicodeDecodeError:
        raise damaged(translate("Mappings", "it is not UTF-8 text")) from None
    except json.JSONDecodeError as error:
        raise damaged(translate("Mappings", "not JSON (line {line}, column {column}: "
                                "{error})").format(line=error.lineno, column=error.colno,
                                                   error=error.msg)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise damaged(translate("Mappings", "it is not a Crossroads import mapping (no "
                                "\"format\": \"{format}\")").format(format=FORMAT))
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise damaged(translate("Mappings", "version {version}; this Crossroads reads version "
                                "{supported}").format(version=repr(data.get("version")),
                                                      supported=VERSION))
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise damaged(translate("Mappings", "it has no name"))
    return SavedMapping(name, _columns(data.get("columns", {}), damaged),
                        _values(data.get("values", []), damaged),
                        _order(data.get("date_order"), damaged), path)


def _columns(raw: Any, damaged: Any) -> dict[str, str | None]:
    if not isinstance(raw, dict):
        raise damaged(translate("Mappings", "\"columns\" must map headers to fields"))
    columns: dict[str, str | None] = {}
    for header, key in raw.items():
        if key is not None and key not in _KEYS:
            raise damaged(translate("Mappings", "column {header} maps to {key}, which is not a "
                                    "field (fields: {fields})").format(
                header=repr(header), key=repr(key), fields=", ".join(sorted(_KEYS))))
        columns[str(header)] = key
    return columns


def _values(raw: Any, damaged: Any) -> dict[tuple[str, str], str]:
    if not isinstance(raw, list):
        raise damaged(translate("Mappings", "\"values\" must be a list"))
    values: dict[tuple[str, str], str] = {}
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str)
                                                 for k in ("column", "text", "value")):
            raise damaged(translate("Mappings", "value mapping {number} needs a column, a text "
                                    "and a value").format(number=number))
        if item["column"] not in _KEYS:
            raise damaged(translate("Mappings", "value mapping {number} names the column "
                                    "{column}, which is not a field").format(
                number=number, column=repr(item["column"])))
        values[(item["column"], item["text"])] = item["value"]
    return values


def _order(raw: Any, damaged: Any) -> DateOrder | None:
    if raw is None:
        return None
    try:
        return DateOrder(raw)
    except ValueError:
        raise damaged(translate("Mappings", "date order {order}; it is day-first, month-first "
                                "or null").format(order=repr(raw))) from None


def list_mappings(folder: Path) -> tuple[list[SavedMapping], list[str]]:
    """The readable mappings in `folder` by name, and a message for each damaged file."""
    saved: list[SavedMapping] = []
    broken: list[str] = []
    try:
        paths = sorted(folder.glob("*.json"))
    except OSError:
        return saved, broken
    for path in paths:
        try:
            saved.append(read_mapping(path))
        except MappingError as error:
            broken.append(str(error))
    saved.sort(key=lambda m: m.name.casefold())
    return saved, broken


def apply_mapping(options: ImportOptions, mapping: SavedMapping,
                  headers: Sequence[str]) -> tuple[ImportOptions, list[str]]:
    """`options` with the saved mapping under it (what `options` says wins), and notes.

    Saved columns this sheet does not have are skipped and noted.
    """
    present = {normalise_header(h) for h in headers if h}
    columns: dict[int | str, str | None] = {}
    missing = []
    for header, key in mapping.columns.items():
        if normalise_header(header) in present:
            columns[header] = key
        else:
            missing.append(header)
    claimed = {key for key in options.mapping.values() if key is not None}
    merged: dict[int | str, str | None] = {
        **{h: k for h, k in columns.items() if k is None or k not in claimed},
        **options.mapping}
    notes = [translate("Mappings", "Used the saved mapping {name}.").format(
        name=repr(mapping.name))]
    if missing:
        notes.append(translate("Mappings", "The saved mapping {name} names column(s) this sheet "
                               "does not have, skipped: {columns}.").format(
            name=repr(mapping.name), columns=", ".join(repr(h) for h in missing)))
    return replace(options, mapping=merged, values={**mapping.values, **options.values},
                   date_order=options.date_order or mapping.date_order), notes
