"""Alembic's environment: run the revisions on the connection Crossroads hands it.

Crossroads runs Alembic programmatically (roadmap.storage.migrations) with an
open connection in `config.attributes["connection"]`, so the checks and
settings of that connection (a hardened working copy, a server login) apply.
"""

from __future__ import annotations

from alembic import context

from roadmap.model.entities import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the revisions through roadmap.storage.migrations.run_revisions")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
