"""Files on disk.

The SQLite schema and engine, checks of untrusted files, migrations, crash
recovery.
"""
