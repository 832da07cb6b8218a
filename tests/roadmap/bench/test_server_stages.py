"""The benchmark's server stages, run in-process against the test server on a small roadmap.

Each stage must publish into a database of its own, measure, and leave no
database behind; the load test must account for every edit its editors made.
"""

from __future__ import annotations

import argparse

import pytest

from roadmap.bench import server_stages
from roadmap.bench.stages import STAGES, child_parser, stage_generate
from tests.helpers.postgres import ADMIN_URL, pg_admin  # noqa: F401 (the fixture)

SIZE = 60


@pytest.fixture(scope="module")
def args(tmp_path_factory: pytest.TempPathFactory) -> argparse.Namespace:
    """A stage process's arguments, with the roadmap generated."""
    work = tmp_path_factory.mktemp("server-bench")
    namespace = child_parser(list(STAGES)).parse_args(
        ["generate", "--file", str(work / "bench.roadmap"), "--size", str(SIZE),
         "--work", str(work)])
    stage_generate(namespace)
    return namespace


@pytest.fixture
def server(pg_admin: object, monkeypatch: pytest.MonkeyPatch) -> object:  # noqa: F811
    """The test server named to the stages; yields the admin connection to look at it."""
    monkeypatch.setenv(server_stages.SERVER_ENV, ADMIN_URL)
    return pg_admin


def bench_databases(admin: object) -> list[str]:
    """The databases the stages made and have not dropped."""
    rows = admin.execute(  # type: ignore[attr-defined]
        "SELECT datname FROM pg_database WHERE datname LIKE 'crossroads_bench_%'").fetchall()
    return [row[0] for row in rows]


def test_open_from_the_server_reads_the_published_roadmap(
        args: argparse.Namespace, server: object) -> None:
    before = bench_databases(server)
    timing = server_stages.stage_server_open(args)
    assert timing.seconds > 0
    assert bench_databases(server) == before


def test_round_trip_waits_until_a_second_planner_has_the_edit(
        args: argparse.Namespace, server: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_stages, "EDITS", 5)
    timing = server_stages.stage_server_edit(args)
    assert "median of 5" in timing.note and "heard by a second planner" in timing.note
    assert timing.seconds > 0
    assert bench_databases(server) == []


def test_load_accounts_for_every_edit_of_every_editor(
        args: argparse.Namespace, server: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_stages, "EDITORS", 4)
    monkeypatch.setattr(server_stages, "EDITS_PER_EDITOR", 15)
    monkeypatch.setattr(server_stages, "POOL", 3)  # every editor meets the others
    timing = server_stages.stage_server_load(args)
    assert "4 editors x 15 edits: 60 made, none lost" in timing.note
    assert "edits/s" in timing.note
    assert bench_databases(server) == []


def test_a_lost_edit_fails_the_load_stage(
        args: argparse.Namespace, server: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_stages, "EDITORS", 2)
    monkeypatch.setattr(server_stages, "EDITS_PER_EDITOR", 3)
    real = server_stages._edit_loop

    def boasting(location: str, editor: server_stages.Editor, keys: list[int],
                 start: object) -> None:
        real(location, editor, keys, start)  # type: ignore[arg-type]
        editor.made += 1  # claims an edit the server never got

    monkeypatch.setattr(server_stages, "_edit_loop", boasting)
    with pytest.raises(SystemExit, match=r"[12] lost"):
        server_stages.stage_server_load(args)
    assert bench_databases(server) == []


def test_without_a_server_the_stage_says_how_to_name_one(
        args: argparse.Namespace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(server_stages.SERVER_ENV, raising=False)
    with pytest.raises(SystemExit, match="--server"):
        server_stages.stage_server_open(args)
