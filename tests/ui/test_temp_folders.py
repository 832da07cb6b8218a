"""Temporary folders: removed at a normal exit, and after a crash by the next start."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ui import temp_folders


@pytest.fixture
def tmp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private system temporary folder for this test."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(root))
    return root


def crashed_folder(root: Path, purpose: str) -> Path:
    """A folder made by a Crossroads process that then died without cleaning up."""
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        import tempfile
        tempfile.tempdir = {str(root)!r}
        from ui import temp_folders
        print(temp_folders.private_folder({purpose!r}), flush=True)
        os._exit(0)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    return Path(done.stdout.strip())


def test_a_folder_is_locked_while_its_process_lives_and_removed_after(tmp_root: Path) -> None:
    folder = temp_folders.private_folder("test")
    assert folder.parent == tmp_root and folder.name.startswith("crossroads-test-")
    assert (folder / temp_folders.LOCK_NAME).exists()
    assert temp_folders.sweep_stale(tmp_root) == []  # ours, and we live
    temp_folders.remove(folder)
    assert not folder.exists()


def test_a_crashed_processs_folder_is_swept_and_a_live_ones_kept(tmp_root: Path) -> None:
    dead = crashed_folder(tmp_root, "shot")
    assert dead.is_dir() and (dead / temp_folders.LOCK_NAME).exists()
    alive = temp_folders.private_folder("icons")
    try:
        assert temp_folders.sweep_stale(tmp_root) == [dead]
        assert not dead.exists() and alive.is_dir()
    finally:
        temp_folders.remove_all()
    assert not alive.exists()


def test_old_unlocked_folders_of_earlier_versions_go_and_others_stay(tmp_root: Path) -> None:
    old_shot = tmp_root / "crossroads-shot-abc"
    fresh_shot = tmp_root / "crossroads-shot-new"
    bench = tmp_root / "crossroads-bench-xyz"
    for folder in (old_shot, fresh_shot, bench):
        folder.mkdir()
    for folder in (old_shot, bench):
        os.utime(folder, (1_000_000_000, 1_000_000_000))
    assert temp_folders.sweep_stale(tmp_root) == [old_shot]
    assert fresh_shot.is_dir() and bench.is_dir()


def test_a_screenshot_leaves_nothing_in_the_temporary_folder(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    root.mkdir()
    repo = Path(__file__).resolve().parents[2]
    main_py = repo / "main.py"
    env = {**os.environ, "TMPDIR": str(root), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_STATE_HOME": str(tmp_path / "state")}
    sample = repo / "resources" / "samples" / "northwind-2027.roadmap"
    subprocess.run([sys.executable, str(main_py), str(sample), "--screenshot",
                    str(tmp_path / "shot.png"), "--size", "800x600"],
                   env=env, capture_output=True, text=True, check=True)
    assert (tmp_path / "shot.png").is_file()
    assert list(root.iterdir()) == []
