"""Untrusted files: whatever a .roadmap file holds, opening it gives a clear error or a
sound document, never a crash, and nothing stored in the file is ever executed."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from roadmap.model.errors import RoadmapFileError
from roadmap.services.files import open_document, save_document
from roadmap.storage.database import APPLICATION_ID
from tests.helpers.roadmaps import small_roadmap


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One valid roadmap file, copied by each test before it is spoiled."""
    path = tmp_path_factory.mktemp("pristine") / "good.roadmap"
    doc = small_roadmap()
    save_document(doc, path, backups=0)
    doc.close()
    return path


@pytest.fixture
def rec(tmp_path: Path) -> Path:
    """The recovery folder of this test (must stay empty after a refusal)."""
    return tmp_path / "recovery"


def copy_of(pristine: Path, tmp_path: Path, name: str = "plan.roadmap") -> Path:
    """A fresh copy of the valid file."""
    target = tmp_path / name
    shutil.copyfile(pristine, target)
    return target


def tamper(path: Path, *statements: str, foreign_keys: bool = False) -> None:
    """Run SQL on a file as an outside program would (no Crossroads checks)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def refused(path: Path, rec: Path) -> RoadmapFileError:
    """Open `path`, expect the typed error, check nothing was left behind; return the error."""
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    with pytest.raises(RoadmapFileError) as caught:
        open_document(path, recovery_dir=rec)
    error = caught.value
    assert str(error) == f"Cannot open {path}: {error.reason}"
    assert "Traceback" not in str(error) and "\n" not in str(error)
    if before is not None:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "the file was changed"
    assert not rec.exists() or list(rec.iterdir()) == [], "a working copy was left behind"
    return error


# --- not a roadmap at all -----------------------------------------------------


def test_a_text_file(tmp_path: Path, rec: Path) -> None:
    path = tmp_path / "notes.roadmap"
    path.write_text("Q1: replatform\nQ2: loyalty\n" * 20)
    assert refused(path, rec).reason == "is not a Crossroads roadmap (it looks like a text file)"


def test_random_bytes(tmp_path: Path, rec: Path) -> None:
    path = tmp_path / "noise.roadmap"
    path.write_bytes(random.Random(2).randbytes(8192))
    assert refused(path, rec).reason == "is not a Crossroads roadmap"


def test_random_bytes_behind_an_sqlite_magic(tmp_path: Path, rec: Path) -> None:
    path = tmp_path / "noise.roadmap"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(8192))
    assert "not a Crossroads roadmap" in refused(path, rec).reason \
        or "damaged" in refused(path, rec).reason


def test_empty_missing_and_folder(tmp_path: Path, rec: Path) -> None:
    empty = tmp_path / "empty.roadmap"
    empty.write_bytes(b"")
    assert refused(empty, rec).reason == "is empty: it is not a Crossroads roadmap"
    assert refused(tmp_path / "missing.roadmap", rec).reason == "does not exist"
    assert refused(tmp_path, rec).reason == "is a folder, not a roadmap file"


def test_another_programs_sqlite_database(tmp_path: Path, rec: Path) -> None:
    path = tmp_path / "other.roadmap"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    assert refused(path, rec).reason == "is an SQLite database, but not a Crossroads roadmap"


def test_a_wrong_application_id(pristine: Path, tmp_path: Path, rec: Path) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, f"PRAGMA application_id = {APPLICATION_ID + 1}")
    assert "not a Crossroads roadmap" in refused(path, rec).reason


# --- damaged ------------------------------------------------------------------


@pytest.mark.parametrize("keep", [0.5, 0.9, 99 / 100_000])
def test_a_truncated_roadmap(pristine: Path, tmp_path: Path, rec: Path, keep: float) -> None:
    path = copy_of(pristine, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: max(100, int(len(data) * keep))])
    assert "damaged (truncated or corrupt)" in refused(path, rec).reason


def test_a_truncated_roadmap_cut_on_a_page_boundary(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 4096])
    assert refused(path, rec).reason == "is damaged (truncated or corrupt)"


def test_a_corrupted_page(pristine: Path, tmp_path: Path, rec: Path) -> None:
    path = copy_of(pristine, tmp_path)
    data = bytearray(path.read_bytes())
    data[4096 + 8: 4096 + 200] = random.Random(5).randbytes(192)  # page 2: a b-tree header
    path.write_bytes(bytes(data))
    assert "damaged" in refused(path, rec).reason


def test_random_damage_never_crashes(pristine: Path, tmp_path: Path, rec: Path) -> None:
    """Flip bytes anywhere, 40 times: each open either fails cleanly or gives a sound doc."""
    rng = random.Random(11)
    good = pristine.read_bytes()
    outcomes = {"refused": 0, "opened": 0}
    for attempt in range(40):
        data = bytearray(good)
        for _ in range(rng.choice([1, 4, 32])):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"flipped{attempt}.roadmap"
        path.write_bytes(bytes(data))
        try:
            doc = open_document(path, recovery_dir=rec)
        except RoadmapFileError as error:
            assert str(error).startswith(f"Cannot open {path}: ")
            outcomes["refused"] += 1
            continue
        try:
            doc.snapshot()  # every row loads through the ORM
            doc.initiatives.create(title="Still editable")
        finally:
            doc.close()
        outcomes["opened"] += 1
    assert list(rec.iterdir()) == []
    assert outcomes["refused"] > 0


def test_a_newer_format_is_refused_with_advice(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, "PRAGMA user_version = 7", "UPDATE meta SET value = '7' "
           "WHERE key = 'format_version'", "CREATE TABLE portfolio (id INTEGER PRIMARY KEY)")
    assert refused(path, rec).reason == (
        "was written by a newer Crossroads (format 7; this version reads up to 3): "
        "update Crossroads to open it"
    )


def test_versions_that_disagree(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, "UPDATE meta SET value = '2' WHERE key = 'format_version'")
    assert "format version disagrees" in refused(path, rec).reason


def test_a_write_ahead_log_file(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, "PRAGMA journal_mode = WAL")
    assert "write-ahead-log" in refused(path, rec).reason


# --- hostile schemas: refused before anything runs ----------------------------

MARKER = "CREATE TABLE pwned (what TEXT)"
TRIGGERS = {
    "on_edit": "CREATE TRIGGER on_edit AFTER UPDATE ON initiative "
               "BEGIN INSERT INTO pwned VALUES ('update'); END",
    "on_insert": "CREATE TRIGGER on_insert AFTER INSERT ON initiative "
                 "BEGIN INSERT INTO pwned VALUES ('insert'); END",
    "on_meta": "CREATE TRIGGER on_meta BEFORE UPDATE ON meta "
               "BEGIN INSERT INTO pwned VALUES ('meta'); END",
}


def marker_rows(path: Path) -> int:
    """Rows the hostile triggers wrote into the file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM pwned").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_a_trigger_is_refused_and_never_fires(pristine, tmp_path, rec, trigger) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, MARKER, TRIGGERS[trigger])
    reason = refused(path, rec).reason
    assert reason == f"contains unexpected database objects (trigger '{trigger}'): " \
        "refused for safety"
    assert marker_rows(path) == 0

    # Control: the trigger is live; any edit the app would make fires it.
    control = copy_of(path, tmp_path, "control.roadmap")
    tamper(control, "INSERT INTO initiative (id, title, description, theme, status, health, "
                    "success_measure, measure_kind, customer_facing, customer_value, priority)"
                    " VALUES (99, 'x', '', '', 'planned', 'green', '', 'none', 0, '', 3)",
           "UPDATE initiative SET title = 'y'", "UPDATE meta SET value = value")
    assert marker_rows(control) > 0


