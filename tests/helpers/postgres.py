"""A PostgreSQL server for the tests: a fresh database per test, dropped afterwards.

The server is the one `.ci/setup test` prepares (role crossroads_test over
localhost), or the one CROSSROADS_TEST_PG names. Outside CI a test that needs
it is skipped with the reason; in CI (CI=true) an unreachable server fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

ADMIN_URL = os.environ.get(
    "CROSSROADS_TEST_PG", "postgresql://crossroads_test@localhost/crossroads_test")


def _admin() -> object:
    import psycopg

    try:
        return psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.Error as error:
        reason = (f"no PostgreSQL server for the tests at {ADMIN_URL} ({error}); "
                  "run 'bash .ci/setup test' or set CROSSROADS_TEST_PG")
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def database_url(name: str) -> str:
    """The address of database `name` on the test server, as the test role."""
    base, _, _ = ADMIN_URL.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The address of a new, empty database on the test server."""
    admin = _admin()
    name = f"crt_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')  # type: ignore[attr-defined]
    try:
        yield database_url(name)
    finally:
        admin.execute(  # type: ignore[attr-defined]
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')  # type: ignore[attr-defined]
        admin.close()  # type: ignore[attr-defined]


@pytest.fixture
def pg_admin() -> Iterator[object]:
    """An autocommit connection of the test role (creates roles, grants)."""
    admin = _admin()
    yield admin
    admin.close()  # type: ignore[attr-defined]
