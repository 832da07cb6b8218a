"""Register Crossroads with the user's desktop: menu entry, icon and the .roadmap file type.

`crossroads --install-desktop` copies the bundled desktop entry, the icon
at every size and the shared-mime-info type application/x-crossroads-roadmap
under $XDG_DATA_HOME (default ~/.local/share), then asks the desktop's own
tools to notice them and makes Crossroads the default for the type, so a
double-click on a .roadmap file opens it. Each step reports one line; a tool
that is missing or fails is reported, never raised. No Qt is needed here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from roadmap.i18n import QT_TRANSLATE_NOOP, translate

DESKTOP_FILE = "crossroads.desktop"
MIME_FILE = "crossroads-roadmap.xml"
MIME_TYPE = "application/x-crossroads-roadmap"
ICON_NAME = "crossroads"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

Runner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher() -> list[str]:
    """The program (and script) a desktop entry starts Crossroads with."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).with_name("crossroads")
    found = str(beside) if beside.is_file() else shutil.which("crossroads")
    if found:
        return [found]
    return [sys.executable, str(Path(__file__).resolve().parent.parent / "main.py")]


def _quote(argument: str) -> str:
    """`argument` as the desktop entry specification quotes an Exec argument."""
    if not any(c in argument for c in " \t\"'\\$`<>|&;*?#()"):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def _bundled(*parts: str) -> bytes:
    node = resources.files("resources") / "desktop"
    for part in parts:
        node = node / part
    return node.read_bytes()


def installed_files(home: Path) -> list[Path]:
    """Every file --install-desktop writes under data folder `home`."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / DESKTOP_FILE,
        home / "mime" / "packages" / MIME_FILE,
        icons / "scalable" / "apps" / f"{ICON_NAME}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{ICON_NAME}.png" for n in ICON_SIZES),
    ]


def desktop_entry(command: list[str]) -> str:
    """The bundled desktop entry with Exec (and TryExec) pointing at `command`."""
    lines = []
    for line in _bundled(DESKTOP_FILE).decode("utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quote(part) for part in command) + " %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}" if len(command) == 1 else ""
        if line:
            lines.append(line)
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def _run(runner: Runner, command: list[str], what: str, task: str) -> str:
    """Run a desktop tool if it is installed; one line saying what happened."""
    tool = command[0]
    if shutil.which(tool) is None:
        return translate("DesktopInstall", "{tool} not found: skipped {task}").format(
            tool=tool, task=translate("DesktopInstall", task))
    try:
        done = runner(command)
    except OSError as error:
        return translate("DesktopInstall", "{tool} could not run: {error}").format(
            tool=tool, error=error.strerror or error)
    if done.returncode != 0:
        reason = (done.stderr or done.stdout or "").strip().splitlines()
        return translate("DesktopInstall", "{tool} failed ({reason})").format(
            tool=tool, reason=reason[0] if reason else translate(
                "DesktopInstall", "exit status {status}").format(status=done.returncode))
    return f"{tool}: {translate('DesktopInstall', what)}"


def _default_runner(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _refresh(home: Path, runner: Runner) -> list[str]:
    return [
        _run(runner, ["update-mime-database", str(home / "mime")],
             QT_TRANSLATE_NOOP("DesktopInstall", "the file type database is up to date"),
             QT_TRANSLATE_NOOP("DesktopInstall", "updating the file type database")),
        _run(runner, ["update-desktop-database", str(home / "applications")],
             QT_TRANSLATE_NOOP("DesktopInstall", "the application menu is up to date"),
             QT_TRANSLATE_NOOP("DesktopInstall", "updating the application menu")),
    ]


def install_desktop(home: Path | None = None, runner: Runner = _default_runner) -> list[str]:
    """Write the entry, icons and MIME type under `home` (default $XDG_DATA_HOME); report."""
    home = home or data_home()
    entry, mime, svg, *pngs = installed_files(home)
    _write(entry, desktop_entry(launcher()).encode("utf-8"))
    _write(mime, _bundled(MIME_FILE))
    _write(svg, _bundled(f"{ICON_NAME}.svg"))
    for size, target in zip(ICON_SIZES, pngs, strict=True):
        _write(target, _bundled("icons", f"{ICON_NAME}-{size}.png"))
    steps = [
        translate("DesktopInstall", "Installed the desktop entry {entry}").format(entry=entry),
        translate("DesktopInstall", "Installed the file type {mime_type} (*.roadmap) in {mime}")
        .format(mime_type=MIME_TYPE, mime=mime),
        translate("DesktopInstall", "Installed the icon at {count} sizes and as SVG under "
                  "{folder}").format(count=len(pngs), folder=home / "icons" / "hicolor"),
    ]
    steps += _refresh(home, runner)
    steps.append(_run(runner, ["xdg-mime", "default", DESKTOP_FILE, MIME_TYPE],
                      QT_TRANSLATE_NOOP("DesktopInstall", "Crossroads opens .roadmap files"),
                      QT_TRANSLATE_NOOP("DesktopInstall",
                                        "making Crossroads the default for .roadmap files")))
    return steps


def uninstall_desktop(home: Path | None = None, runner: Runner = _default_runner) -> list[str]:
    """Remove what install_desktop wrote under `home`; report."""
    home = home or data_home()
    removed = 0
    for path in installed_files(home):
        if path.exists():
            path.unlink()
            removed += 1
    steps = [translate("DesktopInstall",
                       "Removed {count} file(s) of the desktop integration from {home}").format(
                           count=removed, home=home)
             if removed else translate(
                 "DesktopInstall", "Nothing of Crossroads was registered under {home}").format(
                     home=home)]
    return steps + _refresh(home, runner)
