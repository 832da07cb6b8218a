"""`crossroads --install-desktop`: entry, icons and MIME type under a temporary XDG_DATA_HOME."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import desktop_install
from ui.launch import main


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data home, and a PATH with no desktop tools on it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    return tmp_path / "data"


def fake_tools(folder: Path, monkeypatch: pytest.MonkeyPatch, failing: str = "") -> Path:
    """Put update-mime-database, update-desktop-database and xdg-mime on PATH; they log calls."""
    folder.mkdir()
    log = folder / "calls.log"
    for tool in ("update-mime-database", "update-desktop-database", "xdg-mime"):
        status = 3 if tool == failing else 0
        script = folder / tool
        script.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n'
                          f'[ {status} = 0 ] || echo "{tool}: broken" >&2\nexit {status}\n')
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return log


def test_install_writes_every_file_and_says_what_it_did(home: Path, capsys) -> None:
    assert main(["--install-desktop"]) == 0
    for path in desktop_install.installed_files(home):
        assert path.is_file() and path.stat().st_size > 0, path
    out = capsys.readouterr().out.splitlines()
    assert any("update-mime-database not found" in line for line in out)
    assert any("xdg-mime not found" in line for line in out)
    assert all("Traceback" not in line for line in out)
    entry = (home / "applications" / "crossroads.desktop").read_text()
    assert "MimeType=application/x-crossroads-roadmap;" in entry
    assert "Icon=crossroads" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %f")
    png = home / "icons" / "hicolor" / "48x48" / "apps" / "crossroads.png"
    assert png.read_bytes().startswith(b"\x89PNG")


def test_the_mime_type_matches_the_extension_and_the_files_application_id(home: Path) -> None:
    from roadmap.storage.database import APPLICATION_ID

    desktop_install.install_desktop()
    tree = ET.parse(home / "mime" / "packages" / "crossroads-roadmap.xml")
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = tree.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-crossroads-roadmap"
    assert kind.find("m:glob", ns).get("pattern") == "*.roadmap"
    inner = kind.find("m:magic/m:match/m:match", ns)
    assert int(inner.get("value"), 16) == APPLICATION_ID and inner.get("offset") == "68"


def test_tools_are_run_and_a_failing_one_is_one_line(home: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    log = fake_tools(tmp_path / "bin", monkeypatch, failing="update-desktop-database")
    steps = desktop_install.install_desktop()
    calls = log.read_text().splitlines()
    assert f"update-mime-database {home / 'mime'}" in calls
    assert "xdg-mime default crossroads.desktop application/x-crossroads-roadmap" in calls
    assert "update-desktop-database failed (update-desktop-database: broken)" in steps


def test_a_tool_that_cannot_start_is_reported(home: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fake_tools(tmp_path / "bin", monkeypatch)

    def refuse(command: list[str]) -> subprocess.CompletedProcess[str]:
        raise PermissionError(13, "Permission denied")

    steps = desktop_install.install_desktop(runner=refuse)
    assert "xdg-mime could not run: Permission denied" in steps


def test_uninstall_removes_what_install_wrote(home: Path, capsys) -> None:
    main(["--install-desktop"])
    assert main(["--uninstall-desktop"]) == 0
    assert not any(path.exists() for path in desktop_install.installed_files(home))
    assert "Removed 11 file(s)" in capsys.readouterr().out
    assert desktop_install.uninstall_desktop()[0].startswith("Nothing of Crossroads")


def test_exec_quotes_a_path_with_spaces() -> None:
    entry = desktop_install.desktop_entry(["/opt/My Apps/crossroads"])
    assert 'Exec="/opt/My Apps/crossroads" %f' in entry
    assert "TryExec=/opt/My Apps/crossroads" in entry
    two = desktop_install.desktop_entry(["/usr/bin/python3", "/src/main.py"])
    assert "Exec=/usr/bin/python3 /src/main.py %f" in two and "TryExec" not in two


def test_install_and_uninstall_exclude_each_other(home: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--install-desktop", "--uninstall-desktop"])
    assert exited.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
