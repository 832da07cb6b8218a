"""Format 3: one schema for SQLite and PostgreSQL.

Every row gains a version counter (row_version, 1 for existing rows), every
default becomes a server default too, and budgets become 64-bit (BIGINT).
On SQLite that changes every table's definition, so each table is rebuilt
from schema_v3.sql and its rows copied across; the ids stay as they were.
"""

from __future__ import annotations

from roadmap.storage.revisions.steps import only_sqlite, rebuild_tables, set_format

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Rebuild every format-2 table as format 3 states it, keeping every row."""
    only_sqlite(revision)
    rebuild_tables(3)
    set_format(3)