def test_a_trigger_that_would_write_a_file_never_runs(pristine, tmp_path, rec) -> None:
    """A trigger calling a file-writing function (as the sqlite3 shell's writefile() does)."""
    path = copy_of(pristine, tmp_path)
    marker = tmp_path / "marker.txt"
    tamper(path, "CREATE TRIGGER drop_file AFTER UPDATE ON roadmap BEGIN "
                 f"SELECT writefile('{marker}', 'owned'); END")
    assert "trigger 'drop_file'" in refused(path, rec).reason
    assert not marker.exists()

    # Control: where such a function exists, an edit through the trigger writes the file.
    conn = sqlite3.connect(path)
    conn.create_function("writefile", 2, lambda name, text: Path(name).write_text(text))
    conn.execute("UPDATE roadmap SET title = title")
    conn.close()
    assert marker.read_text() == "owned"


def test_a_view_is_refused(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, "CREATE VIEW everything AS SELECT * FROM initiative, department")
    assert refused(path, rec).reason == \
        "contains unexpected database objects (view 'everything'): refused for safety"


def test_a_table_swapped_for_a_view(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, "ALTER TABLE setting RENAME TO setting_real",
           "CREATE VIEW setting AS SELECT * FROM setting_real")
    assert "contains unexpected database objects (view 'setting')" in refused(path, rec).reason


@pytest.mark.parametrize(("statement", "what"), [
    ("CREATE TABLE extra (id INTEGER)", "table 'extra'"),
    ("CREATE INDEX ix_title ON initiative (title)", "index 'ix_title'"),
    ("ALTER TABLE initiative ADD COLUMN secret TEXT", "a changed table 'initiative'"),
])
def test_extra_or_changed_objects(pristine, tmp_path, rec, statement, what) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, statement)
    assert refused(path, rec).reason == \
        f"contains unexpected database objects ({what}): refused for safety"


def test_a_missing_table(pristine, tmp_path, rec) -> None:
    path = copy_of(pristine, tmp_path)
    tamper(path, "DROP TABLE node_position")
    assert refused(path, rec).reason == \
        "is damaged (truncated or corrupt): its table 'node_position' is missing"


# --- bad rows: every value is checked before the ORM meets it -----------------

