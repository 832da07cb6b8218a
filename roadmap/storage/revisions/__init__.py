"""Alembic's migration environment and revisions: the schema chain of both engines."""
