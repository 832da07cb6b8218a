"""More untrusted files: unreadable, too short, no format recorded, a revision that lies."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from roadmap.model.errors import RoadmapFileError
from roadmap.storage.filecheck import DAMAGED, SQLITE_MAGIC, database_reason, read_header

from .test_file_safety import copy_of, pristine, rec, refused, tamper  # noqa: F401 (fixtures)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission(pristine: Path, tmp_path: Path,  # noqa: F811
                                        rec: Path) -> None:  # noqa: F811
    path = copy_of(pristine, tmp_path)
    path.chmod(0)
    try:
        assert refused(path, rec).reason == "cannot be read (permission denied)"
    finally:
        path.chmod(0o644)


def test_an_unreadable_file_is_named_with_the_system_reason(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    path = tmp_path / "plan.roadmap"
    path.write_bytes(b"x" * 200)

    def broken_open(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", broken_open)
    with pytest.raises(RoadmapFileError, match=r"permission denied"):
        read_header(path)

    def io_error(*_args: object, **_kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", io_error)
    with pytest.raises(RoadmapFileError, match=r"cannot be read \(Input/output error\)"):
        read_header(path)


def test_a_file_shorter_than_its_header_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "short.roadmap"
    path.write_bytes(SQLITE_MAGIC + b"\0" * 20)
    with pytest.raises(RoadmapFileError) as caught:
        read_header(path)
    assert caught.value.reason == DAMAGED


def test_no_recorded_format_version_is_damaged(pristine: Path, tmp_path: Path,  # noqa: F811
                                               rec: Path) -> None:  # noqa: F811
    path = copy_of(pristine, tmp_path)
    tamper(path, "UPDATE meta SET value = 'three' WHERE key = 'format_version'")
    assert "it records no format version" in refused(path, rec).reason


def test_a_schema_revision_that_disagrees_is_damaged(pristine: Path, tmp_path: Path,  # noqa: F811
                                                     rec: Path) -> None:  # noqa: F811
    path = copy_of(pristine, tmp_path)
    tamper(path, "UPDATE alembic_version SET version_num = 'f00dfeed'")
    assert "schema revision disagrees" in refused(path, rec).reason


def test_database_errors_read_as_a_users_reason() -> None:
    assert database_reason(sqlite3.DatabaseError("file is not a database")) == DAMAGED
    assert database_reason(sqlite3.OperationalError("database is locked")) == (
        "cannot be read (database is locked)")
    assert "no such column" in database_reason(sqlite3.OperationalError("no such column: x"))