BAD_ROWS: dict[str, tuple[list[str], str]] = {
    "unknown status": (
        ["UPDATE initiative SET status = 'bogus' WHERE id = 1"],
        "row 1 of initiative (id 1): status unknown value 'bogus'"),
    "status label instead of value": (
        ["UPDATE initiative SET status = 'In progress' WHERE id = 1"],
        "row 1 of initiative (id 1): status unknown value 'In progress'"),
    "impossible date": (
        ["UPDATE initiative SET start = '2027-13-45' WHERE id = 2"],
        "row 2 of initiative (id 2): start month must be in 1..12"),
    "date in another form": (
        ["UPDATE milestone SET date = '01/06/2027'"],
        "row 1 of milestone (id 1): date '01/06/2027' is not a date"),
    "end before start": (
        ["UPDATE initiative SET \"end\" = '2026-01-01' WHERE id = 1"],
        "row 1 of initiative (id 1): end date 2026-01-01 is before start date 2027-01-01"),
    "negative budget": (
        ["UPDATE initiative SET budget = -5 WHERE id = 1"],
        "row 1 of initiative (id 1): budget -5 is negative; it must be at least 0"),
    "text in a number column": (
        ["UPDATE initiative SET budget = 'lots' WHERE id = 1"],
        "row 1 of initiative (id 1): budget 'lots' is not a whole number"),
    "empty title": (
        ["UPDATE initiative SET title = '   ' WHERE id = 3"],
        "row 3 of initiative (id 3): title must not be empty"),
    "overlong title": (
        ["UPDATE initiative SET title = printf('%.300c', 'x') WHERE id = 3"],
        "row 3 of initiative (id 3): title is 300 characters long; at most 200"),
    "unknown benefit area in a list": (
        ["UPDATE department SET benefit_areas = 'sales,world_domination' WHERE id = 2"],
        "row 2 of department (id 2): benefit_areas unknown value 'world_domination'"),
    "bad colour": (
        ["UPDATE department SET colour = 'red' WHERE id = 2"],
        "row 2 of department (id 2): colour 'red' is not a colour like #4477AA"),
    "boolean out of range": (
        ["UPDATE department SET is_it = 7 WHERE id = 1"],
        "row 1 of department (id 1): is_it 7 is not yes/no"),
    "infinite coordinate": (
        ["UPDATE node_position SET x = 1e999"],
        "row 1 of node position (id 1): x must be a finite number"),
    "timestamp with a time zone": (
        ["UPDATE acceptance SET accepted_at = '2026-11-02 09:30:00+05:00'"],
        "row 1 of acceptance (id 1): accepted_at '2026-11-02 09:30:00+05:00' "
        "is not a date and time"),
    "self-dependency": (
        ["UPDATE dependency SET depends_on_id = initiative_id"],
        "row 1 of dependency (id 1): an initiative cannot depend on itself"),
    "priority out of range": (
        ["UPDATE initiative SET priority = 9 WHERE id = 1"],
        "row 1 of initiative (id 1): priority 9 is above the maximum 5"),
    "NUL in text": (
        ["UPDATE vendor SET notes = 'a' || char(0) || 'b'"],
        "row 1 of vendor (id 1): notes contains a NUL character"),
    "two document rows": (
        ["INSERT INTO roadmap SELECT 2, title, organisation, horizon_start, horizon_end, "
         "fiscal_year_start_month, currency, author, confidentiality, version, 1 FROM roadmap"],
        "is damaged (truncated or corrupt): its document row is not row 1"),
    "no document row": (
        ["DELETE FROM roadmap"],
        "is damaged (truncated or corrupt): it has 0 document rows instead of one"),
    "dangling reference": (
        ["UPDATE participation SET department_id = 999 WHERE id = 1"],
        "is damaged (truncated or corrupt): row 1 of participation refers to a missing "
        "department"),
    "invalid UTF-8": (
        ["UPDATE initiative SET description = CAST(x'80ff' AS TEXT) WHERE id = 1"],
        "is damaged (truncated or corrupt)"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_a_bad_row_is_named(pristine, tmp_path, rec, case) -> None:
    statements, reason = BAD_ROWS[case]
    path = copy_of(pristine, tmp_path)
    tamper(path, *statements)
    assert refused(path, rec).reason == reason


def test_hostile_schema_in_a_recovered_working_copy(pristine, tmp_path, rec) -> None:
    """The recovery folder is not trusted either."""
    import json
    import subprocess
    import sys

    path = copy_of(pristine, tmp_path)
    doc = open_document(path, recovery_dir=rec)
    doc.roadmap.update(title="Edited")
    doc.session.close()
    doc.engine.dispose()
    working, sidecar = doc.workfile.working, doc.workfile.sidecar
    data = json.loads(sidecar.read_text())
    data["pid"] = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                                 capture_output=True, text=True, check=True).stdout)
    sidecar.write_text(json.dumps(data))
    tamper(working, MARKER, TRIGGERS["on_edit"])
    with pytest.raises(RoadmapFileError, match=r"trigger 'on_edit'"):
        open_document(path, recovery_dir=rec, recover=True)
    assert marker_rows(working) == 0

